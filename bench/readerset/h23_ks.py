"""(h23) Kommunstyrelsen, Lindås kommun — PDF from a template of ruled tables: a running header of three cells
('LINDÅS KOMMUN | SAMMANTRÄDESPROTOKOLL | Sida 2 (6)', 'Kommunstyrelsen | 2025-04-09'), the front page as a ruled
two-column table ('Plats och tid', 'Beslutande: Se närvarolista', 'Övriga närvarande' with one official there for some
§§ only), the signatures in the same table with 'Paragrafer 44–49', the anslag box on the front page ('ANSLAG/BEVIS'),
the närvarolista on page 2 as two ruled tables whose last column says in words who attended ('Närvarande',
'Frånvarande', 'Ersatt av Lisa Nord (C)'; substitutes 'Tjänstgör', 'Närvarande', 'Frånvarande'), '§ 45' and its title in
one bold row with the dnr in a right cell ('Dnr KS 2025/0088'), labels in bold italics, a decision as 'Kommunstyrelsen
beslutar' over a numbered list, a delegation list as a table inside a §, a vote as a ruled table of X marks with a
'Summa' row, and after the last § an appendix on how to appeal that belongs to no §."""
import common_path  # noqa: F401
from common import Item, Protocol, Member, H, P, UL, OL, DEC, VOTE, split_members, T
from pdfkit import ProtoPDF, NL

FILE = "h23_lindas_ks.pdf"
ORG = "Lindås kommun"
BODY = "Kommunstyrelsen"
DATE = "2025-04-09"

# (name, party, role, presence): presence is "Närvarande", "Frånvarande" or the serving substitute's name
ROWS = [("Kerstin Holmberg", "S", "ordförande", "Närvarande"), ("Anders Wiklund", "M", "1:e vice ordförande", "Närvarande"),
        ("Birgitta Ahl", "C", "2:e vice ordförande", "Närvarande"), ("Johan Sundqvist", "S", None, "Närvarande"),
        ("Maria Eklund", "S", None, "Frånvarande"), ("Tommy Lindgren", "SD", None, "Närvarande"),
        ("Eva Marklund", "V", None, "Lisa Nordin"), ("Peter Öberg", "KD", None, "Närvarande"),
        ("Sofia Hägglund", "L", None, "Närvarande"), ("Magnus Berglund", "M", None, "Närvarande"),
        ("Gunilla Forsberg", "S", None, "Håkan Strand")]
SUB_PARTY = {"Lisa Nordin": "V", "Håkan Strand": "S"}
# substitutes: (name, party, presence)
SUBSTITUTES = [("Lisa Nordin", "V", "Tjänstgör"), ("Håkan Strand", "S", "Tjänstgör"), ("Ronny Isaksson", "SD", "Närvarande"),
               ("Camilla Westman", "M", "Närvarande"), ("Oskar Lund", "C", "Frånvarande")]
MEMBERS = [Member(n, p, r, absent=pres != "Närvarande",
                  replaced_by=Member(pres, SUB_PARTY[pres]) if pres in SUB_PARTY else None) for n, p, r, pres in ROWS]
NOT_SERVING = [Member(n, p) for n, p, pres in SUBSTITUTES if pres == "Närvarande"]

_VOTERS = [(m.replaced_by.name if m.replaced_by else m.name, m.party) for m in MEMBERS if not m.absent or m.replaced_by]
VOTE_ROWS = [(n, p, None, "nej" if p in ("M", "KD", "SD") else "avstar" if p == "L" else "ja") for n, p in _VOTERS]

