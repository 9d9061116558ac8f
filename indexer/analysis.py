"""Swedish text analysis shared by indexing, querying and highlighting.

Input: text. Output: `Token`s (surface form, lowercase, stem, character offsets, compound-part stems).
Order: Unicode NFC -> tokenize (letters incl. å ä ö é ü, digits; hyphenated forms split into their
pieces) -> lowercase -> Snowball Swedish stopwords -> Snowball stemming (PyStemmer when installed)
with post-stemming fixes that make inflections meet -> compound parts (see compounds.py).
`ANALYZER_VERSION` changes whenever any of this would produce different terms.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Iterator, NamedTuple

import snowballstemmer

from .compounds import compound_parts
from .stopwords import STOPWORDS

_STEMMER = snowballstemmer.stemmer("swedish")
ANALYZER_VERSION = f"sv-5/snowball-{getattr(snowballstemmer, '__version__', '3')}"

VOWELS = set("aeiouyåäöé")
# Irregular plurals Snowball cannot join (umlaut, vowel change); matched on the end of a stem so that
# compounds ("förtroendeledamöter") follow their last part.
IRREGULAR = {
    "ledamöt": "ledamot", "länd": "land", "städ": "stad", "händ": "hand", "tänd": "tand", "bönd": "bond",
    "böck": "bok", "fött": "fot", "döttr": "dott", "söner": "son", "män": "man",  # brandmän -> brandman
}
IRREGULAR_WHOLE = {"män": "man", "året": "år", "åren": "år", "årets": "år", "möss": "mus", "gäss": "gås"}

_WORD = re.compile(r"[^\W_]+(?:[-‐][^\W_]+)*(?:[:'’]s\b)?-?", re.UNICODE)


class Token(NamedTuple):
    # A named tuple, not a dataclass: millions are made while indexing and tuples are much cheaper.
    text: str
    lower: str
    stem: str
    start: int
    end: int
    pos: int
    parts: tuple[str, ...] = ()


def normalize(text: str) -> str:
    """Apply Unicode NFC so that composed and decomposed å/ä/ö meet."""
    return unicodedata.normalize("NFC", text)


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """Stem a lowercase Swedish word so that its inflections meet."""
    if word in IRREGULAR_WHOLE:
        return IRREGULAR_WHOLE[word]
    if word.isdigit() or len(word) <= 2:
        return word
    s = _STEMMER.stemWord(word)
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
    return s


def tokenize(text: str) -> Iterator[tuple[str, int, int]]:
    """Yield (surface, start, end) for each word; hyphenated forms yield their pieces."""
    for m in _WORD.finditer(text):
        raw = m.group(0)
        start = m.start()
        core = raw[:-2] if raw[-2:] in (":s", "'s", "’s") else raw
        core = core.rstrip("-")
        if not core:
            continue
        if "-" in core or "‐" in core:
            offset = start
            for piece in re.split(r"[-‐]", core):
                if piece:
                    yield piece, offset, offset + len(piece)
                offset += len(piece) + 1
        else:
            yield core, start, start + len(core)


def analyze(text: str, stopwords: bool = True, compounds: bool = False) -> list[Token]:
    """Turn text into Tokens: lowercase, stopwords dropped (if asked), stemmed, with compound parts."""
    out: list[Token] = []
    pos = 0
    for surface, start, end in tokenize(normalize(text)):
        lower = surface.lower()
        if stopwords and lower in STOPWORDS:
            pos += 1
            continue
        parts = tuple(stem(p) for p in compound_parts(lower)) if compounds else ()
        out.append(Token(surface, lower, stem(lower), start, end, pos, parts))
        pos += 1
    return out


@lru_cache(maxsize=64)
def analyze_all(text: str) -> tuple[Token, ...]:
    """Analyze once with stopwords kept and compound parts; the index fields all derive from this."""
    return tuple(analyze(text, stopwords=False, compounds=True))


def stems(text: str) -> list[str]:
    """Return the stems of the non-stopword words of `text`."""
    return [t.stem for t in analyze(text)]
