"""Updating one protocol without walking the corpus: `protokoll index PATH…` and `protokoll watch`."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time

import pytest
from click.testing import CliRunner

from indexer.build import build_index
from indexer.cli import main
from tests.conftest import ENGINES, ROOT, BuiltIndex
from tests.fixtures import write


def protocol(date: str, word: str) -> str:
    return f"Norrby kommun\nKommunstyrelsen\nSammanträdesdatum {date}\n\n§ 1 Ärende om {word}\nStyrelsen behandlar {word}.\n"


def total(index: BuiltIndex, query: str) -> int:
    r = CliRunner().invoke(main, ["search", query, *index.cli_args(), "--json", "--no-facets"])
    assert r.exit_code == 0, r.output
    import json

    return json.loads(r.output)["total"]


@pytest.fixture(params=ENGINES)
def small(request, tmp_path):
    dsn = request.getfixturevalue("pg_database") if request.param == "postgres" else None
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    write(corpus / "a.txt", protocol("2024-01-10", "budget"))
    write(corpus / "b.txt", protocol("2024-02-10", "skola"))
    index = BuiltIndex(request.param, path=None if dsn else tmp_path / "ix", dsn=dsn)
    build_index(corpus, index.path, progress=False, engine=index.engine, dsn=dsn)
    return corpus, index


def test_named_files_are_added_changed_and_deleted_without_a_walk(small, monkeypatch):
    corpus, index = small
    write(corpus / "c.txt", protocol("2024-03-10", "vindkraft"))
    write(corpus / "a.txt", protocol("2024-01-10", "taxa"))
    (corpus / "b.txt").unlink()
    write(corpus / "d.txt", protocol("2024-04-10", "hamnen"))  # changed too, but not named: not looked at
    import indexer.build

    monkeypatch.setattr(indexer.build, "walk_corpus", lambda corpus: pytest.fail("the corpus was walked"))
    r = CliRunner().invoke(main, ["index", "--corpus", str(corpus), str(corpus / "c.txt"), str(corpus / "a.txt"),
                                  str(corpus / "b.txt"), *index.cli_args(), "-q", "--json"])
    assert r.exit_code == 0, r.output
    import json

    d = json.loads(r.output)
    assert (d["added"], d["updated"], d["deleted"]) == (1, 1, 1)
    assert (total(index, "vindkraft"), total(index, "taxa"), total(index, "budget"), total(index, "skola"), total(index, "hamnen")) == (1, 1, 0, 0, 0)


def test_a_file_outside_the_corpus_is_refused(small, tmp_path):
    corpus, index = small
    write(tmp_path / "elsewhere.txt", protocol("2024-05-10", "x"))
    r = CliRunner().invoke(main, ["index", "--corpus", str(corpus), str(tmp_path / "elsewhere.txt"), *index.cli_args(), "-q"])
    assert r.exit_code == 2 and "ligger inte i korpusen" in r.output


@pytest.mark.slow
def test_watch_indexes_a_new_file_and_a_deletion(tmp_path):
    corpus, ix = tmp_path / "corpus", tmp_path / "ix"
    corpus.mkdir()
    write(corpus / "a.txt", protocol("2024-01-10", "budget"))
    proc = subprocess.Popen([sys.executable, "-m", "indexer", "watch", str(corpus), "--index", str(ix)], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env={**os.environ})
    index = BuiltIndex("tantivy", path=ix)
    try:
        def until(query: str, want: int) -> None:
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline:
                if (ix / "current").exists() and total(index, query) == want:
                    return
                time.sleep(0.3)
            pytest.fail(f"watch did not index {query!r} = {want}")

        until("budget", 1)
        (corpus / "sub").mkdir()
        write(corpus / "sub" / "b.txt", protocol("2024-02-10", "vindkraft"))
        until("vindkraft", 1)
        shutil.rmtree(corpus / "sub")
        until("vindkraft", 0)
    finally:
        proc.terminate()
        proc.wait(timeout=30)
