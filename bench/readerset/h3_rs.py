"""(h3) Regionstyrelsen, Region Nordmark — DOCX where each § head is a one-row table ('§ 112' | title |
'RS 2025-00456'), the front page is a label table with a members table (name | party | role | tjänstgör
för), 'Föredragande:' lines, 'Regionstyrelsens beslut' headings, a vote as 'Ja 9, Nej 6, Avstår 0' in a
sentence with a voting list table, reservations by party group 'Ledamöterna från …', and the anslag in the
page footer of the last page."""
import datetime

from docx import Document
from docx.shared import Cm

import common_path  # noqa: F401
from common import Item, Protocol, Member, H, P, UL, DEC, VOTE, T, split_members
from docxkit import add_field, cell_text, no_borders, fix_zip_dates

FILE = "h3_nordmark_rs.docx"
ORG = "Region Nordmark"
BODY = "Regionstyrelsen"
DATE = "2025-05-20"

MEMBERS = [
    Member("Ewa Lindström", "S", "ordförande"), Member("Jakob Ferm", "M", "förste vice ordförande"),
    Member("Nils Odell", "S"), Member("Åsa Grip", "C"), Member("Reza Karimi", "S"),
    Member("Helena Vik", "M", absent=True, replaced_by=Member("Ulf Bergqvist", "M")),
    Member("Mattias Lund", "SD"), Member("Pia Ekholm", "V"), Member("Sofie Ahl", "KD"),
    Member("Daniel Rapp", "SD"), Member("Cecilia Tran", "L", absent=True),
]
NOT_SERVING = [Member("Britt Holmér", "S"), Member("Gustav Nyberg", "C")]
ROWS = [("Ewa Lindström", "S", None, "ja"), ("Jakob Ferm", "M", None, "ja"), ("Nils Odell", "S", None, "ja"),
        ("Åsa Grip", "C", None, "ja"), ("Reza Karimi", "S", None, "ja"), ("Helena Vik", "M", "Ulf Bergqvist", "ja"),
        ("Mattias Lund", "SD", None, "nej"), ("Pia Ekholm", "V", None, "ja"), ("Sofie Ahl", "KD", None, "ja"),
        ("Daniel Rapp", "SD", None, "nej")]

ITEMS = [
    Item("112", "Justering och godkännande av föredragningslistan", None, [
        DEC("Regionstyrelsens beslut",
            P("Jakob Ferm (M) utses att jämte ordföranden justera protokollet. Föredragningslistan godkänns.")),
    ]),
    Item("113", "Delårsrapport januari–april 2025", "RS 2025-00456", [
        P("Föredragande: {{sp:Lars Hedin}}, ekonomidirektör"),
        H("Sammanfattning"),
        P("Regionen redovisar ett resultat på minus 142 miljoner kronor för perioden. Prognosen för helåret är "
          "ett underskott på 310 miljoner kronor, främst till följd av kostnader för inhyrd personal."),
        DEC("Regionstyrelsens beslut",
            P("Regionstyrelsen godkänner delårsrapporten för januari–april 2025 och överlämnar den till "
              "regionfullmäktige."),
            P("Regionstyrelsen uppdrar åt regiondirektören att redovisa en åtgärdsplan i juni.")),
    ]),
    Item("114", "Ändrade avgifter för sjukresor", "RS 2025-00233", [
        P("Föredragande: {{sp:Maria Sjödin}}, chef för närsjukvård"),
        H("Sammanfattning"),
        P("Egenavgiften för sjukresor har varit oförändrad sedan 2016. Förslaget innebär att egenavgiften "
          "höjs från 100 till 140 kronor per enkel resa och att högkostnadsskyddet höjs till 1 800 kronor."),
        H("Yrkanden"),
        P("{{yr:Ewa Lindström}} (S) yrkar bifall till förslaget."),
        P("{{yr:Mattias Lund}} (SD) yrkar avslag till förslaget."),
        H("Beslutsgång"),
        P("Ordföranden ställer förslagen mot varandra och finner att regionstyrelsen bifaller Ewa Lindströms "
          "yrkande. Votering begärs. Den som bifaller Ewa Lindströms yrkande röstar ja, den det ej vill röstar nej."),
        VOTE(ROWS),
        P("Omröstningsresultat: Ja 8, Nej 2, Avstår 0."),
        DEC("Regionstyrelsens förslag till regionfullmäktige",
            P("Egenavgiften för sjukresor höjs till 140 kronor per enkel resa från och med den 1 september 2025.")),
        H("Reservation"),
        P("Ledamöterna från {{res:SD|Sverigedemokraterna}} reserverar sig till förmån för eget yrkande."),
    ]),
    Item("115", "Yttrande över remiss om nationell plan för transportinfrastrukturen", "RS 2025-00301", [
        P("Föredragande: {{sp:Kristoffer Olsson}}, regional utvecklingsdirektör"),
        H("Sammanfattning"),
        P("Trafikverket har remitterat förslaget till nationell plan. Regionen lyfter fram behovet av dubbelspår "
          "på Nordmarksbanan och ökat underhåll av det finmaskiga vägnätet."),
        P("{{jav:Åsa Grip}} (C) anmäler jäv och deltar inte i beslutet."),
        DEC("Regionstyrelsens beslut",
            P("Regionstyrelsen antar yttrandet som sitt eget och överlämnar det till Trafikverket.")),
    ]),
    Item("116", "Meddelanden", None, [
        UL("Protokoll från samverkansnämnden 2025-04-25", "Skrivelse från Nordmarks kommunförbund"),
        DEC("Regionstyrelsens beslut", P("Meddelandena läggs till handlingarna.")),
    ]),
]

