"""(h10) Styrelsen, Tallås Bostäder AB — a municipal company's board minutes as PDF: 'Protokoll fört vid
styrelsemöte i … (org.nr 556123-4567)', 'Label: value' lines, members without parties but with roles in
parentheses ('Agneta Holm (ordförande)'), 'Närvarande suppleanter' (substitutes not serving), 'Tjänstgörande
suppleant: G för H', a running header 'Styrelseprotokoll nr 2/2025  1 (3)', everything in the past tense
('Styrelsen beslutade att …' without a Beslut heading, 'reserverade sig', 'anmälde jäv', 'yrkade'), a vote as
'röstade fem ledamöter för … och två emot', the adjuster appointed in § 2 only, and no justering date or anslag."""
import common_path  # noqa: F401
from common import Item, Protocol, Member, P, DEC, VOTE, vote_counts

from pdfkit import ProtoPDF, NL, RIGHT

FILE = "h10_tallas_bostader.pdf"
ORG = "Tallås Bostäder AB"
BODY = "Styrelsen"
DATE = "2025-03-18"

MEMBERS = [Member("Agneta Holm", role="ordförande"), Member("Roger Fält", role="vice ordförande"),
           Member("Sirpa Laine"), Member("Magnus Törn"), Member("Hedvig Ros"),
           Member("Kjell Bertilsson", absent=True, replaced_by=Member("Linus Sahl")), Member("Ebba Grip")]
SUPPLEANTER = [Member("Tomas Hellqvist"), Member("Amra Begić")]

_NEJ = {"Magnus Törn", "Ebba Grip"}
VOTE_ROWS = [(m.replaced_by.name if m.replaced_by else m.name, None, None, "nej" if m.name in _NEJ else "ja")
             for m in MEMBERS]
NUMBER_WORDS = {1: "en", 2: "två", 3: "tre", 4: "fyra", 5: "fem", 6: "sex", 7: "sju", 8: "åtta", 9: "nio"}

ITEMS = [
    Item("1", "Mötets öppnande", None, [
        P("Ordföranden förklarade mötet öppnat och hälsade särskilt Linus Sahl välkommen."),
    ]),
    Item("2", "Val av justerare", None, [
        DEC("", P("Till att jämte ordföranden justera dagens protokoll utsågs Roger Fält.")),
    ]),
    Item("3", "Godkännande av dagordning", None, [
        DEC("", P("Dagordningen godkändes.")),
    ]),
    Item("4", "VD-rapport", None, [
        P("VD {{sp:Karin Sjö}} föredrog VD-rapporten för perioden januari–februari. Uthyrningsgraden var 98,6 "
          "procent och vakanserna fanns främst i centrala Tallås."),
        P("Ekonomichef {{sp:Lars Bäck}} redovisade bokslutet för 2024 som visar ett resultat efter finansiella "
          "poster på 14,3 miljoner kronor."),
        DEC("", P("Styrelsen beslutade att lägga rapporterna till handlingarna.")),
    ]),
    Item("5", "Investeringsbeslut Tallbacken etapp 2", None, [
        P("Förslaget omfattar 48 hyreslägenheter i två huskroppar till en beräknad kostnad om 162 miljoner kronor. "
          "Byggstart planeras till hösten 2025."),
        P("{{yr:Magnus Törn}} yrkade att beslutet skulle skjutas upp till ett extra styrelsemöte i april."),
        P("{{yr:Agneta Holm}} yrkade bifall till VD:s förslag."),
        VOTE(VOTE_ROWS),
        DEC("", P("Styrelsen beslutade att genomföra investeringen i Tallbacken etapp 2 inom en ram om 162 "
                  "miljoner kronor och att ge VD i uppdrag att teckna entreprenadavtal.")),
        P("{{res:Magnus Törn|Magnus Törn}} och {{res:Ebba Grip|Ebba Grip}} reserverade sig mot beslutet."),
    ]),
    Item("6", "Försäljning av fastigheten Tallås Kvarnen 3", None, [
        P("{{jav:Hedvig Ros}} anmälde jäv och deltog inte i behandlingen av ärendet."),
        P("Bolaget har fått ett bud om 6,8 miljoner kronor på fastigheten, vilket överstiger värderingen."),
        DEC("", P("Styrelsen beslutade att sälja fastigheten Tallås Kvarnen 3 för 6,8 miljoner kronor.")),
    ]),
    Item("7", "Mötets avslutande", None, [
        P("Ordföranden tackade för visat intresse och avslutade mötet kl. 18.25."),
    ]),
]

