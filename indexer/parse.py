"""Split a protocol's text into paragraphs and extract its metadata.

Input: text lines from `read` (or a file path). Output: a `Protocol` with date, body, organisation,
participants and one `Paragraph` per § (or numbered agenda item in minnesanteckningar): number as
written, title, clean text without page furniture, dnr, speakers, decision, proposal and attachments.
Tables of contents, § references inside running text and page furniture never become paragraphs.
"""
from __future__ import annotations

import re
import tomllib
import unicodedata
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from . import dates
from .model import Paragraph, Participant, Protocol
from .participants import clean_cell, looks_like_name, parse_participants
from .read import read_file, reflow

_MD = r"[\s#*_>]*"
PARA_RE = re.compile(
    r"^" + _MD + r"(?:[A-ZÅÄÖ]{1,6}[- ]?)?(?:§|(?i:paragraf|punkt|ärende))\s*(?P<num>\d{1,5}[a-z]?)(?![\d])[.:]?"
    r"(?P<rest>.*)$"
)
AGENDA_RE = re.compile(r"^(?P<md>[\s#*_]*)(?P<num>\d{1,2})\s*(?P<sep>[).])(?P<md2>[\s*_]*)(?P<rest>\S.*)$")
TOC_TAIL = re.compile(r"(?:\s*\.{2,}\s*|\s*…+\s*|\t+\s*|\s{3,})(\d{1,3})?\s*$|\.{4,}\s*$")
DNR_RE = re.compile(r"\b(?:Dnr|Diarienr|Diarienummer|Dnr\.)\s*[.:]?\s*((?:[A-ZÅÄÖ]{1,8}[ .-]?)?\d{2,4}[/.:-]\d{1,6}(?:[-/.:]\d{1,4})*)", re.I)
ATTACH_RE = re.compile(r"\b[Bb]ilag(?:a|orna)\s+(\d{1,3}[a-z]?|[A-Z])\b")
FURNITURE_RE = re.compile(
    r"^\s*[*_]*(?:justerandes?\s*sign(?:atur)?|justerares?\s*sign(?:atur)?|justerandes?\s*signaturer|utdragsbestyrkande|"
    r"sign\.?|ordförandes\s+sign(?:atur)?|"
    r"(?:sida|sid\.?|page)\s*\d+(?:\s*(?:av|\(|/)\s*\d+\)?)?|\d+\s*\(\s*\d+\s*\)|[-–]\s*\d+\s*[-–]|\d{1,3})[*_]*\s*$",
    re.I,
)
DECISION_MARK = re.compile(
    r"^[\s#*_]*(?:(?:sociala\s+samrådsgruppens|[\wåäö-]+(?:s|ns|ens|ets))\s+beslut|beslut|beslutar|ställningstagande(?:\s+[^:]{0,80})?|"
    r"protokollsanteckning|beslutsformulering|mötet\s+beslutar|beslutet)[*_]*\s*:?[*_]*\s*(?P<inline>.*)$",
    re.I,
)
PROPOSAL_MARK = re.compile(r"^[\s#*_]*(?:förslag\s+till\s+beslut|[\wåäö-]+s\s+förslag\s+till\s+beslut|beslutsförslag)[*_]*\s*:?[*_]*\s*(?P<inline>.*)$", re.I)
SUBHEAD_RE = re.compile(
    r"^[\s#*_]*(?:bakgrund|sammanfattning|ärendebeskrivning|beskrivning|yrkanden?|yrkande|propositionsordning|beslutsunderlag|"
    r"reservation|jäv|information|diskussion|synpunkter[^:]*|underlag|handlingar|ärendet|beredning|skickas till|expedieras till|"
    r"beslutet skickas till|protokollsanteckning)[*_]*\s*:?\s*$",
    re.I,
)
ORGAN_RE = re.compile(
    r"(?:nämnd|styrelse|fullmäktige|utskott|samrådsgrupp|grupp|råd(?:et)?|beredning|nätverk|kommitté|presidium|direktion|"
    r"förbund|delegation|forum|konferens|kansli|församling)\w*",
    re.I,
)
DOC_KIND = re.compile(
    r"\b(?:sammanträdes)?protokoll(?:et)?|minnesanteckning(?:ar)?|anteckningar|mötesanteckningar|protokollsutdrag|utdrag ur protokoll",
    re.I,
)
SPEAKER_LABEL = re.compile(
    r"^[\s*_]*(?:föredragande|föredragare|presentatör|rapportör|ansvarig|inledare)(?:\s+[a-zåäö]+){0,2}[*_]*\s*(?::|är)?\s*(?P<names>.+)$", re.I
)
# "Kommunstyrelsen beslutar att …": the meeting's own decision, in the present tense.
DECISION_LINE = re.compile(r"^[\s*_]*(?:[A-ZÅÄÖ][\wåäö:-]*,?\s+){1,4}(?:[\wåäö:-]+,\s+)?beslutar\b")
SPEAKER_PATTERNS = [
    re.compile(r"\bärendet\s+föredras\s+(?:av\s+)?(?P<names>[^.;\n]+)", re.I),
    re.compile(r"(?P<names>(?:[A-ZÅÄÖ][\wåäöé'’-]*\.?\s+){1,3}[A-ZÅÄÖ][\wåäöé'’-]+)(?:\s*\([A-ZÅÄÖ]{1,4}\))?(?:,[^.]{0,60})?\s+(?:är\s+)?föredragande\b"),
    re.compile(
        r"(?:^|[.!?]\s+|\n)(?P<names>(?:[A-ZÅÄÖ][\wåäöé'’-]*\.?\s+){1,3}[A-ZÅÄÖ][\wåäöé'’-]+)(?:\s*\([A-ZÅÄÖ]{1,4}\))?(?:,[^.]{0,60}?,)?"
        r"\s+(?:redovisar|informerar|presenterar|föredrar|rapporterar|redogör|berättar|går igenom|beskriver)\b"
    ),
]
INVERTED_SPEAKER = re.compile(r"\b(?:redovisar|presenterar|informerar|föredrar|rapporterar)\s+(?P<names>[A-ZÅÄÖ][\wåäöé'’-]+(?:\s+[A-ZÅÄÖ][\wåäöé'’-]+){1,2})")
NOT_A_NAME_START = {
    "Föredragande", "Föredraganden", "Ordförande", "Ordföranden", "Sekreterare", "Ledamot", "Ledamöter", "Mötet", "Gruppen",
    "Sociala", "Region", "Regionen", "Kommunen", "Kommunerna", "Förvaltningen", "Nämnden", "Styrelsen", "Arbetsgruppen",
    "Socialchef", "Verksamheten", "Projektet", "Den", "Det", "De", "Vi", "Man", "Han", "Hon", "Samtliga", "Alla", "Varje",
    "Ansvarig", "Tjänsteperson", "Tjänstepersoner", "Vice", "SocSam", "Styrgruppen", "Länsstyrelsen", "Därefter", "Sedan",
}


