"""(h5) Överförmyndarnämnden, Lunda kommun — older plain-text style: 'Protokoll fört vid sammanträde med …
den 14 mars 2025', 'Närvarande:' with 'Ledamöter:'/'Ersättare:' sub-lists, '§ 5.' headings with a trailing
period, decisions as 'att'-clauses under '<Nämnden> beslutar', 'Vid protokollet', 'Justeras' signatures, and
the anslag as one sentence with both dates."""
import common_path  # noqa: F401
from common import Item, Protocol, Member, H, P, DEC, split_members, long_date
from textkit import text_blocks

FILE = "h5_lunda_ofn.txt"
ORG = "Lunda kommun"
BODY = "Överförmyndarnämnden"
DATE = "2025-03-14"

MEMBERS = [Member("Gun Rosén", "S", "ordförande"), Member("Torbjörn Alm", "M", "vice ordförande"),
           Member("Sanna Häll", "C", absent=True, replaced_by=Member("Lars-Erik Björk", "C"))]
NOT_SERVING = [Member("Nadia Saleh", "S")]

ITEMS = [
    Item("5", "Val av justerare", None, [
        DEC("Beslut", P("Torbjörn Alm utses att jämte ordföranden justera protokollet.")),
    ]),
    Item("6", "Verksamhetsberättelse 2024", "ÖFN 2025/3", [
        P("Kanslichef {{sp:Ebba Norling}} redogör för verksamhetsberättelsen. Antalet ärenden med "
          "ställföreträdarskap ökade under 2024 med 6 procent till 412, och granskningen av årsräkningar "
          "avslutades i september."),
        DEC("Beslut", P("Överförmyndarnämnden beslutar att godkänna verksamhetsberättelsen för 2024 och "
                        "överlämna den till kommunfullmäktige.")),
    ]),
    Item("7", "Arvoden till ställföreträdare från 2025", "ÖFN 2025/9", [
        P("Nämnden fastställer årligen riktlinjer för arvoden till gode män och förvaltare. Förslaget innebär "
          "att grundarvodet höjs med prisbasbeloppets förändring och att arvodet för förvaltning av "
          "fastighet höjs till 3 procent av prisbasbeloppet."),
        H("Yrkanden"),
        P("{{yr:Torbjörn Alm}} (M) yrkar att arvodet för förvaltning av fastighet ska vara oförändrat."),
        P("{{yr:Gun Rosén}} (S) yrkar bifall till förslaget."),
        P("Ordföranden ställer proposition på yrkandena och finner att nämnden bifaller Gun Roséns yrkande."),
        DEC("Beslut", P("Överförmyndarnämnden beslutar att fastställa riktlinjer för arvoden till "
                        "ställföreträdare att gälla från den 1 april 2025.")),
        H("Reservation"),
        P("{{res:Torbjörn Alm|Torbjörn Alm}} (M) reserverar sig mot beslutet."),
    ]),
    Item("8", "Anmälningsärenden", None, [
        P("Inkomna skrivelser och domar redovisas enligt förteckning."),
        DEC("Beslut", P("Anmälningsärendena läggs till handlingarna.")),
    ]),
]

FURNITURE = ["Justerandes signatur", "LUNDA KOMMUN"]
PATTERNS = [r"Sid \d+"]


def att_clauses(text):
    """Write a decision as '<Nämnden> beslutar' and its 'att'-clauses on lines of their own."""
    head, _, rest = text.partition(" beslutar att ")
    if not rest:
        return [text]
    clauses = [rest.rstrip(".")]
    return [f"{head} beslutar"] + [f"att {c}" for c in clauses[:-1]] + [f"att {clauses[-1]}."]


def build(out_dir):
    present, absent, not_serving = split_members(MEMBERS, NOT_SERVING)
    proto = Protocol(FILE, ORG, BODY, DATE, ITEMS, chair="Gun Rosén", secretary="Ebba Norling",
                     justerare=["Torbjörn Alm"], justering_date="2025-03-19", anslag_up="2025-03-20",
                     anslag_down="2025-04-11", present=present, absent=absent, ersattare_not_serving=not_serving,
                     furniture=FURNITURE, furniture_patterns=PATTERNS)
    lines = ["LUNDA KOMMUN                                                        Sid 1",
             "",
             f"Protokoll fört vid sammanträde med överförmyndarnämnden i Lunda kommun fredagen den {long_date(DATE)}",
             "i kommunhusets sammanträdesrum Borgen kl. 09.00–11.30.",
             "",
             "Närvarande:",
             "  Ledamöter:  Gun Rosén (S), ordförande, Torbjörn Alm (M), vice ordförande,",
             "              Lars-Erik Björk (C), tjänstgörande ersättare för Sanna Häll (C)",
             "  Ersättare:  Nadia Saleh (S)",
             "  Övriga:     Ebba Norling, kanslichef och sekreterare",
             ""]
    for it in ITEMS:
        lines += ["", f"§ {it.number}.  {it.title}"]
        if it.dnr:
            lines.append(f"Dnr {it.dnr}")
        for b in it.blocks:
            if b[0] == "dec":
                lines += ["", b[1]] + att_clauses(b[2][0][1]) + text_blocks(b[2][1:])
            else:
                lines += text_blocks([b])
    lines += ["", "", "Vid protokollet", "", "Ebba Norling", "", "Justeras", "", "Gun Rosén          Torbjörn Alm",
              "", "Protokollet justerat 2025-03-19. Anslaget på kommunens anslagstavla 2025-03-20 – 2025-04-11.",
              "", "Justerandes signatur"]
    (out_dir / FILE).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return proto
