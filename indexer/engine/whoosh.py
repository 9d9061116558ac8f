"""The embedded Whoosh engine: schema, analyzers, writer and searcher.

Inputs: `IndexDoc`s to write (from build), query trees and `Filters` to search (from search).
Outputs: ranked `Match`es with stored fields and facet counts. An index directory holds generations
(`gen-N/`) and a `current` symlink that build switches atomically; readers always open `current`.
Each generation holds the Whoosh segment files, `manifest.json` and `protocols/` (protocol metadata).
"""
from __future__ import annotations

import threading
from collections import Counter
from pathlib import Path
from typing import Any, Iterable

from whoosh import columns, fields, index, query as wq, scoring, sorting
from whoosh.analysis import Composable, Token as WToken

from .. import analysis, dnr
from ..query import Node
from ..model import Filters
from . import (FACETS, MAX_MATCHES, ORGAN_PAIRS, organ_label, GenerationEngine, IndexDoc, Match, current_dir, fold, fold_candidates,
               stored_paragraph, word_frequency)
from .compiler import FIELD_WEIGHTS, MAX_PREFIX_TERMS, compile_query

# The stemmed fields' weights live in the schema (field_boost); the exact field's is given per query.
SCHEMA_WEIGHTS = {f: w for f, w in FIELD_WEIGHTS.items() if f != "exact"}


class SwedishAnalyzer(Composable):
    """Whoosh analyzer over analysis.analyze; `kind` is 'stem', 'exact' or 'parts'."""

    def __init__(self, kind: str = "stem") -> None:
        self.kind = kind

    def __eq__(self, other: object) -> bool:
        return isinstance(other, SwedishAnalyzer) and other.kind == self.kind

    def __call__(self, value, positions=False, chars=False, keeporiginal=False, removestops=True,
                 start_pos=0, start_char=0, mode="", **kwargs):
        t = WToken(positions, chars, removestops=removestops, mode=mode, **kwargs)
        exact = self.kind == "exact"
        # The same text feeds several fields (stem, exact, parts): analyze it once.
        for tok in analysis.analyze_all(value):
            if not exact and tok.lower in analysis.STOPWORDS:
                continue
            terms = [tok.lower] if exact else list(tok.parts) if self.kind == "parts" else [tok.stem]
            for text in terms:
                t.text = text
                t.boost = 1.0
                t.stopped = False
                if keeporiginal:
                    t.original = tok.text
                if positions:
                    t.pos = start_pos + tok.pos
                if chars:
                    t.startchar, t.endchar = start_char + tok.start, start_char + tok.end
                yield t


class _Blocks:
    """Whoosh's building blocks for the shared query compiler (engine/compiler.py)."""

    def __init__(self, reader) -> None:
        self.reader = reader

    def everything(self) -> wq.Query:
        return wq.Every()

    def nothing(self) -> wq.Query:
        return wq.NullQuery

    def term(self, field: str, value: str, weight: float = 1.0) -> wq.Query:
        # The schema carries the field weights (field_boost): the query adds only what they do not.
        boost = weight / SCHEMA_WEIGHTS.get(field, 1.0)
        return wq.Term("dnr_key" if field == "dnr" else field, value, boost=boost)

    def phrase(self, words: list[str], weight: float = 1.0) -> wq.Query:
        return wq.Phrase("exact", words, boost=weight)

    def prefix(self, text: str) -> wq.Query:
        terms = []
        for term in self.reader.expand_prefix("exact", text):
            terms.append(term.decode("utf-8") if isinstance(term, bytes) else term)
            if len(terms) >= MAX_PREFIX_TERMS * 4:
                break
        # Bound the expansion: keep the most frequent words with this prefix.
        terms.sort(key=lambda t: -self.reader.doc_frequency("exact", t))
        return self.any_of([wq.Term("exact", t) for t in terms[:MAX_PREFIX_TERMS]])

    def all_of(self, must: list[wq.Query], must_not: list[wq.Query], should: list[wq.Query]) -> wq.Query:
        # Whoosh's AndNot misses the first candidate document; And(…, Not(…)) is correct.
        q = wq.And((must or [wq.Every()]) + [wq.Not(n) for n in must_not])
        return wq.AndMaybe(q, wq.Or(should)) if should else q

    def any_of(self, options: list[wq.Query]) -> wq.Query:
        return wq.Or(options) if options else wq.NullQuery


