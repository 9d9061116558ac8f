"""The words that label a front-page, signature or anslag value, and what each label means.

Input: one line or table cell. Output: `label_of(cell)` → (key, the value after the label) or None. Keys name
what the value is ("place_time", "beslutande", "posted", …), so the readers of blocks never see label wording.
"""
from __future__ import annotations

import re

# (key, label pattern); longer labels before their prefixes. Keys: what the value is.
LABELS: list[tuple[str, str]] = [
    ("place_time", r"(?:plats\s+och\s+tid|tid\s+och\s+plats)(?!\s+för\s+justering)(?:\s+för\s+sammanträdet)?|tid\s+och\s+lokal"),
    ("removed", r"datum\s+då\s+anslaget\s+tas\s+(?:ned|ner|bort)|datum\s+för\s+anslag(?:et)?s\s+[nh]edtagande"
                r"|anslaget\s+(?:tas\s+(?:ned|ner|bort)|nedtaget|nedtas)|anslag\s+nedtas|[nh]edtagande"  # OCR: h for n
                r"|anslaget\s+avpublicera(?:s|t|des)|avpubliceras|datum\s+för\s+avpublicering"
                r"|anslag\s+nedtaget|tas\s+(?:bort|ned)\s+från\s+anslagstavlan|(?:datum\s+för\s+)?nedtagning|nedtagningsdatum"
                r"|datum\s+för\s+[nh]edtagande"
                r"|datum\s+då\s+anslaget\s+togs\s+(?:ned|ner|bort)|anslaget\s+togs\s+(?:ned|ner|bort)"),
    ("posted", r"datum\s+då\s+anslaget\s+sätts\s+upp|datum\s+för\s+anslag(?:et)?s\s+uppsättande|datum\s+för\s+anslag"
               r"|anslaget\s+(?:publicerat|uppsatt|sätts\s+upp|sattes\s+upp|anslaget\s+den)|anslag\s+uppsatt|uppsättande"
               r"|justeringen\s+(?:av\s+protokollet\s+)?har\s+tillkännag(?:ivits|etts)(?:\s+genom\s+anslag)?"
               r"|(?:datum\s+för\s+)?tillkännagivande(?:\s+av\s+justering(?:en)?)?|anslagsdatum|publicerat\s+på\s+anslagstavlan"
               r"|anslaget\s+är\s+uppsatt|publicerad\s+på\s+anslagstavlan|uppsatt\s+på\s+anslagstavlan"
               r"|anslagsperiod|anslagstid"  # "Anslagsperiod: 2025-03-20 -- 2025-04-11": both dates
               r"|anslagets\s+datum|anslagsdag|publiceringsdatum|datum\s+för\s+publicering"
               r"|datum\s+då\s+anslaget\s+sattes\s+upp|datum\s+för\s+uppsättande"),
    ("storage", r"förvaringsplats(?:\s+för\s+protokollet)?"),
    ("anslag", r"anslag\s*/\s*bevis|anslagsbevis|bevis|anslag|protokollet\s+är\s+justerat"),
    ("justering", r"justeringens\s+plats\s+och\s+tid|justeringens\s+tid\s+och\s+plats|justeringsdatum|justeringsdag"
                  r"|(?:tid\s+och\s+plats|plats\s+och\s+tid|datum)\s+för\s+justering(?:en)?|justeringens\s+(?:tid|datum|plats)"
                  r"|protokollet\s+justera[dt](?=\s*:)|protokollet\s+justeras(?=\s*:)|protokollet\s+justerades|justerat\s+datum|tid\s+för\s+justering|justeringstid"
                  r"|(?:protokollet\s+)?justeras\s+(?:digitalt\s+)?senast|justering\s+senast|sista\s+dag\s+för\s+justering"
                  r"|(?:protokollet\s+)?justeras\s+digitalt"
                  r"|justera[dt](?!\s+av)|justering(?:en)?"),
    ("justerare", r"justerare,?\s+(?:tid\s+och\s+plats|plats\s+och\s+tid)|utses\s+att\s+justera|utsedda?\s+att\s+justera|att\s+(?:jämte\s+ordföranden\s+)?justera"
                  r"(?:\s+(?:dagens\s+)?protokoll(?:et)?)?(?=\s*:)|justerande\s+ledamot(?:er)?|justeringsperson(?:er)?"
                  r"|justerare|justerande|protokolljusterare|justeras\s+av|justerat\s+av|just(?=\s*:)"
                  r"|protokollet\s+just(?:eras|erat|erades)\s+av"),  # "Protokollet justeras av: Eva Berg"
    # Members present who do not serve (a substitute took their seat): present, not deciding.
    ("ovriga", r"(?:närvarande\s+)?(?:ej|icke|inte)\s+tjänstgörande\s+(?:ledamöter|ledamot)"),
    # A company board's "suppleant" is a council's "ersättare".
    ("ersattare", r"(?:närvarande\s+)?(?:ej|icke)\s+tjänstgörande(?:\s+(?:ersättare|suppleanter|suppleant))?"
                  r"|närvarande\s+(?:ersättare|suppleanter|suppleant)"
                  r"|(?:ersättare|suppleanter)\s+som\s+(?:inte|ej)\s+(?:tjänstgör|tjänstgjort|tjänstgjorde)"
                  r"|övriga\s+(?:närvarande\s+)?(?:ersättare|suppleanter)"),
    ("tjg", r"(?:närvarande\s+)?tjänstgörande\s+(?:ersättare|suppleanter|suppleant)"),
    ("beslutande", r"(?:närvarande\s+|övriga\s+|deltagande\s+)?beslutande(?:\s+ledamöter)?|(?:närvarande|deltagande)\s+(?:styrelse)?ledamöter"
                   r"|(?:bilaga\s+\d+\s*[-–:]\s*)?(?:närvarolista|närvaroförteckning)(?=\s*$)"  # an appended list's heading,
                   # when its table was not read as one (a scan): the names under it
                   r"|(?:styrelse)?ledamöter"
                   r"|närvarande\s+från\s+(?:styrelsen|direktionen|nämnden)"),
    ("ersattare", r"ersättare|suppleanter|suppleant"),
    ("franvarande", r"frånvarande(?:\s+ledamöter)?|ej\s+närvarande|anmält\s+förhinder|anmäld\s+frånvaro|frånvaroanmälan"
                    r"|förhinder\s+har\s+anmälts\s+av|förhinder"),
    ("ovriga", r"övriga\s+(?:närvarande|deltagare|deltagande|närvarande\s+tjänstepersoner)|(?:närvarande|deltagande)\s+(?:tjänstepersoner|tjänstemän)"
               r"|dessutom\s+(?:närvarande|deltog|deltar|närvarade)|tjänstepersoner|tjänstemän|adjungerade|övriga|gäster"),
    ("narvarande", r"närvarande|deltagare|deltagande"),
    ("jav", r"anmäl[dt]\s+jäv|jävsanmälan|jäv(?:\s+anmäldes\s+av)?"),  # "Jäv: Bo Al (M) § 45" on the front page
    ("signatures", r"underskrifter|underskrift|signaturer"),
    ("certify", r"rätt\s+utdraget\s+intygar|utdrag\s+bestyrks"),
    ("signers", r"justeras(?=\s*(?::|$))"),  # board minutes' "Justeras": the chair and the adjusters sign
    ("secretary", r"(?:sammanträdets|mötets)\s+sekreterare|sekreterare\s+för\s+(?:mötet|sammanträdet)|mötessekreterare|nämndsekreterare|protokollsekreterare|sammanträdessekreterare|sekreterare|protokollförare|vid\s+protokollet|vid\s+anteckningarna|antecknare"
                  r"|sekr\.|sekr(?=\s*:)"),
    ("chair", r"(?:sammanträdets|mötets)\s+ordförande|ordförande\s+för\s+(?:mötet|sammanträdet)|mötesordförande|mötesledare|ordförande|ordf\.|ordf(?=\s*:)"),
    ("paragraphs", r"paragrafer|§§"),
    ("organ", r"organ|instans|nämnd(?=\s*:)"),
    ("date", r"sammanträdesdatum|sammanträdesdag|mötesdatum|mötesdag|datum"),
    ("time", r"sammanträdestid|mötestid|tid"),
    ("place", r"sammanträdesplats|mötesplats|sammanträdeslokal|plats|lokal"),
]
_ALT = "|".join(f"(?P<k{i}>{p})" for i, (_, p) in enumerate(LABELS))
# A label starts a cell and ends at a colon, the cell's end, or before a value that does not continue a sentence.
LABEL_RE = re.compile(
    r"""^[\s#*_>]*(?:""" + _ALT + r""")(?![\wåäö])   # the label word(s), whole
        [*_]*\s*(?P<colon>:|\.(?=\s|$))?[*_]*\s*     # an optional colon, and Markdown emphasis around it
        (?P<value>.*)$""",
    re.I | re.X,
)
# Labels so distinctive that they start a new block even in the middle of a line.
INLINE_LABEL = re.compile(
    r"""\s(?=datum\s+då\s+anslaget                   # "… 2024-04-02 Datum då anslaget tas ned 2024-04-24"
        | datum\s+för\s+anslag(?:et)?s               # "Datum för anslags nedtagande", "… anslagets …"
        | paragrafer\s+\d                            # "Sekreterare ….. Paragrafer 21–24"
        | förvaringsplats\s+för                      # "Förvaringsplats för protokollet"
        | justeringens\s+plats)                      # "Justeringens plats och tid"
      | (?<=[a-zåäö)]\.)\s(?=(?i:ej\s+närvarande|frånvarande|närvarande|förhinder|ersättare|övriga(?:\s+närvarande)?
                                 |justerare|sekreterare|antecknare|ordförande)\s*:)  # "… och Cia Berg. Ej närvarande: Dan Ro."
      | (?<!\bdå)\s(?=anslag(?:et)?\s+(?:tas|publicerat|uppsatt|nedtaget|nedtas))  # "Anslaget tas ned", "Anslag
                                                    # nedtaget", not inside "Datum då anslaget tas ned"
    """,
    re.I | re.X,
)


