"""(h24) Tekniska nämnden, Bergsjö kommun — PDF from a template that gives each § a page of its own (so that an
extract is a page): a one-line running header ('Tekniska nämnden | Sammanträdesprotokoll | 2025-05-20'), the footer
'Justerandes sign | Utdragsbestyrkande | Sida 3 av 7', '§ 31' over the title and 'Dnr TN 2025/0112' at the same place
on every page, the decision's label 'Beslut' near the foot of each page; a front page whose members stand in columns
headed 'Beslutande', 'Ersättare' and 'Övriga närvarande' side by side, the signatures as names over their roles under
the rules, and the anslag in words ('Protokollet har anslagits … 2025-05-26 och tas ned 2025-06-17')."""
import common_path  # noqa: F401
from common import Item, Protocol, Member, H, P, UL, DEC, split_members
from pdfkit import ProtoPDF, NL

FILE = "h24_bergsjo_tn.pdf"
ORG = "Bergsjö kommun"
BODY = "Tekniska nämnden"
DATE = "2025-05-20"

MEMBERS = [Member("Ulrika Nordström", "S", "ordförande"), Member("Göran Backlund", "M", "vice ordförande"),
           Member("Siv Lindholm", "S"), Member("Mattias Öhman", "C"), Member("Kristina Sjödin", "SD"),
           Member("Roland Edlund", "V", absent=True, replaced_by=Member("Anneli Vikström", "V")),
           Member("Per-Erik Holm", "KD")]
NOT_SERVING = [Member("Tobias Granlund", "S"), Member("Ingela Brännström", "M")]

ITEMS = [
    Item("31", "Val av justerare", None, [
        DEC("Beslut", P("Tekniska nämnden utser Mattias Öhman (C) att justera protokollet.")),
    ]),
    Item("32", "Budgetuppföljning april 2025", "TN 2025/0112", [
        P("Ekonomen {{sp:Hanna Lidström}} redovisar budgetuppföljningen per april. Verksamheten visar ett överskott om "
          "1,8 miljoner kronor, främst på grund av lägre kostnader för vinterväghållning."),
        DEC("Beslut", P("Tekniska nämnden godkänner budgetuppföljningen för april 2025.")),
    ]),
    Item("33", "Upphandling av ny avfallsentreprenör", "TN 2025/0087", [
        P("Avfallsavtalet löper ut vid årsskiftet. Förvaltningen föreslår en upphandling med krav på fossilfria "
          "fordon och tömning varannan vecka."),
        H("Yrkanden"),
        P("{{yr:Kristina Sjödin}} (SD) yrkar att kravet på fossilfria fordon stryks."),
        P("Ordföranden ställer proposition på förvaltningens förslag och finner att nämnden bifaller det."),
        DEC("Beslut", P("Tekniska nämnden ger förvaltningen i uppdrag att upphandla en ny avfallsentreprenör.")),
        H("Reservation"),
        P("{{res:SD|Kristina Sjödin (SD)}} reserverar sig mot beslutet."),
    ]),
    Item("34", "Trafiksäkerhetsåtgärder vid Norrskolan", "TN 2025/0140", [
        P("{{jav:Siv Lindholm}} (S) anmäler jäv och deltar inte i handläggningen."),
        P("Trafikingenjör {{sp:Jonas Berglund}} presenterar förslaget om upphöjda övergångsställen och sänkt hastighet."),
        DEC("Beslut", P("Tekniska nämnden beslutar att genomföra trafiksäkerhetsåtgärderna vid Norrskolan under "
                        "hösten 2025.")),
    ]),
    Item("35", "Delegationsbeslut", "TN 2025/0003", [
        P("Förteckningen över delegationsbeslut för april redovisas."),
        DEC("Beslut", P("Redovisningen av delegationsbesluten läggs till handlingarna.")),
    ]),
]

FURNITURE = ["Justerandes sign", "Utdragsbestyrkande", "Sammanträdesprotokoll"]
PATTERNS = [r"Sida \d+ av \d+"]


