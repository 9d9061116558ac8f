"""The front page (and the signature and anslag blocks after the last §) as label → value blocks.

Input: the lines outside the paragraphs. Output: `Block(key, values)` in order, where key names what the
label means (see LABELS) and values are the lines (tab-separated cells) up to the next label. Reads labels
at the start of a line or cell ("Plats och tid<TAB>…", "Datum: …", "**Beslut:**"), several on one line
("Datum då anslaget sätts upp 2024-04-02 Datum då anslaget tas ned 2024-04-24"), and a row of role words
under (or over) a row of names ("Fredrik Olin | Tommy Sjöström" / "Sekreterare | Ordförande").
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .columns import pair_columns
from .labels import INLINE_LABEL, label_of, wrapped_label
from .names import NAME, PARTY, looks_like_name

# The blocks that list people; inside them "Ordförande Anna Ek (S)" names a member and her role.
PEOPLE_GROUPS = {"beslutande", "tjg", "ersattare", "ovriga", "franvarande", "narvarande"}
# A member named with a party, "Anna Ek (S)": after a role word in a people block ("Ordförande Anna Ek (S)") it is the
# member's role, not a signature label; under an "Ordförande" label it makes the chair a member (people.py).
MEMBER_WITH_PARTY = re.compile(r"(?P<name>" + NAME + r")\s*\((?P<party>" + PARTY + r")\)")
# The labels of a signature line, under which the signer's name is written.
SIGNING = {"secretary", "chair", "justerare", "signers"}
# A table row of signature lines only, drawn between the role words and the names.
SIGNATURE_ROW = re.compile(r"[_.…\s-]*[_.…]{3,}[_.…\s-]*")
# The role words a signer signs under.
_ROLES = r"sekreterare|ordförande|justerare|justerande|vice\s+ordförande"
ROLE_CELL = re.compile(r"^(?:" + _ROLES + r")$", re.I)
ROLE_LINE = re.compile(r"^\s*(?:" + _ROLES + r"|protokollförare)\s*:?\s*$", re.I)
BARE_NAME = re.compile(r"^\s*" + NAME + r"\s*$")
# Signers side by side, each with the role after the name: "Anna Ek, ordförande      Bo Al, justerare".
NAME_COMMA_ROLE = re.compile(r"^(?P<name>" + NAME + r"),\s*(?P<role>" + _ROLES + r")$", re.I)
# A member's name and party in cells of their own: "Anna Ek<TAB>S" (after a role's cell, "Ordförande<TAB>Anna Ek<TAB>S").
MEMBER_CELLS = re.compile(r"^" + NAME + r"\s*\t\s*(?:" + PARTY + r")(?:\t|$)")
NAME_FIRST = re.compile(r"^\s*" + NAME + r"\s*(?:\(|,|$)")  # "Lina Åberg (C)", "Bo Al, justerare", "Bo Al"
_CELLS = re.compile(r"\t|[^\S\t]{2,}")


@dataclass
class Block:
    key: str | None
    values: list[str] = field(default_factory=list)

    def text(self) -> str:
        """Return the values as one line of text."""
        return " ".join(v.replace("\t", " ").strip() for v in self.values if v.strip())


def _pair_role_rows(lines: list[str]) -> list[str]:
    """Rewrite a row of names over a row of role words (or the reverse) as "Role<TAB>Name" lines.

    A row of signature lines between the two ("____<TAB>____") is passed over and dropped.
    """
    out = list(lines)
    for i in range(len(out) - 1):
        j = i + 1
        while j + 1 < len(out) and SIGNATURE_ROW.fullmatch(out[j]):
            j += 1
        a, b = _CELLS.split(out[i].strip()), _CELLS.split(out[j].strip())  # cells: tabs, or a text export's gaps
        a, b = [c.strip() for c in a if c.strip()], [c.strip() for c in b if c.strip()]
        if len(a) >= 2 and len(a) == len(b):
            if all(ROLE_CELL.match(c) for c in b) and not any(ROLE_CELL.match(c) for c in a):
                pairs = zip(b, a)
            elif all(ROLE_CELL.match(c) for c in a) and not any(ROLE_CELL.match(c) for c in b):
                pairs = zip(a, b)
            else:
                continue
            out[i : j + 1] = [""] * (j - i) + ["\n".join(f"{r}\t{n}" for r, n in pairs)]
    return [ln for chunk in out for ln in chunk.split("\n")]


def _is_name(line: str) -> bool:
    """Tell whether a line is a person's name and nothing else."""
    return BARE_NAME.match(line) is not None and looks_like_name(line.strip())


