"""(h18) Miljö- och byggnadsnämnden, Tallbergs kommun — PDF from a template with a wide left margin: the front
page's labels in the margin, the members side by side under 'Ledamöter' and 'Tjänstgörande ersättare'
(the left column longer), each § as '§ 78' in the margin with its title beside it and the dnr at the right
edge, every section label ('Ärendet', 'Yrkanden', 'Omröstning', 'Beslut', 'Reservation', 'Jäv') in the margin
with its text beside it, 'Yttranden:' naming the speakers, signatures side by side under their rules, and the
'Anslaget sätts upp / tas ned' rows at the end."""
import common_path  # noqa: F401
from common import T, Item, Protocol, Member, H, P, DEC, VOTE, split_members
from pdfkit import ProtoPDF, NL, RIGHT

FILE = "h18_tallberg_mbn.pdf"
ORG = "Tallbergs kommun"
BODY = "Miljö- och byggnadsnämnden"
DATE = "2025-09-18"

MEMBERS = [
    Member("Sture Blom", "C", "ordförande"), Member("Hanna Ljung", "S", "1:e vice ordförande"),
    Member("Mats Öberg", "M"), Member("Anita Rask", "S"), Member("Kjell Ahl", "SD"),
    Member("Rolf Nord", "S", absent=True, replaced_by=Member("Pia Ström", "S")),
    Member("Eva Kron", "KD", absent=True, replaced_by=Member("Ove Lind", "KD")),
]
NOT_SERVING = [Member("Tove Ek", "M"), Member("Lars Brink", "V")]
ROWS = [("Sture Blom", "C", None, "ja"), ("Hanna Ljung", "S", None, "ja"), ("Mats Öberg", "M", None, "nej"),
        ("Anita Rask", "S", None, "ja"), ("Kjell Ahl", "SD", None, "nej"), ("Rolf Nord", "S", "Pia Ström", "ja"),
        ("Eva Kron", "KD", "Ove Lind", "ja")]

ITEMS = [
    Item("78", "Val av justerare", None, [
        DEC("Beslut", P("Mats Öberg utses att justera protokollet.")),
    ]),
    Item("79", "Bygglov för enbostadshus, Tallberg 4:12", "MBN 2025-000312", [
        H("Ärendet"),
        P("Ansökan gäller nybyggnad av ett enbostadshus om 180 kvm utanför detaljplanerat område. Grannar har "
          "lämnat erinringar om utsikt och trafik. Bygglovschef {{sp:Erik Sjö}} föredrar ärendet."),
        H("Yrkanden"),
        P("{{yr:Sture Blom}} (C) yrkar bifall till förvaltningens förslag. {{yr:Mats Öberg}} (M) yrkar avslag."),
        H("Omröstning"),
        P("Omröstning begärs. Ja-röst för bifall, nej-röst för avslag. Omröstningen utfaller med 5 ja-röster mot "
          "2 nej-röster."),
        VOTE(ROWS),
        DEC("Beslut", P("Miljö- och byggnadsnämnden beviljar bygglov med stöd av 9 kap. 31 § plan- och bygglagen.")),
        H("Reservation"),
        P("{{res:M|Mats Öberg}} (M) och {{res:SD|Kjell Ahl}} (SD) reserverar sig mot beslutet."),
    ]),
    Item("80", "Tillsynsplan 2026", "MBN 2025-000401", [
        H("Ärendet"),
        P("Miljöchef {{sp:Karin Dahl}} redogör för förslaget till tillsynsplan. Planen prioriterar lantbruk och "
          "enskilda avlopp."),
        H("Yttranden"),
        P("{{sp:Hanna Ljung}} (S), {{sp:Kjell Ahl}} (SD)"),
        H("Jäv"),
        P("{{jav:Anita Rask}} (S) anmäler jäv och deltar inte i handläggningen."),
        DEC("Beslut", P("Nämnden antar tillsynsplanen för 2026.")),
    ]),
    Item("81", "Delegationsbeslut", None, [
        H("Ärendet"),
        P("Förteckning över beslut fattade på delegation under augusti 2025 redovisas."),
        DEC("Beslut", P("Redovisningen läggs till handlingarna.")),
    ]),
]

FURNITURE = ["TALLBERGS KOMMUN", "Justerandes sign"]
PATTERNS = [r"Sida \d+ \(\d+\)"]
MARGIN = 55  # mm: where the text column starts


