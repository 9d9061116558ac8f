"""The anatomy of one paragraph: its sections, and what each holds.

Input: a paragraph's clean lines and the protocol's body. Output: the sections in order
(`Section(kind, label, lines)`), the decision (from a decision section only: "Beslut", "Kommunfullmäktiges
beslut", "Beslut:", or the body's own "förslag till" a higher body; the last one wins), the proposal
("Förslag till beslut", "Arbetsutskottets förslag"), the recipients ("Beslutet skickas till", "Expedieras")
and the attachments mentioned. A list of documents ("Beslutsunderlag") is never the decision.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .labels import JUNK

SECTION_LABELS: list[tuple[str, str]] = [
    ("recipients", r"beslutet\s+(?:ska\s+)?skickas\s+till|beslut(?:et)?\s+expedieras\s+till|expedieras(?:\s+till)?"
                   r"|skickas\s+till|sändlista|protokollsutdrag\s+(?:till|skickas\s+till)|för\s+kännedom\s+till"),
    ("basis", r"beslutsunderlag|underlag(?:\s+för\s+beslut)?|handlingar(?:\s+i\s+ärendet)?|handling"),
    ("order", r"propositionsordning|beslutsgång|proposition(?:er)?"),
    ("vote", r"omröstning(?:sresultat|sordning|slista)?|votering(?:sresultat|sordning|slista)?"),
    ("motions", r"yrkanden?|förslag\s+och\s+yrkanden|yrkanden?\s+(?:på|under|vid)\s+sammanträdet|förslag\s+under\s+sammanträdet"
                r"|förslag\s+(?:till\s+beslut\s+)?på\s+sammanträdet"),  # Stockholm: "Förslag till beslut på sammanträdet"
    ("reservation", r"reservation(?:er)?|reservationer\s+och\s+särskilda\s+yttranden"),
    ("note", r"protokollsanteckning(?:ar)?|särskilt\s+yttrande|särskilda\s+yttranden"),
    ("jav", r"jäv|anmälan\s+om\s+jäv|anmäld(?:a)?\s+jäv|jävsanmälan|jäv\s+anmäl(?:s|des|t)"),
    ("proposal", r"förslag\s+till\s+beslut|förslag\s+till\s+(?:kommun|region)?(?:fullmäktige|styrelsen)|[\wåäö-]+s\s+förslag\s+till\s+beslut|beslutsförslag"
                 r"|[\wåäö-]+(?:s|ens|ets|ns)\s+förslag(?:\s+till\s+[\wåäö-]+)?|förvaltningens\s+förslag"),
    ("decision", r"ställningstagande\s[^:\n]{1,80}:|beslut|beslutet|beslutade|beslutades|mötet\s+beslutar|ställningstagande|beslutsformulering"
                 r"|(?:[\wåäö-]+\s+){0,2}[\wåäö-]+(?:s|ens|ets|ns)\s+beslut"
                 r"|nätverkets\s+beslut|(?:gruppen|mötet|nätverket)\s+beslutade"),
    ("description", r"ärendebeskrivning|sammanfattning(?:\s+av\s+ärendet)?|bakgrund|ärendet|beskrivning(?:\s+av\s+ärendet)?"
                    r"|information|svar|upplysningar|bedömning|förvaltningens\s+bedömning|diskussion|överläggning"
                    r"|motivering|skäl\s+för\s+beslutet|yttrande|beredning|synpunkter|konsekvenser|ekonomiska\s+konsekvenser"
                    r"|barnkonsekvensanalys|uppföljning|inledning"),
]
_ALT = "|".join(f"(?P<s{i}>{p})" for i, (_, p) in enumerate(SECTION_LABELS))
SECTION_RE = re.compile(
    r"""^[\s#*_>]*(?:""" + _ALT + r""")                 # the section's label, whole
        (?![\wåäö])[*_]*\s*(?P<colon>:)?[*_]*\s*        # an optional colon, Markdown emphasis
        (?P<inline>.*)$                                 # text on the same line (only after a colon)
    """,
    re.I | re.X,
)
LEADING_MARK = re.compile(r"^\s*[-–|.:'\"]+\s+(.+)$")
# A section label is a short line; a label-like word opening a long sentence is text.
MAX_LABEL_LINE = 60
ATTACH_RE = re.compile(r"\b[Bb]ilag(?:a|orna)\s+(\d{1,3}[a-z]?|[A-Z])\b")
# The meeting's own decision in running text, where a paragraph has no decision section.
DECISION_LINE = re.compile(
    r"""^[\s*_]*(?:[A-ZÅÄÖ][\wåäö:-]*,?\s+(?:och\s+[\wåäö-]+\s+)?){1,4}   # "Kommunstyrelsen", "Bygg- och miljönämnden"
        (?:[\wåäö:-]+,\s+)?                                            # "Styrelsen för X AB,"
        (?:beslutar\b                                                   # "… beslutar att …" (present: this meeting)
         |(?:beslutade|beslöt)(?:\s+(?:enhälligt|därmed|således))?\s*(?:att\b|:|$))  # board minutes' past tense,
    """,                                                                 # but not "beslutade 2019-06-17 att" (history)
    re.X,
)
# A decision sentence inside a line: the body, then its verb ("… . Styrelsen beslutade att"), or an adverbial, the verb,
# then the body ("Efter diskussion beslutade styrelsen att"). Read only for the protocol's own body.
SENTENCE_DECISION = re.compile(
    r"""(?<=[.!?]\s)(?P<who>[A-ZÅÄÖ][\wåäö-]+)\s+(?:beslutar|beslutade|beslöt)\s+(?:enhälligt\s+)?att\b   # after a sentence
      | (?:^|(?<=[.!?]\s))[A-ZÅÄÖ][^.\n]{0,60}?\s(?:beslutar|beslutade|beslöt)\s+(?P<who2>[a-zåäö][\wåäö-]+)
        \s+(?:enhälligt\s+)?att\b                                                   # "Efter diskussion beslutade styrelsen att"
    """,
    re.X,
)
# The sections that may hold the meeting's decision sentence when no decision section names it. Not the
# proposal, the basis, the recipients or a protokollsanteckning: their "beslutar" is somebody else's.
DECISION_HOSTS = ("text", "description", "order", "vote", "jav", "motions", "reservation")
SENTENCE_END = re.compile(r"[.!?)]\s*$")
# Under the proposal's heading, a later line where the meeting adopts it: "Socialnämnden beslutar i enlighet med
# förvaltningens förslag." (the proposal's own "Nämnden beslutar att …" opens the section).
ADOPTS_PROPOSAL = re.compile(r"\bbeslutar\s+(?:i\s+enlighet\s+med|enligt|att\s+bifalla)\s+[^.\n]{0,60}?förslag", re.I)
# A line that says the meeting decided as proposed, without naming itself: "Beslut enligt förslag.", "Beslutades i
# enlighet med förvaltningens förslag."
AS_PROPOSED = re.compile(r"^[\s*_]*(?:beslut|beslutades|beslöts)\s+(?:i\s+enlighet\s+med|enligt)\s+(?:[\wåäö-]+\s+){0,3}?"
                         r"förslag(?:et)?\b", re.I)
# The decision after the vote, the verb before the body: "Med 9 ja-röster mot 2 nej-röster beslutar
# kommunstyrelsen att …" ("Därmed beslutar nämnden …" is a DECISION_LINE).
VOTED_DECISION = re.compile(
    r"""(?:^[\s*_]*|(?<=[.!?]\s))Med\s+\d{1,3}\b[^.\n]{0,80}?\s+beslutar\s+       # the line's or a sentence's start
        [a-zåäö][\wåäö-]*(?:\s+och\s+[\wåäö-]+)?\s+(?:att|enligt)\b""",
    re.X,
)
# A body's act in the present tense, where no "beslutar" says it: the body first, then what it does.
OWN_ACT = re.compile(
    r"""^[\s*_]*(?P<who>[A-ZÅÄÖ][\wåäö-]+)\s+
        (?:godkänner|antar|noterar|fastställer|beviljar|avslår|bifaller|tillstyrker|avstyrker|återremitterar
         |överlämnar|utser|väljer|uppdrar\s+åt|tackar\s+för|lägger\s+[^.\n]{0,40}?till\s+handlingarna
         |ger\s+[^.\n]{0,40}?i\s+uppdrag|föreslår\s+(?:kommun|region)fullmäktige)\b""",
    re.X,
)
# The meeting's act in the passive ("Dagordningen godkändes.", "Informationen noteras."), where no "beslutar"
# says it. Not with an agent ("antogs av fullmäktige") or a year after the verb ("antogs 2019"): that is history.
PASSIVE_ACT = re.compile(
    r"""^[\s*_]*(?:
          (?:Till\s+[^.\n]{0,60}?\s+)?(?:utsågs|valdes)\s+(?=[A-ZÅÄÖ])       # "Till att justera … utsågs Roger Fält"
        | [A-ZÅÄÖ][\wåäö-]+\s+(?:godkändes|antogs|fastställdes|beviljades|bifölls|avslogs|noterades
                                |återremitterades|lades\s+[^.\n]{0,30}?till\s+handlingarna)\b  # "Dagordningen godkändes"
        | (?:Till\s+[^.\n]{0,60}?\s+)?(?:utses|väljs)\s+(?=[A-ZÅÄÖ])         # "Till justerare utses Peter Dahl"
        | [A-ZÅÄÖ][\wåäö-]+(?:\s+(?:af|von|van|de|da|del|der))?(?:\s+[A-ZÅÄÖ][\wåäö'-]+){1,3}(?:\s*\([^()\n]{1,12}\))?
                                                                            # "Bo Al (M) väljs att justera", "Lars de Geer …",
          \s+(?:utses|väljs|utsågs|valdes)\s+(?:att|till)\s                # the person first
        | [A-ZÅÄÖ][\wåäö-]+(?:\s+[\wåäö-]+){0,3}?\s+                          # "Dagordningen godkänns.", and in a
          (?:godkänns|fastställs|beviljas|bifalls|avslås|noteras|antecknas      # short sentence only: the present
           |återremitteras|läggs\s+till\s+handlingarna)(?=[^.\n]{0,60}\.?\s*$) # is also the report's tense
        | [A-ZÅÄÖ][\wåäö-]+\s+antas(?=\s*(?:\.|$|enligt\b|i\s+enlighet\b))   # "Budgeten antas." (not "antas bli")
        | (?:Beslutades|Beslutade|Beslöts)\s+att\s                            # minutes' "Beslutades att anta …"
        )
        (?![^.\n]*?\bav\s+[a-zåäö]*(?:fullmäktige|styrelsen|nämnden|[A-ZÅÄÖ]))  # "… antogs av kommunfullmäktige"
        (?!\s+(?:år\s+|den\s+|i\s+)?(?:19|20)\d\d)                               # "… antogs 2019"
    """,
    re.X,
)
# The names a body goes by in its own minutes besides its full name.
GENERIC_BODY = {"nämnden", "styrelsen", "utskottet", "fullmäktige", "direktionen", "beredningen", "gruppen", "mötet",
                "nätverket", "rådet", "förbundsstyrelsen", "presidiet"}
_BULLET = re.compile(r"^\s*(?:[-•·*–▪◦]|\d+[.)])\s*")


# A cell's end: a tab, or the gap of a text export's margin column (a label in the left margin ends there).
MARGIN_GAP = re.compile(r"\t+|[^\S\t]{2,}")


@dataclass
class Section:
    kind: str
    label: str
    lines: list[str] = field(default_factory=list)


def section_label(line: str) -> tuple[str, str, str] | None:
    """Return (kind, label, inline text) when a line opens a section, else None."""
    if ":" not in line and len(line.strip()) > MAX_LABEL_LINE:  # a long line without a colon is text (see below)
        return None
    m = SECTION_RE.match(line)
    if not m and (bare := LEADING_MARK.match(line)):  # "- Beslut", "| Beslut": a scan's speck before the label
        m = SECTION_RE.match(bare.group(1))
        if m and m.group("inline").strip():
            return None
    if not m:
        return None
    inline = m.group("inline").strip().strip("*_ ").strip()
    if JUNK.match(inline):  # "Beslut oe": OCR residue of a dotted leader, not text
        inline = ""
    if inline and not m.group("colon"):
        return None
    if len(line.strip()) > MAX_LABEL_LINE and not inline:
        return None
    kind = next(SECTION_LABELS[i][0] for i in range(len(SECTION_LABELS)) if m.group(f"s{i}") is not None)
    label = next(m.group(f"s{i}") for i in range(len(SECTION_LABELS)) if m.group(f"s{i}") is not None)
    return kind, label, inline


def split_sections(lines: list[str]) -> list[Section]:
    """Split a paragraph's lines into sections; text before the first label is the "text" section."""
    sections = [Section("text", "")]
    for line in lines:
        found = section_label(line)
        if found:
            kind, label, inline = found
            sections.append(Section(kind, label))
            if inline:
                sections[-1].lines.append(inline)
        elif _after_decision(sections[-1]) and (kind := _unlabelled_section(line)):
            sections.append(Section(kind, "", [line]))  # "Reservation anförs av …" after the decision: not its text
        else:
            sections[-1].lines.append(line)
    return sections


# A reservation in the passive, the reservers after it: "Reservation anförs av A", "Reservationer anmäls av A och B".
RESERVATION_BY = (r"reservation(?:er)?\s+(?:anmäls|anmäldes|lämnas|lämnades|inlämnas|lämnas\s+in|anförs|anfördes|avges|avgavs)"
                  r"\s+av")
# Lines that open a section without a label, after the decision's own lines (Stockholm writes the reservation,
# the vote and jäv as sentences under "Beslut"): what they say is no part of the decision.
UNLABELLED_SECTIONS = [
    ("reservation", re.compile(r"^\s*(?:" + RESERVATION_BY + r"|mot\s+beslutet\s+reserverar|[^.]{3,120}?\sreserverar\s+sig\b)", re.I)),
    ("note", re.compile(r"^\s*(?:särskil(?:t|da)\s+(?:uttalande|yttrande)n?|protokollsanteckning|ersättaryttrande)\b"
                        r"|^[^.]{3,120}?\s(?:lämnar|lämnade|gör|gjorde|avger)\s+(?:ett\s+|en\s+)?(?:särskilt\s+(?:uttalande|yttrande)"
                        r"|protokollsanteckning)", re.I)),
    ("jav", re.compile(r"^[^.]{3,120}?\s(?:anmäler|anmälde|deklarerar)\s+(?:sig\s+)?jäv\b", re.I)),
    # a member's yrkande, the party before the verb: "Anna Ek (S) och Cia Ny (V) yrkar bifall."
    ("motions", re.compile(r"^\s*[A-ZÅÄÖ][^.]{2,120}?\)\s+(?:yrkar|yrkade)\b")),
    ("vote", re.compile(r"^\s*(?:votering|omröstning)\s+(?:begärs|begärdes|verkställs|verkställdes|genomförs|genomfördes)\b", re.I)),
    # The account of the matter after a decision written first: who presents it, what the matter is.
    ("description", re.compile(r"^\s*(?:[^.]{3,80}?\s(?:föredrar|föredrog|redogör|redogjorde|presenterar|presenterade)\s"
                               r"|ärendet\s+(?:gäller|avser|har\s+beretts|har\s+initierats|har\s+väckts)\b"
                               r"|bakgrunden\s+(?:är|till)\b)", re.I)),
]


def _after_decision(section: Section) -> bool:
    """Tell whether a section is a decision with its text, or one that an unlabelled line opened after it."""
    return (section.kind == "decision" and bool(section.lines)) or (not section.label and section.kind != "text")


def _unlabelled_section(line: str) -> str | None:
    """Return the kind of section a line opens without a label, or None."""
    return next((kind for kind, regex in UNLABELLED_SECTIONS if regex.match(line)), None)


def _own(label: str, body: str | None) -> bool:
    """Tell whether "Kommunstyrelsens förslag till …" is the protocol's own body speaking."""
    if not body:
        return False
    author = label.split()[0].lower()
    words = body.lower().split()
    # The body's head noun: "Kommunstyrelsens arbetsutskott" speaks as "Arbetsutskottets".
    own = words[-1] if len(words) > 1 and words[0].endswith("s") else words[0]
    return author in (own + "s", own + "ns", own + "ens", own + "ets", own) or author.rstrip("s") == own.rstrip("s")


def _to_higher(label: str, body: str | None) -> bool:
    """Tell whether an unsigned "Förslag till kommunfullmäktige" goes from this body to a higher one (so it is what
    this meeting decided): to fullmäktige from any other body, to the styrelse from its utskott."""
    if not body or not label.lower().startswith("förslag"):
        return False
    to, own = label.lower(), body.lower()
    return ("fullmäktige" in to and "fullmäktige" not in own) or ("styrelsen" in to and "utskott" in own)


def decision_and_proposal(sections: list[Section], body: str | None) -> tuple[str | None, str | None]:
    """Return (decision, proposal) text from the sections."""
    decision = proposal = None
    for s in sections:
        text = "\n".join(s.lines).strip() or None
        if s.kind == "decision" and text:
            decision = text
        elif s.kind == "proposal" and text:
            if re.search(r"förslag\s+till\s+(?!beslut)", s.label, re.I) and (_own(s.label, body) or _to_higher(s.label, body)):
                decision = decision or text  # the body's own proposal to a higher body is what this meeting adopted
            proposal = proposal or text
    if decision is None:
        # No decision section: the meeting's "X beslutar att …" in the running text, or closing the
        # Propositionsordning, Omröstning, Jäv or Yrkanden section it follows from.
        for s in sections:
            if s.kind in DECISION_HOSTS or s.kind == "proposal":
                for i, line in enumerate(s.lines):
                    if (proposed := AS_PROPOSED.match(line)) and (i or s.kind != "proposal"):
                        decision = "\n".join([line[proposed.start():].lstrip(" *_")] + s.lines[i + 1 :])
                        continue
                    if s.kind == "proposal" and not (i and ADOPTS_PROPOSAL.search(line)):
                        continue
                    m = DECISION_LINE.match(line) or VOTED_DECISION.search(line)
                    if not m or (s.kind != "text" and "beslutar" not in m.group(0)):  # elsewhere past tense is history
                        continue
                    if s.kind not in ("text", "description") and i and not SENTENCE_END.search(s.lines[i - 1]):
                        continue  # "Per Ek (M) yrkar att" / "Regionstyrelsen beslutar …": a yrkande's wording
                    decision = "\n".join([line[m.start():].lstrip(" *_")] + s.lines[i + 1 :])
    if decision is None:
        # Still none: the body itself doing something in the running text ("Socialnämnden godkänner taxan.").
        for s in sections:
            for i, line in enumerate(s.lines if s.kind == "text" else ()):
                m = OWN_ACT.match(line)
                if m and (m.group("who").lower() in GENERIC_BODY or _own(m.group("who"), body)):
                    decision = "\n".join(s.lines[i:])
    if decision is None:
        # The meeting's own body deciding inside a line, after another sentence or an adverbial: "VD redogjorde
        # för bokslutet. Styrelsen beslutade att …", "Efter diskussion beslutade styrelsen att …".
        decision = next(("\n".join([line[m.start():]] + s.lines[i + 1 :]) for s in sections if s.kind in ("text", "description")
                         for i, line in enumerate(s.lines) for m in SENTENCE_DECISION.finditer(line)
                         if (who := m.group("who") or m.group("who2")).lower() in GENERIC_BODY or _own(who, body)), None)
    if decision is None:
        # Board minutes' passive: "Dagordningen godkändes.", "Till justerare utsågs Bo Al."
        decision = next(("\n".join(s.lines[i:]) for s in sections if s.kind == "text"
                         for i, line in enumerate(s.lines) if PASSIVE_ACT.match(line)), None)
    return decision, proposal


def recipients(sections: list[Section]) -> list[str]:
    """Return the recipients listed under "Beslutet skickas till"/"Expedieras"."""
    out: list[str] = []
    for s in sections:
        if s.kind == "recipients":
            for line in s.lines:
                item = _BULLET.sub("", line).strip(" .;")
                if item and item not in out:
                    out.append(item)
    return out


def notes(sections: list[Section]) -> list[str]:
    """Return the protokollsanteckningar and särskilda yttranden, one text per section."""
    return [text for s in sections if s.kind == "note" and (text := " ".join(" ".join(s.lines).split()))]


def attachments(lines: list[str]) -> list[str]:
    """List the attachments mentioned ("Bilaga 3"), in order of first mention."""
    seen: list[str] = []
    text = "\n".join(lines)
    for m in ATTACH_RE.finditer(text) if "ilag" in text else ():
        label = f"Bilaga {m.group(1)}"
        if label not in seen:
            seen.append(label)
    return seen
