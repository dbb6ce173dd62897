"""Fixtures for the watch tests: a local web site, a store, a sources file writer."""
from __future__ import annotations

import itertools
import os

import pytest

from hadath.watch.testing import Site, reports


@pytest.fixture
def site():
    s = Site().start()
    yield s
    s.stop()


@pytest.fixture(scope="session")
def examples() -> dict[str, dict]:
    return reports()


@pytest.fixture
def store(tmp_path):
    from hadath.store import open_store

    s = open_store(str(tmp_path / "watch.sqlite"))
    yield s
    s.close()


_n = itertools.count()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def any_store(request, tmp_path):
    """A store on SQLite, then on PostgreSQL (the session server of tests/postgres.py)."""
    from hadath.store import open_store

    if request.param == "sqlite":
        url = str(tmp_path / "watch.sqlite")
    else:
        from tests.postgres import create_database

        url = create_database(request.getfixturevalue("pg_server"), f"watch_{os.getpid()}_{next(_n)}")
    s = open_store(url)
    yield s
    s.close()


@pytest.fixture
def sources_file(tmp_path):
    """Write a sources file; returns its path."""
    def write(text: str) -> str:
        p = tmp_path / "sources.toml"
        p.write_text(text, encoding="utf-8")
        return str(p)
    return write
