"""Who took part, and in what role, from the front page's blocks.

Input: the blocks of `frontpage.read_blocks`. Output: `Participant` records (name, group, role, party,
organisation, paragraphs) and the chair, the secretary and the adjusters (justerare, not counting the chair).
Groups follow the genre: beslutande (members and serving substitutes), ersättare (present, not serving),
övriga (officials and others), frånvarande (absent members, also those a substitute serves for),
närvarande (minutes that list attendees without decision roles).
"""
from __future__ import annotations

import re

from ..model import Participant
from .frontpage import MEMBER_WITH_PARTY, Block
from .names import (CAPITALISED_TITLE, NAME, ORG_RE, PARTY, PARTY_IN_PARENS, TITLE, UPPER, is_first_name, looks_like_name,
                    organisation_in, parties_in, repair_caps, resolve, split_names, written_out_role)

GROUP_OF_KEY = {"beslutande": "beslutande", "tjg": "beslutande", "ersattare": "ersättare", "ovriga": "övriga",
                "franvarande": "frånvarande", "narvarande": "närvarande"}
SECTION_RANGE = r"§§?\s*\d+(?:\s*[-–,]\s*\d+)*(?:\s*och\s*\d+)?"
# "A (S) för B (S)", "A (M) ersätter B (M)", "A, tjänstgörande ersättare för B": A serves, B is absent.
SUBSTITUTE = re.compile(
    r"""(?P<a>""" + NAME + r""")\s*(?:\((?P<pa>""" + PARTY + r""")\))?\s*,?\s*
        (?:(?P<sections>""" + SECTION_RANGE + r""")\s*,?\s*)?     # "A (M) §§ 6–9 ersättare för B": part of the meeting
        (?:(?P<org>[A-ZÅÄÖ][^,()\n]{1,40}),\s*(?=(?i:tj|ers|supp)))?   # "A (S), Lunda kommun, tjänstgörande ersättare för B"
        (?i:(?:tjänstgörande\s+)?(?:ersättare|suppleant)\s+  # "A (S), tjänstgörande ersättare för B", "… suppleant för B"
         |tjg\.?\s+(?:ers\.?\s+)?                 # "A (S) tjg ers för B", "A (C) tjg för B"
         |ers\.?\s+                               # "A (S), ers. för B", "A (C) ers för B"
         |tjänstgör(?:ande)?\s+                     # "A (KD) tjänstgör för B (KD)"
        )?
        (?:för|ersätter|i\s?stället\s+för|i\s?st\.?\s?f\.?)\.?\s+      # "istället för", "i st f", "istf"
        (?P<b>""" + NAME + r""")\s*(?:\((?P<pb>""" + PARTY + r""")\))?""",
    re.X,
)
# "B (M), ers. A (M)": the member first, then the one serving for them (voting lists).
SERVED_BY = re.compile(r"(?P<b>" + NAME + r")\s*(?:\((?P<pb>" + PARTY + r")\))?\s*,?\s*(?:ers\.|ersatt\s+av|ersätts\s+av)\s+"
                       r"(?P<a>" + NAME + r")\s*(?:\((?P<pa>" + PARTY + r")\))?")  # "B (M), ersatt av A (M)" too
ROLE = re.compile(r"^(?:(?:1:e|2:e|förste|andre|första|andra)\s+)?(?:vice\s+|v\.?\s?)?(?:ordförande|ordf\.?)$|^sekreterare$"
                  r"|^ledamot$|^tjänstgörande\s+(?:ersättare|suppleant)$|^ersättare$|^suppleant$|^justerare$|^antecknare$", re.I)
# Whom a substitute serves for, in parentheses: "A (S) (ersätter B (V))", "A (S), tjänstgörande ersättare (för B (V))".
SUBSTITUTE_IN_PARENS = re.compile(r"\s*\((ersätter|för|tjänstgör(?:ande)?(?:\s+ersättare)?\s+för|tjg\.?\s+för|i\s?stället\s+för"
                                  r"|ers\.?(?:\s+för)?)\s+([^()]+(?:\([^()]*\))?)\)")
