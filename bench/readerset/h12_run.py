"""(h12) Regionala utvecklingsnämnden, Region Fjällmark — Markdown exported from a wiki: YAML front matter,
the front page as a Markdown table with bold labels, 'Beslutande' / 'Ersättare' / 'Övriga deltagare' as
bullet lists ('Pia Lund (S), ersättare för Omar Said (S)'), the signatures as a three-column table
(Sekreterare | Ordförande | Justerande), '## § 31 Titel' headings with an italic '*Dnr RUN 2025/45*',
bold section labels ('**Beslut**'), decisions as '- att …' bullets, a roll-call vote as a Markdown table with
X marks and a totals row, several speakers in one sentence, and page breaks ('---') with a repeated running
header and a 'Justerandes sign.' footer."""
import common_path  # noqa: F401
from common import Item, Protocol, Member, H, P, DEC, VOTE, T, vote_counts, split_members, long_date

FILE = "h12_fjallmark_run.md"
ORG = "Region Fjällmark"
BODY = "Regionala utvecklingsnämnden"
DATE = "2025-04-09"

MEMBERS = [Member("Karin Ek", "S", "ordförande"), Member("Lena Holm", "M", "1:e vice ordförande"),
           Member("Tove Sjö", "C", "2:e vice ordförande"), Member("Omar Said", "S", absent=True,
                                                                replaced_by=Member("Pia Lund", "S")),
           Member("Kim Falk", "SD"), Member("Per Ås", "M"), Member("Lars Berg", "KD"), Member("Rut Ahl", "SD"),
           Member("Mikael Tuna", "V"), Member("Hanna Vik", "S"), Member("Jens Ring", "L", absent=True)]
NOT_SERVING = [Member("Sten Ulv", "M"), Member("Ida Grön", "MP")]

_NEJ = {"Lena Holm", "Per Ås", "Kim Falk", "Rut Ahl"}
_AVSTAR = {"Mikael Tuna"}
VOTE_ROWS = [(m.name, m.party, m.replaced_by.name if m.replaced_by else None,
              "nej" if m.name in _NEJ else "avstar" if m.name in _AVSTAR else "ja")
             for m in MEMBERS if not (m.absent and not m.replaced_by) and m.name != "Lars Berg"]

ITEMS = [
    Item("31", "Justering av protokollet", None, [
        DEC("Beslut", P("Nämnden utser Lena Holm (M) att jämte ordföranden justera dagens protokoll.")),
    ]),
    Item("32", "Regional transportplan 2026–2037, remissvar", "RUN 2025/45", [
        H("Ärendebeskrivning"),
        P("Trafikverket har remitterat förslaget till nationell plan. Nämnden föreslås lyfta fram "
          "Inlandsbanans persontrafik och bärigheten på länsväg 321 som de viktigaste bristerna."),
        P("Regionutvecklingsdirektör {{sp:Maja Berg}} föredrar ärendet."),
        P("I överläggningen deltar {{sp:Karin Ek}} (S), {{sp:Lena Holm}} (M) och {{sp:Kim Falk}} (SD)."),
        P("{{jav:Lars Berg}} (KD) anmäler jäv och deltar inte i handläggningen av ärendet."),
        H("Yrkanden"),
        P("{{yr:Karin Ek}} (S) yrkar bifall till förvaltningens förslag."),
        P("{{yr:Lena Holm}} (M) yrkar att väg 321 ska prioriteras före Inlandsbanan."),
        H("Propositionsordning"),
        P("Ordföranden ställer proposition på yrkandena och finner att nämnden bifaller Karin Eks yrkande. "
          "Votering begärs."),
        H("Omröstning"),
        VOTE(VOTE_ROWS),
        DEC("Beslut",
            P("Regionala utvecklingsnämnden beslutar att anta remissvaret som sitt eget och att översända det "
              "till Trafikverket.")),
        H("Reservation"),
        P("{{res:M|Lena Holm}} (M) och Per Ås (M) reserverar sig mot beslutet till förmån för eget yrkande."),
    ]),
    Item("33", "Medfinansiering av besöksnäringsprojektet Fjällvägen", "RUN 2025/61", [
        H("Ärendebeskrivning"),
        P("Destinationsbolaget söker 1,2 miljoner kronor för 2025–2027 för att samordna vandringsleder och "
          "skyltning längs Fjällvägen."),
        P("Handläggare {{sp:Oskar Lind}} redogör för ansökan."),
        DEC("Beslut",
            P("Regionala utvecklingsnämnden beslutar att bevilja 1 200 000 kronor ur anslaget för regional "
              "utveckling och att projektet ska redovisas årligen.")),
    ]),
    Item("34", "Anmälan av delegationsbeslut", None, [
        P("Förteckning över delegationsbeslut fattade under mars 2025 redovisas."),
        DEC("Beslut", P("Redovisningen läggs till handlingarna.")),
    ]),
]

HEADER = "Region Fjällmark · Regionala utvecklingsnämnden · Protokoll 2025-04-09"
FURNITURE = [HEADER, "Justerandes sign."]
PATTERNS = [r"Sida \d+ av \d+"]


