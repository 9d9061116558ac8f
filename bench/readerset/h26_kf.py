"""(h26) Kommunfullmäktige, Ekeberga kommun — Word's own "Save as web page" (windows-1252, MsoNormal paragraphs,
<o:p>, SpellE spans, mso-tab-count gaps): a front page of 'Label<tab>value' paragraphs with 'Beslutande: Se
närvaro- och omröstningslista, bilaga 1', the § heads numbered by a Word list ('§ 61' inside <![if !supportLists]>),
a bare dnr under the head, an interpellation answered with 'I debatten deltar …', votes counted only in the appended
närvaro- och omröstningslista (a 'Ja | Nej | Avst' group of columns under each § voted on, no totals), a yrkande
after the decision without its label, a reservation by two parties' members, jäv as 'anmäler jäv och lämnar
lokalen', the signatures over dotted rules and the anslag as a table at the end."""
import html

import common_path  # noqa: F401
from common import Item, Protocol, Member, H, P, DEC, VOTE, split_members, long_date, T

FILE = "h26_ekeberga_kf.htm"
ORG = "Ekeberga kommun"
BODY = "Kommunfullmäktige"
DATE = "2025-06-16"

MEMBERS = [Member("Marie Holm", "S", "ordförande"), Member("Gustav Fors", "M", "1:e vice ordförande"),
           Member("Leila Amin", "S"), Member("Anders Berg", "S"), Member("Tove Nyman", "KD"),
           Member("Eva Lind", "SD"), Member("Olle Ek", "V"), Member("Sara Dahlin", "C"),
           Member("Jan Kvist", "M", absent=True, replaced_by=Member("Rebecka Öst", "M")),
           Member("Nils Hagström", "S"), Member("Ingrid Sundin", "L"),
           Member("Peter Ahl", "SD", absent=True), Member("Hanna Rydén", "S"), Member("Mats Lundell", "M"),
           Member("Yvonne Strid", "MP")]
NOT_SERVING = [Member("Kerstin Blom", "S"), Member("Arvid Hell", "C")]

_RIGHT = {"Gustav Fors", "Jan Kvist", "Tove Nyman", "Mats Lundell", "Eva Lind"}


def _rows(vote):
    """Each present member's (or their substitute's) vote: (member, party, substitute, vote)."""
    return [(m.name, m.party, m.replaced_by.name if m.replaced_by else None, vote(m))
            for m in MEMBERS if not (m.absent and not m.replaced_by)]


TAX_ROWS = _rows(lambda m: "nej" if m.name in _RIGHT else "ja")
MOTION_ROWS = _rows(lambda m: "ja" if m.name in ("Olle Ek", "Yvonne Strid", "Sara Dahlin")
                    else "avstar" if m.name == "Ingrid Sundin" else "nej")