# The role of a substitute who is there without serving ("ersättare", "ej tjänstgörande ersättare").
NOT_SERVING_ROLE = re.compile(r"(?:(?:ej|icke|inte)\s+tjänstgörande\s+)?(?:ersättare|suppleant)", re.I)
# An ersättare entry that says the substitute serves ("Ove Berg (S), tjänstgör för Gun Ås (V)"); a bare "ersättare för
# B" in the Ersättare list may name whose personal substitute A is, so it does not count.
SERVES = re.compile(r"\btjänstgör|\btjg\b|\bersätter\b|\bi\s+stället\s+för\b", re.I)
# A company's or association's executive, written in capitals ("VD", "vVD", "vice VD"): a role, not an organisation.
EXECUTIVE = re.compile(r"^(?:vice\s+|v\.?\s?)?VD$|^(?:CFO|CEO|COO|CTO)$")
# A members table's column for whom a substitute serves ("Namn | Parti | Tjänstgör för").
SERVES_FOR_CELL = re.compile(r"(?:tjänstgör(?:ande)?|ersättare|ersätter|i\s+stället)(?:\s+för)?|ersatt\s+av|för\s+ledamot", re.I)
# A role written after the name without a comma ("Anna Ek (S) ordf", "Bo Al (M) vice ordf.").
ROLE_TAIL = r"(?:(?:1:e|2:e|förste|andre|första|andra)\s+)?(?:vice\s+|v\.?\s?)?(?:ordförande|ordf\.?)|sekreterare|ledamot"  # "v ordf"
# An absence written after the party without parentheses: "Bo Al (M) ej närvarande", "Bo Al (M), frånvarande".
ABSENT_AFTER = re.compile(r"\)\s*(?:,|\s[-–—])?\s*(frånvarande|ej\s+närvarande|förhinder|anmält\s+förhinder)\s*(?=[,;]|$)", re.I)
# A substitute present but not serving, noted after the party: "Per Bo (M) ej tjänstgörande", "Per Bo (M) (ej tjg)".
NOT_SERVING_AFTER = re.compile(
    r"(?P<who>" + NAME + r"\s*\((?:" + PARTY + r")\))\s*,?\s*\(?(?:ej|icke|inte)\s+(?:tjänstgörande|tjg\.?)(?:\s+ersättare)?\)?"
    r"\s*(?=[,;]|$)", re.I)
# The role before the member: "Ordförande Anna Ek (S)", "Vice ordförande Bo Al (M)". After another member's party
# ("Anna Ek (S), vice ordförande Bo Al (M)") the role is that member's, unless the list writes roles first throughout
# (ROLE_FIRST_LIST: it opens so).
_ROLE_THEN_MEMBER = r"(?i:(" + ROLE_TAIL + r"))\s+(" + NAME + r"\s*\((?:" + PARTY + r")\))"
ROLE_FIRST = re.compile(r"(?:^|(?<=[,;]\s)(?<!\),\s))" + _ROLE_THEN_MEMBER)
ROLE_FIRST_LIST = re.compile(r"(?:^|(?<=[,;]\s))" + _ROLE_THEN_MEMBER)
# A job title before the person, as officials are listed: "Regiondirektör Stina Brandt", "och sekreterare Lena Ek".
TITLE_FIRST = re.compile(r"(?:^|(?<=[,;]\s)|(?<=\boch\s)|(?<=\bsamt\s))(?P<title>[A-ZÅÄÖa-zåäö][a-zåäö-]+)\s+"
                         r"(?P<who>" + NAME + r"(?:\s*\([^)]*\))?)(?=\s*(?:[,;]|$|\s+och\s|\s+samt\s|\s+§))")
# A role or job title written capitalised after the name, in a cell of its own: "Ulla Sten<TAB>Kommundirektör".
TITLE_AFTER = re.compile(r"(" + NAME + r"(?:\s*\([^)]*\))?)\s+(" + CAPITALISED_TITLE + r"|(?:1:e\s+|2:e\s+)?(?:Vice\s+)?"
                         r"[Oo]rdförande|Ledamot|Ersättare|Tjänstgörande\s+ersättare)(?=\s*(?:[,;]|$))")
# A role in parentheses of its own after the party: "Anna Ek (S) (ordförande)".
PARTY_THEN_ROLE = re.compile(r"\((" + PARTY + r")\)\s*\(\s*(" + ROLE_TAIL + r"|(?:tjänstgörande\s+)?ersättare)\s*\)")
# A dash between the party and the role: "Anna Ek (S) – ordförande".
DASH_ROLE = re.compile(r"(?<=\))\s+[-–—]\s+(?=[a-zåäö1-2])")
ABSENT_NOTE = re.compile(r"(?:[A-ZÅÄÖ]{1,3},\s*)?(?:frånvarande|ej\s+närvarande|(?:anmält\s+)?förhinder)", re.I)
SECTIONS_REF = re.compile(r"^§§?\s*\d")
# The paragraphs a person attended: "§§ 101–104", "§ 4, 6 och 9".
TRAILING_SECTIONS = re.compile(r"\s*" + SECTION_RANGE + r"\s*$")
# One person in an entry: the name, then what may follow it without a comma.
PERSON_ENTRY = re.compile(
    r"""(?P<name>""" + NAME + r""")\s*
        (?:\((?P<inner>[^)]*)\))?\.?                                   # "(S)", "(Region Västmark, chef)"
        (?:\s+(?P<role>""" + ROLE_TAIL + r"""))?                        # "Anna Ek (S) ordf"
        (?:\s+(?P<sections>""" + SECTION_RANGE + r"""))?               # "Britt Nord (C) §§ 101–104"
    """,
    re.X,
)
# Everyone but the named: the named are the absent ones.
ALL_BUT = re.compile(r"^\s*(?:samtliga|alla)\s+(?:ordinarie\s+)?(?:ledamöter|ledamot)\s+(?:utom|förutom|med\s+undantag\s+av)\s+"
                     r"(?P<who>.+)$", re.I)
