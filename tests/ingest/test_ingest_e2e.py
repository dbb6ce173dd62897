"""End to end: a WARC built from generated pages, one Windows-1256 HTML page, a truncated WARC
and a malformed feed, ingested into SQLite and PostgreSQL."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from hadath.batch.engine import IngestOptions, ingest
from hadath.bench.corpus import generate
from hadath.store import open_store

from .warcs import page, rss, write_warc

FAKE = str(Path(__file__).resolve().parents[1] / "batch")
N_PAGES = 12


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    d = tmp_path_factory.mktemp("crawl")
    arts = list(generate(N_PAGES + 4, seed=5))
    recs = [(a.url, page(a.title, a.text.replace("\n", "</p><p>"), date=a.published.isoformat(), site=a.source,
                         url=a.url), "text/html; charset=utf-8") for a in arts[:N_PAGES]]
    recs.append(("https://news.example.com/en", page("News", "An English page about the weather in London, "
                                                     "which the language filter must drop. " * 3), "text/html"))
    write_warc(d / "crawl.warc.gz", recs)
    cut = write_warc(d / "cut.warc.gz", [(a.url, page(a.title, a.text, url=a.url), "text/html") for a in arts[N_PAGES:]])
    data = cut.read_bytes()
    cut.write_bytes(data[: len(data) * 2 // 3])
    (d / "win.html").write_bytes(page("انفجار في حلب", "انفجرت سيارة مفخخة في حي الشعار بمدينة حلب ما أدى إلى مقتل "
                                      "3 أشخاص وإصابة آخرين، بحسب مصادر محلية.", charset="windows-1256",
                                      date="2024-02-02").encode("cp1256"))
    (d / "bad.rss").write_text(rss([("x", "https://f.example/1", "Tue, 05 Mar 2024 10:00:00 GMT", "قصف")])[:-40],
                               encoding="utf-8")
    return d


def _run(inputs, url, stages):
    msgs: list[str] = []
    rep = ingest([str(inputs)], IngestOptions(db=url, stages=stages, semantic=False, progress=False, workers=1),
                 report=msgs.append)
    return rep, msgs


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def url(request, tmp_path):
    if request.param == "sqlite":
        return str(tmp_path / "e2e.sqlite")
    return request.getfixturevalue("pg_url")


def test_warc_html_feed_end_to_end(inputs, url, monkeypatch):
    monkeypatch.syspath_prepend(FAKE)
    rep, msgs = _run(inputs, url, ("text", "fake_stages:FakeEventStage"))
    # crawl.warc.gz: 12 Arabic pages (the English one is filtered); win.html; cut.warc.gz: 2-3 pages
    assert rep.input_errors == 2, msgs
    assert any("cut.warc.gz" in m and "truncated" in m for m in msgs)
    assert any("bad.rss" in m and "malformed feed" in m for m in msgs)
    assert N_PAGES + 1 < rep.stored < N_PAGES + 5
    s = open_store(url)
    try:
        c = s.counts()
        assert c["articles"] == rep.stored and c["events"] == rep.events >= N_PAGES
        rows = s.events(with_text=False)
        win = [r for r in rows if r["location"] == "حلب" and r["fatalities"] == 3]
        assert win and win[0]["event_date"] == "2024-02-02"
    finally:
        s.close()
    again, _ = _run(inputs, url, ("text", "fake_stages:FakeEventStage"))
    assert again.stored == 0 and again.already == rep.stored


def _default_pipeline_or_skip():
    from hadath import load

    try:
        load()
    except Exception as exc:  # the extractor's stages are still being written
        pytest.skip(f"default pipeline not buildable yet: {exc}")


def test_warc_end_to_end_with_default_pipeline(inputs, tmp_path):
    _default_pipeline_or_skip()
    rep, msgs = _run(inputs, str(tmp_path / "real.sqlite"), None)
    assert rep.input_errors == 2, msgs
    assert rep.article_errors == 0, msgs
    assert rep.stored > N_PAGES and rep.events >= N_PAGES // 2


@pytest.mark.postgres
def test_dask_workers_write_to_postgresql(inputs, pg_url, monkeypatch, tmp_path):
    """PostgreSQL takes many writers: each Dask worker writes its own chunks."""
    monkeypatch.syspath_prepend(FAKE)
    stages = ("text", "fake_stages:FakeEventStage")
    ref, _ = _run(inputs, str(tmp_path / "ref.sqlite"), stages)
    msgs: list[str] = []
    rep = ingest([str(inputs)], IngestOptions(db=pg_url, stages=stages, engine="dask", workers=2,
                                              dask_processes=False, semantic=False, progress=False, chunk_size=4),
                 report=msgs.append)
    assert (rep.stored, rep.events, rep.input_errors) == (ref.stored, ref.events, 2)
    assert rep.clusters == ref.clusters
    s = open_store(pg_url)
    try:
        assert s.counts()["articles"] == ref.stored
    finally:
        s.close()
