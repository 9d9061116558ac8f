"""Which meeting a protocol records: date, body (organ), organisation, place.

Input: the front-page blocks, the lines before the first §, and the running header lines. Output: the meeting
date (from "Sammanträdesdatum", "Datum", "Plats och tid", "Tid", the header; never the justering or anslag
date), the body without organisation, page numbers or markup ("Kommunfullmäktige", "Direktionen",
"Regionalt nätverk för folkhälsosamordnare"), the organisation ("Hagfjärds kommun", "Region Västmark"),
and the place.
"""
from __future__ import annotations

import re

from .. import dates
from .frontpage import Block
from .names import ORG_RE, organisation_in

# A body's name ends in one of these words ("Kultur- och fritidsnämnden", "Kommunstyrelsens arbetsutskott").
ORGAN_WORD = re.compile(
    r"(?:nämnd|styrelse|fullmäktige|utskott|samrådsgrupp|grupp|råd|rådet|beredning|nätverk|nätverket|kommitté|presidium"
    r"|direktion|direktionen|delegation|forum|konferens|församling|revisorer|ledningsgrupp)\w*$"
    r"|(?:revisionen|stämma|stämman)$",  # "Kommunrevisionen", "Årsstämma" (not "revisionsrapport")
    re.I,
)
# A word naming the record or the meeting, not the body, though it starts with one ("Styrelseprotokoll",
# "Nämndsammanträde", "Styrelsemötet").
RECORD_WORD = re.compile(r"(?:protokoll\w*|möte[nt]?|sammanträde[nt]?)$", re.I)
BOARD_MEETING = re.compile(r"\bstyrelse(?:möte|sammanträde|protokoll)\b", re.I)
# Words that end a body's name when read from a header or heading line.
STOP_WORDS = {"i", "den", "vid", "med", "från", "protokoll", "sammanträdesprotokoll", "protokollsutdrag",
              "sammanträdesdatum", "sammanträde", "sammanträdet", "datum", "mötet", "möte", "minnesanteckningar",
              "utdrag", "ur", "fört", "över", "styrelsemöte", "sida", "kl", "tid", "plats"}
# A body named in the genitive before its meeting: "kulturnämndens", "fullmäktiges", "utskottets" (sammanträde).
GENITIVE = re.compile(r"(?:en|et|e)s$")
# After its owner in the genitive the body's name is indefinite ("Storviks kommuns krisledningsnämnd"); the body
# calls itself by the definite form (Krisledningsnämnden).
OWNER_GENITIVE = {"kommuns", "stads", "regionens", "landstingets", "förbundets"}
DEFINITE_ENDING = {"nämnd": "en", "styrelse": "n", "utskott": "et", "beredning": "en", "direktion": "en"}
DEFINITE = re.compile(r"(?:" + "|".join(DEFINITE_ENDING) + r")$", re.I)
DISTRICT_BODY = re.compile(r"(?:stadsdels|kommundels|områdes|distrikts|stadsdel|kommundel)nämnd(?:en)?$|^(?:Norr|Söder|Öster|Väster"
                           r"|Västra|Östra|Norra|Södra|Centrum|Mitt|Inre|Yttre)$", re.I)
# Words in lower case between a body in the genitive and its sub-body: "kommunstyrelsens allmänna utskott",
# "socialnämndens individ- och familjeutskott".
MAX_QUALIFIER_WORDS = 3
# The body's name is at most this many words ("Nämnden för arbetsmarknad, vuxenutbildning och integration").
MAX_ORGAN_WORDS = 8


def _for_word(word: str) -> bool:
    """Tell whether a word can belong to a body's "för"-phrase: lower case, an acronym, or capitalised."""
    return word[:1].isalpha() and word.lower() not in STOP_WORDS and not RECORD_WORD.search(word)


