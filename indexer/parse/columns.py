"""A two-column front page that text extraction read column by column: all the labels, then all the values.

Input: front-page or back-matter lines. Output: the same lines, with each such run rewritten as
"Label<TAB>value" lines. The values are dealt out in order, each label taking the consecutive lines that fit
it best (a dynamic programme over the split points): dates to "Plats och tid" and the justering, "§ 12–21" to
"Paragrafer", people with a party to "Beslutande" and the ersättare, officials with a title to "Övriga",
names to the justerare. A value wrapped over several lines is kept together first.
`unroll_people_columns` reads the other two-column layout, people side by side under a row of sub-headings
("Ledamöter            Ersättare"), as one list per sub-heading.
"""
from __future__ import annotations

import re

from .. import dates
from .labels import label_of
from .names import NAME_RE, PARTY_IN_PARENS, looks_like_name

MIN_LABELS = 3  # two bare labels in a row occur in row-by-row layouts (an empty field, a wrapped label); three do not
MAX_VALUES = 120  # lines read as values after a run; a front page's value column is shorter than this
EMPTY_LABEL = -4.0  # a label left without a value: an empty field happens, but rarely
EXTRA_LINE = -1.5  # each line beyond the first under a label that holds one value (a date, a place, §§)
ONE_VALUE = {"place_time", "justering", "date", "time", "place", "posted", "removed", "storage", "organ",
             "paragraphs", "justerare", "secretary", "chair"}
WHEN = {"place_time", "justering", "date", "time", "posted", "removed"}
# Sub-labels inside the "Beslutande" value ("Ledamöter", "Tjänstgörande ersättare"), read as values.
SUB_LABEL = re.compile(r"^(?:ledamöter|tjänstgörande\s+ersättare)$", re.I)

# The heads of the members' and the officials' columns (the officials are listed without a party).
_MEMBERS = r"(?:ordinarie\s+|närvarande\s+|beslutande\s+)?ledamöter"
_OFFICIALS = r"tjänstepersoner|tjänstemän|övriga(?:\s+närvarande)?"
# A sub-heading over a column of people ("Ledamöter", "Ej tjänstgörande ersättare", "Tjänstepersoner").
PEOPLE_HEAD = re.compile(
    _MEMBERS + r"""                                                  # the members
      | (?:(?:ej|icke|inte)\s+tjänstgörande\s+|närvarande\s+)?(?:ersättare|suppleanter)  # the substitutes (a
                                                                   # "Tjänstgörande ersättare" column is a roll call's)
      | """ + _OFFICIALS + r"""                                         # the officials
      | (?:frånvarande|ej\s+närvarande)(?:\s+ledamöter)?|anmält\s+förhinder   # the members away, beside those present
    """,
    re.I | re.X,
)
MEMBERS_HEAD = re.compile(_MEMBERS, re.I)
OFFICIALS_HEAD = re.compile(_OFFICIALS, re.I)
# "Beslutande" (or "Frånvarande") heads a column of its own beside "Ersättare" and "Övriga närvarande"; beside
# "Ledamöter" and "Ersättare" it is the label of both.
DECIDING_HEAD = re.compile(r"beslutande(?:\s+ledamöter)?", re.I)
WIDE_GAP = re.compile(r"\s{3,}")  # between columns of a text export; names have single spaces
DATED = re.compile(
    dates.NUMERIC_DATE + r"""                          # 2024-05-14, 14.5.2024
      | \b\d{1,2}\s+(?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)[a-zåä]*\s+\d{4}  # 14 maj 2024
      | \bkl\.?\s*\d{1,2}(?:[.:]\d\d)?                    # kl. 13.00
      | \b\d{1,2}[.:]\d\d\s*[-–]\s*\d{1,2}[.:]\d\d        # 13.00–15.30
    """,
    re.I | re.X,
)
PARAGRAPHS = re.compile(r"^(?:§§?\s*)?\d+\s*(?:[-–]\s*\d+)?(?:\s*,\s*\d+)*$|^§")
# "Lisa Holm, sekreterare", "Jon Ek, kulturchef, § 20": a name, a comma, a title in lower case.
WITH_TITLE = re.compile(r"^[^,(]+,\s*[a-zåäö]")
CHAIR = re.compile(r"\bordförande\b", re.I)
SUBSTITUTE = re.compile(r"\)\s*(?:för|ersätter)\s", re.I)


