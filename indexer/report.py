"""What the reader found in one protocol, as text a person reads (`protokoll parse FILE`).

Input: a parsed `Protocol`. Output: lines of Swedish text: the meeting (date, organisation, body, place),
who took part and in what role, justering, anslag and the appeal window, then each paragraph with its dnr,
speakers, yrkanden, vote, reservations, jäv, decision and recipients. Missing fields are left out, not
printed empty; the JSON shape (`--json`) is the contract, this is for reading.
"""
from __future__ import annotations

import textwrap

from .model import Paragraph, Protocol

GROUP_LABELS = {"beslutande": "Beslutande", "ersättare": "Ersättare (ej tjänstgörande)", "övriga": "Övriga närvarande",
                "frånvarande": "Frånvarande", "närvarande": "Närvarande"}
WIDTH = 100  # wrap long values to a terminal's width
DECISION_CHARS = 300  # a decision is shown up to this length; the JSON output has all of it
LABEL_WIDTH = 14


def _row(label: str, value: str, indent: int = 0) -> list[str]:
    """Return one "Label: value" row, wrapped under the value's column."""
    lead = " " * indent + f"{label + ':':<{LABEL_WIDTH}}"
    hang = " " * (indent + LABEL_WIDTH)
    return textwrap.wrap(value, WIDTH, initial_indent=lead, subsequent_indent=hang, break_on_hyphens=False) or [lead]


def _person(name: str, party: str | None = None, role: str | None = None) -> str:
    extra = ", ".join(x for x in (party, role) if x)
    return f"{name} ({extra})" if extra else name


def votes_text(votes: dict[str, int]) -> str:
    """Write a vote as "16 ja, 13 nej, 2 avstår"."""
    return f"{votes.get('ja', 0)} ja, {votes.get('nej', 0)} nej, {votes.get('avstår', 0)} avstår"


def _paragraph(p: Paragraph) -> list[str]:
    """Return the lines for one paragraph."""
    head = f"{'§' if p.kind == '§' else p.kind.capitalize()} {p.number}  {p.title}"
    lines = [head + (f"  (sida {p.page})" if p.page else "")]
    rows: list[tuple[str, str]] = []
    if p.dnr:
        rows.append(("Dnr", p.dnr))
    if p.speakers:
        rows.append(("Talare", ", ".join(p.speakers)))
    for m in p.motions:
        rows.append(("Yrkande", f"{_person(m.by, m.party)} {m.text}".strip()))
    if p.votes:
        rows.append(("Omröstning", votes_text(p.votes)))
    if p.voting_list:
        for side in ("ja", "nej", "avstår"):
            if names := [_person(v["name"], v["party"]) for v in p.voting_list if v["vote"] == side]:
                rows.append(({"ja": "Röstade ja", "nej": "Röstade nej", "avstår": "Avstod"}[side], ", ".join(names)))
    if p.reservations:
        rows.append(("Reservation", ", ".join(_person(r.by, r.party) if r.by else f"({r.party})" for r in p.reservations)))
    if p.jav:
        rows.append(("Jäv", ", ".join(p.jav)))
    for note in p.notes:
        rows.append(("Anteckning", note))
    if p.decision:
        text = " ".join(p.decision.split())
        rows.append(("Beslut", text if len(text) <= DECISION_CHARS else text[:DECISION_CHARS].rsplit(" ", 1)[0] + " …"))
    elif p.proposal:
        rows.append(("Förslag", " ".join(p.proposal.split())[:DECISION_CHARS]))
    if p.recipients:
        rows.append(("Skickas till", ", ".join(p.recipients)))
    if p.attachments:
        rows.append(("Bilagor", ", ".join(p.attachments)))
    for label, value in rows:
        lines += _row(label, value, indent=4)
    return lines


def protocol_report(d: Protocol) -> list[str]:
    """Return the readable report of a parsed protocol."""
    lines = _row("Källa", d.source + (f" ({d.pages} sidor)" if d.pages else ""))
    lines += _row("Datum", (d.date or "okänt") + (" (året härlett)" if d.date_inferred else ""))
    for label, value in (("Organisation", d.organisation), ("Organ", d.body), ("Plats", d.place),
                         ("Ordförande", d.chair), ("Sekreterare", d.secretary),
                         ("Justerare", ", ".join(d.adjusters)), ("Justerat", d.justering_date)):
        if value:
            lines += _row(label, value)
    posted, removed = (d.anslag or {}).get("posted"), (d.anslag or {}).get("removed")
    if posted or removed:
        lines += _row("Anslag", ", ".join(x for x in (posted and f"uppsatt {posted}", removed and f"nedtas {removed}") if x))
    if d.appeal_until:
        lines += _row("Överklagande", f"till och med {d.appeal_until} (laglighetsprövning, 13 kap. 5 § kommunallagen)")
    elif d.date:
        lines += _row("Överklagande", "okänt (inget anslagsdatum i protokollet)")
    groups: dict[str, list[str]] = {}
    for p in d.participants:
        groups.setdefault(p.group, []).append(_person(p.name, p.party, p.role if p.group != "beslutande" or p.role else None))
    for group, names in groups.items():
        lines.append(f"{GROUP_LABELS.get(group, group)} ({len(names)}):")
        lines += textwrap.wrap("; ".join(names), WIDTH, initial_indent=" " * LABEL_WIDTH,
                               subsequent_indent=" " * LABEL_WIDTH, break_on_hyphens=False)
    lines.append("")
    lines.append(f"{len(d.paragraphs)} paragrafer:")
    for para in d.paragraphs:
        lines += ["  " + ln for ln in _paragraph(para)]
    return lines
