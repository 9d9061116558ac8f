"""(h11) Kommunstyrelsen, Ådalens kommun, 2019 — a second scanned protocol (image-only PDF, sans-serif, another
scanner's noise and skew): 'KS § 61' with the title on the same line, 'Label: value' front-page lines, a bare
'Dnr 2019/145' under the title, the vote only as 'Med 7 röster mot 4 …', 'S-gruppen reserverar sig', jäv, and the
anslag box after the last § instead of on the front page."""
import datetime
import sys
from pathlib import Path

import common_path  # noqa: F401
from common import Item, Protocol, Member, H, P, UL, DEC, VOTE, T, split_members, vote_counts

sys.path.insert(0, str(Path(common_path.TOOLS) / "docs"))
import d06_scan  # noqa: E402  (the devset's page raster and scanner noise)
from PIL import ImageFont  # noqa: E402

FILE = "h11_adalen_ks_scan.pdf"
ORG = "Ådalens kommun"
BODY = "Kommunstyrelsen"
DATE = "2019-04-08"
SANS = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
SANS_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

MEMBERS = [Member("Sören Westin", "S", "ordförande"), Member("Margareta Ekholm", "C", "vice ordförande"),
           Member("Jan-Olof Berglund", "M"), Member("Annika Strand", "S"), Member("Peter Hägglund", "SD"),
           Member("Lena Holmberg", "V", absent=True, replaced_by=Member("Tomas Sundin", "V")),
           Member("Karl Näslund", "KD"), Member("Elisabet Norberg", "S"), Member("Mats Forslund", "M"),
           Member("Gunilla Byström", "C"), Member("Roger Edlund", "S")]
NOT_SERVING = [Member("Britt Sjödin", "S"), Member("Nils Öberg", "M")]
_NEJ = {"Jan-Olof Berglund", "Mats Forslund", "Peter Hägglund"}
VOTE_ROWS = [(m.name, m.party, m.replaced_by.name if m.replaced_by else None, "nej" if m.name in _NEJ else "ja")
             for m in MEMBERS if m.name != "Gunilla Byström"]

ITEMS = [
    Item("61", "Val av justerare", None, [
        DEC("Beslut", P("Kommunstyrelsen utser Margareta Ekholm (C) att jämte ordföranden justera protokollet.")),
    ]),
    Item("62", "Försäljning av Kvarnbyns skola", "2019/145", [
        H("Ärendebeskrivning"),
        P("Kvarnbyns skola har stått tom sedan höstterminen 2017. Fastigheten har annonserats ut och det högsta "
          "budet, 2,4 miljoner kronor, har lämnats av Kvarnbyns bygdeförening."),
        P("Kommunchef {{sp:Helena Lidén}} informerar om ärendet."),
        P("{{jav:Gunilla Byström}} (C) anmäler jäv och deltar inte i handläggningen."),
        H("Yrkanden"),
        P("{{yr:Sören Westin}} (S) yrkar bifall till förvaltningens förslag. {{yr:Mats Forslund}} (M) yrkar att "
          "fastigheten ska säljas på öppen marknad."),
        H("Beslutsgång"),
        VOTE(VOTE_ROWS),
        DEC("Beslut",
            P("Kommunstyrelsen beslutar att sälja fastigheten Kvarnbyn 4:12 till Kvarnbyns bygdeförening för "
              "2,4 miljoner kronor.")),
        H("Reservation"),
        P("{{res:M|M-gruppen}} reserverar sig mot beslutet."),
    ]),
    Item("63", "Yttrande över länstransportplan 2018–2029", "2019/098", [
        H("Ärendebeskrivning"),
        P("Region Ådalen har remitterat förslaget till länstransportplan. Förvaltningen föreslår att kommunen "
          "framhåller behovet av mötesplatser på väg 331 och en pendlarparkering vid Kvarnbyn."),
        DEC("Beslut", P("Kommunstyrelsen antar förvaltningens förslag till yttrande som sitt eget.")),
    ]),
    Item("64", "Delegationsbeslut", None, [
        UL("Ekonomichefens beslut om upplåning 2019-03-12", "Kommunchefens beslut om tillförordnad chef 2019-03-20"),
        DEC("Beslut", P("Redovisningen av delegationsbeslut läggs till handlingarna.")),
    ]),
]

FURNITURE = ["ÅDALENS KOMMUN", "SAMMANTRÄDESPROTOKOLL", "Justerandes sign", "Utdragsbestyrkande"]
PATTERNS = [r"\bSida [1-4]\b"]


class Page(d06_scan.Page):
    def font(self, size, bold=False):
        return ImageFont.truetype(SANS_B if bold else SANS, size)


def _header(pg):
    pg.text(190, 140, "ÅDALENS KOMMUN", 38, True)
    pg.text(860, 146, "SAMMANTRÄDESPROTOKOLL", 28, True)
    pg.text(1370, 146, f"Sida {pg.no}", 26)
    pg.text(190, 196, BODY, 28)
    pg.text(860, 196, DATE, 28)
    pg.d.line((190, 250, 1480, 250), fill=50, width=2)
    pg.y = 300


