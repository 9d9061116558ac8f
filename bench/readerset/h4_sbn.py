"""(h4) Samhällsbyggnadsnämnden, Ekeby kommun — PDF: the § head line carries 'Dnr SBN 2025-000123' at the
right and the title on the next line in bold, front page labels in a left column with values beside them
('Beslutande', 'Ersättare', 'Övriga deltagare', 'Sekreterare', 'Ordförande', 'Justerande'), the vote as
name lists ('Ja-röster (6): …'), a single party reserving itself ('Centerpartiet reserverar sig'),
'Protokollsanteckning', and the anslag as a boxed table at the end."""
import common_path  # noqa: F401
from common import Item, Protocol, Member, H, P, DEC, VOTE, split_members
from pdfkit import ProtoPDF, NL, RIGHT

FILE = "h4_ekeby_sbn.pdf"
ORG = "Ekeby kommun"
BODY = "Samhällsbyggnadsnämnden"
DATE = "2025-09-03"

MEMBERS = [
    Member("Magnus Ek", "M", "ordförande"), Member("Therese Falk", "S", "vice ordförande"),
    Member("Roger Lindh", "SD"), Member("Anna Wiklund", "C"), Member("Erik Sahlin", "S"),
    Member("Zara Nordin", "M", absent=True, replaced_by=Member("Kjell Berglund", "M")),
    Member("Hugo Persson", "KD"), Member("Leila Amini", "S"), Member("Martin Gran", "L"),
    Member("Selma Ivarsson", "MP", absent=True),
]
NOT_SERVING = [Member("Bertil Ohlsson", "C")]
ROWS = [("Magnus Ek", "M", None, "ja"), ("Therese Falk", "S", None, "ja"), ("Roger Lindh", "SD", None, "ja"),
        ("Anna Wiklund", "C", None, "nej"), ("Erik Sahlin", "S", None, "ja"), ("Zara Nordin", "M", "Kjell Berglund", "ja"),
        ("Hugo Persson", "KD", None, "ja"), ("Leila Amini", "S", None, "nej"), ("Martin Gran", "L", None, "nej")]

ITEMS = [
    Item("88", "Detaljplan för Norra Ekeby, del av Ekeby 3:45 – antagande", "SBN 2025-000123", [
        H("Sammanfattning av ärendet"),
        P("Detaljplanen möjliggör cirka 220 bostäder i flerbostadshus och radhus samt en förskola med sex "
          "avdelningar. Planen har varit utställd för granskning under juni 2025. Länsstyrelsen har inga "
          "invändningar mot planen."),
        P("Planarkitekt {{sp:Julia Borén}} informerar om granskningsutlåtandet."),
        H("Förslag till beslut"),
        P("Samhällsbyggnadsnämnden föreslår kommunfullmäktige att anta detaljplanen."),
        H("Yrkanden"),
        P("{{yr:Magnus Ek}} (M) yrkar bifall till förslaget."),
        P("{{yr:Anna Wiklund}} (C) yrkar att planen ska minska antalet bostäder med hänsyn till naturvärdena."),
        H("Omröstning"),
        P("Omröstning begärs och genomförs. Ja för förslaget, nej för Anna Wiklunds yrkande."),
        VOTE(ROWS),
        P("Omröstningen utfaller med 6 ja-röster mot 3 nej-röster."),
        DEC("Samhällsbyggnadsnämndens beslut",
            P("Samhällsbyggnadsnämnden föreslår kommunfullmäktige att anta detaljplanen för Norra Ekeby.")),
        H("Reservation"),
        P("{{res:C|Centerpartiet}} reserverar sig mot beslutet till förmån för Anna Wiklunds yrkande."),
        H("Protokollsanteckning"),
        P("Leila Amini (S) lämnar en protokollsanteckning om trafiksäkerheten vid Ekebyskolan."),
    ]),
    Item("89", "Bygglov för nybyggnad av flerbostadshus, Ekeby 4:102", "SBN 2025-000410", [
        H("Sammanfattning av ärendet"),
        P("Ansökan avser nybyggnad av ett flerbostadshus i fyra våningar med 24 lägenheter. Åtgärden avviker "
          "från detaljplanen genom att byggnadshöjden överskrids med 0,6 meter, vilket bedöms som en liten "
          "avvikelse."),
        P("Bygglovshandläggare {{sp:Oskar Renberg}} föredrar ärendet."),
        P("{{jav:Hugo Persson}} (KD) anmäler jäv och deltar inte i handläggningen."),
        DEC("Samhällsbyggnadsnämndens beslut",
            P("Samhällsbyggnadsnämnden beviljar bygglov med stöd av 9 kap. 31 b § plan- och bygglagen."),
            P("Avgiften för bygglovet är 86 400 kronor.")),
    ]),
    Item("90", "Föreläggande om åtgärder vid enskild avloppsanläggning, Ekeby 7:3", "SBN 2025-000377", [
        H("Sammanfattning av ärendet"),
        P("Avloppsanläggningen på fastigheten saknar efterföljande rening. Fastighetsägaren har inte åtgärdat "
          "bristerna trots påminnelser."),
        DEC("Samhällsbyggnadsnämndens beslut",
            P("Samhällsbyggnadsnämnden förelägger fastighetsägaren att senast den 30 juni 2026 åtgärda "
              "avloppsanläggningen vid vite av 40 000 kronor.")),
    ]),
    Item("91", "Information från förvaltningen", None, [
        P("Förvaltningschef {{sp:Ingrid Lundh}} informerar om rekryteringen av en ny miljöchef och om "
          "handläggningstiderna för bygglov."),
    ]),
]

