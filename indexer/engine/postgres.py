"""The PostgreSQL engine: the same analysis and answers as the embedded engines, on a server that replicates.

Inputs: `IndexDoc`s (turned into rows by `prepare`, in the parse workers), query trees and `Filters`.
Outputs: ranked `Match`es, facet counts by SQL GROUP BY over the matching set, stored columns as plain values.

Text reaches PostgreSQL as tsvectors built from indexer.analysis, never from PostgreSQL's own `swedish`
configuration: one `doc` vector per paragraph holds the stems (title weight A, decision B, text C, compound
parts and protocol context D) and the exact lowercase forms, prefixed with "=", at their word positions (for
quoted phrases, prefix queries and the boost of a word as written). Queries compile to one tsquery, so
inflections, compounds and phrases behave as in the Whoosh engine. The paragraph table is partitioned by year.

Writes go to the primary (`dsn`), one transaction per batch of whole protocols under per-protocol advisory
locks, so concurrent `protokoll index` runs never interleave inside a protocol and readers never see half of
one. Searches go to the read replicas (`read_dsns`, round robin) when given, else to the primary.
"""
from __future__ import annotations

import datetime
import itertools
import json
import math
import threading
import time
from collections import Counter, OrderedDict, defaultdict
from typing import Any, Iterable

import psycopg
from psycopg import sql
from psycopg_pool import ConnectionPool

from .. import analysis, dnr
from ..query import Node
from ..model import ORGAN_SEPARATOR, Filters
from . import FACETS, MAX_MATCHES, ORGAN_PAIRS, stored_paragraph, word_frequency, warned, IndexDoc, Match, edit_distance, fold, fold_variants
from .compiler import compile_query

MAX_POSITION = 16383  # tsvector positions stop here
MAX_POSITIONS = 256  # per lexeme, as to_tsvector keeps
MAX_LEXEME = 500
# ts_rank weights for D, C, B, A: parts/context, text, decision, title (the Whoosh boosts 0.3, 1, 1.5, 3, scaled).
WEIGHTS = "{0.1, 0.33, 0.5, 1.0}"
# Cover density (ts_rank_cd) rewards words close together, as a quoted phrase in a title; normalization 1
# divides by 1 + log(length), as BM25 damps long paragraphs. Judged queries: 0.991 nDCG@10 (ts_rank: 0.980).
RANK = f"ts_rank_cd('{WEIGHTS}'::float4[], p.doc, q.q, 1)"
# A paragraph's dnr is one lexeme in its tsvector, its normalised key behind a prefix no word can start with.
DNR_LEXEME = "#dnr:"
FIELD_WEIGHT = {"title": "A", "decision": "B", "text": "C", "parts": "D", "context": "D"}
NOTHING, EVERYTHING = "", "*"
COLUMNS = ("year", "id", "source", "number", "ordinal", "title", "text", "decision", "date", "body", "organisation",
           "speakers", "topics", "dnr", "attachments", "participants", "body_f", "speakers_f", "topics_f", "doc",
           "appeal_from", "appeal_until", "period", "added")
STORED = ("id", "source", "number", "ordinal", "title", "text", "decision", "date", "year", "body", "organisation",
          "speakers", "topics", "dnr", "attachments", "appeal_until", "added")
STORED_COLS = sql.SQL(", ").join(sql.SQL("p.") + sql.Identifier(c) for c in STORED)
VALUES_TTL = 30.0
DF_CAP = 1000
MLT_CANDIDATES = 20
MLT_TERMS = 6
FACET_CACHE = 512
# Date-sorted searches with fewer matches than this sort them; with more, they walk the date index.
FEW_MATCHES = 20000
# A run that rewrites at least this many files (and half the database) drops the text index and builds it at the end.
BULK_FILES = 200
SIZE_SQL = ("SELECT coalesce(sum(pg_total_relation_size(relid)), 0) FROM (SELECT relid FROM pg_partition_tree('paragraphs') "
            "UNION ALL SELECT 'protocols'::regclass UNION ALL SELECT 'words'::regclass) t")

# --- schema -------------------------------------------------------------------------------------

