"""Shared fixtures: an index of the bundled corpus built once per session and engine, the Flask app and client.

The PostgreSQL engine runs against a real server: $PROTOKOLL_TEST_DSN (started by .ci/run), else a
throwaway cluster this session starts itself (tests/pgserver.py) when PostgreSQL is installed.
"""
from __future__ import annotations

import importlib.util
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
# The bundled corpus: four social-services protocols as UTF-8 text (42 paragraphs) and nine protocols of other
# organisations from the development set (PDF, DOCX, HTML, Word-HTML, markdown, cp1252 text).
CORPUS_PROTOCOLS, CORPUS_PARAGRAPHS, CORPUS_DATES = 13, 113, ("2019-03-15", "2024-11-19")
# Tests that copy the corpus many times (concurrency, crashes) copy the four UTF-8 text protocols.
TEXT_PROTOCOLS = sorted(p for p in CORPUS.glob("0??_*.txt"))
TEXT_PARAGRAPHS = 42
REQUIRE = bool(os.environ.get("PROTOKOLL_REQUIRE_ENGINES"))


def _engines() -> list[str]:
    from tests import pgserver

    names = ["whoosh"]
    if importlib.util.find_spec("tantivy") is not None:
        names.append("tantivy")
    elif REQUIRE:
        raise RuntimeError("tantivy is not installed but PROTOKOLL_REQUIRE_ENGINES is set")
    if importlib.util.find_spec("psycopg") is not None and (os.environ.get("PROTOKOLL_TEST_DSN") or pgserver.available()):
        names.append("postgres")
    elif REQUIRE:
        raise RuntimeError("psycopg or a PostgreSQL server is missing but PROTOKOLL_REQUIRE_ENGINES is set")
    return names


ENGINES = _engines()


@dataclass
class BuiltIndex:
    """Where an engine's test index lives: a folder, or a database."""

    engine: str
    path: Path | None = None
    dsn: str | None = None

    def open(self, read_dsns: list[str] | tuple[str, ...] = ()):
        """Open the index for searching."""
        from indexer.engine import open_engine

        return open_engine(self.path, dsn=self.dsn, read_dsns=read_dsns)

    def app_config(self, corpus: Path) -> dict:
        """Return create_app's config for this index."""
        return {"INDEX_DIR": str(self.path or "var/none"), "DSN": self.dsn, "CORPUS_DIR": str(corpus), "TESTING": True}

    def cli_args(self) -> list[str]:
        """Return the CLI options that name this index."""
        return ["--engine", "postgres", "--dsn", self.dsn] if self.dsn else ["--index", str(self.path)]


@pytest.fixture(scope="session")
def pg_server():
    """The DSN of a running PostgreSQL server's maintenance database (skips when there is none)."""
    from tests import pgserver

    dsn = os.environ.get("PROTOKOLL_TEST_DSN")
    if dsn:
        yield dsn
        return
    if "postgres" not in ENGINES:
        pytest.skip("PostgreSQL is not installed")
    folder = Path(tempfile.mkdtemp(prefix="protokoll-pg-"))
    cluster = pgserver.Cluster(folder).init().start()
    try:
        yield cluster.dsn()
    finally:
        cluster.stop()
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture()
def pg_database(pg_server, request):
    """An empty database of its own for one test."""
    from tests import pgserver

    name = "t_" + "".join(ch if ch.isalnum() else "_" for ch in request.node.name.lower())[:50]
    return pgserver.fresh_database(pg_server, name)


@pytest.fixture(scope="session")
def corpus_dir(tmp_path_factory) -> Path:
    """A private copy of the bundled corpus (tests may not change the real one)."""
    target = tmp_path_factory.mktemp("corpus") / "corpus"
    shutil.copytree(CORPUS, target)
    return target


@pytest.fixture(scope="session", params=ENGINES)
def built(request, corpus_dir, tmp_path_factory) -> BuiltIndex:
    """An index of the bundled corpus, built once per session and engine: search tests run on each engine."""
    from indexer.build import build_index

    if request.param == "postgres":
        from tests import pgserver

        target = BuiltIndex("postgres", dsn=pgserver.fresh_database(request.getfixturevalue("pg_server"), "protokoll_session"))
    else:
        target = BuiltIndex(request.param, path=tmp_path_factory.mktemp(f"index-{request.param}"))
    report = build_index(corpus_dir, target.path, progress=False, engine=request.param, dsn=target.dsn)
    assert report.skipped == [] and report.paragraphs > 30
    return target


def build_small(request, tmp_path_factory, protocols: dict[str, str], engine: str) -> BuiltIndex:
    """Build an index of a few protocols written by a test, on one engine (a database of its own for PostgreSQL)."""
    from indexer.build import build_index
    from tests.fixtures import write

    corpus = tmp_path_factory.mktemp("small")
    for name, text in protocols.items():
        write(corpus / name, text)
    if engine == "postgres":
        from tests import pgserver

        name = "s_" + "".join(ch if ch.isalnum() else "_" for ch in request.node.name.lower())[:50]
        target = BuiltIndex("postgres", dsn=pgserver.fresh_database(request.getfixturevalue("pg_server"), name))
    else:
        target = BuiltIndex(engine, path=tmp_path_factory.mktemp(f"small-{engine}"))
    build_index(corpus, target.path, progress=False, engine=engine, dsn=target.dsn)
    return target


@pytest.fixture(scope="session")
def engine(built):
    opened = built.open()
    yield opened
    opened.close()


@pytest.fixture()
def searcher(engine):
    with engine.searcher() as s:
        yield s


@pytest.fixture(scope="session")
def app(built, corpus_dir):
    from webui import create_app

    return create_app(built.app_config(corpus_dir))


@pytest.fixture()
def client(app):
    return app.test_client()


def id_of(searcher, ref: str) -> str:
    """Return the permalink id of the paragraph FILE#NUMBER (as tests and judged queries name paragraphs)."""
    source, _, number = ref.rpartition("#")
    return next(p["id"] for p in searcher.paragraphs_of(source) if str(p["number"]) == number)


# Tests the everyday run (`-m "not slow"`, under a minute) leaves to CI: each takes seconds (index processes,
# large corpora, OCR, load), measured with --durations.
SLOW = {
    "test_reliability.py": {"test_large_text_file", "test_sigkill_mid_index_keeps_last_complete_index", "test_two_indexers_at_once",
                            "test_reindex_while_serving", "test_load_short"},
    "test_bench.py": {"test_runner_small", "test_runner_postgres_with_concurrent_clients", "test_generator_is_deterministic_and_parseable"},
    "test_quality.py": {"test_devset_judged_queries"},
    "test_engines.py": {"test_engine_recorded_and_switch_rebuilds"},
}


def pytest_collection_modifyitems(config, items):
    """Mark tests by what they need: PostgreSQL (`postgres`), a browser (`browser`); both, and the SLOW ones, `slow`."""
    for item in items:
        name = item.path.name
        params = getattr(getattr(item, "callspec", None), "params", {})
        uses_postgres = name == "test_postgres.py" or "postgres" in params.values() or \
            {"pg_database", "pg_server"} & set(getattr(item, "fixturenames", ()))
        if uses_postgres:
            item.add_marker(pytest.mark.postgres)
        if name == "test_browser.py":
            item.add_marker(pytest.mark.browser)
        if uses_postgres or name == "test_browser.py" or item.originalname in SLOW.get(name, ()):
            item.add_marker(pytest.mark.slow)