ITEMS = [
    Item("61", "Val av justerare", None, [
        DEC("Beslut", P("Kommunfullmäktige utser Gustav Fors (M) och Leila Amin (S) att justera dagens protokoll.")),
    ]),
    Item("62", "Interpellation om bemanningen i hemtjänsten", "KS 2025/0188", [
        P("Gustav Fors (M) har ställt en interpellation till kommunstyrelsens ordförande om bemanningen i hemtjänsten "
          "under sommaren."),
        P("Kommunstyrelsens ordförande {{sp:Anders Berg}} (S) besvarar interpellationen."),
        P("I debatten deltar {{sp:Gustav Fors}} (M), {{sp:Anders Berg}} (S) och {{sp:Eva Lind}} (SD)."),
        DEC("Beslut", P("Interpellationen är besvarad.")),
    ]),
    Item("63", "Skattesats för år 2026", "KS 2025/0214", [
        H("Ärendebeskrivning"),
        P("Kommunstyrelsen föreslår oförändrad skattesats, 22,19 kronor per skattekrona, för år 2026."),
        H("Yrkanden"),
        P("{{yr:Anders Berg}} (S) yrkar bifall till kommunstyrelsens förslag."),
        P("{{yr:Gustav Fors}} (M), med instämmande av {{yr:Tove Nyman}} (KD), yrkar att skattesatsen sänks med tio öre."),
        H("Propositionsordning"),
        P("Ordföranden ställer proposition på yrkandena och finner att fullmäktige bifaller Anders Bergs yrkande."),
        H("Omröstning"),
        P("Omröstning begärs. Ja-röst för Anders Bergs yrkande, nej-röst för Gustav Fors yrkande. Omröstningens "
          "utfall framgår av bilaga 1."),
        VOTE(TAX_ROWS),
        DEC("Beslut", P("Kommunfullmäktige fastställer skattesatsen för år 2026 till 22,19 kronor.")),
        H("Reservation"),
        P("{{res:M|Moderaternas}} och {{res:KD|Kristdemokraternas}} ledamöter reserverar sig mot beslutet till förmån "
          "för Gustav Fors yrkande."),
    ]),
    Item("64", "Detaljplan för Ekeberga 4:17, Sjöängen", "KS 2024/0311", [
        P("{{jav:Eva Lind}} (SD) anmäler jäv och lämnar lokalen under ärendet."),
        P("Detaljplanen möjliggör cirka 40 bostäder i radhus och flerbostadshus vid Sjöängen."),
        DEC("Beslut", P("Kommunfullmäktige antar detaljplanen för Ekeberga 4:17, Sjöängen.")),
        P("{{yr:Nils Hagström}} (S) och {{yr:Sara Dahlin}} (C) yrkar bifall till kommunstyrelsens förslag."),
    ]),
    Item("65", "Motion om fritidsbank i Ekeberga", "KS 2024/0402", [
        P("{{yr:Olle Ek}} (V) yrkar bifall till motionen. {{yr:Hanna Rydén}} (S) yrkar avslag på motionen."),
        P("Omröstning begärs. Ja-röst för bifall till motionen, nej-röst för avslag. Omröstningens utfall framgår av "
          "bilaga 1."),
        VOTE(MOTION_ROWS),
        DEC("Beslut", P("Kommunfullmäktige avslår motionen.")),
        H("Reservation"),
        P("{{res:Olle Ek|Olle Ek}} (V) reserverar sig mot beslutet."),
    ]),
    Item("66", "Avsägelse och fyllnadsval, ersättare i socialnämnden", "KS 2025/0230", [
        P("Kerstin Blom (S) avsäger sig uppdraget som ersättare i socialnämnden."),
        DEC("Beslut", P("Kommunfullmäktige beviljar avsägelsen och väljer Lina Torp (S) till ny ersättare.")),
    ]),
    Item("67", "Anmälan av nya motioner", None, [
        P("Motion från Yvonne Strid (MP) om solceller på kommunens skolor."),
        DEC("Beslut", P("Motionen överlämnas till kommunstyrelsen för beredning.")),
    ]),
]

TAB = "<span style='mso-tab-count:1'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span>"
RULE = "…………………………………………"


def _p(text, cls="MsoNormal"):
    """A Word paragraph; names get Word's spelling marks the way its HTML export leaves them."""
    esc = html.escape(text, quote=False)
    for word in ("Rydén", "Hagström", "Lundell", "Ekeberga"):
        esc = esc.replace(word, f"<span class=SpellE>{word}</span>")
    return f"<p class={cls}>{esc}<o:p></o:p></p>"


def _label(label, *values):
    first = f"<p class=MsoNormal><b>{html.escape(label)}</b>{TAB}{html.escape(values[0])}<o:p></o:p></p>"
    return first + "".join(f"<p class=MsoNormal>{TAB}{TAB}{html.escape(v)}<o:p></o:p></p>" for v in values[1:])