# Each migration takes the schema from the previous version to its own; `protokoll db migrate` runs the missing ones.
MIGRATIONS: list[tuple[int, list[str]]] = [
    (1, [
        """CREATE TABLE protocols (
            source text PRIMARY KEY,
            corpus text NOT NULL,
            sha text NOT NULL,
            stamp jsonb,
            analyzer text NOT NULL,
            paragraphs integer NOT NULL,
            date date,
            body text,
            meta jsonb NOT NULL,
            indexed_at timestamptz NOT NULL DEFAULT now())""",
        "CREATE INDEX protocols_corpus ON protocols (corpus)",
        """CREATE TABLE paragraphs (
            year smallint NOT NULL,
            id text NOT NULL,
            source text NOT NULL,
            number text NOT NULL,
            ordinal integer NOT NULL,
            title text NOT NULL,
            text text NOT NULL,
            decision text NOT NULL,
            date date,
            body text NOT NULL,
            organisation text NOT NULL,
            speakers text[] NOT NULL,
            topics text[] NOT NULL,
            dnr text NOT NULL,
            attachments text[] NOT NULL,
            participants text[] NOT NULL,
            body_f text NOT NULL,
            speakers_f text[] NOT NULL,
            topics_f text[] NOT NULL,
            doc tsvector NOT NULL,
            PRIMARY KEY (year, id)
        ) PARTITION BY RANGE (year)""",
        "CREATE INDEX paragraphs_doc ON paragraphs USING gin (doc)",
        "CREATE INDEX paragraphs_id ON paragraphs (id)",
        "CREATE INDEX paragraphs_source ON paragraphs (source, ordinal)",
        "CREATE INDEX paragraphs_date ON paragraphs (date, ordinal)",
        # Every exact word form once: the vocabulary for "Menade du …?" suggestions.
        "CREATE TABLE words (word text PRIMARY KEY)",
        "CREATE INDEX words_prefix ON words (word text_pattern_ops)",
    ]),
]
# Version 2: rank inside the index with RUM (Debian's postgresql-15-rum) when the server has it; GIN otherwise.
MIGRATIONS.append((2, [
    """DO $$ BEGIN
        IF EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'rum') THEN
            CREATE EXTENSION IF NOT EXISTS rum;
            CREATE INDEX paragraphs_rum ON paragraphs USING rum (doc rum_tsvector_ops);
            DROP INDEX paragraphs_doc;
            INSERT INTO protokoll_meta VALUES ('ranking', 'rum') ON CONFLICT (key) DO UPDATE SET value = 'rum';
        ELSE
            INSERT INTO protokoll_meta VALUES ('ranking', 'gin') ON CONFLICT (key) DO UPDATE SET value = 'gin';
        END IF;
    END $$""",
]))
# Version 3: date order in both directions straight from an index (a list sorted by date, an empty query),
# instead of sorting every paragraph: "newest" is date descending, undated last; "oldest" undated first.
MIGRATIONS.append((3, [
    "DROP INDEX paragraphs_date",
    "CREATE INDEX paragraphs_newest ON paragraphs (date DESC NULLS LAST, ordinal, id)",
    "CREATE INDEX paragraphs_oldest ON paragraphs (date ASC NULLS FIRST, ordinal, id)",
]))
# Version 4: the protocol's appeal window on each paragraph, for "what can still be appealed" (rows written by
# an older protokoll get it when the analyzer change reindexes them).
MIGRATIONS.append((4, [
    "ALTER TABLE paragraphs ADD COLUMN appeal_from date, ADD COLUMN appeal_until date",
]))
# Version 5: the mandatperiod ("2023–2026") as a facet.
MIGRATIONS.append((5, [
    "ALTER TABLE paragraphs ADD COLUMN period text NOT NULL DEFAULT ''",
]))
# Version 6: the files a run had to skip, with the reason, for `protokoll stats`.
MIGRATIONS.append((6, [
    "CREATE TABLE skipped (source text PRIMARY KEY, corpus text NOT NULL, reason text NOT NULL)",
]))
# Version 7: permalinks and "new since": when each paragraph entered the archive (rows written before get their
# protocol's indexing time), protocols found by key, and the keys of files renamed or removed (old URLs redirect).
MIGRATIONS.append((7, [
    "ALTER TABLE paragraphs ADD COLUMN added timestamptz",
    "UPDATE paragraphs p SET added = pr.indexed_at FROM protocols pr WHERE pr.source = p.source",
    "CREATE INDEX paragraphs_added ON paragraphs (added DESC NULLS LAST, date DESC NULLS LAST, ordinal, id)",
    "CREATE INDEX protocols_key ON protocols ((meta->>'key'))",
    "CREATE TABLE aliases (source text PRIMARY KEY, key text NOT NULL)",
]))
LATEST = MIGRATIONS[-1][0]


class SchemaError(RuntimeError):
    """The database has no protokoll schema, or an older one."""


def connect(dsn: str, **kwargs: Any) -> psycopg.Connection:
    """Connect to `dsn`, naming the server in the error when it cannot be reached."""
    try:
        return psycopg.connect(dsn, connect_timeout=10, **kwargs)
    except psycopg.OperationalError as exc:
        raise ConnectionError(f"cannot connect to PostgreSQL ({_safe(dsn)}): {str(exc).strip().splitlines()[0]}") from None


def is_empty(dsn: str) -> bool:
    """Tell whether a database holds no protokoll schema or no protocols yet (ConnectionError if unreachable)."""
    with connect(dsn) as conn:
        return schema_version(conn) == 0 or conn.execute("SELECT count(*) FROM protocols").fetchone()[0] == 0


def safe_dsn(dsn: str) -> str:
    """Return a DSN without its password, for messages."""
    return _safe(dsn)


def _safe(dsn: str) -> str:
    """Return a DSN without its password, for messages."""
    import re

    return re.sub(r"(:)[^:@/]*(@)|(password=)\S+", lambda m: (m.group(1) + "***" + m.group(2)) if m.group(1) else m.group(3) + "***", dsn)


def schema_version(conn: psycopg.Connection) -> int:
    """Return the schema version of the database (0 when protokoll never initialized it)."""
    row = conn.execute("SELECT to_regclass('protokoll_meta')").fetchone()
    if row[0] is None:
        return 0
    row = conn.execute("SELECT value FROM protokoll_meta WHERE key = 'schema'").fetchone()
    return int(row[0]) if row else 0


def migrate(dsn: str, init: bool = False, target: int | None = None) -> tuple[int, int]:
    """Create (init) or upgrade (migrate) the schema up to `target` (default: the latest); return (before, after)."""
    target = LATEST if target is None else target
    with connect(dsn, autocommit=True) as conn:
        # One migrator at a time: concurrent `db migrate` or first `index` runs wait here.
        with conn.transaction():
            conn.execute("SELECT pg_advisory_xact_lock(7260001)")
            before = schema_version(conn)
            if init and before:
                return before, before
            if not init and before == 0:
                raise SchemaError("the database has no protokoll schema: run `protokoll db init` first")
            if before > LATEST:
                raise SchemaError(f"the database schema (version {before}) is newer than this protokoll (version {LATEST})")
            conn.execute("CREATE TABLE IF NOT EXISTS protokoll_meta (key text PRIMARY KEY, value text NOT NULL)")
            for version, statements in MIGRATIONS:
                if version <= before or version > target:
                    continue
                for statement in statements:
                    conn.execute(statement)
                conn.execute("INSERT INTO protokoll_meta VALUES ('schema', %s) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value",
                             (str(version),))
            return before, max(before, target)


def check_schema(conn: psycopg.Connection) -> None:
    """Raise SchemaError unless the database holds the schema this code expects."""
    version = schema_version(conn)
    if version == 0:
        raise SchemaError("the database has no protokoll schema: run `protokoll db init` (or `protokoll index --engine postgres`)")
    if version < LATEST:
        raise SchemaError(f"the database schema is version {version}, this protokoll needs {LATEST}: run `protokoll db migrate`")
    if version > LATEST:
        raise SchemaError(f"the database schema (version {version}) is newer than this protokoll (version {LATEST})")


# --- rows ---------------------------------------------------------------------------------------


def _lexeme(word: str) -> str:
    """Quote a lexeme for tsvector/tsquery input."""
    return "'" + word.replace("\\", "\\\\").replace("'", "''") + "'"


