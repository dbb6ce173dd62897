"""Stores opened from many threads at once migrate once and never corrupt Alembic's context; a
new SQLite file found locked by another process is migrated after a wait."""
from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest
from sqlalchemy.exc import OperationalError

import hadath.store.migrate as migrate
from hadath.store import StoreError, open_store


def test_threads_open_the_same_store(tmp_path):
    db = str(tmp_path / "t.sqlite")

    def opener(_):
        s = open_store(db)
        try:
            return s.counts()["articles"]
        finally:
            s.close()

    with ThreadPoolExecutor(8) as pool:
        assert list(pool.map(opener, range(16))) == [0] * 16


def _flaky_immediate(monkeypatch, message: str, failures: int) -> list[int]:
    """Make the migration's write transaction fail ``failures`` times with ``message`` first."""
    real, calls = migrate.immediate, []

    def immediate(engine):
        calls.append(1)
        if len(calls) <= failures:
            raise OperationalError("BEGIN IMMEDIATE", {}, Exception(message))
        return real(engine)

    monkeypatch.setattr(migrate, "immediate", immediate)
    monkeypatch.setattr(migrate, "LOCKED_FIRST_WAIT", 0.001)
    return calls


def test_a_locked_new_file_is_migrated_after_a_wait(tmp_path, monkeypatch):
    # another process turning the new file into a WAL database: "database is locked" at once
    calls = _flaky_immediate(monkeypatch, "database is locked", 2)
    s = open_store(str(tmp_path / "t.sqlite"))
    try:
        assert s.counts()["articles"] == 0
    finally:
        s.close()
    assert len(calls) == 3


def test_other_database_errors_are_not_retried(tmp_path, monkeypatch):
    calls = _flaky_immediate(monkeypatch, "disk I/O error", 1)
    with pytest.raises(StoreError, match="disk I/O error"):
        open_store(str(tmp_path / "t.sqlite"))
    assert len(calls) == 1
