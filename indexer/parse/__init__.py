"""Read a protocol as what it is: front page, paragraphs with their anatomy, signatures and anslag.

Input: a file path (read through `indexer.read`) or text lines. Output: a `Protocol`: the meeting (date,
body, organisation, place), justering, anslag and the appeal window, participants with roles, and one
`Paragraph` per § (or numbered item) with number, kind, title, dnr, clean text, page, decision, proposal,
yrkanden, vote, reservations, jäv, recipients, speakers and attachments. Tables of contents, references in
running text, page furniture and everything after the last paragraph stay out of the paragraphs.

The anatomy lives in small modules: headings (§ lines), furniture (page furniture, back matter), frontpage
(label/value blocks), meeting (date, body, organisation), anslag (justering, anslag, appeal window), people
(participants and roles), sections (decision, proposal, recipients), votes (yrkanden, votes, reservations,
jäv) and speakers.
"""
from __future__ import annotations

import re
import tomllib
import unicodedata
from pathlib import Path

from .. import dates
from ..model import Paragraph, Participant, Protocol
from ..read import read_file, reflow
from . import anslag, meeting, names, sections, speakers, votes
from .columns import unroll_people_columns
from .frontpage import Block, read_blocks
from .furniture import Furniture, back_matter_start
from .headings import (BARE_DNR_RE, DATE_CELL, DNR_RE, LEADING_DNR, TRAILING_DNR, Heading, find_headings, lost_ocr_headings,
                       match_para)
from .people import JUSTERING_TITLE, appointed_adjusters, declared_jav, read_people
from .rollcall import read_roll_call

__all__ = ["parse_file", "parse_text", "apply_sidecar", "DNR_RE"]
# A label before the title on the line under the § ("Ärende: Årsredovisning 2024").
TITLE_LABEL = re.compile(r"^(?:ärende|ärendemening|ärenderubrik|rubrik|ämne)\s*:\s*(?=\S)", re.I)
# A dnr alone on a line under the heading is short; a longer line that mentions a dnr is text.
MAX_DNR_LINE = 60


def parse_file(path: Path | str, source: str | None = None) -> Protocol:
    """Read and parse one protocol file (raises read.ReadError when unreadable)."""
    path = Path(path)
    doc = read_file(path)
    protocol = parse_text(doc.text, source or path.name, header=doc.header, ocr=doc.format in ("ocr", "pdf+ocr"))
    protocol.pages = doc.pages
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
        protocol.warnings.append(f"sidofilen {sidecar.name} ignorerades: {exc}")
        return
    for key in ("body", "organisation", "heading", "place"):
        if isinstance(meta.get(key), str):
            setattr(protocol, key, meta[key])
    date = meta.get("date")
    if date is not None:
        iso = str(date)
        if dates.ISO_RE.fullmatch(iso):
            protocol.date, protocol.date_inferred = iso, False
            protocol.warnings = [w for w in protocol.warnings if not w.startswith("inget sammanträdesdatum")]
        else:
            protocol.warnings.append(f"sidofilens datum {iso!r} ignorerades: inte ÅÅÅÅ-MM-DD")


