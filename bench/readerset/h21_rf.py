"""(h21) Regionfullmäktige, Region Sörmark — PDF from a Platina-style template: a running header of two lines
('PROTOKOLL' over 'Regionfullmäktige 2025-06-17') and an address footer on every page, a front page of 'Label:'
lines with a meeting in two sittings ('kl. 09.00–12.00 och 13.00–16.15'), 'Närvarande: se bilaga 1' with the
attendance list as a table AFTER the last § and the signatures, '§ 45' alone with the title on the next line and
'Diarienummer: RS/2025/0112' below, 'Regionstyrelsens förslag' (not the decision), yrkanden 'med instämmande av',
'Proposition', a vote as 'Voteringen utfaller med 41 ja-röster mot 28 nej-röster. 2 ledamöter avstår.',
'Protokollsanteckning', 'Expedieras' lists, and the standard anslag form (Organ / Sammanträdesdatum / Datum då
anslaget sätts upp / tas ned) at the very end."""
import common_path  # noqa: F401
from common import Item, Protocol, Member, H, P, UL, DEC, VOTE, split_members, vote_counts
from pdfkit import ProtoPDF, NL, RIGHT

FILE = "h21_sormark_rf.pdf"
ORG = "Region Sörmark"
BODY = "Regionfullmäktige"
DATE = "2025-06-17"

_FIRST = ["Anna", "Bertil", "Cecilia", "David", "Elsa", "Fredrik", "Gun", "Hans", "Ida", "Jörgen", "Karin",
          "Lars", "Mona", "Nils", "Olga", "Petter", "Rakel", "Stefan", "Tove", "Ulf"]
_LAST = ["Åberg", "Bäckström", "Dahlgren", "Engström", "Falk", "Grahn", "Hedlund", "Isaksson", "Jonasson"]
_PARTIES = ["S", "M", "SD", "C", "V", "KD", "L", "MP"]
_SEATS = []
for i in range(71):
    name = f"{_FIRST[i % len(_FIRST)]} {_LAST[(i * 7 + i // 20) % len(_LAST)]}"
    _SEATS.append((name, _PARTIES[(i * 3) % len(_PARTIES)]))
_SEATS[0] = ("Margareta Lund", "S")
_SEATS[1] = ("Henrik Ståhl", "M")
_SEATS[2] = ("Sara Öhman", "SD")
_SEATS[3] = ("Pekka Virtanen", "V")
_SEATS[4] = ("Louise Alm", "C")
_SEATS[5] = ("Jan Törnqvist", "KD")
_names = set()
for k, (n, p) in enumerate(_SEATS):
    while n in _names:
        n = n + "son" if not n.endswith("son") else n[:-3] + "ström"
    _names.add(n)
    _SEATS[k] = (n, p)
ROLES = {"Margareta Lund": "ordförande", "Henrik Ståhl": "1:e vice ordförande"}
SUBS = {_SEATS[10][0]: "Viktor Nylén", _SEATS[23][0]: "Amira Saleh", _SEATS[40][0]: "Gösta Kvarn"}
EMPTY = {_SEATS[17][0], _SEATS[55][0]}

MEMBERS = []
for n, p in _SEATS:
    if n in SUBS:
        MEMBERS.append(Member(n, p, ROLES.get(n), absent=True, replaced_by=Member(SUBS[n], p)))
    else:
        MEMBERS.append(Member(n, p, ROLES.get(n), absent=n in EMPTY))

_NEJ_PARTIES = {"SD", "M", "KD"}
_voters = [m for m in MEMBERS if not (m.absent and not m.replaced_by)]
VOTE_ROWS = []
for k, m in enumerate(_voters):
    v = "nej" if m.party in _NEJ_PARTIES else "ja"
    if m.party == "L" and k % 2:
        v = "avstar"
    VOTE_ROWS.append((m.name, m.party, m.replaced_by.name if m.replaced_by else None, v))

