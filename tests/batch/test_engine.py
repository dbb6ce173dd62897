"""The batch engine end to end with a stand-in event stage: local (1 and 2 processes) and Dask,
de-duplication, bad inputs, merging."""
from __future__ import annotations

import json

import pytest

from hadath.batch.engine import IngestOptions, ingest
from hadath.bench.corpus import write_jsonl
from hadath.store import open_store

from .conftest import STAGES


def opts(db, **kw):
    base = dict(db=str(db), stages=STAGES, semantic=False, progress=False, chunk_size=8)
    base.update(kw)
    return IngestOptions(**base)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    d = tmp_path_factory.mktemp("corpus")
    write_jsonl(d / "a.jsonl", 60, seed=3, syndicate=0.15, retell=0.15)
    return d


def counts(db):
    s = open_store(str(db))
    try:
        c = s.counts()
        clusters = {r["cluster_id"] for r in s.events(with_text=False)}
        return c["articles"], c["events"], len(clusters)
    finally:
        s.close()


@pytest.mark.parametrize("engine,workers", [("local", 1), ("local", 2)])
def test_local_engine(tmp_path, corpus, engine, workers):
    rep = ingest([str(corpus)], opts(tmp_path / "h.sqlite", engine=engine, workers=workers), report=lambda m: None)
    assert rep.failed == 0 and rep.read == 60
    assert rep.duplicates["hash"] + rep.duplicates["near"] + rep.duplicates["url"] >= 5
    assert rep.stored == 60 - sum(rep.duplicates.values())
    articles, events, clusters = counts(tmp_path / "h.sqlite")
    assert articles == rep.stored and events == rep.events > 0
    assert clusters < events  # retold reports merged
    # a second run stores nothing new
    again = ingest([str(corpus)], opts(tmp_path / "h.sqlite", engine=engine, workers=workers), report=lambda m: None)
    assert again.stored == 0 and again.already == rep.stored
    assert counts(tmp_path / "h.sqlite") == (articles, events, clusters)


def test_dask_engine_matches_local(tmp_path, corpus):
    local = ingest([str(corpus)], opts(tmp_path / "l.sqlite", workers=1), report=lambda m: None)
    dask = ingest([str(corpus)], opts(tmp_path / "d.sqlite", engine="dask", workers=2, dask_processes=False),
                  report=lambda m: None)
    assert (dask.stored, dask.events, dask.clusters) == (local.stored, local.events, local.clusters)
    assert counts(tmp_path / "d.sqlite") == counts(tmp_path / "l.sqlite")


def test_bad_inputs_reported_rest_ingested(tmp_path, corpus):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "ok1", "text": "قتل 3 مدنيين في قصف على إدلب.", "published": "2024-05-01"}\n'
                   "{broken json\n"
                   '{"id": "boom", "text": "FAIL-HERE قصف على حلب", "published": "2024-05-01"}\n', encoding="utf-8")
    msgs: list[str] = []
    rep = ingest([str(bad), str(tmp_path / "missing.txt")], opts(tmp_path / "h.sqlite"), report=msgs.append)
    assert rep.input_errors == 2 and rep.article_errors == 1 and rep.stored == 1
    assert any(f"{bad}:2" in m for m in msgs)
    assert any("missing.txt" in m and "no such file" in m for m in msgs)
    assert any("boom" in m or f"{bad}:3" in m for m in msgs)


def test_cli_exit_code_and_summary(tmp_path, corpus):
    from click.testing import CliRunner

    from hadath.cli import main

    bad = tmp_path / "x.jsonl"
    bad.write_text(json.dumps({"id": "a", "text": "قتل 2 مدنيين في إدلب"}) + "\nnot json\n", encoding="utf-8")
    db = tmp_path / "c.sqlite"
    args = ["ingest", str(bad), "--db", str(db), "--stages", ",".join(STAGES), "--no-semantic", "-j", "1"]
    res = CliRunner().invoke(main, args)
    assert res.exit_code == 1, res.output
    assert f"{bad}:2" in res.output and "stored 1 new" in res.output
    res = CliRunner().invoke(main, ["ingest", str(corpus), "--db", str(db), "--stages", ",".join(STAGES),
                                    "--no-semantic", "-j", "1"])
    assert res.exit_code == 0, res.output
