"""Highlighting shared by every engine: mark the query's words as written in the document.

Input: document text and the query's words. Output: HTML-escaped text where matching words are wrapped
in `<mark>` (the only markup), either the best fragment (snippet) or the whole text. A word matches
when it is the query word as written, another inflection of it (same stem), a compound containing it,
or, for `prefix*`, a word starting with the prefix.
"""
from __future__ import annotations

import html
from dataclasses import dataclass

from . import analysis


@dataclass(frozen=True)
class Terms:
    lowers: frozenset[str]
    stems: frozenset[str]
    prefixes: tuple[str, ...]

    @classmethod
    def from_words(cls, words: list[str]) -> "Terms":
        """Build match sets from the query's positive words ('prefix*' for prefixes)."""
        lowers, stems, prefixes = set(), set(), []
        for w in words:
            if w.endswith("*"):
                prefixes.append(analysis.normalize(w[:-1]).lower())
                continue
            for tok in analysis.analyze(w, stopwords=False):
                lowers.add(tok.lower)
                stems.add(tok.stem)
        return cls(frozenset(lowers), frozenset(stems), tuple(prefixes))

    def matches(self, tok: analysis.Token) -> bool:
        """Tell whether a document token matches one of the query's words."""
        if tok.lower in self.lowers or tok.stem in self.stems:
            return True
        if any(tok.lower.startswith(p) for p in self.prefixes):
            return True
        return any(p in self.stems for p in tok.parts)

    def __bool__(self) -> bool:
        return bool(self.lowers or self.prefixes)


def _marked_spans(text: str, terms: Terms) -> list[tuple[int, int]]:
    if not terms:
        return []
    return [(t.start, t.end) for t in analysis.analyze(text, stopwords=False, compounds=True) if terms.matches(t)]


def _render(text: str, spans: list[tuple[int, int]], start: int, end: int) -> str:
    out, pos = [], start
    for s, e in spans:
        if e <= start or s >= end:
            continue
        out.append(html.escape(text[pos:s]))
        out.append("<mark>" + html.escape(text[s:e]) + "</mark>")
        pos = e
    out.append(html.escape(text[pos:end]))
    return "".join(out)


def highlight_all(text: str, words: list[str]) -> str:
    """Return the whole text escaped, with every match in <mark>."""
    terms = Terms.from_words(words)
    return _render(text, _marked_spans(text, terms), 0, len(text))


def snippet(text: str, words: list[str], size: int = 260) -> str:
    """Return the best fragment of `text` (most distinct matches) escaped, with matches in <mark>."""
    text = " ".join(text.split())
    if not text:
        return ""
    terms = Terms.from_words(words)
    spans = _marked_spans(text, terms)
    if not spans:
        end = _cut_end(text, min(len(text), size))
        return html.escape(text[:end]) + (" …" if end < len(text) else "")
    best, best_score = 0, -1
    for i, (s, _) in enumerate(spans):
        window = [sp for sp in spans[i:] if sp[1] <= s + size]
        score = len({text[a:b].lower() for a, b in window}) * 10 + len(window)
        if score > best_score:
            best, best_score = i, score
    first = spans[best][0]
    start = _cut_start(text, max(0, first - size // 4))
    end = _cut_end(text, min(len(text), start + size))
    prefix = "… " if start > 0 else ""
    suffix = " …" if end < len(text) else ""
    return prefix + _render(text, spans, start, end) + suffix


def plain_snippet(text: str, words: list[str], size: int = 260) -> str:
    """Return the best fragment of `text` as plain text (feeds, e-mail): the snippet without marks or escapes."""
    return html.unescape(snippet(text, words, size).replace("<mark>", "").replace("</mark>", ""))


def _cut_start(text: str, pos: int) -> int:
    if pos <= 0:
        return 0
    space = text.rfind(" ", 0, pos)
    sentence = text.rfind(". ", max(0, pos - 60), pos)
    if sentence != -1:
        return sentence + 2
    return space + 1 if space != -1 else pos


def _cut_end(text: str, pos: int) -> int:
    if pos >= len(text):
        return len(text)
    space = text.rfind(" ", 0, pos)
    return space if space > 0 else pos
