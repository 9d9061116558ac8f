"""Paragraph headings: "§ 43", "KF § 12", "HSN § 45", "Ärende 3.", "### Punkt 2 –", "4)", and OCR's "$ 61"/"861".

Input: the protocol's lines. Output: `Heading(line, number, kind, rest)` in document order, without table-of-
contents entries, § references in running text or a dagordning that precedes the items, and the line numbers
of table-of-contents entries (which the front page must not read as text).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .sections import MARGIN_GAP, section_label

PARA_RE = re.compile(
    r"""^[\s#*_>]*                                  # Markdown heading, emphasis or quote marks
        (?:(?:[A-ZÅÄÖ]{1,6}                          # the body's prefix: KF § 12, HSN § 45, KS-§ 3
            |(?!(?:Se|Jfr|Enl|Av|Om|Till|Och|Ur|Vid|Med)\b)[A-ZÅÄÖ][a-zåäö]{1,3})  # … or "Ks § 45", "Bun § 3"
           (?:/(?:19|20)?\d\d)?[-\s]?)?               # … with the year: "KS/2025 § 45"
        (?P<kind>§|(?i:paragraf|punkt|ärende))\s*   # the marker,
        (?:(?i:nr|nummer)\.?\s*)?                   # … maybe with its "nr": "Ärende nr 3"
        (?P<num>\d{1,4}                             # the number,
          (?:[a-z]|\s[a-h](?=[\s.:)]|$))?)(?!\d)      # … with the letter of an added item: "§ 12a", "§ 12 a"
        (?:/(?:19|20)?\d\d(?!\d))?                  # the year after it: "§ 45/2025", "§ 45/25"
        (?![.,]\d)                                  # not a decimal or a date ("§ 1.2")
        [.:)]?(?P<rest>.*)$                         # the title, if on the same line
    """,
    re.X,
)
# A § title standing alone where a scan lost its number is a few words ("Delegationsbeslut", "Tillsynsplan 2026").
MAX_LOST_TITLE_WORDS = 10
# A cell this short beside an OCR heading's title is specks, not words.
MAX_SPECK_CELL = 2
# The number before the mark, on a line of its own or before the title: "12 §", "12 § Budget 2026" (Finland's
# and some older Swedish templates); read only where no "§ 12" heading is found, as a numbered sequence.
NUMBER_FIRST_RE = re.compile(
    r"""^[\s#*_>]*
        (?P<num>\d{1,4}(?:\s?[a-h](?=\s*§))?)\s*§(?!§)  # "12 §", "12 a §"
        \s*[.:)]?(?P<rest>.*)$                         # the title, if on the same line
    """,
    re.X,
)
# The title first and the number at the right margin, a cell of its own: "Budget 2026<TAB>§ 12", "Budget   KS § 12";
# read only where no "§ 12" opens a line, as a numbered sequence.
TITLE_FIRST_RE = re.compile(
    r"""^[\s#*_>]*(?P<rest>[A-ZÅÄÖ][^\t§]{2,}?)(?:\t+|[^\S\t]{3,})   # the title, then a cell's gap
        (?:[A-ZÅÄÖ]{1,6}\s?)?§\s*(?P<num>\d{1,4})\s*$                  # "§ 12", "KS § 12" closing the line
    """,
    re.X,
)
# Tesseract reads "§" as "$", "£", "&", "S" or "8" ("§ 61" -> "861", "8 61", "$ 61"), and after a body's
# prefix as "5" or an S glued to it ("KS § 61" -> "KS 5 61", "KSS 62", "KS & 63"); only for OCR text.
OCR_PARA_RE = re.compile(
    r"""^[\W_]{0,3}
        (?:[A-ZÅÄÖ]{1,6}\s?)?                        # the body's prefix, if any: "KS", "HSN"
        (?:[§$&£]\s?                                 # the misread marker ("&" and "£" too)
         |[8S]\s?(?=\d{2,3}\b)                       # "861", "S 61", "KSS 62"
         |(?<=[A-ZÅÄÖ]\s)5\s(?=\d{2,3}\b)            # "5" for "§" after a prefix: "KS 5 61"
         |(?<![§$&£])[5S8]\s(?=\d{1,3}\s*$)             # … or before a number alone on its line: "5 3"
         |(?<![§$&£])[5sS8]\s?(?=\d{1,3}\t))           # … or before its title's cell: "5 41<TAB>Val av …", "s 4<TAB>…"
        (?P<num>\d{1,3})\b[.:)]?(?P<rest>.*)$
    """,
    re.X,
)
AGENDA_RE = re.compile(
    r"""^(?P<md>[\s#*_]*)
        (?P<num>\d{1,2})\s*(?P<sep>[).])            # 4) or 4.
        (?P<md2>[\s*_]*)(?P<rest>\S.*)$
    """,
    re.X,
)
TOC_TAIL = re.compile(
    r"""(?:\s*\.{2,}\s*|\s*…+\s*|\t+\s*|\s{3,})(\d{1,3})?\s*$   # dotted leader or gap, then a page number
        |\.{4,}\s*$                                         # a dotted leader alone
    """,
    re.X,
)
# Every TOC_TAIL match ends with a shorter one within this many characters (a leader's last dots, one
# or two spaces, a page number of three digits): a long title is searched only at its end.
TOC_TAIL_SPAN = 12
# A range or list ("§ 15 - 27", "§ 5-14: Anna", "§ 3, 4") is a reference, not a heading.
REFERENCE_TAIL = re.compile(r"\s*(?:[-–]\s*\d|,\s*\d|och\s+\d|och\s+§|[-–]\s*§|\)\s*)")
# A § continued on the next page repeats its heading marked so: "§ 12 (forts)", "§ 12 Budget, forts.", "§ 12 fortsättning".
CONTINUED = re.compile(r"(?:^|[\s,(–-])forts(?:\.|ättning|att)?\)?\.?\s*$", re.I)
# A title opens with a capital, but for a word written in lower case by its own spelling: "e-tjänster för bygglov",
# "eHälsa", "iPad till förtroendevalda" (text after a § reference opens in lower case: "§ 5 i förvaltningslagen").
LOWER_TITLE = re.compile(r"[a-zåäö]{1,2}-[a-zåäö]|[a-z][A-ZÅÄÖ]")
# A title is a line, not a sentence: longer or ending like prose, it is running text that starts with "§ 4".
MAX_TITLE = 160
# Cells of a row: tabs, or the wide gap of a text export's right margin ("§ 12 Budget          KS 2025/45").
CELL_GAP = re.compile(r"\t|\s{3,}")
MAX_AGENDA_TITLE = 120
MIN_NUMBER_FIRST = 2  # one "5 § kommunallagen"-shaped line is no numbering


@dataclass
class Heading:
    line: int
    number: str
    rest: str
    toc: bool
    kind: str = "§"
    strong: bool = True
    dnr: str | None = None
    wrapped: bool = False  # the title's line ends with a comma: it goes on on the next line


def _kind(marker: str) -> str:
    m = marker.lower()
    return "punkt" if m == "punkt" else "ärende" if m == "ärende" else "§"


_EMPHASIS = re.compile(r"[*_]{2,}|^[*_]|[*_]$")
_WHITESPACE = re.compile(r"\s+")


def _clean(text: str) -> str:
    return _WHITESPACE.sub(" ", _EMPHASIS.sub(" ", text.strip())).strip(" ,;:")


def _has_toc_tail(text: str) -> bool:
    """Tell whether text ends with a table of contents' leader or gap and page number."""
    return TOC_TAIL.search(text.rstrip()[-TOC_TAIL_SPAN:]) is not None


def match_para(line: str, ocr: bool = False, number_first: bool = False) -> Heading | None:
    """Return the heading a line starts, or None."""
    if "§§" in line[:12]:
        return None
    m = (NUMBER_FIRST_RE if number_first else PARA_RE).match(line)
    kind = _kind(m.group("kind")) if m and not number_first else "§"
    if not m and ocr and not number_first:
        m = OCR_PARA_RE.match(line)
    if not m:
        return None
    rest = m.group("rest")
    if (REFERENCE_TAIL.match(rest) and not rest.startswith("\t")) or CONTINUED.search(rest):
        return None
    # A table row's last cell may be the dnr, unlabelled ("§ 113 | Delårsrapport | RS 2025-00456").
    cells = [c.strip() for c in CELL_GAP.split(rest) if c.strip()]
    if ocr:  # a scan's specks read as a cell of a letter or two ("Tillsynsplan 2026<TAB>SS<TAB>MBN 2025-000402")
        cells = [c for c in cells if len(c) > MAX_SPECK_CELL or c.isdigit()]
        rest = "\t".join(cells)
    dnr = cells[-1] if cells and BARE_DNR_RE.fullmatch(cells[-1]) and not DATE_CELL.fullmatch(cells[-1]) else None
    if dnr:
        rest = "\t".join(cells[:-1])
    toc = _has_toc_tail(rest) and not re.search(r"\d{4}\s*$", rest.strip())  # "… 2019" is a year, not a page
    title = _clean(TOC_TAIL.sub("", rest) if toc else rest.replace("\t", " "))
    title = title.lstrip(".:–- ")  # _clean left single spaces only
    if len(title) > MAX_TITLE or (title.endswith(".") and len(title.split()) > 12) \
            or (title[:1].islower() and not LOWER_TITLE.match(title)) or title.startswith("§"):  # a row of § cells
        return None
    return Heading(line=0, number=m.group("num"), rest=title, toc=toc, kind=kind, dnr=dnr, wrapped=rest.rstrip().endswith(","))


def match_agenda(line: str) -> Heading | None:
    """Return the numbered agenda item a line starts ("4) Budget", "**4.** Budget"), or None."""
    m = AGENDA_RE.match(line)
    if not m:
        return None
    rest = m.group("rest")
    toc = _has_toc_tail(rest)
    title = _clean(TOC_TAIL.sub("", rest) if toc else rest)
    if not title or len(title) > MAX_AGENDA_TITLE or not (re.match(r"[A-ZÅÄÖ\"”*]", title) or LOWER_TITLE.match(title)):
        return None
    strong = "#" in m.group("md") or "*" in (m.group("md") + m.group("md2")) or m.group("sep") == ")"
    return Heading(line=0, number=m.group("num"), rest=title, toc=toc, strong=strong, kind="punkt")


def find_headings(lines: list[str], ocr: bool = False, expected: range | None = None) -> tuple[list[Heading], set[int]]:
    """Find paragraph headings, dropping tables of contents and references in running text.

    `expected` is the § range the front page announces ("Paragrafer 41–44"); OCR headings outside it are noise.
    """
    para: list[Heading] = []
    toc_lines: set[int] = set()
    for i, line in enumerate(lines):
        h = match_para(line, ocr)
        if h:
            h.line = i
            if h.toc:
                toc_lines.add(i)
                # A wrapped TOC entry's first line has no leader: the previous entry shape tells.
            elif i + 1 < len(lines) and re.search(r"\.{4,}\s*\d{0,3}\s*$", lines[i + 1]) and not match_para(lines[i + 1]):
                h.toc = True
                toc_lines.update((i, i + 1))
            para.append(h)
        elif (item := match_agenda(line)) is not None and item.toc:
            toc_lines.add(i)
    candidates = _in_order([h for h in para if not h.toc])
    if ocr:
        candidates = _ocr_sequence(candidates, expected)
    if not candidates:  # "12 §": the number first
        found = []
        for i, line in enumerate(lines):
            if (h := match_para(line, number_first=True)) is not None and not h.toc:
                h.line = i
                found.append(h)
        candidates = _numbered_run(found, expected)
    if not candidates:  # "Budget 2026<TAB>§ 12": the number at the right margin, after the title
        candidates = _numbered_run([Heading(line=i, number=m.group("num"), rest=_clean(m.group("rest")), toc=False)
                                    for i, line in enumerate(lines) if (m := TITLE_FIRST_RE.match(line))
                                    and not _has_toc_tail(m.group("rest"))], expected)
    if not candidates:
        agenda = []
        for i, line in enumerate(lines):
            h = match_agenda(line)
            if h and not h.toc:
                h.line = i
                agenda.append(h)
        if any(h.strong for h in agenda):
            agenda = [h for h in agenda if h.strong]
        candidates = _sequence(agenda)
    return _drop_repeats(candidates, lines), toc_lines


def _in_order(found: list[Heading]) -> list[Heading]:
    """Drop a heading whose number breaks the rising sequence around it: a reference wrapped to a line's start
    ("… se" / "§ 4 Ekonomi i protokollet från januari.") between § 13 and § 14."""
    return [h for i, h in enumerate(found)
            if i == 0 or i == len(found) - 1 or not _ordinal(found[i - 1].number) < _ordinal(found[i + 1].number)
            or _ordinal(found[i - 1].number) <= _ordinal(h.number) <= _ordinal(found[i + 1].number)]


def _ordinal(number: str) -> int:
    """Return a § number's figures ("12 a" -> 12)."""
    return int(re.match(r"\d*", number).group() or 0)


def _numbered_run(found: list[Heading], expected: range | None) -> list[Heading]:
    """Keep a fallback heading shape's numbered sequence, or nothing when it is one stray line."""
    run = _ocr_sequence(found, expected)
    return run if len(run) >= MIN_NUMBER_FIRST else []


def _ocr_sequence(headings: list[Heading], expected: range | None) -> list[Heading]:
    """Keep OCR headings that are in the announced range, or that continue the numbering."""
    out: list[Heading] = []
    for h in headings:
        n = _ordinal(h.number)
        added = bool(out) and n == _ordinal(out[-1].number) and h.number != out[-1].number  # "§ 12 a" after § 12
        if expected is not None:
            if n in expected and (added or all(_ordinal(o.number) < n for o in out)):
                out.append(h)
        elif not out or added or _ordinal(out[-1].number) < n <= _ordinal(out[-1].number) + 3:
            out.append(h)
    return out


def _label_kind(line: str) -> str | None:
    """Return the kind of section a line opens, its label alone or in the left margin ("Beslut<TAB>…"), or None."""
    found = section_label(MARGIN_GAP.split(line.strip(), 1)[0])
    return found[0] if found else None


def lost_ocr_headings(lines: list[str], headings: list[Heading], end: int, is_furniture,
                      expected: range | None = None) -> list[Heading]:
    """Add the § whose number a scan lost: after a § with a decision, a short title line followed by a section's
    label ("Delegationsbeslut" / "Ärendet<TAB>…") is the next §, numbered after the one before (OCR text only).
    When the front page announces that number and no heading has it, a title line after a blank line or a sentence's
    end is enough ("… kronor." / "Information från förvaltningen" / "Förvaltningschef X informerar …")."""
    found = {h.number for h in headings}
    out: list[Heading] = []
    for idx, h in enumerate(headings):
        out.append(h)
        stop = headings[idx + 1].line if idx + 1 < len(headings) else end
        limit = _ordinal(headings[idx + 1].number) if idx + 1 < len(headings) else None
        decided, current = False, h
        body = [i for i in range(h.line + 1, stop) if lines[i].strip() and not is_furniture(lines[i])]
        for pos, i in enumerate(body):
            s = lines[i].strip()
            kind = _label_kind(s)
            if kind == "decision":
                decided = True
            elif decided and kind is None and pos + 1 < len(body) and _lost_title(s) and current.number.isdigit() \
                    and (_label_kind(lines[body[pos + 1]]) or (expected and int(current.number) + 1 in expected
                                                               and str(int(current.number) + 1) not in found
                                                               and lines[i - 1].rstrip()[-1:] in ("", "."))) \
                    and (limit is None or int(current.number) + 1 < limit):
                current = Heading(line=i, number=str(int(current.number) + 1), rest=s, toc=False, kind=h.kind)
                out.append(current)
                decided = False
    return out


def _lost_title(text: str) -> bool:
    """Tell whether a line reads as a § title standing alone: short, capitalised, no sentence's end, no cells."""
    return (text[:1].isupper() and not text.isupper() and "\t" not in text and not text.endswith((".", ":", ","))
            and len(text.split()) <= MAX_LOST_TITLE_WORDS)


def _sequence(agenda: list[Heading]) -> list[Heading]:
    """Keep numbered items that continue the agenda (1, 2, 3 …), skipping nested lists."""
    out: list[Heading] = []
    for h in agenda:
        n = int(h.number)
        # Numbering may skip an item (mismatched numbering), but never runs backwards.
        if (not out and n <= 3) or (out and int(out[-1].number) < n <= int(out[-1].number) + 3):
            out.append(h)
    return out if len(out) >= 2 else []


# The lines an ärendelista's last entry may have below it before the § begin (front-page labels).
MAX_LIST_TAIL = 3


def _same_title(a: str, b: str) -> bool:
    """Tell whether two headings' titles are the same, case and spaces aside."""
    return bool(a.strip()) and " ".join(a.lower().split()) == " ".join(b.lower().split())


def _drop_repeats(headings: list[Heading], lines: list[str]) -> list[Heading]:
    """Drop a heading when the same number comes again later with text (a dagordning or TOC before the items)."""
    keep = []
    for idx, h in enumerate(headings):
        end = headings[idx + 1].line if idx + 1 < len(headings) else len(lines)
        body = [ln for ln in lines[h.line + 1 : end] if ln.strip() and ln.strip() != "\f"]
        later = [o for o in headings[idx + 1 :] if o.number == h.number]
        if later and not body:
            continue
        # An ärendelista's last entry, a label or two before the § begin ("§ 14 Taxor" / "Beslutande: …"): the same §
        # with the same title comes again with its text.
        if later and len(body) <= MAX_LIST_TAIL and _same_title(h.rest, later[0].rest):
            continue
        keep.append(h)
    return keep


_ONE_DNR = r"""
            (?:[A-ZÅÄÖ]{1,8}[ /.-]?)?                               # series: KS, MBN, "RS/"
            (?:(?:19|20)?\d{2}[/.:-]\s?\d{1,6}(?:[-/.:]\d{1,4})*      # year and number: 2023/0412, 2024-000187
             |(?:[A-ZÅÄÖ]\d{1,4}-)?\d{1,6}/(?:19|20)?\d{2})           # number, then year: 0456/25, Ks 1234/2025,
        (?:\.[A-ZÅÄÖ]{1,8}\b)?                                     # N123-0456/25; a series last: 2025.0101.KS
        (?![\d/])"""
DNR_RE = re.compile(
    r"""\b(?:Dnr|Diarienr|Diarienummer|Ärendenummer|Ärendenr|Ärende\s+nr|Dnr\.|Ärende(?=\s*:)     # the label,
          |Ärende[-\s]?id|Ärendebeteckning)\s*[.:]?\s*                  # … as case systems name it: "Ärende-ID: 2025/123"
        (?P<dnr>""" + _ONE_DNR + r"""
            (?:\s*(?:,|;|&|\boch\b|\bsamt\b)\s*                     # more of them: "KS 2025/34, KS 2025/35"
               (?!(?:19|20)\d{2}-\d{2}-\d{2}\b)""" + _ONE_DNR + r""")*  # … but not a date after the dnr
        )""",
    re.I | re.X,
)
# A dnr standing alone in a table cell, without its label: a series, then year and number ("RS 2025-00456").
BARE_DNR_RE = re.compile(r"[A-ZÅÄÖ]{1,8}[ /.-]?(?:(?:19|20)\d{2}[/.:-]\s?\d{1,6}(?:[-/.:]\d{1,4})*"
                         r"|\d{1,6}/(?:19|20)?\d{2})")  # … or number, then year: "KUN 0145/25"
DATE_CELL = re.compile(r"(?:19|20)\d{2}-\d{2}-\d{2}")
# A dnr closing a heading's title without its label: "Budget 2025 (KS 2024/12)", "Budget 2025, KS 2024/12",
# "Budget 2025 – KS 2024/12", or at the right margin of a text export ("Budget 2025          KS 2024/12").
# … or opening it, a cell of its own or before a capitalised title: "§ 12<TAB>KS 2025/123<TAB>Budget 2026",
# "§ 12 KS 2025/123 Budget 2026".
LEADING_DNR = re.compile(r"^\s*(?P<dnr>" + BARE_DNR_RE.pattern + r")(?:\t+|\s+(?=[A-ZÅÄÖ]))")
TRAILING_DNR = re.compile(r"(?:\s*\(\s*|\s*,\s*|\s+[-–—]\s+|\s{3,})(?P<dnr>" + BARE_DNR_RE.pattern + r")\s*\)?\s*$")
