"""(h2) Kommunstyrelsen, Brännö kommun — a meeting-system HTML export: front page as a definition list,
'§ 45 Titel' in <h2> with the dnr in a <p class="dnr">'Diarienummer: KS.2025.0301'</p>, sections in <h3>
('Ärendet', 'Beslutsunderlag', 'Kommunstyrelsens beslut'), a numbered decision, the voting list as a
table with names under Ja/Nej/Avstår columns, reservations by named members, jäv in a sentence starting
'På grund av jäv', speakers as 'Ärendet föredras av …'."""
import html

import common_path  # noqa: F401
from common import Item, Protocol, Member, H, P, UL, DEC, VOTE, T, vote_counts, split_members

FILE = "h2_branno_ks.html"
ORG = "Brännö kommun"
BODY = "Kommunstyrelsen"
DATE = "2025-04-08"

MEMBERS = [
    Member("Gunnar Blom", "M", "ordförande"), Member("Sara Öhman", "KD", "1:e vice ordförande"),
    Member("Peter Kask", "S", "2:e vice ordförande"), Member("Linnea Berg", "M"), Member("Ali Hassan", "S"),
    Member("Mona Frisk", "L", absent=True, replaced_by=Member("Olof Sund", "L")),
    Member("Johan Rask", "SD"), Member("Ida Sjöberg", "C"), Member("Kerstin Malm", "S"),
]
NOT_SERVING = [Member("Viktor Holmgren", "M")]
ROWS = [("Gunnar Blom", "M", None, "ja"), ("Sara Öhman", "KD", None, "ja"), ("Peter Kask", "S", None, "nej"),
        ("Linnea Berg", "M", None, "ja"), ("Ali Hassan", "S", None, "nej"), ("Mona Frisk", "L", "Olof Sund", "ja"),
        ("Johan Rask", "SD", None, "avstar"), ("Ida Sjöberg", "C", None, "ja"), ("Kerstin Malm", "S", None, "nej")]

ITEMS = [
    Item("45", "Upprop och val av justerare", None, [
        DEC("Kommunstyrelsens beslut", P("Kommunstyrelsen utser Peter Kask (S) att jämte ordföranden justera protokollet.")),
    ]),
    Item("46", "Årsredovisning 2024 för Brännö kommun", "KS.2025.0301", [
        H("Ärendet"),
        P("Kommunens resultat för 2024 uppgår till 38,2 miljoner kronor, vilket är 11 miljoner kronor bättre än "
          "budgeterat. Balanskravsresultatet är positivt. Nettoinvesteringarna uppgick till 212 miljoner kronor."),
        P("Ärendet föredras av ekonomichef {{sp:Hanna Lundquist}}."),
        H("Beslutsunderlag"),
        UL("Tjänsteskrivelse 2025-03-20", "Årsredovisning 2024"),
        DEC("Kommunstyrelsens förslag till kommunfullmäktige",
            P("Kommunfullmäktige godkänner årsredovisningen för 2024."),
            P("Resultatet för 2024 disponeras enligt förslaget i årsredovisningen.")),
        H("Beslutet skickas till"),
        UL("Kommunfullmäktige", "Revisorerna"),
    ]),
    Item("47", "Försäljning av fastigheten Brännö Hamnen 4:12", "KS.2025.0188", [
        H("Ärendet"),
        P("Ett bolag har erbjudit sig att köpa fastigheten för 4,1 miljoner kronor för att bygga ett hotell. "
          "Mark- och exploateringschef {{sp:Tomas Viklund}} redogör för ärendet."),
        P("På grund av jäv deltar inte {{jav:Ida Sjöberg}} (C) i handläggningen av ärendet."),
        H("Yrkanden"),
        P("{{yr:Gunnar Blom}} (M) yrkar bifall till förvaltningens förslag."),
        P("{{yr:Peter Kask}} (S) yrkar avslag."),
        H("Omröstning"),
        P("Omröstning begärs. Kommunstyrelsen godkänner följande propositionsordning: ja för bifall till "
          "Gunnar Bloms yrkande, nej för bifall till Peter Kasks yrkande."),
        VOTE(ROWS),
        P("Med 5 ja-röster mot 3 nej-röster beslutar kommunstyrelsen enligt Gunnar Bloms yrkande. 1 ledamot avstår."),
        DEC("Kommunstyrelsens beslut",
            P("Kommunstyrelsen godkänner försäljningen av fastigheten Brännö Hamnen 4:12 för 4 100 000 kronor.")),
        H("Reservation"),
        P("{{res:Peter Kask|Peter Kask}} (S), {{res:Ali Hassan|Ali Hassan}} (S) och {{res:Kerstin Malm|Kerstin Malm}} (S) "
          "reserverar sig mot beslutet."),
    ]),
    Item("48", "Motion om fler laddstolpar vid kommunens förskolor", "KS.2024.0877", [
        H("Ärendet"),
        P("Ida Sjöberg (C) har i en motion föreslagit att kommunen installerar laddstolpar vid alla förskolor. "
          "Förvaltningen bedömer att behovet bör utredas samlat i den kommande laddinfrastrukturplanen."),
        DEC("Kommunstyrelsens förslag till kommunfullmäktige",
            P("Motionen anses besvarad med hänvisning till arbetet med laddinfrastrukturplanen.")),
    ]),
    Item("49", "Anmälan av delegationsbeslut", None, [
        P("Förteckning över delegationsbeslut fattade under mars 2025 redovisas."),
        DEC("Kommunstyrelsens beslut", P("Anmälan av delegationsbeslut läggs till handlingarna.")),
    ]),
]

