"""Where a build writes: an index folder's generation, or a database — one contract for build's one loop.

Input: the corpus, the index folder or DSN, the engine asked for, whether to rebuild. Output: a `Target` that
tells build what is indexed (`known`, `usable`, `stale`), what it knew of files (`meta`, `identities`), and takes
the changes (`forget`, `skip`, `replace`), made visible together by `commit` (a folder: the engine's commit,
the manifest, the `current` switch; a database: the bulk load's end, statistics and stamps). An error before
`commit` discards the changes (a folder keeps its last complete generation; a database replaced each protocol in
its own transaction).
"""
from __future__ import annotations

import errno
import os
import resource
import shutil
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Callable, Iterator

from . import analysis, identity
from .identity import Identities, identified
from .engine import DEFAULT_ENGINE, LEGACY_ENGINE, SCHEMA_VERSION, IndexDoc, engine_module
from .generations import (build_lock, cleanup, current_dir, new_generation, protocol_path, read_files, read_manifest, read_meta,
                          remove_abandoned, switch, write_json, write_manifest)
from .model import Protocol

# From this many written files on, the silent work after the progress bar (commit, optimising, building the
# database's text index) gets a line of its own: a 1,000-file rebuild spends tens of seconds there.
SLOW_WRITE_FILES = 1000
# From this many paragraphs written, the database's planner statistics are refreshed.
ANALYZE_FROM = 5000


class FolderTarget:
    """A generation of an index folder: the live one for an update, a new one for a rebuild."""

    def __init__(self, root: Path, corpus: Path, engine: str | None, rebuild: bool, notify) -> None:
        self.root, self.corpus, self.notify = root, corpus, notify
        self.gen = current_dir(root)
        remove_abandoned(root, self.gen)
        self.pending = root / "rebuild.pending"
        if self.pending.exists():
            notify and notify("en tidigare ombyggnad blev inte klar: bygger om")
            rebuild = True
        self.manifest = read_manifest(self.gen) if self.gen else None
        current = self.manifest.get("engine", LEGACY_ENGINE) if self.manifest else None
        self.engine = engine or current or DEFAULT_ENGINE
        if self.manifest and (self.manifest.get("analyzer") != analysis.ANALYZER_VERSION
                              or self.manifest.get("schema") != SCHEMA_VERSION or current != self.engine):
            notify and notify("analysen, schemat eller motorn har ändrats sedan indexet byggdes: bygger om")
            rebuild = True
        self.rebuilt = self.gen is None or rebuild
        if self.rebuilt:
            self.pending.touch()
            self.target = new_generation(root)
        else:
            self.target = self.gen
        # The live index's files (also during a rebuild): their keys, times entered, and the keys of files gone since.
        self.live = read_files(self.gen) if self.manifest else {}
        self.known: dict[str, dict] = {} if self.rebuilt else self.live
        self.usable, self.stale = self.known, set()
        self.aliases = dict(self.manifest.get("aliases", {})) if self.manifest else {}
        module = engine_module(self.engine)
        self.writer = module.open_writer(self.target, create=self.rebuilt)
        # An engine that analyses before writing has the parse workers do it (tantivy); else they hand over IndexDocs.
        self.prepared_by = self.engine if hasattr(module, "prepare") else None
        self.location = str(self.target)

    def identities(self, paths: dict[str, Path], stamps: dict[str, Any]) -> Identities:
        """Return who holds which key among the files still there, with what the live index knew of files gone."""
        self.files = {src: m if m.get("stamp") == stamps[src] else {**m, "stamp": stamps[src]}
                      for src, m in self.known.items() if src in paths}
        ids = Identities({m["key"]: src for src, m in self.files.items() if m.get("key")})
        for src in self.live:
            if src not in paths and (meta := read_meta(self.gen, src)):
                ids.prior.update(identity.prior_of(meta))
                if meta.get("key"):
                    self.aliases[src] = meta["key"]
        return ids

    def meta(self, src: str) -> dict | None:
        """Return what the live index stored for a file, or None."""
        return read_meta(self.gen, src) if src in self.live else None

    def begin(self, files: int) -> None:
        """Nothing to prepare: the writer collects the changes."""

    def forget(self, src: str, ids) -> None:
        """Remove a file that is gone."""
        self.writer.delete_source(src)
        protocol_path(self.target, src).unlink(missing_ok=True)

    def skip(self, src: str) -> None:
        """Remove a file that can no longer be read."""
        self.writer.delete_source(src)
        self.files.pop(src, None)
        protocol_path(self.target, src).unlink(missing_ok=True)

    def identified(self, docs: list[IndexDoc], ids: list[str], added: list[str]) -> list[IndexDoc]:
        return identified(docs, ids, added)

    def replace(self, src: str, protocol: Protocol, meta: dict, docs: list, sha: str, stamp: Any) -> None:
        """Write a file's paragraphs and metadata in place of what it had."""
        # A new generation holds nothing yet; the live one may, even for a new file: a run killed after its commit
        # but before its manifest left its paragraphs there.
        if not self.rebuilt:
            self.writer.delete_source(src)
        for doc in docs:
            self.writer.add(doc)
        write_json(protocol_path(self.target, src), meta)
        self.files[src] = {"sha": sha, "stamp": stamp, "paragraphs": len(docs), "date": protocol.date, "body": protocol.body,
                           "key": meta.get("key")}
        self.aliases.pop(src, None)

    def commit(self, report, plan) -> None:
        """Commit the engine's changes, write the manifest and switch `current` to a rebuilt generation."""
        if report.added + report.updated >= SLOW_WRITE_FILES:
            self.notify and self.notify(f"sparar {report.paragraphs} paragrafer i indexet{' och optimerar det' if self.rebuilt else ''} …")
        self.writer.commit(optimize=self.rebuilt)
        self.committed = True
        write_manifest(self.target, {
            "engine": self.engine, "schema": SCHEMA_VERSION, "analyzer": analysis.ANALYZER_VERSION,
            "corpus": str(self.corpus.resolve()), "built": time.strftime("%Y-%m-%dT%H:%M:%S"),
            "skipped": dict(report.skipped), "aliases": self.aliases,
        }, self.files)
        if self.target != self.gen:
            switch(self.root, self.target)
            cleanup(self.root, self.target)
        self.pending.unlink(missing_ok=True)

    def discard(self) -> None:
        """Drop the uncommitted changes (and a rebuild's unfinished generation)."""
        if getattr(self, "committed", False):
            return
        try:
            self.writer.cancel()
        except Exception:  # a writer killed by a failed write cannot roll back: its commit never happened
            pass
        if self.rebuilt:
            shutil.rmtree(self.target, ignore_errors=True)


