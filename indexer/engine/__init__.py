"""The engine interface: what build and search need from an index, whatever stores it.

Inputs: `IndexDoc`s from build; `Query` trees (see query.py) and `Filters` from search.
Outputs: ranked `Match`es with stored fields, facet counts, term statistics for suggestions.
tantivy (engine/tantivy.py) is the embedded default and Whoosh (engine/whoosh.py) the pure-Python one: both
live in an index folder of generations (`GenerationEngine`). PostgreSQL (engine/postgres.py) lives on a server,
addressed by a DSN (`open_engine(dsn=…)`), and is written through its own store instead of a generation writer.
"""
from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol as TypingProtocol

from .. import analysis, config
from ..generations import current_dir, protocol_path, read_files, read_manifest
from ..model import ORGAN_SEPARATOR, Filters

SCHEMA_VERSION = 15  # 6: dnr_key; 7: the appeal window; 8: organisation and 9: mandatperiod facets (embedded engines); 10: two-level topics;
# 11: permalink ids and the time each paragraph entered the archive; 12: tantivy's text fields as analysed terms;
# 13: tantivy's combined facet key; 14: and topic key; 15: a key per dnr when a heading names several
FACETS = ("year", "period", "organisation", "body", "speaker", "topic")
# The engines count a body named with its organisation (model.ORGAN_SEPARATOR) under ORGAN_PAIRS beside the facets.
ORGAN_PAIRS = "organ"
# The most matches one `match` call returns (a search page, an export, a feed): a deeper page is not ranked.
MAX_MATCHES = 5000
# The orders a search can take: by relevance, by meeting date, or newest in the archive first (feeds, alerts).
SORTS = ("relevance", "newest", "oldest", "added")


def organ_label(body: str, organisation: str | None) -> str:
    """Return a body's facet value qualified by its organisation ("Socialnämnden — Östra Lunde kommun")."""
    return f"{body}{ORGAN_SEPARATOR}{organisation}" if organisation else body


@dataclass
class IndexDoc:
    id: str
    source: str
    number: str
    ordinal: int
    title: str
    text: str
    decision: str
    date: str
    year: str
    body: str
    organisation: str
    context: str
    speakers: list[str]
    topics: list[str]
    dnr: str
    attachments: list[str]
    participants: list[str]
    # The appeal window of the protocol: the anslag's first day and the last day to appeal (ISO; "" unknown).
    appeal_from: str = ""
    appeal_until: str = ""
    period: str = ""  # the mandatperiod ("2023–2026"), see indexer/mandate.py
    added: str = ""  # when the paragraph entered the archive (UTC ISO 8601), see indexer/identity.py
    terms: dict[str, str] | None = None  # the analysed fields, when a parse worker prepared them (doc_terms)


def doc_terms(doc: IndexDoc) -> dict[str, str]:
    """Return a paragraph's index terms per field, each a space-separated string in text order.

    title, text, decision and context: stems without stopwords; exact: every word of title, text and decision in
    sequence (phrases); parts: their compound parts.
    """
    texts = [analysis.terms(t) for t in (doc.title, doc.text, doc.decision)]
    return {
        "title": texts[0].stems, "text": texts[1].stems, "decision": texts[2].stems,
        "exact": " ".join(t.exact for t in texts if t.exact), "parts": " ".join(t.parts for t in texts if t.parts),
        "context": analysis.terms(doc.context).stems,
    }


# The stored fields every engine returns for a paragraph (Searcher.get, paragraphs_of, and Match.fields), in
# one shape whatever stores them: lists for speakers/topics/attachments, None for what a paragraph lacks.
STORED_FIELDS = ("id", "source", "number", "ordinal", "title", "text", "decision", "date", "year", "body", "organisation",
                 "speakers", "topics", "dnr", "attachments", "appeal_until", "added")
_STORED_LISTS = ("speakers", "topics", "attachments")
_STORED_OPTIONAL = ("decision", "date", "body", "dnr", "appeal_until", "added")


def stored_paragraph(values: dict[str, Any]) -> dict[str, Any]:
    """Return an engine's decoded stored values as the one stored-paragraph shape (STORED_FIELDS)."""
    out = {key: values.get(key) for key in STORED_FIELDS}
    for key in _STORED_LISTS:
        out[key] = list(out[key] or [])
    for key in _STORED_OPTIONAL:
        out[key] = out[key] or None
    for key in ("source", "title", "text", "year", "organisation"):
        out[key] = out[key] or ""
    out["number"] = str(out["number"] or "")
    return out


