"""The PostgreSQL engine on a real server: schema, incremental transactional writes, concurrent indexers, replication."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from indexer.build import build_index
from indexer.cli import main
from indexer.engine import open_engine
from indexer.engine.postgres import LATEST, migrate
from indexer.model import SearchRequest
from indexer.search import run_search
from tests.conftest import CORPUS, CORPUS_DATES, CORPUS_PARAGRAPHS, CORPUS_PROTOCOLS, ENGINES, ROOT, TEXT_PARAGRAPHS, TEXT_PROTOCOLS
from tests.fixtures import write

pytestmark = pytest.mark.skipif("postgres" not in ENGINES, reason="PostgreSQL or psycopg is not installed")


def total(dsn: str, query: str = "") -> int:
    engine = open_engine(dsn=dsn)
    try:
        with engine.searcher() as s:
            return run_search(s, SearchRequest(query, sort="newest", per_page=1)).total
    finally:
        engine.close()


def protocol_text(paragraphs: int, word: str = "budget") -> str:
    """A small protocol with `paragraphs` § sections."""
    sections = "\n\n".join(f"§ {i} Ärende {i}\nNämnden behandlar {word} och ärende nummer {i}." for i in range(1, paragraphs + 1))
    return f"Kommunstyrelsen\nProtokoll 2024-03-05\n\n{sections}\n"


def test_db_init_migrate_status(pg_database):
    r = CliRunner().invoke(main, ["db", "status", "--dsn", pg_database])
    assert r.exit_code == 1 and "schema 0" in r.output and "db init" in r.output
    r = CliRunner().invoke(main, ["search", "våld", "--engine", "postgres", "--dsn", pg_database])
    assert r.exit_code == 2 and "db init" in r.output and "Traceback" not in r.output
    r = CliRunner().invoke(main, ["db", "migrate", "--dsn", pg_database])
    assert r.exit_code == 2 and "db init" in r.output
    r = CliRunner().invoke(main, ["db", "init", "--dsn", pg_database])
    assert r.exit_code == 0 and f"schema 0 -> {LATEST}" in r.output
    r = CliRunner().invoke(main, ["db", "init", "--dsn", pg_database])
    assert r.exit_code == 0 and f"already at version {LATEST}" in r.output
    r = CliRunner().invoke(main, ["db", "migrate", "--dsn", pg_database])
    assert r.exit_code == 0 and f"already at version {LATEST}" in r.output
    r = CliRunner().invoke(main, ["db", "status", "--dsn", pg_database])
    assert r.exit_code == 0 and f"schema {LATEST}" in r.output


def test_migrate_from_version_1(pg_database, corpus_dir):
    migrate(pg_database, init=True, target=1)
    r = CliRunner().invoke(main, ["index", str(corpus_dir), "--dsn", pg_database, "-q"])
    assert r.exit_code == 2 and "db migrate" in r.output  # an old schema is never written to
    r = CliRunner().invoke(main, ["db", "migrate", "--dsn", pg_database])
    assert r.exit_code == 0 and f"schema 1 -> {LATEST}" in r.output
    assert build_index(corpus_dir, None, dsn=pg_database, progress=False).paragraphs == CORPUS_PARAGRAPHS
    engine = open_engine(dsn=pg_database)
    try:
        assert engine.ranking in ("rum", "gin") and engine.stats()["schema"] == LATEST
    finally:
        engine.close()


def test_newer_schema_is_refused(pg_database):
    import psycopg

    CliRunner().invoke(main, ["db", "init", "--dsn", pg_database])
    with psycopg.connect(pg_database, autocommit=True) as conn:
        conn.execute("UPDATE protokoll_meta SET value = '99' WHERE key = 'schema'")
    r = CliRunner().invoke(main, ["db", "migrate", "--dsn", pg_database])
    assert r.exit_code == 2 and "newer" in r.output
    r = CliRunner().invoke(main, ["stats", "--engine", "postgres", "--dsn", pg_database])
    assert r.exit_code == 2 and "newer" in r.output


def test_unreachable_database_is_one_line(tmp_path):
    from tests.pgserver import free_port

    dsn = f"postgresql://nobody@127.0.0.1:{free_port()}/x"
    for args in (["search", "våld", "--dsn", dsn], ["stats", "--engine", "postgres", "--dsn", dsn],
                 ["index", str(CORPUS), "--engine", "postgres", "--dsn", dsn, "-q"], ["db", "init", "--dsn", dsn]):
        r = CliRunner().invoke(main, args)
        assert r.exit_code == 2 and "cannot connect" in r.output and "Traceback" not in r.output, (args, r.output)


def test_engine_postgres_needs_a_dsn(monkeypatch):
    monkeypatch.delenv("PROTOKOLL_DSN", raising=False)
    r = CliRunner().invoke(main, ["search", "våld", "--engine", "postgres"])
    assert r.exit_code == 2 and "--dsn" in r.output


def test_cli_index_search_stats_with_env(pg_database, tmp_path, monkeypatch):
    corpus = tmp_path / "c"
    shutil.copytree(CORPUS, corpus)
    monkeypatch.setenv("PROTOKOLL_ENGINE", "postgres")
    monkeypatch.setenv("PROTOKOLL_DSN", pg_database)
    r = CliRunner().invoke(main, ["index", str(corpus), "-q"])
    assert r.exit_code == 0 and f"{CORPUS_PROTOCOLS} nya" in r.output, r.output
    r = CliRunner().invoke(main, ["index", str(corpus), "-q"])
    assert f"{CORPUS_PROTOCOLS} oförändrade" in r.output and "0 paragrafer" in r.output
    r = CliRunner().invoke(main, ["search", "barnahus", "--json"])
    d = json.loads(r.output)
    assert d["hits"][0]["ref"] == "000_20d49025c3eefde7.txt#22" and "<mark>" in d["hits"][0]["snippet"]
    r = CliRunner().invoke(main, ["stats", "--json"])
    s = json.loads(r.output)
    assert (s["protocols"], s["paragraphs"], s["date_from"], s["date_to"], s["engine"]) == (CORPUS_PROTOCOLS, CORPUS_PARAGRAPHS, *CORPUS_DATES, "postgres")
    assert s["index_bytes"] > 0 and "password" not in s["index_path"]


def test_incremental_add_change_delete_and_broken(pg_database, tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    write(corpus / "a.txt", protocol_text(3))
    write(corpus / "b.txt", protocol_text(2, "skola"))
    r = build_index(corpus, None, dsn=pg_database, progress=False)
    assert (r.added, r.paragraphs, r.rebuilt) == (2, 5, True)
    write(corpus / "a.txt", protocol_text(4))
    write(corpus / "c.txt", protocol_text(1, "väg"))
    (corpus / "b.txt").unlink()
    r = build_index(corpus, None, dsn=pg_database, progress=False)
    assert (r.added, r.updated, r.deleted, r.unchanged, r.paragraphs) == (1, 1, 1, 0, 5)
    assert total(pg_database) == 5 and total(pg_database, "skola") == 0 and total(pg_database, "väg") == 1
    write(corpus / "d.pdf", b"not a pdf at all")
    r = build_index(corpus, None, dsn=pg_database, progress=False)
    assert [s for s, _ in r.skipped] == ["d.pdf"] and r.unchanged == 2 and total(pg_database) == 5


def test_analyzer_change_reindexes(pg_database, tmp_path, monkeypatch):
    corpus = tmp_path / "c"
    corpus.mkdir()
    write(corpus / "a.txt", protocol_text(2))
    build_index(corpus, None, dsn=pg_database, progress=False)
    monkeypatch.setattr("indexer.analysis.ANALYZER_VERSION", "sv-test")
    notes: list[str] = []
    r = build_index(corpus, None, dsn=pg_database, progress=False, notify=notes.append)
    assert r.updated == 1 and any("analysen har ändrats" in n for n in notes)
    assert build_index(corpus, None, dsn=pg_database, progress=False).unchanged == 1


def test_corpora_share_a_database(pg_database, tmp_path):
    one, two = tmp_path / "one", tmp_path / "two"
    (one / "kommun-a").mkdir(parents=True)
    (two / "kommun-b").mkdir(parents=True)
    write(one / "kommun-a" / "ks.txt", protocol_text(2))
    write(two / "kommun-b" / "ks.txt", protocol_text(3, "skola"))
    build_index(one, None, dsn=pg_database, progress=False)
    r = build_index(two, None, dsn=pg_database, progress=False)
    assert r.deleted == 0 and total(pg_database) == 5  # indexing corpus two does not delete corpus one's files


def test_reindex_replaces_a_protocol_atomically(pg_database, tmp_path):
    """Readers see a protocol's old paragraphs or its new ones, never a mix or none, while it is reindexed."""
    corpus = tmp_path / "c"
    corpus.mkdir()
    write(corpus / "a.txt", protocol_text(3))
    write(corpus / "other.txt", protocol_text(2, "skola"))
    build_index(corpus, None, dsn=pg_database, progress=False)
    seen: set[tuple[int, int]] = set()
    errors: list[BaseException] = []
    done = threading.Event()

    def read() -> None:
        engine = open_engine(dsn=pg_database)
        try:
            while not done.is_set():
                with engine.searcher() as s:
                    paras = s.paragraphs_of("a.txt")
                    seen.add((len(paras), len({p["text"].split()[3] for p in paras})))
        except BaseException as exc:  # surfaced below
            errors.append(exc)
        finally:
            engine.close()

    readers = [threading.Thread(target=read) for _ in range(2)]
    for t in readers:
        t.start()
    for i in range(12):
        write(corpus / "a.txt", protocol_text(7 if i % 2 == 0 else 3, "budget" if i % 2 else "avtal"))
        build_index(corpus, None, dsn=pg_database, progress=False)
    done.set()
    for t in readers:
        t.join()
    assert not errors
    assert seen <= {(3, 1), (7, 1)} and len(seen) == 2, seen  # whole versions only, both observed


