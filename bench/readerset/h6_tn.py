"""(h6) Tekniska nämnden, Västerby kommun — PDF with a left margin: '§ 23' at the margin and the title beside it
on the same line, the body indented; 'Dnr TN 2025/00123' under the title; running header 'Sammanträdesprotokoll
| date | Sida 2 av 6' and a footer signature box; a § that flows across pages; the chair's yrkande with
'Ordföranden föreslår' (not a yrkande maker), speakers as 'Gatuchef X och trafikingenjör Y informerar';
'Ej tjänstgörande ersättare' and 'Övriga närvarande' in a right column beside their labels."""
import common_path  # noqa: F401
from common import Item, Protocol, Member, H, P, UL, DEC, split_members
from pdfkit import ProtoPDF, NL, RIGHT

FILE = "h6_vasterby_tn.pdf"
ORG = "Västerby kommun"
BODY = "Tekniska nämnden"
DATE = "2025-06-10"

MEMBERS = [Member("Lars Öberg", "S", "ordförande"), Member("Pernilla Kvist", "M", "vice ordförande"),
           Member("Stefan Åkesson", "SD"), Member("Jenny Hult", "C"), Member("Ahmed Yilmaz", "S"),
           Member("Birgit Sahlström", "V", absent=True, replaced_by=Member("Oscar Ljungqvist", "V")),
           Member("Mikael Boström", "KD")]
NOT_SERVING = [Member("Camilla Roos", "S"), Member("Fredrik Nyqvist", "M")]

LONG = ("Förvaltningen har under våren genomfört en inventering av gatubelysningen i samtliga tätorter. Av de "
        "4 300 armaturerna är cirka 1 900 av äldre typ med kvicksilverlampor eller högtrycksnatrium som inte längre "
        "kan ersättas när de går sönder. ")

ITEMS = [
    Item("23", "Val av justerare", None, [
        DEC("Beslut", P("Tekniska nämnden utser Pernilla Kvist (M) att jämte ordföranden justera protokollet.")),
    ]),
    Item("24", "Upprustning av gatubelysning 2025–2027", "TN 2025/00123", [
        H("Sammanfattning av ärendet"),
        P(LONG * 3),
        P("Förslaget innebär att samtliga äldre armaturer byts till LED under tre år, med början i de områden där "
          "felanmälningarna är flest. Investeringen beräknas till 14,2 miljoner kronor och minskar elförbrukningen "
          "för gatubelysningen med drygt 60 procent."),
        P(LONG * 2),
        P("Gatuchef {{sp:Henrik Moberg}} och trafikingenjör {{sp:Sofia Wennberg}} informerar om ärendet."),
        H("Yrkanden"),
        P("{{yr:Pernilla Kvist}} (M) yrkar bifall till förvaltningens förslag."),
        P("{{yr:Stefan Åkesson}} (SD) yrkar att upprustningen ska börja i Västerby centrum."),
        P("Ordföranden föreslår att nämnden behandlar yrkandena var för sig."),
        H("Propositionsordning"),
        P("Ordföranden ställer proposition på Stefan Åkessons yrkande och finner att nämnden avslår det."),
        DEC("Beslut",
            P("Tekniska nämnden godkänner planen för upprustning av gatubelysningen 2025–2027."),
            P("Tekniska nämnden föreslår kommunstyrelsen att investeringsbudgeten utökas med 14,2 miljoner kronor.")),
        H("Reservation"),
        P("{{res:SD|Sverigedemokraternas}} ledamot reserverar sig mot beslutet."),
        H("Beslutet skickas till"),
        UL("Kommunstyrelsen", "Gatuavdelningen"),
    ]),
    Item("25", "Lokala trafikföreskrifter om hastighet på Kyrkvägen", "TN 2025/00211", [
        H("Sammanfattning av ärendet"),
        P("Boende längs Kyrkvägen har begärt sänkt hastighet. Mätningar visar att 38 procent av fordonen kör över "
          "gällande hastighetsgräns. Förvaltningen föreslår att hastigheten sänks till 30 km/tim."),
        P("{{jav:Jenny Hult}} (C) anmäler jäv och deltar inte i handläggningen av ärendet."),
        DEC("Beslut",
            P("Tekniska nämnden beslutar om lokala trafikföreskrifter om 30 km/tim på Kyrkvägen.")),
    ]),
    Item("26", "Information om vinterväghållningen", None, [
        P("Driftchef {{sp:Anneli Sund}} redovisar utfallet för vintersäsongen. Kostnaden blev 2,1 miljoner kronor "
          "lägre än budgeterat tack vare en mild vinter."),
        DEC("Beslut", P("Informationen läggs till handlingarna.")),
    ]),
]

FURNITURE = ["Sammanträdesprotokoll", "Justerandes sign", "Utdragsbestyrkande", "VÄSTERBY KOMMUN"]
PATTERNS = [r"Sida \d+ av \d+", r"2025-06-10"]