class DatabaseTarget:
    """A database: each protocol replaced in one transaction, the corpus's file hashes kept beside them."""

    def __init__(self, engine: str, dsn: str, corpus: Path, rebuild: bool, notify) -> None:
        self.module = engine_module(engine)
        self.prepared_by = engine  # the parse workers prepare the engine's rows
        self.store = self.module.open_store(dsn, notify)
        self.notify = notify
        # Several corpora may share one database: only this corpus's files can be "deleted" by this run.
        self.corpus_key = str(corpus.resolve())
        self.known = self.store.files(self.corpus_key)
        # Files written by an older analyzer, or before permalinks (their ids change), are indexed again.
        self.stale = set(self.known) if rebuild else {src for src, m in self.known.items()
                                                     if m["analyzer"] != analysis.ANALYZER_VERSION or not m.get("keyed")}
        if self.stale and not rebuild and notify:
            notify(f"analysen har ändrats sedan {len(self.stale)} filer indexerades: indexerar om dem")
        self.usable = {src: m for src, m in self.known.items() if src not in self.stale}
        self.rebuilt = rebuild or not self.known
        self.location = self.store.location

    def identities(self, paths: dict[str, Path], stamps: dict[str, Any]):
        return Identities(self.store.keys())

    def meta(self, src: str) -> dict | None:
        return self.store.meta(src) if src in self.known else None

    def begin(self, files: int) -> None:
        """Prepare a bulk load when many files come (the text index is built once at the end)."""
        self.store.begin_bulk(files)

    def forget(self, src: str, ids) -> None:
        """Remove a file that is gone, remembering its key (old addresses redirect) and its paragraphs' times."""
        if (meta := self.store.meta(src)) and meta.get("key"):
            ids.prior.update(identity.prior_of(meta))
            self.store.add_alias(src, meta["key"])
        ids.release(src)
        self.store.delete(src)

    def skip(self, src: str) -> None:
        self.store.delete(src)

    def identified(self, rows: list, ids: list[str], added: list[str]) -> list:
        return self.module.identified(rows, ids, added)

    def replace(self, src: str, protocol: Protocol, meta: dict, rows: list, sha: str, stamp: Any) -> None:
        self.store.replace(src, {"corpus": self.corpus_key, "sha": sha, "stamp": stamp, "analyzer": analysis.ANALYZER_VERSION,
                                 "date": protocol.date, "body": protocol.body, "meta": meta}, rows)

    def commit(self, report, plan) -> None:
        """End the bulk load, refresh statistics, and remember the skipped files and changed stamps."""
        self.store.flush()
        self.store.set_skipped(self.corpus_key, report.skipped)
        if report.added + report.updated >= SLOW_WRITE_FILES:
            self.notify and self.notify("bygger textindexet och uppdaterar statistiken …")
        # Also when this run did not drop it: a killed bulk load leaves the text index missing.
        self.store.finish_bulk()
        if report.paragraphs >= ANALYZE_FROM:
            # Fresh statistics, or the planner scans whole partitions for words it thinks are rare.
            self.store.analyze()
        # Unchanged files whose stamp changed (touched, copied): remember the new stamp, so the next run skips hashing.
        self.store.update_stamps(self.corpus_key, {src: plan.stamps[src] for src in plan.paths if src not in plan.todo
                                                   and src in self.known and self.known[src]["stamp"] != plan.stamps[src]})

    def discard(self) -> None:
        """Nothing to undo: every protocol was replaced in its own transaction."""


