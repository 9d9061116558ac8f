"""Where the index is: the engine, the index folder or database and its read replicas, resolved once.

Input: options (engine, index folder, DSN, read DSNs, corpus) and the environment (PROTOKOLL_ENGINE,
PROTOKOLL_INDEX, PROTOKOLL_DSN, PROTOKOLL_READ_DSN comma-separated, PROTOKOLL_CORPUS). Output: a `Location`
that the CLI, the web app and the bench build into, open and describe. An option wins over the environment;
a DSN without an engine means PostgreSQL.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Mapping

DEFAULT_INDEX = Path("var/index")
DEFAULT_CORPUS = Path("corpus")
# Database engines live on a server (a DSN), the others in an index folder.
SERVER_ENGINES = frozenset({"postgres"})
# Connections per pool to a database server (the web server's threads share them).
DEFAULT_POOL_SIZE = 8


class ConfigError(ValueError):
    """The options and environment do not name a usable index (the message says what is missing)."""


@dataclass(frozen=True)
class Location:
    """An index: a folder of generations, or a database with its read replicas."""

    engine: str | None  # None: the existing index's engine, else the default for a new one
    index_dir: Path = DEFAULT_INDEX
    dsn: str | None = None
    read_dsns: tuple[str, ...] = field(default_factory=tuple)
    pool_size: int = DEFAULT_POOL_SIZE

    @property
    def is_server(self) -> bool:
        """Tell whether the index lives in a database."""
        return self.dsn is not None

    def open(self):
        """Open the index for searching (FileNotFoundError, ConnectionError or ValueError when it cannot be)."""
        from .engine import open_engine

        return open_engine(self.index_dir, dsn=self.dsn, read_dsns=list(self.read_dsns), pool_size=self.pool_size)

    def is_empty(self) -> bool:
        """Tell whether there is nothing to serve yet: no (current) index folder, or a database without protocols."""
        from .engine import engine_module

        if self.dsn:
            return engine_module("postgres").is_empty(self.dsn)
        from .engine import current_dir, is_outdated

        return current_dir(self.index_dir) is None or is_outdated(self.index_dir)

    def describe(self) -> str:
        """Name the index for messages (a database without its password)."""
        if not self.dsn:
            return str(self.index_dir)
        from .engine import engine_module

        return engine_module("postgres").safe_dsn(self.dsn)


def resolve(engine: str | None = None, index_dir: Path | str | None = None, dsn: str | None = None,
            read_dsns: tuple[str, ...] | list[str] = (), pool_size: int | None = None,
            environ: Mapping[str, str] | None = None) -> Location:
    """Resolve the index from options, then the environment; ConfigError when a database engine has no DSN."""
    env = os.environ if environ is None else environ
    engine = engine or env.get("PROTOKOLL_ENGINE") or None
    if dsn and engine is None:
        engine = "postgres"  # a DSN names a database engine
    folder = Path(index_dir or env.get("PROTOKOLL_INDEX") or DEFAULT_INDEX)
    if engine not in SERVER_ENGINES:
        return Location(engine, folder)
    dsn = dsn or env.get("PROTOKOLL_DSN")
    if not dsn:
        raise ConfigError(f"--engine {engine} needs --dsn or $PROTOKOLL_DSN")
    reads = read_dsns or tuple(env.get("PROTOKOLL_READ_DSN", "").split(","))
    return Location(engine, folder, dsn, tuple(d.strip() for d in reads if d.strip()), pool_size or DEFAULT_POOL_SIZE)


def corpus_dir(value: Path | str | None = None, environ: Mapping[str, str] | None = None) -> Path:
    """Return the corpus folder: the option, else $PROTOKOLL_CORPUS, else ./corpus."""
    env = os.environ if environ is None else environ
    return Path(value or env.get("PROTOKOLL_CORPUS") or DEFAULT_CORPUS)
