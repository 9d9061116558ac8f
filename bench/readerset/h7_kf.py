"""(h7) Kommunfullmäktige, Tallås kommun — PDF: dates in words on the front page ('måndagen den 24 februari
2025'), 'Beslutande: Se närvarolista' with the attendance list as a table on page 2 (Ledamot | Parti |
Tjänstgörande ersättare, '–' for an empty seat), '§ 3  Titel' on one line with a bare 'KS 2024/311' below it,
'Kommunfullmäktiges beslut', several yrkande makers in one sentence, 'I debatten deltar …', a vote given in a
sentence ('Med 11 ja-röster mot 8 nej-röster …') with the voting list as an appendix after the last §,
reservations by two parties, and the anslag as prose with dates in words."""
import common_path  # noqa: F401
from common import Item, Protocol, Member, H, P, UL, DEC, VOTE, split_members, long_date, vote_counts
from pdfkit import ProtoPDF, NL, RIGHT

FILE = "h7_tallas_kf.pdf"
ORG = "Tallås kommun"
BODY = "Kommunfullmäktige"
DATE = "2025-02-24"

_SEATS = [("Ingela Sand", "S", "ordförande"), ("Rolf Hägg", "M", "1:e vice ordförande"),
          ("Anneli Frost", "S", None), ("Bo Wik", "M", None), ("Leif Karlsson", "V", None),
          ("Jonas Berg", "C", None), ("Sara Holm", "S", None), ("Per Lindmark", "SD", None),
          ("Maja Ekdahl", "S", None), ("Tore Svahn", "SD", None), ("Lena Ström", "KD", None),
          ("Kerstin Nyman", "S", None), ("Hampus Ridderstad", "M", None), ("Dragana Petrović", "S", None),
          ("Elin Forsberg", "MP", None), ("Göran Aspling", "SD", None), ("Yvonne Kjellberg", "L", None),
          ("Nils Brandt", "S", None), ("Wilma Rask", "C", None), ("Kurt Enqvist", "M", None),
          ("Sofia Lerner", "V", None)]
_SUBS = {"Kerstin Nyman": "Ali Haddad", "Kurt Enqvist": "Eva Mörk"}
_EMPTY = {"Göran Aspling"}


def _member(name, party, role):
    if name in _SUBS:
        return Member(name, party, role, absent=True, replaced_by=Member(_SUBS[name], party))
    return Member(name, party, role, absent=name in _EMPTY)


MEMBERS = [_member(*s) for s in _SEATS]
NOT_SERVING = [Member("Gustav Lind", "S"), Member("Fatima Osman", "M"), Member("Ronja Björk", "V")]

_NEJ = {"Rolf Hägg", "Bo Wik", "Per Lindmark", "Tore Svahn", "Hampus Ridderstad", "Yvonne Kjellberg",
        "Kurt Enqvist", "Lena Ström"}
_AVSTAR = {"Elin Forsberg"}
VOTE_ROWS = [(m.name, m.party, m.replaced_by.name if m.replaced_by else None,
              "nej" if m.name in _NEJ else "avstar" if m.name in _AVSTAR else "ja")
             for m in MEMBERS if not (m.absent and not m.replaced_by)]