def _lines(text: str) -> tuple[list[str], list[int]]:
    """Split text into lines without page breaks, and the page number of each line."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    lines, pages, page = [], [], 1
    for ln in text.split("\n"):
        if "\f" in ln:
            page += ln.count("\f")
            ln = ln.replace("\f", "")
            if not ln.strip():
                continue
        lines.append(ln.rstrip())
        pages.append(page)
    return lines, pages


def _announced_range(lines: list[str]) -> range | None:
    """Return the § range the front page announces ("Paragrafer 41–44", "§§ 24–30" opening a line or a cell), if
    any; an official's "ekonomichef §§ 45–46" is where they attended, not the protocol's range."""
    for pattern in (r"paragrafer\s*(?:§§\s*)?", r"(?:^|\t)\s*§§\s*"):
        for line in lines[:120]:
            m = re.search(pattern + r"(\d{1,4})\s*[-–—]\s*(\d{1,4})", line, re.I)
            if m and int(m.group(1)) <= int(m.group(2)):
                return range(int(m.group(1)), int(m.group(2)) + 1)
    return None


def parse_text(text: str, source: str = "<text>", header: list[str] | None = None, ocr: bool = False) -> Protocol:
    """Parse protocol text (and its running header lines) into a Protocol with its paragraphs."""
    header = header or []
    lines, pages = _lines(names.upper_parties(text))
    protocol = Protocol(source=source)
    headings, toc_lines = find_headings(lines, ocr=ocr, expected=_announced_range(lines) if ocr else None)
    first = headings[0].line if headings else len(lines)
    front = [ln for i, ln in enumerate(lines[:first]) if i not in toc_lines]
    furniture = Furniture(lines, header, lambda s: match_para(s) is not None, pages, ocr=ocr)

    # The last paragraph ends where the back matter (signatures, anslag, Verifikat …) begins.
    ends = [h.line for h in headings[1:]] + [len(lines)]
    back: list[str] = []
    if headings:
        start = headings[-1].line + 1
        cut = back_matter_start(lines[start:])
        if cut is not None:
            ends[-1] = start + cut
            back = lines[start + cut :]
        if ocr:  # a § whose number the scan lost: its title between a decision and the next section's label
            headings = lost_ocr_headings(lines, headings, ends[-1], furniture.is_furniture, _announced_range(lines))
            ends = [h.line for h in headings[1:]] + [ends[-1]]
    # The front page and the back matter are read apart: a label before the first § never runs on into the
    # signatures or the verifikat after the last.
    (listed, outside), (listed_back, outside_back) = read_roll_call(unroll_people_columns(front)), read_roll_call(back)
    listed += listed_back
    blocks = read_blocks(outside) + read_blocks(outside_back)
    _read_meeting(protocol, blocks, header, front, text)
    protocol.participants, protocol.chair, protocol.secretary, protocol.adjusters = read_people(blocks, listed)

    if not headings:
        body = [ln for ln in lines if not furniture.is_furniture(ln)]
        content = clean_lines(body)
        if content:
            title = protocol.heading or protocol.body or _first_words(content[0])
            protocol.paragraphs.append(_make_paragraph(Heading(0, "1", title, False), title, None, content, protocol))
            protocol.warnings.append("inga §-rubriker hittades; indexerad som en paragraf")
        return protocol
    paged = bool(protocol.pages) or any(p > 1 for p in pages)
    for h, end in zip(headings, ends):
        content = clean_lines([ln for ln in lines[h.line + 1 : end] if not furniture.is_furniture(ln)])
        title, dnr = _title_and_dnr(h.rest)
        dnr = dnr or h.dnr
        while content and not title:
            if (found := sections.section_label(content[0])) and found[0] not in TITLE_LIKE_SECTIONS:
                break  # "§ 14" / "Beslut": a § without a title opens with its sections
            candidate = content.pop(0)
            if found := _dnr_line(candidate):
                dnr = dnr or found
                continue
            title = TITLE_LABEL.sub("", candidate)  # "Ärende: Årsredovisning 2024"
        # A title wrapped onto the next line ("… Norrsunda Bäcken" / "3:12", "… m.fl.," / "Norra industriområdet").
        if content and (h.wrapped or title.endswith(",")) and len(content[0]) < 60 and not sections.section_label(content[0]):
            title = f"{title.rstrip(',')}, {content.pop(0)}"
        elif content and ((open_end := OPEN_END.search(title)) or re.match(r"^(?:[a-zåäö]|\d[\d:–-]*$)", content[0])) \
                and len(content[0]) < (MAX_TITLE_TAIL if open_end else MAX_SHORT_TAIL) and not title.endswith(".") \
                and not sections.section_label(content[0]) and not _dnr_line(content[0]):
            title = f"{title} {content.pop(0)}"  # "… cykelvägen vid" / "Storgatan": no title ends with a preposition
        if content and (margin := _margin_dnr(content[0])):  # "KS 2024/311   Beslut": the dnr in the margin column
            dnr, content[0] = dnr or margin[0], margin[1]
        elif content and (found := _dnr_line(content[0], labelled_first=True)):
            dnr = dnr or found
            content.pop(0)
        para = _make_paragraph(h, title or f"§ {h.number}", dnr, content, protocol)
        para.votes = para.votes or votes.marked_columns(lines[h.line + 1 : end])  # a list's cells, before cleaning
        para.voting_list = votes.voting_list(lines[h.line + 1 : end])
        para.votes = para.votes or votes.counted(para.voting_list)  # only the names of each side, no totals
        para.speakers[:0] = [n for n in _italic_presenter(lines[h.line + 1 : end]) if n not in para.speakers]
        para.page = pages[h.line] if paged else None
        protocol.paragraphs.append(para)
    by_number = {para.number: para for para in protocol.paragraphs}
    for number, (counts, listed) in votes.appended_lists(back).items():  # "Bilaga 1 till § 3 – Omröstningslista"
        if para := by_number.get(number):
            para.votes = para.votes or counts
            para.voting_list = para.voting_list or listed
    for number, counts in votes.columns_by_paragraph(front + back).items():  # "Ledamot | § 45 Ja | Nej | Avst"
        if para := by_number.get(number):
            para.votes = para.votes or counts
    for name, numbers in declared_jav(blocks):  # "Jäv: Bo Al (M) § 2" on the front page
        for para in (by_number[n] for n in numbers if n in by_number):
            if (name := names.resolve(name, protocol.participants)) not in para.jav:
                para.jav.append(name)
    if not protocol.justering_date:  # signed electronically: when the verifikat page says the last one signed
        protocol.justering_date = anslag.signed_justering(back)
    if not protocol.justering_date:  # no justering on the front page: when the "Val av justerare" paragraph sets it
        protocol.justering_date = next((d for para in protocol.paragraphs if JUSTERING_TITLE.search(para.title or "")
                                        and (d := anslag.planned_justering(para.text, protocol.date))), None)
    if not protocol.adjusters:  # no "Utses att justera" on the front page: the meeting's own appointment
        for para in protocol.paragraphs:
            found = [names.resolve(n, protocol.participants) for n in appointed_adjusters(para.title, para.text)]
            if found := [n for n in found if n != protocol.chair]:
                protocol.adjusters = found
                break
    return protocol


def _read_meeting(protocol: Protocol, blocks: list[Block], header: list[str], front: list[str], text: str) -> None:
    """Fill the protocol's meeting, justering, anslag and people fields from the blocks."""
    found = meeting.find_date(blocks, header, front, text.split("\n")[len(front):])
    if found:
        protocol.date, protocol.date_inferred = found.iso, found.inferred
        if found.inferred:
            protocol.warnings.append(f"året i sammanträdesdatumet är härlett: {found.iso}")
    else:
        protocol.warnings.append("inget sammanträdesdatum hittades")
    protocol.body, place = meeting.find_body(blocks, header, front)
    protocol.heading = next((clean_cell(ln.lstrip("#")) for ln in front[:40] if re.match(r"^#{1,3}\s+\S", ln.strip())), None)
    protocol.kind = meeting.find_kind(header, front)
    protocol.organisation = meeting.find_organisation(blocks, header, front, place, text[:20000])
    protocol.place = meeting.find_place(blocks)
    protocol.justering_date, posted, removed = anslag.read_anslag(blocks, protocol.date)
    protocol.anslag = {"posted": posted, "removed": removed}
    protocol.appeal_until = anslag.appeal_until(posted)


