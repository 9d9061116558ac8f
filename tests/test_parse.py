"""Parser: file -> § list, metadata, speakers, decisions; table-driven over the corpus and other layouts."""
import re

import pytest

from indexer.parse import parse_file, parse_text
from tests.conftest import CORPUS
from tests.fixtures import make_docx, make_html, make_pdf, write

CORPUS_EXPECTED = {
    "000_20d49025c3eefde7.txt": dict(
        date="2019-03-15", body="Sociala samrådsgruppen",
        numbers=[str(n) for n in range(15, 28)],
        titles={"15": "Sammanträdet öppnas", "20": "Familjehemscentrum (FHC)", "22": "Barnahus",
                "23": 'Aktuellt från projekt "utskrivningsklar"', "27": "Mötet avslutas"},
        speakers={"20": ["Maria Moralo"], "21": ["Elin Ring"], "15": []},
        decisions={"22", "23"},
    ),
    "001_442d4df9b294001d.txt": dict(
        date="2021-10-08", body="Sociala samrådsgruppen", numbers=["48"],
        titles={"48": "Avtal Familjehemscentrum"}, speakers={"48": ["Elin Ring", "Erik Fredriksson"]}, decisions={"48"},
    ),
    "002_a76be3cd7be83ac5.txt": dict(
        date="2023-02-24", body="Sociala samrådsgruppen",
        numbers=[str(n) for n in range(1, 15)],
        titles={"9": "Centrum mot våld, Verksamhetsberättelse 2022 och Verksamhetsplan 2023",
                "10": "Överenskommelse operation norrsken – aktuell information", "11": "Frågor inför SVOM"},
        speakers={"8": ["Elin Ring"], "9": ["Liselott Åsberg"], "10": ["Liselott Åsberg"], "1": []},
        decisions={"3", "4", "5", "9"},
    ),
    "003_025728fa54487a8c.txt": dict(
        date="2022-04-01", body="Sociala samrådsgruppen",
        numbers=[str(n) for n in range(13, 27)],
        titles={"19": "Ny ANDTS-strategi", "22": "Genomlysning av Östersunds kommuns kostnader inom hemsjukvården",
                "24": "Rysslands invasion av Ukraina/krisläget i Europa"},
        speakers={"17": ["Jessica Ottosson", "Jessica Rundberg"], "21": ["Lisa Marklund"],
                  "22": ["Ulrika Nyberg", "Robert Brandt"], "24": ["Mia Krylén", "Jenny Edlund"], "18": ["Elin Ring"]},
        decisions={"14", "17", "18"},
    ),
}
FURNITURE = re.compile(r"Justerandes sign|Utdragsbestyrkande|Sida \d+ av \d+|^\d{4}-\d\d-\d\d$", re.M)


@pytest.fixture(scope="module")
def parsed():
    return {name: parse_file(CORPUS / name) for name in CORPUS_EXPECTED}


@pytest.mark.parametrize("name", sorted(CORPUS_EXPECTED))
def test_protocol_dict_is_dataclasses_asdict(parsed, name):
    from dataclasses import asdict

    p = parsed[name]
    assert p.paragraphs and p.to_dict() == asdict(p)  # model.plain, without asdict's deep copies


@pytest.mark.parametrize("name", sorted(CORPUS_EXPECTED))
def test_corpus_paragraph_numbers_and_titles(parsed, name):
    exp, p = CORPUS_EXPECTED[name], parsed[name]
    assert [para.number for para in p.paragraphs] == exp["numbers"]
    titles = {para.number: para.title for para in p.paragraphs}
    for number, title in exp["titles"].items():
        assert titles[number] == title


@pytest.mark.parametrize("name", sorted(CORPUS_EXPECTED))
def test_corpus_metadata(parsed, name):
    exp, p = CORPUS_EXPECTED[name], parsed[name]
    assert (p.date, p.date_inferred, p.body) == (exp["date"], False, exp["body"])
    assert p.warnings == []


@pytest.mark.parametrize("name", sorted(CORPUS_EXPECTED))
def test_corpus_speakers(parsed, name):
    speakers = {para.number: para.speakers for para in parsed[name].paragraphs}
    for number, expected in CORPUS_EXPECTED[name]["speakers"].items():
        assert speakers[number] == expected, number


@pytest.mark.parametrize("name", sorted(CORPUS_EXPECTED))
def test_corpus_decisions(parsed, name):
    with_decision = {para.number for para in parsed[name].paragraphs if para.decision}
    assert CORPUS_EXPECTED[name]["decisions"] <= with_decision


@pytest.mark.parametrize("name", sorted(CORPUS_EXPECTED))
def test_no_page_furniture_in_text(parsed, name):
    for para in parsed[name].paragraphs:
        assert not FURNITURE.search(para.text), (para.number, FURNITURE.search(para.text))


