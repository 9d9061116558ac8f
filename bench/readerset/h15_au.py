"""(h15) Kommunstyrelsens arbetsutskott, Norrviks kommun — plain text from a Ciceron-style template: dates
written '2025.05.20', a front page with 'Beslutande ledamöter' holding a 'Tjänstgörande ersättare' sub-heading
and 'tjg för', 'Närvarande ersättare', 'Övriga närvarande' with '§§ 36-38' ranges, 'Underskrifter' with the
role words and the names on the lines below and 'Paragrafer 34-40' at the right, an added item '§ 38 a',
decisions in the present passive without a heading word ('Dagordningen fastställs.'), 'Beslutsgång',
'Yrkande' with 'med instämmande av', a vote as 'Med 4 röster för bifall mot 1 röst för avslag', a written
reservation, jäv as 'deltar inte i handläggningen på grund av jäv', speakers as 'Information av X' and
'Föredragande: X', a running header 'Sida 2 (5)' and the ANSLAG/BEVIS box at the end."""
import common_path  # noqa: F401
from common import Item, Protocol, Member, H, P, UL, DEC, VOTE, split_members
from textkit import text_blocks

FILE = "h15_norrvik_ksau.txt"
ORG = "Norrviks kommun"
BODY = "Kommunstyrelsens arbetsutskott"
DATE = "2025-05-20"

MEMBERS = [
    Member("Malin Sjöberg", "S", "ordförande"), Member("Jörgen Lund", "M", "vice ordförande"),
    Member("Elin Forsberg", "C"),
    Member("Patrik Öhman", "SD", absent=True, replaced_by=Member("Kent Ragnarsson", "SD")),
    Member("Sofia Abdi", "S"),
]
NOT_SERVING = [Member("Gustav Bergh", "M"), Member("Hanna Lilja", "V")]
# The vote is given only as a sentence in the Beslutsgång; the rows are the expectation, not rendered.
ROWS = [("Malin Sjöberg", "S", None, "ja"), ("Jörgen Lund", "M", None, "ja"), ("Elin Forsberg", "C", None, "ja"),
        ("Patrik Öhman", "SD", "Kent Ragnarsson", "nej"), ("Sofia Abdi", "S", None, "ja")]

ITEMS = [
    Item("34", "Val av justerare", None, [
        DEC("Beslut", P("Jörgen Lund (M) utses att justera protokollet.")),
    ]),
    Item("35", "Fastställande av dagordning", None, [
        P("Ordföranden föreslår att ärendet om bredbandsstöd läggs till som § 38 a."),
        DEC("Beslut", P("Dagordningen fastställs med det tillägget.")),
    ]),
    Item("36", "Delårsrapport per april 2025", "KS 2025/0187", [
        H("Ärendebeskrivning"),
        P("Ekonomiavdelningen har sammanställt delårsrapporten per den 30 april. Prognosen för helåret visar "
          "ett överskott på 6,2 miljoner kronor, främst genom högre skatteintäkter och lägre kostnader för "
          "försörjningsstöd."),
        P("Information av ekonomichef {{sp:Therese Vikström}}."),
        H("Förslag till beslut"),
        P("Arbetsutskottet föreslår kommunstyrelsen att godkänna delårsrapporten."),
        DEC("Beslut", P("Arbetsutskottet föreslår kommunstyrelsen att godkänna delårsrapporten per april 2025.")),
    ]),
    Item("37", "Taxa för torghandel 2026", "KS 2025/0142", [
        H("Ärendebeskrivning"),
        P("Taxan för torghandel har inte räknats upp sedan 2019. Förvaltningen föreslår en höjning av "
          "avgiften för en dagplats från 150 till 200 kronor och en ny avgift för el-uttag."),
        P("Föredragande: näringslivsutvecklare {{sp:Oskar Nyström}}"),
        H("Yrkande"),
        P("{{yr:Malin Sjöberg}} (S) yrkar, med instämmande av {{yr:Elin Forsberg}} (C), bifall till förvaltningens "
          "förslag."),
        P("{{yr:Kent Ragnarsson}} (SD) yrkar avslag."),
        H("Beslutsgång"),
        P("Ordföranden ställer proposition på yrkandena och finner att arbetsutskottet bifaller Malin Sjöbergs "
          "yrkande. Med 4 röster för bifall mot 1 röst för avslag beslutar arbetsutskottet enligt "
          "ordförandens förslag."),
        VOTE(ROWS),
        DEC("Beslut", P("Arbetsutskottet föreslår kommunstyrelsen att anta taxa för torghandel 2026.")),
        H("Reservation"),
        P("{{res:SD|Kent Ragnarsson}} (SD) reserverar sig skriftligt mot beslutet, bilaga 1."),
    ]),
    Item("38", "Markanvisning för kvarteret Lärkan", "KS 2025/0099", [
        H("Ärendebeskrivning"),
        P("Två byggherrar har lämnat intresseanmälan för kvarteret Lärkan. Förvaltningen föreslår att "
          "markanvisning ges till Norrvik Bostads AB för 40 hyreslägenheter."),
        P("{{jav:Sofia Abdi}} (S) deltar inte i handläggningen på grund av jäv."),
        P("Exploateringsingenjör {{sp:Leo Markström}} redogör för ärendet."),
        DEC("Beslut", P("Markanvisning för kvarteret Lärkan ges till Norrvik Bostads AB enligt förvaltningens "
                        "förslag.")),
        H("Beslutet skickas till"),
        UL("Samhällsbyggnadsförvaltningen", "Norrvik Bostads AB"),
    ]),
    Item("38 a", "Ansökan om bredbandsstöd", "KS 2025/0203", [
        P("Kommunen kan söka statligt stöd för utbyggnad av bredband på landsbygden senast den 1 juni 2025."),
        DEC("Beslut", P("Ansökan om bredbandsstöd godkänns och lämnas in till Post- och telestyrelsen.")),
    ]),
    Item("39", "Information om sommarens feriearbeten", None, [
        P("Arbetsmarknadschef {{sp:Nora Selin}} informerar om att 180 ungdomar har erbjudits feriearbete i "
          "sommar, 20 fler än i fjol."),
        DEC("Beslut", P("Informationen noteras.")),
    ]),
    Item("40", "Delegationsbeslut och meddelanden", None, [
        P("Delegationsbeslut och meddelanden för perioden 2025.04.08–2025.05.12 redovisas."),
        DEC("Beslut", P("Redovisningen godkänns.")),
    ]),
]

