"""Regenerate indexer/data/sv_stems.tsv: where Snowball's stems split one word's inflections, or join a word
with a stopword, and the stem each such form gets instead. Also writes tests/data/inflections.tsv.

Input: the shipped word list (indexer/data/sv_words.tsv + sv_extra_words.txt) and simplemma's Swedish lemma
dictionary (pip install simplemma; a build-time tool, not a dependency of protokoll). Output:
- `sv_stems.tsv`: `form<TAB>stem` lines. Forms of one lemma whose Snowball stems differ get the stem of the
  lemma ("skattesatsen" -> "skattesat", as "skattesats"); a content word whose stem is a stopword's gets a stem
  of its own ("nära" -> "nära", not the stopword "när").
- `tests/data/inflections.tsv`: `form<TAB>lemma` pairs from the word list that must stem alike (the table the
  tests hold the analyzer to), most frequent first.
- On stderr: the measurement before and after (groups split, forms off, stopword collisions).

Only regular inflection is unified: the lemma has at least MIN_LEMMA letters, every form begins with the
lemma's first len(lemma) - 1 letters, and forms shorter than the lemma are left out ("marker" is not a form of
"markera") (skattesats/skattesatsen/skattesatser), so strong verbs and suppletive forms
(gick/gå, kunde/kunna — "kund" is a customer) and lemmas simplemma confuses stay as Snowball has them.
"""
from __future__ import annotations

import collections
import sys
from pathlib import Path

import simplemma

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from indexer.analysis import snowball_stem as analyzer_stem  # noqa: E402
from indexer.stopwords import STOPWORDS  # noqa: E402

DATA = ROOT / "indexer" / "data"
OUT = DATA / "sv_stems.tsv"
PAIRS = ROOT / "tests" / "data" / "inflections.tsv"
# Lemmas shorter than this are mostly function words and strong verbs (ta, gå, få): Snowball's stems stand.
MIN_LEMMA = 4
# The test table: this many pairs, most frequent lemma groups first.
PAIR_COUNT = 400


def vocabulary() -> list[str]:
    words = [ln.split("\t")[0] for ln in (DATA / "sv_words.tsv").read_text(encoding="utf-8").splitlines() if ln]
    extra = [ln.strip().lower() for ln in (DATA / "sv_extra_words.txt").read_text(encoding="utf-8").splitlines()
             if ln.strip() and not ln.startswith("#")]
    return list(dict.fromkeys(words + extra))


def regular(lemma: str, forms: list[str]) -> bool:
    """Tell whether a lemma's forms are regular inflections that should meet."""
    if len(lemma) < MIN_LEMMA or lemma in STOPWORDS or lemma not in forms:
        return False
    head = lemma[:-1]
    return all(f.startswith(head) and f not in STOPWORDS for f in forms)


def kept(lemma: str, forms: list[str]) -> list[str]:
    """Return the forms that are inflections of the lemma: the lemma and the forms at least as long."""
    return [f for f in forms if len(f) >= len(lemma)]


def measure(groups: dict[str, list[str]], stem) -> tuple[int, int, int]:
    """Return (groups whose forms stem apart, forms off their group's stem, content words stemmed as a stopword)."""
    split = off = 0
    for lemma, forms in groups.items():
        stems = collections.Counter(stem(f) for f in forms)
        if len(stems) > 1:
            split += 1
            off += len(forms) - stems[stem(lemma)]
    stop_stems = STOPWORDS  # the analyzer leaves stopwords unstemmed
    clashes = sum(1 for forms in groups.values() for f in forms if f not in STOPWORDS and stem(f) in stop_stems)
    return split, off, clashes


def main() -> None:
    vocab = vocabulary()
    by_lemma: dict[str, list[str]] = collections.defaultdict(list)
    known = set(vocab)
    for word in vocab:
        by_lemma[simplemma.lemmatize(word, lang="sv")].append(word)
    # simplemma sometimes takes a lemma for an inflection of a shorter word ("kurs" -> "kur") while lemmatising its
    # forms right ("kursen" -> "kurs"): the lemma belongs to its own group too.
    for lemma, forms in by_lemma.items():
        if lemma in known and lemma not in forms:
            forms.insert(0, lemma)
    groups = {lemma: kept(lemma, forms) for lemma, forms in by_lemma.items() if regular(lemma, forms) and len(kept(lemma, forms)) > 1}
    table: dict[str, str] = {}
    for lemma, forms in groups.items():
        target = analyzer_stem(lemma)
        for form in forms:
            if analyzer_stem(form) != target:
                table[form] = target
    stop_stems = STOPWORDS  # the analyzer leaves stopwords unstemmed
    for word in vocab:
        if word not in STOPWORDS and len(word) >= MIN_LEMMA and table.get(word, analyzer_stem(word)) in stop_stems:
            lemma = simplemma.lemmatize(word, lang="sv")
            if lemma in STOPWORDS:
                continue  # a form of a word that is also a stopword ("mannen" of "man"): it means that word
            own = lemma if lemma not in stop_stems and lemma.startswith(word[:3]) else word
            for form in by_lemma.get(lemma, [word]) if own == lemma else [word]:
                if form not in STOPWORDS and form.startswith(own[:-1]):
                    table[form] = own
    before = measure(groups, analyzer_stem)
    after = measure(groups, lambda w: table.get(w, analyzer_stem(w)))
    OUT.write_text("# form<TAB>stem: made by scripts/make_lemmas.py from the word list and simplemma's lemmas\n"
                   + "".join(f"{f}\t{s}\n" for f, s in sorted(table.items())), encoding="utf-8")
    rank = {w: i for i, w in enumerate(vocab)}
    final = lambda w: table.get(w, analyzer_stem(w))  # noqa: E731
    pairs = sorted(((f, lemma) for lemma, forms in groups.items() for f in forms if f != lemma and final(f) == final(lemma)),
                   key=lambda p: (rank[p[1]], rank[p[0]]))
    PAIRS.parent.mkdir(parents=True, exist_ok=True)
    PAIRS.write_text("# form<TAB>lemma: inflections from the word list that must stem alike (scripts/make_lemmas.py)\n"
                     + "".join(f"{f}\t{lemma}\n" for f, lemma in pairs[:PAIR_COUNT]), encoding="utf-8")
    print(f"{len(groups)} regular lemma groups of the {len(vocab)} words; {len(table)} forms in {OUT.name}", file=sys.stderr)
    print(f"before: {before[0]} groups split, {before[1]} forms off, {before[2]} content words stemmed as a stopword", file=sys.stderr)
    print(f"after:  {after[0]} groups split, {after[1]} forms off, {after[2]} content words stemmed as a stopword", file=sys.stderr)


if __name__ == "__main__":
    main()
