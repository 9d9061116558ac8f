"""The tantivy engine (Rust, embedded, no server): same analysis, same answers, far faster at scale.

Inputs: `IndexDoc`s to write, query trees and `Filters` to search. Outputs: ranked `Match`es, facet
counts from one pass of tantivy's terms aggregations over fast fields (a combined year/period/organisation/body
key, a topic-set key, speakers), stored fields for display. Text reaches tantivy analysed by indexer.analysis as
space-separated terms (`doc_terms`: stems, every lowercase word in order for phrases, compound parts) that a
registered whitespace tokenizer splits, so inflections, compounds and phrases behave as in the Whoosh engine;
the parse workers analyse (`prepare`) and the writer only hands strings over. The default engine for a new index.
"""
from __future__ import annotations

import math
import shutil
from collections import Counter
from pathlib import Path
from typing import Any

import tantivy as tv

from .. import analysis, dnr
from ..query import Node
from ..model import Filters
from . import (FACETS, MAX_MATCHES, ORGAN_PAIRS, organ_label, GenerationEngine, IndexDoc, Match, current_dir, doc_terms, edit_distance,
               fold, fold_candidates, stored_paragraph, word_frequency)
from .compiler import MAX_PREFIX_TERMS, compile_query

ALL = 1_000_000
FACET_FIELDS = {"year": "year", "period": "period", "organisation": "organisation", "body": "body", "speaker": "speaker", "topic": "topic"}
STORED_LISTS = ("speaker", "topic", "attachments")
# Separates year, mandatperiod, organisation and body in the facet_key field, and the topics in topic_key.
KEY_SEPARATOR = "\x1f"
# The most distinct facet_key values one search counts (years × periods × bodies: thousands in a large archive).
MAX_FACET_KEYS = 1_000_000
# The analysed text fields hold terms, not text: what a hit shows is stored beside them under these names.
SHOWN = {"title": "show_title", "text": "show_text", "decision": "show_decision"}
# Splits doc_terms' strings (analysis has lowercased, stemmed and dropped stopwords already).
TERMS_TOKENIZER = "terms"
# One indexing thread with the whole heap: the parse workers keep the cores busy, and one thread's larger
# segments need fewer merges (200,000 paragraphs: 1,504 paragraphs/s against 1,439 with tantivy's default of
# one thread per core).
WRITER_THREADS = 1
WRITER_HEAP = 200_000_000
# Yields no token: a stored-only text field (tantivy-py has no unindexed text field).
UNINDEXED = "unindexed"


class _Blocks:
    """tantivy's building blocks for the shared query compiler (engine/compiler.py)."""

    def __init__(self, schema: tv.Schema, searcher: tv.Searcher) -> None:
        self.schema = schema
        self.s = searcher

    def everything(self) -> tv.Query:
        return tv.Query.all_query()

    def nothing(self) -> tv.Query:
        return tv.Query.empty_query()

    def term(self, field: str, value: str, weight: float = 1.0) -> tv.Query:
        q = tv.Query.term_query(self.schema, "dnr_key" if field == "dnr" else field, value)
        return tv.Query.boost_query(q, weight) if weight != 1.0 else q

    def phrase(self, words: list[str], weight: float = 1.0) -> tv.Query:
        q = tv.Query.phrase_query(self.schema, "exact", words)
        return tv.Query.boost_query(q, weight) if weight != 1.0 else q

    def prefix(self, text: str) -> tv.Query:
        terms = [t for t, _ in self.s.terms_with_prefix("exact", text, limit=MAX_PREFIX_TERMS)]
        return self.any_of([self.term("exact", t) for t in terms])

    def all_of(self, must: list[tv.Query], must_not: list[tv.Query], should: list[tv.Query]) -> tv.Query:
        clauses = [(tv.Occur.Must, q) for q in must or [tv.Query.all_query()]]
        clauses += [(tv.Occur.MustNot, q) for q in must_not] + [(tv.Occur.Should, q) for q in should]
        return tv.Query.boolean_query(clauses)

    def any_of(self, options: list[tv.Query]) -> tv.Query:
        return tv.Query.boolean_query([(tv.Occur.Should, q) for q in options]) if options else self.nothing()


