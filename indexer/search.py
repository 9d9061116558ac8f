"""Search: a query string and filters -> a ranked, faceted, highlighted SearchResult.

Input: an engine searcher, the user's query text, `Filters`, sort, page. Output: `SearchResult`
(model.py), the one JSON shape of `protokoll search --json` and `/api/search`. No Flask here: the CLI
and the web UI both call `run_search` (`all_matches`: every hit up to a cap, for exports, feeds and alerts). All
query words are required first; when such hits are few, hits that miss a word follow, each listing the words it misses. Procedural items (Formalia) rank below
substantive paragraphs. A query that finds little gets a "Menade du …?" suggestion.
"""
from __future__ import annotations

import os
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from functools import lru_cache
from typing import Any, Iterator
from urllib.parse import quote

from . import analysis
from .engine import FACETS, ORGAN_PAIRS, SORTS, Match, Searcher
from .highlight import Terms, snippet
from .model import MAX_PAGE, MAX_PER_PAGE, ORGAN_SEPARATOR, FacetValue, Filters, Hit, SearchRequest, SearchResult
from .query import And, Node, Not, Or, ParsedQuery, parse_query
from .topics import load_taxonomy

FEW_HITS = 5
# Extra hits fetched in the ranked pass so that Formalia among them rarely force a second pass.
RANK_SLACK = 20
FORMALIA = "Formalia"


def merge_filters(parsed: ParsedQuery, filters: Filters) -> Filters:
    """Add the filters written in the query (organ:, organisation:, år:, talare:, ämne:) to the request's filters."""
    out = Filters(**{k: list(v) if isinstance(v, list) else v for k, v in vars(filters).items()})
    for value in parsed.filters.get("body", []):
        out.bodies.append(value)
    for value in parsed.filters.get("organisation", []):
        out.organisations.append(value)
    for value in parsed.filters.get("period", []):
        out.periods.append(value.replace("-", "–"))
    for value in parsed.filters.get("speaker", []):
        out.speakers.append(value)
    for value in parsed.filters.get("topic", []):
        out.topics.append(value)
    for value in parsed.filters.get("year", []):
        if not out.add_year(value):
            out.years.append(value)  # a year no paragraph has: the query finds nothing, and says why
            parsed.notices.append(f"”{value}” är inte ett år (skriv till exempel år:2024 eller år:2019-2022).")
    # A topic as a user writes it, at either level ("Vatten och avfall"), is the stored label.
    out.topics = [load_taxonomy().resolve(t) for t in out.topics]
    return out


def missing_words(fields: dict[str, Any], words: list[str]) -> list[str]:
    """List the query words a paragraph contains in no form (as written, inflected or as a part)."""
    text = "\n".join(str(fields.get(k) or "") for k in ("title", "text", "decision", "body"))
    tokens = analysis.analyze(text, stopwords=False, compounds=True)
    out = []
    for w in words:
        terms = Terms.from_words([w])
        if not any(terms.matches(t) for t in tokens):
            out.append(w.rstrip("*"))
    return out


def warm_up() -> None:
    """Load what every search needs once per process: the lemma and compound tables and the topic taxonomy (~0.1 s)."""
    from .compounds import vocabulary

    analysis.lemma_stems()
    vocabulary()
    load_taxonomy()


def _counts(searcher: Searcher, node: Node | None, filters: Filters, facets: bool) -> tuple[int, dict[str, Counter]]:
    """Return the total and facet counts, or (without facets) the total and the Formalia count ranking needs."""
    if facets:
        return searcher.facet_counts(node, filters)
    total = searcher.count_matches(node, filters)
    formalia = searcher.count_matches(node, filters.but(must_topics=[FORMALIA])) if total else 0
    return total, {"topic": Counter({FORMALIA: formalia})}


def _counted(searcher: Searcher, node: Node | None, filters: Filters, sort: str, stop: int,
             facets: bool) -> tuple[int, dict[str, Counter], list[Match]]:
    """Return the total, the counts and the first ranked pass (_ranked's), side by side when the engine allows it."""
    if not getattr(searcher, "concurrent", False):
        total, counts = _counts(searcher, node, filters, facets)
        return total, counts, searcher.match(node, filters, sort, limit=stop + RANK_SLACK)
    pending = _overlap().submit(searcher.match, node, filters, sort, stop + RANK_SLACK)
    try:
        total, counts = _counts(searcher, node, filters, facets)
    finally:
        matches = pending.result()
    return total, counts, matches


@lru_cache(maxsize=1)
def _overlap() -> ThreadPoolExecutor:
    """The threads that fetch a search's matches while its counts are made (one per core: two requests at once)."""
    return ThreadPoolExecutor(max_workers=os.cpu_count() or 2, thread_name_prefix="search-match")


