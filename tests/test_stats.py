"""`protokoll stats` and the index summary: right after files are replaced or deleted, with skipped files and warnings."""
import pytest
from click.testing import CliRunner

from indexer.build import build_index
from indexer.cli import main
from tests.conftest import ENGINES, BuiltIndex
from tests.fixtures import write

A = "Socialnämnden\nSammanträdesdatum 2024-03-05\n§ 1 Budget\nText.\n§ 2 Taxa\nText.\n"
B = "Kommunstyrelsen\nSammanträdesdatum 2024-04-09\n§ 7 Avtal\nText.\n"
NO_DATE = "Valnämnden\n§ 3 Val\nText.\n"


@pytest.fixture(params=ENGINES)
def target(request, tmp_path):
    if request.param == "postgres":
        from tests import pgserver

        name = "st_" + "".join(ch if ch.isalnum() else "_" for ch in request.node.name.lower())[:40]
        return BuiltIndex("postgres", dsn=pgserver.fresh_database(request.getfixturevalue("pg_server"), name))
    return BuiltIndex(request.param, path=tmp_path / "ix")


def test_stats_follow_replaced_and_deleted_files_and_name_problems(target, tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    write(corpus / "a.txt", A)
    write(corpus / "b.txt", B)
    write(corpus / "c.txt", NO_DATE)
    write(corpus / "trasig.pdf", b"%PDF-1.4 trasig")
    build_index(corpus, target.path, progress=False, engine=target.engine, dsn=target.dsn)
    write(corpus / "a.txt", A + "§ 3 Ny\nText.\n")  # replaced: three paragraphs now
    (corpus / "b.txt").unlink()  # deleted
    build_index(corpus, target.path, progress=False, engine=target.engine, dsn=target.dsn)
    engine = target.open()
    try:
        stats = engine.stats()
    finally:
        engine.close()
    assert (stats["protocols"], stats["paragraphs"]) == (2, 4)
    assert stats["bodies"] == {"Socialnämnden": 3, "Valnämnden": 1} and sum(stats["bodies"].values()) == stats["paragraphs"]
    assert list(stats["skipped"]) == ["trasig.pdf"] and "PDF" in stats["skipped"]["trasig.pdf"]
    assert stats["warnings"] == {"c.txt": ["inget sammanträdesdatum hittades"]}
    out = CliRunner().invoke(main, ["stats", *target.cli_args()]).output
    assert "Överhoppade filer: 1" in out and "trasig.pdf" in out and "Filer med varningar: 1" in out and "c.txt" in out


def test_index_prints_a_summary_of_warnings_and_skipped_files(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    write(corpus / "a.txt", A)
    write(corpus / "c.txt", NO_DATE)
    write(corpus / "trasig.pdf", b"%PDF-1.4 trasig")
    r = CliRunner().invoke(main, ["index", str(corpus), "--index", str(tmp_path / "ix"), "-q"])
    assert r.exit_code == 1  # a file was skipped
    assert "hoppade över trasig.pdf" in r.output and "1 fil med varningar:" in r.output
    assert "c.txt: inget sammanträdesdatum hittades" in r.output
