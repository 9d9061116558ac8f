"""Justering, the anslag about it, and the appeal window that follows from it.

Input: the front-page and back-matter blocks. Output: the justering date, the dates the anslag was posted
and is taken down, and `appeal_until`: laglighetsprövning (13 kap. 5 § kommunallagen) must reach the court
within three weeks of the day the anslag was posted, and a deadline on a Saturday, Sunday, public holiday,
midsommarafton, julafton or nyårsafton moves to the next weekday (lag 1930:173). Never guessed from the
meeting date: without an anslag date the window is unknown.
"""
from __future__ import annotations

import datetime as dt
import re

from .. import dates
from .frontpage import Block

_DATE = r"(?:" + dates.NUMERIC_DATE + r"|\d{1,2}\s+[a-zåäö]+\s+(?:19|20)\d\d)"
# The anslag written as a sentence, both dates in it ("Anslaget på kommunens anslagstavla 2025-03-20 – 2025-04-11",
# "anslaget har varit uppsatt från 2025-03-20 till och med 2025-04-11", "Anslaget har satts upp den 17 mars 2025
# och tas ned den 8 april 2025").
_UNTIL = r"""\s*(?:[-–—]{1,2}                                       # 2025-03-20 – 2025-04-11, "--"
          | till(?:\s+och\s+med)? | t\.\s?o\.\s?m\.?                # till (och med), t.o.m.
          | (?:och|,)\s+(?:tas|tages|kommer\s+att\s+tas|togs|har\s+tagits)\s+(?:ned|ner|bort)  # … och tas ned den …
          | (?:och|,)\s+(?:avpubliceras|tas\s+bort\s+från\s+anslagstavlan) # … och avpubliceras …
        )\s*(?:den\s+)?"""
# The day it comes down, right after the range's dash ("2025-03-17--2025-04-08": the dash is no part of a date).
_DOWN = r"(?:(?:19|20)\d\d-\d\d-\d\d(?!\d)|" + _DATE + r")"
ANSLAG_SENTENCE = re.compile(
    r"""\b(?:anslag(?:et|s|stavlan?)?|anslås|anslogs|anslagits)\b[^.]{0,100}?(?:from\s+|från\s+(?:och\s+med\s+)?|den\s+)?(?P<up>""" + _DATE + r""")"""
    + _UNTIL + r"""(?P<down>""" + _DOWN + r""")""",
    re.I | re.X,
)
# A range in words whose second date gives the year (and the month): "anslagits … under tiden 13 juni–7 juli 2025",
# "Anslaget är uppsatt 13–27 juni 2025".
_MONTH = r"(?:" + "|".join(sorted(dates.MONTHS, key=len, reverse=True)) + r")\.?"
WORD_RANGE = re.compile(
    r"""(?:^|\banslag\w*\b[^.]{0,100}?)(?<![\d-])(?P<d1>\d{1,2})(?:\s+(?P<m1>""" + _MONTH + r"""))?   # "13 juni", "13"
        \s*(?:[-–—]{1,2}|till(?:\s+och\s+med)?)\s*                                      # "–", "till och med"
        (?P<d2>\d{1,2})\s+(?P<m2>""" + _MONTH + r""")\s+(?P<y>(?:19|20)\d\d)(?!\d)         # "7 juli 2025"
    """,
    re.I | re.X,
)
# The day it comes down, in the value of an "Anslaget sätts upp" label: "2025-03-17 och tas ned 2025-04-08".
DOWN_IN_VALUE = re.compile(_DATE + _UNTIL + r"(?P<down>" + _DOWN + ")", re.I | re.X)
# The day it went up, alone: "Protokollet publiceras på kommunens digitala anslagstavla 2024-03-12",
# "Justeringen har tillkännagivits genom anslag på kommunens anslagstavla den 28 februari 2025".
POSTED_SENTENCE = re.compile(
    r"""\b(?:publicera(?:s|t|des)                       # "publiceras", "publicerades"
         | anslå(?:s|tt|gs) | anslagits | anslogs        # "anslås", "har anslagits"
         | anslag(?:et)?\s+(?:sätts\s+upp|uppsatt)       # "anslaget sätts upp"
         | sätts\s+upp
         | tillkännag(?:ivits|ivet|ivs|avs|es|etts|ets)    # "har tillkännagivits (tillkännagetts) genom anslag på …"
        )\b[^.]{0,80}?anslagstavla\w*\s+(?:den\s+)?(?P<d>""" + _DATE + r")",
    re.I | re.X,
)
# … the date right after the verb: "Protokollet har justerats 2025-03-07 och anslagits 2025-03-10 på kommunens
# digitala anslagstavla", "Anslag om justeringen har satts upp den 10 mars 2025".
POSTED_DIRECT = re.compile(
    r"""\b(?:anslagits | anslogs | anslåtts | anslås                 # "och anslagits 2025-03-10", "anslås den …"
         | anslag(?:et)?\s+(?:om\s+justering(?:en)?\s+)?(?:har\s+)?(?:satts|sattes)\s+upp)  # "Anslag om justering har satts upp"
        \s+(?:den\s+)?(?P<d>""" + _DATE + r")",
    re.I | re.X,
)
# Justering in a sentence: "Protokollet justerat 2025-03-19", "Protokollet justerades den 5 maj 2025".
JUSTERING_SENTENCE = re.compile(
    r"""\b(?:protokollet\s+(?:är\s+|har\s+)?justera(?:t|des|ts)        # "Protokollet har justerats 2025-03-07"
         | justering(?:en)?\s+av\s+protokollet\s+har\s+(?:skett|ägt\s+rum))  # "Justering av protokollet har skett …"
        \s*:?\s+(?:digitalt\s+)?(?:den\s+)?(?P<d>""" + _DATE + r")",
    re.I | re.X,
)
# The justering the "Val av justerare" paragraph appoints: "Justering sker den 23 september 2024 på
# socialkontoret", "Protokollet justeras digitalt 2024-09-23", "Tid för justering: fredag 27 sept kl 10".
PLANNED_JUSTERING = re.compile(
    r"""\bjustering(?:en)?\s+(?:av\s+protokollet\s+)?(?:sker|äger\s+rum|ska\s+ske|görs|genomförs|sker\s+digitalt)\b
      | \bprotokollet\s+justeras\b(?!\s+omedelbart)
      | \b(?:tid\s+(?:och\s+plats\s+)?för|dag\s+för)\s+justering\b
    """,
    re.I | re.X,
)
# The planned date stands within this many characters after the phrase.
PLANNED_REACH = 60
# An e-signature service's verifikat page ("Verifikat", "Transaktion 0922…"): the justering is done when the
# last party has signed, the time the page gives as the whole transaction's end or as each signature's.
VERIFIKAT = re.compile(r"^\s*(?:verifikat\b|transaktion\s+\d{6,})", re.I)
SIGNING_DONE = re.compile(
    r"""^\s*(?:färdigställt|slutförd|slutfört|avslutad|completed)\b\W*   # the transaction's end (Scrive, Assently)
        (?P<d>""" + dates.NUMERIC_DATE + r""")?""",
    re.I | re.X,
)
SIGNED_AT = re.compile(r"\b(?:signerade|signerat|signerad|undertecknat|signed)\b\D{0,20}(?P<d>" + dates.NUMERIC_DATE + ")", re.I)
# A "Färdigställt" label has its time on the next line.
DONE_REACH = 2
APPEAL_DAYS = 21  # "inom tre veckor från den dag då tillkännagivandet … anslogs" (13 kap. 5 § KL)