FURNITURE = ["TALLÅS BOSTÄDER AB", "Styrelseprotokoll nr 2/2025"]
PATTERNS = [r"\b\d \(\d\)"]


def build(out_dir):
    present = [m.name for m in MEMBERS if not m.absent] + [m.replaced_by.name for m in MEMBERS if m.replaced_by]
    proto = Protocol(FILE, ORG, BODY, DATE, ITEMS, chair="Agneta Holm", secretary="Petra Holm",
                     justerare=["Roger Fält"], present=present, absent=[m.name for m in MEMBERS if m.absent],
                     ersattare_not_serving=[m.name for m in SUPPLEANTER], furniture=FURNITURE,
                     furniture_patterns=PATTERNS)

    def header(pdf):
        pdf.set_xy(20, 12)
        pdf.set_font("F", "B", 11)
        pdf.cell(80, 5, "TALLÅS BOSTÄDER AB", **RIGHT)
        pdf.set_font("F", "", 9)
        pdf.cell(60, 5, "Styrelseprotokoll nr 2/2025", **RIGHT)
        pdf.cell(30, 5, f"{pdf.page_no()} ({{nb}})", align="R", **NL)
        pdf.set_xy(pdf.l_margin, 28)

    pdf = ProtoPDF(serif=True, header_fn=header, top=28, bottom=22)
    pdf.alias_nb_pages()
    pdf.add_page()
    pdf.set_font("F", "B", 13)
    pdf.multi_cell(0, 6, "Protokoll fört vid styrelsemöte i Tallås Bostäder AB (org.nr 556123-4567)", **NL)
    pdf.ln(3)
    lines = [("Datum", "2025-03-18"), ("Tid", "16.00–18.30"), ("Plats", "Bolagets kontor, Storgatan 4, Tallås"),
             ("Närvarande ledamöter", ", ".join(f"{m.name} ({m.role})" if m.role else m.name
                                                for m in MEMBERS if not m.absent)),
             ("Tjänstgörande suppleant", "Linus Sahl för Kjell Bertilsson"),
             ("Närvarande suppleanter", ", ".join(m.name for m in SUPPLEANTER)),
             ("Frånvarande", "Kjell Bertilsson"),
             ("Övriga närvarande", "Karin Sjö, VD; Lars Bäck, ekonomichef (§§ 1–5); Petra Holm, sekreterare")]
    for label, value in lines:
        pdf.set_font("F", "B", 10)
        pdf.cell(52, 5, label + ":", **RIGHT)
        pdf.set_font("F", "", 10)
        pdf.set_left_margin(72)
        pdf.multi_cell(0, 5, value, **NL)
        pdf.set_left_margin(20)
        pdf.ln(1)
    pdf.ln(4)
    for it in ITEMS:
        pdf.room(25)
        pdf.set_font("F", "B", 11)
        pdf.cell(14, 6, f"§ {it.number}", **RIGHT)
        pdf.multi_cell(0, 6, it.title, **NL)
        pdf.ln(1)
        for b in it.blocks:
            if b[0] == "p":
                pdf.para(b[1])
            elif b[0] == "dec":
                for x in b[2]:
                    pdf.para(x[1])
            elif b[0] == "vote":
                c = vote_counts(b[1])
                pdf.para(f"Ordföranden ställde yrkandena mot varandra. Vid omröstning röstade "
                         f"{NUMBER_WORDS[c['ja']]} ledamöter för VD:s förslag och {NUMBER_WORDS[c['nej']]} emot.")
        pdf.ln(3)
    pdf.ln(6)
    pdf.set_font("F", "", 10)
    for label, name in (("Vid protokollet", "Petra Holm"), ("Justeras", "Agneta Holm, ordförande"),
                        ("", "Roger Fält")):
        if label:
            pdf.cell(0, 5, label, **NL)
        pdf.ln(6)
        pdf.cell(0, 5, "................................................", **NL)
        pdf.cell(0, 5, name, **NL)
        pdf.ln(3)
    pdf.output(out_dir / FILE)
    proto.pages = pdf.page_no()
    return proto
