"""Swedish date patterns and missing-year inference.

Input: protocol text (or single lines). Output: ISO dates (`YYYY-MM-DD`) with a flag saying whether
the year was inferred. Only explicit Swedish patterns are read: "13.00–15.30" or a bare "28 januari"
never become a date with an invented year.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass

MONTH_NAMES = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
               "november", "december")
MONTHS = {
    **{name: n for n, name in enumerate(MONTH_NAMES, 1)},
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "okt": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = {"måndag": 0, "tisdag": 1, "onsdag": 2, "torsdag": 3, "fredag": 4, "lördag": 5, "söndag": 6}

_MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
_WEEKDAY_RE = r"(?:(måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)(?:en)?\s+(?:den\s+)?)?"
ISO_RE = re.compile(r"(?<![\d/.-])((?:19|20)\d\d)-(\d\d)-(\d\d)(?!\d)(?!-\d{3})")  # "2024-06-17--18": a two-day meeting starts on the 17th
# A date in figures as a pattern other patterns embed: ISO first, then the dotted and slashed forms some templates
# and older archives use ("2025.03.11", "11.3.2025", "11/3 2025", "11/3-2025"). The year has four digits, so a
# time ("13.00") or a fraction ("3/4") is no date.
NUMERIC_DATE = (r"(?<![\d/.-])(?:(?:19|20)\d\d(?:-\d\d-\d\d(?!-\d{3})|\.\d\d\.\d\d|/\d\d/\d\d)"
                r"|\d{1,2}(?:\.\d{1,2}\.|/\d{1,2}[/\s-])(?:19|20)\d\d)(?!\d)")
NUMERIC_RE = re.compile(NUMERIC_DATE)
LONG_RE = re.compile(
    # "16–17 juni 2025", "16 och 17 juni": a meeting over two days is dated by its first
    _WEEKDAY_RE + r"(?<!\d)(\d{1,2}):?(?:e|a)?(?:\s*(?:[-–—]|och)\s*\d{1,2}:?(?:e|a)?)?\s+(" + _MONTH_RE
    + r")\.?(?:\s+((?:19|20)\d\d))?(?!\w)",
    re.I,
)
YEAR_RE = re.compile(r"(?<![\d/.-])((?:19|20)\d\d)(?![\d])")


@dataclass(frozen=True)
class FoundDate:
    iso: str
    inferred: bool
    line: int


def make_date(year: int, month: int, day: int) -> dt.date | None:
    """Return the date, or None when the parts do not form one."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def numeric_date(text: str) -> dt.date | None:
    """Return the date a NUMERIC_DATE match spells, or None when its parts form none ("2025-02-30")."""
    parts = [int(x) for x in re.findall(r"\d+", text)]
    if len(parts) != 3:
        return None
    year, month, day = parts if parts[0] > 31 else parts[::-1]
    return make_date(year, month, day)


def numeric_dates(text: str) -> list[tuple[int, dt.date]]:
    """Return (position, date) for the valid dates in figures in `text`."""
    return [(m.start(), d) for m in NUMERIC_RE.finditer(text) if (d := numeric_date(m.group()))]


def iso_dates(line: str) -> list[dt.date]:
    """Return the valid dates in figures in `line` (ISO, dotted or slashed)."""
    return [d for _, d in numeric_dates(line)]


def long_dates(line: str) -> list[tuple[dt.date | None, int, int, int | None]]:
    """Return (date or None, day, month, weekday) for Swedish long-form dates like 'fredag den 24 februari 2023'."""
    out = []
    for m in LONG_RE.finditer(line):
        weekday = WEEKDAYS.get((m.group(1) or "").lower())
        day, month = int(m.group(2)), MONTHS[m.group(3).lower().rstrip(".")]
        year = int(m.group(4)) if m.group(4) else None
        out.append((make_date(year, month, day) if year else None, day, month, weekday))
    return out


def infer_year(day: int, month: int, weekday: int | None, text: str, today: dt.date | None = None) -> int | None:
    """Guess the year of a day and month from the weekday and the years the document mentions."""
    years = Counter(int(y) for y in YEAR_RE.findall(text))
    today = today or dt.date.today()
    candidates = [y for y, _ in years.most_common()] or []
    if weekday is not None:
        for y in sorted(candidates, key=lambda y: (-years[y], -y)):
            d = make_date(y, month, day)
            if d and d.weekday() == weekday:
                return y
        # No mentioned year fits the weekday: take the nearest earlier one that does.
        anchor = max(candidates) if candidates else today.year
        for y in range(anchor + 1, anchor - 12, -1):
            d = make_date(y, month, day)
            if d and d.weekday() == weekday and d <= today + dt.timedelta(days=366):
                return y
        return None
    if candidates:
        return max(candidates, key=lambda y: (years[y], y))
    return None


def find_protocol_date(lines: list[str], header_end: int | None = None) -> FoundDate | None:
    """Find the meeting date: a dated 'Tid/Datum' line, else the first ISO or long date of the header."""
    limit = header_end if header_end is not None else min(len(lines), 80)
    text = "\n".join(lines)
    labelled, first_iso, first_long = None, None, None
    for i, line in enumerate(lines[: max(limit, 1)]):
        is_label = bool(re.match(r"\s*(?:datum|tid(?:\s+och\s+plats)?|sammanträdesdatum|mötesdatum|tid och plats för sammanträdet)\b", line, re.I))
        isos = iso_dates(line)
        longs = long_dates(line)
        if is_label and (isos or longs) and labelled is None:
            labelled = (i, isos, longs)
        if isos and first_iso is None:
            first_iso = FoundDate(isos[0].isoformat(), False, i)
        if longs and first_long is None:
            first_long = (i, longs[0])
    if labelled is not None:
        i, isos, longs = labelled
        if isos:
            return FoundDate(isos[0].isoformat(), False, i)
        date, day, month, weekday = longs[0]
        if date:
            return FoundDate(date.isoformat(), False, i)
        if first_iso and _same_day(first_iso.iso, day, month):
            return first_iso
        year = infer_year(day, month, weekday, text)
        if year and (d := make_date(year, month, day)):
            return FoundDate(d.isoformat(), True, i)
    if first_iso:
        return first_iso
    if first_long:
        i, (date, day, month, weekday) = first_long
        if date:
            return FoundDate(date.isoformat(), False, i)
        year = infer_year(day, month, weekday, text)
        if year and (d := make_date(year, month, day)):
            return FoundDate(d.isoformat(), True, i)
    return None


def _same_day(iso: str, day: int, month: int) -> bool:
    return iso[5:] == f"{month:02d}-{day:02d}"


def is_date_line(line: str) -> bool:
    """Tell whether a line holds nothing but a date (a running page header)."""
    rest = NUMERIC_RE.sub("", line)
    rest = LONG_RE.sub("", rest)
    return bool(rest.strip(" \t,.-–:")) is False and rest != line