# Where several people run together in one part: after a party ("Bo Al (M) Cia Berg (V)"), or before a name and
# party after a word in lower case or a word that is no first name ("… ordförande Lina Åberg (C)", a flattened
# table's "… Härjedalen Lennart Skoog (S)"); never inside a name of three words ("Per Olof Ström (KD)",
# "Anna-Karin Lundqvist Ek (M)"): see _run_together.
AFTER_PARTY = re.compile(r"(?<=\))\s+(?=[" + UPPER + r"])")
BEFORE_MEMBER = re.compile(r"\s+(?=(?P<name>" + NAME + r")\s*\((?:" + PARTY + r")\))")
# A sub-heading inside a group's list ("Övriga närvarande: Ersättare … Tjänstepersoner …"): the group of the names
# below it; None keeps the block's own group.
SUB_GROUPS = (
    (re.compile(r"(?:ordinarie\s+)?ledamöter|beslutande(?:\s+ledamöter)?", re.I), None),
    (re.compile(r"tjänstgörande\s+(?:ersättare|suppleanter)", re.I), "beslutande"),
    (re.compile(r"(?:(?:ej|icke|inte)\s+tjänstgörande\s+|närvarande\s+)?(?:ersättare|suppleanter)", re.I), "ersättare"),
    (re.compile(r"tjänstepersoner|tjänstemän|övriga(?:\s+närvarande|\s+deltagare)?|förvaltningen|personal", re.I), "övriga"),
)
# A list item's bullet before a person ("- Anna Ek (S)", "• Anna Ek, Ekby kommun").
BULLET = re.compile(r"^\s*[-•·*–—]\s+")
# A role in parentheses closing an organisation ("Norrdalens kommun (ordförande)").
PAREN_TAIL = re.compile(r"\s*\((?P<role>[^()]+)\)\s*$")
# The role of the one who keeps the minutes ("sekreterare", "nämndsekreterare"), as against a job title such as
# "kultursekreterare".
MEETING_SECRETARY = re.compile(r"(?:^|,\s*)(?:sekreterare|protokollförare|antecknare|sekr\.|(?:nämnd|mötes|kommun|styrelse|förbunds"
                               r"|direktions|utskotts|region|fullmäktige)sekreterare)\s*(?:,|$)", re.I)
# An entry that starts with a surname, then the given name: "Ek, Anna (S)", "Ek Anna (S), ordförande".
SURNAME_FIRST = re.compile(r"^\s*([A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?),?\s+([A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?)"
                           r"(?=\s*(?:\(|,|$))")
MIN_SURNAME_FIRST = 2  # one odd entry is no style
# A sentence's end after a word or a party, not after an initial ("I. Ek").
SENTENCE_END = re.compile(r"(?:(?<=[a-zåäö][a-zåäö])|(?<=\)))\.\s+(?=[A-ZÅÄÖ])")
# What a justering's value says besides who signed: its date, time and the word before the signers.
SIGNED_ON = re.compile(r"(?:den\s+)?(?:\d{4}-\d\d-\d\d|\d{1,2}\s+[a-zåäö]+\s+\d{4})(?:\s*,?\s*kl\.?\s*\d{1,2}[.:]\d\d)?|\bav\b|:", re.I)
JUSTERED_BY = re.compile(r"\bjustera(?:t|des|ts)\s+(?:digitalt\s+)?(?:den\s+)?(?:\d{4}-\d\d-\d\d|\d{1,2}\s+[a-zåäö]+\s+\d{4})"
                         r"\s+av\s+(?P<who>[^.;]+)", re.I)
SIGNER_ENTRY = re.compile(r"(?P<name>" + NAME + r")(?:\s*\([^()]*\))?(?:\s*,\s*(?P<role>ordförande|justerare|justerande|sekreterare))?")
# Between two signers: a cell's end, "och", or a comma before a capital ("Anna Ek, Bo Al"; not "Anna Ek, ordförande").
SIGNER_SPLIT = re.compile(r"\t|\s{2,}|;|\boch\b|(?<=[a-zåäö]),\s+(?=[" + UPPER + r"])")
SIGNER_ROLE = {"ordförande": "chair", "justerare": "justerare", "justerande": "justerare", "sekreterare": "secretary"}
MAX_SIGNER_WORDS = 7  # "Anna Ek (S), ordförande": a cell longer than this is a sentence, not a signer
HEADER_CELL = re.compile(r"^(?:namn|funktion|roll|parti|medlemskommun|kommun|organisation|uppdrag|närvarande)$", re.I)


def _join(values: list[str]) -> list[str]:
    """Join a block's lines into person entries: wrapped comma lists rejoin, one-per-line lists stay apart."""
    entries: list[str] = []
    served_col: int | None = None  # a table column naming the member a substitute serves for
    table = False  # under a header row ("Namn | Parti | Funktion")
    for raw in values:
        row = [c.strip() for c in BULLET.sub("", raw).split("\t")]
        cells = [c for c in row if c]
        if not cells:
            continue
        if HEADER_CELL.match(cells[0]):
            served_col = next((i for i, c in enumerate(row) if i and SERVES_FOR_CELL.fullmatch(c)), None)
            table = True
            continue
        if len(cells) > 1 and ROLE.match(cells[0]) and looks_like_name(cells[1]):  # "Ordförande | Anna Ek | S"
            cells = cells[1:] + cells[:1]
        line = ", ".join(cells)
        if served_col is not None and served_col < len(row) and row[served_col]:
            line = ", ".join(c for i, c in enumerate(row) if c and i != served_col) + f" för {row[served_col]}"
        if table:  # one table row, one person: never a wrapped list
            entries.append(line)
            continue
        if entries and not BULLET.match(raw):  # a bulleted line is an entry of its own
            prev = entries[-1]
            last = prev.split()[-1] if prev.split() else ""
            if prev.endswith((",", "och", "samt", "för", "för.")) or line[:1] in "(" or line[:1].islower() \
                    or ("," in prev and re.fullmatch(r"[A-ZÅÄÖ][\wåäö-]+", last) and is_cut(prev)):
                entries[-1] = prev + " " + line
                continue
        entries.append(line)
    return entries


