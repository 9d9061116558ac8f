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

# (key, label pattern); longer labels before their prefixes. Keys: what the value is.
LABELS: list[tuple[str, str]] = [
    ("place_time", r"plats\s+och\s+tid|tid\s+och\s+plats(?:\s+för\s+sammanträdet)?|tid\s+och\s+lokal"),
    ("removed", r"datum\s+då\s+anslaget\s+tas\s+(?:ned|ner|bort)|datum\s+för\s+anslags\s+nedtagande"
                r"|anslaget\s+(?:tas\s+(?:ned|ner|bort)|nedtaget|nedtas)|anslag\s+nedtas|nedtagande"),
    ("posted", r"datum\s+då\s+anslaget\s+sätts\s+upp|datum\s+för\s+anslags\s+uppsättande|datum\s+för\s+anslag"
               r"|anslaget\s+(?:publicerat|uppsatt|sätts\s+upp|sattes\s+upp|anslaget\s+den)|anslag\s+uppsatt|uppsättande"
               r"|justeringen\s+(?:av\s+protokollet\s+)?har\s+tillkännagivits(?:\s+genom\s+anslag)?"),
    ("storage", r"förvaringsplats(?:\s+för\s+protokollet)?"),
    ("anslag", r"anslag\s*/\s*bevis|anslagsbevis|bevis|anslag|protokollet\s+är\s+justerat"),
    ("justering", r"justeringens\s+plats\s+och\s+tid|justeringens\s+tid\s+och\s+plats|justeringsdatum|justeringsdag"
                  r"|protokollet\s+justerades|justerat\s+datum|justering(?:en)?"),
    ("justerare", r"utses\s+att\s+justera|justerare|justerande|protokolljusterare|justeras\s+av|justerat\s+av"),
    ("ersattare", r"ej\s+tjänstgörande(?:\s+ersättare)?|icke\s+tjänstgörande(?:\s+ersättare)?|närvarande\s+ersättare"),
    ("tjg", r"tjänstgörande\s+ersättare"),
    ("beslutande", r"beslutande\s+ledamöter|beslutande|närvarande\s+ledamöter|ledamöter"),
    ("ersattare", r"ersättare"),
    ("franvarande", r"frånvarande(?:\s+ledamöter)?|ej\s+närvarande|anmält\s+förhinder|förhinder"),
    ("ovriga", r"övriga\s+(?:närvarande|deltagare|deltagande|närvarande\s+tjänstepersoner)|närvarande\s+tjänstepersoner"
               r"|tjänstepersoner|tjänstemän|adjungerade|övriga|gäster"),
    ("narvarande", r"närvarande|deltagare"),
    ("signatures", r"underskrifter|underskrift|signaturer"),
    ("certify", r"rätt\s+utdraget\s+intygar|utdrag\s+bestyrks"),
    ("secretary", r"sekreterare|protokollförare|vid\s+protokollet|vid\s+anteckningarna|antecknare|sekr\."),
    ("chair", r"ordförande|ordf\."),
    ("paragraphs", r"paragrafer|§§"),
    ("organ", r"organ|instans"),
    ("date", r"sammanträdesdatum|mötesdatum|datum"),
    ("time", r"tid"),
    ("place", r"plats|lokal"),
]
_ALT = "|".join(f"(?P<k{i}>{p})" for i, (_, p) in enumerate(LABELS))
# A label starts a cell and ends at a colon, the cell's end, or before a value that does not continue a sentence.
LABEL_RE = re.compile(
    r"""^[\s#*_>]*(?:""" + _ALT + r""")(?![\wåäö])   # the label word(s), whole
        [*_]*\s*(?P<colon>:|\.(?=\s|$))?[*_]*\s*     # an optional colon, and Markdown emphasis around it
        (?P<value>.*)$""",
    re.I | re.X,
)
# Labels so distinctive that they start a new block even in the middle of a line.
INLINE_LABEL = re.compile(
    r"\s(?=(?:datum\s+då\s+anslaget|datum\s+för\s+anslags|anslaget\s+(?:tas|publicerat|uppsatt)|paragrafer\s+\d"
    r"|förvaringsplats\s+för|justeringens\s+plats))",
    re.I,
)
ROLE_CELL = re.compile(r"^(?:sekreterare|ordförande|justerare|justerande|vice\s+ordförande)$", re.I)


@dataclass
class Block:
    key: str | None
    values: list[str] = field(default_factory=list)

    def text(self) -> str:
        """Return the values as one line of text."""
        return " ".join(v.replace("\t", " ").strip() for v in self.values if v.strip())


def label_of(cell: str) -> tuple[str, str] | None:
    """Return (key, value after the label) when a cell starts with a label, else None."""
    m = LABEL_RE.match(cell)
    if not m:
        return None
    key = next(LABELS[i][0] for i in range(len(LABELS)) if m.group(f"k{i}") is not None)
    value = m.group("value").strip()
    # "Ordföranden meddelar …", "Tid för nästa möte …": a label word opening a sentence is not a label.
    if value[:1].islower() and not m.group("colon") and not re.search(r"\d", value) and key not in ("anslag", "posted"):
        return None
    return key, value


def _pair_role_rows(lines: list[str]) -> list[str]:
    """Rewrite a row of names over a row of role words (or the reverse) as "Role<TAB>Name" lines."""
    out = list(lines)
    for i in range(len(out) - 1):
        a, b = out[i].split("\t"), out[i + 1].split("\t")
        a, b = [c.strip() for c in a if c.strip()], [c.strip() for c in b if c.strip()]
        if len(a) >= 2 and len(a) == len(b):
            if all(ROLE_CELL.match(c) for c in b) and not any(ROLE_CELL.match(c) for c in a):
                out[i], out[i + 1] = "", "\n".join(f"{r}\t{n}" for r, n in zip(b, a))
            elif all(ROLE_CELL.match(c) for c in a) and not any(ROLE_CELL.match(c) for c in b):
                out[i], out[i + 1] = "", "\n".join(f"{r}\t{n}" for r, n in zip(a, b))
    return [ln for chunk in out for ln in chunk.split("\n")]


def read_blocks(lines: list[str]) -> list[Block]:
    """Read label → value blocks from front-page and back-matter lines."""
    blocks: list[Block] = [Block(None)]
    for line in _pair_role_rows(lines):
        if not line.strip() or line.strip() == "\f":
            continue
        for piece in INLINE_LABEL.split(line):
            cells = piece.split("\t")
            for n, cell in enumerate(cells):
                found = label_of(cell) if cell.strip() else None
                if found:
                    key, value = found
                    blocks.append(Block(key))
                    rest = "\t".join([value] + cells[n + 1 :]).strip("\t ")
                    if rest:
                        blocks[-1].values.append(rest)
                    break
                if cell.strip():
                    blocks[-1].values.append("\t".join(cells[n:]).strip("\t "))
                    break
    return blocks

