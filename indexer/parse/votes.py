"""Positions taken in a paragraph: yrkanden, the vote, reservations and jäv.

Input: a paragraph's sections (see sections.py). Output: motions (who, party, what they move), the vote
({"ja", "nej", "avstår"} from the result sentence or the voting list's totals row), reservations
(by name and/or party: "Moderaternas ledamöter", "S-gruppen", "Bo Lindkvist"), and those who declare jäv.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..model import Motion, Reservation
from .names import NAME, NAMES_ONLY, PARTY, UPPER, clean_name, parties_in
from .sections import RESERVATION_BY, Section

# "Med 16 ja-röster mot 13 nej-röster och 2 som avstår", "Med 26 röster mot 19", "5 ja, 3 nej, 1 avstår".
RESULT_RE = re.compile(
    r"""(?P<ja>\d{1,3})\s+(?:ja-?\s?röst(?:er)?\s*(?:mot|,|och)  # "7 ja-röster och 4 nej-röster", "1 ja-röst mot 7"
                           |(?:ja\b|röster)\s*(?:mot|,)
                           |ja\b(?=\s*\d{1,3}\s+nej\b)            # "7 ja / 4 nej / 1 avstår", one a line
                           |ja\s+(?:och|samt)(?=\s*\d{1,3}\s+nej\b))\s*  # "4 ja och 2 nej"
        (?P<nej>\d{1,3})\s*(?:nej-?\s?röster|nej\b|röster)?
        (?:\s*,?\s*(?:och|samt|,)?\s*(?P<av>\d{1,3})\s+(?:som\s+)?(?:avstår|avstod|avstått|avstående|ledamöter\s+avstår|ledamot\s+avstår|nedlagda))?
    """,
    re.I | re.X,
)
# Each side's count with what it voted for, the first side read as ja: "Med 5 röster för att avgöra ärendet i dag
# mot 1 röst för återremiss", "Omröstningen utfaller med 30 röster för avslag och 19 röster för bifall".
SIDES_RE = re.compile(
    r"""(?P<ja>\d{1,3})\s+(?:röster(?:\s+(?:avges|avgavs|lämnas|lämnades))?|(?:ledamöter\s+)?röstar|(?:ledamöter\s+)?röstade)
        \s+för\s+[^.\d]{1,100}?                                            # "4 röster (avges) för bifall"
        (?:\s+mot\s+(?P<nej>\d{1,3})\s+(?:röst(?:er)?|för)\b               # "… mot 1 röst för återremiss", "… mot 19 för"
          |\s*(?:,|och)\s+(?P<nej2>\d{1,3})\s+(?:röst(?:er)?\s+|röstar\s+|röstade\s+)?för\b)  # "… och 19 röster för
                                                                            # bifall", "5 röstar för A och 2 för B"
        (?:[^.\d]{0,100}?(?P<av>\d{1,3})\s+(?:ledamöter\s+|ledamot\s+)?(?:avstår|avstod|avstått))?  # "… och 1 avstår"
    """,
    re.I | re.X,
)
# Counts written as labels: "Ja-röster: 4 Nej-röster: 3 Avstår: 0", "Ja 8, Nej 2, Avstår 0",
# "Ja-röster (6): Anna Ek (M), … Nej-röster (3): …" (each label's count, the names between ignored).
LABELLED_RE = re.compile(
    r"""\bja(?:-?\s?röster)?\s*[(:=–-]?\s*(?P<ja>\d{1,3})\b\)?         # "Ja-röster: 4", "Ja 8", "Ja-röster (6)", "Ja – 5"
        (?:[^.]|\.(?!\s+[A-ZÅÄÖ][a-zåäö]+\s+[a-zåäö]))*?                 # the names of the ja side, not a new sentence
        \bnej(?:-?\s?röster)?\s*[(:=–-]?\s*(?P<nej>\d{1,3})\b\)?        # "Nej-röster: 3", "Nej 2", "Nej – 2"
        (?:(?:[^.]|\.(?!\s+[A-ZÅÄÖ][a-zåäö]+\s+[a-zåäö]))*?
           \b(?:avstår|avstod|avstående|nedlagda\s+röster)\s*[(:=–-]?\s*(?P<av>\d{1,3})\b)?  # "Avstår: 0"
    """,
    re.I | re.X,
)
# "7 röstar ja, 4 röstar nej och 2 avstår från att rösta": the counts as verbs.
VOTED_RE = re.compile(
    r"""(?P<ja>\d{1,3})\s+(?:ledamöter\s+|ledamot\s+)?(?:röstar|röstat|röstade)\s+(?:för\s+)?ja\b[^.\d]{0,20}?  # "7 röstar
        (?P<nej>\d{1,3})\s+(?:ledamöter\s+|ledamot\s+)?(?:röstar|röstat|röstade)\s+(?:för\s+)?nej\b  # ja, 4 röstar nej", "har 4 röstat ja"
        (?:[^.\d]{0,20}?(?P<av>\d{1,3})\s+(?:ledamöter\s+|ledamot\s+)?(?:avstår|avstod|avstått|avstår\s+från\s+att\s+rösta))?  # "och 2 avstår"
    """,
    re.I | re.X,
)
# The verb first: "Vid omröstningen röstade 7 ledamöter ja och 4 ledamöter nej".
VERB_FIRST_RE = re.compile(
    r"""\b(?:röstade|röstar)\s+(?P<ja>\d{1,3})\s+(?:ledamöter\s+|ledamot\s+)?(?:för\s+)?ja\b[^.\d]{0,20}?
        (?P<nej>\d{1,3})\s+(?:ledamöter\s+|ledamot\s+)?(?:för\s+)?nej\b
        (?:[^.\d]{0,20}?(?P<av>\d{1,3})\s+(?:ledamöter\s+|ledamot\s+)?(?:avstod|avstår|avstått))?""",
    re.I | re.X,
)
# "röstade fem ledamöter för förslaget och två emot", "7 ledamöter röstade för och 4 mot", "5 röster för och 2
# emot": for and against, the count before or after the verb (a vote word must stand in the match).
FOR_AGAINST_RE = re.compile(
    r"""(?:(?:röstade|röstar)\s+)?(?P<ja>\d{1,3})\s+(?:ledamöter\s+|ledamot\s+|röster\s+)?(?:(?:röstade|röstar)\s+)?för\b
        [^.\d]{0,80}?\b(?:och|samt|,)\s+                                   # "… VD:s förslag och"
        (?P<nej>\d{1,3})\s+(?:ledamöter\s+|ledamot\s+|röster\s+)?(?:röstade\s+|röstar\s+)?(?:emot|mot)\b  # "två emot"
        (?:[^.\d]{0,20}?(?P<av>\d{1,3})\s+(?:ledamöter\s+|ledamot\s+)?(?:avstod|avstår|avstått))?   # "och 1 avstod"
    """,
    re.I | re.X,
)
# A count written as a word before a vote word ("fem ledamöter", "två emot", "ingen avstod") is read as digits.
NUMBER_WORDS = {w: n for n, w in enumerate(
    "ingen en två tre fyra fem sex sju åtta nio tio elva tolv tretton fjorton femton sexton sjutton arton nitton "
    "tjugo".split())}
NUMBER_WORDS.update({"ett": 1, "noll": 0, "inga": 0})
NUMBER_WORD_RE = re.compile(
    r"\b(" + "|".join(NUMBER_WORDS) + r")\b(?=\s+(?:ledamöter|ledamot|röster|röst|emot|mot|för|röstade|röstar"
    r"|avstod|avstår|avstått|ja-?\s?röster|nej-?\s?röster|som\s+avst(?:od|år|ått))\b)"  # "en som avstod"
    r"|(?<=\sröster\smot\s)(" + "|".join(NUMBER_WORDS) + r")\b",  # "sju röster mot fyra": the count after "mot"
    re.I,
)
# "med röstsiffrorna 25–24 (2 avstår)", "Omröstningen utföll 5–2": the figures of a vote in one phrase.
FIGURES_RE = re.compile(r"(?:röstsiffror(?:na)?|omröstningen\s+(?:utföll|utfaller)(?:\s+med)?|(?:omröstnings|voterings)resultat(?:et)?:?)\s+(?P<ja>\d{1,3})\s*[-–—]\s*(?P<nej>\d{1,3})(?:\s*[-–—]\s*(?P<av>\d{1,3}))?", re.I)
# The voting list's totals row: "Summa 16 13 2", "Totalt | 5 | 3 | 1" (a scan's speck of a cell before the figures
# aside: "Summa | Sn | 37 27 5").
TOTALS_RE = re.compile(r"^[\s\W]*(?:summa|totalt|summering|resultat)\b[\s:.|\t]*(?:[^\W\d]{1,2}[\s:.|\t]+)?(?P<ja>\d{1,3})[\s.:|\t]+(?P<nej>\d{1,3})(?:[\s.:|\t]+(?P<av>\d{1,3}))?", re.I)
MOTION_VERB = re.compile(
    r"""\s+(?:(?:tilläggs|ändrings)?(?:yrkar|yrkade)|yrkar\s+även|instämmer|instämde
        |(?:framför|framförde|lägger|lade|lämnar|lämnade|ställer|ställde)\s+(?:ett\s+)?(?:eget\s+)?[a-zåäö]*yrkande  # "X (M)
                                                                              # framför ett ändringsyrkande"
        |(?:stödjer|stöder|biträder|biträdde)\s+[^.]{0,60}?yrkande)\b         # "Y (V) biträder X:s yrkande"
    """,
    re.I | re.X,
)
# Inside a "Yrkanden" section, the motion first and its movers after a colon: "Bifall till förslaget: Anna Ek (S)",
# "Avslag: Bo Al (M) och Dan Ek (SD)".
MOTION_THEN_MOVERS = re.compile(
    r"^\s*(?P<what>(?:bifall|avslag|återremiss|ändringsyrkande|tilläggsyrkande|yrkande)\b[^:\n]{0,80}):\s*(?P<who>[^:\n]+)$", re.I)
# The motion first and its movers after the passive verb: "Bifall till förslaget yrkas av Anna Ek (S) och Bo Al (M)".
MOTION_PASSIVE = re.compile(r"\b(?:yrkas|yrkades)\s+(?:även\s+|också\s+)?av\s+(?P<who>[^.;:]+)"
                            r"|\b[Yy]rkande\s+(?:från|av)\s+(?P<who2>[^.;:]+)")  # "Yrkande från Anna Ek (S): bifall"
# The verb before the mover: "Under överläggningen yrkar Bo Al (M) bifall" (the party makes the name a member's).
MOTION_INVERTED = re.compile(r"\b(?:yrkar|yrkade)\s+(?P<who>" + NAME + r")\s*\((?:" + PARTY + r")\)")
# Those who join a yrkande inside its sentence: "X (M) yrkar, med instämmande av Y (KD) och Z (L), bifall …"; the
# names end at the comma before the yrkande's lower-case words.
ASSENT_RE = re.compile(r"\bmed\s+(?:instämmande|stöd|bifall)\s+(?:av|från)\s+(?P<who>.+?)(?:,\s*(?=[a-zåäö])|\.?\s*$)", re.I)
MOTION_HINTS = ("yrka", "instämmer")
# Those who join after the yrkande, at its sentence's end: "X (S) yrkar bifall och Y (C) instämmer".
LATER_ASSENT = re.compile(r"(?P<who>" + NAME + r"\s*(?:\([^()]*\))?(?:\s*(?:,|och)\s*" + NAME + r"\s*(?:\([^()]*\))?)*)"
                          r"\s+(?:instämmer|instämde)\b")
# Inside a "Yrkanden" section, proposing, advocating or backing a proposal is moving.
MOTION_IN_SECTION = re.compile(
    r"""\s+(?:föreslår|föreslog)\s+(?=att\b|bifall|avslag|återremiss)   # "Anna Ek (S) föreslår att …"
      | (?<=\))\s*(?::|\s[-–])\s*(?=\w)                              # "Anna Ek (S): bifall till …", "… (S) – avslag"
      | \s+(?:förordar|förordade|tillstyrker|tillstyrkte|ställer\s+sig\s+bakom|ställde\s+sig\s+bakom
              |ansluter\s+sig\s+till|anslöt\s+sig\s+till)\s+(?=\S)      # "Bo Al (M) ställer sig bakom Kim Eks förslag"
    """,
    re.I | re.X,
)
NEXT_MOVER = re.compile(r"[,;]?\s*(?:och\s+)?" + NAME + r"\s*(?:\([^()]*\))?\s*$")
# Outside it, a member (named with a party) who proposes at the meeting moves: "Lisa Berg (S) föreslår att …".
MEMBER_PROPOSES = re.compile(r"\((?:" + PARTY + r")\)(?P<verb>\s+(?:föreslår|föreslog)\s+)(?=att\b|bifall|avslag|återremiss)")
PROPOSE_HINTS = ("föreslå",)
RESERVE_VERB = re.compile(
    r"""\breserverar\s+sig|\breserverade\s+sig|\bvill\s+reservera\s+sig
      | \b(?:lämnar|lämnade|anmäler|anmälde)\s+(?:in\s+)?(?:en\s+)?(?:skriftlig\s+)?reservation  # "A (M) lämnar en reservation"
      | \b(?:instämmer|instämde)\s+i\s+reservationen|\b(?:ansluter|anslöt)\s+sig\s+till\s+reservationen  # "KD instämmer i
                                                                                # reservationen"
      | \b""" + RESERVATION_BY + r"""\b                                         # "Reservation anmäls/anförs av A"
    """,
    re.I | re.X,
)
RESERVE_HINTS = ("reserv",)
# A group's spokesperson named after it: "SD-gruppen genom Tor Ås reserverar sig" is the group's reservation.
SPOKESPERSON = re.compile(r"(?<=\S)\s+genom\s+" + NAME + r"(?:\s*\([^()]*\))?")
# "Mot beslutet reserverar sig …": the subject follows the verb and ends before its motive.
AGAINST_RE = re.compile(r"(?:mot|emot)\s+(?:detta\s+|det\s+|nämndens\s+|styrelsens\s+)?beslut(?:et)?|häremot|däremot", re.I)
AFTER_RESERVE_END = re.compile(r"\s+(?:till\s+förmån|med\s+hänvisning|hänvisande|enligt|för\s+egna?|till\s+egna?|skriftligt"
                               r"|skriftligen|muntligt|mot\s+beslutet)\b|[.;:]", re.I)
# A remark after a reserving party: "Socialdemokraterna (bilaga 1)", "V (skriftlig)", "SD, skriftlig, bilaga 2".
REMARK = re.compile(r"""\s*\((?:bilaga|skriftlig|muntlig|se\s)[^()]*\)                     # in parentheses
                      | \s*[,–-]\s*(?:skriftlig(?:t|en)?|muntlig(?:t|en)?|(?:se\s+)?bilaga\s+\d+[a-z]?)\b  # after a comma
                    """, re.I | re.X)
# A list of parties and nothing else under a Reservation label: "M, SD", "Moderaterna och Sverigedemokraterna".
_PARTY_LIST_SEP = re.compile(r"\s*(?:,|\boch\b|\bsamt\b)\s*")
MAX_PARTY_WORDS = 2  # "Centerpartiets ledamöter", "M-gruppen": a party named in a word or two
ABSTAIN_RE = re.compile(r"(?P<av>\d{1,3})\s+(?:ledamöter\s+|ledamot\s+|som\s+)?(?:avstår|avstod|avstått|lägger\s+ned\s+sina\s+röster"
                        r"|nedlagda\s+röster|nedlagd\s+röst|blanka\s+röster)", re.I)  # "… 7–4 med 2 nedlagda röster"
_STEPS_ASIDE = (r"(?:(?:deltar|deltog)\s+(?:inte|ej)\s+i\s+(?:handläggningen|behandlingen|beslutet|överläggningen|ärendet)"
                r"|(?:lämnar|lämnade)\s+(?:lokalen|sammanträdet|rummet|mötet|salen)"
                r"|(?:avstår|avstod)\s+från\s+att\s+delta)")  # "A avstår från att delta i beslutet på grund av jäv"
_BECAUSE = r"(?:på\s+grund\s+av|p\.?g\.?a\.?|med\s+anledning\s+av)\s+(?:sitt\s+|anmält\s+)?jäv"
JAV_RE = re.compile(
    r"""(?P<who>[^.:;]*?)\s+(?:anmäler|anmälde|har\s+anmält|anmäls|deklarerar|deklarerade|meddelar|meddelade)
          \s+(?:sig\s+)?jäv                                                          # "A (C) anmäler jäv"
      | jäv\s+(?:anmäls|anmäldes)\s+av\s+(?P<by>[^.]*)                              # "Jäv anmäls av A (C)"
      | (?P<aside>[^.:;]*?)\s+""" + _STEPS_ASIDE + r"""[^.]*?""" + _BECAUSE + r"""   # "A deltar inte i … på grund av jäv"
      | """ + _BECAUSE + r"""\s+(?:deltar|deltog)\s+(?:inte|ej)\s+(?P<named>[^.]*?)\s+i\s+  # "På grund av jäv deltar inte A i …"
      | """ + _BECAUSE + r"""\s+(?:deltar|deltog)\s+(?P<named2>[^.]*?)\s+(?:inte|ej)\s+i\b  # "På grund av jäv deltar A inte i …"
      | (?P<says>[^.:;]*?)\s+(?:anmäler|anmälde|meddelar|meddelade|uppger|uppgav)\s+att\s+(?:han|hon|hen|de)
          \s+(?:är|var)\s+jävig                                                 # "A anmäler att hon är jävig"
      | (?P<javig>[^.:;]*?)\s+(?:är|var|anmäler\s+sig|förklarar\s+sig|anses|ansågs|bedöms|bedömdes|bedömer\s+sig)
          \s+(?:vara\s+)?jävig                                                 # "A är jävig", "A anses jävig"
      | (?P<noted>[^.:;]*?)\s+""" + _BECAUSE + r"""\s+(?:inte|ej)\s+(?:deltar|deltog)\b  # "Noteras att A på grund av
                                                                                # jäv inte deltar i beslutet"
    """,
    re.I | re.X,
)
# Inside a "Jäv" section, stepping aside is enough: "Eva Holm (C) deltar inte i handläggningen."
ASIDE_RE = re.compile(r"(?P<aside>[^.:;]*?)\s+" + _STEPS_ASIDE, re.I)
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[" + UPPER + r"])|\n")


def _sentences(lines: list[str]) -> list[str]:
    return _split_sentences("\n".join(lines))


@lru_cache(maxsize=16)
def _split_sentences(text: str) -> list[str]:
    """Split text into sentences (cached: yrkanden, votes, reservations and jäv read the same sections)."""
    return [s.strip() for s in _SENTENCE.split(text) if s.strip()]


# "and others" after a name ("Anna Ek m.fl. (S, V)"): the person named speaks for their group.
AND_OTHERS = re.compile(r"\s+m\.\s?fl\.?(?=\s|$)")
# A group's parties in one parenthesis after its first name ("(S, V, C)"): the name's own party is the first.
PARTY_GROUP = re.compile(r"\((" + PARTY + r")(?:\s*(?:,|och)\s*" + PARTY + r")+\)")


def _named(phrase: str) -> list[tuple[str, str | None]]:
    """Return (name, party) for each person in "A (S), B (M) och C"."""
    out = []
    phrase = PARTY_GROUP.sub(r"(\1)", AND_OTHERS.sub("", phrase))
    for part in re.split(r",|\boch\b|&|\bsamt\b|\bmed\s+(?:instämmande|stöd|bifall)\s+(?:av|från)\b|\btillsammans\s+med\b", phrase):
        m = re.search(r"(?P<name>" + NAME + r")\s*(?:\((?P<party>" + PARTY + r")\))?\s*$", part.strip())
        if m and (name := clean_name(m.group("name"))):
            out.append((name, m.group("party")))
    return out


def _clauses(sections: list[Section], kinds: tuple[str, ...], verb: re.Pattern, hints: tuple[str, ...] = ()):
    """Yield (sentence, verb match) for each sentence of the given sections in which the verb occurs.

    `hints` are lower-case words one of which every match of the verb holds: sections without any are not split.
    """
    text = "\n".join(ln for s in sections if s.kind in kinds for ln in s.lines)
    low = text.lower() if hints else ""
    if hints and not any(h in low for h in hints):
        return
    for sentence in _split_sentences(text):
        if m := verb.search(sentence):
            yield sentence, m


def _counts(m: re.Match) -> dict[str, int]:
    found = m.groupdict()
    nej = found["nej"] if found["nej"] is not None else found["nej2"]  # SIDES_RE names its second wording "nej2"
    return {"ja": int(found["ja"]), "nej": int(nej), "avstår": int(found["av"] or 0)}


def motions(sections: list[Section]) -> list[Motion]:
    """Return the yrkanden: who moves what (each maker of a joint yrkande separately)."""
    out: list[Motion] = []
    for line in (ln for s in sections if s.kind == "motions" for ln in s.lines):
        if (mm := MOTION_THEN_MOVERS.match(line)) and NAMES_ONLY.fullmatch(mm.group("who").strip()):
            out += [Motion(by=name, party=None, text=mm.group("what").strip()) for name, _ in _named(mm.group("who"))
                    if not any(x.by == name for x in out)]
    for sentence, first in _clauses(sections, ("motions",), MOTION_IN_SECTION):
        # "Anna Ek (S) - bifall, Bo Al (M) - avslag": each mover before their own mark
        marks = [first, *MOTION_IN_SECTION.finditer(sentence, first.end())]
        start = 0
        for n, m in enumerate(marks):
            what = sentence[m.end() : marks[n + 1].start() if n + 1 < len(marks) else len(sentence)]
            if n + 1 < len(marks):  # the next mover's name closes this one's text
                what = NEXT_MOVER.sub("", what)
            for name, party in _named(sentence[start : m.start()]):
                if not any(x.by == name for x in out):
                    out.append(Motion(by=name, party=None, text=what.strip(" ,;")))
            start = m.end()
    for sentence, m in _clauses(sections, ("text", "description", "order"), MEMBER_PROPOSES, PROPOSE_HINTS):
        if (named := _named(sentence[: m.start("verb")])) and not any(x.by == named[-1][0] for x in out):
            out.append(Motion(by=named[-1][0], party=None, text=sentence[m.start("verb"):].strip()))
    for sentence, m in _clauses(sections, ("motions", "text", "description", "order"), MOTION_PASSIVE, MOTION_HINTS):
        what = sentence[: m.start()].strip() if m.group("who") else sentence.strip()
        out += [Motion(by=name, party=None, text=what) for name, _ in _named(m.group("who") or m.group("who2"))
                if not any(x.by == name for x in out)]
    for sentence, m in _clauses(sections, ("motions", "text", "description", "order"), MOTION_VERB, MOTION_HINTS):
        if sentence.lower().startswith(("ordföranden", "ordförande ")) and "(" not in sentence[: m.start()]:
            continue  # the chair's own proposition; "Ordföranden Anna Ek (S) yrkar" names a mover
        joined = ASSENT_RE.search(sentence, m.end())
        later = LATER_ASSENT.search(sentence, m.end()) if "instäm" in sentence[m.end():] else None
        for name, party in _named(sentence[: m.start()]) + (_named(joined.group("who")) if joined else []) \
                + (_named(later.group("who")) if later else []):
            if not any(x.by == name for x in out):
                # The mover's party is in the participant list; `party` names a party group's yrkande.
                out.append(Motion(by=name, party=None, text=sentence[m.start():].strip()))
        for inv in MOTION_INVERTED.finditer(sentence):
            name = clean_name(inv.group("who"))
            if name and not any(x.by == name for x in out):
                out.append(Motion(by=name, party=None, text=sentence[inv.start():].strip()))
    return out


# Words one of which a paragraph with a vote holds (in lower case): without them votes() reads nothing.
VOTE_HINTS = ("omröstning", "votering", "röster", "röstade")
TOTALS_HINTS = ("summa", "totalt", "summering", "resultat")


def votes(sections: list[Section]) -> dict[str, int] | None:
    """Return {"ja", "nej", "avstår"} from the result sentence or the voting list's totals row, or None."""
    lines = [ln for s in sections if s.kind in ("vote", "order", "motions", "decision", "text", "description") for ln in s.lines]
    joined = " ".join(lines)
    low = joined.lower()
    if any(w in low for w in TOTALS_HINTS):
        for line in lines:
            m = TOTALS_RE.match(line.replace("\t", " "))
            if m:
                return _counts(m)
    voting = any(s.kind == "vote" for s in sections) or any(w in low for w in VOTE_HINTS)
    if not voting and "röstsiffror" not in low:  # most paragraphs: no vote, and none of the patterns below can match
        return None
    text = NUMBER_WORD_RE.sub(lambda m: str(NUMBER_WORDS[(m.group(1) or m.group(2)).lower()]), joined)
    m = FIGURES_RE.search(text)  # "röstsiffrorna" names a vote by itself
    if not m and voting:
        m = (RESULT_RE.search(text) or SIDES_RE.search(text) or VOTED_RE.search(text) or VERB_FIRST_RE.search(text)
             or LABELLED_RE.search(text))
        if not m and (f := FOR_AGAINST_RE.search(text)) and "röst" in f.group(0).lower():
            m = f
    if m:
        counts = _counts(m)
        if m.group("av") is None and (a := ABSTAIN_RE.search(text, m.end())):  # "… 2 ledamöter avstår." after
            counts["avstår"] = int(a.group("av"))
        return counts
    return None


