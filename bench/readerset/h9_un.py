"""(h9) Utbildningsnämnden, Björkfors kommun — HTML from a publishing tool: the front page as a table with <th>
labels, members with abbreviated roles ('Ingrid Mark (S), ordf.', 'Olof Berg (M), vice ordf.') and a substitute
as 'Lisa Tran (S), tjg. ers. för Ulf Nord (S)', dates in words everywhere ('Justeringsdatum: 18 februari 2025',
'Anslaget publicerat: 19 februari 2025'), each § as <h3><span>§&nbsp;12</span> <span>Title</span></h3> with the
dnr in <small>, 'Beslut' in <h4> with the decision as an <ol> of att-clauses, a vote without abstentions written
'Med 7 röster mot 4 …', 'föreslår' as a yrkande in the Yrkanden section, jäv as 'är jävig', and a reservation
with the names after the verb ('Mot beslutet reserverar sig A (M) och B (KD)')."""
import html

import common_path  # noqa: F401
from common import Item, Protocol, Member, H, P, OL, DEC, VOTE, T, vote_counts, split_members, long_date

FILE = "h9_bjorkfors_un.html"
ORG = "Björkfors kommun"
BODY = "Utbildningsnämnden"
DATE = "2025-02-13"

MEMBERS = [Member("Ingrid Mark", "S", "ordf."), Member("Olof Berg", "M", "vice ordf."), Member("Rasmus Hed", "S"),
           Member("Anna Sköld", "L"), Member("Sven Tall", "KD"), Member("Emir Kovač", "S"),
           Member("Ulf Nord", "S", absent=True, replaced_by=Member("Lisa Tran", "S")),
           Member("Britt Lönn", "M"), Member("Moa Eriksson", "V"), Member("Kent Ahl", "SD"), Member("Tuva Brink", "C")]
NOT_SERVING = [Member("Hugo Sand", "M"), Member("Iris Malm", "V")]

_NEJ = {"Olof Berg", "Sven Tall", "Britt Lönn", "Kent Ahl"}
VOTE_ROWS = [(m.name, m.party, m.replaced_by.name if m.replaced_by else None, "nej" if m.name in _NEJ else "ja")
             for m in MEMBERS if m.name != "Anna Sköld"]

ITEMS = [
    Item("12", "Val av justerare", None, [
        DEC("Beslut", P("Utbildningsnämnden utser Olof Berg (M) att justera dagens protokoll.")),
    ]),
    Item("13", "Skolorganisation i Björkfors norra från läsåret 2026/27", "UN 2024/118", [
        H("Sammanfattning"),
        P("Elevunderlaget i Björkfors norra har minskat med en femtedel sedan 2019. Förvaltningen föreslår att "
          "årskurserna 4–6 i Lillå skola flyttas till Norrskolan från läsåret 2026/27, medan förskoleklass och "
          "årskurserna 1–3 blir kvar i Lillå."),
        P("Förvaltningschef {{sp:Nina Öst}} föredrar ärendet."),
        P("{{jav:Anna Sköld}} (L) är jävig och deltar inte i handläggningen."),
        H("Yrkanden"),
        P("{{yr:Rasmus Hed}} (S) yrkar bifall till förvaltningens förslag."),
        P("{{yr:Olof Berg}} (M) föreslår att ärendet återremitteras för en utredning av skolskjutsarna."),
        H("Beslutsgång"),
        P("Ordföranden ställer först proposition på om ärendet ska avgöras i dag och finner att nämnden beslutar det."),
        VOTE(VOTE_ROWS),
        DEC("Beslut",
            P("Utbildningsnämnden beslutar att årskurserna 4–6 i Lillå skola flyttas till Norrskolan från läsåret "
              "2026/27,"),
            OL("att förskoleklass och årskurserna 1–3 blir kvar i Lillå skola,",
               "att förvaltningen redovisar en plan för skolskjutsarna senast i juni 2025.")),
        H("Reservation"),
        P("Mot beslutet reserverar sig {{res:Olof Berg|Olof Berg}} (M), {{res:Britt Lönn|Britt Lönn}} (M) och "
          "{{res:Sven Tall|Sven Tall}} (KD) till förmån för återremissyrkandet."),
    ]),
    Item("14", "Månadsrapport januari 2025", "UN 2025/9", [
        P("Ekonom {{sp:Viktor Lager}} redogör för utfallet. Nämnden prognostiserar ett underskott på 3,4 miljoner "
          "kronor, främst inom tilläggsbelopp för elever med särskilda behov."),
        DEC("Beslut", P("Utbildningsnämnden godkänner månadsrapporten för januari 2025.")),
    ]),
    Item("15", "Delegationsbeslut", None, [
        P("Redovisning av delegationsbeslut fattade under perioden 1–31 januari 2025."),
        DEC("Beslut", P("Redovisningen läggs till handlingarna.")),
    ]),
]