def make_schema() -> tv.Schema:
    """Build the tantivy schema: one document per paragraph."""
    sb = tv.SchemaBuilder()
    for name in ("id", "source"):
        sb.add_text_field(name, stored=True, tokenizer_name="raw", fast=True)
    sb.add_text_field("number", stored=True, tokenizer_name="raw")
    sb.add_integer_field("ordinal", stored=True, fast=True)
    for name in ("title", "text", "decision"):
        sb.add_text_field(name, stored=False, tokenizer_name=TERMS_TOKENIZER, index_option="freq")
        sb.add_text_field(SHOWN[name], stored=True, tokenizer_name=UNINDEXED, index_option="basic")
    sb.add_text_field("exact", stored=False, tokenizer_name=TERMS_TOKENIZER, index_option="position")
    sb.add_text_field("parts", stored=False, tokenizer_name=TERMS_TOKENIZER, index_option="freq")
    sb.add_text_field("context", stored=False, tokenizer_name=TERMS_TOKENIZER, index_option="freq")
    for name in ("year", "period", "body", "speaker", "topic", "date"):
        sb.add_text_field(name, stored=True, tokenizer_name="raw", fast=True)
    for name in ("body_f", "organisation_f", "speaker_f", "topic_f", "participant_f"):  # lowercase, for case-blind filters
        sb.add_text_field(name, stored=False, tokenizer_name="raw")
    # Date then document order; the "desc" key inverts the ordinal so newest-first keeps document order.
    sb.add_text_field("sortkey", stored=False, tokenizer_name="raw", fast=True)
    sb.add_text_field("sortkey_desc", stored=False, tokenizer_name="raw", fast=True)
    # When the paragraph entered the archive, then date and document order: "added" sorts on it, descending.
    sb.add_text_field("added", stored=True, tokenizer_name="raw", index_option="basic")
    sb.add_text_field("addedkey", stored=False, tokenizer_name="raw", fast=True)
    sb.add_integer_field("datenum", stored=False, fast=True, indexed=True)
    sb.add_text_field("organisation", stored=True, tokenizer_name="raw", fast=True)
    for name in ("dnr", "attachments"):
        sb.add_text_field(name, stored=True, tokenizer_name="raw", index_option="basic")
    sb.add_text_field("dnr_key", stored=False, tokenizer_name="raw", index_option="basic")
    # The appeal window as yyyymmdd numbers (0: unknown), and the last day stored for hits.
    sb.add_integer_field("appeal_from_num", stored=False, fast=True, indexed=True)
    sb.add_integer_field("appeal_until_num", stored=False, fast=True, indexed=True)
    sb.add_text_field("appeal_until", stored=True, tokenizer_name="raw", index_option="basic")
    # Year, mandatperiod, organisation and body in one value: one terms aggregation counts all four facets and the
    # organisation › body pairs (a nested aggregation per facet cost three times as much at 1,000,000 paragraphs).
    sb.add_text_field("facet_key", stored=False, tokenizer_name="raw", fast=True, index_option="basic")
    # A paragraph's topics as one value: counting single values is five times faster than a multi-valued field
    # (24 -> 5 ms over 400,000 matches), and an archive has a few hundred distinct topic sets.
    sb.add_text_field("topic_key", stored=False, tokenizer_name="raw", fast=True, index_option="basic")
    return sb.build()


