"""(h13) Direktionen, Fjällmarks räddningstjänstförbund — a kommunalförbund's PDF: members with their
municipality ('Anna Berg (S), Tallås kommun, ordförande'), items as 'Punkt 4' with the title on the next line and
'Dnr FRF 2025/031' at the right of the heading line, 'Direktionens beslut', a 'Protokollsanteckning', the
justering done by e-signature ('Justering: Digital signering, se verifikat') with the date only on the
Verifikat page that the signing service appends (transaction id, signing parties with e-mail addresses and
time stamps), a footer 'Justerandes signatur   Utdragsbestyrkande' and the anslag box on page 1."""
import common_path  # noqa: F401
from common import Item, Protocol, Member, H, P, DEC, split_members

from pdfkit import ProtoPDF, NL, RIGHT

FILE = "h13_fjallmark_frf.pdf"
ORG = "Fjällmarks räddningstjänstförbund"
BODY = "Direktionen"
DATE = "2025-05-20"

MEMBERS = [Member("Anna Berg", "S", "ordförande", org="Tallås kommun"),
           Member("Göran Nyström", "M", "vice ordförande", org="Ådalens kommun"),
           Member("Siv Eklund", "C", org="Björkfors kommun"),
           Member("Patrik Ödman", "S", org="Lunda kommun", absent=True,
                  replaced_by=Member("Helena Sund", "S", org="Lunda kommun")),
           Member("Roland Krantz", "KD", org="Västerby kommun")]
NOT_SERVING = [Member("Mats Hallin", "M", org="Tallås kommun")]

ITEMS = [
    Item("1", "Mötets öppnande och val av justerare", None, [
        DEC("Direktionens beslut", P("Direktionen utser Göran Nyström (M) att jämte ordföranden justera "
                                     "protokollet.")),
    ]),
    Item("2", "Delårsrapport per den 30 april 2025", "FRF 2025/031", [
        H("Ärendebeskrivning"),
        P("Förbundet redovisar ett överskott på 1,9 miljoner kronor för januari–april, främst till följd av "
          "vakanser inom deltidsorganisationen och lägre kostnader för drivmedel."),
        P("Förbundschef {{sp:Jonas Åkerlund}} föredrar rapporten och besvarar frågor från {{sp:Siv Eklund}} (C)."),
        DEC("Direktionens beslut", P("Direktionen godkänner delårsrapporten per den 30 april 2025.")),
        H("Protokollsanteckning"),
        P("Roland Krantz (KD) lämnar en protokollsanteckning om rekryteringen av deltidsbrandmän i Västerby."),
    ]),
    Item("3", "Ny övningsanläggning i Lunda", "FRF 2024/112", [
        H("Ärendebeskrivning"),
        P("Förbundet hyr i dag övningsytor av tre olika markägare. En egen anläggning i Lunda beräknas kosta "
          "24 miljoner kronor och ge lägre hyreskostnader från 2028."),
        P("{{jav:Helena Sund}} (S) anmäler jäv och deltar inte i handläggningen."),
        H("Yrkanden"),
        P("{{yr:Göran Nyström}} (M) yrkar att beslutet skjuts upp till hösten."),
        P("{{yr:Anna Berg}} (S) yrkar bifall till förbundschefens förslag."),
        P("Ordföranden ställer proposition på yrkandena och finner att direktionen bifaller Anna Bergs yrkande."),
        DEC("Direktionens beslut",
            P("Direktionen beslutar att uppdra åt förbundschefen att upphandla en övningsanläggning i Lunda "
              "inom en ram om 24 miljoner kronor.")),
        H("Reservation"),
        P("{{res:Göran Nyström|Göran Nyström}} (M) reserverar sig mot beslutet."),
    ]),
    Item("4", "Informationsärenden", None, [
        P("Förbundschefen informerar om sommarens brandriskprognos och om samverkan med länsstyrelsen."),
        DEC("Direktionens beslut", P("Direktionen noterar informationen.")),
    ]),
]

FURNITURE = ["Justerandes signatur", "Utdragsbestyrkande", "FJÄLLMARKS RÄDDNINGSTJÄNSTFÖRBUND",
             "Transaktion 09222115557512345678", "Signerande parter"]
PATTERNS = [r"\b\d+ \(\d+\)", r"@frf\.se"]

SIGNERS = [("Sara Nilsson", "SN", "sara.nilsson@frf.se", "2025-05-22 08:31:02"),
           ("Anna Berg", "AB", "anna.berg@tallas.se", "2025-05-23 19:02:44"),
           ("Göran Nyström", "GN", "goran.nystrom@adalen.se", "2025-05-26 07:55:10")]


