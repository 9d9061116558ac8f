"""A roll-call table (närvaroförteckning, närvaro- och omröstningslista) read as participants.

Input: the lines outside the paragraphs. Output: the participants the table shows, and the lines left over.
A table starts at a header row naming the member column ("Ledamot", "Ordinarie ledamöter", "Namn") and a
substitute or presence column ("Tjänstgörande ersättare", "Närvarande"); each row names a member, maybe the
substitute who served for them, and marks. A member with a substitute is frånvarande and the substitute serves;
in a table with a presence column, a member without a mark is frånvarande; everyone else is beslutande.
A dash in the row means the seat stood empty. A substitute is one below the table's own "Ersättare" row, or one
whose role cell says "Ersättare": marked, present; "tjänstgör för X", serving; unmarked, away. Rows are read by
their names and marks, not by cell positions: a PDF's text layer drops empty cells. The next label ends a table.
"""
from __future__ import annotations

import re

from ..model import Participant
from .labels import label_of
from .names import NAME, PARTY, is_first_name, looks_like_name, written_out_role

HEADER = re.compile(
    r"""^[\s|]*(?-i:[A-ZÅÄÖ](?=[A-ZÅÄÖ][a-zåäö]))?                         # a scan's speck read as a capital
        (?:parti\s*(?:[\t|]\s*|\s))?                                       # a party column before the names
        (?:ordinarie\s+)?(?:ledamot|ledamöter|namn|förtroendevald)\b   # the member column
        (?P<rest>.*\b(?:ersättare|närvar\w*|närv\.?)(?:\W.*)?)$                # a substitute or presence column
    """,
    re.I | re.X,
)
PRESENCE_COLUMN = re.compile(r"\bnärvar\w*|\bnärv\.?(?!\w)", re.I)
PERSON = re.compile(r"(?P<name>" + NAME + r")\s*(?:\((?P<party>" + PARTY + r")\))?(?:\s*,\s*|\s+)?(?P<role>(?i:(?:1:e\s+|2:e\s+)?"
                    r"(?:vice\s+|v\.?\s?)?(?:ordförande|ordf\b\.?)|ledamot))?")  # the role in a cell of its own may be capitalised
# A row of its own inside the table that opens its substitutes ("Ersättare", "Ersättare | Närvarande"): below it a
# marked row is a substitute who attended without serving, unless it says whom they served for.
SUBSTITUTES_ROW = re.compile(r"^[\s|]*(?:ej\s+tjänstgörande\s+|icke\s+tjänstgörande\s+)?ersättare\b(?P<rest>[^(:,]*)$", re.I)
SERVED_FOR = re.compile(r"\btjänstgör(?:ande|de)?\s+(?:för|i\s+stället\s+för)\s+(?P<name>" + NAME + r")", re.I)
MARK = re.compile(r"(?:^|[\s|\t])(?:x|ja|nej|avstår|närvarande|✓|✔)(?=$|[\s|\t])", re.I)
# A presence column's "no" ("Närvaro: Nej", "Frånvarande"): in a table without vote columns the member was away.
ABSENT_MARK = re.compile(r"(?:^|[\s|\t])(?:nej|frånvarande|ej\s+närvarande)(?=$|[\s|\t])", re.I)
VOTE_COLUMNS = re.compile(r"\bja\b.*\bnej\b", re.I)
# Members and substitutes side by side, each with a presence column ("Ledamöter | Parti | Närv | Ersättare | Parti |
# Närv"): a row's second name is a substitute in their own right, not one serving for the member beside them.
PAIRED = re.compile(r"(?:\bnärvar\w*|\bnärv\.?)(?=\W).*\bersättare\b.*(?:\bnärvar\w*|\bnärv\b|\btjg\b|\btjänstgör\w*)", re.I)
# A substitute's mark that says they served ("Tjg", "Tjänstgörande").
SERVING_MARK = re.compile(r"(?:^|[\s|\t])(?:tjg\.?|tjänstgör\w*|tjänstgjorde)(?=$|[\s|\t])", re.I)
# A dash in a row's substitute or presence cell: the seat stood empty ("Göran Aspling | SD | –").
EMPTY_SEAT = re.compile(r"(?:^|[\s|\t])[–—-](?=$|[\s|\t])")
MAX_HEADER = 90  # a header row is a few column names; a longer line under "Ledamöter" is a list of names
# A roll-call table outlasts a page break, where the header row repeats; it ends at a totals row or a line
# without a name.
END = re.compile(r"^\s*(?:summa|totalt|antal)\b", re.I)
# A second header row of column heads only, under a § of a voting list ("Ja  Nej  Avst"): the table goes on.
SUB_HEADER = re.compile(r"(?:(?:ja|nej|avst(?:år|od|ående)?\.?|närv(?:arande)?\.?|§+\s*\d+)(?:\s+|$))+", re.I)


# A row's role cell that makes the person a substitute ("Tor Ås | C | Ersättare | X").
ROLE_SUBSTITUTE = re.compile(r"^\W*(?:\([^)]*\)\W*)?(?:tjänstgörande\s+|ej\s+tjänstgörande\s+)?ersättare\b", re.I)
PARTY_CELL = re.compile(r"^(?:" + PARTY + r")$")
LEADING_NAME = re.compile(NAME)