FURNITURE = ["Justerandes sign", "Utdragsbestyrkande", "EKEBY KOMMUN"]
PATTERNS = [r"\b\d+\(\d+\)", r"2025-09-03"]


def build(out_dir):
    present, absent, not_serving = split_members(MEMBERS, NOT_SERVING)
    proto = Protocol(FILE, ORG, BODY, DATE, ITEMS, chair="Magnus Ek", secretary="Lina Hedström",
                     justerare=["Therese Falk"], justering_date="2025-09-08", anslag_up="2025-09-09",
                     anslag_down="2025-10-01", present=present, absent=absent, ersattare_not_serving=not_serving,
                     furniture=FURNITURE, furniture_patterns=PATTERNS)

    def header(pdf):
        pdf.set_xy(20, 12)
        pdf.set_font("F", "B", 12)
        pdf.cell(85, 6, "EKEBY KOMMUN", **RIGHT)
        pdf.set_font("F", "", 10)
        pdf.cell(55, 6, "Protokoll", **RIGHT)
        pdf.cell(30, 6, f"{pdf.page_no()}({{nb}})", align="R", **NL)
        pdf.set_x(20)
        pdf.cell(85, 5, BODY, **RIGHT)
        pdf.cell(55, 5, DATE, **NL)
        pdf.set_xy(pdf.l_margin, 34)

    def footer(pdf):
        pdf.set_xy(20, 297 - 20)
        pdf.set_font("F", "", 7)
        pdf.cell(85, 4, "Justerandes sign", **RIGHT)
        pdf.cell(0, 4, "Utdragsbestyrkande", **NL)

    pdf = ProtoPDF(header_fn=header, footer_fn=footer, top=34, bottom=28)
    pdf.alias_nb_pages()
    pdf.add_page()
    pdf.set_font("F", "B", 16)
    pdf.cell(0, 9, "Protokoll", **NL)
    pdf.ln(3)

    def row(label, lines):
        pdf.set_font("F", "B", 10)
        y = pdf.get_y()
        pdf.set_xy(20, y)
        pdf.multi_cell(45, 5, label, **NL)
        y2 = pdf.get_y()
        pdf.set_xy(68, y)
        pdf.set_font("F", "", 10)
        pdf.set_left_margin(68)
        for ln in lines:
            pdf.multi_cell(0, 5, ln, **NL)
        pdf.set_left_margin(20)
        pdf.set_y(max(y2, pdf.get_y()) + 2)

    beslutande = []
    for m in MEMBERS:
        if m.absent and m.replaced_by:
            beslutande.append(f"{m.replaced_by.name} ({m.party}) ersättare för {m.name} ({m.party})")
        elif not m.absent:
            beslutande.append(m.label())
    row("Plats och tid", ["Stadshuset, sal Ekebyholm, kl. 08.30–12.00"])
    row("Beslutande", beslutande)
    row("Ersättare", [m.label() for m in NOT_SERVING])
    row("Frånvarande", [m.label(False) for m in MEMBERS if m.absent and not m.replaced_by] +
        [m.label(False) for m in MEMBERS if m.absent and m.replaced_by])
    row("Övriga deltagare", ["Ingrid Lundh, förvaltningschef", "Julia Borén, planarkitekt",
                             "Oskar Renberg, bygglovshandläggare", "Lina Hedström, nämndsekreterare"])
    row("Justerare", ["Therese Falk (S)"])
    row("Justeringens plats och tid", ["Stadshuset 2025-09-08"])
    row("Paragrafer", ["88–91"])
    for label, name in (("Sekreterare", "Lina Hedström"), ("Ordförande", "Magnus Ek"), ("Justerande", "Therese Falk")):
        row(label, ["....................................", name])

    for it in ITEMS:
        pdf.add_page()
        pdf.set_font("F", "B", 12)
        pdf.cell(40, 6, f"§ {it.number}", **RIGHT)
        pdf.set_font("F", "", 10)
        pdf.cell(0, 6, f"Dnr {it.dnr}" if it.dnr else "", align="R", **NL)
        pdf.ln(2)
        pdf.set_font("F", "B", 12)
        pdf.multi_cell(0, 6, it.title, **NL)
        pdf.ln(2)
        for b in it.blocks:
            if b[0] == "vote":
                for k, label in (("ja", "Ja-röster"), ("nej", "Nej-röster"), ("avstar", "Avstår")):
                    names = [f"{(s or m)} ({p})" for m, p, s, v in b[1] if v == k]
                    pdf.para(f"{label} ({len(names)}): " + (", ".join(names) if names else "–"))
            else:
                pdf.blocks([b])

    pdf.ln(6)
    pdf.room(60)
    pdf.set_font("F", "B", 11)
    pdf.cell(0, 6, "ANSLAG/BEVIS", **NL)
    pdf.set_font("F", "", 10)
    pdf.multi_cell(0, 5, "Protokollet är justerat. Justeringen har tillkännagivits genom anslag.", **NL)
    for label, value in (("Organ", BODY), ("Sammanträdesdatum", DATE), ("Datum då anslaget sätts upp", "2025-09-09"),
                         ("Datum då anslaget tas ned", "2025-10-01"), ("Förvaringsplats för protokollet", "Stadshuset")):
        pdf.cell(70, 5, label, border=1, **RIGHT)
        pdf.cell(0, 5, value, border=1, **NL)
    pdf.output(out_dir / FILE)
    proto.pages = pdf.page_no()
    return proto