def _italic_presenter(raw_lines: list[str]) -> list[str]:
    """Read an italic presenter line right under a heading: "*Anna Berg, ekonom*"."""
    for line in raw_lines[:3]:
        s = line.strip()
        if s:
            m = re.fullmatch(r"(?:\*|_|<i>|<em>)([^*_<>]{3,120})(?:\*|_|</i>|</em>)", s)
            return names.split_names(m.group(1).split(",")[0])[:3] if m else []
    return []


def _dnr_line(line: str, labelled_first: bool = False) -> str | None:
    """Return the dnr of a short line under a heading that holds one: "Dnr KS 2024/311", or the bare "KS 2024/311"."""
    s = line.strip("*_ \t")
    if len(s) >= MAX_DNR_LINE:
        return None
    m = DNR_RE.match(s) if labelled_first else DNR_RE.search(s)
    if m:
        return m.group("dnr")
    return s if BARE_DNR_RE.fullmatch(s) and not DATE_CELL.fullmatch(s) else None


def _margin_dnr(line: str) -> tuple[str, str] | None:
    """Return (dnr, section label) of a line that starts with a dnr and goes on with a section's label: the dnr
    in a template's left margin beside the paragraph's first label ("Dnr KS 2024/311   Beslut")."""
    m = DNR_RE.match(line) or BARE_DNR_RE.match(line)
    if not m or not (rest := line[m.end():].strip()) or not sections.section_label(rest):
        return None
    return (m.group("dnr") if m.re is DNR_RE else m.group(0)), rest