def build(out_dir):
    present, absent, not_serving = split_members(MEMBERS, NOT_SERVING)
    proto = Protocol(FILE, ORG, BODY, DATE, ITEMS, chair="Lars Öberg", secretary="Moa Dahlgren",
                     justerare=["Pernilla Kvist"], justering_date="2025-06-13", anslag_up="2025-06-16",
                     anslag_down="2025-07-08", present=present, absent=absent, ersattare_not_serving=not_serving,
                     furniture=FURNITURE, furniture_patterns=PATTERNS)

    def header(pdf):
        pdf.set_xy(20, 12)
        pdf.set_font("F", "B", 11)
        pdf.cell(70, 5, "VÄSTERBY KOMMUN", **RIGHT)
        pdf.set_font("F", "", 10)
        pdf.cell(50, 5, "Sammanträdesprotokoll", **RIGHT)
        pdf.cell(50, 5, f"Sida {pdf.page_no()} av {{nb}}", align="R", **NL)
        pdf.set_x(20)
        pdf.cell(70, 5, BODY, **RIGHT)
        pdf.cell(50, 5, DATE, **NL)
        pdf.set_xy(pdf.l_margin, 32)

    def footer(pdf):
        y = 297 - 22
        pdf.rect(20, y, 50, 10)
        pdf.rect(140, y, 50, 10)
        pdf.set_font("F", "", 7)
        pdf.set_xy(21, y + 0.5)
        pdf.cell(40, 3, "Justerandes sign", **RIGHT)
        pdf.set_xy(141, y + 0.5)
        pdf.cell(40, 3, "Utdragsbestyrkande", **RIGHT)

    pdf = ProtoPDF(serif=True, header_fn=header, footer_fn=footer, top=32, bottom=30)
    pdf.alias_nb_pages()
    pdf.add_page()

    def row(label, lines):
        y = pdf.get_y()
        pdf.set_font("F", "B", 10)
        pdf.set_xy(20, y)
        pdf.multi_cell(50, 5, label, **NL)
        y2 = pdf.get_y()
        pdf.set_left_margin(75)
        pdf.set_xy(75, y)
        pdf.set_font("F", "", 10)
        for ln in lines:
            pdf.multi_cell(0, 5, ln, **NL)
        pdf.set_left_margin(20)
        pdf.set_y(max(y2, pdf.get_y()) + 2)

    beslutande = [m.label() if not m.absent else f"{m.replaced_by.name} ({m.party}) ersätter {m.name} ({m.party})"
                  for m in MEMBERS]
    row("Plats och tid", ["Kommunhuset, sal Åsen, tisdag 10 juni 2025 kl. 13.00–15.45"])
    row("Beslutande", beslutande)
    row("Ej tjänstgörande ersättare", [m.label() for m in NOT_SERVING])
    row("Övriga närvarande", ["Henrik Moberg, gatuchef", "Sofia Wennberg, trafikingenjör", "Anneli Sund, driftchef",
                              "Moa Dahlgren, nämndsekreterare"])
    row("Utses att justera", ["Pernilla Kvist (M)"])
    row("Justeringens plats och tid", ["Kommunhuset, 2025-06-13"])
    row("Underskrifter", [])
    for label, name, para in (("Sekreterare", "Moa Dahlgren", "Paragrafer 23–26"), ("Ordförande", "Lars Öberg", ""),
                              ("Justerande", "Pernilla Kvist", "")):
        row(label, ["..................................     " + para, name])
    pdf.ln(4)
    pdf.set_font("F", "B", 11)
    pdf.cell(0, 6, "ANSLAG/BEVIS", **NL)
    pdf.set_font("F", "", 10)
    pdf.multi_cell(0, 5, "Protokollet är justerat. Justeringen har tillkännagivits genom anslag.", **NL)
    row("Organ", [BODY])
    row("Sammanträdesdatum", [DATE])
    row("Datum då anslaget sätts upp", ["2025-06-16"])
    row("Datum då anslaget tas ned", ["2025-07-08"])
    row("Förvaringsplats för protokollet", ["Kommunhuset"])

    pdf.add_page()
    for it in ITEMS:
        pdf.room(30)
        y = pdf.get_y()
        pdf.set_font("F", "B", 11)
        pdf.set_xy(20, y)
        pdf.cell(25, 6, f"§ {it.number}", **RIGHT)
        pdf.set_left_margin(50)
        pdf.set_xy(50, y)
        pdf.multi_cell(0, 6, it.title, **NL)
        if it.dnr:
            pdf.set_font("F", "", 9)
            pdf.cell(0, 5, f"Dnr {it.dnr}", **NL)
        pdf.ln(2)
        pdf.blocks(it.blocks, size=10.5, hsize=10.5)
        pdf.set_left_margin(20)
        pdf.set_x(20)
        pdf.ln(4)
    pdf.output(out_dir / FILE)
    proto.pages = pdf.page_no()
    return proto
