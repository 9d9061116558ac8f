"""(h22) Socialnämnden, Storåsa kommun — DOCX from a Meetings-style template: the date, time and place as a borderless
label table, the närvarolista as one table with members and substitutes side by side, each with a presence column
('Ledamöter | Parti | Närv | Ersättare | Parti | Närv', 'Tjg' for a substitute who served), 'Övriga närvarande' with a
substitute who only attended, officials with their titles after the name, § heads in Heading 2 ('§ 101 Titel'), the
dnr as 'Ärendenummer: SN 2025/212' under them, 'Socialnämndens beslut', yrkanden with 'tilläggsyrkar' and a member
who 'instämmer' at the sentence's end, a reservation 'SD-gruppen genom X', jäv as 'anses jävig', 'Skickas till'
lists, and the anslag as a table at the end ('Datum för anslags uppsättande' / '… nedtagande')."""
import datetime

from docx import Document

import common_path  # noqa: F401
from common import Item, Protocol, Member, H, P, UL, DEC, split_members, T
from docxkit import fix_zip_dates

FILE = "h22_storasa_sn.docx"
ORG = "Storåsa kommun"
BODY = "Socialnämnden"
DATE = "2025-10-08"

# (member, party, role, present, substitute, substitute's mark: "X" attended, "Tjg" served, "" away)
ROWS = [("Helena Sjöberg", "S", "ordf", True, "Roger Lund", ""), ("Mattias Kron", "M", "1:e v ordf", True, "Ylva Berg", "X"),
        ("Fredrika Nyström", "C", "2:e v ordf", True, "Jan-Erik Öhrn", ""),
        ("Anders Holmgren", "S", None, False, "Britt Sandell", "Tjg"),
        ("Nadia Rahimi", "S", None, True, "", ""), ("Leif Bodin", "SD", None, True, "Patrik Ek", "X"),
        ("Carina Dahl", "V", None, True, "", ""), ("Göran Strand", "KD", None, False, "", ""),
        ("Emma Wikström", "L", None, True, "Stig Rask", "")]
MEMBERS = []
for name, party, role, here, sub, mark in ROWS:
    MEMBERS.append(Member(name, party, {"ordf": "ordförande", "1:e v ordf": "1:e vice ordförande",
                                        "2:e v ordf": "2:e vice ordförande"}.get(role),
                          absent=not here, replaced_by=Member(sub, party) if mark == "Tjg" else None))
NOT_SERVING = [Member(sub, party) for _n, party, _r, _h, sub, mark in ROWS if mark == "X"] + [Member("Maria Lövgren", "S")]

ITEMS = [
    Item("101", "Val av justerare", None, [
        DEC("Socialnämndens beslut", P("Mattias Kron (M) utses att justera protokollet.")),
    ]),
    Item("102", "Ekonomisk månadsrapport september 2025", "SN 2025/212", [
        P("Ekonomichef {{sp:Karl Vesterlund}} redovisar utfallet till och med september. Prognosen för helåret är ett "
          "underskott om 6,2 miljoner kronor, främst inom placeringar av barn och unga."),
        DEC("Socialnämndens beslut", P("Socialnämnden godkänner den ekonomiska månadsrapporten för september 2025.")),
        H("Skickas till"),
        UL("Kommunstyrelsen", "Ekonomiavdelningen"),
    ]),
    Item("103", "Riktlinjer för ekonomiskt bistånd 2026", "SN 2025/187", [
        H("Sammanfattning av ärendet"),
        P("Förvaltningen har reviderat riktlinjerna för ekonomiskt bistånd. Ändringarna gäller främst kraven på "
          "aktivitet för den som får bistånd och handläggningen av ansökningar om tandvård."),
        H("Förvaltningens förslag till beslut"),
        P("Socialnämnden antar riktlinjer för ekonomiskt bistånd 2026."),
        H("Yrkanden"),
        P("{{yr:Helena Sjöberg}} (S) yrkar bifall till förvaltningens förslag och {{yr:Carina Dahl}} (V) instämmer."),
        P("{{yr:Mattias Kron}} (M) tilläggsyrkar att förvaltningen ska följa upp aktivitetskraven efter ett år."),
        H("Beslutsgång"),
        P("Ordföranden ställer proposition på förvaltningens förslag och finner att nämnden bifaller det. Därefter "
          "ställer ordföranden proposition på Mattias Krons tilläggsyrkande och finner att nämnden avslår det."),
        DEC("Socialnämndens beslut", P("Socialnämnden antar riktlinjer för ekonomiskt bistånd 2026.")),
        H("Reservation"),
        P("{{res:M|Moderaterna}} reserverar sig mot beslutet att avslå tilläggsyrkandet. {{res:KD|Kristdemokraterna}} "
          "instämmer i reservationen."),
        H("Skickas till"),
        UL("Individ- och familjeomsorgen"),
    ]),
    Item("104", "Avtal om familjehemsvård med Storåsa Omsorg AB", "SN 2025/199", [
        P("{{jav:Fredrika Nyström}} (C) anses jävig och deltar inte i handläggningen."),
        P("Avdelningschef {{sp:Lina Forsberg}} presenterar avtalet."),
        DEC("Socialnämndens beslut", P("Socialnämnden godkänner avtalet om familjehemsvård med Storåsa Omsorg AB för "
                                       "perioden 2026–2027.")),
        H("Reservation"),
        P("{{res:SD|SD-gruppen}} genom Leif Bodin reserverar sig till förmån för eget yrkande om återremiss."),
    ]),
    Item("105", "Delegationsbeslut", None, [
        P("Förteckning över delegationsbeslut fattade under september 2025 redovisas."),
        DEC("Socialnämndens beslut", P("Redovisningen av delegationsbeslut läggs till handlingarna.")),
    ]),
]