def is_cut(entry: str) -> bool:
    """Tell whether a comma list's last part waits for the next line ("Bo Al (M), Annika", not "Bo Al, PRO Ekby")."""
    tail = entry.rsplit(",", 1)[-1].strip()
    if is_complete(entry) or tail.isupper() or ROLE.match(tail):  # "Anna Ek, S, Ordförande": a role's cell ends it
        return False
    return len(tail.split()) == 1 or bool(PARTY_IN_PARENS.search(entry))  # no party: "Name, Organisation" entries


def is_complete(entry: str) -> bool:
    """Tell whether an entry's last comma part is a whole name (not "… Annika" waiting for "Borg (M)")."""
    tail = entry.rsplit(",", 1)[-1].strip()
    return bool(re.fullmatch(NAME, tail)) and len(tail.split()) >= 2


def _people(entry: str, group: str) -> list[Participant]:
    """Read the people of one entry ("Karin Lund (S), ordförande", "A (S) för B (S)", "X (Org, role)")."""
    if (m := ALL_BUT.match(entry)) and group in ("beslutande", "närvarande"):  # "Samtliga ledamöter utom Bo Al (M)"
        return [Participant(name=p.name, group="frånvarande", party=p.party) for p in _people(m.group("who"), "frånvarande")]
    out: list[Participant] = []
    absent: list[Participant] = []
    entry = re.sub(r"\.\s*(?=[A-ZÅÄÖ])", ". ", repair_caps(" ".join(entry.replace("för.", "för").split())))
    # A party in a cell of its own ("Anna Ek<TAB>S<TAB>ordförande", joined "Anna Ek, S, ordförande"): "Anna Ek (S)".
    entry = re.sub(r"(" + NAME + r"),\s*(" + PARTY + r")(?=\s*(?:,|$))", r"\1 (\2)", entry)
    entry = re.sub(r"^(" + NAME + r")(,\s*[^,()]+),\s*(" + PARTY + r")$", r"\1 (\3)\2", entry)  # "Kim Lund, Ordförande, S"
    # A PDF table row whose cells ran together: "Anna Ek S ordförande" is "Anna Ek (S) ordförande".
    entry = re.sub(r"(" + NAME + r")\s+(" + PARTY + r")(?=\s+[a-zåäö1-2]|\s*(?:,|$))", r"\1 (\2)", entry)
    entry = re.sub(r"\)\s*\((frånvarande|ej\s+närvarande|förhinder)\)", r", \1)", entry)
    # "A (S) (ersätter B (V))" is "A (S) ersätter B (V)"; "A (C) (ers B)" is "A (C) ersätter B"
    entry = SUBSTITUTE_IN_PARENS.sub(lambda m: f" {'ersätter' if m.group(1).startswith('ers') else m.group(1)} {m.group(2)}", entry)
    entry = ABSENT_AFTER.sub(r", \1)", entry)  # "Bo Al (M) ej närvarande" is "Bo Al (M, ej närvarande)"
    entry = PARTY_THEN_ROLE.sub(r"(\1), \2", entry)  # "Anna Ek (S) (ordförande)" is "Anna Ek (S), ordförande"
    if "tj" in entry.lower():  # every NOT_SERVING_AFTER match says "tjänstgörande" or "tjg": skip the slow search
        not_serving = {m.group("who").split("(")[0].strip() for m in NOT_SERVING_AFTER.finditer(entry)}
        entry = NOT_SERVING_AFTER.sub(r"\g<who>", entry)
    else:
        not_serving = set()
    entry = DASH_ROLE.sub(", ", entry)  # "Anna Ek (S) – ordförande"
    entry = TITLE_AFTER.sub(lambda m: f"{m.group(1)}, {m.group(2).lower()}", entry)  # "Ulla Sten Kommundirektör"
    role_first = ROLE_FIRST_LIST if ROLE_FIRST.match(entry) else ROLE_FIRST
    entry = role_first.sub(lambda m: f"{m.group(2)}, {m.group(1).lower()}", entry)  # "Ordförande Anna Ek (S)"
    entry = TITLE_FIRST.sub(_title_after, entry)  # "Regiondirektör Stina Brandt" is "Stina Brandt, regiondirektör"
    for regex, serving in ((SUBSTITUTE, True), (SERVED_BY, True)):
        for m in regex.finditer(entry):
            # Served for during some §§ only ("A (M) §§ 1–5 för B"): B attended the rest, listed or not.
            served_for = Participant if m.groupdict().get("sections") else _ServedFor
            absent.append(served_for(name=m.group("b"), group="frånvarande", party=m.group("pb")))
            org = m.groupdict().get("org")
            entry = entry.replace(m.group(0), f"{m.group('a')}" + (f" ({m.group('pa')})" if m.group("pa") else "")
                                  + (f", {org}" if org else "") + ", tjänstgörande ersättare"
                                  + (f" {m.group('sections')}" if m.groupdict().get("sections") else ""))
    # Split into parts at commas and semicolons, but not inside parentheses or a list of §§ ("§ 4, 6 och 9").
    # "… Fia Lund (C) och Gun Ek (KD)": "och" before a capital joins two people, not a role's words.
    parts = [p.strip() for p in re.split(r"[,;](?![^()]*\))(?!(?<=\d,)\s*\d+\b(?!:))|\s+(?:och|samt)\s+(?=[" + UPPER + r"])(?![^()]*\))", entry) if p.strip()]
    current: Participant | None = None
    for part in parts:
        # Several people run together in one part ("… ordförande Lina Åberg (C)"): split before each name + party.
        pieces = _run_together(part)
        for piece in (p.strip() for p in pieces if p and p.strip()):
            m = PERSON_ENTRY.fullmatch(piece)
            if m and looks_like_name(m.group("name")):
                current = Participant(name=m.group("name"), group=group)
                inner = (m.group("inner") or "").strip()
                if re.fullmatch(PARTY, inner):
                    current.party = inner
                elif ABSENT_NOTE.fullmatch(inner):  # "Bo Al (M) (frånvarande)", "Bo Al (M, ej närvarande)"
                    current.group = "frånvarande"
                    head = inner.split(",")[0].strip()
                    current.party = head if re.fullmatch(PARTY, head) else None
                elif inner:
                    _describe(current, [x.strip() for x in inner.split(",")])
                if m.group("role"):  # "Anna Ek (S) ordf" without a comma
                    _describe(current, [m.group("role")])
                if m.group("sections"):  # "Britt Nord (C) §§ 101–104"
                    current.paragraphs = m.group("sections")
                out.append(current)
            elif current is not None:
                _describe(current, [piece])
    for person in out:
        if person.name in not_serving:
            person.group = "ersättare"
        # "Övriga närvarande: Siv Holm (S), ersättare": a substitute who attends without serving.
        if group == "övriga" and person.party and NOT_SERVING_ROLE.fullmatch(person.role or ""):
            person.group = "ersättare"
    return out + absent