# What OCR makes of dotted leaders, table rules and specks: punctuation, "oo", "oe", a stray lower-case letter, a
# letter repeated ("rr", "eee").
JUNK_TOKEN = r"(?:[^\w\s]+|o[oe]?|[a-zåäö]|" + "|".join(c + "{2,4}" for c in "rnmeilucsa") + ")"  # "rr", "ee": a rule
JUNK = re.compile(r"^" + JUNK_TOKEN + r"(?:\s+" + JUNK_TOKEN + r")*$")
LEADING_JUNK = re.compile(r"^(?:(?:[^\w\s]+|o[oe]?)\s+)+(?=[A-ZÅÄÖ\d])")


def _key(m: re.Match) -> str:
    """Return the key of the label LABEL_RE matched."""
    return next(LABELS[i][0] for i in range(len(LABELS)) if m.group(f"k{i}") is not None)


# The last word of a label whose cell wrapped, which a scan read into the middle of the value beside it: "Ej.<TAB>
# tjänstgörande Camilla Roos (S) ersättare<TAB>Fredrik Nyqvist (M)" for "Ej tjänstgörande ersättare".
WRAPPED_TAIL = re.compile(r"\s(ersättare|närvarande|ledamöter|deltagare|tid)(?=\s|$)")
MAX_LABEL_HEAD = 3  # the label's words before the wrapped one