def _head(number, title):
    return ("<h2 style='margin-left:0cm;text-indent:0cm;mso-list:l0 level1 lfo1'><![if !supportLists]><span "
            f"style='mso-list:Ignore'>§ {number}<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp;&nbsp; "
            f"</span></span><![endif]>{html.escape(title)}<o:p></o:p></h2>")


def _blocks(blocks):
    out = []
    for b in blocks:
        if b[0] == "h":
            out.append(f"<p class=MsoNormal><b>{html.escape(b[1])}<o:p></o:p></b></p>")
        elif b[0] == "p":
            out.append(_p(T(b[1])))
        elif b[0] == "dec":
            out.append(f"<p class=MsoNormal><b>{html.escape(b[1])}<o:p></o:p></b></p>")
            out += _blocks(b[2])
        elif b[0] == "vote":
            continue  # counted in the appended list
        else:
            raise ValueError(b[0])
    return out


def _attendance(voted):
    """The appended närvaro- och omröstningslista: presence, then Ja/Nej/Avst under each § voted on."""
    td = "<td style='border:solid windowtext 1.0pt;padding:0cm 5.4pt'>{}</td>"
    head1 = "<tr>" + td.format("") * 4 + "".join(f"<td colspan=3 style='border:solid windowtext 1.0pt'>"
                                                  f"<p class=MsoNormal align=center><b>§ {n}</b></p></td>"
                                                  for n, _ in voted) + "</tr>"
    head2 = "<tr>" + "".join(td.format(f"<b>{h}</b>") for h in ("Ledamot", "Parti", "Tjänstgörande ersättare",
                                                                 "Närv")) \
        + "".join(td.format(f"<b>{h}</b>") for _ in voted for h in ("Ja", "Nej", "Avst")) + "</tr>"
    rows = []
    for m in MEMBERS:
        sub = m.replaced_by.name if m.replaced_by else ""
        here = not m.absent or m.replaced_by
        cells = [m.name, m.party, sub, "X" if here else ""]
        for _n, vote_rows in voted:
            vote = next((v for name, *_x, v in vote_rows if name == m.name), None)
            cells += ["X" if vote == side else "" for side in ("ja", "nej", "avstar")]
        rows.append("<tr>" + "".join(td.format(html.escape(c)) for c in cells) + "</tr>")
    return ["<p class=MsoNormal><b>Bilaga 1</b><o:p></o:p></p>",
            "<p class=MsoNormal><b>Närvaro- och omröstningslista</b><o:p></o:p></p>",
            "<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse'>",
            head1, head2, *rows, "</table>"]