def build(out_dir):
    present, absent, not_serving = split_members(MEMBERS, NOT_SERVING)
    proto = Protocol(FILE, ORG, BODY, DATE, ITEMS, chair="Anna Berg", secretary="Sara Nilsson",
                     justerare=["Göran Nyström"], justering_date="2025-05-26", anslag_up="2025-05-27",
                     anslag_down="2025-06-18", present=present, absent=absent, ersattare_not_serving=not_serving,
                     furniture=FURNITURE, furniture_patterns=PATTERNS)

    def header(pdf):
        pdf.set_xy(20, 12)
        pdf.set_font("F", "B", 10)
        pdf.cell(110, 5, "FJÄLLMARKS RÄDDNINGSTJÄNSTFÖRBUND", **RIGHT)
        pdf.set_font("F", "", 9)
        pdf.cell(30, 5, "PROTOKOLL", **RIGHT)
        pdf.cell(30, 5, f"{pdf.page_no()} ({{nb}})", align="R", **NL)
        pdf.set_x(20)
        pdf.cell(110, 5, "Direktionen", **RIGHT)
        pdf.cell(60, 5, "2025-05-20", **NL)
        pdf.set_xy(pdf.l_margin, 30)

    def footer(pdf):
        if pdf.page_no() == pdf.verifikat_page:
            return
        pdf.set_xy(20, -18)
        pdf.set_font("F", "", 8)
        pdf.cell(85, 4, "Justerandes signatur", **RIGHT)
        pdf.cell(85, 4, "Utdragsbestyrkande", **NL)

    pdf = ProtoPDF(header_fn=header, footer_fn=footer, top=30, bottom=24)
    pdf.verifikat_page = None
    pdf.alias_nb_pages()
    pdf.add_page()
    pdf.set_font("F", "B", 12)
    pdf.cell(0, 7, "Sammanträde med direktionen", **NL)
    pdf.ln(2)

    def row(label, value):
        pdf.set_font("F", "B", 9.5)
        pdf.cell(45, 4.8, label, **RIGHT)
        pdf.set_font("F", "", 9.5)
        pdf.set_left_margin(65)
        pdf.multi_cell(0, 4.8, value, **NL)
        pdf.set_left_margin(20)
        pdf.ln(1.2)

    def who(m):
        s = f"{m.name} ({m.party}), {m.org}"
        return s + (f", {m.role}" if m.role else "")

    serving = [who(m) if not m.absent else f"{who(m.replaced_by)}, tjänstgörande ersättare för {m.name} ({m.party})"
               for m in MEMBERS if not m.absent or m.replaced_by]
    row("Plats och tid", "Brandstationen i Tallås, tisdagen den 20 maj 2025 kl. 13.00–15.45")
    row("Beslutande", "\n".join(serving))
    row("Ersättare", "\n".join(who(m) for m in NOT_SERVING))
    row("Övriga deltagare", "Jonas Åkerlund, förbundschef\nSara Nilsson, förbundssekreterare")
    row("Utses att justera", "Göran Nyström (M)")
    row("Justering", "Digital signering, se verifikat")
    row("Paragrafer", "Punkt 1–4")
    pdf.ln(2)
    pdf.set_font("F", "", 9.5)
    for label, name in (("Sekreterare", "Sara Nilsson"), ("Ordförande", "Anna Berg"), ("Justerare", "Göran Nyström")):
        pdf.cell(45, 4.8, label, **RIGHT)
        pdf.cell(0, 4.8, name, **NL)
        pdf.ln(1)
    pdf.ln(3)
    pdf.set_font("F", "B", 10)
    pdf.cell(0, 5.5, "ANSLAG/BEVIS", **NL)
    pdf.set_font("F", "", 9)
    pdf.multi_cell(0, 4.4, "Protokollet är justerat. Justeringen har tillkännagivits genom anslag.", **NL)
    for label, value in (("Organ", "Direktionen"), ("Sammanträdesdatum", "2025-05-20"),
                         ("Datum då anslaget sätts upp", "2025-05-27"), ("Datum då anslaget tas ned", "2025-06-18"),
                         ("Förvaringsplats för protokollet", "Förbundets kansli, Brandstationen i Tallås")):
        pdf.cell(60, 4.4, label, **RIGHT)
        pdf.cell(0, 4.4, value, **NL)
    pdf.add_page()
    for it in ITEMS:
        pdf.room(30)
        pdf.set_font("F", "B", 10.5)
        pdf.cell(120, 5.5, f"Punkt {it.number}", **RIGHT)
        pdf.set_font("F", "", 9)
        pdf.cell(0, 5.5, f"Dnr {it.dnr}" if it.dnr else "", align="R", **NL)
        pdf.set_font("F", "B", 11)
        pdf.multi_cell(0, 6, it.title, **NL)
        pdf.ln(2)
        pdf.blocks(it.blocks)
        pdf.ln(3)
    pdf.add_page()
    pdf.verifikat_page = pdf.page_no()
    pdf.set_font("F", "B", 14)
    pdf.cell(0, 8, "Verifikat", **NL)
    pdf.set_font("F", "", 9)
    pdf.cell(0, 5, "Transaktion 09222115557512345678", **NL)
    pdf.ln(3)
    for label, value in (("Dokument", "Protokoll direktionen 2025-05-20"), ("Huvuddokument", f"{pdf.page_no()} sidor"),
                         ("Startades", "2025-05-22 08:14:03 CEST (+0200) av Sara Nilsson (SN)"),
                         ("Färdigställt", "2025-05-26 07:55:10 CEST (+0200)")):
        pdf.set_font("F", "B", 9)
        pdf.cell(0, 5, label, **NL)
        pdf.set_font("F", "", 9)
        pdf.cell(0, 5, value, **NL)
    pdf.ln(3)
    pdf.set_font("F", "B", 9)
    pdf.cell(0, 5, "Signerande parter", **NL)
    for name, ini, mail, when in SIGNERS:
        pdf.set_font("F", "", 9)
        pdf.cell(0, 4.6, f"{name} ({ini})", **NL)
        pdf.cell(0, 4.6, f"{ORG}", **NL)
        pdf.cell(0, 4.6, mail, **NL)
        pdf.cell(0, 4.6, f"Signerade {when} CEST (+0200)", **NL)
        pdf.ln(2)
    pdf.multi_cell(0, 4.4, "Detta verifikat är utfärdat av Scrive. Information i kursiv stil är säkert verifierad "
                   "av Scrive.", **NL)
    pdf.output(out_dir / FILE)
    proto.pages = pdf.page_no()
    return proto
