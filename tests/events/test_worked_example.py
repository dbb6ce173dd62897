"""End to end over the real pipeline: the SDF Raqqa statement (shared/examples)."""
from __future__ import annotations

import json
from datetime import date

import pytest

import hadath
from hadath.pipeline import CANDIDATE_STAGES  # the events as built, before the acceptance model
from hadath.types import Article


@pytest.fixture(scope="module")
def doc(shared):
    text = (shared / "examples" / "sdf-raqqa-statement.ar.txt").read_text(encoding="utf-8")
    return hadath.load(stages=CANDIDATE_STAGES)(Article("sdf-raqqa", text, published=date(2022, 12, 29)))


@pytest.fixture(scope="module")
def gold(shared):
    return json.loads((shared / "examples" / "sdf-raqqa-statement.gold.json").read_text("utf-8"))


def test_five_events(doc):
    assert len(doc.events) == 5


def test_battle(doc):
    battles = [e for e in doc.events if e.event_type == "Battles"]
    assert len(battles) == 1
    b = battles[0]
    assert (b.sub_event_type, b.event_date, b.time_precision) == ("Armed clash", date(2022, 12, 26), 1)
    assert b.actor1 == "Islamic State (Syria)"
    assert b.actor2 == "SDF: Syrian Democratic Forces"
    assert b.fatalities == 6
    assert b.disorder_type == "Political violence"
    assert b.place is not None and b.place.name == "الرقه"
    text = doc.text
    assert "مقتل" in " ".join(s.of(text) for s in b.evidence["trigger"])
    assert b.evidence["fatalities"][0].of(text) == "ستة"
    assert b.evidence["actor1"][0].of(text).endswith("داعش")
    assert "26" in b.evidence["event_date"][0].of(text)


def test_raids_one_per_place(doc, gold):
    raids = [e for e in doc.events if e.event_type == "Strategic developments"]
    assert len(raids) == 4
    for e in raids:
        assert (e.sub_event_type, e.event_date, e.fatalities) == ("Other", date(2022, 12, 29), 0)
        assert e.actor1 == "SDF: Syrian Democratic Forces"
        assert e.assoc_actor_1 == "Asayish"
        assert e.actor2 is None
        assert e.disorder_type == "Strategic developments"
    names = {e.place.name for e in raids if e.place}
    assert {"الرقه", "الكرامه", "الطبقه"} <= names
    assert len(names) == 4


def test_no_listed_non_event(doc, gold):
    """None of the gold non-events is coded: every event's trigger lies outside them."""
    text = doc.text
    for ne in gold["not_events"]:
        start = text.find(ne["text"])
        assert start >= 0
        end = start + len(ne["text"])
        for e in doc.events:
            for sp in e.evidence["trigger"]:
                assert not (start <= sp.start < end), (ne["text"], e)
