"""Build: full and incremental indexing, atomic rebuild, skipped files, locking."""
import shutil

import pytest

from indexer.build import build_index
from indexer.generations import build_lock
from indexer.engine import open_engine
from indexer.model import Filters, SearchRequest
from indexer.search import run_search
from tests.conftest import CORPUS
from tests.fixtures import write


@pytest.fixture()
def small(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(CORPUS / "001_442d4df9b294001d.txt", corpus)
    write(corpus / "ks.txt", "Kommunstyrelsen\n2024-01-10\n§ 1 Budget\nBudgeten för skolan.\n§ 2 Taxor\nTaxor för vatten.")
    return corpus, tmp_path / "index"


def total(index_dir, query=""):
    with open_engine(index_dir).searcher() as s:
        return run_search(s, SearchRequest(query, Filters(), "newest", 1, 100)).total


def test_full_then_incremental(small):
    corpus, index = small
    r1 = build_index(corpus, index, progress=False)
    assert (r1.added, r1.paragraphs, r1.rebuilt) == (2, 3, True)
    assert total(index) == 3
    r2 = build_index(corpus, index, progress=False)
    assert (r2.added, r2.updated, r2.deleted, r2.unchanged, r2.paragraphs) == (0, 0, 0, 2, 0)

    write(corpus / "new.txt", "Socialnämnden\n2024-02-01\n§ 9 Barnahus\nNytt barnahus.")
    r3 = build_index(corpus, index, progress=False)
    assert (r3.added, r3.unchanged, r3.rebuilt) == (1, 2, False)
    assert total(index, "barnahus") >= 1

    write(corpus / "ks.txt", "Kommunstyrelsen\n2024-01-10\n§ 1 Budget\nBudgeten för förskolan.")
    r4 = build_index(corpus, index, progress=False)
    assert (r4.updated, r4.paragraphs) == (1, 1)
    assert total(index) == 3 and total(index, "taxor") == 0

    (corpus / "new.txt").unlink()
    r5 = build_index(corpus, index, progress=False)
    assert r5.deleted == 1 and total(index, "barnahus") == 0 and total(index) == 2


def test_rebuild_while_searcher_open(small):
    corpus, index = small
    build_index(corpus, index, progress=False)
    engine = open_engine(index)
    searcher = engine.searcher()
    before = searcher.count()
    write(corpus / "more.txt", "Kommunfullmäktige\n2024-03-01\n§ 4 Val\nVal av revisorer.")
    report = build_index(corpus, index, rebuild=True, progress=False)
    assert report.rebuilt
    # The open searcher keeps answering from the old generation…
    assert searcher.count() == before
    assert run_search(searcher, SearchRequest("budget")).total >= 1
    searcher.close()
    # …and a new one sees the new generation.
    assert engine.is_stale()
    assert total(index, "revisorer") == 1
    assert len(list(index.glob("gen-*"))) <= 2


def test_bad_files_are_skipped_with_reason(small):
    corpus, index = small
    write(corpus / "empty.txt", b"")
    write(corpus / "fake.docx", "inte word")
    write(corpus / "garbage.pdf", bytes(range(256)) * 8)
    report = build_index(corpus, index, progress=False)
    reasons = dict(report.skipped)
    assert set(reasons) == {"empty.txt", "fake.docx", "garbage.pdf"}
    assert "tom fil" in reasons["empty.txt"] and "är inte ett Word-dokument" in reasons["fake.docx"]
    assert report.paragraphs == 3 and total(index) == 3


def test_names_with_spaces_and_swedish_letters(small):
    corpus, index = small
    sub = corpus / "Miljö och bygg"
    sub.mkdir()
    write(sub / "Protokoll 2024 ÅÄÖ.txt", "Miljö- och byggnadsnämnden\n2024-05-05\n§ 3 Bygglov\nBygglov för förskola.")
    build_index(corpus, index, progress=False)
    with open_engine(index).searcher() as s:
        hit = run_search(s, SearchRequest("bygglov")).hits[0]
    assert hit.ref == "Miljö och bygg/Protokoll 2024 ÅÄÖ.txt#3"


def test_lock_is_exclusive_and_released(tmp_path):
    with build_lock(tmp_path):
        with pytest.raises(RuntimeError):
            with build_lock(tmp_path, wait=False):
                pass
    with build_lock(tmp_path, wait=False):
        pass


def test_analyzer_change_forces_rebuild(small, monkeypatch):
    corpus, index = small
    build_index(corpus, index, progress=False)
    monkeypatch.setattr("indexer.analysis.ANALYZER_VERSION", "changed")
    report = build_index(corpus, index, progress=False)
    assert report.rebuilt and report.added == 2


def test_duplicate_numbers_get_unique_ids(tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    write(corpus / "dup.txt", "Nämnden\n2024-01-01\n§ 5 Ett\nText ett.\n§ 5 Två\nText två.")
    build_index(corpus, tmp_path / "ix", progress=False)
    with open_engine(tmp_path / "ix").searcher() as s:
        got = sorted(h.id for h in run_search(s, SearchRequest("text")).hits)
    assert got == ["namnden/2024-01-01/5", "namnden/2024-01-01/5-2"]


def test_unchanged_files_are_not_read_again(small, monkeypatch):
    import indexer.build as build

    corpus, index = small
    build_index(corpus, index, progress=False)
    calls = []
    real = build.content_hash
    monkeypatch.setattr(build, "content_hash", lambda p: calls.append(p.name) or real(p))
    assert build_index(corpus, index, progress=False).unchanged == 2 and calls == []
    write(corpus / "ks.txt", "Kommunstyrelsen\n2024-01-10\n§ 1 Budget\nÄndrad text.")
    report = build_index(corpus, index, progress=False)
    assert calls == ["ks.txt"] and report.updated == 1


def test_an_index_from_another_schema_is_named_and_rebuilt(tmp_path):
    import json

    from click.testing import CliRunner

    from indexer.cli import main
    from indexer.config import Location
    from indexer.engine import SCHEMA_VERSION, OutdatedIndex, current_dir, open_engine

    corpus = tmp_path / "c"
    corpus.mkdir()
    write(corpus / "a.txt", "Kommunstyrelsen\n2024-01-10\n§ 1 Budget\nBudgeten antas.\n")
    build_index(corpus, tmp_path / "ix", progress=False)
    manifest = current_dir(tmp_path / "ix") / "manifest.json"
    data = json.loads(manifest.read_text())
    data["schema"] = SCHEMA_VERSION - 1
    manifest.write_text(json.dumps(data))
    with pytest.raises(OutdatedIndex):
        open_engine(tmp_path / "ix")
    r = CliRunner().invoke(main, ["search", "budget", "--index", str(tmp_path / "ix")])
    assert r.exit_code == 2 and "protokoll index" in r.output and "Traceback" not in r.output
    assert Location(None, tmp_path / "ix").is_empty()  # `protokoll serve` rebuilds it first
    assert build_index(corpus, tmp_path / "ix", progress=False).rebuilt
    assert open_engine(tmp_path / "ix").stats()["paragraphs"] == 1