# A name list of one side of a vote: "Ja-röster (6): Anna Ek (M), Bo Al (S)", "Nej: Eva Holm (S) och Kim Dahl (V)".
SIDE_LIST = re.compile(
    r"""^\s*(?:följande\s+(?:ledamöter\s+)?)?(?:röstar\s+|röstade\s+)?          # "Följande röstar ja:", "Röstar nej:"
        (?P<side>ja|nej|avstår|avstod|avstående)(?:-?\s?röster)?(?:\s+röstar|\s+röstade)?  # "Ja-röster", "Ja röstar"
        \s*(?:\(\s*\d{1,3}\s*\))?\s*:\s*(?P<names>.+)$""",
    re.I | re.X,
)
NEXT_SIDE = re.compile(r"(?<=[.)])\s+(?=(?i:(?:följande\s+)?(?:ja|nej|avstår|avstod)\b[^:]{0,20}:))")
# The first letters SIDE_LIST can start with: other lines are not tried.
_SIDE_INITIALS = "jJnNaAfFrR"
_SIDE = {"ja": "ja", "nej": "nej", "avstår": "avstår", "avstod": "avstår", "avstående": "avstår"}
_MARKS = ("x", "1", "✓", "ja", "nej", "avstår")


def _vote_columns(cells: list[str]) -> dict[str, int] | None:
    """Return where a voting list's header row (lower-case cells) has its Ja, Nej and Avstår columns, or None."""
    if "ja" in cells and "nej" in cells:
        return {k: cells.index(k) for k in ("ja", "nej", "avstår") if k in cells}
    return None