ITEMS = [
    Item("1", "Val av justerare och tid för justering", None, [
        DEC("Kommunfullmäktiges beslut",
            P("Kommunfullmäktige utser Sara Holm (S) och Bo Wik (M) att justera protokollet torsdagen den "
              "27 februari 2025 i kommunkansliet.")),
    ]),
    Item("2", "Interpellation från Bo Wik (M) om skolskjutsar på landsbygden", "KS 2025/40", [
        H("Ärendebeskrivning"),
        P("Bo Wik (M) har lämnat en interpellation till kommunstyrelsens ordförande om väntetiderna för elever "
          "som åker skolskjuts från byarna norr om Tallås. Interpellationen besvaras skriftligt och muntligt."),
        P("Kommunstyrelsens ordförande {{sp:Anneli Frost}} (S) besvarar interpellationen."),
        P("I debatten deltar {{sp:Bo Wik}} (M), Anneli Frost (S) och {{sp:Leif Karlsson}} (V)."),
        DEC("Kommunfullmäktiges beslut", P("Interpellationen är besvarad.")),
    ]),
    Item("3", "Svar på motion om solceller på kommunens tak", "KS 2024/311", [
        H("Ärendebeskrivning"),
        P("Jonas Berg (C) har i en motion föreslagit att kommunen ska installera solceller på alla kommunala "
          "byggnader där taket lämpar sig. Fastighetsavdelningen har inventerat 46 byggnader och bedömer att 19 "
          "av dem har tak som kan bära en anläggning utan förstärkning. Investeringen för de 19 byggnaderna "
          "beräknas till 11,8 miljoner kronor med en återbetalningstid på omkring tretton år."),
        P("Kommunstyrelsen föreslår att motionen bifalls och att installationerna fördelas över åren 2025–2028."),
        H("Beslutsunderlag"),
        UL("Kommunstyrelsens protokoll 2025-02-03, § 14", "Tjänsteskrivelse 2025-01-15",
           "Motion från Jonas Berg (C) 2024-09-30"),
        H("Yrkanden"),
        P("{{yr:Anneli Frost}} (S), {{yr:Leif Karlsson}} (V) och {{yr:Jonas Berg}} (C) yrkar bifall till "
          "kommunstyrelsens förslag."),
        P("{{yr:Bo Wik}} (M) yrkar att motionen ska anses besvarad."),
        H("Propositionsordning"),
        P("Ordföranden ställer proposition på yrkandena och finner att fullmäktige bifaller kommunstyrelsens "
          "förslag. Omröstning begärs."),
        P("Fullmäktige godkänner följande propositionsordning: Ja-röst för kommunstyrelsens förslag, nej-röst "
          "för Bo Wiks yrkande."),
        VOTE(VOTE_ROWS),
        DEC("Kommunfullmäktiges beslut",
            P("Kommunfullmäktige bifaller motionen och uppdrar åt kommunstyrelsen att installera solceller på de "
              "19 byggnader som fastighetsavdelningen har pekat ut.")),
        H("Reservationer"),
        P("{{res:M|Moderaterna}} och {{res:SD|Sverigedemokraterna}} reserverar sig mot beslutet till förmån för "
          "Bo Wiks yrkande."),
    ]),
    Item("4", "Avsägelse av uppdrag som ersättare i barn- och utbildningsnämnden", "KS 2025/52", [
        P("Fatima Osman (M) har avsagt sig uppdraget som ersättare i barn- och utbildningsnämnden."),
        DEC("Kommunfullmäktiges beslut",
            P("Kommunfullmäktige beviljar Fatima Osmans avsägelse och överlämnar fyllnadsvalet till "
              "valberedningen.")),
    ]),
    Item("5", "Taxa för offentlig kontroll inom livsmedelsområdet", "KS 2024/388", [
        H("Ärendebeskrivning"),
        P("Miljö- och byggnämnden föreslår att timavgiften för offentlig kontroll höjs från 1 250 till 1 380 "
          "kronor och att taxan börjar gälla den 1 april 2025."),
        P("{{jav:Lena Ström}} (KD) deltar inte i handläggningen av ärendet på grund av jäv."),
        DEC("Kommunfullmäktiges beslut",
            P("Kommunfullmäktige antar taxa för offentlig kontroll inom livsmedelsområdet att gälla från den 1 "
              "april 2025.")),
    ]),
    Item("6", "Anmälan av medborgarförslag om hundrastgård i Norrby", "KS 2025/61", [
        P("Ett medborgarförslag om en inhägnad hundrastgård vid Norrby idrottsplats har kommit in."),
        DEC("Kommunfullmäktiges beslut",
            P("Medborgarförslaget överlämnas till kommunstyrelsen för beredning.")),
    ]),
]

FURNITURE = ["SAMMANTRÄDESPROTOKOLL", "Ordförandes sign", "Justerandes sign", "Utdragsbestyrkande"]
PATTERNS = [r"Blad \d+", r"Sammanträdesdatum 2025-02-24"]