def test_concurrent_index_runs(pg_database, tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    for i in range(12):
        for src in TEXT_PROTOCOLS:
            (corpus / f"{src.stem}_{i:02d}.txt").write_text(src.read_text(encoding="utf-8"), encoding="utf-8")
    procs = [subprocess.Popen([sys.executable, "-m", "indexer", "index", str(corpus), "--engine", "postgres", "--dsn", pg_database,
                               "-q", "--json"], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(3)]
    outs = [p.communicate(timeout=600) for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0], outs
    engine = open_engine(dsn=pg_database)
    try:
        stats = engine.stats()
        with engine.searcher() as s:
            duplicates = s.one("SELECT count(*) - count(DISTINCT id) FROM paragraphs")[0]
    finally:
        engine.close()
    assert (stats["protocols"], stats["paragraphs"], duplicates) == (48, 12 * TEXT_PARAGRAPHS, 0)
    again = build_index(corpus, None, dsn=pg_database, progress=False)
    assert again.unchanged == 48 and again.paragraphs == 0


def test_replica_serves_searches_and_the_web_ui(corpus_dir):
    """Index into a primary, search through a streaming replica (pg_basebackup), and keep serving with the primary down."""
    from tests import pgserver
    from webui import create_app

    folder = Path(tempfile.mkdtemp(prefix="protokoll-repl-"))
    folder.chmod(0o755)  # the servers run as an unprivileged user
    # Durable settings: with full_page_writes=off a replica cannot replay RUM's generic WAL records.
    primary = pgserver.Cluster(folder / "primary").init().start(durable=True)
    replica = None
    try:
        replica = primary.replica(folder / "replica")
        dsn, read = primary.dsn(), replica.dsn()
        build_index(corpus_dir, None, dsn=dsn, progress=False)
        import psycopg

        with psycopg.connect(dsn) as p:
            lsn = p.execute("SELECT pg_current_wal_lsn()").fetchone()[0]
        with psycopg.connect(read, autocommit=True) as r:
            assert r.execute("SELECT pg_is_in_recovery()").fetchone()[0]
            deadline = time.monotonic() + 30
            while not r.execute("SELECT pg_last_wal_replay_lsn() >= %s::pg_lsn", (lsn,)).fetchone()[0]:
                assert time.monotonic() < deadline, "the replica did not catch up"
                time.sleep(0.1)

        def results(engine) -> list[dict]:
            with engine.searcher() as s:
                return [run_search(s, SearchRequest(q, per_page=20)).to_dict() for q in ("våld", "barnahus nutrition", "", "andts*")]

        on_primary, on_replica = open_engine(dsn=dsn), open_engine(dsn=dsn, read_dsns=[read])
        try:
            with on_replica.searcher() as s:
                assert s.one("SELECT pg_is_in_recovery()")[0]  # searches really run on the replica
            assert results(on_primary) == results(on_replica)
        finally:
            on_primary.close()
            on_replica.close()

        r = CliRunner().invoke(main, ["search", "barnahus", "--dsn", dsn, "--read-dsn", read, "--json"])
        assert json.loads(r.output)["hits"][0]["ref"] == "000_20d49025c3eefde7.txt#22"

        client = create_app({"DSN": dsn, "READ_DSNS": [read], "CORPUS_DIR": str(corpus_dir), "TESTING": True}).test_client()
        before = client.get("/api/search?q=våld").get_json()["total"]
        primary.stop()  # writes are gone; reads go on from the replica
        page = client.get("/?q=barnahus")
        assert page.status_code == 200 and "<mark>" in page.get_data(as_text=True)
        assert client.get("/api/search?q=våld").get_json()["total"] == before >= 5
        assert client.get("/protokoll/000_20d49025c3eefde7.txt").status_code == 200
        assert client.get("/healthz").get_json() == {"status": "ok", "paragraphs": CORPUS_PARAGRAPHS}
    finally:
        if replica:
            replica.stop()
        primary.stop()
        shutil.rmtree(folder, ignore_errors=True)


def test_web_ui_says_when_the_database_is_down():
    from tests.pgserver import free_port
    from webui import create_app

    client = create_app({"DSN": f"postgresql://nobody@127.0.0.1:{free_port()}/x", "TESTING": True}).test_client()
    r = client.get("/?q=våld")
    assert r.status_code == 503 and "Databasen svarar inte" in r.get_data(as_text=True)
    assert client.get("/healthz").status_code == 503


def test_bulk_load_rebuilds_the_text_index(pg_database, tmp_path, monkeypatch):
    """A load that rewrites most of the database drops the text index and builds it once at the end."""
    import psycopg

    monkeypatch.setattr("indexer.engine.postgres.BULK_FILES", 2)
    corpus = tmp_path / "c"
    shutil.copytree(CORPUS, corpus)
    dropped = []
    from indexer.engine import postgres

    original = postgres.PostgresStore.replace
    monkeypatch.setattr(postgres.PostgresStore, "replace", lambda self, *a: (dropped.append(self.bulk), original(self, *a))[1])
    build_index(corpus, None, dsn=pg_database, progress=False)
    assert dropped and all(dropped)  # every protocol written while the index was down
    with psycopg.connect(pg_database) as conn:
        ranking = conn.execute("SELECT value FROM protokoll_meta WHERE key = 'ranking'").fetchone()[0]
        name = "paragraphs_rum" if ranking == "rum" else "paragraphs_doc"
        assert conn.execute("SELECT to_regclass(%s)", (name,)).fetchone()[0] is not None
        conn.execute(f"DROP INDEX {name}")  # as a killed bulk load leaves it
        conn.commit()
    build_index(corpus, None, dsn=pg_database, progress=False)  # nothing changed, and the index is back
    with psycopg.connect(pg_database) as conn:
        assert conn.execute("SELECT to_regclass(%s)", (name,)).fetchone()[0] is not None
    assert total(pg_database, "barnahus") > 0


def test_facet_cache_follows_writes(pg_database, tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    write(corpus / "a.txt", protocol_text(3))
    build_index(corpus, None, dsn=pg_database, progress=False)
    engine = open_engine(dsn=pg_database)
    try:
        def budget() -> tuple[int, int]:
            with engine.searcher() as s:
                r = run_search(s, SearchRequest("budget"))
                return r.total, sum(f.count for f in r.facets["year"])

        assert budget() == (3, 3) and budget() == (3, 3)  # the second answer comes from the cache
        write(corpus / "b.txt", protocol_text(2).replace("2024", "2023"))
        build_index(corpus, None, dsn=pg_database, progress=False)
        assert budget() == (5, 5)  # a write retires the cached counts at once
    finally:
        engine.close()


def test_date_order_same_by_either_plan(pg_database, corpus_dir, monkeypatch):
    """Few matches are sorted, many walk the date index: both give the same order."""
    build_index(corpus_dir, None, dsn=pg_database, progress=False)
    engine = open_engine(dsn=pg_database)
    try:
        def ids(sort: str) -> list[str]:
            with engine.searcher() as s:
                return [h.id for h in run_search(s, SearchRequest("våld OR budget OR avtal", sort=sort, per_page=50)).hits]

        sorted_plan = {sort: ids(sort) for sort in ("newest", "oldest")}
        monkeypatch.setattr("indexer.engine.postgres.FEW_MATCHES", 0)
        for sort, expected in sorted_plan.items():
            assert ids(sort) == expected and len(expected) > 10
    finally:
        engine.close()


def test_request_with_a_searcher_needs_no_second_connection(pg_database, corpus_dir):
    """A page holding a pooled connection reads protocol metadata on it: a full pool cannot starve it."""
    build_index(corpus_dir, None, dsn=pg_database, progress=False)
    engine = open_engine(dsn=pg_database, pool_size=1)
    try:
        started = time.monotonic()
        with engine.searcher() as s:
            source = s.paragraphs_of("000_20d49025c3eefde7.txt")[0]["source"]
            assert engine.protocol(source)["date"] == "2019-03-15" and engine.has_source(source)
        assert time.monotonic() - started < 5
        assert engine.protocol(source) is not None  # and without an open searcher, on a connection of its own
    finally:
        engine.close()
