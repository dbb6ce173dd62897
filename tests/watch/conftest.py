"""Fixtures for the watch tests: a local web site, a store, a sources file writer."""
from __future__ import annotations

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


@pytest.fixture
def sources_file(tmp_path):
    """Write a sources file; returns its path."""
    def write(text: str) -> str:
        p = tmp_path / "sources.toml"
        p.write_text(text, encoding="utf-8")
        return str(p)
    return write
