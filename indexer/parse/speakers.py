"""Who speaks in a paragraph: presenters, föredragande, those who inform, report, answer or debate.

Input: a paragraph's lines and the protocol's participants. Output: person names only ("Johan Ekström",
never "Ekonomichef Johan Ekström" or "Karin Lund (S)"), resolved against the participant list (a first
name alone, "Ahmed berättade", becomes the one participant of that first name). Yrkande makers, those who only
ask, and the chair opening or closing the meeting are not speakers.
"""
from __future__ import annotations

import re
from bisect import bisect_right

from ..model import Participant
from .names import NAME, NAMES_ONLY, TITLE, is_first_name, looks_like_name, resolve, split_names

# Verbs of presenting, in the present and past tense, that follow the speaker ("Ekonomichef X redogör för …").
SPEAKER_VERB = re.compile(
    r"""\s(?:föredrar|föredrog|redogör|redogjorde|informerar|informerade|redovisar|redovisade|presenterar|presenterade
        |rapporterar|rapporterade|berättar|berättade|svarar|svarade|besvarar|besvarade|beskriver|beskrev|lyfter|lyfte
        |går\s+igenom|gick\s+igenom|visar|visade|inleder\s+ärendet|föredrar\s+ärendet|är\s+föredragande|kommenterar
        |kommenterade|framför|framförde|påpekar|påpekade|anför|anförde|tar\s+upp|tog\s+upp|betonar|betonade
        |yttrar\s+sig|yttrade\s+sig
        |deltar\s+i\s+(?:debatten|diskussionen|överläggningen)|deltog\s+i\s+(?:debatten|diskussionen|överläggningen)
        |(?:ger|gav|lämnar|lämnade|håller|höll)\s+(?:en\s+)?(?:kort\s+|muntlig\s+)?(?:läges)?(?:rapport|information
          |redogörelse|redovisning|presentation|dragning|genomgång|lägesbeskrivning|återrapport(?:ering)?))\b""",  # "X gav en lägesrapport"
    re.X,
)
SPEAKER_LABEL = re.compile(
    r"^[\s*_]*(?:föredragande|föredragare|presentatör|rapportör|inledare|informatör|talare|talarlista|anföranden?"
    r"|debattdeltagare|yttranden|debatt|i\s+debatten|yttrar\s+sig|yttrade\s+sig|(?:deltar|deltog)\s+i\s+(?:debatten|överläggningen)"
    r")(?:\s+[a-zåäö]+){0,2}[*_]*\s*(?::|är)\s*(?P<names>.+)$", re.I
)
PASSIVE = re.compile(
    r"""\b(?:ärendet\s+)?föredras\s+(?:av\s+)?(?P<names>[^.;\n]+)                      # "Ärendet föredras av X"
      | \b(?:i|under)\s+(?:debatten|överläggningen|överläggningarna|diskussionen|ärendet|ärendets\s+behandling|punkten)
        \s+(?:deltar|deltog|yttrar\s+sig|yttrade\s+sig|har\s+yttrat\s+sig)
        \s+(?P<debate>[^.;\n]+)                                 # "I debatten deltar X, Y", "I ärendet yttrar sig X"
      | \b(?:information|redovisning|svar|en\s+redogörelse|en\s+presentation|(?:en\s+)?(?:läges)?rapport|en\s+lägesbild
           |(?:en\s+)?(?:före)?dragning|en\s+genomgång|återrapportering)\s+(?:lämnas|lämnades|ges|gavs|görs|gjordes)\s+av
        \s+(?P<given>[^.;\n]+)                                                        # "Information lämnas av X"
      | \b(?:besvaras|besvarades|redovisas|redovisades|presenteras|presenterades|informeras|informerades)
        \s+av\s+(?P<by>[^.;\n]+?)(?:\s+om\s|$|(?=[.;\n]))                     # "… besvaras av X", "informeras av X om"
      | ^\s*(?:muntlig\s+)?(?:information|föredragning|redogörelse|presentation|dragning)\s+(?:av|från)
        \s+(?P<of>[^.;\n]+)                          # "Information av ekonomichef X.", "Muntlig information från X"
      | \bfrågor\s+(?:från|av)\s+(?P<asker>[^.;\n]+)                                  # "besvarar frågor från X (C)"
      | \b(?:anföranden?|inlägg)\s+(?:hålls|hölls|görs|gjordes)\s+av\s+(?P<held>[^.;\n]+)  # "Anföranden hålls av X"
      | \bordet\s+(?:begärs|begärdes)\s+av\s+(?P<floor>[^.;\n]+)                       # "Ordet begärs av X och Y"
      | \bföljande\s+(?:ledamöter|ledamot|personer|talare)\s+(?:yttrar\s+sig|yttrade\s+sig|deltar|deltog)
        (?:\s+i\s+(?:debatten|överläggningen|diskussionen|ärendet))?\s*:\s*(?P<following>[^.;\n]+)  # "Följande ledamöter
                                                                                       # yttrar sig: X, Y"
    """,
    re.I | re.X | re.M,
)
# Every PASSIVE alternative holds one of these (in lower case; "lämnas av", "gavs av", "besvaras av" end in
# "s av"; "frågor från"): a paragraph without any is not searched with the case-blind pattern, the slowest of the reader's.
PASSIVE_HINT = re.compile(r"föredras|debatten|punkten\s+d|punkten\s+y|överläggningen|diskussionen|ärendet\s+(?:d|y|h)|ärendets\s+beh|s\s+av\s|frågor\s"
                          r"|(?:information|föredragning|redogörelse|presentation|dragning)\s+(?:av|från)\s|följande\s")
