"""The `protokoll` command line through click's CliRunner."""
import json
import shutil

import pytest

from click.testing import CliRunner

from indexer.cli import main
from tests.conftest import CORPUS, CORPUS_DATES, CORPUS_PARAGRAPHS, CORPUS_PROTOCOLS
from tests.fixtures import write


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def test_parse_readable_and_json():
    r = run("parse", CORPUS / "002_a76be3cd7be83ac5.txt")
    assert r.exit_code == 0 and "2023-02-24" in r.output and "§ 9  Centrum mot våld" in r.output
    r = run("parse", CORPUS / "002_a76be3cd7be83ac5.txt", "--json")
    d = json.loads(r.output)
    assert d["date"] == "2023-02-24" and [p["number"] for p in d["paragraphs"]] == [str(n) for n in range(1, 15)]
    assert set(d) >= {"source", "date", "date_inferred", "body", "organisation", "participants", "paragraphs", "warnings"}
    assert set(d["paragraphs"][0]) >= {"number", "title", "dnr", "speakers", "text", "decision", "attachments"}


def test_parse_prints_the_decision_data_readably(tmp_path):
    text = ("Hagfjärds kommun\nKommunstyrelsen\nSammanträdesdatum 2024-03-05\n"
            "Beslutande\tAnna Ek (S), ordförande, Olle Lind (M)\nUtses att justera\tOlle Lind\n"
            "§ 5 Taxa för bygglov\nDnr KS 2024/0019\nYrkanden\nOlle Lind (M) yrkar avslag.\nOmröstning\n"
            "Med 7 ja-röster mot 4 nej-röster bifalls förslaget.\nReservation\nOlle Lind (M) reserverar sig.\n"
            "Beslut\nKommunstyrelsen antar taxan.\nBeslutet skickas till\nByggnadsnämnden\n"
            "ANSLAG/BEVIS\nDatum då anslaget sätts upp 2024-03-12\n")
    r = run("parse", write(tmp_path / "ks.txt", text))
    lines = [" ".join(ln.split()) for ln in r.output.splitlines()]
    for expected in ("Organisation: Hagfjärds kommun", "Organ: Kommunstyrelsen", "Ordförande: Anna Ek",
                     "Justerare: Olle Lind", "Anslag: uppsatt 2024-03-12",
                     "Överklagande: till och med 2024-04-02 (laglighetsprövning, 13 kap. 5 § kommunallagen)",
                     "§ 5 Taxa för bygglov", "Dnr: KS 2024/0019", "Yrkande: Olle Lind yrkar avslag.",
                     "Omröstning: 7 ja, 4 nej, 0 avstår", "Reservation: Olle Lind (M)",
                     "Beslut: Kommunstyrelsen antar taxan.", "Skickas till: Byggnadsnämnden"):
        assert expected in lines, expected


def test_parse_unreadable_file_exits_2_without_traceback(tmp_path):
    r = CliRunner().invoke(main, ["parse", str(write(tmp_path / "x.docx", "not word"))])
    assert r.exit_code == 2 and "Traceback" not in r.output and "x.docx" in r.output


def test_index_search_stats(tmp_path):
    corpus = tmp_path / "c"
    shutil.copytree(CORPUS, corpus)
    ix = tmp_path / "ix"
    r = run("index", corpus, "--index", ix, "--quiet")
    assert r.exit_code == 0 and f"{CORPUS_PROTOCOLS} nya" in r.output
    r = run("index", corpus, "--index", ix, "--quiet")
    assert f"{CORPUS_PROTOCOLS} oförändrade" in r.output
    r = run("search", "barnahus", "--index", ix, "--json")
    d = json.loads(r.output)
    assert d["hits"][0]["ref"] == "000_20d49025c3eefde7.txt#22" and "<mark>" in d["hits"][0]["snippet"]
    r = run("search", "våld", "--index", ix, "--year", "2022", "--limit", "3")
    assert r.exit_code == 0 and "träffar" in r.output and "2019" not in r.output
    r = run("search", "--index", ix, "--speaker", "Elin Ring", "--sort", "newest", "--json")
    assert all("Elin Ring" in h["speakers"] for h in json.loads(r.output)["hits"])
    d = json.loads(run("search", "våld", "--index", ix, "--no-facets", "--json").output)
    assert d["total"] > 0 and d["facets"]["year"] == []
    r = run("stats", "--index", ix, "--json")
    s = json.loads(r.output)
    assert (s["protocols"], s["paragraphs"], (s["date_from"], s["date_to"])) == (CORPUS_PROTOCOLS, CORPUS_PARAGRAPHS, CORPUS_DATES)


