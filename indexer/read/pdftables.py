"""Voting lists in a PDF's text layer: keep which column each mark stands in.

Input: a pypdf page and its plain text. Output: the plain text with a voting list's rows rewritten as tab
cells ("Eva Rask (S)<TAB>Patrik Ljung (S)<TAB>X<TAB><TAB>"), read from pypdf's layout mode, where the marks keep
their horizontal place. Plain extraction drops empty cells, so "Per Nilsson (M) X" could be a ja or a nej.
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


def with_vote_columns(page, text: str) -> str:
    """Return the page text with its voting lists' rows as tab cells (unchanged when nothing lines up)."""
    lines = text.split("\n")
    if not any(HEADER_RE.match(ln) for ln in lines):
        return text
    try:
        layout = page.extract_text(extraction_mode="layout").split("\n")
    except Exception:  # layout mode fails on some damaged content streams: keep the plain text
        return text
    tables: list[tuple[str, list[str]]] = []
    for i, line in enumerate(layout):
        if not HEADER_RE.match(line):
            continue
        starts = [pos for pos, _ in _segments(line)]
        rows = []
        for row in layout[i + 1 :]:
            if not row.strip():
                continue
            if HEADER_RE.match(row):
                break
            if MARK_RE.search(row) or TOTALS_RE.match(row):
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
            while j < len(lines) and (MARK_RE.search(lines[j]) or TOTALS_RE.match(lines[j])) and len(plain) < len(rows):
                plain.append(lines[j])
                j += 1
            if len(plain) == len(rows) and rows:  # the same rows: take the ones that know their columns
                out[-1] = header
                out += rows
                i = j
                continue
        i += 1
    return "\n".join(out)

