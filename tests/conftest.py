"""Shared fixtures: a session index built once from the bundled corpus, the Flask app and client."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"


@pytest.fixture(scope="session")
def corpus_dir(tmp_path_factory) -> Path:
    """A private copy of the bundled corpus (tests may not change the real one)."""
    target = tmp_path_factory.mktemp("corpus") / "corpus"
    shutil.copytree(CORPUS, target)
    return target


def _engines() -> list[str]:
    import importlib.util
    import os

    names = ["whoosh"]
    if importlib.util.find_spec("tantivy") is not None:
        names.append("tantivy")
    elif os.environ.get("PROTOKOLL_REQUIRE_ENGINES"):
        raise RuntimeError("tantivy is not installed but PROTOKOLL_REQUIRE_ENGINES is set")
    return names


@pytest.fixture(scope="session", params=_engines())
def index_dir(request, corpus_dir, tmp_path_factory) -> Path:
    """An index of the bundled corpus, built once per session and engine: search tests run on each engine."""
    from indexer.build import build_index

    path = tmp_path_factory.mktemp(f"index-{request.param}")
    report = build_index(corpus_dir, path, progress=False, engine=request.param)
    assert report.skipped == [] and report.paragraphs > 30
    return path


@pytest.fixture(scope="session")
def engine(index_dir):
    from indexer.engine import open_engine

    return open_engine(index_dir)


@pytest.fixture()
def searcher(engine):
    with engine.searcher() as s:
        yield s


@pytest.fixture(scope="session")
def app(index_dir, corpus_dir):
    from webui import create_app

    return create_app({"INDEX_DIR": str(index_dir), "CORPUS_DIR": str(corpus_dir), "TESTING": True})


@pytest.fixture()
def client(app):
    return app.test_client()
