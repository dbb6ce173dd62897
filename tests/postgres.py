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


@pytest.fixture(scope="session")
def pg_server():
    """(host, port, user) of a throw-away PostgreSQL server."""
    if os.environ.get("HADATH_TEST_PG_URL"):  # an existing server, e.g. a CI service
        yield os.environ["HADATH_TEST_PG_URL"]
        return
    bindir = _pg_bindir()
    if bindir is None:
        _unavailable("no initdb found (Debian package postgresql)")
    base = Path(tempfile.mkdtemp(prefix="hadath-pg-"))
    data = base / "data"
    prefix = _as_postgres_user()
    if prefix:
        shutil.chown(base, "postgres", "postgres")
    port = _free_port()
    env = dict(os.environ, LC_ALL="C.UTF-8", LANG="C.UTF-8")
    try:
        subprocess.run(prefix + [str(bindir / "initdb"), "-D", str(data), "-U", "hadath", "--auth=trust",
                                 "-E", "UTF8", "--no-locale"],
                       check=True, capture_output=True, env=env, cwd=base)
        opts = (f"-p {port} -k {base} -c listen_addresses=127.0.0.1 -c fsync=off "
                "-c synchronous_commit=off -c full_page_writes=off")
        subprocess.run(prefix + [str(bindir / "pg_ctl"), "-D", str(data), "-l", str(base / "log"), "-w",
                                 "-t", "60", "-o", opts, "start"],
                       check=True, capture_output=True, env=env, cwd=base)
    except (subprocess.CalledProcessError, OSError) as exc:
        log = (base / "log").read_text(errors="replace")[-2000:] if (base / "log").exists() else ""
        out = getattr(exc, "stderr", b"") or b""
        shutil.rmtree(base, ignore_errors=True)
        _unavailable(f"could not start a server: {exc}; {out.decode(errors='replace')[-1000:]} {log}")
    try:
        yield f"postgresql://hadath@127.0.0.1:{port}"
    finally:
        subprocess.run(prefix + [str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"],
                       capture_output=True, env=env, cwd=base)
        shutil.rmtree(base, ignore_errors=True)


def create_database(server: str, name: str) -> str:
    """Create database ``name`` on ``server`` and return its URL."""
    import psycopg2

    conn = psycopg2.connect(server.rstrip("/") + "/postgres")
    conn.autocommit = True
    with conn.cursor() as cur:
        cur.execute(f'CREATE DATABASE "{name}"')
    conn.close()
    return server.rstrip("/") + "/" + name
