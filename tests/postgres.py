"""A throw-away PostgreSQL server for the whole test session (a pytest plugin registered in
tests/conftest.py, so the store and ingest tests share one server).

initdb into a temporary directory and ``pg_ctl start`` on a free loopback port (as the
``postgres`` user when running as root, since postgres refuses to run as root), torn down at the
end. Missing binaries skip the PostgreSQL tests loudly (``scripts/test-deps.sh`` installs them);
with CI or HADATH_REQUIRE_POSTGRES set they fail instead.
"""
from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

import pytest


def _pg_bindir() -> Path | None:
    found = glob.glob("/usr/lib/postgresql/*/bin/initdb")
    if found:
        found.sort(key=lambda p: int(p.split("/")[4]) if p.split("/")[4].isdigit() else 0)
        return Path(found[-1]).parent
    which = shutil.which("initdb")
    return Path(which).parent if which else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _unavailable(reason: str):
    msg = f"POSTGRESQL NOT AVAILABLE — {reason}. Run scripts/test-deps.sh to install it."
    if os.environ.get("CI") or os.environ.get("HADATH_REQUIRE_POSTGRES"):
        pytest.fail(msg)
    pytest.skip(msg)


def _as_postgres_user() -> list[str]:
    if os.geteuid() != 0:
        return []
    try:
        pwd.getpwnam("postgres")
    except KeyError:
        subprocess.run(["useradd", "--system", "--no-create-home", "--shell", "/bin/sh", "postgres"], check=True)
    return ["runuser", "-u", "postgres", "--"]


class PgServer:
    """A throw-away PostgreSQL server in a temporary directory, on a free loopback port.
    ``restart``/``stop``/``start`` serve fault tests (a server restarted under a running ingest)."""

    def __init__(self, bindir: Path, durable: bool = False):
        self.bindir = bindir
        self.base = Path(tempfile.mkdtemp(prefix="hadath-pg-"))
        self.data = self.base / "data"
        self.prefix = _as_postgres_user()
        if self.prefix:
            shutil.chown(self.base, "postgres", "postgres")
        self.port = _free_port()
        self.env = dict(os.environ, LC_ALL="C.UTF-8", LANG="C.UTF-8")
        opts = f"-p {self.port} -k {self.base} -c listen_addresses=127.0.0.1"
        if not durable:  # a test server loses nothing it needs when it skips the disk flushes
            opts += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        self.opts = opts
        self.url = f"postgresql://hadath@127.0.0.1:{self.port}"

    def _run(self, *args: str) -> None:
        subprocess.run(self.prefix + list(args), check=True, capture_output=True, env=self.env, cwd=self.base)

    def _ctl(self, *args: str) -> None:
        self._run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-l", str(self.base / "log"), "-w",
                  "-t", "60", "-o", self.opts, *args)

    def init(self) -> "PgServer":
        self._run(str(self.bindir / "initdb"), "-D", str(self.data), "-U", "hadath", "--auth=trust",
                  "-E", "UTF8", "--no-locale")
        self.start()
        return self

    def start(self) -> None:
        self._ctl("start")

    def stop(self, mode: str = "fast") -> None:
        """Stop the server; ``fast`` cuts every connection (what a restart does to clients)."""
        self._ctl("-m", mode, "stop")

    def restart(self) -> None:
        self._ctl("-m", "fast", "restart")

    def log(self) -> str:
        p = self.base / "log"
        return p.read_text(errors="replace")[-2000:] if p.exists() else ""

    def destroy(self) -> None:
        subprocess.run(self.prefix + [str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w",
                                      "stop"], capture_output=True, env=self.env, cwd=self.base)
        shutil.rmtree(self.base, ignore_errors=True)


def start_server(durable: bool = False) -> PgServer:
    """A new running :class:`PgServer` (skips, or fails under CI, when PostgreSQL is missing)."""
    bindir = _pg_bindir()
    if bindir is None:
        _unavailable("no initdb found (Debian package postgresql)")
    server = PgServer(bindir, durable)
    try:
        return server.init()
    except (subprocess.CalledProcessError, OSError) as exc:
        out = getattr(exc, "stderr", b"") or b""
        log = server.log()
        server.destroy()
        _unavailable(f"could not start a server: {exc}; {out.decode(errors='replace')[-1000:]} {log}")
        raise


@pytest.fixture(scope="session")
def pg_server():
    """URL of a throw-away PostgreSQL server (no database part)."""
    if os.environ.get("HADATH_TEST_PG_URL"):  # an existing server, e.g. a CI service
        yield os.environ["HADATH_TEST_PG_URL"]
        return
    server = start_server()
    try:
        yield server.url
    finally:
        server.destroy()


def create_database(server: str, name: str) -> str:
    """Create database ``name`` on ``server`` and return its URL."""
    import psycopg2

    conn = psycopg2.connect(server.rstrip("/") + "/postgres")
    conn.autocommit = True
    with conn.cursor() as cur:
        cur.execute(f'CREATE DATABASE "{name}"')
    conn.close()
    return server.rstrip("/") + "/" + name