ITEMS = [
    Item("44", "Val av justerare", None, [
        DEC("Beslut", P("Kommunstyrelsen utser Birgitta Ahl (C) att jämte ordföranden justera protokollet.")),
    ]),
    Item("45", "Årsredovisning 2024 för Lindås kommun", "KS 2025/0088", [
        H("Ärendebeskrivning"),
        P("Kommunens årsredovisning för 2024 visar ett resultat på 31,4 miljoner kronor, vilket är 12 miljoner kronor "
          "bättre än budget. Ekonomichef {{sp:Lena Vikström}} föredrar ärendet."),
        H("Beslutsunderlag"),
        UL("Tjänsteskrivelse 2025-03-20", "Årsredovisning 2024"),
        DEC("Beslut",
            P("Kommunstyrelsen beslutar"),
            OL("att godkänna årsredovisningen för 2024,", "att överlämna årsredovisningen till kommunfullmäktige.")),
        H("Beslutet skickas till"),
        UL("Kommunfullmäktige", "Revisorerna"),
    ]),
    Item("46", "Investeringsbudget 2026 för va-verksamheten", "KS 2025/0102", [
        H("Ärendebeskrivning"),
        P("Tekniska förvaltningen föreslår investeringar om 48 miljoner kronor i vatten- och avloppsnätet 2026, varav "
          "19 miljoner kronor avser ett nytt reningsverk i Nordby."),
        H("Yrkanden"),
        P("{{yr:Kerstin Holmberg}} (S) yrkar bifall till förvaltningens förslag."),
        P("{{yr:Anders Wiklund}} (M) yrkar att investeringarna minskas till 35 miljoner kronor."),
        H("Beslutsgång"),
        P("Ordföranden ställer proposition på yrkandena och finner att kommunstyrelsen bifaller förvaltningens "
          "förslag. Votering begärs. Den som bifaller förvaltningens förslag röstar ja, den som bifaller Anders "
          "Wiklunds yrkande röstar nej."),
        H("Omröstningsresultat"),
        VOTE(VOTE_ROWS),
        DEC("Beslut", P("Kommunstyrelsen fastställer investeringsbudgeten 2026 för va-verksamheten till 48 miljoner "
                        "kronor.")),
        H("Reservation"),
        P("{{res:M|Anders Wiklund (M)}} och {{res:KD|Peter Öberg (KD)}} reserverar sig mot beslutet till förmån för "
          "eget yrkande."),
    ]),
    Item("47", "Försäljning av fastigheten Lindås Hammaren 3", "KS 2025/0071", [
        H("Jäv"),
        P("{{jav:Johan Sundqvist}} (S) anmäler jäv och lämnar lokalen under ärendets behandling."),
        H("Ärendebeskrivning"),
        P("Mark- och exploateringsingenjör {{sp:Fredrik Nyman}} redovisar ett anbud om 6,2 miljoner kronor för "
          "fastigheten Hammaren 3."),
        DEC("Beslut", P("Kommunstyrelsen godkänner försäljningen av fastigheten Lindås Hammaren 3 för 6,2 miljoner "
                        "kronor.")),
    ]),
    Item("48", "Anmälan av delegationsbeslut", "KS 2025/0004", [
        P("Följande delegationsbeslut anmäls:"),
        DEC("Beslut", P("Kommunstyrelsen lägger anmälan av delegationsbesluten till handlingarna.")),
    ]),
    Item("49", "Information från kommundirektören", None, [
        P("Kommundirektör {{sp:Erik Sandström}} informerar om arbetet med den nya översiktsplanen och om läget i "
          "rekryteringen av en ny socialchef."),
        DEC("Beslut", P("Kommunstyrelsen noterar informationen.")),
    ]),
]
DELEGATION = [("Beslut", "Beslutsfattare", "Datum"), ("Avskrivning av fordringar", "Ekonomichef", "2025-03-02"),
              ("Yttrande om serveringstillstånd", "Kommundirektör", "2025-03-14")]

FURNITURE = ["SAMMANTRÄDESPROTOKOLL", "Justerandes signatur", "Utdragsbestyrkande"]
PATTERNS = [r"Sida \d+ \(\d+\)"]