@dataclass
class Match:
    """One matching paragraph: its id, score (0 when sorted by date), stored fields and whether it has every word.

    `fields` holds at least "id" and "topics" at once (ranking needs them) and every STORED_FIELDS key on use.
    """

    id: str
    score: float
    fields: dict[str, Any]
    complete: bool = True


class Searcher(TypingProtocol):
    """One consistent view of an index for one request; close it (or use it as a context manager) when done.

    `query` is what `compile(node)` returns for a query tree (engine/compiler.py); None means every paragraph.
    `concurrent`: True when `match` and `facet_counts` may run at once from two threads (the engine releases the
    GIL and its searcher is thread-safe); search then overlaps them.
    """

    concurrent: bool = False

    def match(self, query: Any, filters: Filters, sort: str, limit: int) -> list[Match]:
        """Return the first `limit` matches (at most MAX_MATCHES) in `sort` order (one of SORTS)."""

    def facet_counts(self, query: Any, filters: Filters) -> tuple[int, dict[str, Counter]]:
        """Return the number of matches and, per facet in FACETS (and ORGAN_PAIRS), how many matches have each value."""

    def count_matches(self, query: Any, filters: Filters) -> int:
        """Return the number of matches, without facet counts."""

    def get(self, doc_id: str) -> dict[str, Any] | None:
        """Return one paragraph's stored fields (stored_paragraph), or None when the id is not in the index."""

    def paragraphs_of(self, source: str) -> list[dict[str, Any]]:
        """Return a protocol's paragraphs' stored fields in document order."""

    def more_like(self, doc_id: str, limit: int) -> list[Match]:
        """Return up to `limit` other paragraphs that share the most distinctive words with `doc_id`."""

    def word_frequency(self, word: str) -> int:
        """Tell whether a query word is known and how common: the paragraphs holding it in any form (as written,
        its stem, or as a compound part); engines may stop counting at a cap."""

    def similar_words(self, word: str) -> list[str]:
        """Return indexed words close to an unknown `word` (accents restored, then edit distance 1–2), most common first."""

    def all_values(self, facet: str) -> Counter:
        """Return every value of a facet in the index with its paragraph count (for completion)."""

    def count(self) -> int:
        """Return the number of paragraphs in the index."""

    def close(self) -> None:
        """Release what the searcher holds (files, a pooled connection)."""


class Engine(TypingProtocol):
    """An opened index (a folder of generations, or a database): searchers, protocol metadata, statistics."""

    path: Any

    def searcher(self) -> Searcher:
        """Open a searcher on the index's latest committed state."""

    def protocol(self, source: str) -> dict[str, Any] | None:
        """Return what is stored beside the index for a protocol (build.protocol_meta), or None."""

    def protocols(self) -> list[dict[str, Any]]:
        """Return every protocol's stored metadata."""

    def has_source(self, source: str) -> bool:
        """Tell whether a file (as named under the corpus) is indexed."""

    def key_of(self, source: str) -> str | None:
        """Return the permalink key of a file, also of a file since renamed or deleted (indexer/identity.py)."""

    def source_of(self, key: str) -> str | None:
        """Return the file that holds a permalink key now, or None."""

    def facet_values(self, searcher: Searcher, facet: str) -> Counter:
        """Return every value of a facet with its count, cached for a while (searcher.all_values)."""

    def is_stale(self) -> bool:
        """Tell whether the index changed since it was opened (the web app then reopens it)."""

    def stats(self) -> dict[str, Any]:
        """Return counts, dates, sizes, skipped files and warnings for `protokoll stats`."""

    def close(self) -> None:
        """Release the engine's files or connection pools."""


class Writer(TypingProtocol):
    """Writes one generation of an embedded index; nothing is visible to searchers before `commit`."""

    def delete_source(self, source: str) -> None:
        """Remove every paragraph of a file."""

    def add(self, doc: IndexDoc) -> None:
        """Add one paragraph."""

    def commit(self, optimize: bool = False) -> None:
        """Make the changes visible (merging segments when `optimize`)."""

    def cancel(self) -> None:
        """Discard the changes."""


ENGINES = {"whoosh": "indexer.engine.whoosh", "tantivy": "indexer.engine.tantivy", "postgres": "indexer.engine.postgres"}
# A new index uses tantivy (bench/RESULTS.md: at 200,000 paragraphs p95 24.5 ms against Whoosh's 2.8 s); Whoosh,
# pure Python, where no tantivy wheel installs. An index whose manifest names no engine was written by Whoosh.
LEGACY_ENGINE = "whoosh"