FURNITURE = ["Cookies", "Till innehållet", "Kontakta oss", "Dela sidan", "Senast uppdaterad"]
PATTERNS = [r"Sidan uppdaterades"]


def esc(s):
    return html.escape(T(s))


def blocks_html(blocks):
    out = []
    for b in blocks:
        kind = b[0]
        if kind == "h":
            out.append(f"<h3>{esc(b[1])}</h3>")
        elif kind == "p":
            out.append(f"<p>{esc(b[1])}</p>")
        elif kind in ("ul", "ol"):
            tag = kind
            out.append(f"<{tag}>" + "".join(f"<li>{esc(x)}</li>" for x in b[1]) + f"</{tag}>")
        elif kind == "dec":
            out.append(f"<h3>{esc(b[1])}</h3>")
            out += blocks_html(b[2])
        elif kind == "vote":
            c = vote_counts(b[1])
            out.append("<table class='votering'><tr><th>Ledamot</th><th>Ersättare</th><th>Ja</th><th>Nej</th><th>Avstår</th></tr>")
            for m, p, s, v in b[1]:
                cells = "".join(f"<td>{'X' if v == k else ''}</td>" for k in ("ja", "nej", "avstar"))
                out.append(f"<tr><td>{m} ({p})</td><td>{s + f' ({p})' if s else ''}</td>{cells}</tr>")
            out.append(f"<tr><td>Resultat</td><td></td><td>{c['ja']}</td><td>{c['nej']}</td><td>{c['avstar']}</td></tr></table>")
    return out


def build(out_dir):
    present, absent, not_serving = split_members(MEMBERS, NOT_SERVING)
    proto = Protocol(FILE, ORG, BODY, DATE, ITEMS, chair="Gunnar Blom", secretary="Karin Wahlberg",
                     justerare=["Peter Kask"], justering_date="2025-04-11", anslag_up="2025-04-14",
                     anslag_down="2025-05-06", present=present, absent=absent, ersattare_not_serving=not_serving,
                     furniture=FURNITURE, furniture_patterns=PATTERNS)
    beslutande = []
    for m in MEMBERS:
        if m.absent:
            beslutande.append(f"{m.replaced_by.name} ({m.party}), tjänstgörande ersättare för {m.name} ({m.party})")
        else:
            beslutande.append(m.label())
    h = ["<!DOCTYPE html><html lang='sv'><head><meta charset='utf-8'><title>Protokoll Kommunstyrelsen 2025-04-08 - Brännö kommun</title></head><body>",
         "<div class='cookie'>Vi använder cookies för att förbättra webbplatsen. <button>Godkänn</button></div>",
         "<a href='#main'>Till innehållet</a><nav><ul><li>Kommun och politik</li><li>Kontakta oss</li></ul></nav>",
         "<main id='main'><h1>Protokoll Kommunstyrelsen</h1>",
         "<dl class='meta'>",
         "<dt>Sammanträdesdatum</dt><dd>2025-04-08</dd>",
         "<dt>Plats och tid</dt><dd>Kommunhuset, KS-salen, kl. 09.00–12.15</dd>",
         "<dt>Beslutande</dt><dd>" + "<br>".join(beslutande) + "</dd>",
         "<dt>Ersättare</dt><dd>" + "<br>".join(m.label() for m in NOT_SERVING) + "</dd>",
         "<dt>Övriga närvarande</dt><dd>Anders Lövgren, kommundirektör<br>Hanna Lundquist, ekonomichef<br>"
         "Tomas Viklund, mark- och exploateringschef<br>Karin Wahlberg, kommunsekreterare</dd>",
         "<dt>Utses att justera</dt><dd>Peter Kask (S)</dd>",
         "<dt>Justeringens plats och tid</dt><dd>Kommunkansliet, 2025-04-11</dd>",
         "<dt>Paragrafer</dt><dd>45–49</dd>",
         "<dt>Sekreterare</dt><dd>Karin Wahlberg</dd>",
         "<dt>Ordförande</dt><dd>Gunnar Blom</dd>",
         "<dt>Justerare</dt><dd>Peter Kask</dd>",
         "</dl>"]
    for it in ITEMS:
        h.append(f"<section class='paragraf'><h2>§ {it.number} {html.escape(it.title)}</h2>")
        if it.dnr:
            h.append(f"<p class='dnr'>Diarienummer: {it.dnr}</p>")
        h += blocks_html(it.blocks)
        h.append("</section>")
    h += ["<section class='anslag'><h2>Anslagsbevis</h2>",
          "<p>Protokollet är justerat. Justeringen har tillkännagivits genom anslag.</p>",
          "<table><tr><td>Organ</td><td>Kommunstyrelsen</td></tr><tr><td>Sammanträdesdatum</td><td>2025-04-08</td></tr>",
          "<tr><td>Anslaget publicerat</td><td>2025-04-14</td></tr><tr><td>Anslaget tas ned</td><td>2025-05-06</td></tr>",
          "<tr><td>Förvaringsplats</td><td>Kommunkansliet</td></tr></table></section>",
          "</main><footer><p>Brännö kommun, 471 00 Brännö. Kontakta oss. Dela sidan.</p><p>Senast uppdaterad 2025-04-14</p></footer></body></html>"]
    (out_dir / FILE).write_text("\n".join(h), encoding="utf-8")
    return proto
