"""One query compiler for every engine: what a query means is decided here, once.

Input: a query tree (indexer/query.py: Word, Phrase, Prefix, Not, And, Or; stopwords and operators already
resolved there) and an engine's building blocks (`Blocks`: term, phrase, prefix, all_of, any_of, everything,
nothing). Output: the engine's own query object (a Whoosh query, a tantivy query, tsquery text).

Decided here for all engines:
- a plain word searches its exact form and its stem in title, decision, text, compound parts and context,
  weighted by `FIELD_WEIGHTS`; `titel:` / `beslut:` search that field's stem only;
- a hyphenated form (`KS-beslut`, `LSS-boende`) needs every piece, and the pieces in sequence rank higher;
- `dnr:` (and a dnr typed in the box, which query.py turns into one) searches the diarienummer's key;
- a phrase searches exact forms in sequence; a prefix the most frequent words starting with it;
- NOT x alone means every paragraph without x.
"""
from __future__ import annotations

from typing import Protocol, TypeVar

from .. import analysis, dnr
from ..query import And, Node, Not, Or, Phrase, Prefix, Word

Q = TypeVar("Q")

# How much a match in each field counts, relative to the text (the Whoosh schema and the tantivy query use them;
# PostgreSQL weighs its A-D labels in the rank). Measured on the judged queries: title matches are the best sign
# that a paragraph is about the word, compound parts and the protocol's context words the weakest.
FIELD_WEIGHTS = {"exact": 2.0, "title": 3.0, "decision": 1.5, "text": 1.0, "parts": 0.3, "context": 0.2}
# The pieces of a hyphenated form in their order, on top of each piece anywhere.
HYPHEN_SEQUENCE_WEIGHT = 0.5
# A prefix searches at most this many words (the most frequent with that start).
MAX_PREFIX_TERMS = 64
# Fields a `field:` word may name; anything else is searched everywhere.
STEM_FIELDS = ("title", "decision")


class Blocks(Protocol[Q]):
    """What an engine supplies; field names are the logical ones above, plus "dnr" (a diarienummer's key)."""

    def everything(self) -> Q:
        """Return a query every paragraph matches."""

    def nothing(self) -> Q:
        """Return a query no paragraph matches."""

    def term(self, field: str, value: str, weight: float = 1.0) -> Q:
        """Return a query for one indexed value of a field, scored with `weight`."""

    def phrase(self, words: list[str], weight: float = 1.0) -> Q:
        """Return a query for exact word forms in sequence (two or more)."""

    def prefix(self, text: str) -> Q:
        """Return a query for exact word forms starting with `text` (at most MAX_PREFIX_TERMS of them)."""

    def all_of(self, must: list[Q], must_not: list[Q], should: list[Q]) -> Q:
        """Return a query for paragraphs matching every `must` and no `must_not` (`should` only adds score).

        With no `must`, every paragraph without a `must_not`.
        """

    def any_of(self, options: list[Q]) -> Q:
        """Return a query for paragraphs matching at least one option."""


def compile_query(node: Node | None, b: Blocks[Q]) -> Q:
    """Compile a query tree with an engine's blocks; None (no query) means every paragraph."""
    if node is None:
        return b.everything()
    if isinstance(node, Word):
        return compile_word(node.text, node.field, b)
    if isinstance(node, Phrase):
        words = [w.lower() for w in node.words]
        if not words:
            return b.nothing()
        return b.phrase(words) if len(words) > 1 else b.term("exact", words[0])
    if isinstance(node, Prefix):
        return b.prefix(node.text.lower())
    if isinstance(node, Not):
        return b.all_of([], [compile_query(node.node, b)], [])
    if isinstance(node, And):
        must = [compile_query(n, b) for n in node.nodes if not isinstance(n, Not)]
        must_not = [compile_query(n.node, b) for n in node.nodes if isinstance(n, Not)]
        return b.all_of(must, must_not, [])
    if isinstance(node, Or):
        return b.any_of([compile_query(n, b) for n in node.nodes])
    raise TypeError(node)


def compile_word(text: str, field: str | None, b: Blocks[Q]) -> Q:
    """Compile one word (or a hyphenated form) for a field, or for every text field when `field` is None."""
    if field == "dnr":
        return b.term("dnr", dnr.key(text))
    tokens = analysis.analyze(text, stopwords=False)
    if not tokens:
        return b.nothing()
    if len(tokens) > 1:  # hyphenated: every piece; in sequence ranks higher
        pieces = [compile_word(t.lower, field, b) for t in tokens]
        sequence = [b.phrase([t.lower for t in tokens], HYPHEN_SEQUENCE_WEIGHT)] if field is None else []
        return b.all_of(pieces, [], sequence)
    tok = tokens[0]
    if field in STEM_FIELDS:
        return b.term(field, tok.stem)
    return b.any_of([b.term(f, tok.lower if f == "exact" else tok.stem, w) for f, w in FIELD_WEIGHTS.items()])
