"""Topic taxonomy: load topics.toml (and an organisation's own extension) and give each paragraph its topics.

Input: a paragraph's title, text, decision and body. Output: a sorted list of topic labels at two levels: the
area ("Bygga, bo och miljö") and, for each subtopic with evidence, "area › subtopic" ("Bygga, bo och miljö ›
Vatten och avfall"); procedural items get "Formalia" by title. Keywords are matched after analysis, on stems
and on compound parts, so taxonomy and index agree on what a word is. Evidence weighs by where it stands:
the title most, the decision next, the text only when a keyword comes back in a second sentence; the body is
a prior (its area wins ties of no evidence, and a near miss in its own area counts).
"""
from __future__ import annotations

import os
import re
import tomllib
from collections import Counter
from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path

from .analysis import analyze, normalize, sentence_words

FORMALIA = "Formalia"
SEPARATOR = " › "
# An organisation's own taxonomy file, merged into the shipped one.
ENV_EXTRA = "PROTOKOLL_TOPICS"
# What one keyword can add from the running text (sentences after its first), below a title's weight.
MAX_TEXT_SCORE = 2


@dataclass(frozen=True)
class Area:
    label: str
    bodies: tuple[str, ...]                                   # body-name words that make this area the prior
    subtopics: dict[str, tuple[tuple[str, ...], ...]]         # subtopic -> keyword stem sequences


@dataclass(frozen=True)
class Taxonomy:
    areas: tuple[Area, ...]
    formalia_titles: tuple[str, ...]
    formalia_words: frozenset[str]
    min_score: int
    title_weight: int
    decision_weight: int

    def labels(self) -> list[str]:
        """Every label the taxonomy can give, areas before their subtopics."""
        out = [FORMALIA]
        for a in self.areas:
            out += [a.label] + [a.label + SEPARATOR + s for s in a.subtopics]
        return out

    @cached_property
    def subtopic_list(self) -> tuple[tuple[Area, str], ...]:
        """Every (area, subtopic) in order; a subtopic's number is its place here."""
        return tuple((area, sub) for area in self.areas for sub in area.subtopics)

    @cached_property
    def formalia_openings(self) -> tuple[str, ...]:
        """How a longer procedural title opens: a Formalia title and a space or a comma ("val av justerare, …")."""
        return tuple(f + sep for f in self.formalia_titles for sep in (" ", ","))

    @cached_property
    def phrase_index(self) -> dict[str, list[tuple[tuple[str, ...], int]]]:
        """The keyword phrases by their first stem: (phrase, subtopic number) for each."""
        index: dict[str, list[tuple[tuple[str, ...], int]]] = {}
        for n, (area, sub) in enumerate(self.subtopic_list):
            for phrase in area.subtopics[sub]:
                index.setdefault(phrase[0], []).append((phrase, n))
        return index

    def resolve(self, label: str) -> str:
        """Return the stored label for a label as a user writes it ("Vatten och avfall" -> "Bygga, bo och miljö › …")."""
        low = label.strip().lower()
        for full in self.labels():
            if low in (full.lower(), full.split(SEPARATOR)[-1].lower()):
                return full
        return label


def _phrase_stems(keyword: str) -> tuple[str, ...]:
    return tuple(t.stem for t in analyze(keyword))


def _merge(base: dict, extra: dict) -> dict:
    """Add an extension's areas, subtopics, keywords and Formalia titles to the shipped taxonomy."""
    for key in ("titles", "title_words"):
        base.setdefault("formalia", {}).setdefault(key, []).extend(extra.get("formalia", {}).get(key, []))
    for label, spec in extra.get("areas", {}).items():
        area = base.setdefault("areas", {}).setdefault(label, {})
        area.setdefault("bodies", []).extend(spec.get("bodies", []))
        for sub, keywords in spec.get("subtopics", {}).items():
            area.setdefault("subtopics", {}).setdefault(sub, []).extend(keywords)
    return base


@lru_cache(maxsize=4)
def load_taxonomy(path: str | None = None, extra: str | None = None) -> Taxonomy:
    """Load a taxonomy file (the shipped topics.toml by default) and merge an extension file into it."""
    if path is None:
        raw = resources.files("indexer").joinpath("topics.toml").read_text(encoding="utf-8")
    else:
        raw = Path(path).read_text(encoding="utf-8")
    data = tomllib.loads(raw)
    extra = extra if extra is not None else os.environ.get(ENV_EXTRA)
    if extra:
        data = _merge(data, tomllib.loads(Path(extra).read_text(encoding="utf-8")))
    areas = tuple(
        Area(label, tuple(normalize(b).lower() for b in spec.get("bodies", [])),
             {sub: tuple(p for p in (_phrase_stems(k) for k in words) if p) for sub, words in spec.get("subtopics", {}).items()})
        for label, spec in data.get("areas", {}).items()
    )
    formalia = data.get("formalia", {})
    return Taxonomy(
        areas, tuple(normalize(t).lower() for t in formalia.get("titles", [])),
        frozenset(_phrase_stems(w)[0] for w in formalia.get("title_words", []) if _phrase_stems(w)),
        int(data.get("min_score", 3)), int(data.get("title_weight", 3)), int(data.get("decision_weight", 2)),
    )


