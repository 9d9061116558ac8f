"""Build and update the index: the only writer.

Input: a corpus folder of protocol files (and optional `<file>.meta.toml` sidecars). Output, for the
embedded engines: an index folder with generations `gen-N/` and an atomically switched `current` link.
Incremental by content hash (new, changed and deleted files only); `rebuild=True`, a changed analyzer or
schema builds a new generation beside the old one and switches when it is complete, so a reader never
sees half an index. For a database engine (PostgreSQL, `dsn`): the hashes live in the database and each
protocol is replaced in one transaction; concurrent runs are safe. Unreadable files are skipped and
reported with the reason; the rest is indexed. A killed run leaves the last complete index in place and
the next run finishes the job.
"""
from __future__ import annotations

import hashlib
import os
import sys
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Callable, Iterator

from . import config, identity
from .engine import IndexDoc, engine_module, is_server
from .targets import open_target
from .mandate import mandate_period
from .model import Protocol
from .parse import parse_file
from .read import SUFFIXES, ReadError
from .topics import assign_topics


# Parsing and analysis run in worker processes when there are at least this many files to do.
PARALLEL_FROM = 40
PARSE_WORKERS = 4
# A parse worker looks this often whether the index run that started it is still alive.
PARENT_CHECK_SECONDS = 1.0


@dataclass
class BuildReport:
    files: int = 0
    added: int = 0
    updated: int = 0
    deleted: int = 0
    unchanged: int = 0
    paragraphs: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)
    rebuilt: bool = False
    seconds: float = 0.0
    index_path: str = ""

    def to_dict(self) -> dict:
        """Return the report as plain JSON-able data."""
        return asdict(self)


def walk_corpus(corpus: Path) -> Iterator[Path]:
    """Yield protocol files under `corpus` in a stable order, without following directory links."""
    seen: set[tuple[int, int]] = set()
    for dirpath, dirnames, filenames in os.walk(corpus, followlinks=False, onerror=lambda e: None):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if name.startswith(".") or name.endswith(".meta.toml"):
                continue
            path = Path(dirpath) / name
            if path.suffix.lower() not in SUFFIXES or path.suffix == "":
                continue
            try:
                st = path.stat()
            except OSError:
                yield path  # broken link or unreadable: reported by the reader
                continue
            if (st.st_dev, st.st_ino) in seen:
                continue
            seen.add((st.st_dev, st.st_ino))
            yield path


def source_of(corpus: Path, path: Path) -> str:
    """Return a file's source name (its path under the corpus); ValueError when it lies outside the corpus."""
    path = Path(os.path.abspath(path))
    try:
        return path.relative_to(Path(os.path.abspath(corpus))).as_posix()
    except ValueError:
        raise ValueError(f"{path} ligger inte i korpusen {corpus}") from None


def is_protocol_file(path: Path) -> bool:
    """Tell whether a path names a file the walk would index (it exists, is not hidden, has a known suffix)."""
    name = path.name
    return (path.is_file() or path.is_symlink()) and not name.startswith(".") and not name.endswith(".meta.toml") \
        and path.suffix.lower() in SUFFIXES and path.suffix != ""


def file_stamp(path: Path) -> list[int] | None:
    """Return (size, mtime in ns, inode) of a file and its sidecar, or None when it cannot be read."""
    try:
        st = path.stat()
    except OSError:
        return None
    sidecar = path.with_name(path.name + ".meta.toml")
    side = sidecar.stat().st_mtime_ns if sidecar.is_file() else 0
    return [st.st_size, st.st_mtime_ns, st.st_ino, side]


def content_hash(path: Path) -> str:
    """Hash a file and its sidecar, so either change triggers a reindex."""
    h = hashlib.sha256()
    try:
        with path.open("rb") as f:
            for chunk in iter(lambda: f.read(1 << 20), b""):
                h.update(chunk)
    except OSError as exc:
        return f"unreadable:{exc.errno}"
    sidecar = path.with_name(path.name + ".meta.toml")
    if sidecar.is_file():
        h.update(b"\0sidecar\0" + sidecar.read_bytes())
    return h.hexdigest()


@dataclass
class Plan:
    paths: dict[str, Path | None]  # every file of the index after the run (None: an indexed file not looked at)
    stamps: dict[str, list[int] | None]
    hashes: dict[str, str]         # of the files already indexed (a new file is hashed by the worker that reads it)
    todo: list[str]