def _party_cells(line: str) -> str:
    """Write a party in a cell of its own with the name it belongs to, the name before it ("Hans Berg, ordförande<TAB>S"
    → "Hans Berg (S), ordförande") or, first in the row, the name after it ("S<TAB>Hans Berg" → "Hans Berg (S)")."""
    cells = [_given_name_first(c) for c in line.split("\t")]
    out: list[str] = []
    pending = None  # a party cell that opens the row, waiting for its name
    for cell in cells:
        party = PARTY_CELL.match(cell.strip())
        if out and party and (m := LEADING_NAME.match(out[-1].strip())) and "(" not in out[-1]:
            prev = out[-1].strip()
            out[-1] = f"{prev[:m.end()]} ({cell.strip()}){prev[m.end():]}"
        elif party and not "".join(out).strip():
            pending = cell.strip()
        elif pending and (m := LEADING_NAME.match(cell.strip())) and "(" not in cell:
            out.append(f"{cell.strip()[:m.end()]} ({pending}){cell.strip()[m.end():]}")
            pending = None
        else:
            out.append(cell)
    return "\t".join(out)


# A cell that names the surname first, then a comma: "Lundgren, Anna", "Berg Dahl, Eva-Lena".
SURNAME_COMMA_CELL = re.compile(r"^\s*(?P<last>[A-ZÅÄÖ][\wåäö'’-]+(?:\s[A-ZÅÄÖ][\wåäö'’-]+)?),\s+(?P<first>[A-ZÅÄÖ][\wåäö-]+)\s*$")


def _given_name_first(cell: str) -> str:
    """Write a cell's "Surname, Given" as "Given Surname" when the second part is a known first name."""
    m = SURNAME_COMMA_CELL.match(cell)
    return f"{m.group('first')} {m.group('last')}" if m and is_first_name(m.group("first")) else cell


def _role(m: re.Match) -> str | None:
    """Return a member's role written out ("1:e v ordf" → "1:e vice ordförande"), or None."""
    return written_out_role(m.group("role") or "") or None


def _row(line: str) -> tuple[list[re.Match], bool, bool]:
    """Return the people named in a table row, whether it carries a mark, and whether it shows an empty seat."""
    people = [m for m in PERSON.finditer(line) if looks_like_name(m.group("name"))]
    tail = line[people[-1].end():] if people else line
    marked = bool(MARK.search(tail))
    return people, marked, not marked and bool(EMPTY_SEAT.search(tail))


def read_roll_call(lines: list[str]) -> tuple[list[Participant], list[str]]:
    """Return (participants from roll-call tables, the other lines)."""
    out: list[Participant] = []
    rest: list[str] = []
    presence = None
    absent_marks = False  # a presence column without vote columns: its "Nej" means away
    paired = False  # members and substitutes side by side, each with a presence column
    substitutes = False  # below the table's own "Ersättare" row
    for line in lines:
        flat = " ".join(line.split())
        if (m := HEADER.match(flat)) and len(flat) <= MAX_HEADER and not re.search(r"[(:,]", flat):
            presence, substitutes = bool(PRESENCE_COLUMN.search(m.group("rest"))), False
            absent_marks = presence and not VOTE_COLUMNS.search(m.group("rest"))
            paired = bool(PAIRED.search(m.group("rest")))
            continue
        if presence is not None and (m := SUBSTITUTES_ROW.match(flat)):
            presence, substitutes = presence or bool(PRESENCE_COLUMN.search(m.group("rest"))), True
            continue
        if presence is not None and SUB_HEADER.fullmatch(flat):
            continue
        if presence is not None and flat.strip():
            row = " ".join(_party_cells(line).split())
            people, marked, empty = _row(row)
            if END.match(flat) or not people or (":" in flat and label_of(flat) is not None):
                presence = None  # a totals row, a line without a name, or the next label ("Övriga närvarande: …")
            elif substitutes or ROLE_SUBSTITUTE.search(row[people[0].end():]):  # below "Ersättare", or in the role cell
                member = people[0]
                if served := SERVED_FOR.search(row):
                    out.append(Participant(name=member.group("name"), group="beslutande", party=member.group("party"),
                                           role="tjänstgörande ersättare"))
                    out.append(Participant(name=served.group("name"), group="frånvarande"))
                elif marked or not presence:
                    out.append(Participant(name=member.group("name"), group="ersättare", party=member.group("party")))
                # an unmarked substitute did not attend: not a participant
                continue
            else:
                member = people[0]
                if paired and len(people) > 1:  # a member, and a substitute of their own beside them
                    sub, between, after = people[1], row[member.end() : people[1].start()], row[people[1].end() :]
                    out.append(Participant(name=member.group("name"), group="beslutande" if MARK.search(between) else "frånvarande",
                                           party=member.group("party"), role=_role(member)))
                    if SERVING_MARK.search(after):
                        out.append(Participant(name=sub.group("name"), group="beslutande", party=sub.group("party"),
                                               role="tjänstgörande ersättare"))
                    elif MARK.search(after):
                        out.append(Participant(name=sub.group("name"), group="ersättare", party=sub.group("party")))
                elif len(people) > 1:  # the substitute column is filled: they served for the member
                    sub = people[1]
                    out.append(Participant(name=member.group("name"), group="frånvarande", party=member.group("party")))
                    out.append(Participant(name=sub.group("name"), group="beslutande", party=sub.group("party"),
                                           role="tjänstgörande ersättare"))
                else:
                    away = absent_marks and ABSENT_MARK.search(row[member.end():])
                    group = "frånvarande" if (presence and not marked) or empty or away else "beslutande"
                    out.append(Participant(name=member.group("name"), group=group, party=member.group("party"),
                                           role=_role(member)))
                continue
        rest.append(line)
    return out, rest