def _fit(key: str, line: str) -> float:
    """Score how well one value line fits under a label key (positive: fits, negative: belongs elsewhere)."""
    dated, paras = bool(DATED.search(line)), bool(PARAGRAPHS.match(line))
    party, titled = bool(PARTY_IN_PARENS.search(line)), bool(WITH_TITLE.match(line)) and not PARTY_IN_PARENS.search(line)
    if key in WHEN:
        return 3.0 if dated else (-3.0 if party or paras else 0.0)
    if key == "paragraphs":
        return 3.0 if paras else -3.0
    if dated or paras:
        return -3.0
    if SUB_LABEL.match(line):
        return 3.0 if key == "beslutande" else -3.0
    if key in ("beslutande", "tjg"):
        return 1.0 * party + 2.0 * bool(CHAIR.search(line) or SUBSTITUTE.search(line)) - 2.0 * titled
    if key in ("ersattare", "franvarande"):
        return 1.0 * party - 2.0 * bool(CHAIR.search(line)) - 2.0 * titled
    if key == "ovriga":
        return 2.0 if titled else (-1.0 if party else 0.0)
    if key in ("justerare", "secretary", "chair", "signatures", "narvarande"):
        return 1.0 if party or looks_like_name(line.split(",")[0]) else -1.0
    return -1.0 if party else 0.0


def _entries(lines: list[str]) -> list[list[str]]:
    """Group value lines into entries: a line ending in a comma or "och", or followed by a lower-case line, continues."""
    entries: list[list[str]] = []
    for line in lines:
        if entries and (entries[-1][-1].rstrip().endswith((",", " och", " samt")) or line[:1].islower() or line[:1] == "("):
            entries[-1].append(line)
        else:
            entries.append([line])
    return entries


def _deal(keys: list[str], entries: list[list[str]]) -> list[list[list[str]]]:
    """Split the entries into len(keys) consecutive runs that fit their labels best; ties give earlier labels more."""
    n, m = len(keys), len(entries)
    texts = [" ".join(e) for e in entries]
    # Prefix sums of each label's fit, so a run's score is one subtraction: O(labels × entries²) in all.
    fit = []
    for k in keys:
        sums = [0.0]
        for t in texts:
            sums.append(sums[-1] + _fit(k, t))
        fit.append(sums)
    best = [[float("-inf")] * (m + 1) for _ in range(n + 1)]
    cut = [[0] * (m + 1) for _ in range(n + 1)]
    best[0][0] = 0.0
    for i in range(1, n + 1):
        for j in range(m + 1):
            for k in range(j + 1):
                if best[i - 1][k] == float("-inf"):
                    continue
                if k == j:
                    score = EMPTY_LABEL
                else:
                    score = fit[i - 1][j] - fit[i - 1][k]
                    if keys[i - 1] in ONE_VALUE:
                        score += EXTRA_LINE * (j - k - 1)
                if best[i - 1][k] + score >= best[i][j]:
                    best[i][j], cut[i][j] = best[i - 1][k] + score, k
    runs: list[list[list[str]]] = []
    j = m
    for i in range(n, 0, -1):
        runs.insert(0, entries[cut[i][j] : j])
        j = cut[i][j]
    return runs


def _bare_label(line: str) -> str | None:
    """Return the key of a line that is a label and nothing else (no value, no table cell)."""
    if "\t" in line or not line.strip():
        return None
    found = label_of(line)
    return found[0] if found and not found[1] and found[0] != "anslag" else None