def _ranked(searcher: Searcher, node: Node | None, filters: Filters, sort: str, stop: int, formalia_total: int,
            total: int, relevance: bool, matches: list[Match] | None = None) -> list[Match]:
    """Return the first `stop` matches, substantive paragraphs before Formalia when ranking by relevance.

    `matches`: the first pass (`stop` + RANK_SLACK matches in order), when already fetched.
    """
    if matches is None:
        matches = searcher.match(node, filters, sort, limit=stop + RANK_SLACK)
    if not relevance or not formalia_total:
        return matches[:stop]
    substantive = [m for m in matches if FORMALIA not in m.fields.get("topics", ())]
    formalia = [m for m in matches if FORMALIA in m.fields.get("topics", ())]
    # One ranked pass usually holds enough of each group; fetch a group on its own only when it does not.
    want_sub = min(stop, total - formalia_total)
    if len(substantive) < want_sub:
        substantive = searcher.match(node, filters.but(not_topics=[FORMALIA]), sort, limit=stop)
    want_form = min(max(0, stop - want_sub), formalia_total)
    if len(formalia) < want_form:
        formalia = searcher.match(node, filters.but(must_topics=[FORMALIA]), sort, limit=stop)
    return (substantive[:want_sub] + formalia[:want_form])[:stop]


def _matches(searcher: Searcher, parsed: ParsedQuery, filters: Filters, sort: str, stop: int,
             facets: bool, loose: bool = True) -> tuple[int, dict[str, Counter], list[Match]]:
    """Return the total, the facet counts and the first `stop` matches in order (those missing a word last, marked).

    `loose=False` leaves out the paragraphs that miss a word (feeds and alerts: every entry has every word).
    """
    node = parsed.node
    if node is None and sort == "relevance":
        sort = "newest"  # an empty query lists paragraphs, newest first
    relevance = sort == "relevance" and node is not None
    clauses = parsed.top_clauses()
    positive = [c for c in clauses if not isinstance(c, Not)]
    total, counts, first = _counted(searcher, node, filters, sort, stop, facets)
    taken = _ranked(searcher, node, filters, sort, stop, counts["topic"].get(FORMALIA, 0), total, relevance, first)
    for m in taken:
        m.complete = True
    if loose and total < FEW_HITS and len(positive) > 1:
        # Few paragraphs have every word: those missing a word follow, marked.
        negatives = [c for c in clauses if isinstance(c, Not)]
        any_word = And((Or(tuple(positive)), *negatives)) if negatives else Or(tuple(positive))
        partial_node = And((Or(tuple(positive)), Not(And(tuple(positive))), *negatives))
        partial_total, partial_counts = _counts(searcher, partial_node, filters, facets)
        partial = _ranked(searcher, partial_node, filters, sort, stop - total,
                          partial_counts["topic"].get(FORMALIA, 0), partial_total, relevance) if stop > total else []
        for m in partial:
            m.complete = False
        taken += partial
        total += partial_total
        if facets:
            _, counts = searcher.facet_counts(any_word, filters)
    return total, counts, taken


def all_matches(searcher: Searcher, request: SearchRequest, cap: int, loose: bool = True) -> tuple[int, int, Iterator[dict[str, Any]]]:
    """Return the total of a search, how many hits follow (at most `cap`) and those hits in order as stored fields.

    For exports (as the search page: `loose`), feeds and alerts (only paragraphs with every word, so that a sort
    by "added" stays newest first); an engine that reads stored fields lazily reads them as the caller iterates.
    """
    parsed = parse_query(request.query)
    if parsed.unsearchable:
        return 0, 0, iter(())
    filters = merge_filters(parsed, request.filters or Filters())
    sort = request.sort if request.sort in SORTS else "relevance"
    total, _, taken = _matches(searcher, parsed, filters, sort, cap, facets=False, loose=loose)

    rows = ({**m.fields, "id": m.id, "url": paragraph_url(m.id)} for m in taken)  # stored fields read as iterated
    return total, len(taken), rows