def build(out_dir):
    present, absent, not_serving = split_members(MEMBERS, NOT_SERVING)
    proto = Protocol(FILE, ORG, BODY, DATE, ITEMS, chair="Sture Blom", secretary="Nina Holm",
                     justerare=["Mats Öberg"], justering_date="2025-09-24", anslag_up="2025-09-25",
                     anslag_down="2025-10-17", present=present, absent=absent, ersattare_not_serving=not_serving,
                     furniture=FURNITURE, furniture_patterns=PATTERNS)

    def header(pdf):
        pdf.set_y(10)
        pdf.set_font("F", "B", 9)
        pdf.cell(90, 4, "TALLBERGS KOMMUN", **RIGHT)
        pdf.set_font("F", "", 9)
        pdf.cell(0, 4, f"Sammanträdesprotokoll   Sida {pdf.page_no()} ({{nb}})", align="R", **NL)
        pdf.cell(0, 4, f"Miljö- och byggnadsnämnden   {DATE}", align="R", **NL)

    def footer(pdf):
        pdf.set_y(-16)
        pdf.set_font("F", "", 8)
        pdf.cell(0, 4, "Justerandes sign", **NL)

    pdf = ProtoPDF(header_fn=header, footer_fn=footer, top=24, bottom=22, creator="Lex 4.1")
    pdf.alias_nb_pages("{nb}")

    def row(label, text, bold=True, size=10):
        y = pdf.get_y()
        pdf.set_font("F", "B" if bold else "", size)
        pdf.set_xy(20, y)
        pdf.cell(MARGIN - 22, 5.2, label, **RIGHT)
        pdf.set_font("F", "", size)
        pdf.set_xy(MARGIN, y)
        pdf.multi_cell(0, 5.2, text, **NL)

    pdf.add_page()
    pdf.set_font("F", "B", 15)
    pdf.cell(0, 9, "Sammanträdesprotokoll", **NL)
    pdf.set_font("F", "", 11)
    pdf.cell(0, 6, f"{BODY}, {ORG}", **NL)
    pdf.ln(4)
    row("Plats och tid", f"Kommunhuset, sal Tallen, {DATE} kl. 09.00–12.15")
    pdf.ln(2)
    y = pdf.get_y()
    left = [m.label() for m in MEMBERS if not m.absent]
    right = [f"{m.replaced_by.name} ({m.party}) för {m.name} ({m.party})" for m in MEMBERS if m.replaced_by]
    pdf.set_font("F", "B", 10)
    pdf.set_xy(20, y)
    pdf.cell(MARGIN - 22, 5.2, "Beslutande", **RIGHT)
    pdf.set_xy(MARGIN, y)
    pdf.cell(65, 5.2, "Ledamöter", **RIGHT)
    pdf.set_xy(MARGIN + 70, y)
    pdf.cell(0, 5.2, "Tjänstgörande ersättare", **NL)
    pdf.set_font("F", "", 10)
    for i, name in enumerate(left):
        y = pdf.get_y()
        pdf.set_xy(MARGIN, y)
        pdf.cell(65, 5.2, name, **RIGHT)
        if i < len(right):
            pdf.set_xy(MARGIN + 70, y)
            pdf.cell(0, 5.2, right[i], **RIGHT)
        pdf.ln(5.2)
    pdf.ln(2)
    row("Ersättare", ", ".join(m.label() for m in NOT_SERVING))
    row("Övriga deltagare", "Karin Dahl, miljöchef\nErik Sjö, bygglovschef\nNina Holm, nämndsekreterare")
    pdf.ln(2)
    row("Justerare", "Mats Öberg")
    row("Justeringens tid", "2025-09-24")
    pdf.ln(8)
    row("Underskrifter", "Sekreterare")
    pdf.ln(6)
    row("", ".......................................", bold=False)
    row("", "Nina Holm", bold=False)
    pdf.ln(4)
    for texts in (("Ordförande", "Justerare"), (".....................................", ".....................................")):
        y = pdf.get_y()
        for x, t in zip((MARGIN, MARGIN + 70), texts):
            pdf.set_xy(x, y)
            pdf.set_font("F", "", 10)
            pdf.cell(65, 5.2, t, **RIGHT)
        pdf.ln(8 if texts[0] == "Ordförande" else 5.2)
    y = pdf.get_y()
    for x, t in zip((MARGIN, MARGIN + 70), ("Sture Blom", "Mats Öberg")):
        pdf.set_xy(x, y)
        pdf.cell(65, 5.2, t, **RIGHT)

    pdf.add_page()
    for it in ITEMS:
        pdf.room(40)
        y = pdf.get_y()
        pdf.set_font("F", "B", 11)
        pdf.set_xy(20, y)
        pdf.cell(MARGIN - 22, 6, f"§ {it.number}", **RIGHT)
        pdf.set_xy(MARGIN, y)
        pdf.cell(95, 6, it.title, **RIGHT)
        pdf.set_font("F", "", 9)
        pdf.set_xy(155, y)
        pdf.cell(0, 6, it.dnr or "", **NL)
        pdf.ln(3)
        label = None
        for b in it.blocks:
            if b[0] == "h":
                label = b[1]
            elif b[0] == "p":
                row(label or "", T(b[1]))
                label = None
                pdf.ln(2)
            elif b[0] == "dec":
                for n, p in enumerate(b[2]):
                    row(b[1] if n == 0 else "", T(p[1]))
                pdf.ln(2)
        pdf.ln(5)
    pdf.ln(6)
    pdf.set_font("F", "B", 10)
    pdf.cell(0, 6, "ANSLAG/BEVIS", **NL)
    pdf.set_font("F", "", 10)
    pdf.multi_cell(0, 5.2, "Protokollet är justerat. Justeringen har tillkännagivits genom anslag.", **NL)
    row("Anslaget sätts upp", "2025-09-25", bold=False)
    row("Anslaget tas ned", "2025-10-17", bold=False)
    row("Förvaringsplats", "Kommunkansliet", bold=False)
    pdf.output(out_dir / FILE)
    proto.pages = pdf.page_no()
    return proto