def _default_engine() -> str:
    """Return tantivy when it imports, else Whoosh."""
    try:
        import tantivy  # noqa: F401
    except ImportError:
        return "whoosh"
    return "tantivy"


DEFAULT_ENGINE = _default_engine()
# Engines on a database server: addressed by a DSN, not an index folder.
SERVER_ENGINES = tuple(sorted(config.SERVER_ENGINES))


def engine_module(name: str):
    """Import the module of engine `name` (ValueError for an unknown or uninstalled engine)."""
    import importlib

    if name not in ENGINES:
        raise ValueError(f"unknown engine {name!r} (choose from {', '.join(ENGINES)})")
    try:
        return importlib.import_module(ENGINES[name])
    except ImportError as exc:
        raise ValueError(f"engine {name!r} is not installed ({exc.name}); pip install -e '.[{name}]'") from None


def is_server(name: str | None) -> bool:
    """Tell whether engine `name` lives on a database server (addressed by a DSN)."""
    return name in SERVER_ENGINES


def warned(protocols: list[dict[str, Any]]) -> dict[str, list[str]]:
    """Return the protocols indexed with warnings: source -> the warnings."""
    return {m["source"]: list(m["warnings"]) for m in sorted(protocols, key=lambda m: m.get("source") or "") if m.get("warnings")}


