"""People's names, parties and organisations as they are written in protocols.

Input: short strings (a cell, a phrase before a verb). Output: clean person names ("Karin Lund", never
"Ekonomichef Karin Lund" or "Karin Lund S"), party abbreviations, organisation names ("Hagfjärds kommun",
"Region Västmark", "Västmarks räddningstjänstförbund", "Nord Energi AB").
"""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

PARTIES = {"S", "M", "C", "V", "L", "KD", "MP", "SD", "FP", "SPI", "FI", "ÖP", "SÖ", "NYD", "BP", "VIP", "JP", "KP",
           "RP", "SKP", "VSL", "ÅP", "OP", "BOA", "NS", "HP", "DS", "AP", "LP", "SJV", "PP", "MED"}
# The main parties in lower case after a name, as older minutes write them: "Anna Ek (s)", "Bo Al (kd)".
LOWER_PARTY = re.compile(r" \((s|m|c|v|l|kd|mp|sd|fp|vpk)\)")  # a literal first: the scan skips to each " ("


def upper_parties(text: str) -> str:
    """Write parties given in lower case after a name in capitals ("Anna Ek (s)" -> "Anna Ek (S)")."""
    def upper(m: re.Match) -> str:
        after_word = m.start() > 0 and text[m.start() - 1] in _NAME_END
        return f" ({m.group(1).upper()})" if after_word else m.group(0)
    return LOWER_PARTY.sub(upper, text) if " (" in text else text


_NAME_END = frozenset("abcdefghijklmnopqrstuvwxyzåäöé")


# Genitive party names ("Moderaternas ledamöter reserverar sig") -> abbreviation.
PARTY_NAMES = {
    "socialdemokrat": "S", "moderat": "M", "centerpart": "C", "vänsterpart": "V", "liberal": "L", "folkpart": "FP",
    "kristdemokrat": "KD", "miljöpart": "MP", "sverigedemokrat": "SD",
}
PARTY = r"(?:" + "|".join(sorted(PARTIES, key=len, reverse=True)) + r")"
# One word of a name: capitalised, letters of any Latin script, inner hyphen or apostrophe ("Sven-Olof", "O'Neil").
# The capitals and small letters a name is written with in Sweden (Latin scripts).
UPPER = "A-ZÅÄÖÉÜØÆŠŽČĆÇŞŁŚŻŹÑÓÍÁÚÝÎÂÊÔÛÈÌÒÙĞİÐÞĐ"
LOWER = "a-zåäöéüøæšžčćđßáàíóúñëïîôûâêèìòùçşłśżźýğıðþ'’"
NAME_WORD = (rf"(?:Ma?c|O['’])?[{UPPER}][{LOWER}]+(?:-[{UPPER}a-zåäö][{LOWER}]+)?")  # "Zoë", "Ömer Çelik", "Łukasz",
                                                                               # "Şule Yılmaz", "McDonald", "O'Brien"
# A voting or roll-call list's answer in the cell after a name is no part of it ("Viktor Nylén<TAB>Nej"), nor is a
# role or job title written capitalised after it ("Ulla Sten Kommundirektör", "Kim Lund Ordförande").
_TITLE_ENDINGS = ("chef", "chefen", "direktör", "sekreterare", "ordförande", "strateg", "handläggare", "controller",
                  "samordnare", "ekonom", "jurist", "inspektör", "arkitekt")
# A capitalised word that ends in a job title: the whole word, then a look back at its ending (no backtracking
# through the word for each ending: NAME tries this at every word of the archive).
CAPITALISED_TITLE = (r"[A-ZÅÄÖ][a-zåäö]*\b(?:" + "|".join(f"(?<=(?i:{e}))" for e in _TITLE_ENDINGS) + ")")
_ANSWERS = ("Ja", "Nej", "Avstår", "Avstod", "Närvarande", "Frånvarande", "Ledamot", "Ersättare")
# Checked once a name's word is whole, by looking back at its end: cheap, at one position per word.
_NOT_ANSWER_AFTER = (r"(?![\wåäö])" + "".join(f"(?<!\\b{w})" for w in _ANSWERS)
                     + "".join(f"(?<!(?i:{e}))" for e in _TITLE_ENDINGS))
NAME = (NAME_WORD + rf"(?:\s+[{UPPER}]\.(?=\s+[{UPPER}]))?"  # a middle initial: "Anna K. Ek"
        + r"(?:\s+(?:af|von|van|de|da|del|der)\b)?(?:\s+" + NAME_WORD + _NOT_ANSWER_AFTER + r"){1,3}")