def run_search(searcher: Searcher, request: SearchRequest) -> SearchResult:
    """Run a search and return ranked hits, facet counts, snippets and a suggestion."""
    parsed = parse_query(request.query)
    filters = merge_filters(parsed, request.filters or Filters())
    sort = request.sort if request.sort in SORTS else "relevance"
    per_page = max(1, min(int(request.per_page or 10), MAX_PER_PAGE))
    page = max(1, min(int(request.page or 1), MAX_PAGE))
    if parsed.unsearchable:
        return SearchResult(query=request.query, total=0, hits=[], facets={name: [] for name in FACETS}, suggestion=None,
                            page=page, per_page=per_page, notice=" ".join(parsed.notices))
    start, stop = (page - 1) * per_page, page * per_page
    total, counts, taken = _matches(searcher, parsed, filters, sort, stop, request.facets)

    page_matches = taken[start:stop]
    words = parsed.words
    hits = []
    for m in page_matches:
        f = m.fields
        hits.append(Hit(
            id=m.id, source=f.get("source", ""), number=str(f.get("number", "")), title=f.get("title", ""),
            date=f.get("date"), body=f.get("body"), speakers=f.get("speakers", []), topics=f.get("topics", []),
            score=round(m.score, 4), snippet=snippet(f.get("text") or f.get("title", ""), words),
            missing=[] if m.complete else missing_words(f, words),
            organisation=f.get("organisation") or None, dnr=f.get("dnr") or None, url=paragraph_url(m.id),
            appeal_until=f.get("appeal_until") or None, added=f.get("added") or None,
            ref=f"{f.get('source', '')}#{f.get('number', '')}",
        ))
    facets = build_facets(counts, filters) if request.facets else {name: [] for name in FACETS}
    suggestion = suggest(searcher, parsed) if total < FEW_HITS and words else None
    notice = " ".join(parsed.notices) or None
    if total == 0 and suggestion and request.correct:
        fixed = run_search(searcher, replace(request, query=suggestion, correct=False))
        if fixed.total:
            fixed.query, fixed.searched, fixed.suggestion = request.query, suggestion, None
            return fixed
    return SearchResult(query=request.query, total=total, hits=hits, facets=facets, suggestion=suggestion,
                        page=page, per_page=per_page, notice=notice)


def paragraph_url(doc_id: str) -> str:
    """Return the web UI path of a paragraph's page (a permalink id's "/" kept, anything unsafe escaped)."""
    return "/p/" + quote(doc_id, safe="/")


def qualified_bodies(counts: dict[str, Any], qualify: bool = False) -> Counter:
    """Return the body counts, each body named with its organisation when the matches come from several (or `qualify`)."""
    bodies, pairs = Counter(counts.get("body", {})), counts.get(ORGAN_PAIRS) or {}
    if (len(counts.get("organisation") or {}) < 2 and not qualify) or not pairs:
        return bodies
    out = Counter(pairs)
    for value, n in pairs.items():  # what remains of a body is its paragraphs without an organisation
        bodies[value.split(ORGAN_SEPARATOR)[0]] -= n
    out.update({body: n for body, n in bodies.items() if n > 0})
    return out


def build_facets(counts: dict[str, Any], filters: Filters) -> dict[str, list[FacetValue]]:
    """Turn raw counts into sorted facet values marked `selected` when filtered on."""
    chosen = {"year": [str(y) for y in filters.years], "period": filters.periods, "organisation": filters.organisations,
              "body": filters.bodies, "speaker": filters.speakers, "topic": filters.topics}
    selected = {name: {v.lower(): v for v in values} for name, values in chosen.items()}  # lower case -> as given
    out: dict[str, list[FacetValue]] = {}
    for name in FACETS:
        c = qualified_bodies(counts, any(ORGAN_SEPARATOR in b for b in filters.bodies)) if name == "body" else counts.get(name, {})
        if name == "year":
            items = sorted(c.items(), key=lambda kv: kv[0], reverse=True)
        else:
            items = sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))
        values = [FacetValue(v, n, v.lower() in selected[name]) for v, n in items]
        present = {v.value.lower() for v in values}
        # A selected value with no hits stays visible, so it can be unselected.
        values += [FacetValue(v, 0, True) for k, v in sorted(selected[name].items()) if k not in present]
        out[name] = values
    return out


def suggest(searcher: Searcher, parsed: ParsedQuery) -> str | None:
    """Return a corrected query ("Menade du …?") when a word is unknown and a close indexed word exists."""
    changed = False
    out_words = []
    for w in parsed.words:
        if w.endswith("*"):
            out_words.append(w)
            continue
        lower = analysis.normalize(w).lower()
        tokens = analysis.analyze(lower, stopwords=False)
        known = tokens and searcher.word_frequency(lower) > 0
        if known or len(lower) < 3:
            out_words.append(w)
            continue
        candidates = searcher.similar_words(lower)
        if candidates:
            out_words.append(candidates[0])
            changed = True
        else:
            out_words.append(w)
    return " ".join(out_words) if changed else None


def more_like_this(searcher: Searcher, doc_id: str, limit: int = 5) -> list[dict[str, Any]]:
    """Return paragraphs similar to `doc_id` as plain dicts (id, title, date, body, source, number)."""
    return [
        {k: m.fields.get(k) for k in ("id", "title", "date", "body", "source", "number")}
        for m in searcher.more_like(doc_id, limit)
    ]


__all__ = ["run_search", "SearchRequest", "Filters", "more_like_this", "suggest", "build_facets"]