ITEMS = [
    Item("44", "Val av justerare", None, [
        DEC("Regionfullmäktiges beslut",
            P("Regionfullmäktige utser Pekka Virtanen (V) och Louise Alm (C) att jämte ordföranden justera "
              "protokollet.")),
    ]),
    Item("45", "Tandvårdstaxa 2026", "RS/2025/0112", [
        H("Sammanfattning"),
        P("Regionstyrelsen har berett ett förslag till ny tandvårdstaxa för vuxna. Taxan höjs i genomsnitt med "
          "4,1 procent, och avgiften för akut undersökning sänks för personer under 24 år."),
        H("Regionstyrelsens förslag"),
        P("Regionfullmäktige fastställer tandvårdstaxa 2026 enligt bilaga till regionstyrelsens protokoll."),
        H("Yrkanden"),
        P("{{yr:Margareta Lund}} (S), med instämmande av {{yr:Pekka Virtanen}} (V), yrkar bifall till "
          "regionstyrelsens förslag."),
        P("{{yr:Sara Öhman}} (SD) yrkar att taxan ska höjas med högst 2 procent."),
        P("{{yr:Henrik Ståhl}} (M) yrkar bifall till Sara Öhmans yrkande."),
        H("Proposition"),
        P("Ordföranden ställer proposition på yrkandena och finner att regionfullmäktige bifaller "
          "regionstyrelsens förslag. Votering begärs."),
        P("Regionfullmäktige godkänner följande voteringsproposition: Den som bifaller regionstyrelsens förslag "
          "röstar ja. Den som bifaller Sara Öhmans yrkande röstar nej."),
        VOTE(VOTE_ROWS),
        DEC("Regionfullmäktiges beslut",
            P("Regionfullmäktige fastställer tandvårdstaxa 2026 enligt bilaga till regionstyrelsens protokoll.")),
        H("Reservation"),
        P("{{res:SD|Sverigedemokraternas}}, {{res:M|Moderaternas}} och {{res:KD|Kristdemokraternas}} "
          "ledamöter reserverar sig mot beslutet till förmån för Sara Öhmans yrkande."),
        H("Expedieras"),
        UL("Regionstyrelsen", "Tandvårdsförvaltningen"),
    ]),
    Item("46", "Interpellation om väntetider på akutmottagningen", "RS/2025/0140", [
        P("Louise Alm (C) har ställt en interpellation till hälso- och sjukvårdsnämndens ordförande om "
          "väntetiderna på akutmottagningen i Sörby."),
        P("Hälso- och sjukvårdsnämndens ordförande {{sp:Cecilia Grahn}} (S) besvarar interpellationen."),
        P("I överläggningen deltar {{sp:Louise Alm}} (C), Cecilia Grahn (S) och {{sp:Jan Törnqvist}} (KD)."),
        DEC("Regionfullmäktiges beslut", P("Interpellationen är besvarad.")),
    ]),
    Item("47", "Årsredovisning 2024 för Sörmarks kollektivtrafikförbund", "RS/2025/0098", [
        H("Sammanfattning"),
        P("Förbundets årsredovisning visar ett resultat om 12,4 miljoner kronor. Revisorerna tillstyrker att "
          "direktionen beviljas ansvarsfrihet."),
        P("{{jav:Henrik Ståhl}} (M) anmäler jäv och deltar inte i handläggningen."),
        DEC("Regionfullmäktiges beslut",
            P("Regionfullmäktige beviljar direktionen för Sörmarks kollektivtrafikförbund ansvarsfrihet för "
              "verksamhetsåret 2024.")),
        H("Protokollsanteckning"),
        P("Vänsterpartiets grupp lämnar en protokollsanteckning om förbundets upphandling av färdtjänst."),
    ]),
    Item("48", "Motion om gratis kollektivtrafik för gymnasieelever", "RS/2024/0311", [
        P("Pekka Virtanen (V) har i en motion föreslagit att gymnasieelever ska åka avgiftsfritt i "
          "kollektivtrafiken. Regionstyrelsen föreslår att motionen avslås med hänvisning till kostnaden."),
        H("Yrkanden"),
        P("{{yr:Pekka Virtanen}} (V) yrkar bifall till motionen."),
        P("{{yr:Margareta Lund}} (S) yrkar bifall till regionstyrelsens förslag."),
        H("Proposition"),
        P("Ordföranden ställer proposition på yrkandena och finner att regionfullmäktige bifaller "
          "regionstyrelsens förslag."),
        DEC("Regionfullmäktiges beslut", P("Motionen avslås.")),
        H("Reservation"),
        P("{{res:V|Vänsterpartiets}} ledamöter reserverar sig mot beslutet."),
    ]),
]