NAME_RE = re.compile(NAME)
_ORDF = re.compile(r"\bordf\.?$")
_V_ORDF = re.compile(r"\bv\.?\s?(?=ordförande$)")


def written_out_role(role: str) -> str:
    """Write a meeting role's abbreviations out, in lower case ("1:e v ordf" -> "1:e vice ordförande")."""
    return _V_ORDF.sub("vice ", _ORDF.sub("ordförande", role.lower()))


# A list of people and nothing else: "Anna Ek (S), Bo Al (M) och Cia Berg".
NAMES_ONLY = re.compile(r"(?:" + NAME + r")(?:\s*\(" + PARTY + r"\))?(?:\s*(?:,|och|samt)\s*(?:" + NAME + r")(?:\s*\(" + PARTY + r"\))?)*\.?")
# A party in parentheses, as after a member's name: "(S)".
PARTY_IN_PARENS = re.compile(r"\((?:" + PARTY + r")\)")
PERSON_RE = re.compile(r"(?P<name>" + NAME + r")(?:\s*\((?P<party>" + PARTY + r")\))?")
# The gap between the words of a name: a space or two, never a tab (a tab is a layout column: "Region X<TAB>Sida").
_SP = r"[^\S\t]{1,2}"
ORG_RE = re.compile(
    rf"""(?:[A-ZÅÄÖ][a-zåäö][\wåäö-]*{_SP})?[A-ZÅÄÖ][a-zåäö][\wåäö-]*{_SP}(?:kommun|stad)(?=s?\b)   # Hagfjärds kommun, Östra Lunde kommun
      | Region{_SP}[A-ZÅÄÖ][a-zåäö][\wåäö-]*(?:{_SP}[A-ZÅÄÖ][a-zåäö][\wåäö-]*)?            # Region Västmark, Region Jämtland Härjedalen
      | (?:[A-ZÅÄÖ][a-zåäö][\wåäö-]*{_SP})?[A-ZÅÄÖ][\wåäö-]+s?{_SP}(?:[A-ZÅÄÖa-zåäö][a-zåäö]+)?(?:kommunal)?förbund\b  # Västmarks
                                                                            # räddningstjänstförbund, Västra Dalens kommunalförbund,
                                                                            # Mellersta Norrås Samordningsförbund
      | [A-ZÅÄÖ][a-zåäö]*förbundet{_SP}[A-ZÅÄÖ][a-zåäö][\wåäö-]*(?:{_SP}[A-ZÅÄÖ][a-zåäö][\wåäö-]*)?  # Kommunalförbundet Västkust
      | Räddningstjänsten{_SP}[A-ZÅÄÖ][a-zåäö][\wåäö-]*(?:{_SP}[A-ZÅÄÖ][a-zåäö][\wåäö-]*)?  # a förbund named so:
                                                                            # Räddningstjänsten Syd, … Dala Mitt
      | [A-ZÅÄÖ][\wåäö&-]*(?:{_SP}[A-ZÅÄÖ&][\wåäö&-]*){{0,3}}{_SP}AB\b               # Nord Energi AB
      | [A-ZÅÄÖ][\wåäö-]+s?{_SP}läns{_SP}landsting                                # Västmarks läns landsting
      | Landstinget{_SP}(?:i{_SP})?[A-ZÅÄÖ][a-zåäö][\wåäö-]*                     # Landstinget Sörmland, … i Värmland
    """,
    re.X,
)
# Words that make a capitalised phrase an organisation or a title, not a person.
NOT_PERSON = re.compile(
    r"""\b(?:kommun|kommuns|stad|region|regionen|regionens|länsstyrelsen|landsting\w*|förvaltning\w*|nämnd\w*
        |styrelse\w*|fullmäktige|utskott\w*|förbund\w*|bolag|ab|polisen|myndighet\w*|skola|sjukhus\w*|enhet\w*
        |avdelning\w*|kansli\w*|ordförande\w*|ordföranden|sekreterare|ledamot|ledamöter|ersättare|justerare|justerande
        |beslut\w*|protokoll\w*|sammanträde\w*|ärende\w*|paragraf\w*|bilaga\w*|dnr|diarienummer
        |ja|nej|avstår|avst|närv|närvarande|frånvarande|närvaro|tjänstgör\w*|ersatt)\b""",  # a voting list's and a
                                                    # roll call's column heads and marks ("Ja  Nej  Avst", "Närvarande")
    re.I | re.X,
)


