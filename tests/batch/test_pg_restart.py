"""Fault test: the PostgreSQL server goes down and comes back in the middle of an ingest — between
two chunk writes, and again during the merge — and the store ends up exactly as after an
uninterrupted run: nothing lost, nothing written twice.

The test starts its own short-lived server (tests/postgres.py), so restarting it disturbs no
other test. The restarts happen at fixed points of the run (after the second chunk is committed,
after the merge has read its events), each one a ``pg_ctl stop -m fast`` (every connection cut)
with the server started again a moment later from another thread, so the next statements meet a
dead connection, then a refused one, and are retried until the server is back.
"""
from __future__ import annotations

import threading
import time

import pytest

from hadath.batch.engine import IngestOptions, ingest
from hadath.bench.corpus import write_jsonl
from hadath.store import open_store
from tests.postgres import create_database, start_server

from .conftest import STAGES

pytestmark = pytest.mark.postgres


def _options(db: str) -> IngestOptions:
    return IngestOptions(db=db, stages=STAGES, workers=1, semantic=False, progress=False, chunk_size=8)


def _contents(store) -> tuple:
    """Counts, duplicates and merged groups, by content (ids differ between databases)."""
    from sqlalchemy import text

    c = store.counts()
    with store.engine.connect() as conn:
        distinct = conn.execute(text("select count(distinct content_hash) from articles")).scalar_one()
        merged = conn.execute(text("select count(*) from merged_events")).scalar_one()
    groups: dict = {}
    for r in store.events(with_text=False):
        groups.setdefault(r["cluster_id"], set()).add((r["article_id"], r["fatalities"]))
    return (c["articles"], distinct, c["events"], c["evidence"], c["sources"], merged,
            sorted(sorted(g) for g in groups.values()))


class _Outage:
    """Stops the server now and starts it again ``down`` seconds later, from a thread."""

    def __init__(self, server, down: float = 1.0):
        self.server, self.down, self.threads, self.count = server, down, [], 0

    def __call__(self) -> None:
        self.server.stop("fast")
        self.count += 1

        def back() -> None:
            time.sleep(self.down)
            self.server.start()
        t = threading.Thread(target=back)
        t.start()
        self.threads.append(t)

    def wait(self) -> None:
        for t in self.threads:
            t.join(120)


def test_postgresql_restarted_mid_ingest_loses_and_repeats_nothing(tmp_path, monkeypatch):
    import hadath.store.merged as MS
    from hadath.store.store import Store

    corpus = write_jsonl(tmp_path / "corpus.jsonl", 60, seed=11, retell=0.3, syndicate=0.1)
    ref_db = str(tmp_path / "ref.sqlite")
    ref = ingest([str(corpus)], _options(ref_db), report=lambda m: None)
    assert ref.failed == 0 and ref.stored > 40

    server = start_server()
    outage = _Outage(server)
    try:
        url = create_database(server.url, "fault")
        add_many, reports_for = Store.add_many, MS.reports_for
        writes = []

        def add_many_then_fail(self, items, pipeline_version):
            out = add_many(self, items, pipeline_version)
            writes.append(len(items))
            if len(writes) == 2:   # the server goes away after the second chunk is committed
                outage()
            return out

        def read_then_fail(*a, **k):
            out = reports_for(*a, **k)
            if outage.count == 1:  # and again once the merge has read what it merges
                outage.wait()
                outage()
            return out

        monkeypatch.setattr(Store, "add_many", add_many_then_fail)
        monkeypatch.setattr(MS, "reports_for", read_then_fail)
        rep = ingest([str(corpus)], _options(url), report=lambda m: None)
        outage.wait()
        assert outage.count == 2 and len(writes) > 3
        assert (rep.failed, rep.stored, rep.events, rep.clusters) == (0, ref.stored, ref.events, ref.clusters)
        monkeypatch.undo()
        got, want = open_store(url), open_store(ref_db)
        try:
            assert _contents(got) == _contents(want)
        finally:
            got.close()
            want.close()
    finally:
        outage.wait()
        server.destroy()
