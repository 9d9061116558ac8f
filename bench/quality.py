"""Retrieval quality: nDCG@10 of the judged queries in bench/judged_queries.toml.

Input: a corpus (default ./corpus) and the judged queries. Output: per-query nDCG@10 and the mean,
printed; `--json` for machines. Builds a throwaway index unless --index is given; `--engine postgres
--dsn DSN` indexes into (and searches) that database instead.
Run: `python -m bench.quality` (the README quotes its result).
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
from indexer.engine import DEFAULT_ENGINE, open_engine
from indexer.search import SearchRequest, run_search

JUDGED = Path(__file__).resolve().parent / "judged_queries.toml"


def ndcg_at(ranked: list[str], relevant: dict[str, int], k: int = 10) -> float:
    """Return nDCG@k with graded gains 2^grade - 1."""
    dcg = sum((2 ** relevant.get(doc, 0) - 1) / math.log2(i + 2) for i, doc in enumerate(ranked[:k]))
    ideal = sorted(relevant.values(), reverse=True)[:k]
    idcg = sum((2 ** g - 1) / math.log2(i + 2) for i, g in enumerate(ideal))
    return dcg / idcg if idcg else 0.0


def evaluate(engine, judged: Path = JUDGED) -> dict[str, float]:
    """Return nDCG@10 per query over an opened engine."""
    queries = tomllib.loads(judged.read_text(encoding="utf-8"))["query"]
    out = {}
    with engine.searcher() as s:
        for item in queries:
            hits = run_search(s, SearchRequest(item["q"], per_page=10)).hits
            out[item["q"]] = ndcg_at([h.ref for h in hits], item["relevant"])
    return out


def main(argv: list[str] | None = None) -> int:
    """Print nDCG@10 per judged query and the mean."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=Path("corpus"))
    ap.add_argument("--index", type=Path)
    ap.add_argument("--engine", default=DEFAULT_ENGINE, help="engine for the throwaway index (tantivy, whoosh or postgres)")
    ap.add_argument("--dsn", help="PostgreSQL database for --engine postgres (indexed, then searched)")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        index_dir = args.index or Path(tmp) / "index"
        if args.index is None:
            build_index(args.corpus, index_dir, progress=False, engine=args.engine, dsn=args.dsn)
        engine = open_engine(index_dir, dsn=args.dsn)
        try:
            scores = evaluate(engine)
        finally:
            engine.close()
    mean = sum(scores.values()) / len(scores)
    if args.json:
        print(json.dumps({"ndcg@10": round(mean, 4), "queries": {q: round(v, 4) for q, v in scores.items()}}, ensure_ascii=False))
    else:
        for q, v in scores.items():
            print(f"{v:6.3f}  {q}")
        print(f"{mean:6.3f}  mean nDCG@10 over {len(scores)} judged queries")
    return 0


if __name__ == "__main__":
    sys.exit(main())