def voting_list(lines: list[str]) -> list[dict[str, str | None]]:
    """Return how each member voted ({"name", "party", "vote"}) from a voting list's cells or name lists."""
    out: list[dict[str, str | None]] = []
    columns: dict[str, int] | None = None
    for line in lines:
        if "\t" not in line:  # not a row of cells: the list's end, or one side's names
            out += _side_names(line) if columns is None else []
            columns = None
            continue
        cells = [c.strip() for c in line.split("\t")]
        low = [c.lower() for c in cells]
        if columns is None and (columns := _vote_columns(low)) is not None:
            continue
        if columns is not None:
            if len(cells) < 2:
                columns = None
                continue
            voted = [k for k, i in columns.items() if i < len(low) and low[i] in _MARKS]
            people = _named(next((c for c in reversed(cells[: min(columns.values())]) if c), "")) or _named(cells[0])
            if voted and people:  # the serving substitute (the last name cell) is the one who voted
                out.append({"name": people[0][0], "party": people[0][1], "vote": voted[0]})
        else:
            out += _side_names(line)
    return out


def _side_names(line: str) -> list[dict[str, str | None]]:
    """Return the votes of a line naming one side ("Nej: Eva Holm (S) och Kim Dahl (V)"), or none."""
    if line.lstrip()[:1] not in _SIDE_INITIALS or not SIDE_LIST.match(line):
        return []
    out = []
    for part in NEXT_SIDE.split(line):  # "Ja röstar: A (S), B (M). Nej röstar: C (V).": both sides on one line
        if m := SIDE_LIST.match(part):
            out += [{"name": name, "party": party, "vote": _SIDE[m.group("side").lower()]}
                    for name, party in _named(m.group("names").rstrip("."))]
    return out