def _first_words(line: str, n: int = 10) -> str:
    words = line.split()
    return " ".join(words[:n]) + (" …" if len(words) > n else "")


def _title_and_dnr(rest: str) -> tuple[str, str | None]:
    rest = re.sub(r"^[|:;.'\"\s]+", "", rest)  # a scan's specks and table rules before the title
    m = DNR_RE.search(rest) or TRAILING_DNR.search(rest)
    if not m and (lead := LEADING_DNR.match(rest)) and not DATE_CELL.fullmatch(lead.group("dnr")):
        return rest[lead.end() :].strip(" \t"), lead.group("dnr")
    if not m:
        return rest.strip(), None
    title = re.sub(r"\s*\(\s*\)", "", rest[: m.start()] + rest[m.end() :]).strip(" ,;:-–\t")  # "(Dnr …)" leaves "()"
    return title, m.group("dnr")


def clean_cell(cell: str) -> str:
    """Strip markup, leader dots and underscores from a table cell."""
    cell = re.sub(r"[*_]{2,}|^[*_]|[*_]$", " ", cell.strip())
    cell = re.sub(r"\.{3,}|…+|_{2,}", " ", cell)
    return re.sub(r"\s+", " ", cell).strip(" ,;:")


def clean_lines(lines: list[str]) -> list[str]:
    """Strip Markdown markup and blank lines, keeping one text line per source paragraph."""
    out = []
    for line in lines:
        s = line.strip()
        if not s:
            continue
        if ("\t" in s or "  " in s) and (margin := _margin_label(s)):  # "Beslut<TAB>Nämnden antar …": two lines
            out.append(margin[0])
            s = margin[1]
        if not _MARKUP_CHARS.isdisjoint(s):  # most lines are plain prose: no markup to strip
            if _RULE.fullmatch(s):
                continue
        if not _EMPHASIS_CHARS.isdisjoint(s):  # a dash or a date's hyphen alone is not markup
            s = _HEADING_MARK.sub("", s)
            s = _BOLD.sub(r"\2", s)
            s = _ITALIC.sub(r"\1", s)
            s = s.replace("**", " ").replace("\t", " ")
            s = _INNER_STAR.sub(" ", s)
            s = _EDGE_STAR.sub("", s).strip()
        if "  " in s:
            s = _SPACES.sub(" ", s)
        if s:
            out.append(s)
    # "- att …": a Markdown bullet, dropped after reflow so that each item keeps its line.
    return [s[2:].lstrip() if s[:2] in _LIST_MARKS else s for s in reflow(out)]


