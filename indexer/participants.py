"""Participant lists from a protocol's front matter.

Input: the header lines of a protocol (before the first paragraph). Output: `Participant` records with
group (Beslutande, Tjänstepersoner, Ersättare, Övriga deltagare, Ej närvarande, Sekreterare, Ordförande,
Justerare), party and organisation where given. Handles tab-separated tables, one person per line,
"Label: Name" lines, party-marked runs ("Anna Berg (S) Johan Loock (M)") and runs of bare names that a
table export flattened into one cell.
"""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from .model import Participant

GROUPS: list[tuple[str, str]] = [
    (r"ej\s+närvarande|frånvarande|anmält\s+förhinder|förhinder|ej(?=\s|$)", "Ej närvarande"),
    (r"beslutande(?:\s+ledamöter)?|närvarande\s+ledamöter|ledamöter", "Beslutande"),
    (r"tjänstgörande\s+ersättare|ersättare", "Ersättare"),
    (r"tjänstepersoner|tjänstemän|tjänsteperson|tjänsteman|övriga\s+tjänstepersoner", "Tjänstepersoner"),
    (r"övriga\s+deltagare|övriga\s+närvarande|närvarande|deltagare|övriga|gäster|adjungerade", "Övriga deltagare"),
    (r"sekreterare|protokollförare|sekr\.", "Sekreterare"),
    (r"ordförande|ordf\.", "Ordförande"),
    (r"justerare|justerande|justeras\s+av|protokolljusterare", "Justerare"),
]
ROLE_GROUPS = {"Sekreterare", "Ordförande", "Justerare"}
_LABEL = re.compile(
    r"^\s*[*_#\s]*(?P<label>" + "|".join(p for p, _ in GROUPS) + r")(?P<qual>\s*\([^)]*\)|\s*§+\s*[\d\s,–-]+)?[*_]*\s*(?::|\t|$|(?<=\s)(?=[*_]*[A-ZÅÄÖ<])|\s(?=[*_]*[A-ZÅÄÖ<]))",
    re.I,
)
STOP_LABELS = re.compile(
    r"^\s*[#*_\s]*(innehållsförteckning|ärendelista|föredragningslista|dagordning|bilagor|justerandes|utdragsbestyrkande|"
    r"muntligt\s+justerat|underskrifter|paragrafer|§)",
    re.I,
)
_PARTY = r"(?:S|M|C|V|L|KD|MP|SD|FP|VV|SPI|Fi|ÖP|SÖ|NYD|BP|VIP|JP|KP|RP|SkP|VSL|ÅP|OP|BOA|NS|HP|DS)"
_PARTY_RUN = re.compile(r"([^()\t]+?)\s*\(\s*(" + _PARTY + r")\s*\)\s*,?", re.I)
_NAME_TOKEN = r"(?:[A-ZÅÄÖÉÜØÆ][\wåäöéüøæ'’.-]*|\"[^\"]+\"|”[^”]+”|af|von|van|de|da|la|el)"
_NAME = re.compile(r"^" + _NAME_TOKEN + r"(?:\s+" + _NAME_TOKEN + r"){1,4}$")
ORG_WORDS = re.compile(
    r"\b(kommun|kommuns|region|regionen|länsstyrelsen|landsting|förvaltning\w*|nämnd\w*|bolag|ab|förbund|utveckling|"
    r"polisen|myndighet\w*|rjh|fou|centrum|förening\w*|universitet\w*|skola|sjukhus\w*|kvinnojour\w*|"
    r"ordf|ordförande|ledamot|chef\w*|socialchef|samordnare|handläggare|sekreterare|vice|ersättare|utskott\w*|"
    r"verksamhetsledare|direktör|strateg|projekt\w*|enhet\w*|avdelning\w*|kansli\w*)\b",
    re.I,
)


ROLE_WORDS = re.compile(r"^(?:ordf\.?|ordförande|vice|1:e|2:e|förste|andre|ledamot|ersättare|tjänstgörande|sekreterare|justerare)\b", re.I)


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """Load the shipped list of common first names."""
    text = resources.files("indexer").joinpath("data/first_names.txt").read_text(encoding="utf-8")
    return frozenset(w for line in text.splitlines() if not line.startswith("#") for w in line.split())


def clean_cell(cell: str) -> str:
    """Strip markup, leader dots and underscores from a table cell."""
    cell = re.sub(r"[*_]{2,}|^[*_]|[*_]$", " ", cell.strip())
    cell = re.sub(r"\.{3,}|…+|_{2,}", " ", cell)
    return re.sub(r"\s+", " ", cell).strip(" ,;:")


def looks_like_name(text: str) -> bool:
    """Tell whether `text` reads as a person's name (2–5 capitalised words, no organisation words)."""
    text = text.strip()
    return bool(_NAME.match(text)) and not ORG_WORDS.search(text) and not re.search(r"\d", text)