def build(out_dir):
    present, absent, not_serving = split_members(MEMBERS, NOT_SERVING)
    proto = Protocol(FILE, ORG, BODY, DATE, ITEMS, chair="Marie Holm", secretary="Per Sand",
                     justerare=["Gustav Fors", "Leila Amin"], justering_date="2025-06-19", anslag_up="2025-06-20",
                     anslag_down="2025-07-12", present=present, absent=absent, ersattare_not_serving=not_serving,
                     furniture=[], furniture_patterns=[r"Närvaro- och omröstningslista", r"Ledamot\s+Parti"])
    h = ["<html xmlns:o=\"urn:schemas-microsoft-com:office:office\" xmlns=\"http://www.w3.org/TR/REC-html40\">",
         "<head><meta http-equiv=Content-Type content=\"text/html; charset=windows-1252\">",
         "<meta name=Generator content=\"Microsoft Word 15\"><title>Protokoll KF 2025-06-16</title>",
         "<!--[if gte mso 9]><xml><o:DocumentProperties><o:Author>Per Sand</o:Author>"
         "<o:Company>Ekeberga kommun</o:Company></o:DocumentProperties></xml><![endif]-->",
         "<style><!-- p.MsoNormal {margin:0cm; font-family:\"Times New Roman\",serif;} --></style></head>",
         "<body lang=SV style='tab-interval:65.2pt'><div class=WordSection1>",
         "<p class=MsoTitle><span style='font-size:20.0pt'>EKEBERGA KOMMUN</span><o:p></o:p></p>",
         "<p class=MsoSubtitle>Protokoll<o:p></o:p></p>",
         "<p class=MsoNormal><b><span style='font-size:14.0pt'>Kommunfullmäktige</span></b><o:p></o:p></p>",
         "<p class=MsoNormal><o:p>&nbsp;</o:p></p>",
         _label("Plats och tid", f"Ekeberga Folkets hus, {long_date(DATE, weekday=True)} kl. 18.30–21.50"),
         _label("Beslutande", "Se närvaro- och omröstningslista, bilaga 1"),
         _label("Närvarande ersättare", *[m.label() for m in NOT_SERVING]),
         _label("Övriga närvarande", "Karin Lööf, kommundirektör", "Per Sand, kommunsekreterare"),
         _label("Utses att justera", "Gustav Fors (M) och Leila Amin (S)"),
         _label("Justeringens plats och tid", "Kommunkansliet, torsdagen den 19 juni 2025"),
         "<p class=MsoNormal><o:p>&nbsp;</o:p></p>",
         f"<p class=MsoNormal>Underskrifter{TAB}Sekreterare{TAB}{RULE}{TAB}Paragrafer 61–67<o:p></o:p></p>",
         f"<p class=MsoNormal>{TAB}{TAB}{TAB}Per Sand<o:p></o:p></p>",
         f"<p class=MsoNormal>{TAB}Ordförande{TAB}{RULE}<o:p></o:p></p>",
         f"<p class=MsoNormal>{TAB}{TAB}{TAB}Marie Holm<o:p></o:p></p>",
         f"<p class=MsoNormal>{TAB}Justerare{TAB}{RULE}{TAB}{RULE}<o:p></o:p></p>",
         f"<p class=MsoNormal>{TAB}{TAB}{TAB}Gustav Fors{TAB}{TAB}Leila Amin<o:p></o:p></p>",
         "<br clear=all style='mso-special-character:line-break;page-break-before:always'>"]
    for it in ITEMS:
        h.append(_head(it.number, it.title))
        if it.dnr:
            h.append(f"<p class=MsoNormal><span style='font-size:9.0pt'>{it.dnr}</span><o:p></o:p></p>")
        h += _blocks(it.blocks)
        h.append("<p class=MsoNormal><o:p>&nbsp;</o:p></p>")
    h.append("<br clear=all style='mso-special-character:line-break;page-break-before:always'>")
    voted = [(it.number, b[1]) for it in ITEMS for b in it.blocks if b[0] == "vote"]
    h += _attendance(voted)
    h += ["<br clear=all style='page-break-before:always'>",
          "<p class=MsoNormal><b>ANSLAG/BEVIS</b><o:p></o:p></p>",
          "<p class=MsoNormal>Protokollet är justerat. Justeringen har tillkännagivits genom anslag.<o:p></o:p></p>",
          "<table class=MsoTableGrid border=0 cellspacing=0 cellpadding=0>",
          "<tr><td><p class=MsoNormal>Organ</p></td><td><p class=MsoNormal>Kommunfullmäktige</p></td></tr>",
          f"<tr><td><p class=MsoNormal>Sammanträdesdatum</p></td><td><p class=MsoNormal>{DATE}</p></td></tr>",
          "<tr><td><p class=MsoNormal>Datum då anslaget sätts upp</p></td><td><p class=MsoNormal>2025-06-20</p></td>"
          "<td><p class=MsoNormal>Datum då anslaget tas ned</p></td><td><p class=MsoNormal>2025-07-12</p></td></tr>",
          "<tr><td><p class=MsoNormal>Förvaringsplats för protokollet</p></td><td><p class=MsoNormal>"
          "Kommunkansliet</p></td></tr></table>",
          "</div></body></html>"]
    (out_dir / FILE).write_bytes("\n".join(h).encode("cp1252"))
    return proto