def first_date(text: str) -> str | None:
    """Return the first date in figures or Swedish long-form date (with a year) in `text`, as ISO."""
    text = re.sub(r"(\d{4}-\d\d-)\s+(\d\d)|(\d{4}-)\s+(\d\d-\d\d)", lambda m: "".join(g for g in m.groups() if g), text)
    best: tuple[int, str] | None = None
    for pos, d in dates.numeric_dates(text)[:1]:
        best = (pos, d.isoformat())
    for date, *_ in [x for x in dates.long_dates(text) if x[0]]:
        pos = text.find(str(date.day))
        if best is None or pos < best[0]:
            best = (pos, date.isoformat())
        break
    return best[1] if best else None


def read_anslag(blocks: list[Block], meeting: str | None = None) -> tuple[str | None, str | None, str | None]:
    """Return (justering date, anslag posted, anslag removed) from the blocks; a date without its year is the first
    such day on or after the meeting."""
    found: dict[str, str] = {}
    for b in blocks:
        if b.key in ("justering", "posted", "removed") and b.key not in found:
            if b.key == "posted" and (span := _word_range(b.text(), labelled=True)):  # "20 december–10 januari 2025"
                found["posted"], found["removed"] = span
            elif d := first_date(b.text()) or date_after(b.text(), meeting):
                found[b.key] = d
            if b.key == "posted" and "removed" not in found and (m := DOWN_IN_VALUE.search(b.text())):
                found["removed"] = first_date(m.group("down"))
    if "justering" not in found:
        # "Justerare: Elisabeth Grönvall. Protokollet justeras digitalt 2024-09-24."
        for b in blocks:
            # "Justerare, plats och tid: Bo Al, kansliet 2025-03-14"; "Justeras: onsdag 12 mars 2025, kommunhuset"
            if b.key in ("justerare", "signers") and (d := first_date(b.text())):
                found["justering"] = d
                break
    if "posted" not in found or "justering" not in found:
        text = " ".join(b.text() for b in blocks)
        if "posted" not in found and (m := ANSLAG_SENTENCE.search(text)):
            found["posted"], found["removed"] = first_date(m.group("up")), found.get("removed") or first_date(m.group("down"))
        elif "posted" not in found and (span := _word_range(text)):
            found["posted"], found["removed"] = span[0], found.get("removed") or span[1]
        elif "posted" not in found and (m := POSTED_SENTENCE.search(text) or POSTED_DIRECT.search(text)):
            found["posted"] = first_date(m.group("d"))
        if "justering" not in found and (m := JUSTERING_SENTENCE.search(text)):
            found["justering"] = first_date(m.group("d"))
    return found.get("justering"), found.get("posted"), found.get("removed")