FURNITURE = ["Storåsa kommun | Socialnämnden", "Justerandes sign", "Utdragsbestyrkande"]
PATTERNS = [r"Sammanträdesprotokoll 2025-10-08"]


def build(out_dir):
    present, absent, not_serving = split_members(MEMBERS, NOT_SERVING)
    proto = Protocol(FILE, ORG, BODY, DATE, ITEMS, chair="Helena Sjöberg", secretary="Tove Lindqvist",
                     justerare=["Mattias Kron"], justering_date="2025-10-13", anslag_up="2025-10-14",
                     anslag_down="2025-11-05", present=present, absent=absent, ersattare_not_serving=not_serving,
                     furniture=FURNITURE, furniture_patterns=PATTERNS)
    doc = Document()
    section = doc.sections[0]
    section.header.paragraphs[0].text = "Storåsa kommun | Socialnämnden\tSammanträdesprotokoll 2025-10-08"
    section.footer.paragraphs[0].text = "Justerandes sign\t\tUtdragsbestyrkande"
    doc.add_heading("Socialnämnden", level=1)
    table = doc.add_table(rows=0, cols=2)
    for label, value in (("Datum", "2025-10-08"), ("Tid", "13.00–16.15"), ("Plats", "Kommunhuset, sal Storsjön")):
        cells = table.add_row().cells
        cells[0].text, cells[1].text = label, value
    doc.add_paragraph().add_run("Närvarolista").bold = True
    roll = doc.add_table(rows=1, cols=6)
    roll.style = "Table Grid"
    for i, head in enumerate(("Ledamöter", "Parti", "Närv", "Ersättare", "Parti", "Närv")):
        roll.rows[0].cells[i].text = head
    for name, party, role, here, sub, mark in ROWS:
        cells = roll.add_row().cells
        cells[0].text = name + (f", {role}" if role else "")
        cells[1].text, cells[2].text = party, "X" if here else ""
        cells[3].text, cells[4].text, cells[5].text = sub, party if sub else "", mark
    doc.add_paragraph().add_run("Övriga närvarande").bold = True
    for line in ("Maria Lövgren (S), ersättare", "Karl Vesterlund, ekonomichef", "Lina Forsberg, avdelningschef",
                 "Tove Lindqvist, nämndsekreterare"):
        doc.add_paragraph(line)
    table = doc.add_table(rows=0, cols=2)
    for label, value in (("Justerare", "Mattias Kron (M)"), ("Justeringens plats och tid", "Socialkontoret 2025-10-13"),
                         ("Paragrafer", "§§ 101–105")):
        cells = table.add_row().cells
        cells[0].text, cells[1].text = label, value
    sig = doc.add_table(rows=0, cols=2)
    for role, name in (("Sekreterare", "Tove Lindqvist"), ("Ordförande", "Helena Sjöberg"),
                       ("Justerare", "Mattias Kron")):
        cells = sig.add_row().cells
        cells[0].text = role
        cells[1].text = "...................................."
        cells = sig.add_row().cells
        cells[1].text = name
    doc.add_page_break()
    for it in ITEMS:
        doc.add_heading(f"§ {it.number} {it.title}", level=2)
        if it.dnr:
            doc.add_paragraph(f"Ärendenummer: {it.dnr}")
        for b in it.blocks:
            if b[0] == "dec":
                doc.add_heading(b[1], level=3)
                for x in b[2]:
                    doc.add_paragraph(T(x[1]))
            elif b[0] == "h":
                doc.add_heading(b[1], level=3)
            elif b[0] == "p":
                doc.add_paragraph(T(b[1]))
            elif b[0] == "ul":
                for x in b[1]:
                    doc.add_paragraph(T(x), style="List Bullet")
    doc.add_paragraph("")
    doc.add_heading("Anslag/bevis", level=2)
    doc.add_paragraph("Protokollet är justerat. Justeringen har tillkännagivits genom anslag.")
    table = doc.add_table(rows=0, cols=2)
    for label, value in (("Organ", "Socialnämnden"), ("Sammanträdesdatum", "2025-10-08"),
                         ("Datum för anslags uppsättande", "2025-10-14"),
                         ("Datum för anslags nedtagande", "2025-11-05"),
                         ("Förvaringsplats för protokollet", "Socialkontoret, Storåsa kommunhus")):
        cells = table.add_row().cells
        cells[0].text, cells[1].text = label, value
    path = out_dir / FILE
    doc.core_properties.created = datetime.datetime(2025, 10, 13, 10, 0)
    doc.save(path)
    fix_zip_dates(path, (2025, 10, 13, 10, 0, 0))
    return proto
