"""Swedish compound splitting.

Input: a lowercase word. Output: its parts as written ("personalkostnader" -> ["personal", "kostnader"]),
or [] when it is not a compound. The vocabulary is the shipped frequency list (data/sv_words.tsv) plus
domain words (data/sv_extra_words.txt). A split is kept only when its parts are, on average, more common
than the whole word (Koehn & Knight), so derivations like "verksam+heten" stay whole. Linking letters
-s-/-e-/-a-/-o-/-u- and a dropped final vowel ("skol+barn") are understood.
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources

from .stopwords import STOPWORDS

MIN_WORD = 7
MIN_PART = 3
LINKS = ("s", "e", "a", "o", "u")
# Suffix-like strings that are words on their own but never the tail of a real compound.
NOT_PARTS = frozenset(
    "het heten heter ning ningen ningar ande ende lig ligt liga lighet isk iska iskt else skap skapet tion "
    "ens ter ren ner nas ars are arna erna orna ade ades ats ets iga igt ell ella ellt itet iteten ism "
    "ist ister era erar erat ing ings ingen sam samt samma bar bara barhet dom domen les lar lare ast ver trä".split()
)
EXTRA_ZIPF = 3.5
# A known whole word is split only when its parts are clearly more common (Zipf units).
WHOLE_MARGIN = 0.4


@lru_cache(maxsize=1)
def vocabulary() -> dict[str, float]:
    """Load the splitter's vocabulary: word -> Zipf frequency."""
    vocab: dict[str, float] = {}
    base = resources.files("indexer").joinpath("data")
    for line in base.joinpath("sv_words.tsv").read_text(encoding="utf-8").splitlines():
        word, _, zipf = line.partition("\t")
        if word:
            vocab[word] = float(zipf or 2.5)
    for line in base.joinpath("sv_extra_words.txt").read_text(encoding="utf-8").splitlines():
        word = line.strip().lower()
        if word and not word.startswith("#"):
            vocab[word] = max(vocab.get(word, 0.0), EXTRA_ZIPF)
    return vocab


def _part_zipf(part: str, vocab: dict[str, float]) -> float | None:
    if part in NOT_PARTS or part in STOPWORDS or len(part) < MIN_PART:
        return None
    z = vocab.get(part)
    if z is None:
        return None
    need = 4.0 if len(part) == 3 else 3.0 if len(part) == 4 else 2.5
    return z if z >= need else None


def _head_zipf(head: str, vocab: dict[str, float]) -> tuple[str, float] | None:
    """Score a first part: the word itself, without a linking letter, or with a dropped final vowel."""
    options = [head]
    if len(head) > MIN_PART and head[-1] in LINKS:
        options.append(head[:-1])
    options += [head + "a", head + "e"]
    if len(head) > MIN_PART and head[-1] in "oue":
        options.append(head[:-1] + "a")  # kvinno- -> kvinna, gatu- -> gata
    best = None
    for opt in options:
        z = _part_zipf(opt, vocab)
        if z is not None and (best is None or z > best[1]):
            best = (head, z)
    return best


@lru_cache(maxsize=100_000)
def _best_split(word: str) -> tuple[tuple[str, ...], float]:
    """Return the best split of `word` into known parts and its mean Zipf, or ((), 0)."""
    vocab = vocabulary()
    best: tuple[tuple[str, ...], float] = ((), 0.0)
    for i in range(MIN_PART, len(word) - MIN_PART + 1):
        head = _head_zipf(word[:i], vocab)
        if head is None:
            continue
        tail = word[i:]
        candidates: list[tuple[tuple[str, ...], float]] = []
        tz = _part_zipf(tail, vocab)
        if tz is not None:
            candidates.append(((tail,), tz))
        if len(tail) >= MIN_WORD - 1:
            sub, sz = _best_split(tail)
            if sub:
                candidates.append((sub, sz - 0.3))  # mild preference for fewer parts
        for parts, z in candidates:
            n = len(parts)
            score = (head[1] + z * n) / (n + 1)
            if score > best[1]:
                best = ((head[0],) + parts, score)
    return best


@lru_cache(maxsize=200_000)
def compound_parts(word: str) -> tuple[str, ...]:
    """Split a lowercase word into its compound parts, or return () if it is not a compound."""
    if len(word) < MIN_WORD or not word.isalpha():
        return ()
    parts, score = _best_split(word)
    if not parts:
        return ()
    whole = vocabulary().get(word, 0.0)
    if whole and score <= whole + WHOLE_MARGIN:
        return ()
    # Also offer adjacent parts joined: hem+sjuk+vården -> sjukvården, and strand+skydds+dispens ->
    # strandskydd, which is a compound itself and so not in the word list, but is what a user searches for.
    extra = []
    for i in range(len(parts)):
        for j in range(i + 2, len(parts) + 1):
            if i == 0 and j == len(parts):
                continue
            joined = "".join(parts[i:j])
            extra.append(next((c for c in (joined, joined[:-1]) if c in vocabulary() and c not in STOPWORDS), joined))
    return tuple(dict.fromkeys(_base(p) for p in parts + tuple(extra)))


def _base(segment: str) -> str:
    """Drop a linking letter when the segment is not a word with it: "våld(s)", "familj(e)"."""
    vocab = vocabulary()
    if segment[-1] in "ou" and segment[:-1] + "a" in vocab:
        return segment[:-1] + "a"  # kvinno- -> kvinna, gatu- -> gata
    if segment in vocab or len(segment) <= MIN_PART:
        return segment
    return segment[:-1] if segment[-1] in LINKS and segment[:-1] in vocab else segment
