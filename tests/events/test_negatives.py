"""Precision: realistic non-event sentences (tests/events/data/negatives.tsv) yield < 5% events."""
from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest

import hadath
from hadath.pipeline import CANDIDATE_STAGES  # the events as built, before the acceptance model
from hadath.types import Article

DATA = Path(__file__).parent / "data" / "negatives.tsv"


def rows() -> list[dict[str, str]]:
    with DATA.open(encoding="utf-8") as fh:
        lines = [ln for ln in fh if ln.strip() and not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


@pytest.fixture(scope="module")
def pipeline():
    return hadath.load(stages=CANDIDATE_STAGES)


def test_enough_negatives():
    assert len(rows()) >= 50


def test_negative_rate(pipeline):
    fired = []
    for i, row in enumerate(rows()):
        doc = pipeline(Article(f"neg-{i}", row["text"], published=date(2023, 5, 10)))
        if doc.events:
            fired.append((row["category"], row["text"], [(e.event_type, e.sub_event_type)
                                                         for e in doc.events]))
    rate = len(fired) / len(rows())
    assert rate < 0.05, "\n".join(map(str, fired))