def _names_over_roles(lines: list[str]) -> list[str]:
    """Rewrite signatures written name first ("Anna Ek" / "Ordförande", "Anna Ek, ordförande") as "Role<TAB>Name".

    A run of name-over-role pairs counts only when no role word stands before its first name and no name follows
    its last role word: in "Ordförande" / "Anna Ek" / "Justerare" / "Bo Al" the names stand under their roles.
    """
    out = list(lines)
    prev = ""
    for i, line in enumerate(lines):
        cells = [c.strip() for c in _CELLS.split(line) if c.strip()]
        # Alone on its line only under a signature rule: "Jon Hult, sekreterare" in an Övriga list is a member's role.
        # The rule may close a label's line ("Underskrifter<TAB>......" / "<TAB>Ulla Mohlin, sekreterare").
        under_rule = SIGNATURE_ROW.fullmatch(prev.split("\t")[-1].strip()) is not None
        prev = line if line.strip() else prev
        if cells and (under_rule or (len(cells) >= 2 and not line.startswith("\t"))) and all(NAME_COMMA_ROLE.match(c) for c in cells):
            out[i] = "\n".join(f"{m.group('role')}\t{m.group('name')}" for m in map(NAME_COMMA_ROLE.match, cells))
    idx = [i for i, ln in enumerate(out) if ln.strip() and not SIGNATURE_ROW.fullmatch(ln.strip())]
    k = 0
    while k < len(idx):
        j, pairs = k, []
        while j + 1 < len(idx) and _is_name(out[idx[j]]) and ROLE_LINE.match(out[idx[j + 1]]):
            pairs.append((idx[j], idx[j + 1]))
            j += 2
        after_role = k > 0 and ROLE_LINE.match(out[idx[k - 1]]) is not None  # "Ordförande" / "Karin Lund": under it
        if pairs and not after_role and not (j < len(idx) and NAME_FIRST.match(out[idx[j]])):
            for n, r in pairs:
                out[n], out[r] = "", f"{out[r].strip().rstrip(':').strip()}\t{out[n].strip()}"
            k = j
        else:
            k += 1
    return [ln for chunk in out for ln in chunk.split("\n")]


def _whole_label(text: str) -> bool:
    """Tell whether a cell is a label and nothing else."""
    found = label_of(text)
    return found is not None and not found[1]


def _join_wrapped_labels(lines: list[str]) -> list[str]:
    """Rejoin labels wrapped onto the next line ("Justeringens" / "plats och tid", and one per column:
    "Datum då anslaget<TAB>2025-03-15<TAB>Datum då anslaget<TAB>2025-04-07" / "sätts upp<TAB>tas ned")."""
    out = list(lines)
    i = 0
    while i < len(out) - 1:
        row, below = out[i].split("\t"), [c.strip() for c in out[i + 1].split("\t")]
        heads = [n for n, c in enumerate(row) if c.strip()][::2]  # label, value, label, value …
        if row[0].strip() and len(heads) == len(below) and all(below) and not any(re.search(r"\d", c) for c in below) \
                and all(not _whole_label(row[n].strip()) and _whole_label(f"{row[n].strip()} {c}") for n, c in zip(heads, below)):
            for n, c in zip(heads, below):
                row[n] = f"{row[n].strip()} {c}"
            out[i] = "\t".join(row)
            del out[i + 1]
        i += 1
    # A label's second word in lower case at the start of the next row, each row with its value ("Övriga<TAB>Anna
    # Ek" / "närvarande<TAB>Bo Al"): one label, whose value goes on.
    for i in range(1, len(out)):
        head, prev = out[i].split("\t")[0].strip(), out[i - 1].split("\t")
        if head[:1].islower() and prev[0].strip() and _whole_label(head) and _whole_label(f"{prev[0].strip()} {head}"):
            out[i - 1] = "\t".join([f"{prev[0].strip()} {head}"] + prev[1:])
            out[i] = "\t" + out[i].split("\t", 1)[1] if "\t" in out[i] else ""
    return out


