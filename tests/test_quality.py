"""Retrieval quality over the judged queries (bench/judged_queries.toml): nDCG@10 >= 0.95."""
from bench.quality import evaluate, ndcg_at


def test_ndcg_formula():
    assert ndcg_at(["a", "b"], {"a": 2, "b": 1}) == 1.0
    assert ndcg_at(["b", "a"], {"a": 2, "b": 1}) < 1.0
    assert ndcg_at(["x"], {"a": 2}) == 0.0


def test_judged_queries_ndcg(engine):
    scores = evaluate(engine)
    mean = sum(scores.values()) / len(scores)
    assert mean >= 0.95, scores
    assert min(scores.values()) >= 0.6, scores
