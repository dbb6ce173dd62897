"""A quarter read as a rural commune far from the document's town is coded to the town
(place71, issue #10: places_quarters.anchored): "وفي الحسيمة، تجمع محتجون بحي سيدي عابد" read
Sidi El Abed, a commune (admin3) of Fes-Meknes with 13 567 people, 200 km from Al Hoceima, as
the protest's place; a quarter (حي) or camp (مخيم) is no commune. A commune named with a
district or area cue is read as before."""
from __future__ import annotations

import pytest

from tests.mentions.conftest import refs_by_surface

TEXT = ("خرج محتجون في مدينة الحسيمة للمطالبة بإطلاق سراح المعتقلين. وفي الحسيمة، تجمع محتجون "
        "بحي سيدي عابد رافعين شعارات، كما نظم آخرون وقفة في الحسيمة.")


def test_quarter_is_no_far_commune(place_stage):
    got = refs_by_surface(place_stage, TEXT)
    ref = got["سيدي عابد"]
    assert ref.place is None and ref.container is not None and ref.container.name == "Al Hoceima"


@pytest.mark.parametrize("text", [
    "تجمع محتجون في سيدي عابد للمطالبة بالتشغيل.",   # no quarter cue: the commune's reading stays
])
def test_commune_without_quarter_cue(place_stage, text):
    got = refs_by_surface(place_stage, text)
    assert all(r.container is None or r.container.name != "Al Hoceima" for r in got.values())
