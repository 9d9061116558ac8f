"""Request parameters <-> search requests, and the URLs that toggle facets.

Input: a request's query string. Output: `SearchRequest` for indexer.search, and for templates
ready-made URLs (facet toggles, chip removals, sort, pages) so templates only loop. All state lives in
the URL: q, year (repeatable), year_from, year_to, date_from, date_to (a day, month or year), organisation, body, speaker, topic (repeatable), appealable_on (a day)
or appealable=1 (today), as_typed=1 (no spelling fix when nothing is found), sort, page.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from werkzeug.datastructures import MultiDict

from indexer.model import MAX_PAGE, Filters, SearchRequest, SearchResult, complete_date, parse_years
from indexer.topics import SEPARATOR

MULTI = ("year", "period", "organisation", "body", "speaker", "topic")
SINGLE = ("q", "year_from", "year_to", "date_from", "date_to", "sort", "appealable_on", "appealable", "as_typed")
FACET_LABELS = {"year": "År", "period": "Mandatperiod", "organisation": "Organisation", "body": "Organ", "speaker": "Talare", "topic": "Ämne"}
SORT_LABELS = {"relevance": "relevans", "newest": "nyast", "oldest": "äldst", "added": "senast tillagda"}
MAX_FACET_VALUES = 12


def _int(value: str | None, lo: int, hi: int) -> int | None:
    try:
        n = int(value or "")
    except ValueError:
        return None
    return n if lo <= n <= hi else None


def _problem(key: str, value: str) -> str | None:
    """Say what is wrong with one parameter value, in Swedish, or None when it is usable."""
    if key == "year" and parse_years(value) is None:
        return f"”{value}” är inte ett år (skriv till exempel 2024 eller 2019-2022)."
    if key in ("year_from", "year_to") and _int(value, 1900, 2100) is None:
        return f"”{value}” är inte ett år mellan 1900 och 2100."
    if key in ("date_from", "date_to") and complete_date(value, end=key == "date_to") is None:
        return f"”{value}” är inte ett datum (ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM eller ÅÅÅÅ)."
    if key == "sort" and value not in SORT_LABELS:
        return f"Okänd sortering ”{value}” (relevance, newest, oldest eller added)."
    if key == "appealable_on":
        try:
            dt.date.fromisoformat(value)
        except ValueError:
            return f"”{value}” är inte ett datum (ÅÅÅÅ-MM-DD)."
    if key == "page" and _int(value, 1, MAX_PAGE) is None:
        return f"Sidan ”{value}” finns inte (1–{MAX_PAGE})."
    return None


def problems(args: MultiDict) -> list[str]:
    """List what is wrong with the request's parameters (the API answers 400, the page says it)."""
    return [p for key in SINGLE + MULTI + ("page",) for value in args.getlist(key)
            if value.strip() and (p := _problem(key, value.strip()[:100]))]


def state_from(args: MultiDict) -> MultiDict:
    """Keep only the parameters the search understands, dropping empty and unusable values."""
    state = MultiDict()
    for key in SINGLE + MULTI:
        for value in args.getlist(key):
            value = value.strip()[:2000]
            if value and not _problem(key, value):
                state.add(key, value)
    page = _int(args.get("page"), 1, MAX_PAGE)
    if page and page > 1:
        state["page"] = str(page)
    return state


def to_request(state: MultiDict, per_page: int = 10) -> SearchRequest:
    """Turn URL state into a SearchRequest."""
    filters = Filters(
        date_from=state.get("date_from"), date_to=state.get("date_to"),
        periods=[p.replace("-", "–") for p in state.getlist("period")], organisations=state.getlist("organisation"), bodies=state.getlist("body"), speakers=state.getlist("speaker"), topics=state.getlist("topic"),
        appealable_on=appeal_day(state),
    )
    for key in ("year_from", "year_to"):
        if value := state.get(key):
            filters.add_year(value + "-" if key == "year_from" else "-" + value)
    for value in state.getlist("year"):
        filters.add_year(value)
    return SearchRequest(state.get("q", ""), filters, state.get("sort", "relevance"), _int(state.get("page"), 1, MAX_PAGE) or 1, per_page,
                         correct=not state.get("as_typed"))


def appeal_day(state: MultiDict, today: dt.date | None = None) -> str | None:
    """Return the day of the appeal filter: appealable_on=YYYY-MM-DD, or today for appealable=1."""
    if day := state.get("appealable_on"):
        try:
            return dt.date.fromisoformat(day).isoformat()
        except ValueError:
            return None
    if state.get("appealable", "").lower() in ("1", "ja", "true"):
        return (today or dt.date.today()).isoformat()
    return None


def appeal_toggle(state: MultiDict) -> dict[str, Any]:
    """The "Går att överklaga nu" filter: its label, whether it is on, and the URL that flips it."""
    on = bool(appeal_day(state))
    return {"label": "Går att överklaga nu", "selected": on,
            "url": url_for_state(state, appealable=None, appealable_on=None) if on else url_for_state(state, appealable="1")}