def organ_in(text: str) -> tuple[str | None, str | None]:
    """Return (body, trailing place) named in a line: "Regionalt nätverk för X i Västmark" -> (…, "Västmark")."""
    text = dates.NUMERIC_RE.sub(" ", dates.LONG_RE.sub(" ", text))
    text = re.sub(r'\b(?:sida\s*)?\d+\s*(?:\(\s*\d+\s*\)|av\s+\d+)|\d+|[#*_\\|()\[\]"“”«»]', " ", text, flags=re.I)
    # A comma before a word in lower case goes on with a list inside the name ("Nämnden för arbetsmarknad,
    # vuxenutbildning och integration"); other commas, and the rest of the separators, end the chunk.
    for chunk in re.split(r",(?!\s+[a-zåäö])|[;\t:–]|\s-\s|\s{2,}", text):
        words = chunk.split()
        idx = [i for i, w in enumerate(words) if ORGAN_WORD.search(w.strip(".,")) and w.lower().strip(",") not in STOP_WORDS
               and not RECORD_WORD.search(w.strip(".,"))]
        if not idx:
            continue
        j = owner = idx[0]
        while True:
            if j + 1 in idx:
                j += 1
                continue
            # A body of a body, words in lower case between: "kommunstyrelsens allmänna utskott", "socialnämndens
            # individ- och familjeutskott".
            later = next((k for k in idx if j + 1 < k <= j + 1 + MAX_QUALIFIER_WORDS), None)
            if later is not None and words[j].lower().endswith("s") and all(
                    w[:1].islower() and w not in STOP_WORDS and not RECORD_WORD.search(w) for w in words[j + 1 : later]):
                j = later
                continue
            break
        i = j if j == owner or j - 1 in idx else owner
        # "… nätverk för folkhälsosamordnare", "Styrgruppen för digital samverkan": a "för"-phrase of words in
        # lower case completes the name.
        # An acronym or a capitalised word may name what it is for ("Länsgruppen för ANDT", "Styrgruppen för
        # Välfärdsteknik"), but not an organisation ("Styrelsen för Ekby Energi AB").
        if j + 2 < len(words) and words[j + 1].lower() == "för" and _for_word(words[j + 2]) \
                and not ORG_RE.match(" ".join(words[j + 2 :])):
            j += 2
            while j + 1 < len(words) and _for_word(words[j + 1]):
                j += 1
        # A district's body is named by its area: "Stadsdelsnämnden Norr", "Kommundelsnämnden Västra Berga".
        while DISTRICT_BODY.search(words[j]) and j + 1 < len(words) and words[j + 1][:1].isupper() \
                and words[j + 1].lower() not in STOP_WORDS and not ORG_RE.match(" ".join(words[j + 1 :])):
            j += 1
        while i > 0 and words[i - 1].lower().strip(",.") not in STOP_WORDS and not RECORD_WORD.search(words[i - 1].strip(",.")) \
                and (words[i - 1][:1].isupper() or words[i - 1].lower() == "och"
                                                                  or words[i - 1].endswith("-") or words[i].lower() in ("och",)):
            i -= 1
        if j - i + 1 > MAX_ORGAN_WORDS:
            continue
        phrase = " ".join(words[i : j + 1]).strip(" .,")
        if phrase.isupper():
            phrase = phrase.capitalize()
        place = None
        if j + 2 < len(words) and words[j + 1] == "i" and words[j + 2][:1].isupper():
            place = words[j + 2].strip(".,")
        if ORG_RE.fullmatch(phrase):
            continue
        following = words[j + 1].lower().strip(".,") if j + 1 < len(words) else ""
        if (following in STOP_WORDS or RECORD_WORD.fullmatch(following)) and GENITIVE.search(phrase):
            phrase = phrase[:-1]  # "Protokoll från kulturnämndens sammanträde": the body is Kulturnämnden
        if i > 0 and (words[i - 1].lower() in OWNER_GENITIVE or words[i - 1].endswith(":s")) and " " not in phrase:
            phrase = DEFINITE.sub(lambda m: m.group(0) + DEFINITE_ENDING[m.group(0).lower()], phrase)
        return phrase[:1].upper() + phrase[1:], place
    return None, None


def find_body(blocks: list[Block], header: list[str], front: list[str]) -> tuple[str | None, str | None]:
    """Return (body, place named after it) from the anslag's Organ line, the page header, or the first lines."""
    for b in blocks:
        if b.key == "organ" and b.values:
            body, place = organ_in(b.text())
            if body:
                return body, place
    for line in list(header) + [ln for ln in front[:40]]:
        if re.match(r"^\s*[*_]*(?:beslutande|ledamöter|närvarande|plats|tid)\b", line, re.I):
            break
        body, place = organ_in(line)
        if body:
            return body, place
    if any(BOARD_MEETING.search(line) for line in front[:10]):  # "Protokoll fört vid styrelsemöte i Ekeby Energi AB"
        return "Styrelsen", None
    return None, None


# What kind of record the front page says it is.
KIND_RE = re.compile(r"(?P<utdrag>protokollsutdrag|utdrag\s+ur\s+(?:sammanträdes)?protokoll)|(?P<notes>minnesanteckning|anteckningar\s+från)", re.I)


def find_kind(header: list[str], front: list[str]) -> str:
    """Return Protokollsutdrag, Minnesanteckningar or Protokoll from the header and the first lines."""
    for line in list(header) + front[:15]:
        if m := KIND_RE.search(line):
            return "Protokollsutdrag" if m.group("utdrag") else "Minnesanteckningar"
    return "Protokoll"


# A line of a logo's text is a word or two.
LOGO_WORDS = 2
# A postal address after an organisation: the letterhead or page footer of the issuer ("Västerviks kommun, 593 80
# Västervik", "Region Sörmark · Box 12 · 611 88 Nyköping").
POSTAL_ADDRESS = re.compile(r"\b\d{3}\s?\d{2}\s+[A-ZÅÄÖ][a-zåäö]+")
# A board named with the company or förbund it governs: "Styrelsen för Ekby Energi AB", "Direktionen i X förbund".
BOARD_OF = re.compile(r"\b(?:[Ss]tyrelsen|[Dd]irektionen|[Ff]örbundsdirektionen|[Ff]örbundsstyrelsen)\s+(?:för|i)\s+(?P<org>[A-ZÅÄÖ].*)")