# Capitalised titles that open a sentence before a name ("Bibliotekschef Moa Hedin föredrar").
TITLE = re.compile(
    r"(?:chef|chefen|direktör|strateg|sekreterare|handläggare|inspektör|ingenjör|arkitekt|planerare|läkare|samordnare"
    r"|controller|ekonom|intendent|ordförande|rektor|konsult|jurist|utredare|analytiker|specialist|sjuksköterska"
    r"|ansvarig|föreståndare|kommunikatör|administratör|assistent|koordinator|förvaltare|revisor|sakkunnig"
    r"|ledare|företrädare|representant|utvecklare|rådgivare|tekniker|pedagog|sköterska|kurator|notarie)$",
    re.I,
)


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """Load the shipped list of first names (generated by scripts/make_first_names.py)."""
    text = resources.files("indexer").joinpath("data/first_names.txt").read_text(encoding="utf-8")
    return frozenset(w for line in text.splitlines() if not line.startswith("#") for w in line.split())


def is_first_name(word: str) -> bool:
    """Tell whether a word is a known first name (each part of a double name counts)."""
    names = first_names()
    return word in names or all(part in names for part in word.split("-") if part)


# A first name, then a surname OCR read in lower case, then the party: "Britt sjödin (S)".
_LOWER_SURNAME = re.compile(r"\b([A-ZÅÄÖ][a-zåäö]+)\s([a-zåäö])([a-zåäö]{2,})(?=\s*\(" + PARTY + r"\))")


# A name in capitals ("ANNA-KARIN EK"): two to four words of capitals, the first a first name.
_CAPS_NAME = re.compile(r"\b([A-ZÅÄÖ]{2,}(?:-[A-ZÅÄÖ]{2,})?)(?:\s[A-ZÅÄÖ]{2,}(?:-[A-ZÅÄÖ]{2,})?){1,3}\b")


def repair_caps(text: str) -> str:
    """Mend capitals in names: a speck OCR read as a capital before a first name ("FErik Hallberg" -> "Erik
    Hallberg"), a surname read in lower case after one ("Britt sjödin (S)" -> "Britt Sjödin (S)"), a name typed in
    capitals ("ANNA EK (S)" -> "Anna Ek (S)")."""
    text = re.sub(r"\b[A-ZÅÄÖ]([A-ZÅÄÖ][a-zåäö]+)\b", lambda m: m.group(1) if is_first_name(m.group(1)) else m.group(0), text)
    text = _CAPS_NAME.sub(lambda m: m.group(0).title() if is_first_name(m.group(1).title()) else m.group(0), text)
    return _LOWER_SURNAME.sub(lambda m: f"{m.group(1)} {m.group(2).upper()}{m.group(3)}" if is_first_name(m.group(1))
                              else m.group(0), text)


# A word no person's name has: a capitalised function word ("Kultur Och Fritid"), an organisation's ending
# ("Socialförvaltningen", "Trafikverket", "Ekonomienheten") or a nation's genitive ("Sveriges Kommuner").
NOT_NAME_WORD = re.compile(
    r"""^(?:Och|Av|För|Med|Till|Om|Från|Vid|Sveriges|Kommuner|Regioner)$
      | (?i:förvaltningen|förvaltning|verket|enheten|avdelningen|kontoret|bolaget|myndigheten|inspektionen|föreningen
         |förbundet|nämnden|styrelsen|utskottet|centralen|huset)$""",
    re.X,
)


def looks_like_name(text: str) -> bool:
    """Tell whether `text` reads as a person's name: 2-4 capitalised words, no organisation or title words."""
    text = text.strip()
    return bool(NAME_RE.fullmatch(text)) and not NOT_PERSON.search(text) \
        and not any(NOT_NAME_WORD.search(w) for w in text.split())


INITIALS = re.compile(r"(?:^|\s)(?P<name>[A-ZÅÄÖ](?:-[A-ZÅÄÖ])?\.\s?" + NAME_WORD + r")$")