def counted(listed: list[dict[str, str | None]]) -> dict[str, int] | None:
    """Return {"ja", "nej", "avstår"} counted from a voting list that names both sides, or None."""
    sides = {v["vote"] for v in listed}
    if not {"ja", "nej"} <= sides:
        return None
    return {side: sum(v["vote"] == side for v in listed) for side in ("ja", "nej", "avstår")}


def marked_columns(lines: list[str]) -> dict[str, int] | None:
    """Count a voting list's marks by column when it has no totals row ("Ledamot | Ja | Nej | Avstår")."""
    columns: dict[str, int] | None = None
    counts = {"ja": 0, "nej": 0, "avstår": 0}
    for line in lines:
        if columns is None and "\t" not in line:  # a header row has cells
            continue
        cells = [c.strip().lower() for c in line.split("\t")]
        if columns is None:
            columns = _vote_columns(cells)
            continue
        if len(cells) < 2 or TOTALS_RE.match(line):  # the table ends at a line that is not a row, or its totals
            break
        if all(c.isdigit() for c in cells if c):  # figures under the heads, no names: the result itself ("12 | 9 | 1")
            return {key: int(cells[idx]) if idx < len(cells) and cells[idx] else 0
                    for key, idx in ((k, columns.get(k, len(cells))) for k in counts)}
        for key, idx in columns.items():
            counts[key] += idx < len(cells) and cells[idx] in _MARKS
    return counts if columns is not None and sum(counts.values()) else None


