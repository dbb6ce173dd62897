"""Mechanisms of the twenty-second round (issue #9), one report per row."""
from __future__ import annotations

from datetime import date

import pytest

from tests.events.conftest import events


@pytest.fixture(scope="module")
def full_pipeline():
    import hadath

    return hadath.load()


@pytest.mark.parametrize("text, published, sub, where", [
    # a shell "thrown" (ألقى قذيفة) is fired like one launched (triggers.tsv, اطلق صاروخا)
    ("ألقى جيش الاحتلال الإسرائيلي قذيفة فوسفورية على بلدة العديسة جنوب لبنان.", date(2025, 5, 17),
     "Shelling/artillery/missile attack", "Aadaisse"),
    # words cut with a dot among tatweels (posts slipping past platforms' filters) read as written
    # whole (text/normalize.py)
    ("أطلـ.ـقت مجموعة من المهـ.ـربين النار على قـ.ـوات حـ.ـرس الحـ.ـدود في محافظة المفرق، فتـ.ـم الرد بالمثـ.ـل.",
     date(2022, 1, 16), "Armed clash", "Mafraq"),
])
def test_round22_acts(full_pipeline, text, published, sub, where):
    got = events(full_pipeline, text, published)
    assert any(e.sub_event_type == sub and e.location == where for e in got), got
