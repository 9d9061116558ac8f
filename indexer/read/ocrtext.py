"""Tesseract's text, tidied: the specks, rules and letters it misreads in a scanned protocol, rewritten to what the
print says.

Input: one page's OCR text (or all pages', for `consensus_spelling`). Output: lines with cells as tabs, stray marks
gone, misread § signs, names, parties, label words and marks mended. Each rule names the misreading it mends.
"""
from __future__ import annotations

import re
from collections import Counter

# Tesseract keeps the gap between a margin label and its text, or between columns, as a run of spaces: OCR_CELL_GAP
# of them or more become a tab (between words Tesseract writes one or two).
OCR_CELL_GAP = re.compile(r" {4,}")
# … or a speck standing alone between two cells, where Tesseract kept one space each side: "ordförande +. Tobias".
SPECK_GAP = re.compile(r"(?<=[\w)]) [+=|~'.,]{1,3} (?=[A-ZÅÄÖ])")
_OCR_SPACES = re.compile(r" {2,}")
_JUNK_CELL = re.compile(r"^(?:[^\w\s]+|o[oe]?|[a-zåäö]|(?:[rnmeilucsa]){2,4}|x{2}|[^\w\s]*\s*[^\w\s]+)$")  # "|", "oe", "a", "rr"
_CELL_SPECKS = re.compile(r"^(?:[>|\"'“”‘’.,:;=~_«»—–]+\s*|(?:o[oe]?|([a-zåäö])\1{1,2})\s+(?=[A-ZÅÄÖ§]))")  # specks before
# a cell's text: "> Lars Öhrn", '"Kristina Åhs', "ee Dnr SN 2024/0211"
_CELL_TAIL_SPECKS = re.compile(r"\s+(?:[-–—=.,'|«»]+|SS|oo|ee)$")  # … and after it, a space apart: "Beslut '", "MBN 2025-000312 -"
# A year and its number or month split by a speck of space after the hyphen: "MBN 2025- 000312", "2025- 09-24".
SPLIT_AFTER_YEAR = re.compile(r"\b((?:19|20)\d\d(?:-[01]\d)?)-\s(?=\d{2,6}\b)")  # … or after the month: "2025-03- 18"


# A speck read as a mark inside an ISO date's year: "201.8-10-10", "20'18-10-10".
SPECKED_YEAR = re.compile(r"(?<![\d.])((?:1|2)[\d.,'’ ]{3,5})(?=-[01]\d-[0-3]\d(?!\d))")


def _unspeck_year(m: re.Match) -> str:
    digits = re.sub(r"\D", "", m.group(1))
    return digits if len(digits) == 4 and digits[:2] in ("19", "20") else m.group(1)