@dataclass
class _Heading:
    line: int
    number: str
    rest: str
    toc: bool
    strong: bool = True


def parse_file(path: Path | str, source: str | None = None) -> Protocol:
    """Read and parse one protocol file (raises read.ReadError when unreadable)."""
    path = Path(path)
    doc = read_file(path)
    protocol = parse_text(doc.text, source or path.name)
    protocol.warnings[:0] = doc.warnings
    apply_sidecar(protocol, path)
    return protocol


def apply_sidecar(protocol: Protocol, path: Path) -> None:
    """Let `<file>.meta.toml` set or correct body, organisation, date and heading."""
    sidecar = path.with_name(path.name + ".meta.toml")
    if not sidecar.is_file():
        return
    try:
        meta = tomllib.loads(sidecar.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, OSError, UnicodeDecodeError) as exc:
        protocol.warnings.append(f"ignored sidecar {sidecar.name}: {exc}")
        return
    for key in ("body", "organisation", "heading", "place"):
        if isinstance(meta.get(key), str):
            setattr(protocol, key, meta[key])
    date = meta.get("date")
    if date is not None:
        iso = str(date)
        if dates.ISO_RE.fullmatch(iso):
            protocol.date, protocol.date_inferred = iso, False
            protocol.warnings = [w for w in protocol.warnings if not w.startswith("no meeting date")]
        else:
            protocol.warnings.append(f"ignored sidecar date {iso!r}: not YYYY-MM-DD")