def make_schema() -> fields.Schema:
    """Build the Whoosh schema: one document per paragraph."""
    stem, exact, parts = SwedishAnalyzer("stem"), SwedishAnalyzer("exact"), SwedishAnalyzer("parts")
    keyword = dict(stored=True, commas=True, lowercase=True, scorable=False)
    return fields.Schema(
        id=fields.ID(stored=True, unique=True),
        source=fields.ID(stored=True),
        number=fields.STORED(),
        ordinal=fields.NUMERIC(stored=True, sortable=True),
        # Phrases are answered from `exact`; the stemmed fields need no positions (much cheaper to write).
        title=fields.TEXT(analyzer=stem, stored=True, phrase=False, field_boost=SCHEMA_WEIGHTS["title"]),
        text=fields.TEXT(analyzer=stem, stored=True, phrase=False),
        decision=fields.TEXT(analyzer=stem, stored=True, phrase=False, field_boost=SCHEMA_WEIGHTS["decision"]),
        exact=fields.TEXT(analyzer=exact, phrase=True),
        parts=fields.TEXT(analyzer=parts, phrase=False, field_boost=SCHEMA_WEIGHTS["parts"]),
        context=fields.TEXT(analyzer=stem, phrase=False, field_boost=SCHEMA_WEIGHTS["context"]),
        date=fields.ID(stored=True, sortable=True),
        added=fields.ID(stored=True, sortable=True),
        year=fields.ID(stored=True),
        body=fields.KEYWORD(**keyword),
        organisation=fields.KEYWORD(**keyword),
        period=fields.KEYWORD(**keyword),
        speaker=fields.KEYWORD(**keyword),
        topic=fields.KEYWORD(**keyword),
        dnr=fields.ID(stored=True),
        dnr_key=fields.KEYWORD(commas=True),  # one key per dnr on the heading
        appeal_from=fields.ID(),
        appeal_until=fields.ID(stored=True),
        attachments=fields.STORED(),
        participant=fields.KEYWORD(commas=True, lowercase=True, scorable=False),
        # Per-document (id, year, body, speakers, topics, organisation, period), read as a column for facet counts and ranking
        # without unpickling the stored text.
        facets=fields.COLUMN(columns.PickleColumn(columns.CompressedBytesColumn())),
    )


def _keyword(values: Iterable[str]) -> str:
    return ",".join(v.replace(",", " ") for v in values if v)


def to_whoosh(doc: IndexDoc) -> dict[str, Any]:
    """Turn an IndexDoc into Whoosh field values."""
    return dict(
        id=doc.id, source=doc.source, number=doc.number, ordinal=doc.ordinal, title=doc.title,
        text=doc.text, decision=doc.decision, exact="\n".join((doc.title, doc.text, doc.decision)),
        parts="\n".join((doc.title, doc.text, doc.decision)), context=doc.context, date=doc.date,
        year=doc.year, body=_keyword([doc.body]), organisation=_keyword([doc.organisation]), period=_keyword([doc.period]),
        speaker=_keyword(doc.speakers), topic=_keyword(doc.topics), dnr=doc.dnr, dnr_key=_keyword(dnr.keys(doc.dnr)), appeal_from=doc.appeal_from, appeal_until=doc.appeal_until,
        attachments=doc.attachments, participant=_keyword(doc.participants), added=doc.added,
        facets=(doc.id, doc.year, doc.body, tuple(doc.speakers), tuple(doc.topics), doc.organisation, doc.period),
    )


def _split(stored: str | None) -> list[str]:
    return [v for v in (stored or "").split(",") if v]


def from_stored(stored: dict[str, Any]) -> dict[str, Any]:
    """Turn stored Whoosh fields into the stored-paragraph shape (comma-joined keywords as lists)."""
    return stored_paragraph({**stored, "speakers": _split(stored.get("speaker")), "topics": _split(stored.get("topic"))})