def url_for_state(state: MultiDict, **changes: Any) -> str:
    """Return '?…' for `state` with changes applied (None removes a key); paging resets unless given."""
    new = MultiDict(state)
    if "page" not in changes:
        new.pop("page", None)
    for key, value in changes.items():
        new.poplist(key)
        if value is None:
            continue
        for v in value if isinstance(value, list) else [value]:
            new.add(key, str(v))
    return "?" + urlencode(list(new.items(multi=True))) if new else "?"


def toggle(state: MultiDict, key: str, value: str) -> str:
    """Return the URL that adds or removes one facet value."""
    values = state.getlist(key)
    lowered = [v.lower() for v in values]
    if value.lower() in lowered:
        values = [v for v in values if v.lower() != value.lower()]
    else:
        values = values + [value]
    return url_for_state(state, **{key: values or None})


@dataclass
class FacetView:
    name: str
    label: str
    values: list[dict[str, Any]]
    hidden: int


def facet_views(result: SearchResult, state: MultiDict) -> list[FacetView]:
    """Facets with counts, selection and toggle URLs, for the sidebar (topics: areas, each with its subtopics)."""
    out = []
    for name, values in result.facets.items():
        children: dict[str, list[dict[str, Any]]] = {}
        if name == "topic":  # "Area › Subtopic" values open under their area
            for v in values:
                area, sep, sub = v.value.partition(SEPARATOR)
                if sep:
                    children.setdefault(area, []).append(
                        {"value": v.value, "label": sub, "count": v.count, "selected": v.selected, "url": toggle(state, name, v.value)})
            values = [v for v in values if SEPARATOR not in v.value]
        shown = [v for v in values if v.selected] + [v for v in values if not v.selected][:MAX_FACET_VALUES]
        shown_sorted = [v for v in values if v in shown]
        out.append(FacetView(
            name, FACET_LABELS[name],
            [{"value": v.value, "label": v.value, "count": v.count, "selected": v.selected, "url": toggle(state, name, v.value),
              "children": children.get(v.value, []), "page": "/person?" + urlencode({"namn": v.value}) if name == "speaker" else None,
              "open": v.selected or any(c["selected"] for c in children.get(v.value, []))} for v in shown_sorted],
            max(0, len(values) - len(shown_sorted)),
        ))
    return out


def chips(state: MultiDict) -> list[dict[str, str]]:
    """Active filters as removable chips."""
    out = []
    for key in MULTI:
        for value in state.getlist(key):
            out.append({"label": f"{FACET_LABELS[key]}: {value}", "url": toggle(state, key, value)})
    if day := appeal_day(state):
        label = "Går att överklaga nu" if state.get("appealable") and not state.get("appealable_on") else f"Går att överklaga {day}"
        out.append({"label": label, "url": url_for_state(state, appealable=None, appealable_on=None)})
    lo, hi = state.get("year_from"), state.get("year_to")
    if lo or hi:
        out.append({"label": f"År: {lo or '…'}–{hi or '…'}", "url": url_for_state(state, year_from=None, year_to=None)})
    lo, hi = state.get("date_from"), state.get("date_to")
    if lo or hi:
        out.append({"label": f"Datum: {lo or '…'}–{hi or '…'}", "url": url_for_state(state, date_from=None, date_to=None)})
    return out


def follow_links(state: MultiDict) -> dict[str, str]:
    """Links that follow or take away a search: its Atom feed, and its CSV and JSON exports (every hit)."""
    kept = MultiDict(state)
    kept.pop("page", None)
    feed_state = MultiDict(kept)
    feed_state.pop("sort", None)  # a feed is always newest in the archive first
    return {"feed": "/feed.atom" + url_for_state(feed_state).rstrip("?"),
            "csv": "/export.csv" + url_for_state(kept).rstrip("?"), "json": "/export.json" + url_for_state(kept).rstrip("?")}


def describe(state: MultiDict) -> str:
    """Name a search in words, for a feed's or an alert's title: the query and its filters."""
    parts = [f"”{state['q']}”"] if state.get("q") else ["alla paragrafer"]
    return " · ".join(parts + [c["label"] for c in chips(state)])


def pages(result: SearchResult, state: MultiDict) -> dict[str, Any]:
    """Pagination links: previous, next and a window of page numbers."""
    last = max(1, min(MAX_PAGE, -(-result.total // result.per_page)))
    cur = result.page
    window = range(max(1, cur - 3), min(last, cur + 3) + 1)
    link = lambda n: url_for_state(state, page=n) if n > 1 else url_for_state(state)  # noqa: E731
    return {
        "current": cur, "last": last, "first": link(1),
        "prev": link(cur - 1) if cur > 1 else None,
        "next": link(cur + 1) if cur < last else None,
        "numbers": [{"n": n, "url": link(n), "current": n == cur} for n in window] if last > 1 else [],
    }


def sort_links(state: MultiDict) -> list[dict[str, Any]]:
    """Links for each sort order, marking the active one."""
    current = state.get("sort", "relevance")
    return [{"label": label, "url": url_for_state(state, sort=None if key == "relevance" else key), "current": key == current}
            for key, label in SORT_LABELS.items()]