def parse_text(text: str, source: str = "<text>") -> Protocol:
    """Parse protocol text into a Protocol with its paragraphs."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    lines = [ln.rstrip() for ln in text.split("\n")]
    protocol = Protocol(source=source)
    headings, toc_lines = find_headings(lines)
    first = headings[0].line if headings else len(lines)
    header = [ln for i, ln in enumerate(lines[:first]) if i not in toc_lines]

    found = dates.find_protocol_date(lines, header_end=max(first, 40))
    if found:
        protocol.date, protocol.date_inferred = found.iso, found.inferred
        if found.inferred:
            protocol.warnings.append(f"year of the meeting date inferred: {found.iso}")
    else:
        protocol.warnings.append("no meeting date found")
    protocol.body, protocol.heading = find_body(header)
    protocol.organisation = find_organisation(header)
    protocol.place = find_place(header)
    protocol.participants = parse_participants(header)

    furniture = Furniture(lines, protocol.date)
    if not headings:
        body = [ln for ln in lines if not furniture.is_furniture(ln)]
        content = clean_lines(body)
        if content:
            title = protocol.heading or protocol.body or _first_words(content[0])
            protocol.paragraphs.append(_make_paragraph("1", title, content, protocol.participants))
            protocol.warnings.append("no § headings found; indexed as one paragraph")
        return protocol
    for idx, h in enumerate(headings):
        end = headings[idx + 1].line if idx + 1 < len(headings) else len(lines)
        body_lines = [ln for ln in lines[h.line + 1 : end] if not furniture.is_furniture(ln)]
        title, dnr = _title_and_dnr(h.rest)
        if not title:
            content = clean_lines(body_lines)
            while content and not title:
                candidate = content.pop(0)
                m = DNR_RE.search(candidate)
                if m and len(candidate) < 40:
                    dnr = dnr or m.group(1)
                    continue
                title = candidate
            body_lines = content
        else:
            body_lines = clean_lines(body_lines)
        para = _make_paragraph(h.number, title or f"§ {h.number}", body_lines, protocol.participants,
                               presenter=_italic_presenter(lines[h.line + 1 : end]))
        para.dnr = para.dnr or dnr
        protocol.paragraphs.append(para)
    return protocol


def _first_words(line: str, n: int = 10) -> str:
    words = line.split()
    return " ".join(words[:n]) + (" …" if len(words) > n else "")


# --- headings -------------------------------------------------------------------------------------


def _match_para(line: str) -> _Heading | None:
    if "§§" in line[:12]:
        return None
    m = PARA_RE.match(line)
    if not m:
        return None
    rest = m.group("rest")
    # A range or list ("§ 15 - 27", "§ 5-14: Anna", "§ 3, 4") is a reference, not a heading.
    if re.match(r"\s*(?:[-–]\s*\d|,\s*\d|och\s+\d|och\s+§|[-–]\s*§|\)\s*)", rest) or re.match(r"\s*:\s*[A-ZÅÄÖ][a-zåäö]+\s+[A-ZÅÄÖ]", rest) and "-" in line[:12]:
        return None
    toc = bool(TOC_TAIL.search(rest)) and not re.search(r"\d{4}\s*$", rest.strip())
    title = clean_cell(TOC_TAIL.sub("", rest) if toc else rest)
    title = re.sub(r"^[.:–\-\s]+", "", title)
    if len(title) > 160 or (title.endswith(".") and len(title.split()) > 12) or title[:1].islower():
        return None
    return _Heading(line=0, number=m.group("num"), rest=title, toc=toc)


def _match_agenda(line: str) -> _Heading | None:
    m = AGENDA_RE.match(line)
    if not m:
        return None
    rest = m.group("rest")
    toc = bool(TOC_TAIL.search(rest))
    title = clean_cell(TOC_TAIL.sub("", rest) if toc else rest)
    if not title or len(title) > 120 or not re.match(r"[A-ZÅÄÖ\"”*]", title):
        return None
    strong = "#" in m.group("md") or "*" in (m.group("md") + m.group("md2")) or m.group("sep") == ")"
    return _Heading(line=0, number=m.group("num"), rest=title, toc=toc, strong=strong)


def find_headings(lines: list[str]) -> tuple[list[_Heading], set[int]]:
    """Find paragraph headings, dropping tables of contents and references in running text.

    Also return the line numbers of table-of-contents entries, which the header must not read as text.
    """
    para = []
    toc_lines: set[int] = set()
    for i, line in enumerate(lines):
        h = _match_para(line)
        if h:
            h.line = i
            para.append(h)
        entry = h or _match_agenda(line)
        if entry is not None and entry.toc:
            toc_lines.add(i)
    candidates = [h for h in para if not h.toc]
    if not candidates:
        agenda = []
        for i, line in enumerate(lines):
            h = _match_agenda(line)
            if h and not h.toc:
                h.line = i
                agenda.append(h)
        if any(h.strong for h in agenda):
            agenda = [h for h in agenda if h.strong]
        candidates = _sequence(agenda)
    return _drop_empty_duplicates(candidates, lines), toc_lines


def _sequence(agenda: list[_Heading]) -> list[_Heading]:
    """Keep numbered items that continue the agenda (1, 2, 3 …), skipping nested lists."""
    out: list[_Heading] = []
    for h in agenda:
        n = int(h.number)
        # Numbering may skip an item (mismatched numbering), but never runs backwards.
        if (not out and n <= 3) or (out and int(out[-1].number) < n <= int(out[-1].number) + 3):
            out.append(h)
    return out if len(out) >= 2 else []


def _drop_empty_duplicates(headings: list[_Heading], lines: list[str]) -> list[_Heading]:
    """Drop a heading with no text when the same number comes again later: the body wins over a TOC."""
    keep = []
    for idx, h in enumerate(headings):
        end = headings[idx + 1].line if idx + 1 < len(headings) else len(lines)
        has_text = any(ln.strip() and not FURNITURE_RE.match(ln) for ln in lines[h.line + 1 : end])
        later = any(o.number == h.number for o in headings[idx + 1 :])
        if not has_text and later:
            continue
        keep.append(h)
    return keep


def _title_and_dnr(rest: str) -> tuple[str, str | None]:
    m = DNR_RE.search(rest)
    if not m:
        return rest.strip(), None
    title = (rest[: m.start()] + rest[m.end() :]).strip(" ,;:-–\t")
    return title, m.group(1)


# --- furniture and cleaning -----------------------------------------------------------------------


class Furniture:
    """Recognise page furniture: signature boxes, page numbers, repeated date lines, running headers."""

    def __init__(self, lines: list[str], date: str | None) -> None:
        self.date = date
        counts = Counter(_norm(ln) for ln in lines if ln.strip())
        first = next((_norm(ln) for ln in lines if ln.strip()), "")
        self.running = {
            s for s, n in counts.items()
            if n >= 3 and len(s) <= 80 and (re.search(r"\d", s) or DOC_KIND.search(s) or s == first)
            and not PARA_RE.match(s) and not DECISION_MARK.match(s) and not PROPOSAL_MARK.match(s)
        }

    def is_furniture(self, line: str) -> bool:
        """Tell whether a line is page furniture rather than protocol text."""
        s = line.strip()
        if not s:
            return False
        if _norm(s) in self.running:
            return True
        if len(s) > 100:  # furniture is short; most lines are prose, and this check is on the hot path
            return False
        # Columns of furniture on one line: "Justerandes sign    Utdragsbestyrkande".
        for piece in re.split(r"\s{2,}|\t", s):
            if not piece.strip() or FURNITURE_RE.match(piece) or re.fullmatch(r"[_\-–=.\s]{3,}", piece):
                continue
            if any(ch.isdigit() for ch in piece) and dates.is_date_line(clean_cell(piece)):
                continue
            return False
        return True


def _norm(line: str) -> str:
    return re.sub(r"\s+", " ", line.strip().lower())


def clean_lines(lines: list[str]) -> list[str]:
    """Strip Markdown markup and blank lines, keeping one text line per source paragraph."""
    out = []
    for line in lines:
        s = line.strip()
        if not s:
            continue
        s = re.sub(r"^#{1,6}\s*", "", s)
        s = re.sub(r"(\*\*|__)(.+?)\1", r"\2", s)
        s = re.sub(r"(?<![\w*])\*(?!\s)([^*\n]+?)\*(?![\w*])", r"\1", s)
        s = s.replace("**", " ").replace("\t", " ")
        s = re.sub(r"(?<=\S)\*(?=\S)", " ", s)
        s = re.sub(r"^\*|\*$", "", s).strip()
        s = re.sub(r" {2,}", " ", s)
        if s:
            out.append(s)
    return reflow(out)


# --- per-paragraph extraction ---------------------------------------------------------------------


def _italic_presenter(raw_lines: list[str]) -> list[str]:
    """Read an italic presenter line right under a heading: "*Anna Berg, ekonom*"."""
    for line in raw_lines[:3]:
        s = line.strip()
        if not s:
            continue
        m = re.fullmatch(r"(?:\*|_|<i>|<em>)([^*_<>]{3,120})(?:\*|_|</i>|</em>)", s)
        return split_names(m.group(1))[:3] if m else []
    return []


def _make_paragraph(number: str, title: str, content: list[str], participants: list[Participant],
                    presenter: list[str] | None = None) -> Paragraph:
    para = Paragraph(number=number, title=title.strip(), text="\n".join(content))
    para.decision, para.proposal = find_decision(content)
    para.speakers = find_speakers(content, participants)
    for name in presenter or []:
        if name not in para.speakers:
            para.speakers.insert(0, name)
    para.attachments = find_attachments(content)
    m = DNR_RE.search("\n".join(content[:3]))
    para.dnr = m.group(1) if m else None
    return para


def find_decision(content: list[str]) -> tuple[str | None, str | None]:
    """Return (decision, proposal) text marked by Beslut/Ställningstagande and Förslag till beslut."""
    decision: list[str] = []
    proposal: list[str] = []
    target: list[str] | None = None
    for line in content:
        pm = PROPOSAL_MARK.match(line)
        dm = None if pm else DECISION_MARK.match(line)
        if not (pm or dm) and DECISION_LINE.match(line) and target is not proposal:
            if target is not decision:
                decision.clear()
            target = decision
            decision.append(line.strip())
            continue
        if pm or dm:
            target = proposal if pm else decision
            if target is decision and decision:
                decision.clear()  # a later decision supersedes an earlier one
            inline = (pm or dm).group("inline").strip()
            if inline and not (dm and len(line) > 200 and not line.rstrip().endswith(":")):
                target.append(inline)
            elif dm and len(line) > 200:
                target = None  # prose that merely starts with "Beslut…"
            continue
        if SUBHEAD_RE.match(line) or SPEAKER_LABEL.match(line):
            target = None
            continue
        if target is not None:
            target.append(line)
    return ("\n".join(decision) or None, "\n".join(proposal) or None)


def find_attachments(content: list[str]) -> list[str]:
    """List the attachments mentioned ("Bilaga 3"), in order of first mention."""
    seen: list[str] = []
    for m in ATTACH_RE.finditer("\n".join(content)):
        label = f"Bilaga {m.group(1)}"
        if label not in seen:
            seen.append(label)
    return seen


def find_speakers(content: list[str], participants: list[Participant]) -> list[str]:
    """Find who presents the item: 'Föredragande: X', 'Ärendet föredras X', 'X redovisar', italic presenter lines."""
    found: list[str] = []
    for i, line in enumerate(content[:60]):
        m = SPEAKER_LABEL.match(line)
        if m:
            found.extend(split_names(m.group("names")))
    text = "\n".join(content)
    for pattern in SPEAKER_PATTERNS:
        for m in pattern.finditer(text):
            found.extend(split_names(m.group("names")))
    known = {p.name for p in participants}
    for m in INVERTED_SPEAKER.finditer(text):
        for name in split_names(m.group("names")):
            if resolve_name(name, participants) in known:
                found.append(name)
    out: list[str] = []
    for name in found:
        name = resolve_name(name, participants)
        if name not in out:
            out.append(name)
    return out


def split_names(raw: str) -> list[str]:
    """Split 'Anna Berg och Johan Loock, Länsstyrelsen' into clean person names."""
    raw = re.sub(r"\([^)]*\)", " ", raw)
    raw = re.sub(r"</?\w+>|[*_]", " ", raw)
    out = []
    for part in re.split(r",|;|\boch\b|&|\boch\b|/", raw):
        words = part.strip(" .:").split()
        # Drop trailing organisation words: "Marie Örjegren Östersunds kommun".
        while words and (words[-1].lower() in ("kommun", "region", "regionen") or not words[-1][:1].isupper()):
            words.pop()
            if words and words[-1].endswith("s") and len(words) > 2:
                words.pop()
        while len(words) > 2 and words[-1] in ("Region", "RJH"):
            words.pop()
        name = " ".join(words[:4])
        if len(words) >= 2 and words[0] not in NOT_A_NAME_START and (looks_like_name(name) or re.fullmatch(r"[A-ZÅÄÖ](?:-[A-ZÅÄÖ])?\.\s?[A-ZÅÄÖ][\wåäö-]+", name)):
            out.append(name)
    return out


def resolve_name(name: str, participants: list[Participant]) -> str:
    """Expand an initial ('L. Åsberg') or a hyphen variant to the participant's full name."""
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
    for p in participants:
        if p.name.replace("-", " ") == flat:
            return p.name
    return name


