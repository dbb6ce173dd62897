"""Golden end-to-end test: the real pipeline over the bundled examples (examples/reports.jsonl,
hand-coded in examples/gold.jsonl), scored like ``hadath eval examples/gold.jsonl``.

The floors sit slightly below what the pipeline reaches; raise them when it improves, never
lower them to make a change pass.
"""
from __future__ import annotations

from pathlib import Path

import pytest

import hadath
from hadath.evaluation.gold import load_gold
from hadath.evaluation.score import score
from hadath.export.records import to_record

GOLD = Path(__file__).resolve().parents[1] / "examples" / "gold.jsonl"

# floors re-based when the scorer began to check places given only as written (location_ar)
FLOORS = {"f1": 0.65, "precision": 0.70, "recall": 0.55, "typed_f1": 0.85}
FIELD_FLOORS = {"sub_event_type": 0.95, "event_date": 0.95, "time_precision": 0.95,
                "actor1": 0.95, "actor2": 0.95, "location": 0.80, "country": 0.95,
                "fatalities": 0.95}


@pytest.fixture(scope="module")
def summary():
    docs = load_gold(GOLD)
    pipeline = hadath.load()
    preds = {}
    for gd in docs:
        doc = pipeline(gd.article)
        preds[gd.article.id] = [to_record(e, doc.article, i) for i, e in enumerate(doc.events)]
    return score(docs, preds).summary()


def test_all_documents_scored(summary):
    assert summary["documents"] == 8 and summary["gold_events"] == 10


@pytest.mark.parametrize("name,floor", sorted(FLOORS.items()))
def test_event_scores(summary, name, floor):
    assert summary[name] >= floor, summary


@pytest.mark.parametrize("name,floor", sorted(FIELD_FLOORS.items()))
def test_field_accuracy(summary, name, floor):
    acc = summary["field_accuracy"][name]
    assert acc is not None and acc >= floor, summary["field_accuracy"]


def test_no_non_event_coded(summary):
    assert summary["non_event_violations"] == 0
