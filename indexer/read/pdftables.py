"""Columns in a PDF's text layer: the cells that plain extraction runs together with a single space.

Input: a pypdf page (`layout_lines` reads it in pypdf's layout mode once), its plain text and those layout lines.
Output: the plain text with a voting list's rows rewritten as tab
cells ("Eva Rask (S)<TAB>Patrik Ljung (S)<TAB>X<TAB><TAB>"), read from pypdf's layout mode, where the marks keep
their horizontal place (plain extraction drops empty cells, so "Per Nilsson (M) X" could be a ja or a nej), and
a tab wherever layout mode shows a line's cells apart ("Beslut<TAB>Nämnden antar …" for a label in the margin,
"Sture Blom<TAB>Mats Öberg" for names side by side).
"""
from __future__ import annotations

import re

# A voting list's header row: a name column, then Ja and Nej (and usually Avstår) columns.
HEADER_RE = re.compile(r"^\s*(?:ledamot|ledamöter|namn|ordinarie)\b.*\bja\b.*\bnej\b", re.I)
# A row of the list: ends in a mark or in the totals' numbers.
MARK_RE = re.compile(r"(?:^|\s)(?:x|X|1|✓)\s*$")
TOTALS_RE = re.compile(r"^\s*(?:summa|totalt|resultat)\b", re.I)


def _segments(line: str) -> list[tuple[int, str]]:
    """Return (start offset, text) for each run of text separated by two or more spaces."""
    return [(m.start(), m.group(0)) for m in re.finditer(r"\S+(?: \S+)*", line)]


def _cells(line: str, starts: list[int]) -> list[str]:
    """Deal a layout line's segments to the header's columns by nearest start."""
    cells = [""] * len(starts)
    for pos, text in _segments(line):
        col = min(range(len(starts)), key=lambda i: abs(starts[i] - pos))
        cells[col] = f"{cells[col]} {text}".strip()
    return cells


# Between two cells layout mode leaves a wide run of spaces; between justified words a few. A line is read as cells
# when one of its gaps is at least WIDE_GAP and it has no more than MAX_CELL_GAPS gaps of CELL_GAP or more (a
# justified line spreads its few extra spaces over many gaps; layout mode put three between justified words).
CELL_GAP = 4
WIDE_GAP = 6
MAX_CELL_GAPS = 3
_GAP = re.compile(r" {%d,}" % CELL_GAP)


def layout_lines(page) -> list[str] | None:
    """Return the page's lines in pypdf's layout mode, or None where that mode fails on the content stream."""
    try:
        return page.extract_text(extraction_mode="layout").split("\n")
    except Exception:  # layout mode fails on some damaged content streams: keep the plain text
        return None


def with_cell_gaps(layout: list[str] | None, text: str) -> str:
    """Return the page text with a tab between the cells of each line that layout mode shows apart."""
    if not layout:
        return text
    cells: dict[str, str] = {}
    for line in layout:
        body = line.strip()
        gaps = [len(g) for g in _GAP.findall(body)]
        if gaps and len(gaps) <= MAX_CELL_GAPS and max(gaps) >= WIDE_GAP:
            cells.setdefault(" ".join(body.split()), "\t".join(" ".join(c.split()) for c in _GAP.split(body)))
    if not cells:
        return text
    # The same characters in another order: the content stream wrote a right-hand cell first ("Dnr KS 2025/0107§ 11
    # Budget" for "§ 11 Budget … Dnr KS 2025/0107"); layout mode has them in their places.
    reordered = {_letters(k): v for k, v in cells.items() if len(k) >= MIN_REORDERED}
    out = []
    for ln in text.split("\n"):
        if "\t" not in ln:
            key = " ".join(ln.split())
            ln = cells.get(key) or (reordered.get(_letters(key)) if len(key) >= MIN_REORDERED else None) or ln
        out.append(ln)
    return "\n".join(out)


# A line this long whose characters a layout line has in another order is that line (shorter ones may be anagrams).
MIN_REORDERED = 12


def _letters(line: str) -> str:
    """Return a line's characters without spaces, sorted: the same for a line whatever order its cells were written."""
    return "".join(sorted(line.replace(" ", "")))


def with_vote_columns(layout: list[str] | None, text: str) -> str:
    """Return the page text with its voting lists' rows as tab cells (unchanged when nothing lines up)."""
    lines = text.split("\n")
    if not layout or not any(HEADER_RE.match(ln) for ln in lines):
        return text
    tables: list[tuple[str, list[str]]] = []
    for i, line in enumerate(layout):
        if not HEADER_RE.match(line):
            continue
        starts = [pos for pos, _ in _segments(line)]
        rows = []
        below = [row for row in layout[i + 1 :] if row.strip()]
        for k, row in enumerate(below):
            if HEADER_RE.match(row):
                break
            if _in_list(below, k):
                rows.append("\t".join(_cells(row, starts)).rstrip("\t"))
            elif rows:  # the table ended
                break
        tables.append(("\t".join(c for _, c in _segments(line)), rows))
    out, t = [], 0
    i = 0
    while i < len(lines):
        out.append(lines[i])
        if HEADER_RE.match(lines[i]) and t < len(tables):
            (header, rows), t = tables[t], t + 1
            j = i + 1
            plain = []
            while j < len(lines) and _in_list(lines, j) and len(plain) < len(rows):
                plain.append(lines[j])
                j += 1
            if len(plain) == len(rows) and rows:  # the same rows: take the ones that know their columns
                out[-1] = header
                out += rows
                i = j
                continue
        i += 1
    return "\n".join(out)


def _in_list(lines: list[str], k: int) -> bool:
    """Tell whether line k is a voting list's row: it ends in a mark or holds the totals, or it is a member who did
    not vote (no mark) between rows that do."""
    def marked(line: str) -> bool:
        return bool(MARK_RE.search(line) or TOTALS_RE.match(line))
    return marked(lines[k]) or (k + 1 < len(lines) and k > 0 and bool(lines[k].strip()) and marked(lines[k + 1])
                                and marked(lines[k - 1]) and not HEADER_RE.match(lines[k]))
