"""Benchmark runner: the real `protokoll` pipeline at a given size, beside SQLite FTS5.

Input: a paragraph count (a corpus is generated under the work folder, once per size). Output: a
Markdown report (printed, and written to bench/RESULTS.md with --write) with: full build rate, incremental
update of one protocol, index size, peak memory while indexing, search latency p50/p95/p99 and the
slowest query for a fixed query mix through the Python API and over HTTP (`/api/search` and the HTML
page), concurrent searches from 16 clients (bench/load.py), and the same paragraphs in SQLite FTS5 fed
with the project's analyzer output, as ratios. The postgres engine runs on `--dsn`, else on a PostgreSQL
server the runner starts under the work folder (tests/pgserver.py, durable settings).
Run: `python -m bench --paragraphs 20000` (CI-friendly) or `--paragraphs 200000` (by hand).
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlencode

from bench import load, sqlite_ref
from bench.generate import generate
from indexer import analysis
from indexer.build import index_docs, walk_corpus
from indexer.engine import open_engine
from indexer.model import Filters
from indexer.parse import parse_file
from indexer.query import parse_query
from indexer.model import SearchRequest
from indexer.search import run_search, warm_up

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Q:
    name: str
    text: str
    year: str | None = None
    body: str | None = None
    page: int = 1


MIX = [
    Q("single word", "våld"), Q("single word", "budget"), Q("single word", "familjehem"), Q("single word", "skolskjutsarna"),
    Q("compound part", "kostnad"), Q("compound part", "sjukvård"),
    Q("two words (AND)", "budget förskola"), Q("two words (AND)", "våld barn"),
    Q("OR", "detaljplan OR bygglov"), Q("phrase", '"god och nära vård"'),
    Q("prefix", "skol*"), Q("prefix", "bygg*"),
    Q("word + year", "budget", year="2015"), Q("word + body", "våld", body="Socialnämnden (Östersund)"),
    Q("page 2", "budget", page=2), Q("filter only", "", year="2020"),
]
REPEAT = 7


def _pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(p * len(values)))]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _timed_child(args: list[str]) -> tuple[float, float, str]:
    """Run a child process; return (seconds, peak RSS in MB, stdout)."""
    start = time.perf_counter()
    proc = subprocess.Popen(args, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    out = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode not in (0, 1):
        raise RuntimeError(f"{args} failed: {proc.stderr.read()}")
    return time.perf_counter() - start, usage.ru_maxrss / 1024, out


def _latencies(fn, queries: list[Q], cold: list[float] | None = None) -> tuple[list[float], dict[str, float]]:
    times, worst = [], {}
    for q in queries:
        t = time.perf_counter()
        fn(q)  # warm-up: the first time this query is asked (no cache has it yet)
        if cold is not None:
            cold.append((time.perf_counter() - t) * 1000)
        for _ in range(REPEAT):
            t = time.perf_counter()
            fn(q)
            ms = (time.perf_counter() - t) * 1000
            times.append(ms)
            worst[f"{q.name}: {q.text or '–'}"] = max(worst.get(f"{q.name}: {q.text or '–'}", 0), ms)
    return times, worst


# A server sized for this 2-core, 24 GB machine, as an operator would (PostgreSQL's defaults assume 128 MB).
PG_SETTINGS = ("shared_buffers=2GB", "effective_cache_size=12GB", "work_mem=64MB", "maintenance_work_mem=1GB",
               "max_wal_size=8GB", "checkpoint_timeout=30min", "max_parallel_workers_per_gather=2", "jit=off")


def bench_database(work: Path, paragraphs: int, dsn: str | None) -> str:
    """Return an empty benchmark database: on `dsn`'s server, else on a server started under `work`."""
    from tests import pgserver

    if dsn is None:
        cluster = pgserver.Cluster(work / "pg")
        if not (cluster.data / "PG_VERSION").exists():
            cluster.init()
        if not (cluster.data / "postmaster.pid").exists():
            cluster.start(durable=True, settings=PG_SETTINGS)
        dsn = cluster.dsn()
    return pgserver.fresh_database(dsn, f"bench_{paragraphs}")


