"""(h17) Omsorgsnämnden, Grönby kommun — DOCX from a small municipality's template: a label table on the front page
(dates in words: 'onsdagen den 24 september 2025'), the attendance as a table 'Namn | Parti | Roll | Närvarande'
where a substitute's row says 'X, tjänstgör för …' and an absent member's row is unmarked, 'Övriga närvarande' as
one line of officials with their titles first ('omsorgschef Åsa Lund'), § heads 'ON § 61<TAB>Dnr ON 2025/88' with
the title on the next line, decisions under 'Beslut' with en-dash list marks, 'Förslag till kommunfullmäktige' as
the nämnd's decision, a yrkande in the passive ('Avslag yrkas av …'), a vote 'Med sju röster mot två', a debate's
speakers one per line under 'I överläggningen deltar:', signatures 'Ordförande ____' after the last §, and the
anslag as 'Anslag på kommunens anslagstavla: 30 september–22 oktober 2025'."""
import datetime

from docx import Document

import common_path  # noqa: F401
from common import Item, Protocol, Member, H, P, DEC, VOTE, split_members, long_date, T
from docxkit import fix_zip_dates

FILE = "h17_gronby_on.docx"
ORG = "Grönby kommun"
BODY = "Omsorgsnämnden"
DATE = "2025-09-24"

MEMBERS = [Member("Kia Holm", "S", "ordförande"), Member("Olle Sand", "M", "vice ordförande"),
           Member("Pia Berg", "C", absent=True, replaced_by=Member("Tor Ås", "C")),
           Member("Rut Ek", "V"), Member("Sam Nyberg", "SD"), Member("Ebba Lindgren", "S"),
           Member("Jonas Wik", "KD"), Member("Moa Sundin", "S"), Member("Gustav Rehn", "M")]
NOT_SERVING = [Member("Ulla Vik", "S")]
OFFICIALS = [("omsorgschef", "Åsa Lund"), ("nämndsekreterare", "Berit Ohlsson"), ("kvalitetsstrateg", "Nils Fors")]
ROWS = [("Kia Holm", "S", None, "ja"), ("Olle Sand", "M", None, "nej"), ("Pia Berg", "C", "Tor Ås", "ja"),
        ("Rut Ek", "V", None, "ja"), ("Sam Nyberg", "SD", None, "nej"), ("Ebba Lindgren", "S", None, "ja"),
        ("Jonas Wik", "KD", None, "ja"), ("Moa Sundin", "S", None, "ja"), ("Gustav Rehn", "M", None, "ja")]

ITEMS = [
    Item("61", "Budgetuppföljning augusti 2025", "ON 2025/88", [
        DEC("Beslut", P("Omsorgsnämnden godkänner budgetuppföljningen per augusti 2025."),
            P("Förvaltningen får i uppdrag att återkomma med åtgärder i oktober.")),
        H("Ärendebeskrivning"),
        P("Prognosen visar ett underskott på 3,1 miljoner kronor, främst inom hemtjänsten. Omsorgschef {{sp:Åsa Lund}} "
          "redogör för prognosen och för de åtgärder som pågår."),
    ]),
    Item("62", "Avgifter inom hemtjänsten 2026", "ON 2025/91", [
        DEC("Förslag till kommunfullmäktige", P("Kommunfullmäktige antar avgifter inom hemtjänsten 2026 enligt "
                                                "förvaltningens förslag.")),
        H("Ärendebeskrivning"),
        P("Avgifterna har inte räknats upp sedan 2023. Förvaltningen föreslår en höjning med fyra procent."),
        H("Yrkanden"),
        P("{{yr:Kia Holm}} (S) yrkar bifall till förvaltningens förslag."),
        P("Avslag yrkas av {{yr:Olle Sand}} (M) och {{yr:Sam Nyberg}} (SD)."),
        H("Omröstning"),
        P("Med sju röster mot två beslutar nämnden enligt förvaltningens förslag."),
        VOTE(ROWS),
        H("Reservation"),
        P("{{res:M|Olle Sand}} (M) och {{res:SD|Sam Nyberg}} (SD) reserverar sig mot beslutet."),
    ]),
    Item("63", "Kvalitetsberättelse 2024", "ON 2025/40", [
        DEC("Beslut", P("Omsorgsnämnden godkänner kvalitetsberättelsen för 2024.")),
        H("Ärendebeskrivning"),
        P("Kvalitetsstrateg {{sp:Nils Fors}} presenterar kvalitetsberättelsen."),
        P("I överläggningen deltar:"),
        P("{{sp:Rut Ek}} (V)"),
        P("{{sp:Gustav Rehn}} (M)"),
    ]),
    Item("64", "Avtal om korttidsboende", "ON 2025/102", [
        P("{{jav:Jonas Wik}} (KD) avstår från att delta i beslutet på grund av jäv."),
        DEC("Beslut", P("Omsorgsnämnden godkänner avtalet med Grönby Vård AB om tio korttidsplatser.")),
    ]),
]

