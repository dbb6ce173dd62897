"""Analysts' reviews in a store retrain the model: a kind of record they reject disappears."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from hadath.accept.model import load_model
from hadath.accept.stage import AcceptStage
from hadath.cli import main
from hadath.pipeline import PipelineConfig
from hadath.store import open_store
from hadath.types import Article

from tests.accept.corpus import PUB, report, write_gold

pytest.importorskip("sklearn")

UNSEEN = range(8, 16)  # report numbers the gold file does not hold


def _train(args) -> dict:
    res = CliRunner().invoke(main, ["train", *map(str, args), "--json"])
    assert res.exit_code == 0, res.output
    return json.loads(res.output)


def _kept(model_path, candidates, kind: str) -> int:
    stage = AcceptStage(PipelineConfig(options={"accept_model": str(model_path)}))
    n = 0
    for k in UNSEEN:
        rec = report(kind, k)
        n += len(stage(candidates(Article(rec["id"], rec["text"], published=PUB))).events)
    return n


@pytest.fixture(scope="module")
def gold(tmp_path_factory, candidates):
    path = tmp_path_factory.mktemp("gold") / "gold.jsonl"
    # strikes and arrests are coded, protests are a kind these coders leave out
    return write_gold(path, {"strike": (8, True), "arrest": (3, True), "protest": (8, False)}, candidates)


def test_rejected_arrests_disappear_after_retraining(tmp_path, gold, candidates):
    before = tmp_path / "before.json"
    _train([gold, "-o", before])
    assert _kept(before, candidates, "arrest") == len(UNSEEN)  # the team's model keeps arrests
    assert _kept(before, candidates, "protest") == 0

    db = tmp_path / "team.sqlite"
    with open_store(str(db)) as store:
        for k in range(4, 14):  # the team rejects every arrest record it reviews
            rec = report("arrest", k)
            doc = candidates(Article(f"store-{rec['id']}", rec["text"], published=PUB))
            store.add(doc.article, doc.events, pipeline_version="test")
        for rec in store.events(event_type="Strategic developments"):
            store.review(rec["id"], "reject", reviewer="analyst")
        strike = report("strike", 20)
        doc = candidates(Article("store-strike", strike["text"], published=PUB))
        store.add(doc.article, doc.events, pipeline_version="test")
        (ev,) = store.events(article_id="store-strike")
        store.review(ev["id"], "correct", reviewer="analyst", fields={"fatalities": 4})

    after = tmp_path / "after.json"
    cv = _train([gold, "--db", db, "-o", after])
    assert cv["candidates"] == 8 + 3 + 8 + 10 + 1
    model = json.loads(after.read_text(encoding="utf-8"))
    assert model["trained_on"]["reviews"] == {"reports": 11, "candidates": 11, "positives": 1}
    assert _kept(after, candidates, "arrest") == 0          # gone after retraining
    assert _kept(after, candidates, "strike") == len(UNSEEN)  # the rest is untouched
    assert load_model(after).min_confidence == model["min_confidence"]


def test_unreviewed_events_carry_no_label(tmp_path, candidates):
    from hadath.accept.dataset import label, review_reports

    db = tmp_path / "s.sqlite"
    with open_store(str(db)) as store:
        for kind in ("strike", "arrest"):
            rec = report(kind, 1)
            doc = candidates(Article("a1" if kind == "strike" else "a2", rec["text"], published=PUB))
            store.add(doc.article, doc.events, pipeline_version="test")
        (ev,) = store.events(article_id="a1")
        store.review(ev["id"], "accept", reviewer="analyst")
        reps = label(review_reports(store), candidates)
    assert [(r.article.id, r.labels) for r in reps] == [("a1", [1])]  # a2 was never reviewed