class _LazyFields(dict):
    """A match's fields: the facet values at once, the stored fields read from disk on first use of another key.

    Whoosh reads stored fields document by document, so only the matches a caller looks at are read.
    """

    def __init__(self, initial: dict[str, Any], load) -> None:
        super().__init__(initial)
        self._load = load

    def _fill(self) -> None:
        if self._load is not None:
            load, self._load = self._load, None
            self.update(load())

    def __missing__(self, key: str) -> Any:
        self._fill()
        if dict.__contains__(self, key):
            return dict.__getitem__(self, key)
        raise KeyError(key)

    def get(self, key: str, default: Any = None) -> Any:
        if not dict.__contains__(self, key):
            self._fill()
        return dict.get(self, key, default)

    def __contains__(self, key: object) -> bool:
        if not dict.__contains__(self, key):
            self._fill()
        return dict.__contains__(self, key)

    def __iter__(self):
        self._fill()
        return dict.__iter__(self)

    def __len__(self) -> int:
        self._fill()
        return dict.__len__(self)

    def keys(self):
        self._fill()
        return dict.keys(self)

    def items(self):
        self._fill()
        return dict.items(self)

    def values(self):
        self._fill()
        return dict.values(self)


# --- writing -------------------------------------------------------------------------------------


class WhooshWriter:
    """The build's writer for one generation; commits only when asked."""

    def __init__(self, gen: Path, create: bool) -> None:
        ix = index.create_in(str(gen), make_schema()) if create else index.open_dir(str(gen))
        self.w = ix.writer(timeout=60.0)

    def delete_source(self, source: str) -> None:
        """Delete every paragraph of a protocol."""
        self.w.delete_by_term("source", source)

    def add(self, doc: IndexDoc) -> None:
        """Add one paragraph."""
        self.w.add_document(**to_whoosh(doc))

    def commit(self, optimize: bool = False) -> None:
        """Make the changes visible to new searchers."""
        self.w.commit(optimize=optimize)

    def cancel(self) -> None:
        """Drop the uncommitted changes."""
        self.w.cancel()


def open_writer(gen: Path, create: bool) -> WhooshWriter:
    """Open a writer on a generation folder (creating the index when `create`)."""
    return WhooshWriter(gen, create)


def open_engine(root: Path, gen: Path) -> "WhooshEngine":
    """Open a generation for searching."""
    return WhooshEngine(root, gen)


class WhooshEngine(GenerationEngine):
    """An opened index generation; `searcher()` gives a per-request searcher."""

    _facet_cache: dict[tuple[str, int], list[tuple[str, str, str, tuple[str, ...], tuple[str, ...]]]] = {}
    _lock = threading.Lock()

    def __init__(self, root: Path, gen: Path) -> None:
        super().__init__(root, gen)
        self.ix = index.open_dir(str(gen))
        self.generation = self.ix.latest_generation()

    def is_stale(self) -> bool:
        """Tell whether a newer generation or commit exists than the one opened."""
        if current_dir(self.path) != self.gen:
            return True
        try:
            return self.ix.latest_generation() != self.generation
        except OSError:  # the generation is being removed: reopen
            return True

    def searcher(self) -> "WhooshSearcher":
        """Open a searcher on the latest commit of this generation."""
        return WhooshSearcher(self, self.ix.searcher(weighting=scoring.BM25F(B=0.75, K1=1.2)))