def _margin_label(line: str) -> tuple[str, str] | None:
    """Split a section label, or a list of speakers' heading, in the left margin from the text beside it
    ("Beslut      Nämnden antar …")."""
    parts = sections.MARGIN_GAP.split(line, 1)
    if len(parts) != 2 or not parts[1].strip():
        return None
    head, rest = parts
    if "\t" in rest and all(len(c.split()) <= 2 for c in rest.split("\t")):
        return None  # "Beslut<TAB>Datum<TAB>Delegat": a table's header row, not a label beside its text
    if ((found := sections.section_label(head)) and not found[2]) or speakers.LIST_HEAD.match(head):  # "Yttranden   Bo Al (M)"
        return head.strip(), rest.strip()
    return None


# Section labels that are also common § titles ("§ 5" / "Information", "Svar", "Bakgrund"): a title all the same.
TITLE_LIKE_SECTIONS = {"description", "text"}
# The line that completes a wrapped title: short, or up to a title's length when the title was cut mid-phrase.
MAX_SHORT_TAIL, MAX_TITLE_TAIL = 40, 80
# A title cut after a preposition, conjunction or article goes on on the next line ("… förskola i" / "Norrby").
OPEN_END = re.compile(r"\s(?:i|vid|för|om|och|av|på|till|med|från|mot|samt|inom|över|under|efter|mellan|hos|genom"
                      r"|enligt|inför|kring|eller)$", re.I)  # not "en"/"ett": a title may end on a numeral ("Etapp ett")
# Markdown (and tabs) that clean_lines removes: a line without these characters passes as it is.
_MARKUP_CHARS = frozenset("#*_=-\t")
_LIST_MARKS = {"- ", "+ ", "• ", "– ", "▪ ", "· ", "◦ ", "► ", "o "}  # unordered list items ("* " is stripped as emphasis;
                                                                 # "o " is Word's second-level bullet)
_EMPHASIS_CHARS = frozenset("#*_\t")                          # what the substitutions below can change
_RULE = re.compile(r"[-*_=]{3,}")                             # a horizontal rule: --- *** ___ ===
_HEADING_MARK = re.compile(r"^#{1,6}\s*")                     # "## " before a heading
_BOLD = re.compile(r"(\*\*|__)(.+?)\1")                         # **bold**, __bold__
_ITALIC = re.compile(r"(?<![\w*])\*(?!\s)([^*\n]+?)\*(?![\w*])")  # *italic*
_INNER_STAR = re.compile(r"(?<=\S)\*(?=\S)")                     # a stray star inside a word
_EDGE_STAR = re.compile(r"^\*|\*$")                             # a star left at either end
_SPACES = re.compile(r" {2,}")


def _make_paragraph(h: Heading, title: str, dnr: str | None, content: list[str], protocol: Protocol) -> Paragraph:
    """Build a Paragraph from its heading and clean lines: sections, decision, positions, speakers."""
    para = Paragraph(number=h.number, title=title.strip(), text="\n".join(content), kind=h.kind)
    parts = sections.split_sections(content)
    para.decision, para.proposal = sections.decision_and_proposal(parts, protocol.body)
    para.recipients = sections.recipients(parts)
    para.notes = sections.notes(parts)
    para.attachments = sections.attachments(content)
    para.motions = votes.motions(parts)
    para.votes = votes.votes(parts)
    para.reservations = votes.reservations(parts)
    para.jav = votes.jav(parts)
    people: list[Participant] = protocol.participants
    spoken = [ln for s in parts if s.kind not in ("motions", "order", "vote", "reservation", "jav", "basis", "recipients", "note")
              for ln in s.lines]
    para.speakers = speakers.find_speakers(spoken, people)
    para.jav = [names.resolve(n, people) for n in para.jav]
    for position in (*para.motions, *para.reservations):
        position.by = names.resolve(position.by, people) if position.by else position.by
    m = DNR_RE.search("\n".join(content[:3])) if dnr is None else None
    para.dnr = dnr or (m.group("dnr") if m and len(m.string.split("\n")[0]) < 200 else None)
    return para