def test_participants_of_a_tab_table(parsed):
    people = {(x.name, x.group, x.party, x.organisation) for x in parsed["002_a76be3cd7be83ac5.txt"].participants}
    assert ("Margareta Winberg", "beslutande", "S", "Östersunds kommun") in people
    assert ("Peppe Liljefjäll", "övriga", None, "Bräcke kommun") in people


def test_toc_disagreeing_with_body_body_wins(parsed):
    # The TOC of 002 says "§10 Centrum mot våld", the body "§9 Centrum mot våld".
    titles = {p.number: p.title for p in parsed["002_a76be3cd7be83ac5.txt"].paragraphs}
    assert titles["9"].startswith("Centrum mot våld") and titles["10"].startswith("Överenskommelse")


# --- other layouts, table-driven: text -> [(number, title)] ---------------------------------------------

LAYOUTS = [
    ("markdown §", "## § 15 Sammanträdet öppnas\nText.\n## § 16 Val av justerare\nText.",
     [("15", "Sammanträdet öppnas"), ("16", "Val av justerare")]),
    ("no space", "§10 Titel ett\nText.\n§11 Titel två\nText.", [("10", "Titel ett"), ("11", "Titel två")]),
    ("organ prefix", "KS § 12 Budget 2024\nText.\nKS § 13 Taxor\nText.", [("12", "Budget 2024"), ("13", "Taxor")]),
    ("organ prefix in mixed case", "Ks § 12 Budget 2024\nText.\nBun § 13 Taxor\nSe § 4 Regler i förra protokollet.\n",
     [("12", "Budget 2024"), ("13", "Taxor")]),
    ("year after the number or the prefix", "§ 45/2025 Budget\nText.\nKS/2025 § 46 Taxor\nText.",
     [("45", "Budget"), ("46", "Taxor")]),
    ("dnr line, title next", "§ 7 Dnr BUN 2023/0042\nSkolskjutsregler\nText om skolskjuts.\n§ 8 Dnr BUN 2023/0050\nLokaler\nText.",
     [("7", "Skolskjutsregler"), ("8", "Lokaler")]),
    ("period after number", "§ 5. Budget\nText.\n§ 6. Taxor\nText.", [("5", "Budget"), ("6", "Taxor")]),
    ("Paragraf word", "Paragraf 5 Budget\nText.\nParagraf 6 Taxor\nText.", [("5", "Budget"), ("6", "Taxor")]),
    ("bold heading", "**§ 21 Nutrition**\nText.\n**§ 22 Vård**\nText.", [("21", "Nutrition"), ("22", "Vård")]),
    ("agenda items with )", "### 1) Mötets öppnande\nText.\n### 2) Information om budget\nText.\n3) **Övriga frågor**\nText.",
     [("1", "Mötets öppnande"), ("2", "Information om budget"), ("3", "Övriga frågor")]),
    ("agenda bold", "Minnesanteckningar\n1. **Välkommen**\nText.\n2. **Läget i länet**\nText:\n1. punkt ett\n2. punkt två\n3. **Nästa möte**\nText.",
     [("1", "Välkommen"), ("2", "Läget i länet"), ("3", "Nästa möte")]),
    ("references are not headings",
     "§ 20 Budget\nBeslutet i\n§ 19 justerades. Närvarande § 15 - 27.\n§§ 40–52 behandlades.\n§ 5-14: Anna Berg\n§ 21 Taxor\nText.",
     [("20", "Budget"), ("21", "Taxor")]),
    ("toc with dots and tabs",
     "Innehåll\n§ 1 Öppnande .....\t2\n§ 2 Budget\t3\n§ 3 Avslut ...... 4\n\n§ 1 Öppnande\nText.\n§ 2 Budget\nText.\n§ 3 Avslut\nText.",
     [("1", "Öppnande"), ("2", "Budget"), ("3", "Avslut")]),
    ("toc without page numbers", "§ 1 Öppnande\n§ 2 Budget\n\n§ 1 Öppnande\nText.\n§ 2 Budget\nText.", [("1", "Öppnande"), ("2", "Budget")]),
]


@pytest.mark.parametrize("name,text,expected", LAYOUTS, ids=[x[0] for x in LAYOUTS])
def test_layouts(name, text, expected):
    p = parse_text(text, "x.txt")
    assert [(para.number, para.title) for para in p.paragraphs] == expected


