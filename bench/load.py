"""Load test: concurrent clients against a running `protokoll serve` on 127.0.0.1.

Input: the server's base URL, clients, duration. Output: requests/s, latency p50/p95/p99 and errors,
printed (or JSON with --json). Mixed traffic: searches (single words, compounds, phrases, prefixes,
filters, sorts, page 2), the API, paragraph pages and protocol pages. Loops are bounded in count and time.
Run: `python -m bench.load http://127.0.0.1:5000 --clients 16 --seconds 60`.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import threading
import time
import urllib.error
import urllib.request
from urllib.parse import quote

QUERIES = ["våld", "familjehem", "kostnad", "sjukvård", "barnahus", '"god och nära vård"', "andts*",
           "avtal centrum mot våld", "ledamöter", "socialnamnden", "våld -kvinnojouren", "budget OR avtal", "*", '"trasig']
FILTERS = ["", "&year=2022", "&speaker=Elin+Ring", "&topic=Formalia", "&sort=newest", "&page=2", "&year_from=2020&year_to=2023"]
MAX_REQUESTS_PER_CLIENT = 100_000


def _paths(base: str) -> list[str]:
    with urllib.request.urlopen(base + "/api/search?q=&per_page=100", timeout=10) as r:
        hits = json.load(r)["hits"]
    paths = [f"/p/{quote(h['id'])}?q=v%C3%A5ld" for h in hits[:20]]
    paths += sorted({f"/protokoll/{quote(h['source'])}" for h in hits})
    return paths


def run(base: str, clients: int, seconds: float, seed: int = 1) -> dict:
    """Drive the server with `clients` threads for `seconds`; return the measured figures."""
    base = base.rstrip("/")
    pages = _paths(base)
    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    deadline = time.monotonic() + seconds

    def client(n: int) -> None:
        rnd = random.Random(seed + n)
        local, errs = [], []
        for _ in range(MAX_REQUESTS_PER_CLIENT):
            if time.monotonic() >= deadline:
                break
            kind = rnd.random()
            if kind < 0.55:
                path = "/?q=" + quote(rnd.choice(QUERIES)) + rnd.choice(FILTERS)
            elif kind < 0.75:
                path = "/api/search?q=" + quote(rnd.choice(QUERIES)) + rnd.choice(FILTERS)
            else:
                path = rnd.choice(pages)
            t = time.perf_counter()
            try:
                with urllib.request.urlopen(base + path, timeout=30) as r:
                    r.read()
                    if r.status != 200:
                        errs.append(f"{r.status} {path}")
            except urllib.error.HTTPError as exc:
                errs.append(f"{exc.code} {path}")
            except Exception as exc:  # connection reset, timeout: all count as errors
                errs.append(f"{type(exc).__name__} {path}")
            local.append((time.perf_counter() - t) * 1000)
        with lock:
            latencies.extend(local)
            errors.extend(errs)

    started = time.monotonic()
    threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    elapsed = time.monotonic() - started
    latencies.sort()

    def pct(p: float) -> float:
        return round(latencies[min(len(latencies) - 1, int(p * len(latencies)))], 1) if latencies else 0.0

    return {"clients": clients, "seconds": round(elapsed, 1), "requests": len(latencies),
            "rps": round(len(latencies) / elapsed, 1), "p50_ms": pct(0.50), "p95_ms": pct(0.95), "p99_ms": pct(0.99),
            "errors": len(errors), "error_samples": errors[:5]}


def main(argv: list[str] | None = None) -> int:
    """Run the load test and print the figures; exit 1 when any request failed."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("base", nargs="?", default="http://127.0.0.1:5000")
    ap.add_argument("--clients", type=int, default=16)
    ap.add_argument("--seconds", type=float, default=60)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    if not args.base.startswith(("http://127.", "http://localhost", "http://[::1]")):
        ap.error("the load test only targets this machine (127.0.0.0/8, localhost, [::1])")
    result = run(args.base, args.clients, args.seconds)
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
    else:
        print(f"{result['clients']} clients × {result['seconds']} s: {result['requests']} requests, {result['rps']} req/s, "
              f"p50 {result['p50_ms']} ms, p95 {result['p95_ms']} ms, p99 {result['p99_ms']} ms, errors {result['errors']}")
        for e in result["error_samples"]:
            print("  error:", e)
    return 1 if result["errors"] else 0


if __name__ == "__main__":
    sys.exit(main())
