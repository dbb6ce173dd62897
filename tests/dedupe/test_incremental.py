"""Incremental merging into the store: new articles join existing clusters, only the touched
days are read, the merged events table matches the events' cluster ids, texts are embedded once."""
from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from hadath.batch.engine import IngestOptions, ingest
from hadath.bench.corpus import write_jsonl
from hadath.dedupe.incremental import _intervals, merge_store
from hadath.dedupe.merge import MergeConfig
from hadath.dedupe.semantic import SemanticJudge
from hadath.store import open_store
from hadath.store.merged import merged_row, reports_for

FAKE = str(Path(__file__).resolve().parents[1] / "batch")
STAGES = ("text", "fake_stages:FakeEventStage")


def _ingest(paths, db, **kw):
    return ingest([str(p) for p in paths], IngestOptions(db=db, stages=STAGES, workers=1, semantic=False,
                                                         progress=False, **kw), report=lambda m: None)


def _groups(db):
    s = open_store(db)
    try:
        rows = s.events(with_text=False)
        from sqlalchemy import text

        with s.engine.connect() as conn:
            table = {cid: sorted(json.loads(m) if isinstance(m, str) else m)
                     for cid, m in conn.execute(text("select cluster_id, members from merged_events"))}
    finally:
        s.close()
    groups: dict = {}
    for r in rows:
        groups.setdefault(r["cluster_id"], set()).add((r["article_id"], r["event_date"], r["location"]))
    by_id = {r["id"]: r["cluster_id"] for r in rows}
    return sorted(sorted(g) for g in groups.values()), table, by_id


@pytest.fixture
def corpus(tmp_path, monkeypatch):
    monkeypatch.syspath_prepend(FAKE)
    lines = write_jsonl(tmp_path / "all.jsonl", 160, seed=21, syndicate=0.0, retell=0.4).read_text(
        encoding="utf-8").splitlines()
    parts = []
    for i, chunk in enumerate((lines[:100], lines[100:159], lines[159:])):
        p = tmp_path / f"part{i}.jsonl"
        p.write_text("\n".join(chunk) + "\n", encoding="utf-8")
        parts.append(p)
    return tmp_path / "all.jsonl", parts


def _consistent(table, by_id):
    """The merged events table holds exactly the clusters the events point at."""
    assert sorted(table) == sorted(set(by_id.values()))
    for cid, members in table.items():
        assert members == sorted(pk for pk, c in by_id.items() if c == cid)


def test_new_articles_join_existing_merged_events(corpus, tmp_path):
    whole, parts = corpus
    db = str(tmp_path / "inc.sqlite")
    _ingest([parts[0]], db, near_duplicates=False)
    _, table0, by_id0 = _groups(db)
    _consistent(table0, by_id0)
    for p in parts[1:]:
        _ingest([p], db, near_duplicates=False)
    groups, table, by_id = _groups(db)
    _consistent(table, by_id)
    # no stored merged event was split or merged with another; some grew and kept their id
    for cid, members in table0.items():
        grown = table[by_id[members[0]]]
        assert set(members) <= set(grown) and all(by_id[m] == by_id[members[0]] for m in members)
    grew = [cid for cid, members in table0.items() if cid in table and len(table[cid]) > len(members)]
    assert grew, "no new report joined a stored merged event"
    # --remerge recomputes everything: the same as one run over the whole corpus
    full = str(tmp_path / "full.sqlite")
    _ingest([whole], full, near_duplicates=False)
    _ingest([whole], db, near_duplicates=False, remerge=True)
    g_full, table_full, _ = _groups(full)
    g_re, table_re, by_re = _groups(db)
    assert g_re == g_full and len(table_re) == len(table_full)
    _consistent(table_re, by_re)


def test_one_new_article_reads_only_its_days(corpus, tmp_path):
    whole, parts = corpus
    db = str(tmp_path / "s.sqlite")
    _ingest(parts[:2], db, near_duplicates=False)
    s = open_store(db)
    try:
        total = s.counts()["events"]
    finally:
        s.close()
    rep = _ingest([parts[2]], db, near_duplicates=False, merge=False)
    assert rep.stored == 1
    s = open_store(db)
    try:
        stats = merge_store(s, config=MergeConfig())
        again = merge_store(s, config=MergeConfig())
    finally:
        s.close()
    assert (again.loaded, again.written) == (0, 0)      # nothing left unmerged
    assert 0 < stats.loaded < total / 2 and stats.written >= 1


def test_merge_reads_the_same_reports_as_the_records(corpus, tmp_path):
    """The merge's lean reader (no article text, no record building) gives the merge exactly
    what the full records give."""
    from hadath.dedupe.merge import merge_events
    from hadath.dedupe.records import reports_from_rows

    whole, _ = corpus
    db = str(tmp_path / "same.sqlite")
    _ingest([whole], db, near_duplicates=False, merge=False)
    s = open_store(db)
    try:
        lean = merge_events([r for r, _ in reports_for(s)])
        full = merge_events(reports_from_rows(s.events(with_text=False)))
    finally:
        s.close()
    assert len(lean) > 50 and any(len(m.members) > 1 for m in lean)
    strip = (lambda r: {k: v for k, v in r.items() if k != "updated_at"})
    assert [strip(merged_row(m)) for m in lean] == [strip(merged_row(m)) for m in full]
    assert [m.sources for m in lean] == [m.sources for m in full]


def test_intervals_join_overlapping_windows():
    assert _intervals({10, 12, 30, 0}, 1) == [(9, 13), (29, 31)]
    assert _intervals(set(), 2) == []


def test_rejected_events_are_not_merged(corpus, tmp_path):
    whole, parts = corpus
    db = str(tmp_path / "r.sqlite")
    _ingest([parts[0]], db, near_duplicates=False)
    s = open_store(db)
    try:
        first = s.events(with_text=False)[0]["id"]
        s.review(first, "reject", reviewer="t")
        assert str(first) not in {r.key for r, _ in reports_for(s, [])}
    finally:
        s.close()


class _CountingModel:
    def __init__(self):
        self.calls: list[int] = []

    def encode(self, texts):
        self.calls.append(len(texts))
        return np.array([[len(t), 1.0, (hash(t) % 7) / 7] for t in texts], dtype=np.float32)


def test_judge_embeds_each_text_once_in_batches():
    judge = SemanticJudge()
    judge._model = _CountingModel()
    texts = [f"text {i}" for i in range(150)]
    judge.prepare(texts + texts[:10])
    assert judge._model.calls == [64, 64, 22] and judge.encoded == 150
    a = judge(texts[0], texts[1])
    assert judge(texts[0], texts[1]) == a and judge.encoded == 150   # cached: no new encoding
    judge("a new text", texts[0])
    assert judge.encoded == 151
