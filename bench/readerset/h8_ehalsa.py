"""(h8) Samverkansgruppen för e-hälsa, Region Sydvik — DOCX minnesanteckningar: a Title 'Minnesanteckningar –
<group>', a label table without borders (Datum in words, Tid, Plats, Ordförande, Antecknare), 'Närvarande' and
'Anmält förhinder' as bulleted lists of 'Name, organisation (roll)', items as Heading 2 '4. Title' (the number
typed, not Word numbering), 'Beslut:' as a bold run opening the decision's paragraph, 'Åtgärd:' lines, speakers
who 'redogjorde för' and 'presenterade', 'Nästa möte' with a date that is no justering, and no justering or
anslag at all."""
import datetime

from docx import Document
from docx.shared import Cm

import common_path  # noqa: F401
from common import Item, Protocol, Member, P, UL, DEC, T
from docxkit import cell_text, no_borders, fix_zip_dates

FILE = "h8_sydvik_ehalsa.docx"
ORG = "Region Sydvik"
BODY = "Samverkansgruppen för e-hälsa"
DATE = "2025-05-07"

MEMBERS = [Member("Camilla Berg", None, "ordförande", org="Region Sydvik"),
           Member("Eva Ring", None, None, org="Tallbo kommun"),
           Member("Anders Holm", None, None, org="Kustvik kommun"),
           Member("Jonas Åberg", None, "projektledare", org="Region Sydvik"),
           Member("Leila Karimi", None, None, org="Ödeby kommun"),
           Member("Pär Sjögren", None, None, org="Brunnsby kommun", absent=True),
           Member("Maria Falk", None, None, org="Sydviks kommunförbund", absent=True),
           Member("Jakob Lund", None, "sekreterare", org="Region Sydvik")]

ITEMS = [
    Item("1", "Mötets öppnande", None, [
        P("Ordföranden Camilla Berg hälsade alla välkomna och öppnade mötet."),
    ]),
    Item("2", "Godkännande av dagordningen", None, [
        DEC("Beslut:", P("Dagordningen godkändes med tillägg av en övrig fråga om e-tjänstekort.")),
    ]),
    Item("3", "Föregående minnesanteckningar", None, [
        DEC("Beslut:", P("Minnesanteckningarna från mötet den 12 mars 2025 godkändes och lades till handlingarna.")),
    ]),
    Item("4", "Lägesrapport digitala vårdmöten", None, [
        P("{{sp:Jonas Åberg}} redogjorde för läget i projektet. Sedan januari har 2 140 digitala vårdmöten hållits "
          "inom hemsjukvården, och tre av fem kommuner använder nu samma bokningsstöd."),
        UL("Ödeby kommun ansluter i september.",
           "Utbildningen för sjuksköterskor i kommunerna är genomförd.",
           "Support under kvällstid är fortfarande en öppen fråga."),
        P("Gruppen diskuterade hur supporten kan delas mellan regionen och kommunerna."),
        P("Åtgärd: Jonas Åberg tar fram ett förslag till supportavtal till nästa möte."),
    ]),
    Item("5", "Gemensam upphandling av trygghetslarm", None, [
        P("{{sp:Eva Ring}}, Tallbo kommun, presenterade underlaget till en gemensam upphandling av digitala "
          "trygghetslarm. Nuvarande avtal löper ut i mars 2026 för fyra av kommunerna."),
        P("{{sp:Leila Karimi}} framförde att Ödeby kommun behöver ett beslut i socialnämnden innan kommunen kan "
          "delta."),
        DEC("Beslut:", P("Samverkansgruppen rekommenderar kommunerna att delta i den gemensamma upphandlingen av "
                         "trygghetslarm.")),
        P("Åtgärd: Eva Ring skickar underlaget till kommunerna senast den 30 maj 2025."),
    ]),
    Item("6", "Övriga frågor", None, [
        P("{{sp:Anders Holm}} tog upp frågan om e-tjänstekort för vikarier under sommaren. Regionen undersöker om "
          "korten kan beställas med kortare leveranstid."),
    ]),
    Item("7", "Nästa möte", None, [
        P("Nästa möte hålls den 11 juni 2025 kl. 13.00–15.00 via Teams."),
    ]),
]

FURNITURE = ["Region Sydvik\tMinnesanteckningar", "Sida 1 av"]
PATTERNS = [r"Sida \d+ av \d+"]


def _label(m):
    return f"{m.name}, {m.org}" + (f" ({m.role})" if m.role else "")


def _blocks(doc, blocks):
    for b in blocks:
        if b[0] == "p":
            doc.add_paragraph(T(b[1]))
        elif b[0] == "ul":
            for x in b[1]:
                doc.add_paragraph(T(x), style="List Bullet")
        elif b[0] == "dec":
            p = doc.add_paragraph()
            p.add_run(T(b[1]) + " ").bold = True
            p.add_run(T(b[2][0][1]))
            _blocks(doc, b[2][1:])
        else:
            raise ValueError(b[0])


def build(out_dir):
    present = [m.name for m in MEMBERS if not m.absent]
    absent = [m.name for m in MEMBERS if m.absent]
    proto = Protocol(FILE, ORG, BODY, DATE, ITEMS, chair="Camilla Berg", secretary="Jakob Lund",
                     present=present, absent=absent, furniture=FURNITURE, furniture_patterns=PATTERNS)
    doc = Document()
    cp = doc.core_properties
    cp.created = cp.modified = datetime.datetime(2025, 5, 9, 9, 0)
    cp.author = "Jakob Lund"
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.header.paragraphs[0].text = "Region Sydvik\tMinnesanteckningar"
    doc.add_paragraph(f"Minnesanteckningar – {BODY}", style="Title")
    t = doc.add_table(rows=0, cols=2)
    no_borders(t)
    for label, value in (("Datum", "onsdagen den 7 maj 2025"), ("Tid", "13.00–15.00"), ("Plats", "Digitalt via Teams"),
                         ("Ordförande", "Camilla Berg"), ("Antecknare", "Jakob Lund")):
        r = t.add_row().cells
        cell_text(r[0], [(label, True)])
        cell_text(r[1], [value])
    doc.add_paragraph()
    for label, group in (("Närvarande", [m for m in MEMBERS if not m.absent]),
                         ("Anmält förhinder", [m for m in MEMBERS if m.absent])):
        p = doc.add_paragraph()
        p.add_run(label).bold = True
        for m in group:
            doc.add_paragraph(_label(m), style="List Bullet")
    for it in ITEMS:
        doc.add_paragraph(f"{it.number}. {it.title}", style="Heading 2")
        _blocks(doc, it.blocks)
    doc.add_paragraph()
    doc.add_paragraph("Vid anteckningarna")
    doc.add_paragraph("Jakob Lund")
    path = out_dir / FILE
    doc.save(path)
    fix_zip_dates(path, (2025, 5, 9, 9, 0, 0))
    return proto