def find_body(header: list[str]) -> tuple[str | None, str | None]:
    """Find the body (organ) and the document heading in the header lines."""
    heading = None
    for line in header[:40]:
        s = line.strip()
        if re.match(r"^#{1,3}\s+\S", s) and heading is None:
            heading = clean_cell(s.lstrip("#"))
    for line in header[:40]:
        if _looks_like_people_line(line):
            break
        cell = clean_cell(line.split("\t")[0].lstrip("#"))
        if not cell or len(cell) > 90 or dates.is_date_line(cell):
            continue
        if re.match(r"^(tid|plats|datum|närvarande|beslutande)\b", cell, re.I):
            break
        # "Protokoll fört vid sammanträde med Socialnämnden 2023-03-01" -> "Socialnämnden"
        stripped = re.sub(
            r"^(?:" + DOC_KIND.pattern + r")(?:\s+(?:fört|från|för|vid|med|över|sammanträde|sammanträdet|mötet|möte|i|den))*\b",
            " ", cell, flags=re.I,
        )
        stripped = dates.ISO_RE.sub(" ", stripped)
        stripped = dates.LONG_RE.sub(" ", stripped)
        stripped = re.sub(r"\s+", " ", stripped).strip(" ,.:-–")
        if stripped and ORGAN_RE.search(stripped) and not looks_like_name(stripped):
            return stripped, heading
    return None, heading