def _filled(block: Block) -> bool:
    """Tell whether a block holds a value beyond a signature line's dots."""
    return any(v.strip(" .…_\t") for v in block.values)


def read_blocks(lines: list[str]) -> list[Block]:
    """Read label → value blocks from front-page and back-matter lines."""
    blocks: list[Block] = [Block(None)]
    # A signature role whose name is on the next line, while another label shares its line
    # ("Sekreterare ......  Paragrafer 21–24" / "Tomas Frid"): the name is the role's, not the other label's.
    awaiting: Block | None = None
    for line in _pair_role_rows(_names_over_roles(pair_columns(_join_wrapped_labels(lines)))):
        if not line.strip() or line.strip() == "\f":
            continue
        opened = len(blocks)
        pieces = INLINE_LABEL.split(line)
        while pieces:
            piece = pieces.pop(0)
            cells = piece.split("\t")
            # "Ej.<TAB>tjänstgörande A (S) ersättare<TAB>B (M)": a scan read the label's last word into its value.
            wrapped = wrapped_label(piece) if len(cells) > 1 and label_of(cells[0]) is None else None
            cells = [piece] if wrapped else cells
            for n, cell in enumerate(cells):
                found = wrapped or (label_of(cell) if cell.strip() else None)
                if found and found[0] in ("chair", "secretary") and blocks[-1].key in PEOPLE_GROUPS \
                        and (MEMBER_WITH_PARTY.match(found[1]) or MEMBER_CELLS.match("\t".join([found[1]] + cells[n + 1:]).strip())):
                    found = None  # "Beslutande / Ordförande Anna Ek (S)": a member's role, not the signature label
                if found:
                    key, value = found
                    blocks.append(Block(key))
                    rest = "\t".join([value] + cells[n + 1 :]).strip("\t ")
                    if key == "signatures" and rest:  # "Underskrifter<TAB>Sekreterare …": a heading over the role rows
                        pieces.insert(0, rest)
                    elif rest:
                        blocks[-1].values.append(rest)
                    break
                if cell.strip():
                    (awaiting or blocks[-1]).values.append("\t".join(cells[n:]).strip("\t "))
                    awaiting = None
                    break
        new = blocks[opened:]
        if new:
            awaiting = next((b for b in new[:-1] if b.key in SIGNING and not _filled(b)), None)
    return _values_before_their_label(blocks)


# A value that points elsewhere for the people: "Beslutande: Se närvarolista, sida 2".
SEE_LIST = re.compile(r"^\s*(?:se|enligt)\s+(?:bifogad\s+|bilagd\s+)?(?:närvaro|bilaga|sida|separat)", re.I)


def _values_before_their_label(blocks: list[Block]) -> list[Block]:
    """Give lines under a people label whose value points to a list ("Beslutande: Se närvarolista") to the next
    people label when that one has none: a scan read a label centred in its tall cell after the lines beside it
    ("Erik Sandström, kommundirektör" / … / "Övriga närvarande")."""
    for block, after in zip(blocks, blocks[1:]):
        if block.key in PEOPLE_GROUPS and len(block.values) > 1 and SEE_LIST.match(block.values[0]) \
                and after.key in PEOPLE_GROUPS and not after.values:
            after.values, block.values = block.values[1:], block.values[:1]
    return blocks

