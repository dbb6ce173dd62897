"""PostgreSQL for ingest tests: the store tests' ``pg_server`` fixture (tests/store/conftest.py:
initdb + pg_ctl on a free loopback port), loaded by path so one server definition serves both;
each test gets its own fresh database, created here."""
from __future__ import annotations

import importlib.util
import itertools
import os
import sys
from pathlib import Path

import pytest

_STORE_TESTS = Path(__file__).resolve().parents[1] / "store"


def _load_store_conftest():
    path = _STORE_TESTS / "conftest.py"
    if not path.exists():
        return None
    sys.path.insert(0, str(_STORE_TESTS))  # it imports store_factories by name
    spec = importlib.util.spec_from_file_location("hadath_tests_store_conftest", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


_store_conftest = _load_store_conftest()

if _store_conftest is not None and hasattr(_store_conftest, "pg_server"):
    pg_server = _store_conftest.pg_server

    _n = itertools.count()

    @pytest.fixture
    def pg_url(pg_server):
        import psycopg2

        name = f"ingest_{os.getpid()}_{next(_n)}"
        conn = psycopg2.connect(pg_server.rstrip("/") + "/postgres")
        conn.autocommit = True
        with conn.cursor() as cur:
            cur.execute(f'CREATE DATABASE "{name}"')
        conn.close()
        return pg_server.rstrip("/") + "/" + name
else:
    @pytest.fixture
    def pg_url():
        pytest.skip("tests/store/conftest.py (the PostgreSQL fixture) is missing")
