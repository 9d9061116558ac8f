"""The benchmark tools work end to end at a tiny size (figures are recorded by hand in bench/RESULTS.md)."""
import sqlite3

from bench import sqlite_ref
from bench.generate import generate
from bench.run import report, run
from indexer import analysis
from indexer.build import index_docs, walk_corpus
from indexer.parse import parse_file
from indexer.query import parse_query


def test_generator_is_deterministic_and_parseable(tmp_path):
    n1 = generate(300, tmp_path / "a")
    n2 = generate(300, tmp_path / "b")
    files_a = sorted(p.relative_to(tmp_path / "a") for p in walk_corpus(tmp_path / "a"))
    assert n1 == n2 >= 300 and files_a == sorted(p.relative_to(tmp_path / "b") for p in walk_corpus(tmp_path / "b"))
    assert all((tmp_path / "a" / f).read_bytes() == (tmp_path / "b" / f).read_bytes() for f in files_a)
    parsed = [parse_file(tmp_path / "a" / f) for f in files_a]
    assert sum(len(p.paragraphs) for p in parsed) == n1
    assert all(p.date and p.body and not p.warnings for p in parsed)
    assert len({p.body for p in parsed}) > 5


def test_sqlite_reference_answers_like_the_engine(tmp_path):
    generate(200, tmp_path / "c")
    docs = [d for p in walk_corpus(tmp_path / "c") for d in index_docs(parse_file(p))]
    sqlite_ref.build(docs, tmp_path / "f.sqlite")
    con = sqlite3.connect(tmp_path / "f.sqlite")
    q = parse_query("budget")
    total, hits, facets = sqlite_ref.search(con, q.node, q.words)
    target = analysis.stem("budget")

    def has_budget(d) -> bool:
        toks = analysis.analyze_all("\n".join((d.title, d.text, d.decision, d.context)))
        return any(t.stem == target or target in t.parts or t.lower == "budget" for t in toks)

    assert total == sum(1 for d in docs if has_budget(d)) > 20
    assert any("<mark>" in h["snippet"] for h in hits) and sum(facets["year"].values()) == total
    q = parse_query('"god och nära vård" -budget')

    def has_phrase_not_budget(d) -> bool:
        toks = analysis.analyze_all("\n".join((d.title, d.text, d.decision, d.context)))
        return " god och nära vård " in " " + " ".join(t.lower for t in toks) + " " and not has_budget(d)

    want = sum(1 for d in docs if has_phrase_not_budget(d))
    assert sqlite_ref.search(con, q.node, q.words)[0] == want > 0


def test_runner_small(tmp_path):
    fig = run(300, tmp_path, http=True, engines=("whoosh",))
    e = fig["engines"]["whoosh"]
    assert e["indexed"] >= 300 and e["build_rate"] > 0 and e["incremental_seconds"] > 0
    assert len(e["api"]) == len(e["http_html"]) == len(fig["fts"]["api"])
    text = report(fig, "python -m bench --paragraphs 300")
    assert "| search API p95, ms |" in text and "SQLite FTS5" in text and "| full build" in text


def test_runner_postgres_with_concurrent_clients(tmp_path, pg_server):
    fig = run(300, tmp_path, http=True, engines=("postgres",), fts=False, dsn=pg_server, load_seconds=1)
    e = fig["engines"]["postgres"]
    assert e["indexed"] >= 300 and e["index_mb"] > 0 and e["server"].startswith("PostgreSQL")
    assert e["load"]["requests"] > 0 and e["load"]["errors"] == 0
    text = report(fig, "python -m bench --paragraphs 300 --engines postgres")
    assert "| 16 concurrent clients (bench/load.py), requests/s |" in text and "PostgreSQL" in text
