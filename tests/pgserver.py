"""Throwaway PostgreSQL clusters for tests and benchmarks: initdb in a temporary folder, run as an unprivileged user.

Input: a folder (created if missing) and Debian's PostgreSQL binaries. Output: a running server on
127.0.0.1 and a DSN for it; `Cluster.replica()` adds a streaming replica made with pg_basebackup.
As root, the server runs as `nobody` (PostgreSQL refuses to run as root). From the shell, for .ci/run:
    python3 -m tests.pgserver start DIR   # prints the DSN
    python3 -m tests.pgserver stop DIR
"""
from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

SUPERUSER = "protokoll"
RUN_AS = "nobody"
# A test server trades durability for speed; the benchmark passes durable=True.
FAST = ("fsync=off", "synchronous_commit=off", "full_page_writes=off")


def bindir() -> Path | None:
    """Return the newest installed PostgreSQL server's bin folder, or None."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parent.parent.name))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def available() -> bool:
    """Tell whether a PostgreSQL server can be started here."""
    return bindir() is not None


def free_port() -> int:
    """Return a TCP port on 127.0.0.1 that nothing listens on."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _as_user(cmd: list[str], **kw) -> subprocess.CompletedProcess:
    if os.geteuid() == 0:
        cmd = ["runuser", "-u", RUN_AS, "--", *cmd]
    return subprocess.run(cmd, check=True, capture_output=True, text=True, **kw)


def _own(path: Path) -> None:
    if os.geteuid() == 0:
        user = pwd.getpwnam(RUN_AS)
        for p in [path, *path.rglob("*")]:
            os.chown(p, user.pw_uid, user.pw_gid)


class Cluster:
    """One PostgreSQL cluster in `folder`: data in folder/data, socket and log beside it."""

    def __init__(self, folder: Path | str, port: int | None = None) -> None:
        self.folder = Path(folder)
        self.data = self.folder / "data"
        port_file = self.folder / "port"
        self.port = port or (int(port_file.read_text()) if port_file.exists() else free_port())
        self.bin = bindir()
        if self.bin is None:
            raise RuntimeError("PostgreSQL is not installed (apt-get install postgresql)")

    def dsn(self, dbname: str = "postgres") -> str:
        """Return the DSN of a database on this cluster."""
        return f"postgresql://{SUPERUSER}@127.0.0.1:{self.port}/{dbname}"

    def init(self) -> "Cluster":
        """Create the cluster (trust authentication on 127.0.0.1, replication allowed)."""
        self.folder.mkdir(parents=True, exist_ok=True)
        os.chmod(self.folder, 0o755)
        _own(self.folder)
        _as_user([str(self.bin / "initdb"), "-D", str(self.data), "-U", SUPERUSER, "--auth=trust", "-E", "UTF8",
                  "--locale=C", "--no-sync"])
        (self.folder / "port").write_text(str(self.port))
        return self

    def start(self, durable: bool = False, settings: tuple[str, ...] = ()) -> "Cluster":
        """Start the server on 127.0.0.1 and wait until it accepts connections."""
        opts = [f"-p {self.port}", "-c listen_addresses=127.0.0.1", f"-c unix_socket_directories={self.folder}"]
        opts += [f"-c {s}" for s in ((() if durable else FAST) + settings)]
        _own(self.folder)
        _as_user([str(self.bin / "pg_ctl"), "-D", str(self.data), "-l", str(self.folder / "server.log"), "-o", " ".join(opts),
                  "-w", "-t", "60", "start"])
        return self

    def stop(self) -> None:
        """Stop the server (fast shutdown); nothing happens when it is not running."""
        if (self.data / "postmaster.pid").exists():
            try:
                _as_user([str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "fast", "-w", "stop"])
            except subprocess.CalledProcessError:
                pass

    def replica(self, folder: Path | str, port: int | None = None) -> "Cluster":
        """Make a streaming replica of this (running) cluster with pg_basebackup, and start it."""
        rep = Cluster(folder, port)
        rep.folder.mkdir(parents=True, exist_ok=True)
        os.chmod(rep.folder, 0o755)
        _own(rep.folder)
        _as_user([str(self.bin / "pg_basebackup"), "-h", "127.0.0.1", "-p", str(self.port), "-U", SUPERUSER,
                  "-D", str(rep.data), "-R", "-X", "stream", "--no-sync"])
        (rep.folder / "port").write_text(str(rep.port))
        return rep.start()

    def create_database(self, name: str) -> str:
        """(Re)create an empty database and return its DSN."""
        import psycopg

        with psycopg.connect(self.dsn(), autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.dsn(name)


def fresh_database(server_dsn: str, name: str) -> str:
    """(Re)create database `name` on the server of `server_dsn` and return its DSN."""
    import psycopg
    from psycopg.conninfo import conninfo_to_dict, make_conninfo

    with psycopg.connect(server_dsn, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')
    params = conninfo_to_dict(server_dsn)
    params["dbname"] = name
    return make_conninfo(**params)


def main(argv: list[str]) -> int:
    if len(argv) != 2 or argv[0] not in ("start", "stop"):
        print("usage: python3 -m tests.pgserver start|stop DIR", file=sys.stderr)
        return 2
    cluster = Cluster(argv[1])
    if argv[0] == "start":
        if not (cluster.data / "PG_VERSION").exists():
            cluster.init()
        cluster.start()
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", cluster.port), timeout=1).close()
                break
            except OSError:
                time.sleep(0.2)
        print(cluster.dsn())
    else:
        cluster.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
