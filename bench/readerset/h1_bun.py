"""(h1) Barn- och utbildningsnämnden, Åsby kommun — plain UTF-8 text from a small municipality's template:
'Label: value' front page with wrapped name lists, '§ 14' alone on its line with the title and 'Dnr' on the
next lines, 'Nämndens beslut', a vote given as totals, 'Mot beslutet reserverar sig', jäv in passing."""
import common_path  # noqa: F401
from common import Item, Protocol, Member, H, P, UL, DEC, VOTE, split_members
from textkit import text_blocks

FILE = "h1_asby_bun.txt"
ORG = "Åsby kommun"
BODY = "Barn- och utbildningsnämnden"
DATE = "2025-02-12"

MEMBERS = [
    Member("Annika Strand", "C", "ordförande"), Member("Henrik Dahl", "S", "vice ordförande"),
    Member("Lotta Engström", "M"), Member("Yusuf Demir", "S"), Member("Birgitta Nord", "KD"),
    Member("Carl Wester", "SD", absent=True, replaced_by=Member("Tove Lilja", "SD")),
    Member("Fredrika Alm", "V"),
]
NOT_SERVING = [Member("Jonas Rydberg", "S"), Member("Maria Palm", "M")]

ROWS = [("Annika Strand", "C", None, "ja"), ("Henrik Dahl", "S", None, "nej"), ("Lotta Engström", "M", None, "ja"),
        ("Yusuf Demir", "S", None, "nej"), ("Birgitta Nord", "KD", None, "ja"), ("Carl Wester", "SD", "Tove Lilja", "ja"),
        ("Fredrika Alm", "V", None, "nej")]

ITEMS = [
    Item("14", "Val av justerare", None, [
        DEC("Nämndens beslut", P("Henrik Dahl (S) utses att justera dagens protokoll.")),
    ]),
    Item("15", "Godkännande av föredragningslista", None, [
        DEC("Nämndens beslut", P("Föredragningslistan godkänns.")),
    ]),
    Item("16", "Skolskjutsregler för grundskolan från läsåret 2025/26", "BUN 2024/0318", [
        H("Sammanfattning"),
        P("Nuvarande regler för skolskjuts antogs 2019. Förvaltningen föreslår att avståndsgränserna behålls men "
          "att reglerna om växelvis boende förtydligas och att elever i förskoleklass får rätt till skolskjuts "
          "från två kilometer."),
        P("Skolskjutssamordnare {{sp:Emil Berggren}} föredrar ärendet."),
        H("Förslag till beslut"),
        P("Barn- och utbildningsnämnden antar reviderade regler för skolskjuts."),
        H("Yrkanden"),
        P("{{yr:Annika Strand}} (C) yrkar bifall till förvaltningens förslag."),
        P("{{yr:Henrik Dahl}} (S) yrkar att ärendet återremitteras för en konsekvensanalys av "
          "landsbygdselevernas restider."),
        H("Propositionsordning"),
        P("Ordföranden ställer proposition på om ärendet ska avgöras i dag eller återremitteras och finner att "
          "nämnden beslutar att avgöra ärendet i dag. Omröstning begärs och verkställs."),
        H("Omröstning"),
        P("Den som vill avgöra ärendet i dag röstar ja, den som vill återremittera ärendet röstar nej."),
        VOTE(ROWS),
        DEC("Nämndens beslut",
            P("Barn- och utbildningsnämnden antar reviderade regler för skolskjuts att gälla från och med "
              "läsåret 2025/26.")),
        H("Reservation"),
        P("Mot beslutet reserverar sig {{res:S|Socialdemokraterna}} och {{res:V|Vänsterpartiet}} till förmån för "
          "Henrik Dahls återremissyrkande."),
        H("Beslutet skickas till"),
        UL("Skolskjutssamordnaren", "Rektorerna i grundskolan"),
    ]),
    Item("17", "Tilldelning av förskoleplatser våren 2025", "BUN 2025/0022", [
        H("Sammanfattning"),
        P("Kön till förskolan är i januari 41 barn, varav 12 har väntat längre än fyra månader. Förvaltningen "
          "redovisar hur tilldelningen ska ske och att en tillfällig avdelning öppnas på Ekbackens förskola."),
        P("{{jav:Lotta Engström}} (M) anmäler jäv och lämnar lokalen under ärendets behandling."),
        P("Verksamhetschef {{sp:Petra Ullberg}} informerar om läget i förskolekön."),
        DEC("Nämndens beslut",
            P("Barn- och utbildningsnämnden godkänner förvaltningens plan för tilldelning av förskoleplatser "
              "våren 2025.")),
    ]),
    Item("18", "Information om elevhälsans arbete", "BUN 2025/0007", [
        P("Elevhälsochef {{sp:Samira Holm}} informerar om elevhälsans arbete under hösten, bland annat om "
          "frånvaroarbetet och den nya rutinen för hälsosamtal i årskurs 7."),
        DEC("Nämndens beslut", P("Informationen läggs till handlingarna.")),
    ]),
    Item("19", "Delegationsbeslut", None, [
        P("Delegationsbeslut för perioden 2024-12-01–2025-01-31 redovisas enligt bilaga."),
        DEC("Nämndens beslut", P("Redovisningen av delegationsbeslut godkänns.")),
    ]),
]