# A debate's speakers listed one per line under its heading ("I debatten yttrar sig:" / "Eva Dahl (V)" / …).
LIST_HEAD = re.compile(
    r"^\s*(?:(?:i|under)\s+(?:debatten|överläggningen|diskussionen|ärendet)\s+(?:deltar|deltog|yttrar\s+sig|yttrade\s+sig"
    r"|har\s+yttrat\s+sig)|yttranden|anföranden?|talare|talarlista|debatt|föredragande|föredragning|dragning|i\s+debatten)"
    r"\s*:?\s*$", re.I)
# One name a line, maybe with a party or a job title: "Eva Dahl (V)", "Lisa Holm, ekonomichef".
LISTED_NAME = re.compile(r"^\s*[-•·*–]?\s*(?P<name>" + NAME + r")\s*(?:\([^()]*\))?\s*(?:,\s*[a-zåäö][\wåäö -]{1,40})?[,.;]?\s*$")
# A name list wrapped onto a short last line that closes the sentence ("… Kerstin Mård (C) och Leo" / "Martinsson (V).").
WRAPPED_LIST = re.compile(r"(?<=[\wåäö,)])\n(?=[A-ZÅÄÖ][\wåäö-]+(?:[ ][A-ZÅÄÖ][\wåäö-]+)?[ ]?(?:\([^)\n]*\))?\.[ \t]*(?:\n|$))")
FROM_ORG = re.compile(r"\s+(?:från|på|vid)\s+(?=[A-ZÅÄÖa-zåäö])")  # "från Polisen", "från ekonomiavdelningen"
FROM_ANYWHERE = re.compile(r"\s+(?:från|på|vid)\s+[^,]*?(?=\s*(?:,|\boch\b|$))")  # "… från stadsbyggnadskontoret"
FROM_ORG_PHRASE = re.compile(FROM_ORG.pattern + r"[A-ZÅÄÖ][\wåäö-]*(?:\s+[A-ZÅÄÖ][\wåäö-]*)*")
INVERTED_VERBS = ("redovisar", "presenterar", "informerar", "föredrar", "rapporterar", "redogör", "redogjorde",
                  "redovisade", "presenterade", "informerade", "föredrog", "rapporterade")
# The verb, then maybe the speaker's title, definite ("informerade HR-chefen Sara Dahl om …") or not ("redogör
# verksamhetschef Karin Holm för …").
INVERTED = re.compile(r"\b(?:" + "|".join(INVERTED_VERBS) + r")\s+(?:(?:[A-ZÅÄÖ]{1,4}-)?[a-zåäö]*(?:[a-zåäö](?:en|n)|"
                      + TITLE.pattern.rstrip("$") + r")\s+)?(?P<name>" + NAME + r")")
# Sentences start at a full stop, a colon (list items "Hagfjärd: Mikael Åström berättade"), a bullet or a new line.
_CLAUSE = re.compile(r"(?<=[.!?:;])\s+|\n|^\s*[-•·*]\s+", re.M)
# A job title set off by commas after a name: "informerar Lars Berg, miljöchef, om …".
APPOSITIVE = re.compile(r"^,\s*[a-zåäö][\wåäö -]{1,40},")
# Who presents beside the subject, after the verb: "… föredrar ärendet tillsammans med controller Bo Al".
TOGETHER = re.compile(r"\btillsammans\s+med\s+(?:[a-zåäö]+\s+)?(?P<names>" + NAME + r"(?:\s*(?:,|och)\s*(?:[a-zåäö]+\s+)?"
                      + NAME + r")*)")