# Tesseract's misreads inside a person's name and party, each rewritten to what the print says:
OCR_NAME_FIXES = [
    # a double-barrelled first name broken at its hyphen: "Jan- -Olof Berglund", "Jan -Olof" -> "Jan-Olof"
    (re.compile(r"\b([A-ZÅÄÖ][a-zåäö]+)\s?-\s*-?\s*(?=[A-ZÅÄÖ][a-zåäö]+(?:\s[A-ZÅÄÖ]|$))"), r"\1-"),
    # a speck read as a colon between first name and surname: "Sören: Westin (S)" (one word before the party,
    # so a label's colon, "Beslutande: Anna Ek (S)", is left alone)
    (re.compile(r"\b([A-ZÅÄÖ][a-zåäö]+)[:;]\s(?=[A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ][a-zåäö]+)?\s\([A-ZÅÄÖ5]{1,3}\))"), r"\1 "),
    # a speck read as a colon between a name and its party: "Mats Öberg: (M) yrkar", and one read as a second
    # parenthesis after the party: "(M) ) yrkar"
    (re.compile(r"\b([A-ZÅÄÖ][a-zåäö]+\s[A-ZÅÄÖ][a-zåäö]+)[:;]\s(?=\([A-ZÅÄÖ5]{1,3}\))"), r"\1 "),
    (re.compile(r"(\([A-ZÅÄÖ]{1,3}\))\s?\)"), r"\1"),
    # a speck read as a hyphen after a first name, the surname and party following: "Mats- Hallin (M)"
    (re.compile(r"\b([A-ZÅÄÖ][a-zåäö]+)-\s(?=[A-ZÅÄÖ][a-zåäö]+\s\([A-ZÅÄÖ]{1,3}\))"), r"\1 "),
    # a speck read as a full stop for the comma after a party, before the member's municipality: "(S). Tallås kommun"
    (re.compile(r"(\([A-ZÅÄÖ]{1,3}\))\.\s(?=[A-ZÅÄÖ][a-zåäö]+\s(?:kommun|stad|region)\b)"), r"\1, "),
    # a speck read as a full stop between first name and surname: "Anneli.Vikström (V)"
    (re.compile(r"\b([A-ZÅÄÖ][a-zåäö]+)\.(?=[A-ZÅÄÖ][a-zåäö]+\s\([A-ZÅÄÖ]{1,3}\))"), r"\1 "),
    # a speck read as a full stop after a first name: "Anna. Wiklund (C) yrkar"
    (re.compile(r"\b([A-ZÅÄÖ][a-zåäö]+)\.\s(?=[A-ZÅÄÖ][a-zåäö]+\s\([A-ZÅÄÖ]{1,3}\))"), r"\1 "),
    # a short surname's second letter read as a capital: "Magnus EK (M)"
    (re.compile(r"\b([A-ZÅÄÖ][a-zåäö]+\s[A-ZÅÄÖ])([A-ZÅÄÖ]{1,2})(?=\s\([A-ZÅÄÖ]{1,3}\))"),
     lambda m: m.group(1) + m.group(2).lower()),
    # the S of a party read as a 5 after a name: "Elisabet Norberg (5)"
    (re.compile(r"\b([A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ][a-zåäö]+)?\s[A-ZÅÄÖ][a-zåäö]+)\s\(5\)"), r"\1 (S)"),
]


# A speck read as a full stop after a word, inside a sentence: "att jämte. ordföranden justera". Words of four
# letters or more, before a lower-case word; abbreviations that long keep their stop ("ordf. och", "resp. år").
STRAY_STOP = re.compile(r"\b([a-zåäö]{4,})\.\s(?=[a-zåäö]{2,})")
ABBREVIATIONS = frozenset("ordf resp forts exkl inkl sekr proc förv admin ekon handl bilag fastigh tjänstg ersätt".split())


# Specks read as a colon or semicolon where Swedish print has none: beside a comma ("(S, V,: C)"), spaced off between
# two words ("deltar inte i handläggningen av ; ärendet"), after a little word that never ends a clause ("Val av
# justerare och: tid för justering"), or before one that never opens a label's value ("Val: av justerare").
STRAY_COLON = re.compile(r"(?<=,)[:;]|\s[:;](?=\s[a-zåäö])|\b(och|att|av|i|för|om|till|med|på|som|eller|samt)[:;](?=\s[a-zåäö])"
                         r"|\b([A-ZÅÄÖ][a-zåäö]{2,})[:;](?=\s(?:av|och)\s)")  # "Val: av justerare"