def measure_engine(engine: str, corpus: Path, index_dir: Path, http: bool, dsn: str | None = None, load_seconds: float = 0,
                   words: int = 0) -> dict:
    """Build with `engine` through the real CLI and time searches through the API, HTTP and concurrent clients."""
    shutil.rmtree(index_dir, ignore_errors=True)
    fig: dict = {}
    where = ["--engine", "postgres", "--dsn", dsn] if dsn else ["--index", str(index_dir)]
    cmd = [sys.executable, "-m", "indexer", "index", str(corpus), *where, "-q"]
    secs, rss, out = _timed_child(cmd + (["--json"] if dsn else ["--rebuild", "--engine", engine, "--json"]))
    report = json.loads(out)
    fig.update(build_seconds=secs, build_rate=report["paragraphs"] / secs, build_words_rate=words / secs, build_peak_mb=rss,
               indexed=report["paragraphs"])
    files = sorted(walk_corpus(corpus))
    one = files[len(files) // 2]
    original = one.read_text(encoding="utf-8")
    one.write_text(original.replace("Beslut\n", "Beslut\nTillägg för mätning av inkrementell uppdatering.\n", 1), encoding="utf-8")
    named = [sys.executable, "-m", "indexer", "index", "--corpus", str(corpus), str(one), *where, "-q"]
    try:
        fig["incremental_seconds"], _, _ = _timed_child(cmd)  # the corpus walked and stat-ed
        one.write_text(original, encoding="utf-8")
        fig["incremental_named_seconds"], _, _ = _timed_child(named)  # `protokoll index FILE`, as `protokoll watch` runs it
    finally:
        one.write_text(original, encoding="utf-8")
        _timed_child(cmd)
    engine_obj = open_engine(index_dir, dsn=dsn)
    fig["index_mb"] = engine_obj.index_bytes() / 2**20
    if dsn:
        with engine_obj.searcher() as s:
            fig["server"] = "PostgreSQL " + s.one("SHOW server_version")[0].split()[0]

    def api(q: Q) -> None:
        with engine_obj.searcher() as s:
            run_search(s, SearchRequest(q.text, Filters(years=[q.year] if q.year else [], bodies=[q.body] if q.body else []), page=q.page))

    warm_up()  # as `protokoll serve` does before it listens
    t = time.perf_counter()
    api(MIX[0])
    fig["first_query_ms"] = (time.perf_counter() - t) * 1000
    fig["api_cold"] = []
    fig["api"], fig["api_worst"] = _latencies(api, MIX, fig["api_cold"])
    if http:
        port = _free_port()
        server = subprocess.Popen([sys.executable, "-m", "indexer", "serve", *where, "--corpus", str(corpus),
                                   "--port", str(port)], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            base = f"http://127.0.0.1:{port}"
            for _ in range(150):
                try:
                    urllib.request.urlopen(base + "/healthz", timeout=2).read()
                    break
                except OSError:
                    time.sleep(0.2)

            def get(path: str, q: Q) -> None:
                params = {"q": q.text, **({"year": q.year} if q.year else {}), **({"body": q.body} if q.body else {}),
                          **({"page": q.page} if q.page > 1 else {})}
                urllib.request.urlopen(f"{base}{path}?{urlencode(params)}", timeout=60).read()

            fig["http_api"], _ = _latencies(lambda q: get("/api/search", q), MIX)
            fig["http_html"], _ = _latencies(lambda q: get("/", q), MIX)
            if load_seconds:
                fig["load"] = load.run(base, 16, load_seconds)
        finally:
            server.terminate()
            server.wait()
    engine_obj.close()
    return fig


def run(paragraphs: int, work: Path, http: bool = True, engines: tuple[str, ...] = ("whoosh", "tantivy"), fts: bool = True,
        dsn: str | None = None, load_seconds: float = 0) -> dict:
    """Measure every engine and the SQLite FTS5 reference at `paragraphs`; return the figures."""
    corpus = work / f"corpus-{paragraphs}"
    if not corpus.exists():
        generate(paragraphs, corpus)
    # Words of the protocols as written (front pages and furniture included): what a build reads.
    words = sum(len(path.read_text(encoding="utf-8", errors="replace").split()) for path in walk_corpus(corpus))
    fig: dict = {"paragraphs": paragraphs, "words": words, "engines": {}}
    for engine in engines:
        db = bench_database(work, paragraphs, dsn) if engine == "postgres" else None
        fig["engines"][engine] = measure_engine(engine, corpus, work / f"index-{engine}-{paragraphs}", http, db, load_seconds, words)
    if fts:
        # SQLite FTS5 reference on the same paragraphs and the same analyzer output.
        t = time.perf_counter()
        docs = [d for path in walk_corpus(corpus) for d in index_docs(parse_file(path, source=path.relative_to(corpus).as_posix()))]
        analysis.analyze_all.cache_clear()
        db = work / f"fts5-{paragraphs}.sqlite"
        sqlite_ref.build(docs, db)
        ref = {"build_rate": len(docs) / (time.perf_counter() - t), "index_mb": db.stat().st_size / 2**20}
        con = sqlite3.connect(db)

        def search_fts(q: Q) -> None:
            parsed = parse_query(q.text)
            sqlite_ref.search(con, parsed.node, parsed.words, q.year, q.body, q.page)

        ref["api"], ref["api_worst"] = _latencies(search_fts, MIX)
        con.close()
        fig["fts"] = ref
    return fig


def report(fig: dict, command: str) -> str:
    """Format the figures as Markdown; ratios are to SQLite FTS5 when it was measured."""
    import whoosh

    from importlib.metadata import PackageNotFoundError, version

    try:
        tv = f", tantivy-py {version('tantivy')}"
    except PackageNotFoundError:
        tv = ""
    versions = (f"Python {platform.python_version()}, whoosh-reloaded {'.'.join(map(str, whoosh.__version__))}{tv}, "
                f"SQLite {sqlite3.sqlite_version}, analyzer {analysis.ANALYZER_VERSION}, {os.cpu_count()} cores")
    servers = sorted({e["server"] for e in fig["engines"].values() if "server" in e})
    if servers:
        versions += ", " + ", ".join(servers) + " (" + ", ".join(PG_SETTINGS) + ")"
    ref = fig.get("fts")
    names = list(fig["engines"])
    head = "| | " + " | ".join(names) + (" | SQLite FTS5 |" if ref else " |") + "\n|---|" + "---|" * (len(names) + bool(ref)) + "\n"

    def cells(fn, ref_cell: str = "") -> str:
        return " | ".join(fn(fig["engines"][n]) for n in names) + (f" | {ref_cell} |" if ref else " |")

    def ratio(value: float, base: float | None) -> str:
        return f" ({value / base:.2f}×)" if base else ""

    fts_p95 = _pct(ref["api"], 0.95) if ref else None
    lines = [
        f"### {fig['paragraphs']:,} paragraphs\n",
        f"`{command}` — {versions}, {time.strftime('%Y-%m-%d')}. {fig['words'] / fig['paragraphs']:.0f} words per paragraph "
        "as written. Ratios in brackets are to SQLite FTS5.\n",
        head.rstrip("\n"),
        "| full build (parse + analyze + index), paragraphs/s | " + cells(lambda e: f"{e['build_rate']:.0f}" + ratio(e["build_rate"], ref and ref["build_rate"]), f"{ref['build_rate']:.0f}" if ref else ""),
        "| full build, words/s (of the protocols as written) | " + cells(lambda e: f"{e['build_words_rate']:,.0f}"),
        "| incremental update of one protocol, end to end (corpus walked) | " + cells(lambda e: f"{e['incremental_seconds']:.2f} s"),
        "| incremental update of one protocol, end to end (`protokoll index FILE`) | "
        + cells(lambda e: f"{e['incremental_named_seconds']:.2f} s" if "incremental_named_seconds" in e else ""),
        "| index size | " + cells(lambda e: f"{e['index_mb']:.0f} MB", f"{ref['index_mb']:.0f} MB" if ref else ""),
        "| peak memory while indexing | " + cells(lambda e: f"{e['build_peak_mb']:.0f} MB"),
        "| first query after opening | " + cells(lambda e: f"{e['first_query_ms']:.0f} ms"),
    ]
    for label, key in (("API", "api"), ("HTTP /api/search", "http_api"), ("HTTP HTML page", "http_html")):
        if all(key in fig["engines"][n] for n in names):
            for p in (0.5, 0.95, 0.99):
                lines.append(f"| search {label} p{int(p * 100)}, ms | " + cells(
                    lambda e: f"{_pct(e[key], p):.1f}" + (ratio(_pct(e[key], p), fts_p95) if p == 0.95 else ""),
                    f"{_pct(ref['api'], p):.1f}" if ref and key == "api" else ""))
            lines.append(f"| search {label} max, ms | " + cells(lambda e: f"{max(e[key]):.1f}", f"{max(ref['api']):.1f}" if ref and key == "api" else ""))
        if key == "api" and all("api_cold" in fig["engines"][n] for n in names):
            lines.append("| search API p95, first time each query is asked, ms | " + cells(lambda e: f"{_pct(e['api_cold'], 0.95):.1f}"))
            lines.append("| search API max, first time each query is asked, ms | " + cells(lambda e: f"{max(e['api_cold']):.1f}"))
    if all("load" in fig["engines"][n] for n in names):
        lines.append("| 16 concurrent clients (bench/load.py), requests/s | " + cells(lambda e: f"{e['load']['rps']:.1f}"))
        lines.append("| 16 concurrent clients, p95 ms (errors) | " + cells(lambda e: f"{e['load']['p95_ms']:.0f} ({e['load']['errors']})"))
    worst = {n: max(fig["engines"][n]["api_worst"].items(), key=lambda kv: kv[1]) for n in names}
    lines.append("")
    lines.append(f"Query mix: {len(MIX)} queries × {REPEAT} runs after a warm-up, each with facet counts (year, body, speaker, "
                 "topic) and highlighted snippets (SQLite: GROUP BY facet counts and the same highlighter). Slowest query: "
                 + "; ".join(f"{n} {w[0]} ({w[1]:.0f} ms)" for n, w in worst.items()) + ".")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print (or write) the report."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--paragraphs", type=int, default=20000)
    ap.add_argument("--work", type=Path, default=ROOT / "var" / "bench")
    ap.add_argument("--no-http", action="store_true")
    ap.add_argument("--engines", default="whoosh,tantivy", help="comma-separated engines to measure")
    ap.add_argument("--no-fts", action="store_true", help="skip the SQLite FTS5 reference")
    ap.add_argument("--dsn", help="PostgreSQL server for the postgres engine (default: one started under --work)")
    ap.add_argument("--load-seconds", type=float, default=0, help="also run 16 concurrent clients for this long per engine")
    ap.add_argument("--write", action="store_true", help="append the report to bench/RESULTS.md")
    args = ap.parse_args(argv)
    args.work.mkdir(parents=True, exist_ok=True)
    fig = run(args.paragraphs, args.work, http=not args.no_http, engines=tuple(args.engines.split(",")), fts=not args.no_fts,
              dsn=args.dsn, load_seconds=args.load_seconds)
    command = " ".join(["python -m bench"] + (argv if argv is not None else sys.argv[1:]))
    text = report(fig, command)
    print(text)
    if args.write:
        with open(ROOT / "bench" / "RESULTS.md", "a", encoding="utf-8") as fh:
            fh.write("\n" + text)
    return 0


__all__ = ["run", "report", "main"]