def _footer(pg):
    y = 2150
    pg.d.line((190, y, 1480, y), fill=60, width=2)
    pg.text(190, y + 10, "Justerandes sign", 20)
    pg.text(1180, y + 10, "Utdragsbestyrkande", 20)


def build(out_dir):
    present, absent, not_serving = split_members(MEMBERS, NOT_SERVING)
    proto = Protocol(FILE, ORG, BODY, DATE, ITEMS, chair="Sören Westin", secretary="Ulrika Boström",
                     justerare=["Margareta Ekholm"], justering_date="2019-04-11", anslag_up="2019-04-12",
                     anslag_down="2019-05-06", present=present, absent=absent, ersattare_not_serving=not_serving,
                     furniture=FURNITURE, furniture_patterns=PATTERNS)
    pages = []
    size, lh, x0, right = 27, 38, 190, 1480

    def new_page():
        pg = Page(len(pages) + 1, 0)
        _header(pg)
        pages.append(pg)
        return pg

    pg = new_page()

    def write(s, bold=False, x=x0, sz=size):
        nonlocal pg
        for line in pg.wrap(T(s), sz, right - x, bold):
            if pg.y + lh > 2100:
                pg = new_page()
            pg.text(x, pg.y, line, sz, bold)
            pg.y += lh

    beslutande = [m.label() if not m.absent else f"{m.replaced_by.name} ({m.party}) ersätter {m.name} ({m.party})"
                  for m in MEMBERS]
    for label, value in (("Plats och tid", "Kommunhuset, KS-salen, måndag 8 april 2019 kl. 09.00–12.10"),
                         ("Beslutande", ", ".join(beslutande)),
                         ("Ej tjänstgörande ersättare", ", ".join(m.label() for m in NOT_SERVING)),
                         ("Övriga närvarande", "Helena Lidén, kommunchef; Ulrika Boström, sekreterare"),
                         ("Utses att justera", "Margareta Ekholm (C)"),
                         ("Justeringens plats och tid", "Kommunkansliet 2019-04-11"),
                         ("Paragrafer", "61–64")):
        write(f"{label}: {value}")
        pg.y += 14
    pg.y += 20
    for role, name in (("Sekreterare", "Ulrika Boström"), ("Ordförande", "Sören Westin"),
                       ("Justerande", "Margareta Ekholm")):
        pg.text(x0, pg.y, role, 26, True)
        pg.d.line((560, pg.y + 40, 1100, pg.y + 40), fill=60, width=2)
        pg.text(560, pg.y + 48, name, 26)
        pg.y += 120
    pg = new_page()
    for it in ITEMS:
        if pg.y + lh * 6 > 2100:
            pg = new_page()
        pg.y += 20
        write(f"KS § {it.number}   {it.title}", bold=True, sz=30)
        if it.dnr:
            write(f"Dnr {it.dnr}", sz=24)
        pg.y += 10
        for b in it.blocks:
            if b[0] == "h":
                write(b[1], bold=True)
            elif b[0] == "p":
                write(b[1])
                pg.y += 10
            elif b[0] == "ul":
                for x in b[1]:
                    write("– " + x)
                pg.y += 10
            elif b[0] == "vote":
                c = vote_counts(b[1])
                write(f"Omröstning begärs och verkställs. Med {c['ja']} röster mot {c['nej']} beslutar kommunstyrelsen "
                      "att bifalla Sören Westins yrkande.")
                pg.y += 10
            elif b[0] == "dec":
                write(b[1], bold=True)
                for x in b[2]:
                    write(x[1])
                pg.y += 10
    if pg.y + 420 > 2100:
        pg = new_page()
    pg.y += 40
    top = pg.y
    pg.d.rectangle((190, top, 1480, top + 360), outline=40, width=3)
    pg.text(640, top + 18, "ANSLAG/BEVIS", 30, True)
    pg.text(230, top + 70, "Protokollet är justerat. Justeringen har tillkännagivits genom anslag", 25)
    yy = top + 120
    for label, value in (("Organ", BODY), ("Sammanträdesdatum", DATE), ("Datum då anslaget sätts upp", "2019-04-12"),
                         ("Datum då anslaget tas ned", "2019-05-06")):
        pg.text(230, yy, label, 25)
        pg.text(860, yy, value, 25)
        yy += 52
    images = []
    for n, page in enumerate(pages):
        _footer(page)
        images.append(d06_scan._scanify(page.img, seed=4200 + n))
    when = datetime.datetime(2019, 4, 15, 9, 30, 0).timetuple()
    images[0].save(out_dir / FILE, "PDF", resolution=d06_scan.DPI, save_all=True, append_images=images[1:],
                   creationDate=when, modDate=when, producer="RICOH MP C3004", title="scan0042")
    proto.pages = len(pages)
    return proto