# An appended voting list that names the § it belongs to: "Bilaga 1 till § 3 – Omröstningslista",
# "Omröstningslista § 12", "Bilaga 2: Voteringslista, protokoll § 7".
APPENDIX_FOR = re.compile(
    r"""^[\s#*_>]*(?:bilaga\s+\d+ | omröstningsbilaga | omröstningslista | voteringslista)  # the appendix's label
        [^§\n]{0,60}?                                                                # "till", "– Omröstningslista"
        §\s*(?P<num>\d{1,4})\b                                                        # the § it belongs to
    """,
    re.I | re.X,
)


def appended_lists(lines: list[str]) -> dict[str, tuple[dict[str, int] | None, list[dict[str, str | None]]]]:
    """Return, by § number, the counts and votes of voting lists appended after the last §."""
    out: dict[str, tuple[dict[str, int] | None, list[dict[str, str | None]]]] = {}
    starts = [(i, m.group("num")) for i, ln in enumerate(lines) if (m := APPENDIX_FOR.match(ln))]
    for (i, num), nxt in zip(starts, [s for s, _ in starts[1:]] + [len(lines)]):
        chunk = lines[i + 1 : nxt]
        listed = voting_list(chunk)
        counts = next((_counts(m) for ln in chunk if (m := TOTALS_RE.match(ln))), None) or marked_columns(chunk)
        if counts or listed:
            out.setdefault(num, (counts, listed))
    return out


