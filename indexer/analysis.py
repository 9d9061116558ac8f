"""Swedish text analysis shared by indexing, querying and highlighting.

Input: text. Output: `Token`s (surface form, lowercase, stem, character offsets, compound-part stems).
Order: Unicode NFC -> tokenize (letters incl. å ä ö é ü, digits; hyphenated forms split into their
pieces) -> lowercase -> Snowball Swedish stopwords -> Snowball stemming (PyStemmer when installed)
with post-stemming fixes that make inflections meet, and a table (data/sv_stems.tsv) for the forms Snowball
still splits from their lemma or joins with a stopword -> compound parts (see compounds.py).
`ANALYZER_VERSION` changes whenever any of this would produce different terms.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from importlib import resources
from typing import Iterator, NamedTuple

import snowballstemmer

from .compounds import compound_parts, vocabulary
from .stopwords import STOPWORDS

_STEMMER = snowballstemmer.stemmer("swedish")
ANALYZER_VERSION = f"sv-7/snowball-{getattr(snowballstemmer, '__version__', '3')}"

VOWELS = set("aeiouyåäöé")
# Irregular plurals Snowball cannot join (umlaut, vowel change); matched on the end of a stem so that
# compounds ("förtroendeledamöter") follow their last part.
IRREGULAR = {
    "ledamöt": "ledamot", "länd": "land", "städ": "stad", "händ": "hand", "tänd": "tand", "bönd": "bond",
    "böck": "bok", "fött": "fot", "döttr": "dott", "söner": "son", "män": "man",  # brandmän -> brandman
}
IRREGULAR_WHOLE = {"män": "man", "året": "år", "åren": "år", "årets": "år", "möss": "mus", "gäss": "gås"}

# A compound takes the table's stem for its last part when that part has at least MIN_TABLE_TAIL letters and
# what comes before it at least MIN_TABLE_HEAD ("fastighets|skattesatsen" as "skattesatsen"); shorter tails
# ("nära", "satsen" in "ersatsen") are too often the end of an unrelated word.
MIN_TABLE_TAIL = 6
MIN_TABLE_HEAD = 3

# One word piece. Hyphens and every other character that is not a letter or a digit separate pieces
# ("gång- och cykelväg" -> gång, och, cykelväg; "e-tjänst" -> e, tjänst), and positions count pieces.
_PIECE = re.compile(r"""
    ([^\W_]+)       # the piece: letters (å ä ö é ü …) and digits
    (?:[:'’]s\b)?   # a genitive after an abbreviation or a name ("CMV:s", "Region's") is no word of its own
""", re.VERBOSE)
# What analysis knows of a lowercase word, memoised: word frequencies are Zipfian, so a corpus's millions of
# tokens are a few hundred thousand distinct words. Past this many entries (~60 MB) words are analysed afresh.
MAX_KNOWN_WORDS = 300_000
_KNOWN: dict[str, "Word"] = {}


class Token(NamedTuple):
    # A named tuple, not a dataclass: millions are made while indexing and tuples are much cheaper.
    text: str
    lower: str
    stem: str
    start: int
    end: int
    pos: int
    parts: tuple[str, ...] = ()


class Word(NamedTuple):
    stem: str                 # the stem ("" for a stopword, in the index's stem fields)
    parts: tuple[str, ...]    # stems of its compound parts, () when it is not a compound
    parts_text: str           # the parts joined by spaces ("" for a stopword or a simple word)


def word(lower: str) -> Word:
    """Return the stem and compound parts of a lowercase word (memoised)."""
    known = _KNOWN.get(lower)
    if known is not None:
        return known
    parts = tuple(stem(p) for p in compound_parts(lower))
    stop = lower in STOPWORDS
    known = Word("" if stop else stem(lower), parts, "" if stop else " ".join(parts))
    if len(_KNOWN) < MAX_KNOWN_WORDS:
        _KNOWN[lower] = known
    return known


def normalize(text: str) -> str:
    """Apply Unicode NFC so that composed and decomposed å/ä/ö meet."""
    return unicodedata.normalize("NFC", text)


@lru_cache(maxsize=1)
def lemma_stems() -> dict[str, str]:
    """Load the stems that override Snowball's (data/sv_stems.tsv, made by scripts/make_lemmas.py)."""
    text = resources.files("indexer").joinpath("data", "sv_stems.tsv").read_text(encoding="utf-8")
    return dict(line.split("\t", 1) for line in text.splitlines() if line and not line.startswith("#"))


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """Stem a lowercase Swedish word so that its inflections meet (and do not meet a stopword's)."""
    if word in IRREGULAR_WHOLE:
        return IRREGULAR_WHOLE[word]
    if word in STOPWORDS:
        return word  # a stopword stands for itself: "kunde" must not be the customer, "kund"
    table = lemma_stems()
    if word in table:
        return table[word]
    for i in range(MIN_TABLE_HEAD, len(word) - MIN_TABLE_TAIL + 1):
        if (tail := word[i:]) in table:
            return word[:i] + table[tail]
    return snowball_stem(word)


def snowball_stem(word: str) -> str:
    """Stem with Snowball and the post-stemming fixes, without the table (scripts/make_lemmas.py measures this)."""
    if word.isdigit() or len(word) <= 2:
        return word
    s = _STEMMER.stemWord(word)
    if s == word[:-1] and word.endswith(("ats", "its", "ets")) and s in vocabulary():
        # A passive or genitive -s on a known word (beslutat+s, antagit+s, rådet+s): stem that word. A noun in
        # -ats ("arbetsplats": "arbetsplat" is no word) keeps Snowball's stem.
        s = _STEMMER.stemWord(s)
    # Snowball 3 leaves some inflections half-stripped (mötena -> möten, kostnaden -> kostnad, while
    # kostnad -> kostn); a second pass over those endings makes them meet.
    if s.endswith(("en", "ad")):
        s = _STEMMER.stemWord(s)
    # Snowball 3 keeps the definite -et/-an/-n (våldet, skolan, strategin); strip them here.
    if len(s) >= 6 and s.endswith(("et", "an")) and s[-3] not in VOWELS and not (s.endswith("man") and s[-4] != "m"):
        s = _STEMMER.stemWord(s[:-2])
    elif len(s) >= 7 and s.endswith("n") and s[-2] in "io":
        s = s[:-1]
    if len(s) >= 4 and s[-1] == s[-2] and s[-1] not in VOWELS:
        s = s[:-1]  # familjehemm(et) -> familjehem, mann(en) -> man
    if s in IRREGULAR_WHOLE:
        return IRREGULAR_WHOLE[s]
    for tail, repl in IRREGULAR.items():
        if s.endswith(tail):
            return s[: -len(tail)] + repl
    # Snowball strips a final -s after most consonants, so the bare form loses the s its inflections keep
    # (skjuts -> skjut, skjutsar -> skjuts; kurs -> kur, kursen -> kurs): an inflection follows its bare form.
    if s.endswith("s") and s != word and _STEMMER.stemWord(s) == s[:-1]:
        return s[:-1]
    return s


def tokenize(text: str) -> Iterator[tuple[str, int, int]]:
    """Yield (surface, start, end) for each word piece (see _PIECE)."""
    for m in _PIECE.finditer(text):
        yield m.group(1), m.start(1), m.end(1)


def analyze(text: str, stopwords: bool = True, compounds: bool = False) -> list[Token]:
    """Turn text into Tokens: lowercase, stopwords dropped (if asked), stemmed, with compound parts."""
    out: list[Token] = []
    new = tuple.__new__  # Token(...) through its Python __new__ costs a frame per token
    for pos, m in enumerate(_PIECE.finditer(normalize(text))):
        surface = m.group(1)
        lower = surface.lower()
        if stopwords and lower in STOPWORDS:
            continue
        w = _KNOWN.get(lower) or word(lower)
        out.append(new(Token, (surface, lower, w.stem or stem(lower), m.start(1), m.end(1), pos, w.parts if compounds else ())))
    return out


class Terms(NamedTuple):
    """A text's index terms, each a space-separated string in text order (for engines that split on spaces)."""
    exact: str   # every word, lowercase, stopwords included (phrases)
    stems: str   # the stems of the words that are not stopwords
    parts: str   # the compound parts of those words


# A word piece as _PIECE reads it, or the end of a sentence: space after . ! ? : ; or a new line.
_PIECE_OR_END = re.compile(r"""
    ([^\W_]+)(?:[:'’]s\b)?   # a word piece (group 1), its genitive dropped
  | (?<=[.!?:;])\s+          # the space after a sentence's last mark
  | \n                       # a new line ends a sentence (lists, headings)
""", re.VERBOSE)


# Texts whose reading is kept: a protocol's titles, texts and decisions are read for its topics and then again
# for its index terms, ~50 texts later (15 paragraphs of three texts, and the protocol's context).
READ_TEXTS_KEPT = 256


class Reading(NamedTuple):
    """A text read once: its word pieces in lower case, what analysis knows of each, and where sentences end."""
    lowers: tuple[str, ...]
    words: tuple[Word, ...]
    ends: tuple[int, ...]      # the number of pieces before each sentence end


@lru_cache(maxsize=READ_TEXTS_KEPT)
def read(text: str) -> Reading:
    """Read a text's pieces and sentence ends in one pass (cached: topics and index terms read the same texts).

    The loops are map() and comprehensions, not a Python loop per piece: this runs on every word of the archive.
    """
    lowers = list(map(str.lower, _PIECE_OR_END.findall(normalize(text))))  # "" where a sentence ends
    ends: list[int] = []
    if "" in lowers:
        for k, i in enumerate([i for i, p in enumerate(lowers) if not p]):
            if i - k and (not ends or ends[-1] != i - k):  # i - k pieces come before the k-th end
                ends.append(i - k)
        lowers = [p for p in lowers if p]
    words = list(map(_KNOWN.get, lowers))
    if None in words:  # words not met before
        words = [w or word(lower) for w, lower in zip(words, lowers)]
    return Reading(tuple(lowers), tuple(words), tuple(ends))


def sentence_words(text: str) -> list[list[Word]]:
    """Return the words that are not stopwords of each sentence of a text (sentences without any left out)."""
    words = read(text).words
    out: list[list[Word]] = []
    start = 0
    for end in read(text).ends + (len(words),):
        if sentence := [w for w in words[start:end] if w.stem]:
            out.append(sentence)
        start = end
    return out


def terms(text: str) -> Terms:
    """Return the index terms of a text without building Tokens (the indexing path)."""
    r = read(text)
    return Terms(" ".join(r.lowers), " ".join([w.stem for w in r.words if w.stem]), " ".join([w.parts_text for w in r.words if w.parts_text]))


@lru_cache(maxsize=64)
def analyze_all(text: str) -> tuple[Token, ...]:
    """Analyze once with stopwords kept and compound parts; the index fields all derive from this."""
    return tuple(analyze(text, stopwords=False, compounds=True))


def stems(text: str) -> list[str]:
    """Return the stems of the non-stopword words of `text`."""
    return [t.stem for t in analyze(text)]
