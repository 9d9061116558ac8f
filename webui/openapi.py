"""The API's description as an OpenAPI 3 document, built from the same constants the API uses.

Input: the search parameters (params.MULTI/SINGLE), the hit fields (indexer.model.Hit), the page limits.
Output: a dict served at /api, listing every endpoint with its parameters and response fields.
"""
from __future__ import annotations

from dataclasses import fields
from typing import Any

from indexer.engine import FACETS
from indexer.export import COLUMNS, EXPORT_MAX
from indexer.model import Hit
from indexer.model import MAX_PAGE, MAX_PER_PAGE

# What each search parameter means (Swedish UI, English docs).
PARAMETERS = {
    "q": "the query: words, \"phrases\", OR, -word/NOT, prefix*, titel:, talare:, organ:, organisation:, år:, ämne:, dnr:\"…\"",
    "year": "a year (repeatable)", "year_from": "first year", "year_to": "last year",
    "date_from": "first day (YYYY-MM-DD; YYYY-MM or YYYY mean the whole period)", "date_to": "last day (as date_from)",
    "period": "a mandatperiod, e.g. 2023-2026 (repeatable)", "organisation": "an organisation (repeatable)",
    "body": "a body, or 'Body — Organisation' for one organisation's body (repeatable)",
    "speaker": "a speaker (repeatable)", "topic": "an area or a subtopic (repeatable)",
    "sort": "relevance (default), newest, oldest (meeting date) or added (newest in the archive first)", "appealable_on": "only decisions that can be appealed that day",
    "appealable": "1: only decisions that can be appealed today", "as_typed": "1: search the words as typed, no spelling fix",
    "page": f"page 1–{MAX_PAGE}", "per_page": f"hits per page 1–{MAX_PER_PAGE} (default 10)", "facets": "0: no facet counts",
}
REPEATABLE = {"year", "period", "organisation", "body", "speaker", "topic"}


def _param(name: str, where: str = "query", required: bool = False) -> dict[str, Any]:
    schema: dict[str, Any] = {"type": "string"}
    if name in REPEATABLE:
        schema = {"type": "array", "items": {"type": "string"}}
    return {"name": name, "in": where, "required": required, "description": PARAMETERS.get(name, ""), "schema": schema,
            **({"explode": True} if name in REPEATABLE else {})}


def _json(description: str, properties: dict[str, Any]) -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": {"type": "object", "properties": properties}}}}


def openapi() -> dict[str, Any]:
    """Return the OpenAPI document of the JSON API."""
    hit = {"type": "object", "properties": {f.name: {"type": "string" if f.name not in ("speakers", "topics", "missing", "score") else
                                                     "number" if f.name == "score" else "array"} for f in fields(Hit)}}
    facet = {"type": "array", "items": {"type": "object", "properties": {"value": {"type": "string"}, "count": {"type": "integer"},
                                                                         "selected": {"type": "boolean"}}}}
    error = _json("a parameter cannot be used; the message says why (Swedish)", {"error": {"type": "string"}})
    return {
        "openapi": "3.0.3",
        "info": {"title": "protokoll", "version": "1", "description": "Full-text search in Swedish meeting minutes: "
                 "every paragraph (§) is a hit. The same JSON as `protokoll search --json`."},
        "paths": {
            "/api/search": {"get": {
                "summary": "Search paragraphs (the search page's parameters)",
                "parameters": [_param(p) for p in PARAMETERS],
                "responses": {"200": _json("hits, total, facets and page links", {
                    "query": {"type": "string"}, "total": {"type": "integer"}, "page": {"type": "integer"},
                    "per_page": {"type": "integer"}, "hits": {"type": "array", "items": hit},
                    "facets": {"type": "object", "properties": {name: facet for name in FACETS}},
                    "suggestion": {"type": "string", "nullable": True}, "searched": {"type": "string", "nullable": True},
                    "notice": {"type": "string"}, "next": {"type": "string", "nullable": True},
                    "prev": {"type": "string", "nullable": True}}), "400": error}}},
            "/api/case": {"get": {
                "summary": "One ärende by its diarienummer: its steps oldest first, and the paragraphs that cite it",
                "parameters": [{**_param("dnr", required=True), "description": "a diarienummer, e.g. KS 2024/0087"}],
                "responses": {"200": _json("the case", {"dnr": {"type": "string"}, "steps": {"type": "array"},
                                                         "mentions": {"type": "array"}}), "400": error}}},
            "/api/paragraph/{id}": {"get": {
                "summary": "One paragraph's stored fields and its decision data",
                "parameters": [{**_param("id", "path", True), "description": "a paragraph's permalink id, e.g. "
                                "hagfjards-kommun/kommunfullmaktige/2024-03-25/15 (an old id such as 01_hagfjard_kf.pdf#15 redirects)"}],
                "responses": {"200": _json("the paragraph", {"id": {"type": "string"}, "title": {"type": "string"},
                                                              "text": {"type": "string"}, "details": {"type": "object"}}),
                              "404": _json("no such paragraph", {"error": {"type": "string"}})}}},
            "/api/complete": {"get": {
                "summary": "Speakers, bodies and topics with a word starting with q (for the search box)",
                "parameters": [{**_param("q"), "description": "at least two letters"}],
                "responses": {"200": {"description": "up to ten values",
                                      "content": {"application/json": {"schema": {"type": "array", "items": {"type": "string"}}}}}}}},
            "/export.json": {"get": {
                "summary": f"Every hit of a search (at most {EXPORT_MAX}), streamed, in the search's order",
                "parameters": [_param(p) for p in PARAMETERS if p not in ("page", "per_page", "facets")],
                "responses": {"200": _json("the export; truncated and note say when it was cut", {
                    "query": {"type": "string"}, "total": {"type": "integer"}, "exported": {"type": "integer"},
                    "truncated": {"type": "boolean"}, "note": {"type": "string", "nullable": True},
                    "hits": {"type": "array", "items": {"type": "object", "properties": {c: {"type": "array" if c == "speakers" else "string"}
                                                                                       for c in COLUMNS}}}}), "400": error}}},
            "/export.csv": {"get": {
                "summary": f"Every hit of a search as CSV (at most {EXPORT_MAX}; a cut export ends with a row starting with #)",
                "parameters": [_param(p) for p in PARAMETERS if p not in ("page", "per_page", "facets")],
                "responses": {"200": {"description": "columns " + ", ".join(COLUMNS), "content": {"text/csv": {}}}}}},
            "/feed.atom": {"get": {
                "summary": "The search's Atom feed: its newest paragraphs by when they entered the archive",
                "parameters": [_param(p) for p in PARAMETERS if p not in ("page", "per_page", "facets", "sort")],
                "responses": {"200": {"description": "an Atom document", "content": {"application/atom+xml": {}}}}}},
            "/healthz": {"get": {"summary": "The index opens; how many paragraphs it holds",
                                 "responses": {"200": _json("ok", {"status": {"type": "string"}, "paragraphs": {"type": "integer"}})}}},
        },
    }


def endpoints() -> list[str]:
    """List the API's paths (for the answer to an unknown path)."""
    return [p for p in openapi()["paths"] if p.startswith("/api/")]