FURNITURE = ["SAMMANTRÄDESPROTOKOLL", "Justerandes sign", "Utdragsbestyrkande", "NORRVIKS KOMMUN"]
PATTERNS = [r"Sida \d+ \(\d+\)"]


def dotted(iso):
    return iso.replace("-", ".")


def header(page, pages):
    return ["NORRVIKS KOMMUN                 SAMMANTRÄDESPROTOKOLL                 Sida " + f"{page} ({pages})",
            f"Kommunstyrelsens arbetsutskott   Sammanträdesdatum {dotted(DATE)}", ""]


def footer():
    return ["", "Justerandes sign          Utdragsbestyrkande"]


def build(out_dir):
    present, absent, not_serving = split_members(MEMBERS, NOT_SERVING)
    proto = Protocol(FILE, ORG, BODY, DATE, ITEMS, chair="Malin Sjöberg", secretary="Ida Holmgren",
                     justerare=["Jörgen Lund"], justering_date="2025-05-22", anslag_up="2025-05-23",
                     anslag_down="2025-06-14", present=present, absent=absent, ersattare_not_serving=not_serving,
                     furniture=FURNITURE, furniture_patterns=PATTERNS)
    pages = 5
    front = header(1, pages) + [
        "Plats och tid          Kommunhuset, Lilla salen, kl. 08.30–11.45",
        "",
        "Beslutande ledamöter   Malin Sjöberg (S), ordförande",
        "                       Jörgen Lund (M), vice ordförande",
        "                       Elin Forsberg (C)",
        "                       Sofia Abdi (S)",
        "                       Tjänstgörande ersättare",
        "                       Kent Ragnarsson (SD) tjg för Patrik Öhman (SD)",
        "",
        "Närvarande ersättare   Gustav Bergh (M), Hanna Lilja (V)",
        "",
        "Övriga närvarande      Ida Holmgren, sekreterare",
        "                       Therese Vikström, ekonomichef §§ 36-37",
        "                       Leo Markström, exploateringsingenjör § 38",
        "",
        "Justerare              Jörgen Lund",
        "",
        f"Justeringens plats     Kommunkansliet {dotted('2025-05-22')}",
        "och tid",
        "",
        "Underskrifter          Sekreterare                              Paragrafer 34-40",
        "                       Ida Holmgren",
        "",
        "                       Ordförande",
        "                       Malin Sjöberg",
        "",
        "                       Justerare",
        "                       Jörgen Lund",
    ] + footer() + ["\f"]
    body = []
    page = 2
    for n, it in enumerate(ITEMS):
        if n in (3, 5):
            body += footer() + ["\f"] + header(page, pages)
            page += 1
        elif n == 0:
            body += header(page, pages)
            page += 1
        body += ["", f"§ {it.number}    {it.title}"]
        if it.dnr:
            body.append(f"Diarienr {it.dnr}")
        body += text_blocks([b for b in it.blocks if b[0] != "vote"])
    anslag = footer() + ["\f"] + header(page, pages) + [
        "ANSLAG/BEVIS",
        "Protokollet är justerat. Justeringen har tillkännagivits genom anslag.",
        "",
        "Organ                              Kommunstyrelsens arbetsutskott",
        f"Sammanträdesdatum                  {dotted(DATE)}",
        f"Datum för anslags uppsättande      {dotted('2025-05-23')}",
        f"Datum för anslags nedtagande       {dotted('2025-06-14')}",
        "Förvaringsplats för protokollet    Kommunkansliet, Norrviks kommun",
        "",
        "Underskrift  ..................................",
        "             Ida Holmgren",
    ]
    (out_dir / FILE).write_text("\n".join(front + body + anslag) + "\n", encoding="utf-8")
    return proto
