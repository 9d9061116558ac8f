"""Regenerate indexer/data/sv_words.tsv from the wordfreq package.

Input: wordfreq's Swedish frequency list (pip install wordfreq). Output: one
`word<TAB>zipf` line per alphabetic word, most frequent first. The data is
derived from wordfreq (data licensed CC BY-SA 4.0, see indexer/data/README.md).
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

import wordfreq

SIZE = 60000
OUT = Path(__file__).resolve().parent.parent / "indexer" / "data" / "sv_words.tsv"


def main() -> None:
    """Write the top SIZE alphabetic Swedish words with their Zipf frequency."""
    words = [w for w in wordfreq.top_n_list("sv", SIZE * 2) if re.fullmatch(r"[a-zåäöéü]{2,}", w)]
    lines = [f"{w}\t{wordfreq.zipf_frequency(w, 'sv'):.1f}" for w in words[:SIZE]]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} words to {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main()