def test_index_exit_codes(tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    write(corpus / "ok.txt", "Nämnden\n2024-01-01\n§ 1 Budget\nText.")
    write(corpus / "bad.pdf", b"not a pdf at all")
    r = CliRunner().invoke(main, ["index", str(corpus), "--index", str(tmp_path / "ix"), "-q"])
    assert r.exit_code == 1 and "bad.pdf" in r.output
    (corpus / "ok.txt").unlink()
    r = CliRunner().invoke(main, ["index", str(corpus), "--index", str(tmp_path / "ix2"), "-q"])
    assert r.exit_code == 2
    r = CliRunner().invoke(main, ["index", str(tmp_path / "missing"), "--index", str(tmp_path / "ix3")])
    assert r.exit_code == 2 and "Traceback" not in r.output


def test_search_without_index(tmp_path):
    r = CliRunner().invoke(main, ["search", "våld", "--index", str(tmp_path / "none")])
    assert r.exit_code == 2 and "protokoll index" in r.output


def test_search_bad_year(tmp_path, built):
    r = CliRunner().invoke(main, ["search", "våld", *built.cli_args(), "--year", "tjugo"])
    assert r.exit_code == 2 and "not a year" in r.output


def test_search_appealable_on(tmp_path):
    ix = tmp_path / "ix"
    run("index", CORPUS, "--index", ix, "--quiet")
    d = json.loads(run("search", "--appealable-on", "2024-04-10", "--index", ix, "--json", "--limit", "100").output)
    assert d["total"] == 10 and {h["source"] for h in d["hits"]} == {"01_hagfjard_kf.pdf"}
    r = CliRunner().invoke(main, ["search", "--appealable-on", "10 april", "--index", str(ix)])
    assert r.exit_code == 2 and "Traceback" not in r.output


def test_search_shows_the_spelling_fix_when_nothing_is_found(tmp_path):
    ix = tmp_path / "ix"
    run("index", CORPUS, "--index", ix, "--quiet")
    r = run("search", "socialnamnden", "--index", ix)
    assert "visar resultat för ”socialnämnden”" in r.output and "0 träffar" not in r.output
    assert "Menade du: socialnämnden?" in run("search", "socialnamnden", "--as-typed", "--index", ix).output


@pytest.mark.parametrize("args, same_as", [
    (["våld", "-barn"], ["våld", "NOT", "barn"]),  # a word with a dash excludes, it is no option
    (["-barn", "våld"], ["våld", "NOT", "barn"]),
    (["--", "våld", "-barn"], ["våld", "NOT", "barn"]),
    (["våld", "--year", "2019-2022"], ["våld", "år:2019-2022"]),  # one year-range reader for --year and år:
    (["våld", "--year", "2022"], ["våld", "år:2022"]),
])
def test_search_words_with_a_dash_and_year_ranges(built, args, same_as):
    def ids(words):
        r = CliRunner().invoke(main, ["search", *built.cli_args(), "--json", "--limit", "100", *words])
        assert r.exit_code == 0, r.output
        d = json.loads(r.output)
        return d["total"], [h["id"] for h in d["hits"]]

    assert ids(args) == ids(same_as) and ids(same_as)[0] > 0