def build(out_dir):
    present, absent, not_serving = split_members(MEMBERS, NOT_SERVING)
    proto = Protocol(FILE, ORG, BODY, DATE, ITEMS, chair="Kerstin Holmberg", secretary="Johanna Berg",
                     justerare=["Birgitta Ahl"], justering_date="2025-04-14", anslag_up="2025-04-15",
                     anslag_down="2025-05-07", present=present, absent=absent, ersattare_not_serving=not_serving,
                     furniture=FURNITURE, furniture_patterns=PATTERNS)

    def header(pdf):
        pdf.set_xy(20, 12)
        pdf.set_font("F", "B", 10)
        pdf.cell(60, 5, "LINDÅS KOMMUN")
        pdf.cell(60, 5, "SAMMANTRÄDESPROTOKOLL")
        pdf.set_font("F", "", 9)
        pdf.cell(50, 5, f"Sida {pdf.page_no()} ({{nb}})", align="R", **NL)
        pdf.set_x(20)
        pdf.cell(120, 5, "Kommunstyrelsen")
        pdf.cell(50, 5, "2025-04-09", align="R", **NL)
        pdf.line(20, 23, 190, 23)

    def footer(pdf):
        pdf.set_y(-20)
        pdf.set_font("F", "", 8)
        pdf.cell(85, 4, "Justerandes signatur")
        pdf.cell(85, 4, "Utdragsbestyrkande", align="R")

    pdf = ProtoPDF(header_fn=header, footer_fn=footer, top=30, title="Kommunstyrelsen 2025-04-09")
    pdf.alias_nb_pages("{nb}")
    pdf.add_page()
    pdf.set_font("F", "B", 14)
    pdf.cell(0, 8, "Kommunstyrelsen", **NL)
    pdf.ln(2)
    pdf.set_font("F", "", 9.5)
    front = [("Plats och tid", "Kommunhuset, Lindåssalen, onsdagen den 9 april 2025 kl. 08.30–11.45"),
             ("Beslutande", "Se närvarolista, sida 2"),
             ("Övriga närvarande", "Erik Sandström, kommundirektör\nLena Vikström, ekonomichef §§ 45–46\n"
                                   "Fredrik Nyman, mark- och exploateringsingenjör § 47\nJohanna Berg, kommunsekreterare"),
             ("Utses att justera", "Birgitta Ahl (C)"),
             ("Justeringens plats och tid", "Kommunkansliet, måndagen den 14 april 2025"),
             ("Underskrifter", "Sekreterare ........................................  Paragrafer 44–49\n"
                               "Johanna Berg\n\nOrdförande ........................................\nKerstin Holmberg\n\n"
                               "Justerare ........................................\nBirgitta Ahl")]
    with pdf.table(col_widths=(45, 125), width=170, align="LEFT", line_height=5, text_align="LEFT",
                   first_row_as_headings=False, padding=1.5) as table:
        for label, value in front:
            r = table.row()
            r.cell(label)
            r.cell(value)
    pdf.ln(6)
    pdf.set_font("F", "B", 10)
    pdf.cell(0, 6, "ANSLAG/BEVIS", **NL)
    pdf.set_font("F", "", 9)
    pdf.multi_cell(0, 4.6, "Protokollet är justerat. Justeringen har tillkännagivits genom anslag.", **NL)
    with pdf.table(col_widths=(70, 100), width=170, align="LEFT", line_height=4.8, text_align="LEFT",
                   first_row_as_headings=False, padding=1.2) as table:
        for label, value in (("Organ", "Kommunstyrelsen"), ("Sammanträdesdatum", "2025-04-09"),
                             ("Datum då anslaget sätts upp", "2025-04-15"), ("Datum då anslaget tas ned", "2025-05-07"),
                             ("Förvaringsplats för protokollet", "Kommunkansliet, Lindås"),
                             ("Underskrift", "........................................ Johanna Berg")):
            r = table.row()
            r.cell(label)
            r.cell(value)

    pdf.add_page()
    pdf.set_font("F", "B", 11)
    pdf.cell(0, 6, "Närvarolista", **NL)
    pdf.ln(1)
    pdf.set_font("F", "", 9.5)
    with pdf.table(col_widths=(70, 20, 80), width=170, align="LEFT", line_height=5, text_align="LEFT",
                   first_row_as_headings=True, padding=1.2) as table:
        r = table.row()
        for h in ("Ledamöter", "Parti", "Närvaro"):
            r.cell(h)
        for name, party, role, pres in ROWS:
            r = table.row()
            r.cell(name + (f", {role}" if role else ""))
            r.cell(party)
            r.cell(f"Ersatt av {pres} ({SUB_PARTY[pres]})" if pres in SUB_PARTY else pres)
    pdf.ln(4)
    with pdf.table(col_widths=(70, 20, 80), width=170, align="LEFT", line_height=5, text_align="LEFT",
                   first_row_as_headings=True, padding=1.2) as table:
        r = table.row()
        for h in ("Ersättare", "Parti", "Närvaro"):
            r.cell(h)
        for name, party, pres in SUBSTITUTES:
            r = table.row()
            r.cell(name)
            r.cell(party)
            r.cell(pres)

    pdf.add_page()
    for it in ITEMS:
        pdf.room(30)
        pdf.set_font("F", "B", 11)
        pdf.cell(18, 6, f"§ {it.number}")
        pdf.cell(112, 6, it.title if len(it.title) < 48 else "")
        pdf.set_font("F", "", 9.5)
        pdf.cell(40, 6, f"Dnr {it.dnr}" if it.dnr else "", align="R", **NL)
        if len(it.title) >= 48:
            pdf.set_font("F", "B", 11)
            pdf.set_x(38)
            pdf.multi_cell(112, 6, it.title, **NL)
        pdf.ln(2)
        for b in it.blocks:
            if b[0] == "dec":
                pdf.heading(b[1])
                pdf.set_font("F", "BI", 10)
                for x in b[2]:
                    if x[0] == "p":
                        pdf.para(x[1])
                    else:
                        pdf.bullets(x[1], numbered=True)
            elif b[0] == "h":
                pdf.set_font("F", "BI", 10)
                pdf.multi_cell(0, 5.4, b[1], **NL)
                pdf.ln(0.5)
            elif b[0] == "p":
                pdf.para(b[1])
                if it.number == "48":
                    with pdf.table(col_widths=(80, 50, 40), width=170, align="LEFT", line_height=4.8,
                                   text_align="LEFT", first_row_as_headings=True, padding=1.0) as table:
                        for row in DELEGATION:
                            r = table.row()
                            for c in row:
                                r.cell(c)
                    pdf.ln(3)
            elif b[0] == "ul":
                pdf.bullets(b[1])
            elif b[0] == "ol":
                pdf.bullets(b[1], numbered=True)
            elif b[0] == "vote":
                pdf.vote_table(b[1], with_sub=False)
        pdf.ln(4)
    pdf.add_page()
    pdf.set_font("F", "B", 11)
    pdf.cell(0, 6, "Hur man överklagar (laglighetsprövning)", **NL)
    pdf.para("Den som är medlem i Lindås kommun kan överklaga kommunstyrelsens beslut genom laglighetsprövning "
             "enligt 13 kap. kommunallagen. Överklagandet ska ha kommit in till förvaltningsrätten inom tre veckor "
             "från den dag då det tillkännagavs på kommunens anslagstavla att protokollet justerats.")
    pdf.para("Skrivelsen ställs till Förvaltningsrätten i Umeå men skickas till förvaltningsrätten.")
    pdf.output(str(out_dir / FILE))
    return proto
