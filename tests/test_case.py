"""Following an ärende by its dnr: the steps oldest first across bodies, and the paragraphs that only cite it."""
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from indexer.case import build_case
from indexer.cli import main
from indexer.model import SearchRequest
from indexer.search import run_search
from tests.conftest import ENGINES, build_small

PROTOCOLS = {
    "au.txt": "Norrby kommun\nKommunstyrelsens arbetsutskott\nSammanträdesdatum 2024-02-20\n§ 5 Ny förskola i Norrby\nDnr KS 2024/0101\n"
              "Beslut\nArbetsutskottet föreslår kommunstyrelsen att bygga förskolan.\n",
    "ks.txt": "Norrby kommun\nKommunstyrelsen\nSammanträdesdatum 2024-03-05\n§ 12 Ny förskola i Norrby\nDnr KS 2024/0101\n"
              "Omröstning\nMed 7 ja-röster mot 4 nej-röster beslutar kommunstyrelsen enligt förslaget.\n"
              "Reservation\nOlle Lind (M) reserverar sig.\nBeslut\nKommunstyrelsen beslutar att bygga förskolan.\n"
              "§ 13 Meddelanden\nDnr KS 2024/0002\nSkrivelse om förskolan i Norrby (KS 2024/0101) har kommit in.\n"
              "Beslut\nMeddelandena läggs till handlingarna.\n",
    "bun.txt": "Norrby kommun\nBarn- och utbildningsnämnden\nSammanträdesdatum 2024-01-15\n§ 3 Lokalbehov\nDnr BUN 2024/0007\n"
               "Beslut\nNämnden noterar lokalbehovet.\n"
               # One heading, two ärenden: each dnr is a step of its own case.
               "§ 4 Två medborgarförslag om skolgårdar\nDnr BUN 2024/0011, BUN 2024/0012\nBeslut\nFörslagen besvaras.\n",
    "kf.txt": "Norrby kommun\nKommunfullmäktige\nSammanträdesdatum 2024-03-25\n§ 30 Ny förskola i Norrby\nDnr KS 2024/0101\n"
              "Beslut\nKommunfullmäktige beslutar att bygga förskolan.\n",
    # Another organisation's protocol cites the kommun's dnr: a mention, not a step.
    "region.txt": "Region Nordmark\nRegionstyrelsen\nSammanträdesdatum 2024-04-02\n§ 44 Yttrande om förskolor\nDnr RS 2024/0900\n"
                  "Regionen har yttrat sig över Norrby kommuns förskoleplan (Norrby kommun dnr KS 2024/0101).\n"
                  "Beslut\nRegionstyrelsen antar yttrandet.\n",
}


@pytest.fixture(scope="module", params=ENGINES)
def index(request, tmp_path_factory):
    """The protocols above, indexed on each engine."""
    return build_small(request, tmp_path_factory, PROTOCOLS, request.param)


def test_steps_oldest_first_with_decision_data_and_mentions(index):
    engine = index.open()
    with engine.searcher() as s:
        case = build_case(engine, s, "KS 2024/0101")
    engine.close()
    assert [(x["body"], x["number"], x["date"]) for x in case["steps"]] == [
        ("Kommunstyrelsens arbetsutskott", "5", "2024-02-20"), ("Kommunstyrelsen", "12", "2024-03-05"),
        ("Kommunfullmäktige", "30", "2024-03-25")]
    ks = case["steps"][1]
    assert ks["votes"] == {"ja": 7, "nej": 4, "avstår": 0} and ks["reservations"] == [{"by": "Olle Lind", "party": "M"}]
    assert ks["decision"].startswith("Kommunstyrelsen beslutar") and ks["url"] == "/p/norrby-kommun/kommunstyrelsen/2024-03-05/12"
    assert [(m["id"], m["organisation"]) for m in case["mentions"]] == [
        ("norrby-kommun/kommunstyrelsen/2024-03-05/13", "Norrby kommun"), ("region-nordmark/regionstyrelsen/2024-04-02/44", "Region Nordmark")]


def test_a_dnr_query_finds_exactly_the_arende(index):
    engine = index.open()
    with engine.searcher() as s:
        typed = run_search(s, SearchRequest("KS 2024/0101", per_page=20))
        field = run_search(s, SearchRequest('dnr:"ks 2024 / 0101"', per_page=20))
    engine.close()
    assert sorted(h.ref for h in typed.hits) == sorted(h.ref for h in field.hits) == ["au.txt#5", "kf.txt#30", "ks.txt#12"]
    assert {h.dnr for h in typed.hits} == {"KS 2024/0101"}


def test_a_heading_with_two_dnr_is_a_step_of_both_cases(index):
    engine = index.open()
    with engine.searcher() as s:
        cases = [build_case(engine, s, d) for d in ("BUN 2024/0011", "bun 2024/0012")]
        typed = run_search(s, SearchRequest("BUN 2024/0012", per_page=20))
    engine.close()
    assert [(c["dnr"], [x["number"] for x in c["steps"]], c["mentions"]) for c in cases] == [
        ("BUN 2024/0011", ["4"], []), ("BUN 2024/0012", ["4"], [])]
    assert [(h.ref, h.dnr) for h in typed.hits] == [("bun.txt#4", "BUN 2024/0011, BUN 2024/0012")]
    from webui import create_app

    html = create_app(index.app_config(Path("."))).test_client().get(
        "/p/norrby-kommun/barn-och-utbildningsnamnden/2024-01-15/4").get_data(as_text=True)
    assert ('<a href="/arende?dnr=BUN+2024/0011" title="Hela ärendet">BUN 2024/0011</a>, '
            '<a href="/arende?dnr=BUN+2024/0012" title="Hela ärendet">BUN 2024/0012</a>') in html


def test_unknown_dnr_has_no_steps(index):
    engine = index.open()
    with engine.searcher() as s:
        assert build_case(engine, s, "KS 2099/0001")["steps"] == []
    engine.close()


def test_cli_case_text_and_json(index):
    r = CliRunner().invoke(main, ["case", "KS", "2024/0101", *index.cli_args()])
    assert r.exit_code == 0 and "Ärende KS 2024/0101: 3 steg" in r.output and "Omröstning: 7 ja, 4 nej" in r.output
    assert "Nämns i:" in r.output and "§ 13 Meddelanden" in r.output and "§ 44 Yttrande om förskolor" in r.output
    d = json.loads(CliRunner().invoke(main, ["case", "ks 2024/0101", *index.cli_args(), "--json"]).output)
    assert set(d) == {"dnr", "steps", "mentions"} and set(d["steps"][0]) >= {
        "id", "source", "number", "date", "organisation", "body", "title", "decision", "votes", "reservations", "url"}


def test_api_and_timeline_page(client):
    d = client.get("/api/case?dnr=KS 2024/0087").get_json()
    assert [x["body"] for x in d["steps"]] == ["Kommunstyrelsens arbetsutskott", "Kommunstyrelsen", "Kommunfullmäktige"]
    assert client.get("/api/case").status_code == 400
    html = client.get("/arende?dnr=KS 2024/0087").get_data(as_text=True)
    assert html.index("Kommunstyrelsens arbetsutskott § 25") < html.index("Kommunfullmäktige § 15") and "16 ja" in html
    assert client.get("/arende?dnr=KS 2099/0001").status_code == 404
    assert 'href="/arende?dnr=KS+2024/0087"' in client.get("/p/hagfjards-kommun/kommunfullmaktige/2024-03-25/15").get_data(as_text=True)