# An en dash read as two hyphens apart: "Ekeby 3:45 - - antagande".
SPLIT_DASH = re.compile(r"\s-\s-\s")
# A speck read as a letter standing alone between two words (Swedish has no such one-letter words but "i" and "å"):
# "lokala trafikföreskrifter o om 30", "anmäler j jäv", "radhus s samt"; a little word read twice: "i i uppdrag";
# a word's first letter read twice, glued to the number before it: "den 30j juni".
LONE_LETTER = re.compile(r"(?<=[a-zåäö]{2}) [b-hj-zäöI](?= [a-zåäö]{2})")  # "offentlig I kontroll" too
DOUBLED_WORD = re.compile(r"\b([a-zåäö]{1,3}) \1\b")
GLUED_INITIAL = re.compile(r"(?<=\d)([a-zåäö]) (?=\1[a-zåäö])")
# The section sign read as "&", "£" or "$" right before a § number: "Voteringslista &45", "£4", "($$. 1-5)".
MISREAD_SECTION_SIGN = re.compile(r"(?<![\w&£$])(?:(?P<two>[&£$])(?P=two)|[&£$]{1,2})[.,]?(?=\s?\d{1,4}\b)")  # "$$": §§
# A first name and a surname run together where the scan lost the space: "PeterÖberg", "EvaMörk".
GLUED_NAME = re.compile(r"\b([A-ZÅÄÖ][a-zåäö]{2,})(?=[A-ZÅÄÖ][a-zåäö]{2,}\b)")
# Specks read as a word of two letters before a name and its party at a line's start: "Se Anders Wiklund (M) yrkar".
SPECK_BEFORE_NAME = re.compile(r"^(?:Se|So|Oo|Ee|Ss)\s+(?=[A-ZÅÄÖ][a-zåäö]+\s[A-ZÅÄÖ][a-zåäö]+\s\([A-ZÅÄÖ]{1,3}\))")
# A party's cell as a scan misread it: its letter doubled ("Vv", "SS"), or a two-letter party in title case ("Sd").
PARTY_CELL = re.compile(r"(?<=\t)(?:([SMCLV])\1|([SMCLV])(?i:\2)|(Sd|Kd|Mp))[.:;]?(?=\t|$)")
# A speck read as a nought or an "o" after a dnr: "KS 2025/61 0".
DNR_TAIL_SPECK = re.compile(r"(\b(?:19|20)\d\d[/-]\d{1,6})\s+(?:0{1,2}|o{1,2})$")
# A voting list's cross read as two letters: "Margareta Lund (S)<TAB>Xx".
DOUBLED_MARK = re.compile(r"(^|\t)(?:Xx|XX|xX)\.?(?=\t|$)")


# The genre's label words, each spelt right where Tesseract put a diacritic on the wrong letter or left one out
# ("Beslutände", "Narvarande") or read an "m" as "rn" ("Surnma" under a voting list): matched without either.
LABEL_WORDS = ("beslutande närvarande frånvarande ersättare tjänstgörande övriga justerare justerande justering "
               "justeringens sekreterare ordförande paragrafer underskrifter deltagare deltagande anslaget "
               "förvaringsplats sammanträdesdatum protokollet yrkanden reservation omröstning ärendet "
               "ärendebeskrivning beslutsunderlag reserverar reserverade reservationer summa kommunfullmäktige "
               "kommunstyrelsen omröstningsresultat sammanträdesprotokoll").split()
_PLAIN = str.maketrans("åäöéÅÄÖÉ", "aaoeAAOE")
_LABEL_SPELLING = {w.translate(_PLAIN).replace("rn", "m"): w for w in LABEL_WORDS}
_LONG_WORD = re.compile(r"\b[^\W\d_]{6,}\b")


def _label_spelling(m: re.Match) -> str:
    """Spell a label word the way the genre does, keeping the scan's capitals."""
    word = m.group(0)
    right = _LABEL_SPELLING.get(word.lower().translate(_PLAIN).replace("rn", "m"))
    if right is None or right == word.lower():
        return word
    return right.upper() if word.isupper() else right.capitalize() if word[0].isupper() else right


# Letters Tesseract takes for one another. A capitalised word read once, one such letter away from a word the same
# pages spell so at least CONSENSUS_MIN times, is that word misread ("Kvarmbyn" once beside "Kvarnbyn" five times);
# names that differ otherwise ("Lindqvist", "Lindkvist") are two names.
CONFUSABLE = {frozenset(p) for p in ("mn", "öo", "äa", "åa", "ée", "li", "ce", "hb", "un", "üu", "rn")}
CONSENSUS_MIN = 3
_PROPER = re.compile(r"\b[A-ZÅÄÖ][a-zåäöéü]{5,}\b")


