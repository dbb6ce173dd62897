"""hadath's event store: SQLite by default (a file, WAL, one writer), PostgreSQL for teams.

    store = open_store("hadath.sqlite")             # or "postgresql://user@host/db"
    store.add(article, doc.events, pipeline_version="0.1.0")
    store.events(country="Syria", date_from="2022-12-01")

Loading an article twice never duplicates it (content hash + normalized URL); a different
``pipeline_version`` replaces the article's machine events but keeps reviewed ones (and
re-applies human corrections to the re-extracted values).
"""
from __future__ import annotations

import os
from pathlib import Path

from hadath.errors import HadathError
from hadath.store.convert import content_hash, normalize_url
from hadath.store.store import AddResult, NotFound, Store, StoreError

__all__ = ["AddResult", "NotFound", "Store", "StoreError", "content_hash", "normalize_url",
           "open_store", "resolve_url", "DEFAULT_SQLITE"]

DEFAULT_SQLITE = "hadath.sqlite"


def resolve_url(url: str | None) -> str:
    """None → sqlite file hadath.sqlite in the cwd; a plain path → that sqlite file;
    postgres:// → postgresql://."""
    if url is None or url == "":
        url = DEFAULT_SQLITE
    if url.startswith("postgres://"):
        url = "postgresql://" + url[len("postgres://"):]
    if "://" not in url:
        path = url if url == ":memory:" else str(Path(url).expanduser().resolve())
        url = f"sqlite:///{path}" if path != ":memory:" else "sqlite://"
    return url


def _sqlite_file(url: str) -> str | None:
    if not url.startswith("sqlite"):
        return None
    path = url.split(":///", 1)[1] if ":///" in url else ""
    return path.split("?", 1)[0] or None


def _engine(url: str):
    from sqlalchemy import create_engine, event
    from sqlalchemy.pool import StaticPool

    if url.startswith("sqlite"):
        memory = _sqlite_file(url) in (None, ":memory:")
        kw = {"poolclass": StaticPool} if memory else {"pool_size": 8, "max_overflow": 8}
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30}, **kw)

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_conn, _record):  # noqa: ANN001
            cur = dbapi_conn.cursor()
            if not memory:
                cur.execute("PRAGMA journal_mode=WAL")
                cur.execute("PRAGMA synchronous=NORMAL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA busy_timeout=30000")
            cur.close()

        return engine
    if url.startswith("postgresql://"):  # pick the installed driver (SQLAlchemy 2.1 defaults to psycopg 3)
        import importlib.util

        if importlib.util.find_spec("psycopg") is None and importlib.util.find_spec("psycopg2") is not None:
            url = "postgresql+psycopg2://" + url[len("postgresql://"):]
    try:
        return create_engine(url, pool_pre_ping=True, pool_size=8, max_overflow=8)
    except ModuleNotFoundError as exc:
        raise HadathError(f"database driver missing for {url.split('://')[0]}: {exc.name} "
                          "(for PostgreSQL: pip install 'hadath[postgres]')") from exc


def open_store(url: str | None = None, *, create: bool = True) -> Store:
    """Open (and migrate) a store. ``create=False`` refuses to make a new database."""
    from sqlalchemy.exc import ArgumentError, DatabaseError

    from hadath.store.migrate import upgrade

    full = resolve_url(url)
    path = _sqlite_file(full)
    if path and path != ":memory:":
        if not create and not os.path.exists(path):
            raise StoreError(f"no store at {path} (create one with `hadath ingest ... --db {path}`)")
        _check_sqlite_file(path)
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    try:
        engine = _engine(full)
    except ArgumentError as exc:
        raise StoreError(f"not a database URL: {url!r} ({exc})") from None
    store = Store(engine, full)
    try:
        if not create and not store.has_schema():
            raise StoreError(f"{_safe(full)} holds no hadath store")
        upgrade(engine)
    except DatabaseError as exc:  # OperationalError included: unreachable server, locked file, ...
        engine.dispose()
        raise StoreError(f"cannot open database {_safe(full)}: {exc.orig}") from None
    except Exception:
        engine.dispose()
        raise
    return store


def _check_sqlite_file(path: str) -> None:
    """A clear error for --db pointing at a directory or at a file that is no SQLite database."""
    if os.path.isdir(path):
        raise StoreError(f"{path} is a directory, not a database file")
    try:
        with open(path, "rb") as fh:
            head = fh.read(16)
    except FileNotFoundError:
        return
    except OSError as exc:
        raise StoreError(f"cannot open database {path}: {exc.strerror or exc}") from None
    if head and head != b"SQLite format 3\x00":
        raise StoreError(f"{path} is not a SQLite database (give a new file name or a hadath store)")


def _safe(url: str) -> str:
    """The URL without its password."""
    from sqlalchemy.engine import make_url

    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:
        return url