def clean_name(phrase: str) -> str | None:
    """Return the person's name in a phrase ("Ekonomichef Johan Ekström (S)" -> "Johan Ekström"), or None."""
    phrase = re.sub(r"\([^)]*\)", " ", phrase)
    if m := INITIALS.search(phrase.strip()):  # "I-L. Karlström": resolved against the participants later
        return m.group("name")
    words = [w.strip(".,:;*_\"'”“") for w in phrase.split()]
    words = [w for w in words if w]
    # The name is the run of capitalised words at the end of the phrase (titles come first, in lower case).
    run: list[str] = []
    for w in reversed(words):
        if re.fullmatch(NAME_WORD, w) or (run and w in ("af", "von", "van", "de", "da")):
            run.insert(0, w)
        else:
            break
    # A capitalised title at the start of a sentence ("Ekonomichef Johan Ekström"): start at a first name.
    while len(run) > 2 and not is_first_name(run[0]) and (any(is_first_name(w) for w in run[1:-1]) or TITLE.search(run[0])):
        run.pop(0)
    if len(run) > 4:
        return None
    name = " ".join(run)
    return name if len(run) >= 2 and looks_like_name(name) else None


# A party in a phrase about a group (case-sensitive: a party is in capitals).
_PARTY_IN_PHRASE = re.compile(
    r"""\(\s*(?P<paren>""" + PARTY + r""")\s*\)           # (S)
      | \b(?P<bare>""" + PARTY + r""")(?=(?::s)?(?![\w-])   # SD:s ledamöter, ledamöterna från SD, M och KD
                                  | -(?:gruppen|ledamöterna|ledamoten)\b    # S-gruppen, M-ledamöterna
                                  | -\s+(?:och|samt)\s)                     # "M- och KD-gruppen"
    """,
    re.X,
)


def parties_in(text: str) -> list[str]:
    """Return every party named in a phrase, in order ("Moderaternas och Kristdemokraternas" -> M, KD)."""
    found = [(m.start(), m.group("paren") or m.group("bare")) for m in _PARTY_IN_PHRASE.finditer(text)]
    low = text.lower()
    for stem, abbr in PARTY_NAMES.items():
        for m in re.finditer(stem, low):
            found.append((m.start(), abbr))
    out: list[str] = []
    for _, p in sorted(found):
        if p not in out:
            out.append(p)
    return out


def organisation_in(text: str) -> str | None:
    """Return the first organisation named in `text` (all-caps headers are read in title case)."""
    if not text:
        return None
    if text.isupper() or re.search(r"\b[A-ZÅÄÖ]{3,}\s+(?:KOMMUN|STAD|REGION)\b|\bREGION\s+[A-ZÅÄÖ]{3,}", text):
        text = re.sub(r"\b([A-ZÅÄÖ])([A-ZÅÄÖ]+)\b", lambda m: m.group(1) + m.group(2).lower(), text)
        # The common nouns after the name are lower case: "Tallås kommun", "Fjällmarks räddningstjänstförbund".
        text = re.sub(r"(?<=\w )(Kommun|Stad|\w*förbund)\b", lambda m: m.group(1).lower(), text)
    if "Kommun" in text or "Stad" in text:  # "Ekby Kommun", as a letterhead capitalises it: "Ekby kommun"
        text = re.sub(r"(?<=[a-zåäö] )(Kommun|Stad)\b", lambda m: m.group(1).lower(), text)
    m = ORG_RE.search(text)
    return re.sub(r"\s+", " ", m.group(0)).strip() if m else None


def split_names(raw: str) -> list[str]:
    """Split 'Anna Berg (S), Johan Loock (M) och Eva Ek' into clean person names."""
    out = []
    for part in re.split(r",|;|\boch\b|&|/|\bsamt\b|\s{3,}|\t", re.sub(r"\([^)]*\)", " ", raw)):
        name = clean_name(part)
        if name and name not in out:
            out.append(name)
    return out


def resolve(name: str, participants: list) -> str:
    """Expand an initial ("L. Åsberg"), a hyphen variant or a name without its first word to the participant's full
    name."""
    m = re.fullmatch(r"([A-ZÅÄÖ](?:-[A-ZÅÄÖ])?)\.\s?([\wåäö-]+)", name)
    if m:
        initials = m.group(1).split("-")
        for p in participants:
            parts = p.name.split()
            firsts = parts[0].split("-") if parts else []
            if parts and parts[-1] == m.group(2) and len(firsts) == len(initials) and all(
                f.startswith(i) for f, i in zip(firsts, initials)
            ):
                return p.name
    flat = name.replace("-", " ")
    if same := next((p.name for p in participants if p.name.replace("-", " ") == flat), None):
        return same
    # "Van An" for "Nguyen Van An": a name that lost the first word of one participant's (and no one else's) name.
    longer = [p.name for p in participants if p.name.endswith(" " + name) and len(p.name.split()) == len(name.split()) + 1]
    return longer[0] if len(set(longer)) == 1 else name