_SECTION_CELL = re.compile(r"^§\s*(?P<num>\d{1,4})\b\s*(?P<rest>.*)$")
_SIDE_CELL = {"ja": "ja", "nej": "nej", "avstår": "avstår", "avst": "avstår", "avst.": "avstår", "avstående": "avstår"}


def columns_by_paragraph(lines: list[str]) -> dict[str, dict[str, int]]:
    """Return, by § number, the counts of a närvaro- och omröstningslista that gives each § voted on its own
    Ja/Nej/Avstår columns ("Ledamot | Parti | § 45 Ja | Nej | Avst", or "§ 45" over a row of "Ja | Nej | Avst")."""
    out: dict[str, dict[str, int]] = {}
    above: list[str] = []  # the row before, where the § cells may stand over their columns
    columns: dict[int, tuple[str, str]] = {}  # cell index -> (§ number, side)
    counts: dict[str, dict[str, int]] = {}
    for line in lines + [""]:
        cells = [c.strip().lower() for c in line.split("\t")] if "\t" in line else []
        if columns and len(cells) >= 2:
            if TOTALS_RE.match(line):  # "Summa | | 5 | 2 | …": the figures under the columns
                counts = {num: {side: 0 for side in ("ja", "nej", "avstår")} for num, _ in columns.values()}
                for idx, (num, side) in columns.items():
                    counts[num][side] = int(cells[idx]) if idx < len(cells) and cells[idx].isdigit() else 0
                out.update({num: c for num, c in counts.items() if num not in out})
                columns = {}
                continue
            for idx, (num, side) in columns.items():
                counts[num][side] += idx < len(cells) and cells[idx] in _MARKS
            continue
        if columns:  # the table ended without a totals row: its marks counted
            out.update({num: c for num, c in counts.items() if num not in out and c["ja"] + c["nej"]})
            columns = {}
        number, found = None, {}
        for idx, cell in enumerate(cells):
            if m := _SECTION_CELL.match(cell):
                number, cell = m.group("num"), m.group("rest")
            if number and cell in _SIDE_CELL:
                found[idx] = (number, _SIDE_CELL[cell])
        sides = [idx for idx, cell in enumerate(cells) if cell in _SIDE_CELL]
        groups = [n for n, idx in enumerate(sides) if cells[idx] == "ja"]  # each § voted on: a group from its "Ja"
        over = [m.group("num") for c in above if (m := _SECTION_CELL.match(c)) and not m.group("rest")]
        if not found and over and len(over) == len(groups):  # "§ 45 | § 46" over "Ja | Nej | Avst | Ja | Nej | Avst"
            for g, start in enumerate(groups):
                end = groups[g + 1] if g + 1 < len(groups) else len(sides)
                found.update({idx: (over[g], _SIDE_CELL[cells[idx]]) for idx in sides[start:end]})
        if {side for _, side in found.values()} >= {"ja", "nej"}:
            columns = found
            counts = {num: {side: 0 for side in ("ja", "nej", "avstår")} for num, _ in found.values()}
        above = cells
    return out