def build(out_dir):
    present, absent, not_serving = split_members(MEMBERS, NOT_SERVING)
    proto = Protocol(FILE, ORG, BODY, DATE, ITEMS, chair="Ulrika Nordström", secretary="Camilla Forsgren",
                     justerare=["Mattias Öhman"], justering_date="2025-05-23", anslag_up="2025-05-26",
                     anslag_down="2025-06-17", present=present, absent=absent, ersattare_not_serving=not_serving,
                     furniture=FURNITURE, furniture_patterns=PATTERNS)

    def header(pdf):
        pdf.set_xy(20, 12)
        pdf.set_font("F", "", 9)
        pdf.cell(60, 5, "Tekniska nämnden")
        pdf.cell(60, 5, "Sammanträdesprotokoll", align="C")
        pdf.cell(50, 5, "2025-05-20", align="R", **NL)

    def footer(pdf):
        pdf.set_y(-18)
        pdf.set_font("F", "", 8)
        pdf.cell(60, 4, "Justerandes sign")
        pdf.cell(60, 4, "Utdragsbestyrkande", align="C")
        pdf.cell(50, 4, f"Sida {pdf.page_no()} av {{nb}}", align="R")

    pdf = ProtoPDF(header_fn=header, footer_fn=footer, top=26, title="Tekniska nämnden 2025-05-20")
    pdf.alias_nb_pages("{nb}")
    pdf.add_page()
    pdf.set_font("F", "B", 15)
    pdf.cell(0, 8, "Bergsjö kommun", **NL)
    pdf.set_font("F", "B", 12)
    pdf.cell(0, 7, "Tekniska nämnden", **NL)
    pdf.ln(2)
    for label, value in (("Plats och tid", "Stadshuset, sal Ångermanälven, tisdag 20 maj 2025 kl. 13.00–15.40"),):
        pdf.set_font("F", "B", 10)
        pdf.cell(40, 5.5, label)
        pdf.set_font("F", "", 10)
        pdf.multi_cell(0, 5.5, value, **NL)
    pdf.ln(3)
    heads = ("Beslutande", "Ersättare", "Övriga närvarande")
    deciding = ["Ulrika Nordström (S), ordförande", "Göran Backlund (M), vice ordf.", "Siv Lindholm (S)",
                "Mattias Öhman (C)", "Kristina Sjödin (SD)", "Anneli Vikström (V), tjg ers för Roland Edlund (V)",
                "Per-Erik Holm (KD)"]
    subs = ["Tobias Granlund (S)", "Ingela Brännström (M)"]
    others = ["Hanna Lidström, ekonom", "Jonas Berglund, trafikingenjör", "Camilla Forsgren, sekreterare"]
    pdf.set_font("F", "B", 10)
    for h in heads:
        pdf.cell(58, 5.5, h)
    pdf.ln(5.5)
    pdf.set_font("F", "", 9)
    for k in range(len(deciding)):
        pdf.set_x(20)
        for col in (deciding, subs, others):
            pdf.cell(58, 5, col[k] if k < len(col) else "")
        pdf.ln(5)
    pdf.ln(3)
    for label, value in (("Utses att justera", "Mattias Öhman (C)"),
                         ("Justeringens plats och tid", "Stadshuset, fredag 23 maj 2025"),
                         ("Paragrafer", "§§ 31–35")):
        pdf.set_font("F", "B", 10)
        pdf.cell(50, 5.5, label)
        pdf.set_font("F", "", 10)
        pdf.multi_cell(0, 5.5, value, **NL)
    pdf.ln(8)
    pdf.set_font("F", "", 10)
    pdf.cell(0, 5, "Underskrifter", **NL)
    pdf.ln(6)
    for row in ((("Camilla Forsgren", "Sekreterare"), ("Ulrika Nordström", "Ordförande")), (("Mattias Öhman", "Justerare"),)):
        pdf.set_x(20)
        for _ in row:
            pdf.cell(80, 5, "______________________________")
        pdf.ln(5)
        pdf.set_x(20)
        for name, _ in row:
            pdf.cell(80, 5, name)
        pdf.ln(5)
        pdf.set_x(20)
        for _, role in row:
            pdf.cell(80, 5, role)
        pdf.ln(10)
    pdf.ln(4)
    pdf.multi_cell(0, 5, "Protokollet har anslagits på kommunens digitala anslagstavla 2025-05-26 och tas ned "
                         "2025-06-17. Förvaringsplats: Tekniska förvaltningen.", **NL)
    for it in ITEMS:
        pdf.add_page()
        pdf.set_font("F", "B", 12)
        pdf.cell(0, 6, f"§ {it.number}", **NL)
        pdf.cell(0, 6, it.title, **NL)
        pdf.set_font("F", "", 9.5)
        pdf.cell(0, 5, f"Dnr {it.dnr}" if it.dnr else "", **NL)
        pdf.ln(3)
        for b in it.blocks:
            if b[0] == "dec":
                pdf.heading(b[1])
                for x in b[2]:
                    pdf.para(x[1])
            elif b[0] == "h":
                pdf.heading(b[1])
            elif b[0] == "p":
                pdf.para(b[1])
            elif b[0] == "ul":
                pdf.bullets(b[1])
    pdf.output(str(out_dir / FILE))
    return proto