def is_formalia(title: str, taxonomy: Taxonomy | None = None) -> bool:
    """Tell whether a title names a procedural item (opening, justerare, agenda, delegationsbeslut, closing)."""
    tax = taxonomy or load_taxonomy()
    t = re.sub(r"^[\d.)\s–-]+", "", normalize(title).lower()).strip(" .:")
    if t in tax.formalia_titles or t.startswith(tax.formalia_openings):
        return True
    words = {tok.stem for tok in analyze(title)}
    return bool(words & tax.formalia_words) and len(words) <= 8


class _Evidence:
    """A part of a paragraph (title, decision, text) as stems and compound parts, sentence by sentence."""

    def __init__(self, text: str) -> None:
        self._found = sentence_words(text or "") if text else []
        self._sentences: list[str] | None = None  # made when a phrase of several words is first counted
        keys: list[str] = []  # each sentence's distinct stems and compound parts, one sentence after another
        for found in self._found:
            distinct = {w.stem for w in found}
            for w in found:
                if w.parts:
                    distinct.update(w.parts)
            keys += distinct
        self.words: Counter = Counter(keys)  # sentences per stem or compound part

    def count(self, phrase: tuple[str, ...]) -> int:
        """Return how many sentences hold the phrase (one word: as a stem or a compound part)."""
        if len(phrase) == 1 or phrase[0] not in self.words:
            return self.words.get(phrase[0], 0) if len(phrase) == 1 else 0
        if self._sentences is None:  # each sentence's stems between spaces: " budget kommun 2024 "
            self._sentences = [" " + " ".join([w.stem for w in found]) + " " for found in self._found]
        needle = " " + " ".join(phrase) + " "  # the phrase's stems in a row, as whole stems
        return sum(needle in sentence for sentence in self._sentences)


def most_specific(labels: list[str]) -> list[str]:
    """Drop an area from a list of topics when one of its subtopics is there too (for tags on a hit)."""
    areas_with_sub = {label.split(SEPARATOR)[0] for label in labels if SEPARATOR in label}
    return [label for label in labels if SEPARATOR in label or label not in areas_with_sub]


def body_area(body: str | None, taxonomy: Taxonomy | None = None) -> str | None:
    """Return the area a body's name leans to ("Miljö- och byggnadsnämnden" -> "Bygga, bo och miljö"), or None."""
    tax = taxonomy or load_taxonomy()
    name = normalize(body or "").lower()
    for area in tax.areas:
        if any(b in name for b in area.bodies):
            return area.label
    return None


def assign_topics(title: str, text: str, taxonomy: Taxonomy | None = None, decision: str | None = None,
                  body: str | None = None) -> list[str]:
    """Return the topic labels of a paragraph: areas and "area › subtopic" values, or ["Formalia"]."""
    tax = taxonomy or load_taxonomy()
    if is_formalia(title, tax):
        return [FORMALIA]
    parts = _Evidence(title), _Evidence(decision or ""), _Evidence(text)
    # Only the phrases whose first word the paragraph has can score: look those up instead of asking for all.
    scores: Counter = Counter()
    index = tax.phrase_index
    title_words, decision_words, text_words = (p.words for p in parts)
    for first in index.keys() & (title_words.keys() | decision_words.keys() | text_words.keys()):
        for phrase, sub in index[first]:
            if len(phrase) == 1:  # most keywords are one word: their counts are at hand
                in_title, in_decision, in_text = title_words.get(first, 0), decision_words.get(first, 0), text_words.get(first, 0)
            else:
                in_title, in_decision, in_text = (p.count(phrase) for p in parts)
            if in_title:
                scores[sub] += tax.title_weight
            elif in_decision:
                scores[sub] += tax.decision_weight
            elif in_text >= 2:  # a passing mention in one sentence is not evidence; each return is
                scores[sub] += min(in_text - 1, MAX_TEXT_SCORE)
    prior = body_area(body, tax)
    out: set[str] = set()
    for n, (area, sub) in enumerate(tax.subtopic_list):
        score = scores.get(n, 0)
        if score >= tax.min_score or (area.label == prior and score >= tax.min_score - 1):
            out |= {area.label, area.label + SEPARATOR + sub}
    if not out and prior:
        out.add(prior)
    return sorted(out)