# A job title written capitalised in a person's parentheses is a few words ("HR-chef", "Biträdande förvaltningschef").
MAX_TITLE_WORDS = 3
# Roles that make one "Närvarande" list a council's roll call rather than the attendees of minnesanteckningar.
COUNCIL_ROLE = re.compile(r"(?:tjänstgörande\s+)?ersättare|ledamot", re.I)


def _council_roles(people: list[Participant]) -> None:
    """Sort a council's one "Närvarande" list by role ("Namn | Funktion | Parti"): members and serving substitutes
    decide, a substitute only attends, officials without a party are övriga. Minnesanteckningar keep "närvarande"."""
    if not any(p.role and COUNCIL_ROLE.fullmatch(p.role) for p in people):
        return
    for p in people:
        if p.group != "närvarande":
            continue
        if p.role and NOT_SERVING_ROLE.fullmatch(p.role):
            p.group = "ersättare"
        elif p.party or (p.role and (COUNCIL_ROLE.fullmatch(p.role) or ROLE.match(p.role) and "sekreterare" not in p.role)):
            p.group = "beslutande"
        else:
            p.group = "övriga"


def _run_together(part: str) -> list[str]:
    """Split a part where several people run together: after a party, or before a name and party after a word in
    lower case or a word that is no first name."""
    pieces: list[str] = []
    for n, chunk in enumerate(AFTER_PARTY.split(part)):
        start = 0
        for m in BEFORE_MEMBER.finditer(chunk):
            before = chunk[start : m.start()].split()
            # "Nguyen Van An (S)" opening an entry: a lone capitalised word before a name may be its first word; after
            # another member's party ("Lena Olsson (C) Berg Torbjörn Andersson (C)") it is that member's next cell.
            whole = n == 0 and len(before) == 1 and looks_like_name(f"{before[0]} {m.group('name')}")
            if before and not whole and (before[-1][:1].islower() or not is_first_name(before[-1].strip(",.;:"))):
                pieces.append(chunk[start : m.start()])
                start = m.end()
        pieces.append(chunk[start:])
    return pieces


def _title_after(m: re.Match) -> str:
    """Write a job title that precedes a person after them ("Stina Brandt, regiondirektör"); else leave the text."""
    title = m.group("title")
    if is_first_name(title.capitalize()) or not (TITLE.search(title) or ROLE.match(title)) \
            or not looks_like_name(m.group("who").split("(")[0]):
        return m.group(0)
    # "Olle Hed, socialchef Maria Kvist, sekreterare" (two cells' lines run together): between a bare name and a
    # person with a role of their own, the title is the name's before it.
    before = m.string[: m.start()].rstrip(" ,;").rsplit(",", 1)[-1].strip()
    if before and is_first_name(before.split()[0]) and looks_like_name(before) and ROLE_AFTER.match(m.string, m.end()):
        return f"{title}, {m.group('who')}"
    return f"{m.group('who')}, {title.lower()}"


