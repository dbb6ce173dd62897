"""PostgreSQL for ingest tests: the store tests' server fixture (tests/store/conftest.py),
loaded by path so one server definition serves both."""
from __future__ import annotations

import importlib.util
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

if _store_conftest is not None:
    pg_server = _store_conftest.pg_server

    @pytest.fixture
    def pg_url(pg_server):
        return _store_conftest._new_pg_database(pg_server)
else:
    @pytest.fixture
    def pg_url():
        pytest.skip("tests/store/conftest.py (the PostgreSQL fixture) is missing")