def tsvector(doc: IndexDoc) -> tuple[str, list[str]]:
    """Return the paragraph's tsvector literal and its exact word forms (for the vocabulary)."""
    positions: dict[str, list[str]] = defaultdict(list)

    def add(lex: str, pos: int, weight: str) -> None:
        if len(lex) <= MAX_LEXEME:
            entries = positions[lex]
            if len(entries) < MAX_POSITIONS:
                entries.append(f"{min(pos, MAX_POSITION)}{weight}")

    stop = analysis.STOPWORDS
    offset = 1  # tsvector positions start at 1
    # Title, text and decision share one position space (as the embedded engines' exact field), so phrases match alike.
    for text, weight in ((doc.title, "A"), (doc.text, "C"), (doc.decision, "B")):
        toks = analysis.analyze_all(text)
        for t in toks:
            p = offset + t.pos
            add("=" + t.lower, p, weight)
            if t.lower not in stop:
                add(t.stem, p, weight)
                for part in t.parts:
                    add(part, p, "D")
        offset += (toks[-1].pos + 1) if toks else 0
    for t in analysis.analyze(doc.context):
        add(t.stem, offset + t.pos, "D")
    if doc.dnr:
        for k in dnr.keys(doc.dnr):
            add(DNR_LEXEME + k, 1, "D")
    literal = " ".join(f"{_lexeme(lex)}:{','.join(ps)}" for lex, ps in positions.items())
    words = sorted(lex[1:] for lex in positions if lex.startswith("="))
    return literal, words


def prepare(docs: list[IndexDoc]) -> list[tuple]:
    """Turn a protocol's IndexDocs into table rows (runs in the parse workers: the analysis is the costly part)."""
    rows = []
    for d in docs:
        vector, words = tsvector(d)
        rows.append((
            (int(d.year) if d.year.isdigit() else 0, d.id, d.source, d.number, d.ordinal, d.title, d.text, d.decision,
             d.date or None, d.body, d.organisation, d.speakers, d.topics, d.dnr, d.attachments, d.participants,
             d.body.lower(), [s.lower() for s in d.speakers], [t.lower() for t in d.topics], vector,
             d.appeal_from or None, d.appeal_until or None, d.period, d.added or None),
            words,
        ))
    return rows


def identified(rows: list[tuple], ids: list[str], added: list[str]) -> list[tuple]:
    """Return prepared rows with their permalink ids and times entered (settled by the build, after the workers)."""
    last = len(COLUMNS) - 1
    return [((*values[:1], pid, *values[2:last], when), words) for (values, words), pid, when in zip(rows, ids, added)]


# --- writing ------------------------------------------------------------------------------------


