"""Retrieval quality on every engine: nDCG@10 and recall@10 >= 0.95 over the project's judged queries
(bench/judged_queries.toml, the bundled corpus) and the development set's (../shared/devset/queries.json)."""
from pathlib import Path

import pytest

from bench.quality import evaluate, load_judged, means, ndcg_at, recall_at
from tests.conftest import ENGINES

DEVSET = Path(__file__).resolve().parent.parent.parent / "shared" / "devset"
GOAL = 0.95


def test_ndcg_formula():
    assert ndcg_at(["a", "b"], {"a": 2, "b": 1}) == 1.0
    assert ndcg_at(["b", "a"], {"a": 2, "b": 1}) < 1.0
    assert ndcg_at(["x"], {"a": 2}) == 0.0


@pytest.mark.parametrize("ranked, relevant, want", [
    (["a", "b", "x"], {"a": 2, "b": 1}, 1.0),
    (["x", "a"], {"a": 2, "b": 1}, 0.5),
    ([f"x{i}" for i in range(10)] + ["a"], {"a": 2}, 0.0),  # the 11th place does not count
    ([f"r{i}" for i in range(10)], {f"r{i}": 1 for i in range(15)}, 1.0),  # more relevant than places: all places filled
])
def test_recall_formula(ranked, relevant, want):
    assert recall_at(ranked, relevant) == want


def test_judged_queries(engine):
    scores = evaluate(engine)
    ndcg, recall = means(scores)
    assert ndcg >= GOAL and recall >= GOAL, scores
    assert min(n for n, _ in scores.values()) >= 0.6, scores


@pytest.mark.skipif(not (DEVSET / "queries.json").exists(), reason="the development set is not beside the project")
@pytest.mark.parametrize("engine_name", ENGINES)
def test_devset_judged_queries(engine_name, tmp_path, request):
    from indexer.build import build_index
    from indexer.engine import open_engine
    from tests import pgserver

    assert len(load_judged(DEVSET / "queries.json")) == 25
    dsn = pgserver.fresh_database(request.getfixturevalue("pg_server"), "devset_quality") if engine_name == "postgres" else None
    build_index(DEVSET / "src", tmp_path / "index", progress=False, engine=engine_name, dsn=dsn)
    engine = open_engine(tmp_path / "index", dsn=dsn)
    try:
        scores = evaluate(engine, DEVSET / "queries.json")
    finally:
        engine.close()
    ndcg, recall = means(scores)
    assert ndcg >= GOAL and recall >= GOAL, scores
