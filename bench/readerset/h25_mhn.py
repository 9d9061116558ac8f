"""(h25) Miljö- och hälsoskyddsnämnden, Vårby kommun — RTF, the way an older case system exports a protocol: the
organisation and the document kind only in the running header ({\\header …}), a signature footer ({\\footer …}), the
front page as a table whose value cells hold one person a line (\\line), a substitute as 'tjg ers för', '§ 45' and its
title in bold with 'Dnr MHN 2025/0311' under them, a vote as a table of X marks with a 'Summa' row, a reservation
'skriftlig, bilaga 2', and the anslag as a sentence at the end ('Anslaget sätts upp … och tas ned …')."""
import common_path  # noqa: F401
from common import Item, Protocol, Member, H, P, DEC, VOTE, split_members, T, vote_counts

FILE = "h25_varby_mhn.rtf"
ORG = "Vårby kommun"
BODY = "Miljö- och hälsoskyddsnämnden"
DATE = "2025-09-23"

MEMBERS = [Member("Agneta Hellström", "S", "ordförande"), Member("Bengt Nyqvist", "M", "vice ordförande"),
           Member("Cecilia Rosén", "C"), Member("Dragan Petrović", "S"),
           Member("Elin Åkesson", "L", absent=True, replaced_by=Member("Fredrik Ståhl", "L")),
           Member("Gunnel Sjöström", "SD"), Member("Hassan Jama", "V", absent=True)]
NOT_SERVING = [Member("Ingrid Palm", "S")]
_VOTERS = [(m.replaced_by.name if m.replaced_by else m.name, m.party) for m in MEMBERS if not m.absent or m.replaced_by]
VOTE_ROWS = [(n, p, None, "nej" if p in ("M", "SD") else "ja") for n, p in _VOTERS]

ITEMS = [
    Item("44", "Val av justerare", None, [
        DEC("Beslut", P("Nämnden utser Cecilia Rosén (C) att justera protokollet.")),
    ]),
    Item("45", "Tillsynsplan 2026", "MHN 2025/0311", [
        P("Miljöchef {{sp:Olof Hedberg}} redovisar förslaget till tillsynsplan för 2026, med fler besök på "
          "lantbruk och färre planerade inspektioner av restauranger."),
        DEC("Beslut", P("Miljö- och hälsoskyddsnämnden antar tillsynsplanen för 2026.")),
    ]),
    Item("46", "Timavgift för livsmedelskontroll 2026", "MHN 2025/0298", [
        P("Förvaltningen föreslår att timavgiften höjs från 1 390 till 1 450 kronor."),
        H("Yrkanden"),
        P("{{yr:Bengt Nyqvist}} (M) yrkar att timavgiften behålls oförändrad."),
        P("Ordföranden ställer proposition på förvaltningens förslag och Bengt Nyqvists yrkande och finner att nämnden "
          "bifaller förvaltningens förslag. Votering begärs och genomförs."),
        VOTE(VOTE_ROWS),
        DEC("Beslut", P("Miljö- och hälsoskyddsnämnden fastställer timavgiften för livsmedelskontroll till 1 450 kronor "
                        "från den 1 januari 2026.")),
        H("Reservation"),
        P("{{res:M|Moderaterna}}, skriftlig, bilaga 2"),
    ]),
    Item("47", "Föreläggande om åtgärder vid enskild avloppsanläggning, Vårby 4:12", "MHN 2025/0277", [
        P("{{jav:Dragan Petrović}} (S) anmäler jäv och deltar inte i handläggningen."),
        P("Miljöinspektör {{sp:Sanna Berglund}} redogör för inspektionen av anläggningen."),
        DEC("Beslut", P("Nämnden förelägger fastighetsägaren att åtgärda avloppsanläggningen senast den 30 juni "
                        "2026.")),
    ]),
]

FURNITURE = ["Justerandes sign", "Utdragsbestyrkande"]
PATTERNS = []


def _esc(s: str) -> str:
    out = []
    for ch in s:
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ord(ch) < 128:
            out.append(ch)
        else:
            code = ch.encode("cp1252", errors="strict")[0] if ch.encode("cp1252", errors="ignore") else None
            out.append(f"\\'{code:02x}" if code is not None else f"\\u{ord(ch)}?")
    return "".join(out)


def _par(s: str, bold: bool = False) -> str:
    return "\\pard " + ("{\\b " if bold else "") + _esc(s) + ("}" if bold else "") + "\\par\n"


