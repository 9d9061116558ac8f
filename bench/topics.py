"""Measure topic coverage: the share of non-Formalia paragraphs that get an area, per file and overall.

Input: protocol files or folders (default: the bundled corpus and, when present, ../shared/devset/src).
Output: one line per file with paragraphs and covered ones, the paragraphs without an area, and the total.
Run: python3 -m bench.topics [PATH ...]
"""
from __future__ import annotations

import sys
from pathlib import Path

from indexer.parse import parse_file
from indexer.read import ReadError
from indexer.topics import FORMALIA, SEPARATOR, assign_topics

DEFAULT = [Path("corpus"), Path("../shared/devset/src")]


def files(paths: list[Path]) -> list[Path]:
    """List the protocol files under the paths (sidecars excluded)."""
    out = []
    for p in paths:
        out += sorted(f for f in p.iterdir() if f.is_file() and not f.name.endswith(".toml")) if p.is_dir() else [p]
    return out


def main(argv: list[str]) -> int:
    """Print coverage per file and overall."""
    paths = [Path(a) for a in argv] or [p for p in DEFAULT if p.exists()]
    total = covered = 0
    for f in files(paths):
        try:
            protocol = parse_file(f)
        except ReadError as exc:
            print(f"{f.name}: skipped ({exc})")
            continue
        n = ok = 0
        for para in protocol.paragraphs:
            topics = assign_topics(para.title, para.text, decision=para.decision, body=protocol.body)
            if topics == [FORMALIA]:
                continue
            n += 1
            if any(SEPARATOR not in t for t in topics):
                ok += 1
            else:
                print(f"    no area: {f.name} § {para.number} {para.title}")
        print(f"{f.name}: {ok}/{n}")
        total, covered = total + n, covered + ok
    print(f"coverage {covered}/{total} = {covered / max(total, 1):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
