"""Reliability: bad corpora, SIGKILL mid-index, concurrent indexers, reindex while serving, load."""
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

import pytest

from indexer.build import build_index
from indexer.engine import open_engine
from indexer.model import SearchRequest
from indexer.search import run_search
from tests.conftest import CORPUS, CORPUS_PARAGRAPHS, CORPUS_PROTOCOLS, ROOT, TEXT_PARAGRAPHS, TEXT_PROTOCOLS
from tests.fixtures import served, write


def count(index_dir, query=""):
    with open_engine(index_dir).searcher() as s:
        return run_search(s, SearchRequest(query, sort="newest", per_page=1)).total


def many_files(folder: Path, copies: int) -> int:
    """Copy the bundled corpus `copies` times, each copy with its own year; return the paragraph count."""
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(copies):
        for src in TEXT_PROTOCOLS:
            text = src.read_text(encoding="utf-8").replace("2019", str(2000 + i % 20))
            (folder / f"{src.stem}_{i:03d}.txt").write_text(text, encoding="utf-8")
    return copies * TEXT_PARAGRAPHS


# Copies of the text protocols that keep an index run busy for seconds, however fast indexing becomes: a run is
# stopped mid-way once it has written a protocol (until_writing), and this many leave most of it still to do.
BUSY_COPIES = 120
# The longest a run may take to start writing (spawning its parse workers included).
START_WRITING_SECONDS = 60.0


def until_writing(proc: subprocess.Popen, ix: Path) -> None:
    """Wait until an index run has written a protocol's metadata (into a new or the live generation), still running."""
    before = set(ix.glob("gen-*/protocols/*.json"))
    deadline = time.monotonic() + START_WRITING_SECONDS
    while proc.poll() is None and time.monotonic() < deadline:
        if set(ix.glob("gen-*/protocols/*.json")) - before:
            break
        time.sleep(0.05)
    assert proc.poll() is None, "indexing finished before it could be stopped; make BUSY_COPIES larger"


def cli(*args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "indexer", *args], cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


# --- bad corpora ------------------------------------------------------------------------------------


