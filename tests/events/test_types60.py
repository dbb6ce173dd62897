"""Mechanisms of types60 (issue #9, docs/notes/types60.md), on reports made up in the style of
the wire copy:

- a seizure (استولى على / الاستيلاء على) whose object is a store, a warehouse, a house or a shop
  is looting, not a taking of ground: ACLED codes the seizure of goods or property
  Strategic developments / Looting/property destruction, and keeps Battles' territory sub-types
  for towns, areas and positions (triggers.tsv, the loot row's objects)."""
from __future__ import annotations

import pytest

from tests.events.conftest import events

SEIZED_PROPERTY = [
    "استولت قوات الدعم السريع على مستودعات برنامج الغذاء العالمي في مدينة نيالا اليوم.",
    "استولت جماعة الحوثي على منازل المواطنين في مديرية الحالي بمحافظة الحديدة اليوم.",
    "استولى مسلحون على المنازل والمحلات التجارية في بلدة كتم بولاية شمال دارفور اليوم.",
    "استولى عناصر من حركة الشباب على مخازن الحبوب في قرية قريبة من مدينة بيدوا اليوم.",
    "أفاد سكان بأن قوات الدعم السريع استولت على متاجر السوق الكبير في مدينة الأبيض اليوم.",
]


@pytest.mark.parametrize("text", SEIZED_PROPERTY)
def test_seizing_stores_and_houses_is_looting(pipeline, text):
    evs = events(pipeline, text)
    assert [e.sub_event_type for e in evs] == ["Looting/property destruction"], text


SEIZED_GROUND = [  # a town, a base or a post is still ground taken
    "استولت قوات الدعم السريع على مدينة الضعين بعد معارك مع الجيش اليوم.",
    "استولى مقاتلو الحركة على مركز الشرطة في بلدة كيدال اليوم.",
    "استولى مسلحون على السيارات في مدينة الجنينة اليوم.",  # (already looting on main)
]


@pytest.mark.parametrize("text,sub", list(zip(SEIZED_GROUND, ["Non-state actor overtakes territory",
                                                         "Non-state actor overtakes territory",
                                                         "Looting/property destruction"])))
def test_seizing_ground_keeps_its_type(pipeline, text, sub):
    evs = events(pipeline, text)
    assert [e.sub_event_type for e in evs] == [sub], text