def plan_changes(corpus: Path, old_files: dict[str, dict], only: list[Path] | None = None) -> Plan:
    """Find the files of `corpus` that are new or changed against `old_files` (source -> sha, stamp).

    With `only` (files named on the command line, or that a watcher saw change), just those are looked at:
    the corpus is not walked, the other indexed files stay as they are, and a named file that no longer
    exists is deleted from the index.
    """
    if only is None:
        paths = {p.relative_to(corpus).as_posix(): p for p in walk_corpus(corpus)}
        kept: set[str] = set()  # indexed files taken as they are, without a look
    else:
        named: set[str] = set()
        for p in only:
            src = source_of(corpus, p).removesuffix(".meta.toml")  # a changed sidecar means its protocol
            named.add(src)
            # A folder that came or went: the files in it now, and the indexed files that were in it.
            if (corpus / src).is_dir():
                named |= {f.relative_to(corpus).as_posix() for f in walk_corpus(corpus / src)}
            named |= {old for old in old_files if old.startswith(src.rstrip("/") + "/")}
        kept = set(old_files) - named
        paths = dict.fromkeys(sorted(kept))  # taken as they are: no path is made for them (66,000 took 0.7 s)
        paths.update({src: corpus / src for src in sorted(named) if is_protocol_file(corpus / src)})
    # Hash only files whose size, mtime or inode changed since the last run (as git and rsync do):
    # reading every file is most of an incremental run's time on a large corpus.
    stamps = {src: old_files[src].get("stamp") if src in kept else file_stamp(p) for src, p in paths.items()}
    # A new file is indexed whatever its hash: its parse worker hashes it (a rebuild's hashing runs in parallel).
    hashes = {
        src: old_files[src]["sha"] if src in kept or (stamps[src] and old_files[src].get("stamp") == stamps[src])
        else content_hash(p)
        for src, p in paths.items() if src in old_files
    }
    todo = [src for src in paths if src not in kept and (src not in hashes or old_files[src].get("sha") != hashes[src])]
    return Plan(paths, stamps, hashes, todo)


# Per paragraph, the decision data its page shows; the engines index the text, these travel with the protocol.
DETAIL_FIELDS = ("number", "kind", "title", "dnr", "proposal", "motions", "votes", "reservations", "jav", "recipients", "page", "notes", "voting_list")


def protocol_meta(protocol: Protocol, ids: list[str], key: str | None = None, added: list[str] | None = None,
                  shas: list[str] | None = None) -> dict:
    """Return what is stored beside the index for a protocol: its fields, key, paragraph ids, decision data and times."""
    meta = protocol.to_dict()
    paragraphs = meta.pop("paragraphs")
    meta["key"] = key
    meta["paragraph_ids"] = ids
    meta["details"] = {pid: {k: p.get(k) for k in DETAIL_FIELDS} for pid, p in zip(ids, paragraphs)}
    meta["added"] = dict(zip(ids, added or []))
    meta["shas"] = dict(zip(ids, shas or []))
    return meta


def index_docs(protocol: Protocol) -> list[IndexDoc]:
    """Turn a parsed protocol into one IndexDoc per paragraph (ids from its own key; the writer settles collisions)."""
    docs = []
    ids = identity.paragraph_ids(identity.base_key(protocol), [p.number for p in protocol.paragraphs])
    context = " ".join(x for x in (protocol.body, protocol.heading, protocol.organisation) if x)
    people = [p.name for p in protocol.participants]
    for ordinal, (para, doc_id) in enumerate(zip(protocol.paragraphs, ids)):
        docs.append(IndexDoc(
            id=doc_id, source=protocol.source, number=para.number, ordinal=ordinal, title=para.title,
            text=para.text, decision=para.decision or "", date=protocol.date or "",
            year=(protocol.date or "")[:4], body=protocol.body or "", organisation=protocol.organisation or "",
            context=context, speakers=para.speakers, topics=assign_topics(para.title, para.text, decision=para.decision, body=protocol.body),
            dnr=para.dnr or "", attachments=para.attachments, participants=people,
            appeal_from=(protocol.anslag or {}).get("posted") or "", appeal_until=protocol.appeal_until or "",
            period=mandate_period(protocol.date, protocol.body) or "",
        ))
    return docs