def open_index(path: Path, create: bool = False) -> tv.Index:
    """Open (or create) the tantivy index in `path` with the terms tokenizer registered."""
    ix = tv.Index(make_schema(), path=str(path), reuse=not create) if create else tv.Index.open(str(path))
    ix.register_tokenizer(TERMS_TOKENIZER, tv.TextAnalyzerBuilder(tv.Tokenizer.whitespace()).build())
    ix.register_tokenizer(UNINDEXED, tv.TextAnalyzerBuilder(tv.Tokenizer.raw()).filter(tv.Filter.remove_long(1)).build())
    return ix


def prepare(docs: list[IndexDoc]) -> list[IndexDoc]:
    """Analyse a protocol's paragraphs into their index terms (runs in the parse workers: analysis is the costly part)."""
    for doc in docs:
        doc.terms = doc_terms(doc)
    return docs


def to_document(doc: IndexDoc) -> tv.Document:
    """Turn an IndexDoc into a tantivy Document."""
    d = tv.Document()
    d.add_text("id", doc.id)
    d.add_text("source", doc.source)
    d.add_text("number", doc.number)
    d.add_integer("ordinal", doc.ordinal)
    for name, value in (doc.terms or doc_terms(doc)).items():
        d.add_text(name, value)
    for name, shown in SHOWN.items():
        d.add_text(shown, getattr(doc, name))
    if doc.year:
        d.add_text("year", doc.year)
    if doc.date:
        d.add_text("date", doc.date)
    if doc.body:
        d.add_text("body", doc.body)
        d.add_text("body_f", doc.body.lower())
    for s in doc.speakers:
        d.add_text("speaker", s)
        d.add_text("speaker_f", s.lower())
    for t in doc.topics:
        d.add_text("topic", t)
        d.add_text("topic_f", t.lower())
    for p in doc.participants:
        d.add_text("participant_f", p.lower())
    d.add_text("topic_key", KEY_SEPARATOR.join(t.replace(KEY_SEPARATOR, " ") for t in sorted(doc.topics)))
    d.add_text("facet_key", KEY_SEPARATOR.join(v.replace(KEY_SEPARATOR, " ") for v in (doc.year, doc.period, doc.organisation, doc.body)))
    d.add_text("sortkey", f"{doc.date or '0000-00-00'}#{doc.ordinal:06d}")
    d.add_text("sortkey_desc", f"{doc.date or '0000-00-00'}#{999999 - doc.ordinal:06d}")
    if doc.added:
        d.add_text("added", doc.added)
    d.add_text("addedkey", f"{doc.added or '0'}|{doc.date or '0000-00-00'}#{999999 - doc.ordinal:06d}")
    d.add_integer("datenum", int(doc.date.replace("-", "")) if doc.date else 0)
    for name in ("organisation", "dnr"):
        if getattr(doc, name):
            d.add_text(name, getattr(doc, name))
    if doc.organisation:
        d.add_text("organisation_f", doc.organisation.lower())
    if doc.period:
        d.add_text("period", doc.period)
    if doc.dnr:
        for k in dnr.keys(doc.dnr):
            d.add_text("dnr_key", k)
    d.add_integer("appeal_from_num", int(doc.appeal_from.replace("-", "")) if doc.appeal_from else 0)
    d.add_integer("appeal_until_num", int(doc.appeal_until.replace("-", "")) if doc.appeal_until else 0)
    if doc.appeal_until:
        d.add_text("appeal_until", doc.appeal_until)
    for a in doc.attachments:
        d.add_text("attachments", a)
    return d


def from_stored(raw: dict[str, list[Any]]) -> dict[str, Any]:
    """Turn a stored tantivy document (every field a list) into the stored-paragraph shape."""
    out: dict[str, Any] = {k: (v if k in STORED_LISTS else (v[0] if v else None)) for k, v in raw.items()}
    for name, shown in SHOWN.items():
        out[name] = out.pop(shown, None)
    return stored_paragraph({**out, "speakers": raw.get("speaker", []), "topics": raw.get("topic", [])})