FURNITURE = ["Grönby kommun – Omsorgsnämnden", "Justerandes signatur"]
PATTERNS = [r"Sida \d+ av \d+"]


def _dnr_head(doc, item):
    p = doc.add_paragraph()
    p.add_run(f"ON § {item.number}\tDnr {item.dnr}").bold = True
    doc.add_paragraph().add_run(item.title).bold = True


def build(out_dir):
    present, absent, not_serving = split_members(MEMBERS, NOT_SERVING)
    proto = Protocol(FILE, ORG, BODY, DATE, ITEMS, chair="Kia Holm", secretary="Berit Ohlsson", justerare=["Olle Sand"],
                     justering_date="2025-09-29", anslag_up="2025-09-30", anslag_down="2025-10-22", present=present,
                     absent=absent, ersattare_not_serving=not_serving, furniture=FURNITURE, furniture_patterns=PATTERNS)
    doc = Document()
    section = doc.sections[0]
    section.header.paragraphs[0].text = "Grönby kommun – Omsorgsnämnden\tSammanträdesprotokoll"
    section.footer.paragraphs[0].text = "Justerandes signatur ____________"
    doc.add_paragraph("Grönby kommun")
    doc.add_paragraph().add_run("Omsorgsnämnden – sammanträdesprotokoll").bold = True
    table = doc.add_table(rows=0, cols=2)
    for label, value in (("Plats och tid", f"Nämndrummet, {long_date(DATE, weekday=True)} kl. 13.00–16.10"),
                         ("Utses att justera", "Olle Sand (M)"),
                         ("Justeringens plats och tid", f"Omsorgskontoret {long_date('2025-09-29')}"),
                         ("Paragrafer", "61–64")):
        cells = table.add_row().cells
        cells[0].text, cells[1].text = label, value
    doc.add_paragraph("Närvaro")
    roll = doc.add_table(rows=1, cols=4)
    for i, head in enumerate(("Namn", "Parti", "Roll", "Närvarande")):
        roll.rows[0].cells[i].text = head
    for m in MEMBERS:
        cells = roll.add_row().cells
        cells[0].text, cells[1].text = m.name, m.party
        cells[2].text = (m.role or "ledamot").capitalize()
        cells[3].text = "" if m.absent else "X"
    for m in MEMBERS:
        if m.replaced_by:
            cells = roll.add_row().cells
            cells[0].text, cells[1].text, cells[2].text = m.replaced_by.name, m.party, "Ersättare"
            cells[3].text = f"X, tjänstgör för {m.name}"
    for s in NOT_SERVING:
        cells = roll.add_row().cells
        cells[0].text, cells[1].text, cells[2].text, cells[3].text = s.name, s.party, "Ersättare", "X"
    cells = roll.add_row().cells
    cells[0].text, cells[1].text, cells[2].text = "Lars Dahl", "V", "Ersättare"  # an absent substitute: unmarked
    doc.add_paragraph("Övriga närvarande: " + ", ".join(f"{t} {n}" for t, n in OFFICIALS[:-1])
                      + f" och {OFFICIALS[-1][0]} {OFFICIALS[-1][1]}")
    doc.add_page_break()
    for it in ITEMS:
        _dnr_head(doc, it)
        for b in it.blocks:
            if b[0] == "dec":
                doc.add_paragraph().add_run(b[1]).bold = True
                for x in b[2]:
                    doc.add_paragraph("– " + T(x[1]))
            elif b[0] == "h":
                doc.add_paragraph().add_run(b[1]).bold = True
            elif b[0] == "p":
                doc.add_paragraph(T(b[1]))
    doc.add_paragraph("")
    for role, name in (("Ordförande", "Kia Holm"), ("Justerare", "Olle Sand"), ("Sekreterare", "Berit Ohlsson")):
        doc.add_paragraph(f"{role} ____________________")
        doc.add_paragraph(name)
    doc.add_paragraph(f"Anslag på kommunens anslagstavla: 30 september–{long_date('2025-10-22')}")
    path = out_dir / FILE
    doc.core_properties.created = datetime.datetime(2025, 9, 29, 10, 0)
    doc.save(path)
    fix_zip_dates(path, (2025, 9, 29, 10, 0, 0))
    return proto