def find_organisation(blocks: list[Block], header: list[str], front: list[str], place: str | None, text: str) -> str | None:
    """Return the organisation from the header, the first lines, the Organ line, the place after the body, or the
    issuer's postal address."""
    for line in list(header) + front[:40]:  # "Styrelsen för Ekby Energi AB" under the owner's name: the company's board
        if (m := BOARD_OF.search(line)) and (org := organisation_in(m.group("org"))):
            return _as_written(org, text)
    lines = list(header) + front[:40] + [b.text() for b in blocks if b.key in ("organ", "storage")]
    for n, line in enumerate(lines):
        if re.match(r"^\s*[*_]*(?:beslutande|ledamöter|närvarande|deltagare|frånvarande)\b", line, re.I):
            break
        if org := organisation_in(line):
            return _as_written(org, text)
        # A logo's name broken over two short lines: "Ekby" / "kommun", "Region" / "Sydvik".
        if n + 1 < len(lines) and len(line.split()) <= LOGO_WORDS and len(lines[n + 1].split()) <= LOGO_WORDS \
                and (org := organisation_in(f"{line.strip()} {lines[n + 1].strip()}")):
            return _as_written(org, text)
    if place:
        for m in ORG_RE.finditer(text):
            if place.rstrip("s") in m.group(0):
                return re.sub(r"\s+", " ", m.group(0))
    for line in text.splitlines():  # the issuer's address, wherever the page has it
        if (m := POSTAL_ADDRESS.search(line)) and (org := organisation_in(line[: m.start()])):
            return org
    return None


def _as_written(org: str, text: str) -> str:
    """Return an all-caps header's organisation ("TALLÅS BOSTÄDER AB") as the text spells it in mixed case."""
    if not re.search(r"[A-ZÅÄÖ]{3,}", org):
        return org
    for m in re.finditer(r"\s+".join(map(re.escape, org.split())), text, re.I):
        if not m.group(0).isupper():
            return re.sub(r"\s+", " ", m.group(0))
    return org


def find_date(blocks: list[Block], header: list[str], front: list[str], rest: list[str] = ()) -> dates.FoundDate | None:
    """Return the meeting date: a dated Sammanträdesdatum/Datum/Plats och tid/Tid value, the header, the first lines."""
    candidates = [b.text() for b in blocks if b.key in ("date", "place_time", "time")]
    for text in candidates + list(header):
        isos = dates.iso_dates(text.replace("\t", " "))
        if isos:
            return dates.FoundDate(isos[0].isoformat(), False, 0)
        for date, *_ in dates.long_dates(text):
            if date:
                return dates.FoundDate(date.isoformat(), False, 0)
    kept = [ln for ln in front if not NOT_MEETING_DATE.search(ln)]
    # The years the whole text mentions help infer a missing year ("Möte 28 januari" … "Inför 2021 års budget").
    return dates.find_protocol_date(kept + list(rest), header_end=len(kept)) if kept else None


# Lines whose date is another day than the meeting's: justering, anslag, a printout, the notice, publication.
NOT_MEETING_DATE = re.compile(r"juster|anslag|tillkännagivits|tillkännagetts|förvaring|utskrift|kallelse|utfärdad|publicera|utsänd|skickad"
                              r"|upprättad|expedier|senast\s+ändrad", re.I)
# A line under "Plats och tid" that tells of a pause in the meeting, not where it was held.
PAUSE = re.compile(r"^\s*(?:ajournering|ajournerat|ajournerades|paus|sammanträdet\s+ajournera\w*)\b", re.I)


def find_place(blocks: list[Block]) -> str | None:
    """Return the meeting place from a "Plats och tid" or "Plats" value, without date and time."""
    for b in blocks:
        if b.key in ("place_time", "place") and b.values:
            text = "\n".join(v for v in b.values if not PAUSE.match(v))  # "Ajournering kl. 20.00–20.20": no place
            rest = dates.NUMERIC_RE.sub(" ", dates.LONG_RE.sub(" ", text))
            rest = re.sub(r"(?:kl\.?|klockan)?\s*\d{1,2}[.:]\d{2}(?:\s*[-–]\s*\d{1,2}[.:]\d{2})?|\bkl\.?(?=\s|$)", " ", rest)
            rest = re.sub(r"\b(?:måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)(?:en)?\b|\bden\b", " ", rest, flags=re.I)
            rest = re.sub(r"\s+", " ", rest).strip(" ,.-–")
            rest = re.sub(r"(?:,\s*)+$", "", re.sub(r"\s*,\s*,", ",", rest))
            rest = re.sub(r"^(?:i|på)\s+(?=[A-ZÅÄÖ])", "", rest)  # "… kl. 13.00 i Sessionssalen": the place, not "i"
            if rest:
                return rest
    return None
