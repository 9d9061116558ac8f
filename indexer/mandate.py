"""The mandatperiod a meeting belongs to, from its date and body (kommunallagen, DESIGN.md §1).

Input: a meeting date (ISO) and the body's name. Output: the term's label, "2023–2026", or None before 1995
(terms were three years long until the 1994 election). Elections are held every four years (2018, 2022,
2026 …); fullmäktige's term starts on 15 October of the election year, kommunstyrelsen's and the other
nämnders' on 1 January after it. Both are labelled by the nämnder's calendar years, so one facet value holds a
term's meetings of every body: fullmäktige from 15 October 2022 and the nämnder from 1 January 2023 are "2023–2026".
"""
from __future__ import annotations

import datetime as dt

FIRST_ELECTION = 1994  # the first election to a four-year term
TERM_YEARS = 4
COUNCIL_START = (10, 15)  # fullmäktige: 15 October of the election year


def mandate_period(date: str | None, body: str | None) -> str | None:
    """Return the mandatperiod label of a meeting, or None when the date is missing or before 1995."""
    try:
        day = dt.date.fromisoformat(date or "")
    except ValueError:
        return None
    council = "fullmäktige" in (body or "").lower()
    election = FIRST_ELECTION + (day.year - FIRST_ELECTION) // TERM_YEARS * TERM_YEARS
    starts = dt.date(election, *COUNCIL_START) if council else dt.date(election + 1, 1, 1)
    if day < starts:
        election -= TERM_YEARS
    if election < FIRST_ELECTION:
        return None
    return f"{election + 1}–{election + TERM_YEARS}"