def pair_columns(lines: list[str]) -> list[str]:
    """Rewrite runs of bare labels followed by their values as "Label<TAB>value" lines."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        run: list[tuple[str, str]] = []
        j = i
        while j < len(lines) and (key := _bare_label(lines[j])) and not SUB_LABEL.match(lines[j].strip()):
            run.append((key, lines[j].strip()))
            j += 1
        values: list[str] = []
        while len(run) >= MIN_LABELS and j < len(lines) and len(values) < MAX_VALUES:
            line = lines[j].strip()
            if line == "\f" or (_bare_label(line) and not SUB_LABEL.match(line)):
                break
            if line:
                values.append(line)
            j += 1
        if len(run) < MIN_LABELS or not values:
            out.append(lines[i])
            i += 1
            continue
        for (key, label), entry_run in zip(run, _deal([k for k, _ in run], _entries(values))):
            flat = [ln for entry in entry_run for ln in entry]
            out.append(f"{label}\t{flat[0]}" if flat else label)
            out.extend(flat[1:])
        i = j
    return out


TAB_COLUMN = 1000  # a tab-separated cell's column: its index, spaced far beyond any line's width


def _gapped_cells(line: str) -> list[tuple[int, str]]:
    """Return (column, text) of each cell of a line split at tabs (the column is the cell's index) or wide gaps
    (the column is where the cell starts)."""
    if "\t" in line:
        return [(n * TAB_COLUMN, c.strip()) for n, c in enumerate(line.split("\t")) if c.strip()]
    out, pos = [], 0
    for piece in WIDE_GAP.split(line.rstrip()):
        start = line.index(piece, pos) if piece else pos
        if piece.strip():
            out.append((start, piece.strip()))
        pos = start + len(piece)
    return out


def _deal_row(heads: list[tuple[int, str]], row: list[tuple[int, str]], tabbed: bool) -> list[tuple[int, str]]:
    """Return (column, text) for each cell of a row: the column nearest the cell's place. A row of tab cells shorter
    than the heads lost its empty cells (a PDF's text layer): there a person without a party goes to the
    officials' column, the others fill the columns from the left."""
    if not (tabbed and len(row) < len(heads)
            and any(OFFICIALS_HEAD.fullmatch(h.strip(" :")) for _, h in heads)):
        return [(min(range(len(heads)), key=lambda k: abs(heads[k][0] - start)), text) for start, text in row]
    out, column = [], 0
    for k, (_, text) in enumerate(row):
        official = not PARTY_IN_PARENS.search(text)
        while column < len(heads) - (len(row) - k) and official != bool(OFFICIALS_HEAD.fullmatch(heads[column][1].strip(" :"))):
            column += 1
        out.append((column, text))
        column += 1
    return out


def unroll_people_columns(lines: list[str]) -> list[str]:
    """Rewrite people side by side under a row of sub-headings as each sub-heading's line, then its people.

    Under "Frånvarande" the sub-headings say so ("Frånvarande ersättare"), so the names keep the group."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if "\t" not in line and "   " not in line:  # one cell: no row of sub-headings (most lines)
            out.append(line)
            i += 1
            continue
        cells = _gapped_cells(line)
        container, beside = None, False  # the label over the columns (its key), and whether it shares their row
        first = cells[0][1].strip(" :") if cells else ""
        members_beside = any(MEMBERS_HEAD.fullmatch(c.strip(" :")) for _, c in cells[1:])
        if (len(cells) >= 3 or members_beside) and (found := label_of(first)) and not found[1] \
                and (members_beside or not (PEOPLE_HEAD.fullmatch(first) or DECIDING_HEAD.fullmatch(first))):
            container, cells, beside = found[0], cells[1:], True  # "Närvarande     Ledamöter     Ersättare"
        if len(cells) < 2 or not all(PEOPLE_HEAD.fullmatch(c.strip(" :")) or DECIDING_HEAD.fullmatch(c.strip(" :"))
                                     for _, c in cells):
            out.append(line)
            i += 1
            continue
        if container is None and out and (found := label_of(out[-1].strip())) and not found[1]:
            container = found[0]  # "Närvarande" on the line above
        absent = container == "franvarande"
        columns: list[list[str]] = [[] for _ in cells]
        i += 1
        while i < len(lines) and lines[i].strip():
            row = _gapped_cells(lines[i])
            if not all(NAME_RE.match(text) for _, text in row):
                break  # the next label, a § heading: the columns of people have ended
            if beside and "\t" in line and not lines[i].startswith("\t"):  # the row leaves out the label's empty cell
                row = [(start + TAB_COLUMN, text) for start, text in row]
            for n, text in _deal_row(cells, row, "\t" in lines[i]):
                columns[n].append(text)
            i += 1
        for (_, head), names in zip(cells, columns):
            out.append(("Frånvarande " + head.lower() if absent else head).rstrip(":") + ":")
            out.extend(names)
        out.append("")
    return out