class PostgresStore:
    """The build's connection to the primary: protocol bookkeeping and transactional protocol replacement."""

    BATCH_PARAGRAPHS = 2000

    def __init__(self, dsn: str, notify=None) -> None:
        self.dsn = dsn
        self.conn = connect(dsn, autocommit=True)
        if schema_version(self.conn) == 0:
            if notify:
                notify("empty database: creating the protokoll schema")
            migrate(dsn, init=True)
        check_schema(self.conn)
        # A crash loses at most the last few commits (never consistency): the next run redoes them by hash.
        self.conn.execute("SET synchronous_commit = off")
        self.years: set[int] = set()
        self.bulk = False
        self._batch: list[tuple[str, dict, list[tuple]]] = []
        self._batch_rows = 0

    @property
    def location(self) -> str:
        """Return the database address without its password."""
        return _safe(self.dsn)

    def update_stamps(self, corpus: str, stamps: dict[str, Any]) -> None:
        """Record new file stamps of unchanged files."""
        if stamps:
            with self.conn.transaction(), self.conn.cursor() as cur:
                cur.executemany("UPDATE protocols SET stamp = %s WHERE source = %s AND corpus = %s",
                                [(json.dumps(st), src, corpus) for src, st in stamps.items()])

    def _rank_index(self) -> tuple[str, str]:
        row = self.conn.execute("SELECT value FROM protokoll_meta WHERE key = 'ranking'").fetchone()
        if row and row[0] == "rum":
            return "paragraphs_rum", "CREATE INDEX IF NOT EXISTS paragraphs_rum ON paragraphs USING rum (doc rum_tsvector_ops)"
        return "paragraphs_doc", "CREATE INDEX IF NOT EXISTS paragraphs_doc ON paragraphs USING gin (doc)"

    def begin_bulk(self, files: int) -> None:
        """Before writing many protocols: drop the text index, to build it once at the end (finish_bulk).

        Maintaining a RUM index row by row makes a large load 4x slower; building it afterwards takes
        seconds. Only for loads that rewrite most of the database: meanwhile searches still answer, slowly.
        """
        total = self.conn.execute("SELECT count(*) FROM protocols").fetchone()[0]
        if files < BULK_FILES or files < total // 2:
            return
        name, _ = self._rank_index()
        with self.conn.transaction():
            self.conn.execute("SELECT pg_advisory_xact_lock(7260003)")
            self.conn.execute(sql.SQL("DROP INDEX IF EXISTS {}").format(sql.Identifier(name)))
        self.bulk = True

    def finish_bulk(self) -> None:
        """Build the text index again (also after a bulk load that was killed: it is missing then)."""
        name, create = self._rank_index()
        self.bulk = False
        if self.conn.execute("SELECT to_regclass(%s)", (name,)).fetchone()[0] is not None:
            return
        with self.conn.transaction():
            self.conn.execute("SELECT pg_advisory_xact_lock(7260003)")
            self.conn.execute("SET LOCAL maintenance_work_mem = '1GB'")
            self.conn.execute(create)

    def files(self, corpus: str) -> dict[str, dict[str, Any]]:
        """Return the indexed files of a corpus: source -> sha, stamp, analyzer, keyed (written with a permalink key)."""
        rows = self.conn.execute("SELECT source, sha, stamp, analyzer, meta ? 'key' FROM protocols WHERE corpus = %s", (corpus,)).fetchall()
        return {src: {"sha": sha, "stamp": stamp, "analyzer": analyzer, "keyed": keyed} for src, sha, stamp, analyzer, keyed in rows}

    def keys(self) -> dict[str, str]:
        """Return every protocol's permalink key (all corpora: ids are unique in the database) -> its source."""
        return dict(self.conn.execute("SELECT meta->>'key', source FROM protocols WHERE meta ? 'key'").fetchall())

    def meta(self, source: str) -> dict[str, Any] | None:
        """Return a protocol's stored metadata, or None."""
        row = self.conn.execute("SELECT meta FROM protocols WHERE source = %s", (source,)).fetchone()
        return row[0] if row else None

    def add_alias(self, source: str, key: str) -> None:
        """Remember the key of a file that is gone (renamed or removed), so its old URLs redirect."""
        self.conn.execute("INSERT INTO aliases VALUES (%s, %s) ON CONFLICT (source) DO UPDATE SET key = excluded.key", (source, key))

    def _ensure_partitions(self, years: Iterable[int]) -> None:
        missing = set(years) - self.years
        if not missing:
            return
        with self.conn.transaction():
            self.conn.execute("SELECT pg_advisory_xact_lock(7260002)")  # concurrent writers create each partition once
            existing = {r[0] for r in self.conn.execute(
                "SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = 'paragraphs'::regclass")}
            for year in sorted(missing):
                name = f"paragraphs_y{year:04d}"
                if name not in existing:
                    self.conn.execute(sql.SQL("CREATE TABLE {} PARTITION OF paragraphs FOR VALUES FROM ({}) TO ({})")
                                      .format(sql.Identifier(name), sql.Literal(year), sql.Literal(year + 1)))
        self.years |= missing

    def replace(self, source: str, row: dict[str, Any], paragraphs: list[tuple]) -> None:
        """Queue a protocol to replace its indexed version (written with its batch, in one transaction)."""
        self._batch.append((source, row, paragraphs))
        self._batch_rows += len(paragraphs) + 1
        if self._batch_rows >= self.BATCH_PARAGRAPHS:
            self.flush()

    def delete(self, source: str) -> None:
        """Queue a protocol's removal."""
        self.replace(source, {}, [])

    def flush(self) -> None:
        """Write the queued protocols in one transaction (retried when it loses a deadlock to another writer)."""
        if not self._batch:
            return
        batch, self._batch, self._batch_rows = self._batch, [], 0
        self._ensure_partitions(r[0][0] for _, _, rows in batch for r in rows)
        for attempt in itertools.count():
            try:
                self._write(batch)
                return
            except (psycopg.errors.DeadlockDetected, psycopg.errors.SerializationFailure):
                if attempt >= 4:
                    raise
                time.sleep(0.1 * (attempt + 1))

    def _write(self, batch: list[tuple[str, dict, list[tuple]]]) -> None:
        sources = sorted({src for src, _, _ in batch})
        with self.conn.transaction(), self.conn.cursor() as cur:
            # Lock the protocols in one order: two runs replacing the same protocols queue instead of interleaving.
            cur.execute("SELECT pg_advisory_xact_lock(hashtextextended(s, 726)) FROM unnest(%s::text[]) s ORDER BY s", (sources,))
            cur.execute("DELETE FROM paragraphs WHERE source = ANY(%s)", (sources,))
            cur.execute("DELETE FROM protocols WHERE source = ANY(%s)", (sources,))
            words: set[str] = set()
            with cur.copy(sql.SQL("COPY paragraphs ({}) FROM STDIN").format(sql.SQL(", ").join(map(sql.Identifier, COLUMNS)))) as copy:
                for _, row, rows in batch:
                    if not row:
                        continue
                    for values, forms in rows:
                        copy.write_row(values)
                        words.update(forms)
            protocols = [(src, row["corpus"], row["sha"], json.dumps(row["stamp"]), row["analyzer"], len(rows), row["date"] or None,
                          row["body"], json.dumps(row["meta"], ensure_ascii=False)) for src, row, rows in batch if row]
            cur.executemany("INSERT INTO protocols (source, corpus, sha, stamp, analyzer, paragraphs, date, body, meta) "
                            "VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s)", protocols)
            if words:
                # Sorted, so that concurrent writers take the vocabulary's row locks in one order.
                cur.execute("INSERT INTO words SELECT w FROM unnest(%s::text[]) w ORDER BY w ON CONFLICT DO NOTHING", (sorted(words),))
            # Last, so the row lock is held only until the commit: readers key their facet caches on this version.
            cur.execute("INSERT INTO protokoll_meta VALUES ('data_version', '1') "
                        "ON CONFLICT (key) DO UPDATE SET value = (protokoll_meta.value::bigint + 1)::text")

    def set_skipped(self, corpus: str, skipped: list[tuple[str, str]]) -> None:
        """Record the files this run of `corpus` skipped, with their reasons (replacing the last run's list)."""
        with self.conn.transaction():
            self.conn.execute("DELETE FROM skipped WHERE corpus = %s", (corpus,))
            with self.conn.cursor() as cur:
                cur.executemany("INSERT INTO skipped VALUES (%s, %s, %s) ON CONFLICT (source) DO UPDATE SET reason = excluded.reason",
                                [(src, corpus, reason) for src, reason in skipped])

    def analyze(self) -> None:
        """Refresh the planner's statistics (after a large load, before autovacuum gets to it)."""
        self.conn.execute("ANALYZE paragraphs")
        self.conn.execute("ANALYZE protocols")

    def close(self) -> None:
        """Close the connection (unflushed protocols are dropped: call flush first)."""
        self.conn.close()


def open_store(dsn: str, notify=None) -> PostgresStore:
    """Connect the build to the primary, creating the schema in an empty database."""
    return PostgresStore(dsn, notify)


# --- searching ----------------------------------------------------------------------------------


def open_engine(dsn: str, read_dsns: list[str] | tuple[str, ...] = (), pool_size: int = 4) -> "PostgresEngine":
    """Open the engine: searches on the read replicas when given, else on the primary."""
    return PostgresEngine(dsn, list(read_dsns), pool_size)