def test_dnr_and_subheadings_stay_in_text():
    p = parse_text("§ 7 Dnr BUN 2023/0042\nSkolskjuts\nBakgrund\nText om bakgrund.\nYrkanden\nAnna Berg (S) yrkar bifall.\nBeslut\nNämnden beslutar enligt förslaget.", "x.txt")
    para = p.paragraphs[0]
    assert para.dnr == "BUN 2023/0042"
    assert "Bakgrund" in para.text and "Yrkanden" in para.text
    assert para.decision == "Nämnden beslutar enligt förslaget."


def test_proposal_kept_apart_from_decision():
    p = parse_text("§ 3 Val av justerare\nFörslag till beslut\nAnna föreslås.\nStällningstagande\nAnna utses.", "x.txt")
    assert p.paragraphs[0].proposal == "Anna föreslås." and p.paragraphs[0].decision == "Anna utses."


@pytest.mark.parametrize("line,expected", [
    ("Föredragande: Anna Berg, ekonom", ["Anna Berg"]),
    ("Föredragande: Mia Krylén och Jenny Edlund, Länsstyrelsen", ["Mia Krylén", "Jenny Edlund"]),
    ("Ärendet föredras av Elin Ring", ["Elin Ring"]),
    ("Elin Ring är föredragande.", ["Elin Ring"]),
    ("Karin Lund (S) redovisar ärendet.", ["Karin Lund"]),
    ("Föredraganden presenterar verksamhetsåret.", []),
    ("*Per Holm, förvaltningschef*", ["Per Holm"]),
    ("Erik Wall framförde att arbetsmiljön behöver följas upp.", ["Erik Wall"]),
    ("Siv Ek (C) påpekade att kostnaden har ökat.", ["Siv Ek"]),
    ("I debatten deltar Anders Vik (SD), Karin Lund (S) och Leo\nMartinsson (V).", ["Anders Vik", "Karin Lund", "Leo Martinsson"]),
    ("Ordföranden framförde ett tack till förvaltningen.", []),
])
def test_speakers(line, expected):
    p = parse_text(f"§ 1 Ärende\n{line}\nMer text.", "x.txt")
    assert p.paragraphs[0].speakers == expected


@pytest.mark.parametrize("text,date,inferred", [
    ("Kommunstyrelsen\nDatum: 2019-03-15\n§ 1 A\nx", "2019-03-15", False),
    ("Protokoll\nFredag den 24 februari 2023\n§ 1 A\nx", "2023-02-24", False),
    ("Protokoll\nonsdagen den 8 mars 2023 kl. 13.00–15.30\n§ 1 A\nx", "2023-03-08", False),
    ("Protokoll\n3 oktober 2024\n§ 1 A\nx", "2024-10-03", False),
    ("Tid och plats: Fredag den 1 april kl. 09:00\n§ 1 A\nBudget 2022 och 2023 diskuteras.", "2022-04-01", True),
    ("Möte 28 januari kl. 13.00–15.30\n§ 1 A\nInför 2021 års budget.", "2021-01-28", True),
])
def test_dates(text, date, inferred):
    p = parse_text(text, "x.txt")
    assert (p.date, p.date_inferred) == (date, inferred)


def test_no_date_is_a_warning_not_an_invention():
    p = parse_text("Protokoll\n§ 1 A\nMötet 13.00–15.30.", "x.txt")
    assert p.date is None and "inget sammanträdesdatum hittades" in p.warnings


def test_no_headings_gives_one_paragraph_with_warning():
    p = parse_text("Minnesanteckningar nätverket\n2023-05-02\nVi pratade om våld i nära relationer.", "x.txt")
    assert len(p.paragraphs) == 1 and "våld" in p.paragraphs[0].text
    assert any("indexerad som en paragraf" in w for w in p.warnings)


def test_sidecar_sets_body_and_date(tmp_path):
    src = write(tmp_path / "notes.txt", "§ 1 Öppnande\nText.")
    write(tmp_path / "notes.txt.meta.toml", 'body = "Kommunstyrelsen"\ndate = 2023-04-05\n')
    p = parse_file(src)
    assert (p.body, p.date, p.warnings) == ("Kommunstyrelsen", "2023-04-05", [])


def test_docx_protocol(tmp_path):
    p = parse_file(make_docx(tmp_path / "mbn.docx"))
    assert [(x.number, x.title) for x in p.paragraphs] == [("12", "Detaljplan för Norra hamnen"), ("13", "Bygglov")]
    assert p.date == "2024-10-03" and p.body == "Miljö- och byggnadsnämnden"
    assert p.paragraphs[0].dnr == "MBN 2024/0042" and p.paragraphs[0].speakers == ["Karin Lund"]
    assert p.paragraphs[0].decision == "Nämnden antar detaljplanen."
    assert ("Eva Sjölander", "M") in {(x.name, x.party) for x in p.participants}


