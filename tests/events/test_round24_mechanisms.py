"""Mechanisms of the twenty-fourth round (issue #9), one report per row: the fields of its one record
(None: no record)."""
from __future__ import annotations

from datetime import date

import pytest

from tests.events.conftest import events


@pytest.fixture(scope="module")
def full_pipeline():
    import hadath

    return hadath.load()


@pytest.mark.parametrize("text, want", [
    # people a fear or a tension was felt among (أثار الذعر بين السكان) were not hit: no
    # civilians as the side acted on (victims.felt_by, function_words felt / felt_among)
    ("ألقى جيش الاحتلال الإسرائيلي قذيفة فوسفورية على بلدة العديسة جنوب لبنان، مما يزيد التوترات "
     "والذعر بين السكان.", {"actor1": "Military Forces of Israel", "actor2": None}),
    ("قصفت طائرات إسرائيلية بلدة العديسة جنوب لبنان ما أثار حالة من الهلع في صفوف الأهالي.",
     {"actor2": None}),
    ("قصفت طائرات إسرائيلية بلدة العديسة جنوب لبنان ما أسفر عن إصابة ثلاثة من الأهالي.",
     {"actor2": "Civilians (Lebanon)"}),
])
def test_round24_one_record(full_pipeline, text, want):
    got = events(full_pipeline, text, date(2024, 3, 10))
    assert [{k: getattr(e, k) for k in want or ()} for e in got] == ([want] if want else []), got