class PostgresEngine:
    """A database with protokoll's schema; `searcher()` lends a pooled connection for one request."""

    def __init__(self, dsn: str, read_dsns: list[str], pool_size: int = 4) -> None:
        self.dsn = dsn
        self.read_dsns = read_dsns or [dsn]
        self.path = _safe(self.read_dsns[0])
        with connect(self.read_dsns[0]) as conn:
            check_schema(conn)
        self._pools = [ConnectionPool(d, min_size=1, max_size=pool_size, open=True, configure=_configure,
                                      kwargs={"connect_timeout": 10}, name=f"protokoll-{i}") for i, d in enumerate(self.read_dsns)]
        self._next = itertools.count()
        self._values: dict[str, tuple[float, Counter]] = {}
        self._lock = threading.Lock()
        self._local = threading.local()
        with self.searcher() as s:
            row = s.one("SELECT value FROM protokoll_meta WHERE key = 'ranking'")
        self.ranking = row[0] if row else "gin"
        self._facets: OrderedDict[tuple, tuple[int, dict[str, Counter]]] = OrderedDict()

    def is_stale(self) -> bool:
        """Never: every search sees the database's latest committed state."""
        return False

    def searcher(self) -> "PostgresSearcher":
        """Return a searcher on a pooled connection (replicas in turn; the next one when one is down)."""
        start = next(self._next)
        last: Exception | None = None
        for i in range(len(self._pools)):
            pool = self._pools[(start + i) % len(self._pools)]
            try:
                searcher = PostgresSearcher(self, pool, pool.getconn(timeout=10))
                self._local.searcher = searcher
                return searcher
            except psycopg.OperationalError as exc:  # also the pool's PoolTimeout: that server does not answer
                last = exc
        raise ConnectionError(f"no PostgreSQL server answers ({last})")

    def _one(self, query: str, params: tuple) -> tuple | None:
        """Run a query on this thread's open searcher (a request's), else on a connection of its own."""
        current = getattr(self._local, "searcher", None)
        if current is not None and current.conn is not None:
            # A request holding a connection must not wait for a second one: with every pooled connection held
            # by such requests, none would ever come.
            return current.one(query, params)
        with self.searcher() as s:
            return s.one(query, params)

    def protocol(self, source: str) -> dict[str, Any] | None:
        """Return a protocol's metadata (participants, place, warnings) or None."""
        row = self._one("SELECT meta FROM protocols WHERE source = %s", (source,))
        return row[0] if row else None

    def has_source(self, source: str) -> bool:
        """Tell whether `source` is an indexed file."""
        return self._one("SELECT 1 FROM protocols WHERE source = %s", (source,)) is not None

    def key_of(self, source: str) -> str | None:
        """Return the permalink key of an indexed file, or of a file since renamed or removed; None if unknown."""
        row = self._one("SELECT meta->>'key' FROM protocols WHERE source = %s UNION ALL "
                        "SELECT key FROM aliases WHERE source = %s LIMIT 1", (source, source))
        return row[0] if row else None

    def source_of(self, key: str) -> str | None:
        """Return the file that now holds a permalink key, or None."""
        row = self._one("SELECT source FROM protocols WHERE meta->>'key' = %s", (key,))
        return row[0] if row else None

    def protocols(self) -> list[dict[str, Any]]:
        """Return every protocol's metadata."""
        current = getattr(self._local, "searcher", None)
        query = "SELECT meta FROM protocols ORDER BY source"
        if current is not None and current.conn is not None:
            return [row[0] for row in current.all(query)]
        with self.searcher() as s:
            return [row[0] for row in s.all(query)]

    def cached_facets(self, key: tuple) -> tuple[int, dict[str, Counter]] | None:
        """Return facet counts computed before for the same query, filters and data version."""
        with self._lock:
            hit = self._facets.get(key)
            if hit is not None:
                self._facets.move_to_end(key)
            return hit

    def remember_facets(self, key: tuple, value: tuple[int, dict[str, Counter]]) -> None:
        """Keep facet counts for repeated searches (the data version in the key retires them after a write)."""
        with self._lock:
            self._facets[key] = value
            while len(self._facets) > FACET_CACHE:
                self._facets.popitem(last=False)

    def facet_values(self, searcher: "PostgresSearcher", facet: str) -> Counter:
        """Return all values of a facet, recounted at most every VALUES_TTL seconds (for completion)."""
        now = time.monotonic()
        with self._lock:
            hit = self._values.get(facet)
        if hit and now - hit[0] < VALUES_TTL:
            return hit[1]
        counts = searcher.all_values(facet)
        with self._lock:
            self._values[facet] = (now, counts)
        return counts

    def index_bytes(self) -> int:
        """Return the size of protokoll's tables and indexes on the server."""
        with self.searcher() as s:
            return int(s.one(SIZE_SQL)[0])

    def stats(self) -> dict[str, Any]:
        """Return counts and sizes for `protokoll stats`."""
        with self.searcher() as s:
            protocols, paragraphs, lo, hi, built = s.one(
                "SELECT count(*), coalesce(sum(paragraphs), 0), min(date)::text, max(date)::text, max(indexed_at) FROM protocols")
            bodies = Counter(dict(s.all("SELECT coalesce(body, ''), sum(paragraphs)::int FROM protocols GROUP BY 1")))
            size = s.one(SIZE_SQL)[0]
            analyzers = [r[0] for r in s.all("SELECT DISTINCT analyzer FROM protocols")]
            version = schema_version(s.conn)
            skipped = dict(s.all("SELECT source, reason FROM skipped ORDER BY source"))
        bodies.pop("", None)
        return {
            "protocols": protocols,
            "paragraphs": int(paragraphs),
            "date_from": lo,
            "date_to": hi,
            "bodies": dict(sorted(bodies.items(), key=lambda kv: (-kv[1], kv[0]))),
            "index_bytes": int(size),
            "index_path": self.path,
            "engine": "postgres",
            "analyzer": analyzers[0] if len(analyzers) == 1 else (analyzers or [analysis.ANALYZER_VERSION])[-1],
            "built": built.strftime("%Y-%m-%dT%H:%M:%S") if built else None,
            "schema": version,
            "ranking": self.ranking,
            "read_servers": len(self.read_dsns),
            "skipped": skipped,
            "warnings": warned(self.protocols()),
        }

    def close(self) -> None:
        """Close the connection pools."""
        for pool in self._pools:
            pool.close()


def _configure(conn: psycopg.Connection) -> None:
    # A runaway query must not hold a connection forever; every request reads one consistent snapshot.
    conn.execute("SET statement_timeout = '30s'")
    # The planner does not count the cost of detoasting every tsvector in a sequential scan: for a frequent
    # word it picks one and takes 4x longer than the GIN/RUM bitmap scan (200,000 paragraphs: 317 ms vs 83 ms).
    conn.execute("SET enable_seqscan = off")
    conn.commit()
    conn.isolation_level = psycopg.IsolationLevel.REPEATABLE_READ
    conn.read_only = True


