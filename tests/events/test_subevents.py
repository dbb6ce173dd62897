"""Table-driven: one realistic sentence per line for each of ACLED's 25 sub-event types."""
from __future__ import annotations

import csv
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

import hadath
from hadath.pipeline import CANDIDATE_STAGES  # the events as built, before the acceptance model
from hadath.events.taxonomy import SUB_EVENT_TYPES, disorder_type
from hadath.types import Article

DATA = Path(__file__).parent / "data" / "subevents.tsv"


def rows() -> list[tuple[str, str]]:
    with DATA.open(encoding="utf-8") as fh:
        lines = [ln for ln in fh if ln.strip() and not ln.startswith("#")]
    return [(r["sub_event_type"], r["text"]) for r in
            csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)]


@pytest.fixture(scope="module")
def pipeline():
    return hadath.load(stages=CANDIDATE_STAGES)


def test_table_covers_all_types():
    counts = Counter(sub for sub, _ in rows())
    all_subs = {s for subs in SUB_EVENT_TYPES.values() for s in subs}
    assert set(counts) == all_subs
    assert min(counts.values()) >= 8


@pytest.mark.parametrize("sub,text", rows())
def test_sub_event_type(pipeline, sub, text):
    doc = pipeline(Article("t", text, published=date(2023, 5, 10)))
    got = [(e.event_type, e.sub_event_type) for e in doc.events]
    assert sub in [s for _, s in got], got
    ev = next(e for e in doc.events if e.sub_event_type == sub)
    assert ev.disorder_type == disorder_type(ev.event_type, sub)
    assert ev.evidence.get("trigger")