class TantivyWriter:
    """The build's writer for one generation."""

    def __init__(self, gen: Path, create: bool) -> None:
        path = gen / "tantivy"
        if create:
            shutil.rmtree(path, ignore_errors=True)
            path.mkdir(parents=True)
        self.ix = open_index(path, create)
        self.w = self.ix.writer(heap_size=WRITER_HEAP, num_threads=WRITER_THREADS)

    def delete_source(self, source: str) -> None:
        """Delete every paragraph of a protocol."""
        self.w.delete_documents_by_term("source", source)

    def add(self, doc: IndexDoc) -> None:
        """Add one paragraph."""
        self.w.add_document(to_document(doc))

    def commit(self, optimize: bool = False) -> None:
        """Make the changes visible to new searchers."""
        self.w.commit()
        self.w.wait_merging_threads()

    def cancel(self) -> None:
        """Drop the uncommitted changes."""
        self.w.rollback()


def open_writer(gen: Path, create: bool) -> TantivyWriter:
    """Open a writer on a generation folder (creating the index when `create`)."""
    return TantivyWriter(gen, create)


def open_engine(root: Path, gen: Path) -> "TantivyEngine":
    """Open a generation for searching."""
    return TantivyEngine(root, gen)


class TantivyEngine(GenerationEngine):
    """An opened index generation; `searcher()` gives a per-request searcher."""

    def __init__(self, root: Path, gen: Path) -> None:
        super().__init__(root, gen)
        self.ix = open_index(gen / "tantivy")
        self.schema = self.ix.schema
        self._manifest_mtime = (gen / "manifest.json").stat().st_mtime

    def is_stale(self) -> bool:
        """Tell whether another generation is current or this one was updated."""
        try:
            return current_dir(self.path) != self.gen or (self.gen / "manifest.json").stat().st_mtime != self._manifest_mtime
        except OSError:
            return True

    def searcher(self) -> "TantivySearcher":
        """Open a searcher on the latest commit."""
        self.ix.reload()
        return TantivySearcher(self, self.ix.searcher())


