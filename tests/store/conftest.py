"""Store fixtures: every store test runs against SQLite and against a real PostgreSQL server.

The PostgreSQL server is started once per session: initdb into a temporary directory and
``pg_ctl start`` on a free loopback port (as the ``postgres`` user when running as root, since
postgres refuses to run as root), torn down at the end. Each test gets a fresh database.
Missing PostgreSQL binaries skip those tests loudly (``scripts/test-deps.sh`` installs them);
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

from tests.store.store_factories import make_article, make_event

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


@pytest.fixture(scope="session")
def pg_database(pg_server):
    """One database for the session, migrated once; tests empty it (TRUNCATE) instead of
    creating a database each (much faster)."""
    import psycopg2

    name = f"hadath_test_{os.getpid()}"
    conn = psycopg2.connect(pg_server.rstrip("/") + "/postgres")
    conn.autocommit = True
    with conn.cursor() as cur:
        cur.execute(f'CREATE DATABASE "{name}"')
    conn.close()
    return pg_server.rstrip("/") + "/" + name


def _empty(url: str) -> None:
    from sqlalchemy import create_engine, inspect, text

    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg2://", 1))
    with engine.begin() as conn:
        tables = [t for t in inspect(conn).get_table_names() if t != "alembic_version"]
        if tables:
            conn.execute(text("TRUNCATE " + ", ".join(f'"{t}"' for t in tables) + " RESTART IDENTITY CASCADE"))
    engine.dispose()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory) -> Path:
    """A migrated, empty SQLite store, copied for each test (migrating takes longer)."""
    from hadath.store import open_store

    path = tmp_path_factory.mktemp("template") / "template.sqlite"
    open_store(str(path)).close()
    return path


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request, tmp_path):
    if request.param == "sqlite":
        shutil.copy(request.getfixturevalue("sqlite_template"), tmp_path / "store.sqlite")
        return f"sqlite:///{tmp_path / 'store.sqlite'}"
    url = request.getfixturevalue("pg_database")
    _empty(url)
    return url


@pytest.fixture
def store(db_url):
    from hadath.store import open_store

    s = open_store(db_url)
    yield s
    s.close()


@pytest.fixture
def article_factory():
    return make_article


@pytest.fixture
def event_factory():
    return make_event