def build(out_dir):
    present, absent, not_serving = split_members(MEMBERS, NOT_SERVING)
    proto = Protocol(FILE, ORG, BODY, DATE, ITEMS, chair="Ingela Sand", secretary="Erik Sandell",
                     justerare=["Sara Holm", "Bo Wik"], justering_date="2025-02-27", anslag_up="2025-02-28",
                     anslag_down="2025-03-24", present=present, absent=absent, ersattare_not_serving=not_serving,
                     furniture=FURNITURE, furniture_patterns=PATTERNS)

    def header(pdf):
        pdf.set_xy(20, 12)
        pdf.set_font("F", "B", 11)
        pdf.cell(60, 5, "Tallås kommun", **RIGHT)
        pdf.cell(60, 5, "SAMMANTRÄDESPROTOKOLL", **RIGHT)
        pdf.set_font("F", "", 9)
        pdf.cell(50, 5, f"Blad {pdf.page_no()}", align="R", **NL)
        pdf.set_x(80)
        pdf.cell(60, 5, "Sammanträdesdatum 2025-02-24", **NL)
        pdf.set_x(80)
        pdf.cell(60, 5, BODY, **NL)
        pdf.set_xy(pdf.l_margin, 34)

    def footer(pdf):
        pdf.set_xy(20, 297 - 20)
        pdf.set_font("F", "", 7)
        for label in ("Ordförandes sign", "Justerandes sign", "Utdragsbestyrkande"):
            pdf.cell(56, 6, label, border="T", **RIGHT)

    pdf = ProtoPDF(header_fn=header, footer_fn=footer, top=34, bottom=28)
    pdf.add_page()

    def row(label, text):
        pdf.set_font("F", "B", 10)
        y = pdf.get_y()
        pdf.set_xy(20, y)
        pdf.multi_cell(48, 5, label, **NL)
        y2 = pdf.get_y()
        pdf.set_xy(70, y)
        pdf.set_font("F", "", 10)
        pdf.set_left_margin(70)
        pdf.multi_cell(0, 5, text, **NL)
        pdf.set_left_margin(20)
        pdf.set_y(max(y2, pdf.get_y()) + 3)

    row("Plats och tid", f"Folkets hus, Storsalen, {long_date(DATE, weekday=True)} kl. 18.30–21.15")
    row("Beslutande", "Se närvarolista, sida 2")
    row("Övriga deltagare", "Maria Lind, kommundirektör\nErik Sandell, kommunsekreterare")
    row("Utses att justera", "Sara Holm (S) och Bo Wik (M)")
    row("Justeringens plats och tid", f"Kommunkansliet, {long_date('2025-02-27', weekday=True)}")
    row("Paragrafer", "1–6")
    for label, name in (("Sekreterare", "Erik Sandell"), ("Ordförande", "Ingela Sand"),
                        ("Justerare", "Sara Holm                              Bo Wik")):
        row(label, "..........................................\n" + name)
    pdf.ln(8)
    pdf.set_font("F", "B", 10)
    pdf.cell(0, 5, "BEVIS", **NL)
    pdf.set_font("F", "", 10)
    pdf.multi_cell(0, 5, f"Justeringen av kommunfullmäktiges protokoll har tillkännagivits genom anslag på "
                         f"kommunens digitala anslagstavla den {long_date('2025-02-28')}. Anslaget tas ned den "
                         f"{long_date('2025-03-24')}. Protokollet förvaras i kommunkansliet.", **NL)

    pdf.add_page()
    pdf.set_font("F", "B", 12)
    pdf.cell(0, 7, "Närvarolista", **NL)
    width = pdf.w - 40
    pdf.set_font("F", "", 9.5)
    with pdf.table(col_widths=[0.42 * width, 0.16 * width, 0.42 * width], width=width, align="LEFT",
                   line_height=4.8, text_align="LEFT", borders_layout="HORIZONTAL_LINES",
                   first_row_as_headings=True, padding=0.8) as table:
        r = table.row()
        for h in ("Ledamot", "Parti", "Tjänstgörande ersättare"):
            r.cell(h)
        for m in MEMBERS:
            r = table.row()
            r.cell(m.name + (f", {m.role}" if m.role else ""))
            r.cell(m.party)
            r.cell(m.replaced_by.name if m.replaced_by else "–" if m.absent else "")
    pdf.ln(4)
    pdf.set_font("F", "B", 10)
    pdf.cell(0, 6, "Närvarande ersättare, ej tjänstgörande", **NL)
    pdf.set_font("F", "", 10)
    pdf.multi_cell(0, 5, ", ".join(m.label() for m in NOT_SERVING), **NL)

    pdf.add_page()
    for it in ITEMS:
        pdf.room(35)
        pdf.set_font("F", "B", 12)
        pdf.multi_cell(0, 6, f"§ {it.number}   {it.title}", **NL)
        if it.dnr:
            pdf.set_font("F", "I", 9)
            pdf.cell(0, 5, it.dnr, **NL)
        pdf.ln(3)
        for b in it.blocks:
            if b[0] == "vote":
                c = vote_counts(b[1])
                pdf.para(f"Med {c['ja']} ja-röster mot {c['nej']} nej-röster, {c['avstar']} ledamot avstår, "
                         f"beslutar fullmäktige enligt ja-propositionen. Omröstningslista, se bilaga 1.")
            else:
                pdf.blocks([b])
        pdf.ln(4)

    pdf.add_page()
    pdf.set_font("F", "B", 12)
    pdf.cell(0, 7, "Bilaga 1 till § 3 – Omröstningslista", **NL)
    pdf.set_font("F", "", 10)
    pdf.multi_cell(0, 5, "Ja-röst för kommunstyrelsens förslag, nej-röst för Bo Wiks yrkande.", **NL)
    pdf.ln(2)
    pdf.vote_table(VOTE_ROWS)
    pdf.output(out_dir / FILE)
    proto.pages = pdf.page_no()
    return proto