def test_bad_corpus_indexes_every_good_paragraph(tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    write(corpus / "tom.txt", b"")
    write(corpus / "skräp.pdf", os.urandom(4000))
    write(corpus / "nul.txt", b"\x00" * 5000)
    write(corpus / "ingen paragraf.html", "<html><body><p>Bara en rad om budget.</p></body></html>")
    write(corpus / "djup.html", "<html><body>" + "<div>" * 3000 + "§ 1 Djup\nText om djup." + "</div>" * 3000 + "</body></html>")
    (corpus / "loop").mkdir()
    os.symlink("..", corpus / "loop" / "up")  # a symlink loop
    os.symlink(corpus / "finns-inte.txt", corpus / "bruten länk.txt")
    report = build_index(corpus, tmp_path / "ix", progress=False)
    skipped = dict(report.skipped)
    assert set(skipped) == {"tom.txt", "skräp.pdf", "nul.txt", "bruten länk.txt"}
    assert all(skipped.values())
    assert count(tmp_path / "ix") == CORPUS_PARAGRAPHS + 1 + 1
    assert count(tmp_path / "ix", "budget") >= 1 and count(tmp_path / "ix", "titel:djup") == 1
    assert ("ingen paragraf.html", "inga §-rubriker hittades; indexerad som en paragraf") in report.warnings


def test_large_text_file(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    body = "".join(f"§ {n} Ärende {n}\n" + "Kommunen redovisar kostnader för hemsjukvården. " * 40 + "\n" for n in range(1, 2001))
    write(corpus / "stor.txt", "Kommunfullmäktige\n2020-01-01\n" + body)
    assert (corpus / "stor.txt").stat().st_size > 4_000_000
    report = build_index(corpus, tmp_path / "ix", progress=False)
    assert report.paragraphs == 2000 and not report.skipped


# --- index safety -----------------------------------------------------------------------------------


@pytest.mark.parametrize("mode", ["rebuild", "incremental"])
def test_sigkill_mid_index_keeps_last_complete_index(tmp_path, mode):
    corpus, ix = tmp_path / "corpus", tmp_path / "ix"
    shutil.copytree(CORPUS, corpus)
    build_index(corpus, ix, progress=False)
    assert count(ix) == CORPUS_PARAGRAPHS
    total = CORPUS_PARAGRAPHS + many_files(corpus / "more", BUSY_COPIES)
    args = ["index", str(corpus), "--index", str(ix), "-q"] + (["--rebuild"] if mode == "rebuild" else [])
    proc = cli(*args)
    until_writing(proc, ix)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    # The last complete index still answers…
    assert count(ix) in (CORPUS_PARAGRAPHS, total)
    assert count(ix, "barnahus") >= 1
    # …and the next run finishes the job.
    report = build_index(corpus, ix, progress=False)
    assert count(ix) == total
    assert not (ix / "rebuild.pending").exists()
    assert len([p for p in ix.glob("gen-*")]) <= 2
    assert report.files == CORPUS_PROTOCOLS + BUSY_COPIES * len(TEXT_PROTOCOLS)


def test_two_indexers_at_once(tmp_path):
    corpus, ix = tmp_path / "corpus", tmp_path / "ix"
    shutil.copytree(CORPUS, corpus)
    total = CORPUS_PARAGRAPHS + many_files(corpus / "more", 6)
    first = cli("index", str(corpus), "--index", str(ix), "-q")
    time.sleep(0.8)
    second = cli("index", str(corpus), "--index", str(ix), "-q")
    out1, err1 = first.communicate(timeout=300)
    out2, err2 = second.communicate(timeout=300)
    assert first.returncode == 0 and second.returncode == 0, (err1, err2)
    assert "Traceback" not in err1 + err2
    assert "väntar" in err2 or "väntar" in err1 or "oförändrade" in out2
    assert count(ix) == total


@pytest.fixture()
def live_server(tmp_path):
    """A waitress server over a private index, run in a thread."""
    from webui import create_app

    corpus, ix = tmp_path / "corpus", tmp_path / "ix"
    shutil.copytree(CORPUS, corpus)
    build_index(corpus, ix, progress=False)
    app = create_app({"INDEX_DIR": str(ix), "CORPUS_DIR": str(corpus)})
    with served(app, threads=8) as url:
        yield url, corpus, ix


def test_reindex_while_serving(live_server):
    base, corpus, ix = live_server
    errors: list[str] = []
    stop = time.monotonic() + 60
    done = threading.Event()

    def hammer() -> None:
        while not done.is_set() and time.monotonic() < stop:
            for path in ("/?q=v%C3%A5ld", "/api/search?q=familjehem&year=2022", "/p/003_025728fa54487a8c.txt%2318"):
                try:
                    with urllib.request.urlopen(base + path, timeout=20) as r:
                        if r.status != 200:
                            errors.append(f"{r.status} {path}")
                except Exception as exc:
                    errors.append(f"{exc} {path}")

    workers = [threading.Thread(target=hammer) for _ in range(4)]
    for w in workers:
        w.start()
    try:
        write(corpus / "ny.txt", "Kulturnämnden\n2024-06-01\n§ 1 Kulturhus\nEtt nytt kulturhus planeras.")
        build_index(corpus, ix, progress=False)
        build_index(corpus, ix, rebuild=True, progress=False)
        (corpus / "ny.txt").unlink()
        write(corpus / "ny2.txt", "Kulturnämnden\n2024-07-01\n§ 2 Bibliotek\nLjusgårdsbiblioteket byggs om.")
        build_index(corpus, ix, progress=False)
        build_index(corpus, ix, rebuild=True, progress=False)
    finally:
        done.set()
        for w in workers:
            w.join()
    assert errors == []
    with urllib.request.urlopen(base + "/api/search?q=ljusg%C3%A5rdsbiblioteket", timeout=10) as r:
        import json

        assert json.load(r)["total"] == 1


def test_load_short(live_server):
    from bench.load import run

    base, _, _ = live_server
    result = run(base, clients=8, seconds=5)
    assert result["requests"] > 20 and result["errors"] == 0, result["error_samples"]


def test_unreadable_file_is_skipped(tmp_path, monkeypatch):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    write(corpus / "ok.txt", "Nämnden\n2024-01-01\n§ 1 Budget\nText.")
    secret = write(corpus / "hemlig.txt", "Nämnden\n2024-01-02\n§ 2 Hemligt\nText.")
    if os.geteuid() == 0:
        # root reads everything: make the read itself fail as it would for a normal user.
        real = Path.read_bytes
        monkeypatch.setattr(Path, "read_bytes", lambda self: (_ for _ in ()).throw(PermissionError(13, "denied")) if self.name == "hemlig.txt" else real(self))
    else:
        secret.chmod(0)
    report = build_index(corpus, tmp_path / "ix", progress=False)
    assert report.skipped == [("hemlig.txt", "saknar läsbehörighet")]
    assert count(tmp_path / "ix") == 1