def test_pdf_protocol(tmp_path):
    p = parse_file(make_pdf(tmp_path / "bun.pdf"))
    assert [x.number for x in p.paragraphs] == ["30", "31", "32"]
    assert "verksamheten med skolskjuts" in p.paragraphs[0].text
    assert p.date == "2024-05-14"
    assert all("Sida" not in x.text for x in p.paragraphs)


def test_html_protocol(tmp_path):
    p = parse_file(make_html(tmp_path / "sn.html"))
    assert [(x.number, x.title) for x in p.paragraphs] == [("5", "Information om <b>placeringar</b>"), ("6", "Övriga frågor")]
    assert p.body == "Socialnämnden" and p.date == "2023-03-08"
    assert p.paragraphs[0].speakers == ["Maja Ek"]


KS_PROTOCOL = """KOMMUNSTYRELSEN
SAMMANTRÄDESPROTOKOLL
Sammanträdesdatum 2023-03-01
Plats och tid: Kommunhuset, Sessionssalen, kl. 13.00–16.00
Beslutande: Anna Andersson (S), ordförande
Lars Larsson (M)
Eva Ek (C)
Övriga närvarande: Per Persson, kommundirektör
Justerare: Lars Larsson
Paragrafer: 12–14

§ 12
Dnr KS 2023/45
Budget 2024
Föredragande tjänsteperson: Karin Kassör
Kommunstyrelsen beslutar att anta budgeten.
Justerandes sign   Utdragsbestyrkande
Sida 2 av 3
§ 13 Ärende: Motion om cykelvägar
Motionen föreslår fler cykelvägar.
Kommunstyrelsens beslut
Motionen bifalls.
Ärende 14: Anmälningsärenden
Inga.
"""


def test_kommunstyrelse_layout():
    p = parse_text(KS_PROTOCOL, "ks.txt")
    assert [(x.number, x.title) for x in p.paragraphs] == [("12", "Budget 2024"), ("13", "Ärende: Motion om cykelvägar"), ("14", "Anmälningsärenden")]
    assert (p.date, p.body, p.place) == ("2023-03-01", "Kommunstyrelsen", "Kommunhuset, Sessionssalen")
    budget = p.paragraphs[0]
    assert budget.dnr == "KS 2023/45" and budget.speakers == ["Karin Kassör"]
    assert budget.decision == "Kommunstyrelsen beslutar att anta budgeten."
    assert "Sida" not in budget.text and "Justerandes" not in budget.text
    assert p.paragraphs[1].decision == "Motionen bifalls."
    people = {(x.name, x.group, x.party, x.organisation) for x in p.participants}
    assert ("Anna Andersson", "beslutande", "S", None) in people and ("Eva Ek", "beslutande", "C", None) in people
    assert ("Per Persson", "övriga") in {(x.name, x.group) for x in p.participants}
    assert p.adjusters == ["Lars Larsson"]


NOTES = """# Minnesanteckningar
## Nätverket för barn och unga
Datum: 14 september 2023
Närvarande: Anna Ahl, Bertil Berg

### 1) Mötets öppnande
Anna hälsar välkommen.
### 2) Föregående anteckningar
Lades till handlingarna.
### 3) Läget i länet
Kort runda:
1. Berg: inget nytt
2. Åre: ny rektor
### 5) **Information om barnahus**
*Elin Ring, RJH*
Barnahus öppnar i höst.
### 6) Nästa möte
12 oktober.
"""


def test_minnesanteckningar_with_agenda_items():
    p = parse_text(NOTES, "notes.md")
    assert [(x.number, x.title) for x in p.paragraphs] == [
        ("1", "Mötets öppnande"), ("2", "Föregående anteckningar"), ("3", "Läget i länet"),
        ("5", "Information om barnahus"), ("6", "Nästa möte")]
    assert p.body == "Nätverket för barn och unga" and p.date == "2023-09-14"
    assert p.paragraphs[3].speakers == ["Elin Ring"]
    assert "Åre: ny rektor" in p.paragraphs[2].text
    assert [x.name for x in p.participants] == ["Anna Ahl", "Bertil Berg"]


@pytest.mark.parametrize("line,body", [
    ("Protokoll fört vid sammanträde med Socialnämnden 2023-03-01", "Socialnämnden"),
    ("Sammanträdesprotokoll Kommunfullmäktige", "Kommunfullmäktige"),
    ("Minnesanteckningar från Länsgruppen för äldreomsorg", "Länsgruppen för äldreomsorg"),
    ("Miljö- och byggnadsnämnden", "Miljö- och byggnadsnämnden"),
])
def test_body_lines(line, body):
    assert parse_text(f"{line}\n2023-03-01\n§ 1 A\nText.", "x.txt").body == body