def parse_participants(lines: list[str]) -> list[Participant]:
    """Extract participants from the header lines of a protocol."""
    people: list[Participant] = []
    group: str | None = None
    for raw in lines:
        if not raw.strip():
            continue
        if STOP_LABELS.match(raw):
            group = None
            continue
        if re.match(r"^\s*(tid|plats|datum|tid och plats)\b", raw, re.I):
            continue
        m = _LABEL.match(raw)
        rest = raw
        if m:
            label = _group_of(m.group("label"))
            # "Beslutande (ej kallade)" inside an absence list stays in that list.
            # Sub-lists of an absence list ("Beslutande (ej kallade):", "Tjänstepersoner:") stay absent.
            if not (group == "Ej närvarande" and label not in ROLE_GROUPS):
                group = label
            rest = raw[m.end():]
        elif not raw.startswith(("\t", " ")) and group is None:
            continue
        if group is None:
            continue
        people.extend(_parse_content(rest, group))
    return _dedupe(people)


def _group_of(label: str) -> str:
    for pattern, group in GROUPS:
        if re.fullmatch(pattern, label.strip(), re.I):
            return group
    return "Övriga deltagare"


def _parse_content(rest: str, group: str) -> list[Participant]:
    """Read one table row: the first cell with names gives the people, the next cell their organisations."""
    people: list[Participant] = []
    for raw_cell in rest.split("\t"):
        cell = clean_cell(raw_cell)
        # Inline sub-labels ("<i>Tjänstepersoner</i> Tommy Lekedal, Östersunds kommun") are dropped.
        inner = _LABEL.match(cell) if cell else None
        if inner and (group == "Ej närvarande" or (_group_of(inner.group("label")) != group and group not in ROLE_GROUPS)):
            cell = cell[inner.end():].strip()
        if not cell:
            continue
        if not people:
            people = _names_in(cell, group)
            continue
        for person, org in zip(people, _split_orgs(cell, len(people))):
            if person.organisation is None:
                person.organisation = org
        break  # later cells hold roles and notes
    return people


def _names_in(cell: str, group: str) -> list[Participant]:
    cell = re.sub(r"^(?:[a-zåäö]+\s+)+", "", cell) if re.match(r"^[a-zåäö]", cell) else cell
    if not cell:
        return []
    if _PARTY_RUN.search(cell):
        out = []
        tail = _PARTY_RUN.sub("", cell).strip(" ,")
        for m in _PARTY_RUN.finditer(cell):
            name = _trim_place(clean_cell(m.group(1)))
            org = None
            if "," in name:  # "Anna Berg, Bergs kommun (S)" is rare; keep the name part.
                name, org = name.split(",", 1)[0], name.split(",", 1)[1].strip() or None
            if looks_like_name(name):
                out.append(Participant(name=name, group=group, party=m.group(2).upper(), organisation=org))
        if out and tail and len(out) == 1 and not looks_like_name(tail) and not ROLE_WORDS.match(tail):
            out[0].organisation = out[0].organisation or tail.strip(" ,") or None
        return out
    if "," in cell:
        out = []
        for part in (p.strip() for p in cell.split(",")):
            if looks_like_name(part) and len(split_name_run(part.split())) == 1:
                out.append(Participant(name=part, group=group))
            elif _is_name_run(part):
                out.extend(Participant(name=" ".join(g), group=group) for g in split_name_run(part.split()))
            elif part and len(out) == 1 and out[0].organisation is None:
                out[0].organisation = part  # "Ingrid Larsson, Bergs kommun"
        return out
    if looks_like_name(cell):
        return [Participant(name=cell, group=group)]
    if _is_name_run(cell):
        return [Participant(name=" ".join(g), group=group) for g in split_name_run(cell.split())]
    return []


def _is_name_run(cell: str) -> bool:
    tokens = cell.split()
    return len(tokens) >= 4 and all(re.match(_NAME_TOKEN + "$", t) for t in tokens) and not ORG_WORDS.search(cell)


def _trim_place(name: str) -> str:
    """Drop a place name glued before a person ("Berg Torbjörn Andersson" -> "Torbjörn Andersson")."""
    tokens = name.split()
    names = first_names()
    if len(tokens) >= 3 and tokens[0] not in names:
        for i in range(1, len(tokens) - 1):
            if tokens[i] in names or tokens[i].split("-")[0] in names:
                return " ".join(tokens[i:])
    return name


def split_name_run(tokens: list[str], count: int | None = None) -> list[list[str]]:
    """Split a flattened run of names into people, starting a new person at a known first name."""
    names = first_names()
    groups: list[list[str]] = []
    for tok in tokens:
        cur = groups[-1] if groups else None
        real = [t for t in cur if not t.startswith(('"', "”"))] if cur else []
        starts = tok in names or tok.split("-")[0] in names
        if cur is None or (len(real) >= 2 and (starts or len(real) >= 3)) or (len(real) >= 1 and starts and len(real) >= 2):
            groups.append([tok])
        else:
            cur.append(tok)
    return groups


def _split_orgs(cell: str, count: int) -> list[str]:
    if count == 1:
        return [cell] if ORG_WORDS.search(cell) or not looks_like_name(cell) else []
    found = re.findall(r"\S+s\s+kommun|Region\s+\S+|Länsstyrelsen(?:\s+\S+)?", cell)
    if len(found) == count:
        return found
    return []


def _dedupe(people: list[Participant]) -> list[Participant]:
    seen: set[tuple[str, str]] = set()
    out = []
    for p in people:
        key = (p.name, p.group)
        if key not in seen:
            seen.add(key)
            out.append(p)
    return out