# A role of its own after a person, in lower case to the entry's end: ", sekreterare" (not ", kulturchef Bo Al").
ROLE_AFTER = re.compile(r"\s*,\s*[a-zåäö][a-zåäö -]*(?=\s*(?:[,;]|$))")


def _describe(person: Participant, parts: list[str]) -> None:
    """Attach roles, organisations and § ranges to a person."""
    split: list[str] = []
    for part in parts:
        m = PAREN_TAIL.search(part)
        split += [part[: m.start()], m.group("role").strip()] if m and m.start() and ROLE.match(m.group("role").strip()) else [part]
    for part in split:
        if (m := TRAILING_SECTIONS.search(part)) and m.start():  # "tjänstgörande ersättare §§ 4–5"
            person.paragraphs = person.paragraphs or m.group(0).strip()
            part = part[: m.start()].strip()
        if SECTIONS_REF.match(part):
            person.paragraphs = part
        elif ROLE.match(part):
            role = written_out_role(part)  # "1:e v ordf" is "1:e vice ordförande"
            # "Tomas Frid, regionjurist, sekreterare": the meeting role joins a job title, never gives way to it.
            if person.role and not any(ROLE.match(r.strip()) for r in person.role.split(",")):
                person.role = f"{person.role}, {role}"
            else:
                person.role = person.role or role
        elif EXECUTIVE.match(part):
            person.role = person.role or part
        elif org := organisation_in(part):
            person.organisation = person.organisation or org
        elif part and part[:1].islower() and not person.role:
            person.role = part
        elif part and not person.role and len(part.split()) <= MAX_TITLE_WORDS and TITLE.search(part):
            person.role = part[:1].lower() + part[1:] if not part[:2].isupper() else part  # "(HR-chef)", "(Ekonomichef)"
        elif part and not person.organisation and not ORG_RE.search(part) and part[:1].isupper():
            person.organisation = part


def read_people(blocks: list[Block], listed: list[Participant] = ()) -> tuple[list[Participant], str | None, str | None, list[str]]:
    """Return (participants, chair, secretary, adjusters) from the blocks and a roll-call table's people."""
    people: list[Participant] = []
    signed: dict[str, list[str]] = {"chair": [], "secretary": [], "justerare": [], "signers": []}
    for b in blocks:
        for v in b.values:  # "Protokollet justerades … av A och B.", whichever label's lines it follows
            if "justera" in v and (m := JUSTERED_BY.search(v)):
                signed["signers"].extend(n for n, _ in justering_signers(m.group("who")))
        if b.key in GROUP_OF_KEY:
            group = GROUP_OF_KEY[b.key]
            first = len(people)
            for entry, column in _given_names_first(_entries([_party_prefixed(v) for v in b.values], group)):
                if column is None and (sub := _sub_group(entry, GROUP_OF_KEY[b.key])) is not None:
                    group = sub
                    continue
                for p in _people(entry, column or group):
                    if b.key == "tjg" and p.group == "beslutande":
                        p.role = p.role or "tjänstgörande ersättare"
                    if p.group == "ersättare" and p.role == "tjänstgörande ersättare" and SERVES.search(entry):
                        p.group = "beslutande"  # listed with the ersättare, serving in a member's place
                    if p.group == "frånvarande" and p.role == "tjänstgörande ersättare":
                        p.group = "beslutande"  # "Frånvarande: Bo Al (M), ersatt av Eva Ny (M)": she served
                    people.append(p)
            if b.key == "narvarande":
                _council_roles(people[first:])
        elif b.key == "justering":  # "Justerat 2025-05-27  Anna Ek  Bo Al", "… av Anna Ek och Bo Al": who signed
            for n, v in enumerate(b.values):  # on the lines below the label's, only names with their role sign
                for name, role in justering_signers(v):
                    if n == 0 or role:
                        signed[SIGNER_ROLE.get(role, "signers")].append(name)
        elif b.key in signed:
            for v in b.values:
                if b.key == "chair":  # "Ordförande: Erik Pelling (S)" beside "Övriga beslutande": the chair is a member
                    people += [Participant(name=m.group("name"), group="beslutande", role="ordförande",
                                           party=m.group("party")) for m in MEMBER_WITH_PARTY.finditer(v)
                               if looks_like_name(m.group("name"))]
                if b.key == "justerare":  # "Bo Al (M). Justering sker 2025-03-14.": the names end with the sentence
                    v = SIGNED_ON.sub(" ", SENTENCE_END.split(without_substitute_adjuster(v), 1)[0])  # "Bo Al 2025-05-27"
                # Names side by side in one cell ("Bo Al   Cia Berg"), or in a row's cells, are several people.
                signed[b.key].extend(split_names(re.sub(r"[.…_]{3,}", " ", re.sub(r"\t|[^\S\t]{2,}(?=[" + UPPER + r"])", ", ", v))))
    people = _dedupe(people + list(listed))
    chair = next((p.name for p in people if p.role and any(re.match(r"^ordförande$|^ordf\.?$", r.strip()) for r in p.role.split(","))), None)
    chair = chair or (signed["chair"][0] if signed["chair"] else None)
    # "Justeras: A, B": the chair signs first, the others are the adjusters.
    chair = chair or (signed["signers"][0] if len(signed["signers"]) >= 2 else None)
    secretary = signed["secretary"][0] if signed["secretary"] else None
    # The meeting's secretary by role; a job title that ends in the word ("kultursekreterare") only when none is.
    secretary = secretary or next((p.name for p in people if p.role and MEETING_SECRETARY.search(p.role)), None)
    secretary = secretary or next((p.name for p in people if p.role and re.search(r"sekreterare|antecknare|protokollförare", p.role)), None)
    adjusters = [n for n in signed["justerare"] + signed["signers"] if resolve(n, people) != chair]
    adjusters = list(dict.fromkeys(resolve(n, people) for n in adjusters))
    return people, chair and resolve(chair, people), secretary and resolve(secretary, people), adjusters


