"""Store fixtures: every store test runs against SQLite and against a real PostgreSQL server.

The PostgreSQL server (``pg_server``) comes from tests/postgres.py, shared with the ingest tests;
the store tests use one migrated database per session and empty it between tests.
"""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from tests.postgres import create_database
from tests.store.store_factories import make_article, make_event


@pytest.fixture(scope="session")
def pg_database(pg_server):
    """One database for the session, migrated once; tests empty it (TRUNCATE) instead of
    creating a database each (much faster)."""
    return create_database(pg_server, f"hadath_test_{os.getpid()}")


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
