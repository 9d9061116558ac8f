"""(h14) Miljö- och byggnadsnämnden, Ekåsa kommun — a protokollsutdrag saved as OpenDocument text: a header
table ('Ekåsa kommun | PROTOKOLLSUTDRAG | Sida 1 (2)', 'Miljö- och byggnadsnämnden | Sammanträdesdatum
2025-03-11'), no front page, one § whose number and dnr share a table row ('§ 27 | Dnr MBN 2025/0098') with
the title as the heading below it, a 'Beslutsunderlag' list full of other dates, a count-only vote in prose, a
'Beslutet skickas till' recipient list, a 'Justerandes signatur | Utdragsbestyrkande' row repeated at the page
break, the anslag bevis box ('Protokollet justerades 2025-03-14', 'Anslaget sätts upp 2025-03-17',
'Anslaget tas ned 2025-04-08') and 'Rätt utdraget intygar' signed by the secretary."""
import common_path  # noqa: F401
from common import Item, Protocol, H, P, DEC, VOTE, UL, T, vote_counts

FILE = "h14_ekasa_mbn_utdrag.odt"
ORG = "Ekåsa kommun"
BODY = "Miljö- och byggnadsnämnden"
DATE = "2025-03-11"

VOTE_ROWS = ([(f"Ja{i}", "S", None, "ja") for i in range(6)] + [(f"Nej{i}", "M", None, "nej") for i in range(3)]
             + [("Avst0", "V", None, "avstar")])

ITEMS = [
    Item("27", "Strandskyddsdispens för brygga på fastigheten Ekåsa Näs 4:12", "MBN 2025/0098", [
        H("Ärendebeskrivning"),
        P("Fastighetsägaren ansöker om dispens från strandskyddet för att anlägga en brygga om 18 kvadratmeter "
          "vid Stora Ekesjön. Området omfattas av utökat strandskydd om 300 meter sedan 2014."),
        P("Bygglovshandläggare {{sp:Emma Lindqvist}} föredrar ärendet. I överläggningen deltar "
          "{{sp:Karl Ström}} (M) och {{sp:Birgitta Holm}} (S)."),
        H("Beslutsunderlag"),
        UL("Tjänsteskrivelse 2025-02-24", "Ansökan inkommen 2024-11-05", "Yttrande från länsstyrelsen 2025-01-30",
           "Situationsplan 2024-11-05"),
        P("{{jav:Lars Olofsson}} (C) anmäler jäv och deltar inte i handläggningen av ärendet."),
        H("Yrkanden"),
        P("{{yr:Birgitta Holm}} (S) yrkar bifall till förvaltningens förslag att avslå ansökan."),
        P("{{yr:Karl Ström}} (M) yrkar att dispens ska beviljas med villkor om att bryggan ska vara flytande."),
        H("Propositionsordning"),
        P("Ordföranden ställer proposition på yrkandena och finner att nämnden bifaller Birgitta Holms yrkande. "
          "Votering begärs och genomförs."),
        VOTE(VOTE_ROWS),
        DEC("Beslut",
            P("Miljö- och byggnadsnämnden beslutar att avslå ansökan om strandskyddsdispens för brygga på "
              "fastigheten Ekåsa Näs 4:12."),
            P("Beslutet kan överklagas till länsstyrelsen inom tre veckor från den dag klaganden fick del av "
              "beslutet.")),
        H("Reservation"),
        P("{{res:M|Moderaternas ledamöter}} reserverar sig mot beslutet till förmån för Karl Ströms yrkande."),
    ]),
]

FOOTER = ("Justerandes signatur", "Utdragsbestyrkande")
FURNITURE = ["PROTOKOLLSUTDRAG", "Justerandes signatur", "Utdragsbestyrkande", "Rätt utdraget intygar"]
PATTERNS = [r"Sida \d \(\d\)"]


def build(out_dir):
    from odf.opendocument import OpenDocumentText
    from odf.table import Table, TableCell, TableColumn, TableRow
    from odf.text import List, ListItem

    from odf.text import H as OH, P as OP

    proto = Protocol(FILE, ORG, BODY, DATE, ITEMS, justering_date="2025-03-14", anslag_up="2025-03-17",
                     anslag_down="2025-04-08", furniture=FURNITURE, furniture_patterns=PATTERNS)
    doc = OpenDocumentText()
    body = doc.text

    def table(rows):
        t = Table()
        t.addElement(TableColumn(numbercolumnsrepeated=max(len(r) for r in rows)))
        for r in rows:
            tr = TableRow()
            for cell in r:
                tc = TableCell()
                for line in cell.split("\n"):
                    tc.addElement(OP(text=line))
                tr.addElement(tc)
            t.addElement(tr)
        body.addElement(t)

    def header(page):
        table([[ORG, "PROTOKOLLSUTDRAG", f"Sida {page} (2)"], [BODY, f"Sammanträdesdatum {DATE}", ""]])

    header(1)
    it = ITEMS[0]
    table([[f"§ {it.number}", f"Dnr {it.dnr}"]])
    body.addElement(OH(outlinelevel=2, text=it.title))
    for n, b in enumerate(it.blocks):
        if b[0] == "h":
            body.addElement(OH(outlinelevel=3, text=T(b[1])))
        elif b[0] == "p":
            body.addElement(OP(text=T(b[1])))
        elif b[0] == "ul":
            lst = List()
            for x in b[1]:
                li = ListItem()
                li.addElement(OP(text=T(x)))
                lst.addElement(li)
            body.addElement(lst)
        elif b[0] == "vote":
            c = vote_counts(b[1])
            body.addElement(OP(text=f"Omröstningen utfaller med {c['ja']} ja-röster mot {c['nej']} nej-röster. "
                                    f"{c['avstar']} ledamot avstår från att rösta. Nämnden har därmed bifallit "
                                    "Birgitta Holms yrkande."))
        elif b[0] == "dec":
            body.addElement(OH(outlinelevel=3, text=b[1]))
            for p in b[2]:
                body.addElement(OP(text=T(p[1])))
        if n == 4:  # the page break falls after the Beslutsunderlag list
            table([list(FOOTER)])
            header(2)
    body.addElement(OH(outlinelevel=3, text="Beslutet skickas till"))
    for r in ("Sökanden", "Länsstyrelsen i Ekåsa län", "Miljö- och byggförvaltningen"):
        body.addElement(OP(text=r))
    table([list(FOOTER)])
    body.addElement(OH(outlinelevel=3, text="Bevis om anslag"))
    table([["Protokollet justerades", "2025-03-14"], ["Anslaget sätts upp", "2025-03-17"],
           ["Anslaget tas ned", "2025-04-08"], ["Förvaringsplats", "Kommunhuset, Ekåsa"]])
    body.addElement(OP(text="Rätt utdraget intygar"))
    body.addElement(OP(text="Maria Sandberg, nämndsekreterare"))
    body.addElement(OP(text="2025-03-18"))
    doc.save(str(out_dir / FILE))
    proto.pages = 2
    return proto