FURNITURE = ["Justerare signatur", "Utdragsbestyrkande", "Sida 1 av"]
PATTERNS = [r"Sida \d+ av \d+"]


def _blocks(doc, blocks):
    for b in blocks:
        kind = b[0]
        if kind == "h":
            p = doc.add_paragraph()
            p.add_run(T(b[1])).bold = True
        elif kind == "p":
            doc.add_paragraph(T(b[1]))
        elif kind == "ul":
            for x in b[1]:
                doc.add_paragraph(T(x), style="List Bullet")
        elif kind == "dec":
            p = doc.add_paragraph()
            p.add_run(T(b[1])).bold = True
            _blocks(doc, b[2])
        elif kind == "vote":
            t = doc.add_table(rows=1, cols=5)
            t.style = "Table Grid"
            for c, h in zip(t.rows[0].cells, ("Ledamot", "Tjänstgörande ersättare", "Ja", "Nej", "Avstår")):
                c.text = h
            for m, p_, s, v in b[1]:
                cells = t.add_row().cells
                cells[0].text = f"{m} ({p_})"
                cells[1].text = f"{s} ({p_})" if s else ""
                for c, k in zip(cells[2:], ("ja", "nej", "avstar")):
                    c.text = "X" if v == k else ""


def build(out_dir):
    present, absent, not_serving = split_members(MEMBERS, NOT_SERVING)
    proto = Protocol(FILE, ORG, BODY, DATE, ITEMS, chair="Ewa Lindström", secretary="Annelie Borg",
                     justerare=["Jakob Ferm"], justering_date="2025-05-23", anslag_up="2025-05-26",
                     anslag_down="2025-06-17", present=present, absent=absent, ersattare_not_serving=not_serving,
                     furniture=FURNITURE, furniture_patterns=PATTERNS, pages=None)
    doc = Document()
    cp = doc.core_properties
    cp.created = cp.modified = datetime.datetime(2025, 5, 23, 10, 0)
    cp.author = "Annelie Borg"
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    hp = sec.header.paragraphs[0]
    hp.text = "Region Nordmark\tPROTOKOLL\tSida "
    add_field(hp, "PAGE", "1")
    hp.add_run(" av ")
    add_field(hp, "NUMPAGES", "5")
    sec.header.add_paragraph("Regionstyrelsen\t2025-05-20")
    sec.footer.paragraphs[0].text = "Justerare signatur\t\tUtdragsbestyrkande"

    t = doc.add_table(rows=0, cols=2)
    no_borders(t)
    for label, value in (("Plats och tid", "Regionens hus, sal Norrsken, tisdagen den 20 maj 2025 kl. 09.00–15.30"),
                         ("Justerare", "Jakob Ferm (M)"),
                         ("Justeringens plats och tid", "Regionens hus 2025-05-23"),
                         ("Protokollet omfattar", "§§ 112–116")):
        r = t.add_row().cells
        cell_text(r[0], [(label, True)])
        cell_text(r[1], [value])
    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("Närvarande ledamöter").bold = True
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ("Namn", "Parti", "Funktion", "Tjänstgör för")):
        c.text = h
    for m in MEMBERS:
        if m.absent and not m.replaced_by:
            continue
        cells = t.add_row().cells
        if m.absent:
            vals = (m.replaced_by.name, m.party, "tjänstgörande ersättare", m.name)
        else:
            vals = (m.name, m.party, m.role or "ledamot", "")
        for c, v in zip(cells, vals):
            c.text = v
    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("Ej tjänstgörande ersättare").bold = True
    doc.add_paragraph(", ".join(m.label() for m in NOT_SERVING))
    p = doc.add_paragraph()
    p.add_run("Frånvarande").bold = True
    doc.add_paragraph(", ".join(m.label(False) for m in MEMBERS if m.absent))
    p = doc.add_paragraph()
    p.add_run("Övriga deltagare").bold = True
    doc.add_paragraph("Anna-Karin Sten, regiondirektör; Lars Hedin, ekonomidirektör; Annelie Borg, sekreterare")

    for it in ITEMS:
        doc.add_paragraph()
        t = doc.add_table(rows=1, cols=3)
        no_borders(t)
        cells = t.rows[0].cells
        cell_text(cells[0], [(f"§ {it.number}", True)])
        cell_text(cells[1], [(it.title, True)])
        cell_text(cells[2], [it.dnr or ""])
        _blocks(doc, it.blocks)

    doc.add_paragraph()
    t = doc.add_table(rows=3, cols=2)
    no_borders(t)
    for i, (role, name) in enumerate((("Ordförande", "Ewa Lindström"), ("Justerare", "Jakob Ferm"),
                                      ("Sekreterare", "Annelie Borg"))):
        cell_text(t.cell(i, 0), [role])
        cell_text(t.cell(i, 1), ["________________", name])
    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("BEVIS OM ANSLAG").bold = True
    doc.add_paragraph("Protokollet är justerat. Justeringen har tillkännagivits genom anslag på regionens "
                      "digitala anslagstavla.")
    t = doc.add_table(rows=0, cols=2)
    for label, value in (("Organ", "Regionstyrelsen"), ("Sammanträdesdatum", "2025-05-20"),
                         ("Anslaget sätts upp", "2025-05-26"), ("Anslaget tas ned", "2025-06-17"),
                         ("Förvaringsplats för protokollet", "Regionkansliet")):
        r = t.add_row().cells
        r[0].text, r[1].text = label, value
    path = out_dir / FILE
    doc.save(path)
    fix_zip_dates(path, (2025, 5, 23, 10, 0, 0))
    return proto
