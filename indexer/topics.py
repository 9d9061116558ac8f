"""Topic taxonomy: load topics.toml and give each paragraph its topics.

Input: a paragraph's title and text (and the taxonomy file shipped beside this module, or another one).
Output: a sorted list of topic labels. Keywords are matched after analysis, on stems and on compound
parts, so taxonomy and index agree on what a word is. Procedural items get "Formalia" by title.
"""
from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from .analysis import analyze, analyze_all, normalize
from .stopwords import STOPWORDS

FORMALIA = "Formalia"


@dataclass(frozen=True)
class Taxonomy:
    topics: dict[str, tuple[tuple[str, ...], ...]]  # label -> keyword stem sequences
    formalia_titles: tuple[str, ...]
    min_score: int


def _phrase_stems(keyword: str) -> tuple[str, ...]:
    return tuple(t.stem for t in analyze(keyword))


@lru_cache(maxsize=4)
def load_taxonomy(path: str | None = None) -> Taxonomy:
    """Load a taxonomy file (the shipped topics.toml by default)."""
    if path is None:
        raw = resources.files("indexer").joinpath("topics.toml").read_text(encoding="utf-8")
    else:
        raw = Path(path).read_text(encoding="utf-8")
    data = tomllib.loads(raw)
    topics = {
        label: tuple(p for p in (_phrase_stems(k) for k in spec.get("keywords", [])) if p)
        for label, spec in data.get("topics", {}).items()
    }
    titles = tuple(normalize(t).lower() for t in data.get("formalia", {}).get("titles", []))
    return Taxonomy(topics, titles, int(data.get("min_score", 2)))


def _positions(seq: list[str]) -> dict[str, list[int]]:
    out: dict[str, list[int]] = {}
    for i, s in enumerate(seq):
        out.setdefault(s, []).append(i)
    return out


def _contains(seq: list[str], where: dict[str, list[int]], phrase: tuple[str, ...]) -> bool:
    n = len(phrase)
    return any(tuple(seq[i : i + n]) == phrase for i in where.get(phrase[0], ()))


def is_formalia(title: str, taxonomy: Taxonomy | None = None) -> bool:
    """Tell whether a title names a procedural item (opening, minutes checker, agenda, closing)."""
    tax = taxonomy or load_taxonomy()
    t = normalize(title).lower().strip(" .:")
    return any(t == f or t.startswith(f + " ") or t.startswith(f + ",") for f in tax.formalia_titles)


def title_parts_set(tokens: list) -> set[str]:
    """Return the compound-part stems of tokens."""
    return {p for t in tokens for p in t.parts}


def assign_topics(title: str, text: str, taxonomy: Taxonomy | None = None) -> list[str]:
    """Return the topic labels of a paragraph."""
    tax = taxonomy or load_taxonomy()
    if is_formalia(title, tax):
        return [FORMALIA]
    title_tokens = [t for t in analyze_all(title) if t.lower not in STOPWORDS]
    text_tokens = [t for t in analyze_all(text) if t.lower not in STOPWORDS]
    title_seq = [t.stem for t in title_tokens]
    text_seq = [t.stem for t in text_tokens]
    title_at, text_at = _positions(title_seq), _positions(text_seq)
    title_words, text_words = set(title_at) | title_parts_set(title_tokens), set(text_at) | title_parts_set(text_tokens)
    out = []
    for label, phrases in tax.topics.items():
        score = 0
        for phrase in phrases:
            if len(phrase) == 1:  # most keywords are one word: a set lookup (stems and compound parts)
                score += 2 if phrase[0] in title_words else 1 if phrase[0] in text_words else 0
            elif _contains(title_seq, title_at, phrase):
                score += 2
            elif _contains(text_seq, text_at, phrase):
                score += 1
        if score >= tax.min_score:
            out.append(label)
    return sorted(out)