# Members listed under their party: "S: Anna Ek (ordförande), Bo Al", "Moderaterna: Dan Ro".
PARTY_PREFIX = re.compile(r"^\s*(?P<party>" + PARTY + r"|[A-ZÅÄÖ][a-zåäö]+(?:partiet|demokraterna|erna|arna))\s*:\s*(?P<rest>\S.*)$")


# A party cell before the name, a table's columns run together: "S Anna Ek, ordförande".
PARTY_CELL_FIRST = re.compile(r"^\s*(?P<party>" + PARTY + r")\s+(?P<name>" + NAME + r")(?!\s*\()(?P<rest>.*)$")


def _party_prefixed(value: str) -> str:
    """Write each member of a line that opens with their party ("S: Anna Ek, Bo Al", "S Anna Ek, ordförande") with the
    party after the name."""
    if (cell := PARTY_CELL_FIRST.match(value)) and looks_like_name(cell.group("name")):
        return f"{cell.group('name')} ({cell.group('party')}){cell.group('rest')}"
    m = PARTY_PREFIX.match(value)
    party = (m.group("party") if re.fullmatch(PARTY, m.group("party")) else next(iter(parties_in(m.group("party"))), None)) if m else None
    if not party:
        return value
    pieces = re.split(r",\s*(?![^()]*\))", m.group("rest"))
    return ", ".join(re.sub(r"^(" + NAME + r")(?!\s*\((?:" + PARTY + r")\))", rf"\1 ({party})", p.strip()) for p in pieces)


def _entries(values: list[str], base: str) -> list[tuple[str, str | None]]:
    """Return a block's person entries, each with the group of its column where a row of sub-headings heads
    columns ("Närvarande | Ledamöter | Ersättare", then one person a cell), else with None."""
    for h, value in enumerate(values):
        cells = [c.strip() for c in value.split("\t") if c.strip()]
        groups = [_sub_group(c, base) for c in cells]
        if len(cells) >= 2 and None not in groups:
            below = [(c.strip(), groups[min(i, len(groups) - 1)]) for row in values[h + 1 :]
                     for i, c in enumerate(BULLET.sub("", row).split("\t")) if c.strip()]
            return [(e, None) for e in _join(values[:h])] + below
    return [(e, None) for e in _join(values)]


def _given_names_first(entries: list[tuple[str, str | None]]) -> list[tuple[str, str | None]]:
    """Write names listed surname first ("Ek, Anna (S)", "Ek Anna (S)") given name first, when the block's entries
    mostly start that way (a surname, then a known first name) and at least MIN_SURNAME_FIRST do."""
    found = [SURNAME_FIRST.match(e) for e, _ in entries]
    flipped = sum(1 for m in found if m and not is_first_name(m.group(1)) and is_first_name(m.group(2)))
    straight = sum(1 for m in found if m and is_first_name(m.group(1)))
    if flipped < MIN_SURNAME_FIRST or flipped <= straight:
        return entries
    return [(SURNAME_FIRST.sub(r"\2 \1", e, count=1) if m and is_first_name(m.group(2)) else e, c)
            for (e, c), m in zip(entries, found)]


def _sub_group(entry: str, base: str) -> str | None:
    """Return the group a sub-heading line opens inside a block of `base`, or None for a line of people."""
    line = entry.strip(" :*_")
    for regex, group in SUB_GROUPS:
        if regex.fullmatch(line):
            if group is None and base == "närvarande":
                return "beslutande"  # "Närvarande: Ledamöter …": the members decide
            if base == "frånvarande" or group is None:
                return base  # absent members and absent substitutes are all absent
            return "beslutande" if base == "beslutande" and group == "ersättare" else group
    return None


class _ServedFor(Participant):
    """A member absent because an entry names a substitute serving in their place ("Karin Berg, tjänstgörande för Bo
    Al"), as against one listed as absent."""


