"""Faults an index run meets in production: killed (kill -9, a cron job's timeout), stopped (SIGTERM, Ctrl-C),
or out of disk. The parse workers end with their run, the last complete index keeps answering, the command
says what happened, and the next run finishes the job."""
from __future__ import annotations

import os
import resource
import shutil
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from indexer.build import build_index
from tests.conftest import CORPUS, CORPUS_PARAGRAPHS, ROOT, TEXT_PARAGRAPHS
from tests.test_reliability import BUSY_COPIES, count, many_files, until_writing

pytestmark = pytest.mark.slow
# How long the workers may outlive a killed run (they look every PARENT_CHECK_SECONDS; prctl kills them at once).
WORKER_GRACE_SECONDS = 5.0


def _marked(marker: str) -> list[int]:
    """Return the processes whose environment holds `marker` (the run and everything it started)."""
    pids = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if marker.encode() in (entry / "environ").read_bytes():
                    pids.append(int(entry.name))
            except OSError:
                continue
    return pids


def _index(corpus: Path, ix: Path, marker: str, *extra: str, preexec=None) -> subprocess.Popen:
    env = {**os.environ, "PROTOKOLL_FAULT_TEST": marker}
    return subprocess.Popen([sys.executable, "-m", "indexer", "index", str(corpus), "--index", str(ix), "-q", *extra],
                            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, preexec_fn=preexec)


@pytest.fixture()
def big_corpus(tmp_path) -> tuple[Path, Path]:
    corpus, ix = tmp_path / "corpus", tmp_path / "ix"
    shutil.copytree(CORPUS, corpus)
    build_index(corpus, ix, progress=False)
    many_files(corpus / "more", BUSY_COPIES)
    return corpus, ix


def _busy_rebuild(corpus: Path, ix: Path) -> tuple[subprocess.Popen, str]:
    """Start a rebuild and return it, with its marker, once its parse workers are busy."""
    marker = f"fault-{uuid.uuid4().hex}"
    proc = _index(corpus, ix, marker, "--rebuild")
    until_writing(proc, ix)
    return proc, marker


@pytest.mark.skipif(not Path("/proc/self/environ").exists(), reason="needs /proc to find the workers")
def test_killed_run_leaves_no_workers_behind(big_corpus):
    corpus, ix = big_corpus
    proc, marker = _busy_rebuild(corpus, ix)
    assert len(_marked(marker)) > 1, "no parse workers were started"
    proc.kill()
    proc.wait()
    deadline = time.monotonic() + WORKER_GRACE_SECONDS
    while _marked(marker) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert _marked(marker) == []
    assert count(ix) == CORPUS_PARAGRAPHS  # the last complete index answers


def test_sigterm_stops_cleanly_and_keeps_the_last_index(big_corpus):
    corpus, ix = big_corpus
    proc, marker = _busy_rebuild(corpus, ix)
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130 and "avbröts" in err and "Traceback" not in err, err
    assert _marked(marker) == []
    assert count(ix) == CORPUS_PARAGRAPHS
    assert len(list(ix.glob("gen-*"))) == 1  # the unfinished generation is gone
    build_index(corpus, ix, progress=False)
    assert count(ix) > CORPUS_PARAGRAPHS


# No file the writer makes may grow past this: the new segments of 100 protocols do, the old index's files did not.
FILE_LIMIT_BYTES = 256 * 1024


def _small_files() -> None:
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails (EFBIG) instead of killing
    resource.setrlimit(resource.RLIMIT_FSIZE, (FILE_LIMIT_BYTES, FILE_LIMIT_BYTES))


@pytest.mark.parametrize("mode", ["incremental", "rebuild"])
def test_full_disk_keeps_the_last_index_and_the_next_run_finishes(big_corpus, mode):
    corpus, ix = big_corpus
    proc = _index(corpus, ix, "disk", *(["--rebuild"] if mode == "rebuild" else []), preexec=_small_files)
    _, err = proc.communicate(timeout=300)
    assert proc.returncode == 2 and "disken är full" in err and "Traceback" not in err, err
    assert count(ix) == CORPUS_PARAGRAPHS and count(ix, "barnahus") >= 1
    report = build_index(corpus, ix, progress=False)
    assert not report.skipped and count(ix) == CORPUS_PARAGRAPHS + BUSY_COPIES * TEXT_PARAGRAPHS