def build_index(corpus: Path | str, root: Path | str | None, rebuild: bool = False, progress: bool | None = None,
                notify: Callable[[str], None] | None = None, wait: bool = True, engine: str | None = None,
                dsn: str | None = None, only: list[Path] | None = None) -> BuildReport:
    """Index `corpus` into the folder `root` (or the database `dsn`), incrementally unless a rebuild is asked for or needed.

    `engine` names the engine for a new index (default: the existing index's engine, else tantivy — Whoosh where
    tantivy is not installed);
    naming another engine than the existing index's rebuilds it with that engine. A `dsn` means PostgreSQL.
    `only` names the files to look at (see plan_changes); a rebuild still reads them all.
    """
    corpus = Path(corpus)
    if not corpus.is_dir():
        raise FileNotFoundError(f"corpus folder not found: {corpus}")
    if is_server(engine) and not dsn:
        raise ValueError(f"engine {engine!r} needs a database: --dsn or $PROTOKOLL_DSN")
    started = time.monotonic()
    report = BuildReport()
    with open_target(corpus, Path(root or config.DEFAULT_INDEX), engine, dsn, rebuild, wait, notify) as target:
        report.rebuilt = target.rebuilt
        if only is not None and not target.rebuilt:
            only = list(only) + [corpus / src for src in target.stale]  # files an older analyzer wrote go along
        # A rebuild reads every file, whatever was named.
        plan = plan_changes(corpus, target.usable, None if target.rebuilt else only)
        report.files, report.unchanged = len(plan.paths), len(plan.paths) - len(plan.todo)
        ids = target.identities(plan.paths, plan.stamps)
        for src in list(target.known):
            if src not in plan.paths:
                target.forget(src, ids)
                report.deleted += 1
        target.begin(len(plan.todo))
        for src, protocol, docs, problem, sha in _progress(_parsed(plan, target.prepared_by), progress, len(plan.todo)):
            if protocol is None:
                report.skipped.append((src, problem))
                ids.release(src)
                target.skip(src)
                continue
            key, pids, added, shas = ids.assign(src, protocol, target.meta(src))
            target.replace(src, protocol, protocol_meta(protocol, pids, key, added, shas), target.identified(docs, pids, added),
                           sha, plan.stamps[src])
            report.paragraphs += len(docs)
            report.warnings.extend((src, w) for w in protocol.warnings)
            if src in target.known:
                report.updated += 1
            else:
                report.added += 1
        target.commit(report, plan)
    report.seconds = round(time.monotonic() - started, 3)
    report.index_path = target.location
    return report


def parse_one(job: tuple[str, Path, str | None, str | None]) -> tuple[str, Protocol | None, list, str, str]:
    """Parse one file into its protocol and index documents (or an engine's prepared rows), or the reason it cannot
    be read; and the file's content hash (hashed here unless the plan had it)."""
    src, path, engine, sha = job
    sha = sha or content_hash(path)
    try:
        protocol = parse_file(path, source=src)
    except ReadError as exc:
        return src, None, [], exc.reason, sha
    except Exception as exc:  # a parser bug must not lose the other files
        return src, None, [], f"could not be parsed ({type(exc).__name__}: {exc})", sha
    docs = index_docs(protocol)
    # A database engine's rows carry the analyzed text: preparing them here spreads the analysis over the workers.
    return src, protocol, engine_module(engine).prepare(docs) if engine else docs, "", sha


def _parsed(plan: Plan, engine: str | None) -> Iterator[tuple[str, Protocol | None, list, str, str]]:
    """Parse the plan's files in order; with many files, in worker processes while this one writes the index."""
    jobs = [(src, plan.paths[src], engine, plan.hashes.get(src)) for src in plan.todo]
    workers = min(PARSE_WORKERS, os.cpu_count() or 1)
    if len(jobs) < PARALLEL_FROM or workers < 2:
        yield from map(parse_one, jobs)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # "spawn", not "fork": a forked worker would inherit the writer lock and hold it after a SIGKILL.
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"), initializer=_worker_start,
                             initargs=(os.getpid(),)) as pool:
        yield from pool.map(parse_one, jobs, chunksize=8)


def _worker_start(parent: int) -> None:
    """Tie a parse worker's life to the index run: it ends when the run's process dies, whatever killed it.

    Ctrl-C reaches the whole process group: the run itself stops the workers, so they ignore SIGINT.
    """
    import signal
    import threading

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:  # Linux: the kernel kills the worker the moment its parent dies
        import ctypes

        PR_SET_PDEATHSIG = 1
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):
        pass

    def watch() -> None:  # elsewhere, and should the parent die before prctl took effect
        while os.getppid() == parent:
            time.sleep(PARENT_CHECK_SECONDS)
        os._exit(1)

    if os.getppid() != parent:
        os._exit(1)
    threading.Thread(target=watch, daemon=True, name="parent-watch").start()


def _progress(items, progress: bool | None, total: int):
    show = sys.stderr.isatty() if progress is None else progress
    if not show or not total:
        return items
    from tqdm import tqdm

    return tqdm(items, total=total, desc="Indexerar", unit="fil", file=sys.stderr, leave=False)