# Less free space than this when a write failed: the disk is full (the engine may not say why it failed).
LOW_SPACE_BYTES = 64 * 1024 * 1024
_IO_FAILURE = ("no space left", "os error 28", "file too large", "os error 27", "quota", "io::error", "writer was killed")


def disk_full(exc: BaseException, path: Path) -> OSError | None:
    """Return an OSError (ENOSPC or EFBIG) when `exc` is a write that failed for want of space, else None.

    tantivy reports a failed write as "An index writer was killed … (io::Error most likely)": then the free space
    and the process's file-size limit tell whether space was the cause.
    """
    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return exc
    if not isinstance(exc, (OSError, ValueError, RuntimeError)) or not any(s in str(exc).lower() for s in _IO_FAILURE):
        return None
    try:
        if shutil.disk_usage(path).free < LOW_SPACE_BYTES:
            return OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
    except OSError:
        pass
    if resource.getrlimit(resource.RLIMIT_FSIZE)[0] != resource.RLIM_INFINITY or "too large" in str(exc).lower():
        return OSError(errno.EFBIG, os.strerror(errno.EFBIG) + " (a limit on file size)")
    if "space" in str(exc).lower() or "os error 28" in str(exc):
        return OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
    return None


@contextmanager
def open_target(corpus: Path, root: Path, engine: str | None, dsn: str | None, rebuild: bool, wait: bool,
                notify: Callable[[str], None] | None) -> Iterator[FolderTarget | DatabaseTarget]:
    """Open where a build writes, holding a folder's writer lock; discard what was not committed on an error."""
    if dsn:
        target = DatabaseTarget(engine or "postgres", dsn, corpus, rebuild, notify)
        try:
            yield target
        finally:
            target.store.close()
        return
    with build_lock(root, wait=wait, notify=notify):
        target = FolderTarget(root, corpus, engine, rebuild, notify)
        try:
            yield target
        except BaseException as exc:
            target.discard()
            if (full := disk_full(exc, root)) is not None:
                raise full from exc
            raise