def reservations(sections: list[Section]) -> list[Reservation]:
    """Return who reserves themselves against the decision: people (with party) or party groups."""
    out: list[Reservation] = []
    for sentence, m in _clauses(sections, ("reservation", "decision", "text", "description"), RESERVE_VERB, RESERVE_HINTS):
        group = PARTY_GROUP.search(sentence)  # "Anna Ek m.fl. (S, V) reserverar sig": each party of the group
        sentence = AND_OTHERS.sub("", sentence)
        m = RESERVE_VERB.search(sentence)
        subject = SPOKESPERSON.sub("", sentence[: m.start()])  # "SD-gruppen genom Tor Ås": the group reserves
        passive = m.group(0).lower().endswith(" av")
        if passive or not subject.strip() or AGAINST_RE.fullmatch(subject.strip()):  # the reservers come after the verb
            subject = AFTER_RESERVE_END.split(sentence[m.end():], 1)[0]
        people = _named(subject)
        for name, party in people:
            out.append(Reservation(by=name, party=party))
        if not people or not any(p for _, p in people) or group:
            for party in parties_in(group.group(0) if group else subject):
                if not any(r.party == party for r in out):
                    out.append(Reservation(by=None, party=party))
    # "Reservation: Olle Ek (M) till förmån för eget yrkande": names alone under the label.
    text = "\n".join(ln for s in sections if s.kind == "reservation" for ln in s.lines)
    for sentence in _split_sentences(text) if text else ():
        head = AFTER_RESERVE_END.split(sentence, 1)[0].strip()
        if not RESERVE_VERB.search(sentence) and NAMES_ONLY.fullmatch(head):
            out += [Reservation(by=n, party=p) for n, p in _named(head) if not any(r.by == n for r in out)]
        elif not RESERVE_VERB.search(sentence) and (parties := _party_list(REMARK.sub("", head))):  # "S (bilaga 1)"
            out += [Reservation(by=None, party=p) for p in parties if not any(r.party == p for r in out)]
    return out


