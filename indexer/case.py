"""An ärende followed across bodies and meetings by its diarienummer.

Input: a dnr as typed ("KS 2024/0087", "ks2024/0087"), an open engine and its searcher. Output: the
`protokoll case --json` / `/api/case` shape (DESIGN.md §2): `{"dnr", "steps": [...], "mentions": [...]}`.
A step is a paragraph whose dnr is this one, oldest first, with date, organisation, body, §, title, decision,
votes, reservations and its page's url; a mention is a paragraph of another ärende whose text cites the dnr
("Nämns i"). The decision data comes from what the reader stored beside the index.
"""
from __future__ import annotations

import re
from typing import Any

from . import dnr as dnrs
from .model import MAX_PER_PAGE, SearchRequest
from .search import run_search

MAX_STEPS = MAX_PER_PAGE  # an ärende passes a few bodies; a hundred steps is far beyond any real one


def _step(engine: Any, searcher: Any, hit: Any, details: dict[str, dict]) -> dict[str, Any]:
    """Return one step of the case from a search hit, with its decision data."""
    if hit.source not in details:
        details[hit.source] = (engine.protocol(hit.source) or {}).get("details") or {}
    stored = searcher.get(hit.id) or {}
    extra = details[hit.source].get(hit.id) or {}
    return {"id": hit.id, "source": hit.source, "number": hit.number, "date": hit.date,
            "organisation": hit.organisation, "body": hit.body, "title": hit.title, "dnr": hit.dnr,
            "decision": stored.get("decision") or None, "votes": extra.get("votes"),
            "reservations": extra.get("reservations") or [], "url": hit.url}


def build_case(engine: Any, searcher: Any, dnr: str) -> dict[str, Any]:
    """Return the ärende with this dnr: its steps oldest first, and the paragraphs that only mention it."""
    dnr = " ".join(dnr.split())
    if not dnr:
        return {"dnr": "", "steps": [], "mentions": []}
    details: dict[str, dict] = {}
    # Never "Menade du …": a dnr found nowhere has no steps, not another ärende's.
    own = run_search(searcher, SearchRequest(f'dnr:"{dnr}"', sort="oldest", per_page=MAX_STEPS, facets=False, correct=False))
    steps = [_step(engine, searcher, h, details) for h in own.hits]
    # The dnr written in running text: its pieces as a phrase ("KS 2024/0087" -> "ks 2024 0087").
    words, key = re.findall(r"[^\W_]+", dnr), dnrs.key(dnr)
    mentions: list[dict[str, Any]] = []
    if words:
        phrase = run_search(searcher, SearchRequest('"' + " ".join(words) + '"', sort="oldest", per_page=MAX_STEPS,
                                                    facets=False, correct=False))
        seen = {s["id"] for s in steps}
        mentions = [{"id": h.id, "source": h.source, "number": h.number, "date": h.date, "organisation": h.organisation,
                     "body": h.body, "title": h.title, "dnr": h.dnr, "url": h.url}
                    for h in phrase.hits if h.id not in seen and key not in dnrs.keys(h.dnr or "")]
    # The dnr as its own steps write it (one of several when a heading names more than one).
    written = next((d for s in steps for d in dnrs.split(s["dnr"] or "") if dnrs.key(d) == key), dnr)
    return {"dnr": written, "steps": steps, "mentions": mentions}
