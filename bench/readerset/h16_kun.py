"""(h16) Kulturnämnden, Solvalla stad — PDF from a big city's template: 'Protokoll nr 5/2025 fört vid sammanträde
med kulturnämnden tisdagen den 20 maj 2025', 'Närvarande:' with sub-headed Ledamöter / Tjänstgörande ersättare
('X (S) för Y (S)') / Ersättare, 'Dessutom närvarande:' officials with their titles first, 'Justerat 2025-05-27'
and 'Protokollet har justerats och anslagits den 28 maj 2025 …' on the front page, each § as '§ 2' over its
title with the dnr number-first ('KUN 0145/25'), 'Beslut' first with the reservation, särskilt uttalande, jäv
and vote written as sentences under it ('Reservation anförs av X m.fl. (SD)', 'Votering begärs och verkställs.
Voteringen utfaller med …'), 'Förslag till beslut på sammanträdet' for the yrkanden, 'Ordföranden utsåg X att
jämte ordföranden justera …', an asker who is no speaker, and 'Vid protokollet' after the last §."""
import common_path  # noqa: F401
from common import Item, Protocol, Member, H, P, DEC, VOTE, split_members, long_date, vote_counts
from pdfkit import ProtoPDF, NL

FILE = "h16_solvalla_kun.pdf"
ORG = "Solvalla stad"
BODY = "Kulturnämnden"
DATE = "2025-05-20"

MEMBERS = [
    Member("Anna Wester", "S", "ordförande"), Member("Bo Lindqvist", "M", "vice ordförande"),
    Member("Carina Holm", "V"), Member("Dan Eriksson", "C"), Member("Eva Nordin", "S"),
    Member("Ferhat Öz", "SD"), Member("Gunilla Berg", "L"),
    Member("Ingrid Ahl", "S", absent=True, replaced_by=Member("Henrik Sand", "S")),
    Member("Jonas Kvist", "KD"),
]
NOT_SERVING = [Member("Karl Mört", "M"), Member("Lena Pålsson", "V"), Member("Maja Ring", "MP")]
ROWS = [("Anna Wester", "S", None, "ja"), ("Bo Lindqvist", "M", None, "ja"), ("Carina Holm", "V", None, "ja"),
        ("Eva Nordin", "S", None, "ja"), ("Gunilla Berg", "L", None, "ja"), ("Ingrid Ahl", "S", "Henrik Sand", "ja"),
        ("Jonas Kvist", "KD", None, "ja"), ("Ferhat Öz", "SD", None, "nej")]

ITEMS = [
    Item("1", "Val av justerare och tid för justering", None, [
        P("Ordföranden utsåg Bo Lindqvist (M) att jämte ordföranden justera dagens protokoll. Protokollet justeras "
          "tisdagen den 27 maj 2025."),
    ]),
    Item("2", "Verksamhetsplan för kulturskolan 2026", "KUN 0145/25", [
        DEC("Beslut", P("Kulturnämnden godkänner verksamhetsplanen för kulturskolan 2026."),
            P("Reservation anförs av {{res:SD|Ferhat Öz}} (SD) enligt följande:"),
            P("Vi anser att avgifterna för kulturskolan borde sänkas för familjer med låga inkomster."),
            P("Särskilt uttalande görs av Bo Lindqvist m.fl. (M) enligt följande: Nämnden bör följa upp köerna.")),
        H("Ärendet"),
        P("Förvaltningen har tagit fram en verksamhetsplan med mål för antal elever och avgifter. Avdelningschef "
          "{{sp:Olle Persson}} föredrar ärendet."),
        H("Förslag till beslut"),
        P("Kulturnämnden föreslås godkänna verksamhetsplanen."),
        H("Förslag till beslut på sammanträdet"),
        P("Ordföranden {{yr:Anna Wester}} m.fl. (S, V, C) föreslår att nämnden beslutar enligt förvaltningens förslag."),
        P("{{yr:Ferhat Öz}} (SD) föreslår att nämnden avslår förvaltningens förslag."),
        H("Propositionsordning"),
        P("Ordföranden ställer proposition på förvaltningens förslag och finner att nämnden beslutat enligt detta."),
    ]),
    Item("3", "Kulturstipendier 2025", "KUN 0201/25", [
        DEC("Beslut", P("Kulturnämnden utser stipendiater enligt bilaga 1."),
            P("{{jav:Dan Eriksson}} (C) anmäler jäv och deltar inte i handläggningen av ärendet."),
            P("Votering begärs och verkställs. Voteringen utfaller med 7 ja-röster mot 1 nej-röst."),
            P("Reservation anförs av {{res:SD|Ferhat Öz}} (SD) hänvisande till eget förslag.")),
        VOTE(ROWS),  # the expectation; the vote is rendered as the sentence under Beslut
        H("Ärendet"),
        P("Stipendiekommittén har berett 41 ansökningar. Kultursekreterare {{sp:Rune Sten}} redogör för "
          "kommitténs förslag."),
    ]),
    Item("4", "Information om biblioteksplanen", "KUN 0033/25", [
        DEC("Beslut", P("Kulturnämnden lägger informationen till handlingarna.")),
        H("Ärendet"),
        P("Kulturdirektör {{sp:Nils Ohlin}} informerar om arbetet med den nya biblioteksplanen. Carina Holm (V) "
          "frågar om de filialer som ska byggas om. Frågan besvaras av {{sp:Olle Persson}}."),
    ]),
    Item("5", "Anmälan av delegationsbeslut", "KUN 0003/25", [
        DEC("Beslut", P("Kulturnämnden lägger anmälan av delegationsbeslut till handlingarna.")),
    ]),
]