def _party_list(text: str) -> list[str]:
    """Return the parties of a text that names parties only ("M, SD"), else []."""
    items = [x for x in _PARTY_LIST_SEP.split(text.strip(" .")) if x]
    parties = [parties_in(x) if len(x.split()) <= MAX_PARTY_WORDS else [] for x in items]
    return [p[0] for p in parties] if items and all(len(p) == 1 for p in parties) else []


def jav(sections: list[Section]) -> list[str]:
    """Return the names of those who declare jäv."""
    out: list[str] = []
    for section in sections:
        if section.kind != "jav" and "jäv" not in "\n".join(section.lines).lower():
            continue  # outside a "Jäv" section every pattern needs the word
        for sentence in _sentences(section.lines):
            # Every JAV_RE alternative holds the word "jäv": without it the (quadratic) search is skipped.
            found = list(JAV_RE.finditer(sentence)) if "jäv" in sentence.lower() else []
            found = found or (list(ASIDE_RE.finditer(sentence)) if section.kind == "jav" else [])
            if not found and section.kind == "jav" and NAMES_ONLY.fullmatch(sentence):  # "Jäv: Anna Ek (S)"
                out += [n for n, _ in _named(sentence) if n not in out]
            for m in found:
                who = next((g for g in m.groupdict().values() if g), "")
                for name, _ in _named(who):
                    if name not in out:
                        out.append(name)
    return out


__all__ = ["motions", "votes", "marked_columns", "voting_list", "reservations", "jav"]