def _dedupe(people: list[Participant]) -> list[Participant]:
    """Keep one record per name: the first group wins, except between serving and absent. A member listed among the
    beslutande and also named absent serves, unless the meeting had a substitute serve in their place and no § range
    makes that a part of the meeting ("Kim Lund (S) §§ 1–3")."""
    out: dict[str, Participant] = {}
    for p in people:
        seen = out.get(p.name)
        if seen is None:
            out[p.name] = p
            continue
        if seen.group == "frånvarande" and p.group == "beslutande" and not isinstance(seen, _ServedFor):
            seen, out[p.name], p = p, p, seen
        elif seen.group == "beslutande" and isinstance(p, _ServedFor) and not seen.paragraphs:
            seen.group = "frånvarande"
        seen.party = seen.party or p.party
        seen.role = seen.role or p.role
        seen.organisation = seen.organisation or p.organisation
    return [Participant(**vars(p)) if isinstance(p, _ServedFor) else p for p in out.values()]


# Who the meeting appoints to justera, in the "Val av justerare" paragraph's own words.
APPOINTED = re.compile(
    r"""(?:[Tt]ill\s+(?:protokoll)?justerare?|[Aa]tt\s+(?:jämte\s+ordföranden\s+)?justera\s+(?:dagens\s+)?protokoll(?:et)?)
          \s+(?:utses|utsågs|väljs|valdes)\s+(?P<after>[^.\n]+)            # "Till justerare utses A och B"
      | (?:[Uu]tse[sr]?|[Uu]tsåg|[Vv]äljer|[Vv]alde)\s+(?P<between>[^.\n]+?)\s+att\s+(?:jämte\s+ordföranden\s+)?justera
                                                                 # "beslutar att utse A att justera", "Ordföranden utsåg A att …"
      | (?P<before>[^.\n]+?)\s+(?:utses|utsågs|väljs|valdes)\s+(?:till\s+justerare|att\s+(?:jämte\s+ordföranden\s+)?justera)
    """,                                                                    # "A (M) utses att justera"
    re.X,
)
JUSTERING_TITLE = re.compile(r"juster", re.I)
# The adjuster's own substitute, named beside them, does not justera: "A (M), ersättare B (V)", "A (M) med B (V) som
# ersättare", "A (M) (ersättare: B)".
ADJUSTER_SUBSTITUTE = re.compile(
    r"""\s*(?:,\s*|\s+)\(?(?:med\s+)?(?:ersättare|ers\.|suppleant)\s*(?:för\s+(?:justeraren|justerare|denne|henne|honom)\s*)?:?\s+"""
    + NAME + r"""(?:\s*\([^)]*\))?\)?                 # ", ersättare B (V)", "(ersättare: B)"
      | \s+med\s+""" + NAME + r"""(?:\s*\([^)]*\))?\s+som\s+(?:ersättare|suppleant)\b  # "med B (V) som ersättare"
    """,
    re.X,
)


def justering_signers(value: str) -> list[tuple[str, str | None]]:
    """Return (name, role word) of each person named in a justering's value beside its date and place: "2025-05-27
    Anna Ek  Bo Al", "2025-05-27 av Anna Ek och Bo Al", "Anna Ek, ordförande". Places are no people: every
    name must open with a known first name."""
    parts = [p for p in SIGNER_SPLIT.split(SIGNED_ON.sub("\t", value)) if p.strip()]
    if any(len(p.split()) > MAX_SIGNER_WORDS for p in parts):
        return []
    out = []
    for part in parts:
        m = SIGNER_ENTRY.fullmatch(part.strip(" .,"))
        if not m or not looks_like_name(m.group("name")) or not is_first_name(m.group("name").split()[0]):
            continue
        out.append((m.group("name"), (m.group("role") or "").lower() or None))
    return out


# A front page's jäv and the §§ it concerns: "Jäv: Bo Al (M) § 45", "Eva Ny (S) §§ 12–13, Kim Lo (C) § 15".
DECLARED_JAV = re.compile(r"(?P<name>" + NAME + r")\s*(?:\([^()]*\))?\s*,?\s*(?:under\s+)?(?P<sections>" + SECTION_RANGE + ")")


def declared_jav(blocks: list[Block]) -> list[tuple[str, list[str]]]:
    """Return (name, § numbers) for each jäv a front page lists with the §§ it concerns."""
    out = []
    for b in blocks:
        for v in b.values if b.key == "jav" else ():
            for m in DECLARED_JAV.finditer(v):
                numbers = []
                for a, z, one in re.findall(r"(\d+)\s*[-–]\s*(\d+)|(\d+)", m.group("sections")):
                    numbers += [str(n) for n in range(int(a), int(z) + 1)] if a and int(z) - int(a) < MAX_JAV_RANGE else [one or a]
                out.append((m.group("name"), numbers))
    return out


# A § range longer than this in a jäv line is no range ("§ 12-2025").
MAX_JAV_RANGE = 50


def without_substitute_adjuster(value: str) -> str:
    """Drop the adjuster's substitute from a justerare value or appointment."""
    return ADJUSTER_SUBSTITUTE.sub("", value)


def appointed_adjusters(title: str, text: str) -> list[str]:
    """Return the adjusters a "Val av justerare" paragraph appoints, or [] for any other paragraph."""
    if not JUSTERING_TITLE.search(title or ""):
        return []
    for m in APPOINTED.finditer(text):
        raw = m.group("after") or m.group("between") or m.group("before")
        found = split_names(re.sub(r"\b(?:jämte|tillsammans\s+med)\s+ordföranden\b", " ", without_substitute_adjuster(raw)))
        if found:
            return found
    return []

