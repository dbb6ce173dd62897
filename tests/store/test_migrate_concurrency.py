"""Stores opened from many threads at once migrate once and never corrupt Alembic's context."""
from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from hadath.store import open_store


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
