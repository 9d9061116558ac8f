"""Following an ärende by its dnr: the steps oldest first across bodies, and the paragraphs that only cite it."""
import json

import pytest
from click.testing import CliRunner

from indexer.build import build_index
from indexer.case import build_case
from indexer.cli import main
from indexer.engine import open_engine
from tests.fixtures import write

PROTOCOLS = {
    "au.txt": "Kommunstyrelsens arbetsutskott\nSammanträdesdatum 2024-02-20\n§ 5 Ny förskola i Norrby\nDnr KS 2024/0101\n"
              "Beslut\nArbetsutskottet föreslår kommunstyrelsen att bygga förskolan.\n",
    "ks.txt": "Kommunstyrelsen\nSammanträdesdatum 2024-03-05\n§ 12 Ny förskola i Norrby\nDnr KS 2024/0101\n"
              "Omröstning\nMed 7 ja-röster mot 4 nej-röster beslutar kommunstyrelsen enligt förslaget.\n"
              "Reservation\nOlle Lind (M) reserverar sig.\nBeslut\nKommunstyrelsen beslutar att bygga förskolan.\n"
              "§ 13 Meddelanden\nDnr KS 2024/0002\nSkrivelse om förskolan i Norrby (KS 2024/0101) har kommit in.\n"
              "Beslut\nMeddelandena läggs till handlingarna.\n",
    "bun.txt": "Barn- och utbildningsnämnden\nSammanträdesdatum 2024-01-15\n§ 3 Lokalbehov\nDnr BUN 2024/0007\n"
               "Beslut\nNämnden noterar lokalbehovet.\n",
}


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    corpus = tmp_path_factory.mktemp("cases")
    for name, text in PROTOCOLS.items():
        write(corpus / name, text)
    ix = tmp_path_factory.mktemp("ix")
    build_index(corpus, ix, progress=False)
    return ix


def test_steps_oldest_first_with_decision_data_and_mentions(index):
    engine = open_engine(index)
    with engine.searcher() as s:
        case = build_case(engine, s, "KS 2024/0101")
    assert [(x["body"], x["number"], x["date"]) for x in case["steps"]] == [
        ("Kommunstyrelsens arbetsutskott", "5", "2024-02-20"), ("Kommunstyrelsen", "12", "2024-03-05")]
    ks = case["steps"][1]
    assert ks["votes"] == {"ja": 7, "nej": 4, "avstår": 0} and ks["reservations"] == [{"by": "Olle Lind", "party": "M"}]
    assert ks["decision"].startswith("Kommunstyrelsen beslutar") and ks["url"] == "/p/ks.txt%2312"
    assert [m["id"] for m in case["mentions"]] == ["ks.txt#13"]


def test_unknown_dnr_has_no_steps(index):
    engine = open_engine(index)
    with engine.searcher() as s:
        assert build_case(engine, s, "KS 2099/0001")["steps"] == []


def test_cli_case_text_and_json(index):
    r = CliRunner().invoke(main, ["case", "KS", "2024/0101", "--index", str(index)])
    assert r.exit_code == 0 and "Ärende KS 2024/0101: 2 steg" in r.output and "Omröstning: 7 ja, 4 nej" in r.output
    assert "Nämns i:" in r.output and "§ 13 Meddelanden" in r.output
    d = json.loads(CliRunner().invoke(main, ["case", "ks 2024/0101", "--index", str(index), "--json"]).output)
    assert set(d) == {"dnr", "steps", "mentions"} and set(d["steps"][0]) >= {
        "id", "source", "number", "date", "organisation", "body", "title", "decision", "votes", "reservations", "url"}


def test_api_and_timeline_page(client):
    d = client.get("/api/case?dnr=KS 2024/0087").get_json()
    assert [x["body"] for x in d["steps"]] == ["Kommunstyrelsens arbetsutskott", "Kommunstyrelsen", "Kommunfullmäktige"]
    assert client.get("/api/case").status_code == 400
    html = client.get("/arende?dnr=KS 2024/0087").get_data(as_text=True)
    assert html.index("Kommunstyrelsens arbetsutskott § 25") < html.index("Kommunfullmäktige § 15") and "16 ja" in html
    assert client.get("/arende?dnr=KS 2099/0001").status_code == 404
    assert 'href="/arende?dnr=KS+2024/0087"' in client.get("/p/01_hagfjard_kf.pdf%2315").get_data(as_text=True)
