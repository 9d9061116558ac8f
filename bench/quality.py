"""Retrieval quality: nDCG@10 and recall@10 of judged queries.

Input: a corpus and its judged queries — by default the bundled corpus (./corpus) with bench/judged_queries.toml;
`--devset DIR` the development set (DIR/src with DIR/queries.json, `[{"q", "rel": {"FILE#NUMBER": grade}}]`).
Output: per-query nDCG@10 and recall@10 and the means, printed; `--json` for machines. Builds a throwaway index
unless --index is given; `--engine postgres --dsn DSN` indexes into (and searches) that database instead.
Run: `python -m bench.quality`, `python -m bench.quality --devset ../shared/devset` (the README quotes both).
"""
from __future__ import annotations

import argparse
import json
import math
import sys
import tempfile
import tomllib
from pathlib import Path

from indexer.build import build_index
from indexer.config import resolve
from indexer.engine import DEFAULT_ENGINE
from indexer.model import SearchRequest
from indexer.search import run_search

JUDGED = Path(__file__).resolve().parent / "judged_queries.toml"
K = 10


def ndcg_at(ranked: list[str], relevant: dict[str, int], k: int = K) -> float:
    """Return nDCG@k with graded gains 2^grade - 1."""
    dcg = sum((2 ** relevant.get(doc, 0) - 1) / math.log2(i + 2) for i, doc in enumerate(ranked[:k]))
    ideal = sorted(relevant.values(), reverse=True)[:k]
    idcg = sum((2 ** g - 1) / math.log2(i + 2) for i, g in enumerate(ideal))
    return dcg / idcg if idcg else 0.0


def recall_at(ranked: list[str], relevant: dict[str, int], k: int = K) -> float:
    """Return the share of the relevant paragraphs in the first k (of at most k: 1.0 is always reachable)."""
    wanted = [doc for doc, grade in relevant.items() if grade > 0]
    if not wanted:
        return 1.0
    return len(set(ranked[:k]) & set(wanted)) / min(k, len(wanted))


def load_judged(path: Path) -> list[tuple[str, dict[str, int]]]:
    """Read judged queries: the project's TOML ([[query]] q, relevant) or the devset's JSON ([{q, rel}])."""
    text = Path(path).read_text(encoding="utf-8")
    if Path(path).suffix == ".json":
        return [(item["q"], item["rel"]) for item in json.loads(text)]
    return [(item["q"], item["relevant"]) for item in tomllib.loads(text)["query"]]


def evaluate(engine, judged: Path = JUDGED) -> dict[str, tuple[float, float]]:
    """Return (nDCG@10, recall@10) per judged query over an opened engine; paragraphs are named FILE#NUMBER."""
    out = {}
    with engine.searcher() as s:
        for q, relevant in load_judged(judged):
            ranked = [h.ref for h in run_search(s, SearchRequest(q, per_page=K)).hits]
            out[q] = (ndcg_at(ranked, relevant), recall_at(ranked, relevant))
    return out


def means(scores: dict[str, tuple[float, float]]) -> tuple[float, float]:
    """Return the mean nDCG@10 and mean recall@10."""
    n = len(scores) or 1
    return sum(v[0] for v in scores.values()) / n, sum(v[1] for v in scores.values()) / n


def main(argv: list[str] | None = None) -> int:
    """Print nDCG@10 per judged query and the mean."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=Path("corpus"))
    ap.add_argument("--judged", type=Path, default=JUDGED, help="judged queries (TOML as bench/judged_queries.toml, or JSON as the devset's)")
    ap.add_argument("--devset", type=Path, help="the development set's folder: its src/ and queries.json")
    ap.add_argument("--index", type=Path)
    ap.add_argument("--engine", default=DEFAULT_ENGINE, help="engine for the throwaway index (tantivy, whoosh or postgres)")
    ap.add_argument("--dsn", help="PostgreSQL database for --engine postgres (indexed, then searched)")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    if args.devset:
        args.corpus, args.judged = args.devset / "src", args.devset / "queries.json"
    with tempfile.TemporaryDirectory() as tmp:
        index_dir = args.index or Path(tmp) / "index"
        if args.index is None:
            build_index(args.corpus, index_dir, progress=False, engine=args.engine, dsn=args.dsn)
        engine = resolve(args.engine, index_dir, args.dsn).open()
        try:
            scores = evaluate(engine, args.judged)
        finally:
            engine.close()
    ndcg, recall = means(scores)
    if args.json:
        print(json.dumps({"ndcg@10": round(ndcg, 4), "recall@10": round(recall, 4),
                          "queries": {q: {"ndcg@10": round(n, 4), "recall@10": round(r, 4)} for q, (n, r) in scores.items()}},
                         ensure_ascii=False))
    else:
        print(" nDCG  recall  query")
        for q, (n, r) in scores.items():
            print(f"{n:5.3f}  {r:6.3f}  {q}")
        print(f"{ndcg:5.3f}  {recall:6.3f}  mean over {len(scores)} judged queries ({args.judged})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