FURNITURE = ["Solvalla stad | Kulturnämnden", "Protokoll nr 5/2025", "Justerandes signatur"]
PATTERNS = [r"Sida \d+ av \d+"]


def build(out_dir):
    present, absent, not_serving = split_members(MEMBERS, NOT_SERVING)
    proto = Protocol(FILE, ORG, BODY, DATE, ITEMS, chair="Anna Wester", secretary="Petra Quist",
                     justerare=["Bo Lindqvist"], justering_date="2025-05-27", anslag_up="2025-05-28",
                     present=present, absent=absent, ersattare_not_serving=not_serving,
                     furniture=FURNITURE, furniture_patterns=PATTERNS)

    def header(pdf):
        pdf.set_y(12)
        pdf.set_font("F", "", 8.5)
        pdf.cell(0, 4, "Solvalla stad | Kulturnämnden", align="L", **NL)
        pdf.cell(0, 4, f"Protokoll nr 5/2025 | Sida {pdf.page_no()} av {{nb}}", align="L", **NL)

    def footer(pdf):
        pdf.set_y(-18)
        pdf.set_font("F", "", 8)
        pdf.cell(0, 4, "Justerandes signatur ........................", align="L", **NL)

    pdf = ProtoPDF(header_fn=header, footer_fn=footer, top=28, bottom=24, creator="Platina 6.2")
    pdf.alias_nb_pages("{nb}")
    pdf.add_page()
    pdf.set_font("F", "B", 14)
    pdf.cell(0, 8, "PROTOKOLL NR 5/2025", **NL)
    pdf.set_font("F", "", 10.5)
    pdf.multi_cell(0, 5.2, f"fört vid sammanträde med kulturnämnden {long_date(DATE, weekday=True)} kl. 17.30–19.10 "
                           "i Kulturhuset, Sergels plan", **NL)
    pdf.ln(4)
    pdf.set_font("F", "B", 10.5)
    pdf.cell(0, 6, "Närvarande:", **NL)
    groups = [("Ledamöter", [m.label() for m in MEMBERS if not m.absent]),
              ("Tjänstgörande ersättare", [f"{m.replaced_by.name} ({m.party}) för {m.name} ({m.party})"
                                           for m in MEMBERS if m.replaced_by]),
              ("Ersättare", [m.label() for m in NOT_SERVING])]
    for head, names in groups:
        pdf.set_font("F", "B", 10.5)
        pdf.cell(0, 5.2, head, **NL)
        pdf.set_font("F", "", 10.5)
        for n in names:
            pdf.cell(0, 5.2, n, **NL)
        pdf.ln(2)
    pdf.multi_cell(0, 5.2, "Dessutom närvarande: Kulturdirektör Nils Ohlin, avdelningschef Olle Persson, "
                           "kultursekreterare Rune Sten och nämndsekreterare Petra Quist", **NL)
    pdf.ln(4)
    pdf.multi_cell(0, 5.2, "Justerat 2025-05-27        Anna Wester        Bo Lindqvist", **NL)
    pdf.ln(2)
    pdf.multi_cell(0, 5.2, f"Protokollet har justerats och anslagits den {long_date('2025-05-28')} på stadens "
                           "digitala anslagstavla.", **NL)
    pdf.ln(2)
    pdf.multi_cell(0, 5.2, "Petra Quist", **NL)

    pdf.add_page()
    for it in ITEMS:
        pdf.room(40)
        pdf.set_font("F", "B", 12)
        pdf.cell(0, 6, f"§ {it.number}", **NL)
        pdf.multi_cell(0, 6, it.title, **NL)
        if it.dnr:
            pdf.set_font("F", "", 9.5)
            pdf.cell(0, 5, it.dnr, **NL)
        pdf.ln(3)
        for b in it.blocks:
            if b[0] == "dec":
                pdf.heading(b[1])
                pdf.blocks(b[2])
            elif b[0] != "vote":
                pdf.blocks([b])
        pdf.ln(4)
    pdf.ln(6)
    pdf.set_font("F", "", 10.5)
    pdf.cell(0, 6, "Vid protokollet", **NL)
    pdf.cell(0, 6, "Petra Quist", **NL)
    pdf.output(out_dir / FILE)
    proto.pages = pdf.page_no()
    assert vote_counts(ROWS) == {"ja": 7, "nej": 1, "avstar": 0}  # as the sentence in § 3 says
    return proto