def _row(cells: list[str], widths: list[int]) -> str:
    edges, x = [], 0
    for w in widths:
        x += w
        edges.append(f"\\cellx{x}")
    out = "\\trowd\\trgaph70" + "".join(edges) + "\n"
    for c in cells:
        out += "\\pard\\intbl " + "\\line ".join(_esc(x) for x in c.split("\n")) + "\\cell\n"
    return out + "\\row\n"


def build(out_dir):
    present, absent, not_serving = split_members(MEMBERS, NOT_SERVING)
    proto = Protocol(FILE, ORG, BODY, DATE, ITEMS, chair="Agneta Hellström", secretary="Karin Lindqvist",
                     justerare=["Cecilia Rosén"], justering_date="2025-09-26", anslag_up="2025-09-29",
                     anslag_down="2025-10-21", present=present, absent=absent, ersattare_not_serving=not_serving,
                     furniture=FURNITURE, furniture_patterns=PATTERNS)
    doc = ["{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\fswiss Arial;}}\\f0\\fs20\n",
           "{\\header \\pard " + _esc("Vårby kommun") + "\\tab " + _esc("PROTOKOLL") + "\\tab 2025-09-23\\par}\n",
           "{\\footer \\pard " + _esc("Justerandes sign") + "\\tab\\tab " + _esc("Utdragsbestyrkande") + "\\par}\n",
           _par("Miljö- och hälsoskyddsnämnden", bold=True), "\\pard\\par\n"]
    deciding = ["Agneta Hellström (S), ordförande", "Bengt Nyqvist (M), vice ordförande", "Cecilia Rosén (C)",
                "Dragan Petrović (S)", "Fredrik Ståhl (L), tjg ers för Elin Åkesson (L)", "Gunnel Sjöström (SD)"]
    for label, value in (("Plats och tid", "Miljökontoret, sammanträdesrummet, tisdag 23 september 2025 kl. 09.00–11.30"),
                         ("Beslutande", "\n".join(deciding)),
                         ("Ej tjänstgörande ersättare", "Ingrid Palm (S)"),
                         ("Frånvarande", "Hassan Jama (V)"),
                         ("Övriga närvarande", "Olof Hedberg, miljöchef\nSanna Berglund, miljöinspektör\n"
                                               "Karin Lindqvist, nämndsekreterare"),
                         ("Utses att justera", "Cecilia Rosén (C)"),
                         ("Justeringens plats och tid", "Miljökontoret, fredag 26 september 2025"),
                         ("Paragrafer", "44–47")):
        doc.append(_row([label, value], [2600, 6400]))
    doc.append("\\pard\\par\n")
    for role, name in (("Sekreterare", "Karin Lindqvist"), ("Ordförande", "Agneta Hellström"), ("Justerare", "Cecilia Rosén")):
        doc.append(_row([role, "............................................\n" + name], [2600, 6400]))
    doc.append("\\pard\\page\n")
    for it in ITEMS:
        doc.append(_par(f"§ {it.number} {it.title}", bold=True))
        if it.dnr:
            doc.append(_par(f"Dnr {it.dnr}"))
        for b in it.blocks:
            if b[0] == "dec":
                doc.append(_par(b[1], bold=True))
                doc += [_par(T(x[1])) for x in b[2]]
            elif b[0] == "h":
                doc.append(_par(b[1], bold=True))
            elif b[0] == "p":
                doc.append(_par(T(b[1])))
            elif b[0] == "vote":
                doc.append(_row(["Ledamot", "Ja", "Nej", "Avstår"], [4200, 1200, 1200, 1200]))
                for m, p, _s, v in b[1]:
                    doc.append(_row([f"{m} ({p})"] + ["X" if v == k else "" for k in ("ja", "nej", "avstar")],
                                    [4200, 1200, 1200, 1200]))
                c = vote_counts(b[1])
                doc.append(_row(["Summa", str(c["ja"]), str(c["nej"]), str(c["avstar"])], [4200, 1200, 1200, 1200]))
        doc.append("\\pard\\par\n")
    doc.append(_par("Protokollet är justerat. Anslaget sätts upp 2025-09-29 och tas ned 2025-10-21. Förvaringsplats: "
                    "Miljökontoret."))
    doc.append("}")
    (out_dir / FILE).write_text("".join(doc), encoding="ascii")
    return proto