def consensus_spelling(pages: list[str]) -> list[str]:
    """Spell a proper noun that OCR misread once the way the rest of the document spells it."""
    counts = Counter(w for page in pages for w in _PROPER.findall(page))
    common = [w for w, n in counts.items() if n >= CONSENSUS_MIN]
    common += [w[:-1] for w in common if w.endswith("s")]  # "Kvarnbyns" four times spells "Kvarnbyn" too
    fixes = {}
    for word, n in counts.items():
        if n != 1:
            continue
        for right in common:
            diff = [frozenset(ab) for ab in zip(word, right) if ab[0] != ab[1]] if len(right) == len(word) else []
            if len(diff) == 1 and diff[0] in CONFUSABLE:
                fixes[word] = right
                break
    if not fixes:
        return pages
    pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, fixes)) + r")\b")
    return [pattern.sub(lambda m: fixes[m.group(0)], page) for page in pages]


def clean_ocr(text: str) -> str:
    """Tidy Tesseract's output: table rules read as '|' become cell breaks, stray marks at line edges go."""
    lines = []
    for ln in text.split("\n"):
        ln = re.sub(r"\s+\|\s+", "\t", ln)
        ln = _OCR_SPACES.sub(" ", OCR_CELL_GAP.sub("\t", SPECK_GAP.sub("    ", ln.strip())))
        if "\t" in ln:  # a cell of specks between the columns ("|", "oe", ":") is no cell
            ln = "\t".join(c for c in (_CELL_TAIL_SPECKS.sub("", _CELL_SPECKS.sub("", c.strip()) if n else c.strip())
                                        for n, c in enumerate(ln.split("\t"))) if c and not _JUNK_CELL.match(c))
        ln = SPLIT_AFTER_YEAR.sub(r"\1-", SPLIT_AFTER_YEAR.sub(r"\1-", ln))  # twice: "2025- 03- 18"
        ln = SPECKED_YEAR.sub(_unspeck_year, ln)
        for wrong, right in OCR_NAME_FIXES:
            ln = wrong.sub(right, ln)
        ln = STRAY_STOP.sub(lambda m: m.group(0) if m.group(1) in ABBREVIATIONS else m.group(1) + " ", ln)
        ln = STRAY_COLON.sub(lambda m: m.group(1) or m.group(2) or "", ln)
        ln = MISREAD_SECTION_SIGN.sub(lambda m: "§§" if m.group("two") else "§", ln)
        ln = _LONG_WORD.sub(_label_spelling, ln)
        ln = GLUED_INITIAL.sub(" ", DOUBLED_WORD.sub(r"\1", LONE_LETTER.sub("", ln)))
        ln = DOUBLED_MARK.sub(r"\1X", ln)
        ln = DNR_TAIL_SPECK.sub(r"\1", ln)
        ln = PARTY_CELL.sub(lambda m: (m.group(1) or m.group(2) or m.group(3)).upper(), ln)
        ln = re.sub(r"^[|'\"‘’”.,:;=+~_«»\[\] ]+(?=\w|§|\$)|^[-–«»=\s]+(?=[A-ZÅÄÖ§])", "", ln)  # "- Frånvarande.", "«= Zara"
        ln = SPECK_BEFORE_NAME.sub("", ln)
        ln = GLUED_NAME.sub(r"\1 ", ln)
        ln = SPLIT_DASH.sub(" – ", ln)
        ln = re.sub(r"[\s|'\"‘’.,:;=+~_]+$", lambda m: "." if "." in m.group(0)[:1] else "", ln)
        lines.append(ln.strip())
    return "\n".join(lines)