class PostgresSearcher:
    """One request's searcher: one pooled connection, one snapshot; use as a context manager or call close()."""

    def __init__(self, engine: PostgresEngine, pool: ConnectionPool, conn: psycopg.Connection) -> None:
        self.engine = engine
        self.pool = pool
        self.conn = conn
        self._version: str | None = None

    def __enter__(self) -> "PostgresSearcher":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        """End the snapshot and give the connection back to the pool."""
        if self.conn is not None:
            conn, self.conn = self.conn, None
            if getattr(self.engine._local, "searcher", None) is self:
                self.engine._local.searcher = None
            try:
                conn.rollback()
            except psycopg.Error:
                pass
            self.pool.putconn(conn)

    def one(self, query: Any, params: Any = ()) -> tuple | None:
        """Run a query and return its first row."""
        rows = self.all(query, params)
        return rows[0] if rows else None

    def all(self, query: Any, params: Any = ()) -> list[tuple]:
        """Run a query and return its rows (ConnectionError when the server went away meanwhile)."""
        try:
            return self.conn.execute(query, params).fetchall()
        except psycopg.OperationalError as exc:
            raise ConnectionError(f"lost the PostgreSQL server ({str(exc).strip().splitlines()[0]})") from None

    # --- query compilation: the shared compiler with tsquery blocks ----------------------------------

    def compile(self, node: Node | None) -> str:
        """Compile a query tree into tsquery text (NOTHING or EVERYTHING for the degenerate cases)."""
        return compile_query(node, _BLOCKS)

    def _where(self, tsq: str, filters: Filters) -> tuple[sql.Composable, list[Any]]:
        """Return the WHERE clause for a compiled query and the filters, with its parameters."""
        conds: list[sql.Composable] = []
        params: list[Any] = []
        if tsq == NOTHING:
            conds.append(sql.SQL("false"))
        elif tsq != EVERYTHING:
            conds.append(sql.SQL("p.doc @@ q.q"))
        if filters.years:
            conds.append(sql.SQL("p.year = ANY(%s)"))
            params.append([int(y) for y in filters.years if str(y).isdigit()])
        if filters.periods:
            conds.append(sql.SQL("p.period = ANY(%s)"))
            params.append(list(filters.periods))
        if filters.organisations:
            conds.append(sql.SQL("lower(p.organisation) = ANY(%s)"))
            params.append([o.lower() for o in filters.organisations])
        if filters.bodies:
            plain, pairs = filters.body_terms()
            conds.append(sql.SQL("(p.body_f = ANY(%s) OR (p.body_f, lower(p.organisation)) IN (SELECT * FROM unnest(%s::text[], %s::text[])))"))
            params += [plain, [b for b, _ in pairs], [o for _, o in pairs]]
        if filters.speakers:
            conds.append(sql.SQL("p.speakers_f && %s::text[]"))
            params.append([s.lower() for s in filters.speakers])
        if filters.topics:
            conds.append(sql.SQL("p.topics_f && %s::text[]"))
            params.append([t.lower() for t in filters.topics])
        if filters.sources:
            conds.append(sql.SQL("p.source = ANY(%s)"))
            params.append(list(filters.sources))
        for topic in filters.must_topics:
            conds.append(sql.SQL("p.topics_f @> %s::text[]"))
            params.append([topic.lower()])
        if filters.not_topics:
            conds.append(sql.SQL("NOT p.topics_f && %s::text[]"))
            params.append([t.lower() for t in filters.not_topics])
        lo, hi = filters.date_bounds()
        # The year bounds let PostgreSQL skip whole partitions.
        if lo:
            conds.append(sql.SQL("p.date >= %s::date AND p.year >= %s"))
            params += [lo, int(lo[:4])]
        if hi:
            conds.append(sql.SQL("p.date <= %s::date AND p.year <= %s"))
            params += [hi, int(hi[:4])]
        if filters.appealable_on:  # anslag posted on or before the day, last day to appeal on or after it
            conds.append(sql.SQL("p.appeal_from <= %s::date AND p.appeal_until >= %s::date"))
            params += [filters.appealable_on, filters.appealable_on]
        where = sql.SQL(" AND ").join(conds) if conds else sql.SQL("true")
        return where, params

    def _from(self, tsq: str) -> tuple[sql.Composable, list[Any]]:
        if tsq in (NOTHING, EVERYTHING):
            return sql.SQL("paragraphs p"), []
        return sql.SQL("paragraphs p, (SELECT %s::tsquery AS q) q"), [tsq]

    # --- searching ---------------------------------------------------------------------------------

    def match(self, node: Node | None, filters: Filters, sort: str = "relevance", limit: int = MAX_MATCHES) -> list[Match]:
        """Return the first `limit` matches, ranked or by date, with their stored columns."""
        tsq = self.compile(node)
        source, p1 = self._from(tsq)
        where, p2 = self._where(tsq, filters)
        ranked = sort not in ("newest", "oldest", "added") and tsq not in (NOTHING, EVERYTHING)
        score = sql.SQL(RANK if ranked else "0.0")
        if ranked and self.engine.ranking == "rum":
            # RUM keeps positions in the index and returns matches in rank order: no pass over every match.
            # Its index order ignores phrase operators (checked: "god och nära vård" came back unordered), so a
            # phrase is ordered by its words' proximity (the same lexemes with &) and filtered by the phrase.
            order_q = tsq.replace(" <-> ", " & ")
            score = sql.SQL("1.0 / (p.doc <=> {})").format(sql.Literal(order_q) + sql.SQL("::tsquery"))
            order = sql.SQL("p.doc <=> {}").format(sql.Literal(order_q) + sql.SQL("::tsquery"))
        elif ranked:
            order = sql.SQL("score DESC, p.date DESC NULLS LAST, p.id")
        elif sort == "added":  # newest in the archive first; within one run, by meeting date and document order
            order = sql.SQL("p.added DESC NULLS LAST, p.date DESC NULLS LAST, p.ordinal, p.id")
        elif self._few(tsq, where, p2):
            # Few matches: fetch them all by the text index and sort them. Walking the date index instead would
            # test every paragraph against the query until enough match (a word in none: the whole archive).
            order = sql.SQL("(p.date + 0) ASC NULLS FIRST, p.ordinal, p.id" if sort == "oldest" else "(p.date + 0) DESC NULLS LAST, p.ordinal, p.id")
        elif sort == "oldest":
            order = sql.SQL("p.date ASC NULLS FIRST, p.ordinal, p.id")
        else:
            order = sql.SQL("p.date DESC NULLS LAST, p.ordinal, p.id")
        query = sql.SQL("SELECT {cols}, {score} AS score FROM {src} WHERE {where} ORDER BY {order} LIMIT %s").format(
            cols=STORED_COLS, score=score, src=source,
            where=where, order=order)
        rows = self.all(query, p1 + p2 + [max(1, min(limit, MAX_MATCHES))])
        return [Match(r[0], float(r[-1]), _stored(r)) for r in rows]

    def _few(self, tsq: str, where: sql.Composable, params: list[Any]) -> bool:
        """Tell whether a date-sorted query matches few paragraphs (from the facet counts of this search, else ask)."""
        if tsq in (NOTHING, EVERYTHING):
            return False
        cached = self.engine.cached_facets(self._facet_key(tsq, where, params))
        total = cached[0] if cached else int(self.one(sql.SQL("SELECT count(*) FROM (SELECT 1 FROM {src} WHERE {where} LIMIT %s) m").format(
            src=self._from(tsq)[0], where=where), [tsq] + params + [FEW_MATCHES])[0])
        return total < FEW_MATCHES

    def load(self, matches: list[Match]) -> None:
        """Stored columns arrive with the matches: nothing to load."""

    def _facet_key(self, tsq: str, where: sql.Composable, params: list[Any]) -> tuple:
        """Return the facet cache's key: the data version this snapshot sees, the query and the filters."""
        return (self.data_version(), tsq, where.as_string(self.conn), repr(params))

    def data_version(self) -> str:
        """Return the database's write counter as this snapshot sees it (one query per request)."""
        if self._version is None:
            row = self.one("SELECT value FROM protokoll_meta WHERE key = 'data_version'")
            self._version = row[0] if row else "0"
        return self._version

    def facet_counts(self, node: Node | None, filters: Filters) -> tuple[int, dict[str, Counter]]:
        """Count matching paragraphs and their year/body/speaker/topic values, in one pass over the matches.

        Cached per engine for the same query and filters until the next write: the pass reads every match,
        and the same searches (a home page, a popular word) come again and again.
        """
        tsq = self.compile(node)
        source, p1 = self._from(tsq)
        where, p2 = self._where(tsq, filters)
        key = self._facet_key(tsq, where, p2)
        cached = self.engine.cached_facets(key)
        if cached is not None:
            return cached[0], {name: Counter(c) for name, c in cached[1].items()}
        query = sql.SQL(
            "WITH m AS MATERIALIZED (SELECT p.year, p.period, p.organisation, p.body, p.speakers, p.topics FROM {src} WHERE {where}) "
            "SELECT 'total', NULL, count(*) FROM m "
            "UNION ALL SELECT 'year', year::text, count(*) FROM m WHERE year > 0 GROUP BY year "
            "UNION ALL SELECT 'period', period, count(*) FROM m WHERE period <> '' GROUP BY period "
            "UNION ALL SELECT 'organisation', organisation, count(*) FROM m WHERE organisation <> '' GROUP BY organisation "
            "UNION ALL SELECT 'body', body, count(*) FROM m WHERE body <> '' GROUP BY body "
            "UNION ALL SELECT 'organ', body || %s || organisation, count(*) FROM m WHERE body <> '' AND organisation <> '' GROUP BY body, organisation "
            "UNION ALL SELECT 'speaker', s, count(*) FROM m, unnest(m.speakers) s GROUP BY s "
            "UNION ALL SELECT 'topic', t, count(*) FROM m, unnest(m.topics) t GROUP BY t").format(src=source, where=where)
        counts = {name: Counter() for name in (*FACETS, ORGAN_PAIRS)}
        total = 0
        for facet, value, n in self.all(query, p1 + p2 + [ORGAN_SEPARATOR]):
            if facet == "total":
                total = n
            else:
                counts[facet][value if facet != "year" else f"{int(value):04d}"] = n
        self.engine.remember_facets(key, (total, counts))
        return total, {name: Counter(c) for name, c in counts.items()}

    def count_matches(self, node: Node | None, filters: Filters) -> int:
        """Count matching paragraphs (no facet values: an index-only count where PostgreSQL can)."""
        tsq = self.compile(node)
        source, p1 = self._from(tsq)
        where, p2 = self._where(tsq, filters)
        return int(self.one(sql.SQL("SELECT count(*) FROM {src} WHERE {where}").format(src=source, where=where), p1 + p2)[0])

    def all_values(self, facet: str) -> Counter:
        """Count every value of a facet (or 'date') over the whole index."""
        expr = {"year": "year::text", "body": "body", "speaker": "unnest(speakers)", "topic": "unnest(topics)", "date": "date::text"}[facet]
        rows = self.all(f"SELECT v, count(*) FROM (SELECT {expr} AS v FROM paragraphs) t WHERE v IS NOT NULL AND v NOT IN ('', '0') GROUP BY v")
        return Counter(dict(rows))

    def count(self) -> int:
        """Return the number of paragraphs."""
        return int(self.one("SELECT coalesce(sum(paragraphs), 0) FROM protocols")[0])

    def get(self, doc_id: str) -> dict[str, Any] | None:
        """Return one paragraph's stored columns, or None."""
        row = self.one(sql.SQL("SELECT {} FROM paragraphs p WHERE p.id = %s LIMIT 1").format(
            STORED_COLS), (doc_id,))
        return _stored(row) if row else None

    def paragraphs_of(self, source: str) -> list[dict[str, Any]]:
        """Return every paragraph of a protocol in document order."""
        rows = self.all(sql.SQL("SELECT {} FROM paragraphs p WHERE p.source = %s ORDER BY p.ordinal").format(
            STORED_COLS), (source,))
        return [_stored(r) for r in rows]

    def more_like(self, doc_id: str, limit: int = 5) -> list[Match]:
        """Return paragraphs similar to `doc_id`: its most distinctive stems, searched in title and text."""
        doc = self.get(doc_id)
        if doc is None:
            return []
        tf = Counter(t.stem for t in analysis.analyze((doc["title"] + "\n") * 3 + doc["text"]) if len(t.stem) > 2 and not t.lower.isdigit())
        if not tf:
            return []
        n = max(1, self.count())
        # Capped counts of the paragraph's most repeated words only: a word in more than DF_CAP paragraphs is
        # common whatever its exact count, and each count is a query.
        candidates = [s for s, _ in tf.most_common(MLT_CANDIDATES)]
        dfs = self._frequencies([_lexeme(s) for s in candidates], cap=DF_CAP)
        scored = sorted(((tf[s] * math.log(n / (1 + dfs.get(_lexeme(s), 0))), s) for s in candidates), reverse=True)[:MLT_TERMS]
        words = [_lexeme(s) for _, s in scored]
        # Any of a few words matches much of a large archive: first ask for paragraphs with two of the three most
        # distinctive words (few, and the most alike), and only when those are too few for any of them.
        pairs = " | ".join(f"({a} & {b})" for i, a in enumerate(words[:3]) for b in words[i + 1 : 3])
        rows: list[tuple] = []
        for tsq in ([pairs] if pairs else []) + [" | ".join(words)]:
            rows = self._similar(tsq, doc_id, limit)
            if len(rows) >= limit:
                break
        return [Match(r[0], float(r[-1]), _stored(r)) for r in rows]

    def _similar(self, tsq: str, doc_id: str, limit: int) -> list[tuple]:
        """Return the best-ranked paragraphs for `tsq` other than `doc_id` (in the RUM index's order when there is one)."""
        score, order = ("1.0 / (p.doc <=> q.q)", "p.doc <=> q.q") if self.engine.ranking == "rum" else (RANK, "score DESC, p.id")
        return self.all(sql.SQL("SELECT {cols}, {score} AS score FROM paragraphs p, (SELECT %s::tsquery AS q) q "
                                "WHERE p.doc @@ q.q AND p.id <> %s ORDER BY {order} LIMIT %s").format(
            cols=STORED_COLS, score=sql.SQL(score), order=sql.SQL(order)),
            (tsq, doc_id, limit))

    def _frequencies(self, tsqueries: list[str], cap: int | None = None) -> dict[str, int]:
        """Return how many paragraphs match each tsquery (at most `cap`), in one round trip."""
        limit = f"LIMIT {int(cap)}" if cap else ""
        rows = self.all(f"SELECT t, (SELECT count(*) FROM (SELECT 1 FROM paragraphs p WHERE p.doc @@ t::tsquery {limit}) m) "
                        "FROM unnest(%s::text[]) t", (tsqueries,))
        return dict(rows)

    def word_frequency(self, word: str) -> int:
        """Return how many paragraphs hold a query word in any form (see Searcher), counting to DF_CAP."""
        return word_frequency(word, self._term_frequency)

    def _term_frequency(self, fieldname: str, term: str) -> int:
        """Return how many paragraphs (to DF_CAP) contain `term` in `fieldname` (exact forms; stems by field weight)."""
        if fieldname == "exact":
            tsq = _lexeme("=" + term)
        else:
            tsq = _lexeme(term) + ":" + FIELD_WEIGHT.get(fieldname, "ABCD")
        return self._frequencies([tsq], DF_CAP)[tsq]

    def similar_words(self, word: str) -> list[str]:
        """Return indexed words close to `word` (accents restored, then edit distance 1–2), most common first."""
        folded = fold(word)
        candidates = {w for (w,) in self.all(
            "SELECT word FROM words WHERE word LIKE %s AND length(word) BETWEEN %s AND %s LIMIT 20000",
            (word[:1].replace("%", "").replace("_", "") + "%", len(word) - 2, len(word) + 2))
            if w != word and edit_distance(w, word, 2) <= 2}
        variants = fold_variants(word)
        if variants:
            candidates |= {w for (w,) in self.all("SELECT word FROM words WHERE word = ANY(%s)", (variants,))}
        close = sorted(candidates, key=lambda t: (-(fold(t) == folded), edit_distance(t, word, 2), t))[:20]
        dfs = self._frequencies([_lexeme("=" + w) for w in close], cap=DF_CAP)
        found = {w: dfs[_lexeme("=" + w)] for w in close if dfs[_lexeme("=" + w)]}  # the vocabulary keeps removed words
        return sorted(found, key=lambda t: (-(fold(t) == folded), -found[t], t))