class GenerationEngine:
    """What every embedded engine shares: a generation folder with its manifest and protocol metadata."""

    def __init__(self, root: Path, gen: Path) -> None:
        self.path = root
        self.gen = gen
        self.manifest = read_manifest(gen)
        self._files: dict[str, dict[str, Any]] | None = None

    @property
    def files(self) -> dict[str, dict[str, Any]]:
        """The generation's file table, read on first use (at a million paragraphs it takes a third of a second)."""
        if self._files is None:
            self._files = read_files(self.gen)
        return self._files

    def has_source(self, source: str) -> bool:
        """Tell whether `source` is an indexed file."""
        return source in self.files

    def key_of(self, source: str) -> str | None:
        """Return the permalink key of an indexed file, or of a file since renamed or removed; None if unknown."""
        entry = self.files.get(source) or {}
        return entry.get("key") or self.manifest.get("aliases", {}).get(source)

    def source_of(self, key: str) -> str | None:
        """Return the file that now holds a permalink key, or None."""
        keys = getattr(self, "_keys", None)
        if keys is None:
            keys = self._keys = {m["key"]: src for src, m in self.files.items() if m.get("key")}
        return keys.get(key)

    def facet_values(self, searcher: "Searcher", facet: str) -> Counter:
        """Return every value of a facet with its count (cheap here: from the searcher's cached columns)."""
        return searcher.all_values(facet)

    def close(self) -> None:
        """Nothing to release: searchers hold the files they use."""

    def protocol(self, source: str) -> dict[str, Any] | None:
        """Return a protocol's metadata (participants, place, warnings) or None."""
        try:
            return json.loads(protocol_path(self.gen, source).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None

    def protocols(self) -> list[dict[str, Any]]:
        """Return every protocol's metadata (read once per generation: a generation never changes)."""
        cached = getattr(self, "_protocols", None)
        if cached is None:
            cached = [m for src in self.files if (m := self.protocol(src)) is not None]
            self._protocols = cached
        return cached

    def index_bytes(self) -> int:
        """Return the size of the generation on disk."""
        return sum(f.stat().st_size for f in self.gen.rglob("*") if f.is_file())

    def stats(self) -> dict[str, Any]:
        """Return counts and sizes for `protokoll stats`."""
        with self.searcher() as s:
            bodies = s.all_values("body")
            dates = sorted(d for d in s.all_values("date") if d)
            paragraphs = s.count()
        return {
            "protocols": self.manifest.get("protocols", len(self.files)),
            "paragraphs": paragraphs,
            "date_from": dates[0] if dates else None,
            "date_to": dates[-1] if dates else None,
            "bodies": dict(sorted(bodies.items(), key=lambda kv: (-kv[1], kv[0]))),
            "index_bytes": self.index_bytes(),
            "index_path": str(self.gen),
            "engine": self.manifest.get("engine", LEGACY_ENGINE),
            "analyzer": self.manifest.get("analyzer"),
            "built": self.manifest.get("built"),
            "skipped": dict(self.manifest.get("skipped") or {}),
            "warnings": warned(self.protocols()),
        }

    def searcher(self):  # pragma: no cover - implemented by each engine
        raise NotImplementedError


FOLD_TABLE = str.maketrans("åäöéüÅÄÖÉÜ", "aaoeuAAOEU")


def fold(word: str) -> str:
    """Fold å/ä/ö/é/ü to ASCII, for spelling suggestions only (the index keeps the letters)."""
    return word.translate(FOLD_TABLE)


def fold_variants(word: str) -> list[str]:
    """Return the spellings of `word` with å/ä/ö/é/ü restored (an ASCII-typed "namnden" -> "nämnden", …)."""
    positions = [i for i, ch in enumerate(word) if ch in "aoeu"]
    if len(positions) > 8:
        return []
    variants = {"a": "aåä", "o": "oö", "e": "eé", "u": "uü"}
    out = [""]
    for ch in word:
        out = [p + v for p in out for v in variants.get(ch, ch)] if ch in variants else [p + ch for p in out]
        if len(out) > 512:
            return []
    return [w for w in out if w != word]


def word_frequency(word: str, term_frequency) -> int:
    """Return how many paragraphs hold `word` in any form, from an engine's `term_frequency(field, term)`.

    Its exact form, its stem in the text, or its stem as a compound part, whichever is commonest; for a
    hyphenated word its rarest piece.
    """
    tokens = analysis.analyze(analysis.normalize(word).lower(), stopwords=False)
    if not tokens:
        return 0
    return min(max(term_frequency("exact", t.lower), term_frequency("text", t.stem), term_frequency("parts", t.stem)) for t in tokens)


def fold_candidates(frequency, word: str) -> list[str]:
    """Return the indexed spellings of `word` with å/ä/ö/é/ü restored (`frequency(form)` tells which exist)."""
    return [w for w in fold_variants(word) if frequency(w) > 0]


def edit_distance(a: str, b: str, bound: int) -> int:
    """Levenshtein distance, giving up (bound + 1) once it exceeds `bound`."""
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        if min(cur) > bound:
            return bound + 1
        prev = cur
    return prev[-1]


def open_engine(index_dir: Path | str | None = None, dsn: str | None = None, read_dsns: list[str] | tuple[str, ...] = (),
                pool_size: int = 4) -> "Engine":
    """Open the index at `index_dir` with the engine that built it, or the PostgreSQL database at `dsn`.

    FileNotFoundError when there is no index folder; ConnectionError or SchemaError for a database that
    cannot be reached or holds no (current) protokoll schema. Searches go to `read_dsns` when given.
    """
    if dsn:
        return engine_module("postgres").open_engine(dsn, read_dsns, pool_size=pool_size)
    root = Path(index_dir or config.DEFAULT_INDEX)
    gen = current_dir(root)
    if gen is None:
        raise FileNotFoundError(f"no index at {root} (run `protokoll index` first)")
    manifest = read_manifest(gen)
    if manifest.get("schema", SCHEMA_VERSION) != SCHEMA_VERSION:
        raise OutdatedIndex(f"the index at {root} was built by another protokoll version (schema {manifest.get('schema')}, "
                            f"this one reads {SCHEMA_VERSION}): run `protokoll index` to rebuild it")
    name = manifest.get("engine", LEGACY_ENGINE)
    return engine_module(name).open_engine(root, gen)


class OutdatedIndex(FileNotFoundError):
    """An index folder whose layout this protokoll cannot read: `protokoll index` rebuilds it."""


def is_outdated(root: Path | str) -> bool:
    """Tell whether the index folder exists but was built with another schema or analyzer."""
    from .. import analysis

    gen = current_dir(Path(root))
    if gen is None:
        return False
    manifest = read_manifest(gen)
    return manifest.get("schema") != SCHEMA_VERSION or manifest.get("analyzer") != analysis.ANALYZER_VERSION


__all__ = ["SORTS", "MAX_MATCHES", "STORED_FIELDS", "stored_paragraph", "IndexDoc", "Match", "Engine", "Searcher", "Writer", "open_engine", "engine_module", "current_dir", "protocol_path",
           "read_manifest", "OutdatedIndex", "is_outdated", "FACETS", "ORGAN_PAIRS", "organ_label", "SCHEMA_VERSION", "ENGINES", "DEFAULT_ENGINE", "SERVER_ENGINES", "is_server", "edit_distance", "fold_variants"]