def _decision(dec):
    """Render a decision as '<Nämnden> beslutar' and its 'att'-clauses as bullets."""
    text = T(dec[2][0][1])
    head, _, rest = text.partition(" beslutar att ")
    if not rest:
        return ["", f"**{dec[1]}**", "", text]
    clauses = rest.rstrip(".").split(" och att ")
    lines = ["", f"**{dec[1]}**", "", f"{head} beslutar", ""]
    lines += [f"- att {c}," for c in clauses[:-1]] + [f"- att {clauses[-1]}."]
    return lines


def _vote(rows):
    c = vote_counts(rows)
    out = ["", "| Ledamot | Ja | Nej | Avstår |", "|---|:-:|:-:|:-:|"]
    for name, party, sub, v in rows:
        who = f"{sub} ({party}), ers. för {name}" if sub else f"{name} ({party})"
        out.append(f"| {who} | {'X' if v == 'ja' else ''} | {'X' if v == 'nej' else ''} | "
                   f"{'X' if v == 'avstar' else ''} |")
    out += [f"| **Summa** | {c['ja']} | {c['nej']} | {c['avstar']} |", "",
            f"Med {c['ja']} ja-röster mot {c['nej']} nej-röster, {c['avstar']} avstår, bifaller nämnden "
            f"Karin Eks yrkande."]
    return out


def _blocks(blocks):
    out = []
    for b in blocks:
        if b[0] == "h":
            out += ["", f"**{T(b[1])}**", ""]
        elif b[0] == "p":
            out += [T(b[1]), ""]
        elif b[0] == "dec":
            out += _decision(b) + [""]
        elif b[0] == "vote":
            out += _vote(b[1]) + [""]
        else:
            raise ValueError(b[0])
    return out


def _page_break(n, total):
    return ["", f"Justerandes sign. ______  ______  Sida {n} av {total}", "", "---", "", f"*{HEADER}*", ""]


def build(out_dir):
    present, absent, not_serving = split_members(MEMBERS, NOT_SERVING)
    proto = Protocol(FILE, ORG, BODY, DATE, ITEMS, chair="Karin Ek", secretary="Anna Ros",
                     justerare=["Lena Holm"], justering_date="2025-04-14", anslag_up="2025-04-15",
                     anslag_down="2025-05-07", present=present, absent=absent, ersattare_not_serving=not_serving,
                     furniture=FURNITURE, furniture_patterns=PATTERNS)
    serving = [f"{m.replaced_by.name} ({m.party}), ersättare för {m.name} ({m.party})" if m.replaced_by
               else m.label() for m in MEMBERS if not m.absent or m.replaced_by]
    lines = ["---", f"title: \"{BODY} {DATE}\"", f"date: {DATE}", "organisation: Region Fjällmark",
             "tags: [protokoll, run]", "---", "", f"*{HEADER}*", "", "# Protokoll", "", f"## {BODY}", "",
             "| | |", "|---|---|",
             f"| **Datum** | {long_date(DATE, weekday=True)} |",
             "| **Tid** | kl. 09.00–12.10 |",
             "| **Plats** | Regionens hus, sal Storsjön |",
             "| **Paragrafer** | §§ 31–34 |",
             "", "### Beslutande", ""]
    lines += [f"- {s}" for s in serving]
    lines += ["", "### Ersättare", ""] + [f"- {m.label()}" for m in NOT_SERVING]
    lines += ["", "### Frånvarande", "", "- Jens Ring (L)"]
    lines += ["", "### Övriga deltagare", "", "- Maja Berg, regionutvecklingsdirektör",
              "- Oskar Lind, handläggare", "- Anna Ros, nämndsekreterare",
              "", "### Justering", "",
              "Utses att justera: Lena Holm (M)", "",
              f"Justeringens plats och tid: Regionens hus, {long_date('2025-04-14', weekday=True)}", "",
              "### Underskrifter", "", "| Sekreterare | Ordförande | Justerande |", "|---|---|---|",
              "| ____________ | ____________ | ____________ |", "| Anna Ros | Karin Ek | Lena Holm |"]
    lines += _page_break(1, 4)
    for n, it in enumerate(ITEMS, 2):
        lines += ["", f"## § {it.number} {it.title}", ""]
        if it.dnr:
            lines += [f"*Dnr {it.dnr}*", ""]
        lines += _blocks(it.blocks)
        if n in (2, 3):
            lines += _page_break(n, 4)
    lines += ["", "## Anslagsbevis", "",
              "Protokollet är justerat. Justeringen har tillkännagetts genom anslag på regionens digitala "
              "anslagstavla.", "",
              "| | |", "|---|---|", f"| **Organ** | {BODY} |", f"| **Sammanträdesdatum** | {DATE} |",
              "| **Datum då anslaget sätts upp** | 2025-04-15 |", "| **Datum då anslaget tas ned** | 2025-05-07 |",
              "| **Förvaringsplats för protokollet** | Regionens hus, registraturen |",
              "", "Justerandes sign. ______  ______  Sida 4 av 4"]
    (out_dir / FILE).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return proto