def _rejoin(m: re.Match) -> str:
    """Join a name list's short last line to the line before when that ends with a first name ("… och Leo" /
    "Martinsson (V)."); keep the break before a sentence of its own ("… Anna Ek" / "Bifalls.")."""
    before = m.string[: m.start()].rsplit(None, 1)
    return " " if before and is_first_name(before[-1].strip(",")) else "\n"


# The subject of a speaker verb sits within this many words before it ("Förbundsdirektör Jens Ahlqvist och
# ekonomichef Sara Moberg föredrar").
MAX_SUBJECT_WORDS = 12


def find_speakers(lines: list[str], participants: list[Participant]) -> list[str]:
    """Return the people who present, inform, report, answer or debate in the paragraph."""
    found: list[str] = []
    listing = False  # under a debate's heading, one name a line
    for line in lines:
        m = SPEAKER_LABEL.match(line)
        if m:
            found.extend(split_names(m.group("names")))
        if listing and (n := LISTED_NAME.match(line)) and (names := split_names(n.group("name"))):
            found.extend(names)
            continue
        if listing and NAMES_ONLY.fullmatch(line.strip()):  # "Anförande" / "Anna Ek (S), Bo Al (M), Cia Berg (V)"
            found.extend(split_names(line))
            continue
        listing = LIST_HEAD.match(line) is not None
    text = "\n".join(lines)
    # The case-blind PASSIVE is the reader's slowest pattern: it reads only the lines that hold one of its words.
    for line in WRAPPED_LIST.sub(_rejoin, text).split("\n") if PASSIVE_HINT.search(text.lower()) else ():
        for m in PASSIVE.finditer(line) if PASSIVE_HINT.search(line.lower()) else ():
            # "… av Kim Lund och Eva Berg från stadsbyggnadskontoret": each name without where they come from
            found.extend(split_names(FROM_ANYWHERE.sub("", next(g for g in m.groups() if g))))
    # The verbs are found in the whole text once; each counts in the clause that holds it whole, the first
    # one with a subject per clause.
    verbs = list(SPEAKER_VERB.finditer(text))
    seps = list(_CLAUSE.finditer(text)) if verbs else []
    starts, ends = [0] + [m.end() for m in seps], [m.start() for m in seps] + [len(text)]
    spoken: set[int] = set()
    for v in verbs:
        i = bisect_right(starts, v.start()) - 1
        if i in spoken or v.end() > ends[i]:  # a clause that has its speaker, or a verb across a clause's end
            continue
        subject = text[starts[i] : v.start()].strip()
        if len(subject.split()) > MAX_SUBJECT_WORDS:  # the chair informing by name counts ("Ordförande Anna Ek informerar")
            continue
        # "Maria Ek från Polisen informerar": the person before where they come from.
        names = split_names(subject)
        if FROM_ORG.search(subject):  # "Lisa Holm och Per Ek från Polisen": each person before where they come from
            names = max(names, split_names(FROM_ORG_PHRASE.sub("", subject)), split_names(FROM_ORG.split(subject)[0]), key=len)
        if not names and (first := _first_name_only(subject, participants)):
            names = [first]
        found.extend(names)
        if names and (with_ := TOGETHER.search(text, v.end(), ends[i])):  # "X föredrar ärendet tillsammans med Y"
            found.extend(split_names(with_.group("names")))
        spoken.add(i)
    # "… presenterar Elin Ring arbetsgruppens förslag": a participant named right after the verb.
    known = {p.name for p in participants}
    for m in INVERTED.finditer(text) if any(v in text for v in INVERTED_VERBS) else ():
        name = resolve(m.group("name"), participants)
        # A name nobody lists counts when a first name opens it and "för"/"om" follows: "redogör Lisa Holm för läget".
        after = APPOSITIVE.sub("", text[m.end():], count=1).lstrip()  # "informerar Lars Berg, miljöchef, om …"
        if name in known or (is_first_name(name.split()[0]) and after.startswith(("för ", "om "))
                             and looks_like_name(name)):
            found.append(name)
    out: list[str] = []
    for name in found:
        name = resolve(name, participants)
        if name not in out:
            out.append(name)
    return out


def _first_name_only(subject: str, participants: list[Participant]) -> str | None:
    """Resolve a lone first name ("Ahmed berättade") to the one participant who has it."""
    words = subject.split()
    if len(words) != 1 or not words[0][:1].isupper():
        return None
    matches = [p.name for p in participants if p.name.split()[0] == words[0]]
    return matches[0] if len(matches) == 1 else None
