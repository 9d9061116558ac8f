"""Atom feeds: a search's newest paragraphs, so a feed reader shows what has entered the archive.

Input: a searcher, a `SearchRequest` (the search page's parameters; its sort is replaced by "added"), the feed's
own URL, the search page's URL and the site's base URL. Output: an Atom document (bytes), built with feedgen:
newest first, one entry per paragraph — title "§ 43 Titel — Organ, datum", summary the snippet as plain text,
link and id the paragraph's permalink, `updated`/`published` when the paragraph entered the archive.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

from feedgen.feed import FeedGenerator

from .highlight import plain_snippet
from .query import parse_query
from .model import SearchRequest
from .search import all_matches
from .engine import Searcher

# A feed reader polls and remembers what it has seen: the newest 50 paragraphs cover days of a large archive.
FEED_ENTRIES = 50
SITE_NAME = "protokoll"


def entry_title(fields: dict[str, Any]) -> str:
    """Return a paragraph's entry title: "§ 43 Titel — Organ, datum" (parts the protocol lacks left out)."""
    head = f"§ {fields.get('number') or ''} {fields.get('title') or ''}".strip()
    where = ", ".join(x for x in (fields.get("body"), fields.get("date")) if x)
    return f"{head} — {where}" if where else head


def _when(stamp: str | None) -> dt.datetime:
    """Return an ISO time (as recorded at indexing) as an aware datetime; unknown times count as the epoch."""
    try:
        when = dt.datetime.fromisoformat((stamp or "").replace("Z", "+00:00"))
    except ValueError:
        return dt.datetime(1970, 1, 1, tzinfo=dt.timezone.utc)
    return when if when.tzinfo else when.replace(tzinfo=dt.timezone.utc)


def atom(searcher: Searcher, request: SearchRequest, title: str, self_url: str, page_url: str, base_url: str) -> bytes:
    """Return the Atom feed of a search: its `FEED_ENTRIES` newest paragraphs (by when they entered the archive)."""
    _, _, rows = all_matches(searcher, replace(request, sort="added", page=1), FEED_ENTRIES, loose=False)
    words = parse_query(request.query).words
    base = base_url.rstrip("/")
    fg = FeedGenerator()
    fg.id(self_url)
    fg.title(title)
    fg.author({"name": SITE_NAME})
    fg.link(href=page_url, rel="alternate", type="text/html")
    fg.link(href=self_url, rel="self", type="application/atom+xml")
    fg.language("sv")
    fg.generator(SITE_NAME)
    newest = None
    for f in rows:
        when = _when(f.get("added"))
        newest = max(newest, when) if newest else when
        fe = fg.add_entry(order="append")
        fe.id(base + f["url"])
        fe.title(entry_title(f))
        fe.link(href=base + f["url"], rel="alternate", type="text/html")
        fe.summary(plain_snippet(f.get("text") or f.get("title") or "", words))
        fe.updated(when)
        fe.published(when)
        if who := f.get("organisation") or f.get("body"):
            fe.author({"name": who})
        for topic in f.get("topics") or []:
            fe.category(term=topic)
    fg.updated(newest or dt.datetime.now(dt.timezone.utc))
    return fg.atom_str(pretty=True)
