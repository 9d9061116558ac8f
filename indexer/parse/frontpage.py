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
from .labels import INLINE_LABEL, label_of

ROLE_CELL = re.compile(r"^(?:sekreterare|ordförande|justerare|justerande|vice\s+ordförande)$", re.I)


@dataclass
class Block:
    key: str | None
    values: list[str] = field(default_factory=list)

    def text(self) -> str:
        """Return the values as one line of text."""
        return " ".join(v.replace("\t", " ").strip() for v in self.values if v.strip())


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
    for line in _pair_role_rows(pair_columns(lines)):
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

