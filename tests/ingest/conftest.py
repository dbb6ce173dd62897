"""PostgreSQL for ingest tests: the session server from tests/postgres.py (shared with the store
tests); each test gets its own fresh database."""
from __future__ import annotations

import itertools
import os

import pytest

from tests.postgres import create_database

_n = itertools.count()


@pytest.fixture
def pg_url(pg_server):
    return create_database(pg_server, f"ingest_{os.getpid()}_{next(_n)}")

