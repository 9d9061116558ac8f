"""The index folder's generations: how a folder index is laid out, switched and cleaned up.

Input: an index folder (`root`). Output: `root/gen-NNNN/` generations (the engine's files; `manifest.json`: engine,
schema, analyzer, skipped files, aliases, small and read by every reader; `files.json`: the indexed files' hashes,
stamps and keys, large and read by the build and on use; `protocols/<sha1 of the source>.json`), `root/current` (a
symlink switched atomically), `root/build.lock` (the writer's OS lock). Build writes a new generation for a rebuild and updates the current one in place otherwise;
readers stay on the generation they opened. Knows nothing of engines.
"""
from __future__ import annotations

import fcntl
import hashlib
import os
import re
import shutil
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Callable, Iterator

import orjson


def current_dir(root: Path) -> Path | None:
    """Return the generation the index's `current` link points at, or None."""
    link = root / "current"
    if link.is_symlink() or link.is_dir():
        target = link.resolve()
        if (target / "manifest.json").exists():
            return target
    return None


def read_manifest(gen: Path) -> dict[str, Any]:
    """Return a generation's manifest (engine, analyzer, schema, skipped files, aliases), without its file table."""
    manifest = orjson.loads((gen / "manifest.json").read_bytes())
    manifest.pop("files", None)
    return manifest


def read_files(gen: Path) -> dict[str, dict[str, Any]]:
    """Return a generation's file table: source -> sha, stamp, paragraphs, date, body, key."""
    try:
        return orjson.loads((gen / "files.json").read_bytes())
    except FileNotFoundError:  # written before the table had a file of its own
        return orjson.loads((gen / "manifest.json").read_bytes()).get("files", {})


def write_manifest(gen: Path, manifest: dict[str, Any], files: dict[str, dict[str, Any]]) -> None:
    """Write the file table, then the manifest (a generation is complete when its manifest is written)."""
    write_json(gen / "files.json", files)
    write_json(gen / "manifest.json", {**manifest, "protocols": len(files)})


def protocol_path(gen: Path, source: str) -> Path:
    """Return where a protocol's metadata JSON lives inside a generation."""
    return gen / "protocols" / (hashlib.sha1(source.encode("utf-8")).hexdigest() + ".json")


@contextmanager
def build_lock(root: Path, wait: bool = True, notify: Callable[[str], None] | None = None) -> Iterator[None]:
    """Hold the index's writer lock; the OS releases it if the process dies, so no stale lock remains."""
    root.mkdir(parents=True, exist_ok=True)
    with open(root / "build.lock", "a+") as fh:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            if not wait:
                raise RuntimeError("another `protokoll index` is running on this index") from None
            if notify:
                notify("en annan `protokoll index` arbetar med indexet; väntar tills den är klar …")
            fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def write_json(path: Path, data) -> None:
    """Write JSON atomically (a reader sees the old file or the new one, never half of one)."""
    tmp = path.with_name(path.name + f".tmp{os.getpid()}")
    try:
        # orjson: the file table of a million paragraphs (66,000 files, 16 MB) in 30 ms, where json took 0.4 s.
        tmp.write_bytes(orjson.dumps(data))
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)  # a full disk leaves no half-written file behind
        raise


def read_meta(gen: Path | None, src: str) -> dict | None:
    """Return a protocol's stored metadata in generation `gen`, or None."""
    if gen is None:
        return None
    try:
        return orjson.loads(protocol_path(gen, src).read_bytes())
    except (OSError, ValueError):
        return None


def new_generation(root: Path) -> Path:
    """Create the next generation folder (with its protocols/ folder) and return it."""
    numbers = [int(m.group(1)) for p in root.glob("gen-*") if (m := re.fullmatch(r"gen-(\d+)", p.name))]
    gen = root / f"gen-{max(numbers, default=0) + 1:04d}"
    gen.mkdir()
    (gen / "protocols").mkdir()
    return gen


def switch(root: Path, gen: Path) -> None:
    """Point `current` at `gen` atomically (a new symlink renamed over the old one)."""
    tmp = root / f".current-{os.getpid()}"
    if tmp.is_symlink() or tmp.exists():
        tmp.unlink()
    tmp.symlink_to(gen.name)
    os.replace(tmp, root / "current")


def remove_abandoned(root: Path, current: Path | None) -> None:
    """Remove generations newer than `current`: left by a rebuild that was killed (we hold the lock)."""
    for gen in root.glob("gen-*"):
        if gen.is_dir() and (current is None or gen.name > current.name):
            shutil.rmtree(gen, ignore_errors=True)


def cleanup(root: Path, keep: Path) -> None:
    """Remove old generations, keeping the one before `keep`: a reader may still be on it."""
    older = sorted(p for p in root.glob("gen-*") if p.is_dir() and p.name < keep.name)
    for old in older[:-1]:
        shutil.rmtree(old, ignore_errors=True)
