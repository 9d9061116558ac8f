"""(h19) Barn- och utbildningsnämnden, Ålbo kommun — a text export of an older template: 'Protokoll fört vid
sammanträde med … måndagen den 3 mars 2025', 'Närvarande' over the members and the ersättare side by side
('Ledamöter      Ersättare', the left column longer, one 'X (SD) ersätter Y (SD)'), 'Tjänstemän:' on one
line, each paragraph headed '12 §' with the number first and the title on the next line, proposals made at the
meeting as 'X (S) föreslår att …', a vote as 'Omröstningen utfaller med 4 ja-röster och 3 nej-röster', the
reservation as a sentence after the decision, jäv as 'deltar inte i beslutet på grund av jäv', and the anslag
as one sentence at the end."""
import common_path  # noqa: F401
from common import Item, Protocol, Member, P, DEC, VOTE, split_members
from textkit import text_blocks

FILE = "h19_albo_bun.txt"
ORG = "Ålbo kommun"
BODY = "Barn- och utbildningsnämnden"
DATE = "2025-03-03"

MEMBERS = [
    Member("Sven Mattsson", "C", "ordförande"), Member("Linnea Berg", "S", "vice ordförande"),
    Member("Ahmed Hassan", "S"), Member("Birgitta Fors", "M"), Member("Gunnar Vik", "M"),
    Member("Kim Sand", "SD", absent=True, replaced_by=Member("Olle Pihl", "SD")),
    Member("Rut Lindahl", "V"),
]
NOT_SERVING = [Member("Eva Roos", "S"), Member("Anton Ek", "M")]
ROWS = [("Sven Mattsson", "C", None, "ja"), ("Linnea Berg", "S", None, "nej"), ("Ahmed Hassan", "S", None, "nej"),
        ("Birgitta Fors", "M", None, "ja"), ("Gunnar Vik", "M", None, "ja"), ("Kim Sand", "SD", "Olle Pihl", "ja"),
        ("Rut Lindahl", "V", None, "nej")]

ITEMS = [
    Item("12", "Upprop och val av justerare", None, [
        P("Nämnden utser Birgitta Fors att justera protokollet."),
    ]),
    Item("13", "Budgetuppföljning februari 2025", "BUN/2025:41", [
        P("Förvaltningschef {{sp:Karin Öst}} föredrar ärendet. Prognosen visar ett underskott om 3,4 miljoner "
          "kronor, främst inom grundsärskolan."),
        P("Förvaltningen föreslår att nämnden godkänner budgetuppföljningen."),
        DEC("Nämndens beslut", P("Barn- och utbildningsnämnden godkänner budgetuppföljningen för februari 2025.")),
    ]),
    Item("14", "Skolskjuts för elever i Norrby", "BUN/2025:17", [
        P("Föräldrar i Norrby har begärt skolskjuts då vägen till skolan saknar gång- och cykelbana."),
        P("{{yr:Linnea Berg}} (S) föreslår att ärendet återremitteras för ytterligare utredning."),
        P("{{yr:Sven Mattsson}} (C) föreslår att nämnden beviljar skolskjuts."),
        P("Ordföranden ställer proposition på förslagen och finner att nämnden bifaller Sven Mattssons förslag. "
          "Votering begärs och verkställs. Omröstningen utfaller med 4 ja-röster och 3 nej-röster."),
        VOTE(ROWS),
        DEC("Nämndens beslut", P("Skolskjuts beviljas för elever i Norrby från höstterminen 2025."),
            P("{{res:S|Linnea Berg}} (S), {{res:S|Ahmed Hassan}} (S) och {{res:V|Rut Lindahl}} (V) reserverar "
              "sig mot beslutet.")),
    ]),
    Item("15", "Lokalförsörjningsplan 2026–2030", "BUN/2025:09", [
        P("Lokalstrateg {{sp:Per Almqvist}} redogör för behovet av en ny förskola i centrala Ålbo."),
        P("{{jav:Gunnar Vik}} (M) deltar inte i beslutet på grund av jäv."),
        DEC("Nämndens beslut", P("Barn- och utbildningsnämnden antar lokalförsörjningsplanen för 2026–2030.")),
    ]),
    Item("16", "Meddelanden", None, [
        DEC("Nämndens beslut", P("Meddelandena läggs till handlingarna.")),
    ]),
]

FURNITURE = ["ÅLBO KOMMUN", "Justerandes signatur"]
PATTERNS = []


def build(out_dir):
    present, absent, not_serving = split_members(MEMBERS, NOT_SERVING)
    proto = Protocol(FILE, ORG, BODY, DATE, ITEMS, chair="Sven Mattsson", secretary="Rut Alm",
                     justerare=["Birgitta Fors"], justering_date="2025-03-07", anslag_up="2025-03-10",
                     anslag_down="2025-04-01", present=present, absent=absent, ersattare_not_serving=not_serving,
                     furniture=FURNITURE, furniture_patterns=PATTERNS)
    left = [m.label() for m in MEMBERS if not m.absent and m.name != "Rut Lindahl"]
    left += [f"{m.replaced_by.name} ({m.party}) ersätter {m.name} ({m.party})" for m in MEMBERS if m.replaced_by]
    left += [Member("Rut Lindahl", "V").label()]
    right = [m.label() for m in NOT_SERVING]
    front = [
        "ÅLBO KOMMUN",
        "Protokoll fört vid sammanträde med barn- och utbildningsnämnden i Ålbo kommun",
        "måndagen den 3 mars 2025 kl. 18.00–20.40 i Ålbo kommunhus, sal Älven",
        "",
        "Närvarande",
        "Ledamöter".ljust(38) + "Ersättare",
    ] + [(a.ljust(38) + (right[i] if i < len(right) else "")).rstrip() for i, a in enumerate(left)] + [
        "",
        "Tjänstemän: Karin Öst, förvaltningschef; Per Almqvist, lokalstrateg; Rut Alm, nämndsekreterare",
        "",
        "Justerare: Birgitta Fors",
        "Justeringen sker på barn- och utbildningskontoret fredagen den 7 mars 2025 kl. 15.00.",
        "",
        "Paragrafer: 12–16",
        "",
        "Sekreterare   .................................",
        "              Rut Alm",
        "",
        "Ordförande    .................................",
        "              Sven Mattsson",
        "",
        "Justerare     .................................",
        "              Birgitta Fors",
        "",
        "\f",
    ]
    body = ["ÅLBO KOMMUN"]
    for n, it in enumerate(ITEMS):
        if n == 3:
            body += ["", "Justerandes signatur", "\f", "ÅLBO KOMMUN"]
        body += ["", f"{it.number} §", it.title]
        if it.dnr:
            body.append(f"Dnr {it.dnr}")
        body += text_blocks([b for b in it.blocks if b[0] != "vote"])
    end = ["", "Justerandes signatur", "", "ANSLAG",
           "Protokollet justerades 2025-03-07 och har anslagits på kommunens anslagstavla 2025-03-10.",
           "Anslaget tas ned 2025-04-01."]
    (out_dir / FILE).write_text("\n".join(front + body + end) + "\n", encoding="utf-8")
    return proto