def _word_range(text: str, labelled: bool = False) -> tuple[str, str] | None:
    """Return (posted, removed) from an anslag range in words that names the year once (in a label's value, at its
    start), or None."""
    m = WORD_RANGE.match(text.strip()) if labelled else WORD_RANGE.search(text)
    if not m or (not labelled and not m.group(0).lower().startswith("anslag")):
        return None
    year, month2 = int(m.group("y")), dates.MONTHS[m.group("m2").lower().rstrip(".")]
    month1 = dates.MONTHS[m.group("m1").lower().rstrip(".")] if m.group("m1") else month2
    up = dates.make_date(year - (month1 > month2), month1, int(m.group("d1")))  # "20 december–10 januari 2026"
    down = dates.make_date(year, month2, int(m.group("d2")))
    return (up.isoformat(), down.isoformat()) if up and down and up <= down else None


def signed_justering(lines: list[str]) -> str | None:
    """Return the day an e-signature verifikat page says the last party signed, or None without one."""
    start = next((i for i, ln in enumerate(lines) if VERIFIKAT.match(ln)), None)
    if start is None:
        return None
    page = lines[start:]
    for i, line in enumerate(page):
        if m := SIGNING_DONE.match(line):
            if d := first_date(m.group("d") or " ".join(page[i + 1 : i + DONE_REACH])):
                return d
    signed = [first_date(m.group("d")) for line in page if (m := SIGNED_AT.search(line))]
    return max((d for d in signed if d), default=None)


def planned_justering(text: str, meeting: str | None) -> str | None:
    """Return the justering date a "Val av justerare" paragraph sets (a date without a year is the meeting's
    year, or the next one when it would fall before the meeting)."""
    m = PLANNED_JUSTERING.search(text)
    if not m:
        return None
    near = re.split(r"\.\s+(?=[A-ZÅÄÖ])|\n", text[m.end() : m.end() + PLANNED_REACH])[0]  # this sentence only
    return first_date(near) or date_after(near, meeting)


# A day and month in figures without a year: "fredag 14/3", "14/3 kl. 10" (not a fraction inside a number).
DAY_MONTH = re.compile(r"(?<![\d/.,-])(?P<d>[0-3]?\d)/(?P<m>1[0-2]|0?[1-9])(?![\d/])")


def date_after(text: str, meeting: str | None) -> str | None:
    """Return the first day written without a year ("12 mars", "14/3") as the first such day on or after the
    meeting: the meeting's year, or the next one when it would fall before the meeting."""
    try:
        held = dt.date.fromisoformat(meeting) if meeting else None
    except ValueError:
        return None
    if held is None:
        return None
    found = [(text.find(str(day)), day, month) for _, day, month, _ in dates.long_dates(text)[:1]]
    found += [(m.start(), int(m.group("d")), int(m.group("m"))) for m in DAY_MONTH.finditer(text)][:1]
    for _, day, month in sorted(found)[:1]:
        for year in (held.year, held.year + 1):
            if (d := dates.make_date(year, month, day)) and d >= held:
                return d.isoformat()
    return None


def _is_holiday(day: dt.date) -> bool:
    import holidays

    if day.weekday() >= 5 or day in holidays.Sweden(years=day.year):
        return True
    midsummer_eve = day.month == 6 and 19 <= day.day <= 25 and day.weekday() == 4
    return midsummer_eve or (day.month, day.day) in ((12, 24), (12, 31))


def appeal_until(posted: str | None) -> str | None:
    """Return the last day to appeal (ISO) for an anslag posted on `posted`, or None when unknown."""
    if not posted:
        return None
    try:
        day = dt.date.fromisoformat(posted) + dt.timedelta(days=APPEAL_DAYS)
    except ValueError:
        return None
    while _is_holiday(day):
        day += dt.timedelta(days=1)
    return day.isoformat()
