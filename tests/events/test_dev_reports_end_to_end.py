"""Golden end-to-end test over the events development set (tests/events/data/dev_reports.jsonl:
31 hand-coded reports in the styles of many outlets and countries, gold in the format of
docs/EVAL.md), scored like ``hadath eval tests/events/data/dev_reports.jsonl``.

The floors sit slightly below what the pipeline reaches; raise them when it improves, never
lower them to make a change pass.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from hadath.cli.evaluate import _predict
from hadath.evaluation.gold import load_gold
from hadath.evaluation.score import score

GOLD = Path(__file__).resolve().parent / "data" / "dev_reports.jsonl"

# name -> floor; "field:" names are field accuracies over paired events
# f1/precision/recall re-based when the scorer began to check places given only as written
# (location_ar): before, such gold events counted as "no place" and matched anywhere.
# typed_f1 re-based (0.92 -> 0.87) when the reconcile stage stopped emitting records placed only
# at a country (issue #9): gold events without a place here paired with such records by type
# alone; event F1 rose 0.70 -> 0.76 and precision 0.68 -> 0.81 with the same change.
FLOORS = [("f1", 0.74), ("precision", 0.78), ("recall", 0.70), ("typed_f1", 0.87),
          ("field:sub_event_type", 0.95), ("field:event_date", 0.95), ("field:actor1", 0.75),
          ("field:fatalities", 0.85)]


@pytest.fixture(scope="module")
def summary():
    docs = load_gold(GOLD)
    return score(docs, _predict(docs, None, {"min_confidence": 0.0})).summary()  # before the acceptance cut


def test_dev_set_size(summary):
    assert (summary["documents"], summary["gold_events"]) == (31, 35)


@pytest.mark.parametrize("name,floor", FLOORS)
def test_floor(summary, name, floor):
    value = summary["field_accuracy"][name[6:]] if name.startswith("field:") else summary[name]
    assert value is not None and value >= floor, (name, summary)


def test_non_events_mostly_left_out(summary):
    assert summary["non_event_violations"] <= 2