def _looks_like_people_line(line: str) -> bool:
    return bool(re.match(r"^\s*[*_]*(beslutande|ledamöter|närvarande|tjänste)", line, re.I))


def find_organisation(header: list[str]) -> str | None:
    """Find the municipality/organisation when the header states it on a line of its own."""
    for line in header[:40]:
        if _looks_like_people_line(line):
            break
        for cell in line.split("\t"):
            cell = clean_cell(cell.lstrip("#"))
            m = re.fullmatch(r"(?:organisation\s*:\s*)?((?:[A-ZÅÄÖ][\wåäö-]+s\s+(?:kommun|stad))|(?:Region\s+[A-ZÅÄÖ][\wåäö-]+)|(?:[A-ZÅÄÖ][\wåäö-]+\s+kommun))", cell, re.I)
            if m:
                return m.group(1)
    return None


def find_place(header: list[str]) -> str | None:
    """Find the meeting place from a 'Tid och plats' or 'Plats' line."""
    for i, line in enumerate(header):
        m = re.match(r"^\s*[*_]*(?:tid\s+och\s+plats(?:\s+för\s+sammanträdet)?|plats\s+och\s+tid|plats|lokal)[*_]*\s*:?\s*(?P<rest>.*)$", line, re.I)
        if not m:
            continue
        rest = clean_cell(m.group("rest").replace("\t", " "))
        rest = dates.ISO_RE.sub(" ", rest)
        rest = dates.LONG_RE.sub(" ", rest)
        rest = re.sub(r"(?:kl\.?|klockan)?\s*\d{1,2}[.:]\d{2}(?:\s*[-–]\s*\d{1,2}[.:]\d{2})?", " ", rest)
        rest = re.sub(r"\s+", " ", rest).strip(" ,.-–")
        if not rest and i + 1 < len(header):
            nxt = clean_cell(header[i + 1])
            if nxt and not _looks_like_people_line(nxt) and len(nxt) < 80:
                rest = nxt
        return rest or None
    return None
