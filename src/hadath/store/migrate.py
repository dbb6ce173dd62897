"""Run Alembic migrations programmatically (no alembic.ini needed)."""
from __future__ import annotations

import sys
import threading
import time
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import OperationalError

from hadath.store.tx import immediate

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def alembic_config(url: str | None = None, connection: Connection | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("path_separator", "os")
    if url:
        cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


# Alembic's migration context is module-global: two threads migrating at once (Dask workers
# with threads, an API server's first requests) corrupt each other's context.
_LOCK = threading.Lock()
_ADVISORY_KEY = 0x68616461  # "hada": serialises migrations across processes on PostgreSQL
LOCKED_ATTEMPTS = 8         # tries of a SQLite migration that found the file locked ...
LOCKED_FIRST_WAIT = 0.05    # ... waiting 0.05, 0.1, ... 3.2 s between them (about 6 s in all)


def upgrade(engine: Engine, revision: str = "head") -> None:
    from sqlalchemy import text

    if engine.dialect.name == "sqlite":
        # the write lock first: a second process creating the same file waits, then finds the
        # schema at head (without it: "table ... already exists"). Opening a file another
        # process is turning into a WAL database can fail at once with "database is locked"
        # (SQLite does not always wait on busy_timeout then): the transaction rolled back, so it
        # is tried again after a short wait.
        wait = LOCKED_FIRST_WAIT
        for attempt in range(LOCKED_ATTEMPTS):
            try:
                with _LOCK, immediate(engine) as conn:
                    command.upgrade(alembic_config(connection=conn), revision)
                return
            except OperationalError as exc:
                if "locked" not in str(exc.orig).lower() or attempt == LOCKED_ATTEMPTS - 1:
                    raise
            time.sleep(wait)
            wait *= 2
        return
    with _LOCK, engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _ADVISORY_KEY})
        command.upgrade(alembic_config(connection=conn), revision)


def main(argv: list[str]) -> None:  # developer helper: python -m hadath.store.migrate revision "msg"
    if len(argv) >= 2 and argv[0] == "revision":
        import tempfile

        from sqlalchemy import create_engine

        with tempfile.TemporaryDirectory() as tmp:
            url = f"sqlite:///{tmp}/autogen.sqlite"
            engine = create_engine(url)
            upgrade(engine)
            engine.dispose()
            command.revision(alembic_config(url), message=argv[1], autogenerate=True)
    else:
        print("usage: python -m hadath.store.migrate revision MESSAGE", file=sys.stderr)
        raise SystemExit(2)


if __name__ == "__main__":
    main(sys.argv[1:])