class _Blocks:
    """tsquery building blocks for the shared query compiler (engine/compiler.py).

    One tsvector holds every field: exact forms as "=word", stems plain, the field as the A-D weight label
    (FIELD_WEIGHT), so "title" is the stem restricted to label A. Weights are the rank's (RANK), not the query's.
    """

    def everything(self) -> str:
        return EVERYTHING

    def nothing(self) -> str:
        return NOTHING

    def term(self, field: str, value: str, weight: float = 1.0) -> str:
        if field == "dnr":
            return _lexeme(DNR_LEXEME + value)
        if field == "exact":
            return _lexeme("=" + value)
        if field in ("title", "decision"):
            return _lexeme(value) + ":" + FIELD_WEIGHT[field]
        return _lexeme(value)  # text, parts, context: the stem under any label

    def phrase(self, words: list[str], weight: float = 1.0) -> str:
        return " <-> ".join(_lexeme("=" + w) for w in words)

    def prefix(self, text: str) -> str:
        return _lexeme("=" + text) + ":*"

    def all_of(self, must: list[str], must_not: list[str], should: list[str]) -> str:
        negated = [EVERYTHING if n == NOTHING else NOTHING if n == EVERYTHING else f"!({n})" for n in must_not]
        return _combine(must + negated, "&", absorbing=NOTHING, neutral=EVERYTHING)

    def any_of(self, options: list[str]) -> str:
        plain = set(options)
        # A stem under any label covers the same stem under one label: 'x' | 'x':A is 'x'.
        kept = [o for o in dict.fromkeys(options) if not (o.rsplit(":", 1)[0] in plain and o[-2:] in (":A", ":B"))]
        return _combine(kept, "|", absorbing=EVERYTHING, neutral=NOTHING) if kept else NOTHING


_BLOCKS = _Blocks()


def _combine(parts: list[str], op: str, absorbing: str, neutral: str) -> str:
    """Join compiled clauses with & or |: one `absorbing` clause decides it all, `neutral` ones drop out."""
    if absorbing in parts:
        return absorbing
    parts = [p for p in parts if p != neutral]
    return f" {op} ".join(f"({p})" for p in parts) if parts else neutral


def _stored(row: tuple) -> dict[str, Any]:
    """Turn a row of STORED columns into the stored-paragraph shape (dates as ISO text)."""
    d = dict(zip(STORED, row))
    d["date"] = d["date"].isoformat() if d["date"] else None
    d["appeal_until"] = d["appeal_until"].isoformat() if d["appeal_until"] else None
    d["added"] = d["added"].astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ") if d["added"] else None
    d["year"] = f"{d['year']:04d}" if d["year"] else ""
    return stored_paragraph(d)


__all__ = ["open_engine", "open_store", "prepare", "migrate", "check_schema", "SchemaError", "PostgresEngine", "LATEST"]