class WhooshSearcher:
    """One searcher over one commit; use as a context manager or call close()."""

    def __init__(self, engine: WhooshEngine, searcher) -> None:
        self.engine = engine
        self.s = searcher
        self._doc_sets: dict[str, set[int]] = {}

    def __enter__(self) -> "WhooshSearcher":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        """Release the searcher's files."""
        self.s.close()

    # --- query compilation: the shared compiler with Whoosh's blocks ----------------------------------

    def compile(self, node: Node | None) -> wq.Query:
        """Compile a query tree into a Whoosh query."""
        return compile_query(node, _Blocks(self.s.reader()))

    def filter_query(self, filters: Filters) -> wq.Query | None:
        """Compile filters into a Whoosh filter query (None when unfiltered)."""
        parts: list[wq.Query] = []

        def any_of(field: str, values: list[str]) -> None:
            if values:
                parts.append(wq.Or([wq.Term(field, v.lower().replace(",", " ").strip()) for v in values]))

        any_of("year", [str(y) for y in filters.years])
        plain, pairs = filters.body_terms()
        bodies = [wq.Term("body", b.replace(",", " ")) for b in plain]
        bodies += [wq.And([wq.Term("body", b.replace(",", " ")), wq.Term("organisation", o.replace(",", " "))]) for b, o in pairs]
        if bodies:
            parts.append(wq.Or(bodies))
        any_of("organisation", filters.organisations)
        any_of("period", filters.periods)
        any_of("speaker", filters.speakers)
        any_of("topic", filters.topics)
        if filters.sources:
            parts.append(wq.Or([wq.Term("source", s) for s in filters.sources]))
        lo, hi = filters.date_bounds()
        if lo or hi:
            parts.append(wq.TermRange("date", lo or "0000", hi or "9999", startexcl=False, endexcl=False))
        if filters.appealable_on:  # anslag posted on or before the day, last day to appeal on or after it
            day = filters.appealable_on
            parts.append(wq.And([wq.TermRange("appeal_from", "1000-01-01", day), wq.TermRange("appeal_until", day, "9999-12-31")]))
        if not parts:
            return None
        return wq.And(parts) if len(parts) > 1 else parts[0]

    # --- searching ---------------------------------------------------------------------------------

    def _docs(self, q: wq.Query) -> set[int]:
        """Return the document numbers matching `q`, computed once per searcher."""
        key = repr(q)
        docs = self._doc_sets.get(key)
        if docs is None:
            docs = self._doc_sets[key] = set(self.s.docs_for_query(q))
        return docs

    def _allowed(self, filters: Filters) -> tuple[set[int] | None, set[int] | None]:
        """Return (documents allowed, documents masked) for the filters, as docnum sets."""
        allow = None
        fq = self.filter_query(filters)
        if fq is not None:
            allow = self._docs(fq)
        for topic in filters.must_topics:
            docs = self._docs(wq.Term("topic", topic.lower()))
            allow = docs if allow is None else allow & docs
        deny = None
        if filters.not_topics:
            deny = self._docs(wq.Or([wq.Term("topic", t.lower()) for t in filters.not_topics]))
        return allow, deny

    def match(self, node: Node | None, filters: Filters, sort: str = "relevance", limit: int = MAX_MATCHES) -> list[Match]:
        """Return the first `limit` matches (ranked, or by date); fields hold only facet values until `load`."""
        q = self.compile(node)
        # Filters and masks are docnum sets: far cheaper than And/Not matchers over the whole index.
        allow, deny = self._allowed(filters)
        if allow is not None and not allow:
            return []  # Whoosh reads an empty filter set as "no filter"
        limit = max(1, min(limit, MAX_MATCHES))
        kwargs: dict[str, Any] = {"limit": limit, "filter": allow, "mask": deny}
        by_date = sort in ("newest", "oldest", "added") or node is None
        if sort == "added":
            # Newest in the archive first; within one run by meeting date, and within a protocol in document order.
            kwargs["sortedby"] = [sorting.FieldFacet("added", reverse=True), sorting.FieldFacet("date", reverse=True),
                                  sorting.FieldFacet("ordinal")]
        elif by_date:
            # By date, and within a protocol in document order.
            kwargs["sortedby"] = [sorting.FieldFacet("date", reverse=sort != "oldest"), sorting.FieldFacet("ordinal")]
        results = self.s.search(q, terms=False, **kwargs)
        table = self._facet_table()
        matches = []
        for score, docnum in results.top_n:
            doc_id, year, body, speakers, topics, _, _ = table[docnum]
            # With sortedby, Whoosh's "score" is the sort key: only relevance scores are meaningful.
            value = float(score) if not by_date and isinstance(score, (int, float)) else 0.0
            matches.append(Match(doc_id, value, _LazyFields({"id": doc_id, "topics": list(topics)}, self._loader(docnum))))
        return matches

    def _loader(self, docnum: int):
        return lambda: from_stored(self.s.stored_fields(docnum))

    def facet_counts(self, node: Node | None, filters: Filters) -> tuple[int, dict[str, Counter]]:
        """Count matching paragraphs and their year/body/speaker/topic values."""
        docs = self._docs(self.compile(node))
        allow, deny = self._allowed(filters)
        if allow is not None:
            docs = docs & allow
        if deny:
            docs = docs - deny
        table = self._facet_table()
        counts = {name: Counter() for name in (*FACETS, ORGAN_PAIRS)}
        for docnum in docs:
            _, year, body, speakers, topics, organisation, period = table[docnum]
            if year:
                counts["year"][year] += 1
            if period:
                counts["period"][period] += 1
            if organisation:
                counts["organisation"][organisation] += 1
            if body:
                counts["body"][body] += 1
                if organisation:
                    counts[ORGAN_PAIRS][organ_label(body, organisation)] += 1
            counts["speaker"].update(speakers)
            counts["topic"].update(topics)
        return len(docs), counts

    def count_matches(self, node: Node | None, filters: Filters) -> int:
        """Count matching paragraphs (no facet values)."""
        docs = self._docs(self.compile(node))
        allow, deny = self._allowed(filters)
        if allow is not None:
            docs = docs & allow
        return len(docs - deny) if deny else len(docs)

    def _facet_table(self) -> list[tuple[str, str, str, tuple[str, ...], tuple[str, ...]]]:
        # Facet values by document number, read once per commit from a column and shared by all searchers.
        key = (str(self.engine.gen), self.engine.ix.latest_generation())
        table = WhooshEngine._facet_cache.get(key)
        if table is None or len(table) != self.s.doc_count_all():
            reader = self.s.reader()
            table = list(reader.column_reader("facets"))
            with WhooshEngine._lock:
                WhooshEngine._facet_cache = {k: v for k, v in WhooshEngine._facet_cache.items() if k[0] != key[0]}
                WhooshEngine._facet_cache[key] = table
        return table

    def count(self) -> int:
        """Return the number of paragraphs."""
        return self.s.doc_count()

    def all_values(self, facet: str) -> Counter:
        """Count every stored value of a facet over the whole index."""
        if facet == "date":
            return Counter(stored.get("date", "") for _, stored in self.s.reader().iter_docs())
        idx = {"year": 1, "body": 2, "speaker": 3, "topic": 4, "organisation": 5, "period": 6}[facet]
        counts: Counter = Counter()
        reader = self.s.reader()
        deleted = reader.is_deleted if reader.has_deletions() else None
        for docnum, row in enumerate(self._facet_table()):
            if deleted is not None and deleted(docnum):  # a replaced or removed file's old paragraphs
                continue
            value = row[idx]
            if isinstance(value, tuple):
                counts.update(value)
            elif value:
                counts[value] += 1
        return counts

    def get(self, doc_id: str) -> dict[str, Any] | None:
        """Return one paragraph's stored fields, or None."""
        stored = self.s.document(id=doc_id)
        return from_stored(stored) if stored else None

    def paragraphs_of(self, source: str) -> list[dict[str, Any]]:
        """Return every paragraph of a protocol in document order."""
        docs = [from_stored(d) for d in self.s.documents(source=source)]
        return sorted(docs, key=lambda d: d.get("ordinal", 0))

    def more_like(self, doc_id: str, limit: int = 5) -> list[Match]:
        """Return paragraphs similar to `doc_id` (by its title and text)."""
        docnum = self.s.document_number(id=doc_id)
        if docnum is None:
            return []
        stored = self.s.stored_fields(docnum)
        text = "\n".join([stored.get("title", "")] * 3 + [stored.get("text", "")])
        results = self.s.more_like(docnum, "text", text=text, top=limit + 1, numterms=25)
        out = [Match(h["id"], float(h.score or 0), from_stored(h.fields())) for h in results if h["id"] != doc_id]
        return out[:limit]

    def word_frequency(self, word: str) -> int:
        """Return how many paragraphs hold a query word in any form (see Searcher)."""
        return word_frequency(word, self.s.doc_frequency)

    def similar_words(self, word: str) -> list[str]:
        """Return indexed words close to `word` (accents restored, then edit distance 1–2), most common first."""
        reader = self.s.reader()
        folded = fold(word)
        candidates: set[str] = set()
        for maxdist in (1, 2):
            for term in reader.terms_within("exact", word, maxdist, prefix=1):
                candidates.add(term)
            if candidates:
                break
        # ASCII-typed words ("socialnamnden"): look for indexed words that fold to the same letters.
        for term in fold_candidates(lambda w: reader.doc_frequency("exact", w), word):
            if fold(term) == folded:
                candidates.add(term)
        candidates.discard(word)
        return sorted(candidates, key=lambda t: (-(fold(t) == folded), -reader.doc_frequency("exact", t), t))
