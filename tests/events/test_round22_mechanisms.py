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


@pytest.mark.parametrize("text, tolls", [
    # a share told with its word before the count (بينهم، من بينهم: toll_words share_among), and
    # the wider place keeps the rest of the toll (frame_tolls._rest)
    ("قتل تسعة مدنيين في قصف لقوات النظام على ريف إدلب، بينهم خمسة في بلدة سراقب.",
     {"Idlib": 4, "Saraqib": 5}),
    ("قتل تسعة مدنيين في قصف لقوات النظام على ريف إدلب، من بينهم خمسة في بلدة سراقب.",
     {"Idlib": 4, "Saraqib": 5}),
    # a share with no place after it is no place's toll
    ("قتل تسعة مدنيين في قصف لقوات النظام على ريف إدلب، بينهم خمسة أطفال.", {"Idlib": 9}),
])
def test_round22_share_before_its_count(full_pipeline, text, tolls):
    got = events(full_pipeline, text, date(2019, 6, 10))
    assert {e.location: e.fatalities for e in got} == tolls, got