FURNITURE = ["SAMMANTRÄDESPROTOKOLL", "Justerandes signatur", "Utdragsbestyrkande", "ÅSBY KOMMUN"]
PATTERNS = [r"Sida \d+ av \d+", r"2025-02-12"]


def build(out_dir):
    present, absent, not_serving = split_members(MEMBERS, NOT_SERVING)
    proto = Protocol(FILE, ORG, BODY, DATE, ITEMS, chair="Annika Strand", secretary="Elin Sandberg",
                     justerare=["Henrik Dahl"], justering_date="2025-02-17", anslag_up="2025-02-18",
                     anslag_down="2025-03-12", present=present, absent=absent, ersattare_not_serving=not_serving,
                     furniture=FURNITURE, furniture_patterns=PATTERNS, pages=None)
    head = lambda n: ["ÅSBY KOMMUN                                    SAMMANTRÄDESPROTOKOLL", 
                      f"Barn- och utbildningsnämnden                   2025-02-12            Sida {n} av 4", ""]
    foot = ["", "Justerandes signatur                      Utdragsbestyrkande"]
    lines = head(1) + [
        "Plats och tid: Åsby kommunhus, sammanträdesrum Ljusnan, onsdagen den 12 februari 2025",
        "kl. 13.15–16.40",
        "",
        "Beslutande ledamöter: Annika Strand (C), ordförande, Henrik Dahl (S), vice ordförande,",
        "Lotta Engström (M), Yusuf Demir (S), Birgitta Nord (KD), Fredrika Alm (V),",
        "Tove Lilja (SD) ersätter Carl Wester (SD)",
        "",
        "Närvarande ersättare: Jonas Rydberg (S), Maria Palm (M)",
        "",
        "Tjänstemän: Elin Sandberg, nämndsekreterare, Emil Berggren, skolskjutssamordnare,",
        "Petra Ullberg, verksamhetschef förskola, Samira Holm, elevhälsochef",
        "",
        "Protokollförare: Elin Sandberg",
        "",
        "Justerare: Henrik Dahl (S)",
        "",
        "Justeringens plats och tid: Kommunhuset 2025-02-17",
        "",
        "Paragrafer: 14–19",
        "",
        "Underskrifter",
        "Sekreterare ..............................",
        "            Elin Sandberg",
        "Ordförande  ..............................",
        "            Annika Strand",
        "Justerare   ..............................",
        "            Henrik Dahl",
        "",
        "BEVIS OM ANSLAG",
        "Protokollet är justerat. Justeringen har tillkännagivits genom anslag.",
        "Organ: Barn- och utbildningsnämnden",
        "Datum för anslags uppsättande: 2025-02-18",
        "Datum för anslags nedtagande: 2025-03-12",
        "Förvaringsplats för protokollet: Kommunkansliet",
    ] + foot + ["\f"]
    page = 2
    body = []
    for it in ITEMS:
        body += ["", f"§ {it.number}", "", it.title]
        if it.dnr:
            body.append(f"Dnr {it.dnr}")
        body += text_blocks(it.blocks, vote_style="totals")
    # paginate every ~45 lines with header and footer
    chunk = 45
    for i in range(0, len(body), chunk):
        lines += head(page) + body[i:i + chunk] + foot + ["\f"]
        page += 1
    lines[-1:] = []
    text = "\n".join(lines).replace("av 4", f"av {page - 1}") + "\n"
    (out_dir / FILE).write_text(text, encoding="utf-8")
    proto.pages = page - 1
    return proto