def wrapped_label(cell: str) -> tuple[str, str] | None:
    """Return (key, value) of a label whose last word stands inside its value, or None."""
    for tail in WRAPPED_TAIL.finditer(cell):
        head = cell[: tail.start()].split()
        for n in range(1, min(MAX_LABEL_HEAD, len(head) - 1) + 1):
            words = [w.strip(".:") for w in head[:n]] + [tail.group(1)]
            m = LABEL_RE.match(" ".join(words))
            if m and not m.group("value"):
                start = re.match(r"\s*" + r"\s+".join(re.escape(w) for w in head[:n]), cell).end()
                value = (cell[start : tail.start()] + cell[tail.end():]).strip(" \t.:")
                return (_key(m), value) if value[:1].isupper() else None
    return None


# A date that a scan read into the middle of a label whose cell wrapped: "Datum då anslaget 2025-06-16 sätts upp".
DATE_INSIDE = re.compile(r"\s[«»\W]{0,2}((?:19|20)\d\d-[01]\d-[0-3]\d)(?=\s+[a-zåäö])")


def label_of(cell: str) -> tuple[str, str] | None:
    """Return (key, value after the label) when a cell starts with a label, else None."""
    m = LABEL_RE.match(cell)
    if (inside := DATE_INSIDE.search(cell)) and (whole := LABEL_RE.match(
            re.sub(r"[«»]", "", cell[: inside.start()] + cell[inside.end():]))) \
            and JUNK.match(whole.group("value").strip() or "-") and (not m or whole.start("value") > m.start("value")):
        return _key(whole), inside.group(1)
    if not m:
        return wrapped_label(cell)
    key = _key(m)
    value = m.group("value").strip()
    value = "" if JUNK.match(value) else LEADING_JUNK.sub("", value)  # "Utses att justera oo Birgitta Lövgren"
    # "Ordföranden meddelar …", "Tid för nästa möte …": a label word opening a sentence is not a label.
    if value[:1].islower() and not m.group("colon") and not re.search(r"\d", value) and key not in ("anslag", "posted"):
        return None
    return key, value