class TantivySearcher:
    """One searcher over one commit; use as a context manager or call close()."""

    concurrent = True  # tantivy releases the GIL while it searches: a search's matches and counts run side by side

    def __init__(self, engine: TantivyEngine, searcher: tv.Searcher) -> None:
        self.engine = engine
        self.schema = engine.schema
        self.s = searcher

    def __enter__(self) -> "TantivySearcher":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        """Nothing to release: tantivy searchers are reference-counted."""

    # --- query compilation: the shared compiler with tantivy's blocks ---------------------------------

    def _term(self, field: str, value: str, boost: float = 1.0) -> tv.Query:
        q = tv.Query.term_query(self.schema, field, value)
        return tv.Query.boost_query(q, boost) if boost != 1.0 else q

    def _bool(self, clauses: list[tuple[tv.Occur, tv.Query]]) -> tv.Query:
        return tv.Query.boolean_query(clauses)

    def compile(self, node: Node | None) -> tv.Query:
        """Compile a query tree into a tantivy query."""
        return compile_query(node, _Blocks(self.schema, self.s))

    def _filter(self, filters: Filters) -> list[tuple[tv.Occur, tv.Query]]:
        """Filters as non-scoring clauses."""
        out: list[tuple[tv.Occur, tv.Query]] = []

        def any_of(field: str, values: list[str]) -> None:
            if values:
                q = self._bool([(tv.Occur.Should, self._term(field, v)) for v in values])
                out.append((tv.Occur.Must, tv.Query.const_score_query(q, 0.0)))

        any_of("year", [str(y) for y in filters.years])
        plain, pairs = filters.body_terms()
        bodies = [(tv.Occur.Should, self._term("body_f", b)) for b in plain]
        bodies += [(tv.Occur.Should, self._bool([(tv.Occur.Must, self._term("body_f", b)), (tv.Occur.Must, self._term("organisation_f", o))]))
                   for b, o in pairs]
        if bodies:
            out.append((tv.Occur.Must, tv.Query.const_score_query(self._bool(bodies), 0.0)))
        any_of("organisation_f", [o.lower() for o in filters.organisations])
        any_of("period", list(filters.periods))
        any_of("speaker_f", [s.lower() for s in filters.speakers])
        any_of("topic_f", [t.lower() for t in filters.topics])
        any_of("source", filters.sources)
        for topic in filters.must_topics:
            any_of("topic_f", [topic.lower()])
        for topic in filters.not_topics:
            out.append((tv.Occur.MustNot, self._term("topic_f", topic.lower())))
        lo, hi = filters.date_bounds()
        if lo or hi:
            rq = tv.Query.range_query(self.schema, "datenum", tv.FieldType.Integer,
                                      int(lo.replace("-", "")) if lo else None, int(hi.replace("-", "")) if hi else None)
            out.append((tv.Occur.Must, tv.Query.const_score_query(rq, 0.0)))
        if filters.appealable_on:  # anslag posted on or before the day, last day to appeal on or after it
            day = int(filters.appealable_on.replace("-", ""))
            for field, lo, hi in (("appeal_from_num", 1, day), ("appeal_until_num", day, None)):
                rq = tv.Query.range_query(self.schema, field, tv.FieldType.Integer, lo, hi)
                out.append((tv.Occur.Must, tv.Query.const_score_query(rq, 0.0)))
        return out

    def _final(self, node: Node | None, filters: Filters) -> tv.Query:
        q = self.compile(node)
        clauses = self._filter(filters)
        return self._bool([(tv.Occur.Must, q)] + clauses) if clauses else q

    # --- searching ---------------------------------------------------------------------------------

    def match(self, node: Node | None, filters: Filters, sort: str = "relevance", limit: int = MAX_MATCHES) -> list[Match]:
        """Return the first `limit` matches (ranked, or by date), with stored fields."""
        q = self._final(node, filters)
        limit = max(1, min(limit, MAX_MATCHES))
        if sort in ("newest", "oldest", "added") or node is None:
            if sort == "added":
                res = self.s.search(q, limit, count=False, order_by_field="addedkey", order=tv.Order.Desc)
            elif sort == "oldest":
                res = self.s.search(q, limit, count=False, order_by_field="sortkey", order=tv.Order.Asc)
            else:
                res = self.s.search(q, limit, count=False, order_by_field="sortkey_desc", order=tv.Order.Desc)
            docs = [(a, self.s.doc(a).to_dict()) for _, a in res.hits]
            return [Match(d["id"][0], 0.0, from_stored(d)) for a, d in docs]
        res = self.s.search(q, limit, count=False)
        out = []
        for score, addr in res.hits:
            d = self.s.doc(addr).to_dict()
            out.append(Match(d["id"][0], float(score), from_stored(d)))
        return out

    def load(self, matches: list[Match]) -> None:
        """Stored fields arrive with the matches: nothing to load."""

    def facet_counts(self, node: Node | None, filters: Filters) -> tuple[int, dict[str, Counter]]:
        """Count matching paragraphs and their year/body/speaker/topic values (terms aggregations)."""
        q = self._final(node, filters)
        # One pass over the matches: the combined year/period/organisation/body key, speakers and topics. Every
        # paragraph has one key, so the key counts add up to the total.
        aggs = {"key": {"terms": {"field": "facet_key", "size": MAX_FACET_KEYS}},
                "speaker": {"terms": {"field": "speaker", "size": 100_000}},
                "topics": {"terms": {"field": "topic_key", "size": MAX_FACET_KEYS}}}
        result = self.s.aggregate(q, aggs)
        counts = {name: Counter() for name in (*FACETS, ORGAN_PAIRS)}
        total = 0
        for bucket in result.get("key", {}).get("buckets", []):
            year, period, organisation, body = bucket["key"].split(KEY_SEPARATOR)
            n = bucket["doc_count"]
            total += n
            for name, value in (("year", year), ("period", period), ("organisation", organisation), ("body", body)):
                if value:
                    counts[name][value] += n
            if organisation and body:
                counts[ORGAN_PAIRS][organ_label(body, organisation)] += n
        for bucket in result.get("speaker", {}).get("buckets", []):
            counts["speaker"][bucket["key"]] = bucket["doc_count"]
        for bucket in result.get("topics", {}).get("buckets", []):
            for topic in bucket["key"].split(KEY_SEPARATOR) if bucket["key"] else ():
                counts["topic"][topic] += bucket["doc_count"]
        return total, counts

    def count_matches(self, node: Node | None, filters: Filters) -> int:
        """Count matching paragraphs (no facet values)."""
        return self.s.search(self._final(node, filters), 1, count=True).count

    def all_values(self, facet: str) -> Counter:
        """Count every value of a facet (or 'date') over the whole index."""
        field = FACET_FIELDS.get(facet, facet)
        result = self.s.aggregate(tv.Query.all_query(), {"v": {"terms": {"field": field, "size": 1_000_000}}})
        return Counter({b["key"]: b["doc_count"] for b in result.get("v", {}).get("buckets", [])})

    def count(self) -> int:
        """Return the number of paragraphs."""
        return self.s.num_docs

    def get(self, doc_id: str) -> dict[str, Any] | None:
        """Return one paragraph's stored fields, or None."""
        res = self.s.search(self._term("id", doc_id), 1, count=False)
        return from_stored(self.s.doc(res.hits[0][1]).to_dict()) if res.hits else None

    def paragraphs_of(self, source: str) -> list[dict[str, Any]]:
        """Return every paragraph of a protocol in document order."""
        res = self.s.search(self._term("source", source), 100_000, count=False)
        docs = [from_stored(self.s.doc(a).to_dict()) for _, a in res.hits]
        return sorted(docs, key=lambda d: d.get("ordinal") or 0)

    def more_like(self, doc_id: str, limit: int = 5) -> list[Match]:
        """Return paragraphs similar to `doc_id`: its most distinctive stems, searched in title and text."""
        doc = self.get(doc_id)
        if doc is None:
            return []
        tf = Counter(t.stem for t in analysis.analyze((doc["title"] + "\n") * 3 + doc["text"]) if len(t.stem) > 2 and not t.lower.isdigit())
        n = max(1, self.s.num_docs)
        scored = sorted(((c * math.log(n / (1 + self.s.doc_freq("text", s))), s) for s, c in tf.items()), reverse=True)[:25]
        if not scored:
            return []
        q = self._bool([(tv.Occur.Should, self._term("text", s, max(0.1, w))) for w, s in scored]
                       + [(tv.Occur.MustNot, self._term("id", doc_id))])
        res = self.s.search(q, limit, count=False)
        return [Match(d["id"][0], float(sc), from_stored(d.to_dict())) for sc, a in res.hits for d in [self.s.doc(a)]]

    def word_frequency(self, word: str) -> int:
        """Return how many paragraphs hold a query word in any form (see Searcher)."""
        return word_frequency(word, self.s.doc_freq)

    def similar_words(self, word: str) -> list[str]:
        """Return indexed words close to `word` (accents restored, then edit distance 1–2), most common first."""
        folded = fold(word)
        candidates: dict[str, int] = {}
        for term, df in self.s.terms_with_prefix("exact", word[:2], limit=5000):
            if term != word and abs(len(term) - len(word)) <= 2 and edit_distance(term, word, 2) <= 2:
                candidates[term] = df
        for term in fold_candidates(lambda w: self.s.doc_freq("exact", w), word):
            candidates[term] = self.s.doc_freq("exact", term)
        return sorted(candidates, key=lambda t: (-(fold(t) == folded), -candidates[t], t))