FURNITURE = ["Region Sörmark · Box 1100", "regionen@sormark.se", "Justerandes signatur"]
PATTERNS = [r"Regionfullmäktige 2025-06-17", r"Sida \d+ av \d+"]


def build(out_dir):
    present, absent, not_serving = split_members(MEMBERS, [])
    proto = Protocol(FILE, ORG, BODY, DATE, ITEMS, chair="Margareta Lund", secretary="Rebecka Sund",
                     justerare=["Pekka Virtanen", "Louise Alm"], justering_date="2025-06-24",
                     anslag_up="2025-06-25", anslag_down="2025-07-17", present=present, absent=absent,
                     ersattare_not_serving=not_serving, furniture=FURNITURE, furniture_patterns=PATTERNS)
    total = [0]

    def header(pdf):
        pdf.set_xy(20, 12)
        pdf.set_font("F", "B", 13)
        pdf.cell(110, 6, "PROTOKOLL", **RIGHT)
        pdf.set_font("F", "", 9)
        pdf.cell(60, 6, f"Sida {pdf.page_no()} av {{nb}}", align="R", **NL)
        pdf.set_x(20)
        pdf.cell(110, 5, "Regionfullmäktige 2025-06-17", **NL)
        pdf.set_xy(pdf.l_margin, 32)

    def footer(pdf):
        pdf.set_xy(20, 297 - 22)
        pdf.set_font("F", "", 7.5)
        pdf.cell(90, 4, "Justerandes signatur", border="T", **NL)
        pdf.set_x(20)
        pdf.cell(0, 4, "Region Sörmark · Box 1100 · 871 88 Sörby · regionen@sormark.se · www.sormark.se",
                 align="C", **NL)

    pdf = ProtoPDF(header_fn=header, footer_fn=footer, top=32, bottom=30, creator="Platina 6.2")
    pdf.alias_nb_pages()
    pdf.add_page()
    pdf.set_font("F", "B", 16)
    pdf.cell(0, 9, "Regionfullmäktige", **NL)
    pdf.ln(2)
    for label, value in (("Tid", "Tisdag 17 juni 2025 kl. 09.00–12.00 och 13.00–16.15"),
                         ("Plats", "Regionens hus, Fullmäktigesalen, Sörby"),
                         ("Närvarande", "Se bilaga 1, närvarolista"),
                         ("Ordförande", "Margareta Lund (S)"),
                         ("Sekreterare", "Rebecka Sund, regionsekreterare"),
                         ("Justerare", "Pekka Virtanen (V) och Louise Alm (C)"),
                         ("Justeringsdatum", "2025-06-24"),
                         ("Paragrafer", "§§ 44–48")):
        pdf.set_font("F", "", 10.5)
        pdf.multi_cell(0, 6, f"{label}: {value}", **NL)
    pdf.ln(6)
    pdf.set_font("F", "B", 10.5)
    pdf.cell(0, 6, "Underskrifter", **NL)
    pdf.set_font("F", "", 10)
    for role, name in (("Sekreterare", "Rebecka Sund"), ("Ordförande", "Margareta Lund"),
                       ("Justerare", "Pekka Virtanen"), ("Justerare", "Louise Alm")):
        pdf.ln(5)
        pdf.cell(30, 5, role, **RIGHT)
        pdf.cell(80, 5, "", border="B", **NL)
        pdf.set_x(50)
        pdf.cell(80, 5, name, **NL)

    pdf.add_page()
    for it in ITEMS:
        pdf.room(40)
        pdf.set_font("F", "B", 12)
        pdf.cell(0, 6, f"§ {it.number}", **NL)
        pdf.multi_cell(0, 6, it.title, **NL)
        if it.dnr:
            pdf.set_font("F", "", 9)
            pdf.cell(0, 5, f"Diarienummer: {it.dnr}", **NL)
        pdf.ln(3)
        for b in it.blocks:
            if b[0] == "vote":
                c = vote_counts(b[1])
                pdf.para(f"Voteringen utfaller med {c['ja']} ja-röster mot {c['nej']} nej-röster. {c['avstar']} "
                         f"ledamöter avstår. Regionfullmäktige har därmed bifallit regionstyrelsens förslag. "
                         f"Voteringslista, se bilaga 2.")
            else:
                pdf.blocks([b], hsize=10.5)
        pdf.ln(5)

    pdf.room(60)
    pdf.set_font("F", "", 10)
    pdf.multi_cell(0, 5, "Vid protokollet\n\n____________________\nRebecka Sund", **NL)
    pdf.ln(4)
    pdf.multi_cell(0, 5, "Justeras\n\n____________________        ____________________        "
                         "____________________\nMargareta Lund                      Pekka Virtanen"
                         "                        Louise Alm", **NL)

    pdf.add_page()
    pdf.set_font("F", "B", 12)
    pdf.cell(0, 7, "Bilaga 1 – Närvarolista", **NL)
    width = pdf.w - 40
    pdf.set_font("F", "", 9)
    with pdf.table(col_widths=[0.40 * width, 0.12 * width, 0.36 * width, 0.12 * width], width=width,
                   align="LEFT", line_height=4.4, text_align="LEFT", borders_layout="HORIZONTAL_LINES",
                   first_row_as_headings=True, padding=0.6) as table:
        r = table.row()
        for h in ("Ledamot", "Parti", "Tjänstgörande ersättare", "Närvaro"):
            r.cell(h)
        for m in MEMBERS:
            r = table.row()
            r.cell(m.name + (f", {m.role}" if m.role else ""))
            r.cell(m.party)
            r.cell(m.replaced_by.name if m.replaced_by else "")
            r.cell("Nej" if m.absent else "Ja")
    pdf.add_page()
    pdf.set_font("F", "B", 12)
    pdf.cell(0, 7, "Bilaga 2 – Voteringslista § 45", **NL)
    pdf.vote_table(VOTE_ROWS)

    pdf.add_page()
    pdf.set_font("F", "B", 12)
    pdf.cell(0, 7, "ANSLAG/BEVIS", **NL)
    pdf.set_font("F", "", 10)
    pdf.multi_cell(0, 5, "Protokollet är justerat. Justeringen har tillkännagivits genom anslag.", **NL)
    pdf.ln(2)
    for label, value in (("Organ", "Regionfullmäktige"), ("Sammanträdesdatum", "2025-06-17"),
                         ("Datum då anslaget sätts upp", "2025-06-25"),
                         ("Datum då anslaget tas ned", "2025-07-17"),
                         ("Förvaringsplats för protokollet", "Regionkansliet, Regionens hus, Sörby"),
                         ("Underskrift", "____________________  Rebecka Sund")):
        pdf.cell(65, 6, label, **RIGHT)
        pdf.cell(0, 6, value, **NL)
    pdf.output(out_dir / FILE)
    proto.pages = pdf.page_no()
    total[0] = proto.pages
    return proto
