"""Run Alembic migrations programmatically (no alembic.ini needed)."""
from __future__ import annotations

import sys
import threading
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy.engine import Connection, Engine

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


def upgrade(engine: Engine, revision: str = "head") -> None:
    from sqlalchemy import text

    if engine.dialect.name == "sqlite":
        # the write lock first: a second process creating the same file waits, then finds the
        # schema at head (without it: "table ... already exists")
        with _LOCK, immediate(engine) as conn:
            command.upgrade(alembic_config(connection=conn), revision)
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