FURNITURE = ["Skriv ut sidan", "Lyssna", "Björkfors kommun • Torget 1"]
PATTERNS = []


def _blocks(blocks):
    out = []
    for b in blocks:
        kind = b[0]
        if kind == "h":
            out.append(f"<h4>{html.escape(T(b[1]))}</h4>")
        elif kind == "p":
            out.append(f"<p>{html.escape(T(b[1]))}</p>")
        elif kind == "ol":
            out.append("<ol>" + "".join(f"<li>{html.escape(T(x))}</li>" for x in b[1]) + "</ol>")
        elif kind == "dec":
            out.append(f"<h4>{html.escape(b[1])}</h4>")
            first, rest = b[2][0], b[2][1:]
            clauses = [T(first[1])] + [T(x) for r in rest if r[0] == "ol" for x in r[1]]
            out.append("<ol>" + "".join(f"<li>{html.escape(c)}</li>" for c in clauses) + "</ol>")
        elif kind == "vote":
            c = vote_counts(b[1])
            out.append(f"<p>Omröstning begärs och genomförs. Med {c['ja']} röster mot {c['nej']} beslutar nämnden "
                       f"att avgöra ärendet i dag och att bifalla förvaltningens förslag.</p>")
        else:
            raise ValueError(kind)
    return out


def build(out_dir):
    present, absent, not_serving = split_members(MEMBERS, NOT_SERVING)
    proto = Protocol(FILE, ORG, BODY, DATE, ITEMS, chair="Ingrid Mark", secretary="Sanna Wik",
                     justerare=["Olof Berg"], justering_date="2025-02-18", anslag_up="2025-02-19",
                     anslag_down="2025-03-13", present=present, absent=absent, ersattare_not_serving=not_serving,
                     furniture=FURNITURE, furniture_patterns=PATTERNS)
    members = [f"{m.replaced_by.name} ({m.party}), tjg. ers. för {m.name} ({m.party})" if m.absent else m.label()
               for m in MEMBERS]
    rows = [("Sammanträde", f"{BODY}, {long_date(DATE, weekday=True)} kl. 13.15–16.40"),
            ("Plats", "Björkfors kommunhus, sammanträdesrum Ugglan"),
            ("Närvarande ledamöter", "<br>".join(html.escape(x) for x in members)),
            ("Närvarande ersättare", "<br>".join(html.escape(m.label()) for m in NOT_SERVING)),
            ("Övriga närvarande", "Nina Öst, förvaltningschef<br>Viktor Lager, ekonom<br>Sanna Wik, nämndsekreterare"),
            ("Justerare", "Olof Berg (M)"),
            ("Justeringsdatum", long_date("2025-02-18")),
            ("Paragrafer", "§§ 12–15")]
    h = ["<!DOCTYPE html>", "<html lang='sv'><head><meta charset='utf-8'>",
         "<title>Utbildningsnämnden 13 februari 2025 – protokoll – Björkfors kommun</title></head><body>",
         "<header><a href='/'>Björkfors kommun</a> <button>Lyssna</button> <button>Skriv ut sidan</button></header>",
         "<article><h1>Protokoll</h1><h2>Utbildningsnämnden</h2>", "<table class='framsida'>"]
    h += [f"<tr><th>{label}</th><td>{value}</td></tr>" for label, value in rows]
    h.append("</table>")
    h.append("<table class='underskrifter'><tr><th>Sekreterare</th><td>Sanna Wik</td></tr>"
             "<tr><th>Ordförande</th><td>Ingrid Mark</td></tr><tr><th>Justerare</th><td>Olof Berg</td></tr></table>")
    for it in ITEMS:
        h.append(f"<section><h3><span class='nr'>§&nbsp;{it.number}</span> <span class='rubrik'>"
                 f"{html.escape(it.title)}</span></h3>")
        if it.dnr:
            h.append(f"<small>{it.dnr}</small>")
        h += _blocks(it.blocks)
        h.append("</section>")
    h += ["<section class='anslag'><h3>Anslagsbevis</h3><p>Protokollet är justerat. Justeringen har tillkännagivits "
          "genom anslag.</p><table>",
          f"<tr><th>Anslaget publicerat</th><td>{long_date('2025-02-19')}</td></tr>",
          f"<tr><th>Anslaget tas ned</th><td>{long_date('2025-03-13')}</td></tr>",
          "<tr><th>Förvaringsplats</th><td>Utbildningsförvaltningen</td></tr></table></section>",
          "</article><footer>Björkfors kommun • Torget 1 • 555 00 Björkfors</footer></body></html>"]
    (out_dir / FILE).write_text("\n".join(h), encoding="utf-8")
    return proto
