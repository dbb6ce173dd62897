"""`hadath export --merged` reads the store's merged events: no clustering at export time, the
same groups as the merged_events table, corrections made after the merge, unmerged events alone."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import text

from hadath.batch.engine import IngestOptions, ingest
from hadath.bench.corpus import write_jsonl
from hadath.cli import main
from hadath.store import open_store

FAKE = str(Path(__file__).resolve().parents[1] / "batch")
STAGES = ("text", "fake_stages:FakeEventStage")


@pytest.fixture
def db(tmp_path, monkeypatch):
    monkeypatch.syspath_prepend(FAKE)
    corpus = write_jsonl(tmp_path / "c.jsonl", 80, seed=5, retell=0.5)
    path = str(tmp_path / "m.sqlite")
    rep = ingest([str(corpus)], IngestOptions(db=path, stages=STAGES, workers=1, semantic=False, progress=False,
                                              near_duplicates=False), report=lambda m: None)
    assert rep.failed == 0 and rep.merged_events > 0
    return path


def _table(path):
    s = open_store(path)
    try:
        with s.engine.connect() as conn:
            return {cid: sorted(json.loads(m) if isinstance(m, str) else m)
                    for cid, m in conn.execute(text("select cluster_id, members from merged_events"))}
    finally:
        s.close()


def _export(path, *args):
    res = CliRunner().invoke(main, ["export", "--db", path, "--merged", "--format", "acled-csv", *args])
    assert res.exit_code == 0, res.output
    return list(csv.DictReader(io.StringIO(res.stdout))), res.stderr


def test_export_reads_the_merged_events_table(db, monkeypatch):
    import hadath.dedupe.merge as merge

    def no_clustering(*a, **k):
        raise AssertionError("export --merged clustered the events again")
    monkeypatch.setattr(merge, "cluster", no_clustering)
    rows, err = _export(db)
    table = _table(db)
    assert len(rows) == len(table) and "not merged yet" not in err
    assert {r["event_id_cnty"] for r in rows} == set(table)
    s = open_store(db)
    try:
        sizes = {cid: len({r["article_id"] for r in s.events(cluster_id=cid, with_text=False)}) for cid in table}
    finally:
        s.close()
    for r in rows:
        assert f"sources={sizes[r['event_id_cnty']]}" in r["tags"]
        assert len(r["article_id"].split(";")) == sizes[r["event_id_cnty"]]
    # the order of the recomputing export: by date, then id
    assert [(r["event_date"], r["event_id_cnty"]) for r in rows] == sorted(
        (r["event_date"], r["event_id_cnty"]) for r in rows)


def test_filters_select_whole_merged_events_and_corrections_count(db):
    table = _table(db)
    cid, members = next((c, m) for c, m in table.items() if len(m) > 1)
    s = open_store(db)
    try:
        first = s.event(members[0])
        s.review(members[0], "correct", reviewer="amal", fields={"fatalities": 1000})
        s.review(members[1], "reject", reviewer="amal")
        day = first["event_date"]
        on_day = {r["cluster_id"] for r in s.events(date_from=day, date_to=day, with_text=False)}
    finally:
        s.close()
    rows, _ = _export(db, "--from", day, "--to", day)
    (row,) = [r for r in rows if r["event_id_cnty"] == cid]
    assert row["fatalities_high"] == "1000"                         # the correction, after the merge
    assert len(row["article_id"].split(";")) == len(members) - 1    # the rejected report left out
    assert {r["event_id_cnty"] for r in rows} == on_day              # whole events with a report that day


def test_unmerged_events_are_exported_alone_with_a_note(db):
    from datetime import date

    from hadath.types import Article, Event

    s = open_store(db)
    try:
        a = Article(id="api-1", text="خبر جديد عن قصف على إدلب", url="https://example.org/api-1",
                    published=date(2024, 5, 5), source="API")
        s.add(a, [Event(article_id="api-1", event_type="Battles", sub_event_type="Armed clash",
                        event_date=date(2024, 5, 5), location="Idlib", country="Syria")], "1.0")
    finally:
        s.close()
    rows, err = _export(db)
    assert len(rows) == len(_table(db)) + 1 and "1 events are not merged yet" in err
    assert [r for r in rows if r["article_id"] == "api-1"][0]["tags"] == "sources=1"
    # `hadath ingest` with no inputs merges it; the export then has nothing unmerged
    res = CliRunner().invoke(main, ["ingest", "--db", db, "--no-progress", "--no-semantic"])
    assert res.exit_code == 0, res.output
    rows, err = _export(db)
    assert len(rows) == len(_table(db)) and "not merged yet" not in err
    assert any(r["article_id"] == "api-1" for r in rows)


def test_a_store_without_merged_events_is_merged_in_memory(tmp_path, monkeypatch):
    monkeypatch.syspath_prepend(FAKE)
    corpus = write_jsonl(tmp_path / "c.jsonl", 30, seed=5, retell=0.5)
    path = str(tmp_path / "old.sqlite")
    ingest([str(corpus)], IngestOptions(db=path, stages=STAGES, workers=1, semantic=False, progress=False,
                                        merge=False), report=lambda m: None)
    rows, err = _export(path)
    assert rows and "merged in memory" in err
