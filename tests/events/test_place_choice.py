"""Which mention an event is coded to (hadath.events.place_choice): a place that only says where
another lies, and the scene set before the act. Sentences of our own wording."""
from __future__ import annotations

import pytest

from tests.events.conftest import events


def _place(pipeline, text):
    evs = events(pipeline, text)
    assert evs and evs[0].place is not None and evs[0].place.place is not None, evs
    return evs[0].place.place.name


@pytest.mark.parametrize("text,place", [
    # a town placed by a compass direction from another (with a compound direction, brackets,
    # quotes): the town is where it happened, the other only locates it
    ("قتل شرطي اليوم في انفجار عبوة ناسفة في منطقة المقدادية شمال شرق بعقوبة.", "Al Miqdadiyah"),
    ("أصيب جنديان اليوم بإطلاق نار على دوريتهم في بلدة المقدادية (شمال شرقي بعقوبة).", "Al Miqdadiyah"),
    ("قال المصدر إن \"عبوة ناسفة انفجرت اليوم على عربة للجيش في قضاء داقوق\" جنوب شرقي كركوك.", "Daquq"),
    ("قتل مدني اليوم بقصف مدفعي على بلدة سعسع القريبة من دمشق.", "Sasa"),
    # the scene set before the act, cut off by a comma, yields to a town inside it named after
    # the act's word
    ("وفي حماة، أطلقت قوات الأمن النار على متظاهرين في مدينة حلفايا.", "Halfaya"),
    ("وفي ريف العاصمة، قتل جنديان اليوم بقذائف الهاون في مدينة سعسع.", "Sasa"),
])
def test_the_town_where_it_happened(pipeline, text, place):
    assert _place(pipeline, text) == place


def test_a_scene_keeps_the_act_when_the_later_town_lies_elsewhere(pipeline):
    # Aden is 300 km from Sanaa and in another governorate: not inside the scene
    name = _place(pipeline, "وفي صنعاء، قتل ضابط اليوم برصاص مسلحين قادمين من مدينة عدن.")
    assert name == "Sanaa"


def test_a_road_named_after_the_act_is_no_town_of_the_scene(pipeline):
    # اوتوستراد المتن: the road's name; the town it runs through comes after في
    assert _place(pipeline, "وشمال بيروت، قطع المتظاهرون اليوم اوتوستراد المتن الساحلي في ضبيه.") == "Dbaiye"


@pytest.mark.parametrize("text, town", [
    # a road named by its two ends is one place: one event, at the first end
    ("قتل ستة أشخاص في هجوم مسلح على الطريق بين درنة وطبرق أمس.", "Darnah"),
    ("قتل جنديان في هجوم على الطريق الرابط بين مأرب وصنعاء.", "Ma'rib"),
])
def test_a_road_between_two_towns_is_one_place(pipeline, text, town):
    evs = events(pipeline, text)
    assert [e.place.place.name for e in evs] == [town], evs


def test_two_towns_of_a_list_before_an_adverb_of_time_are_two_places(pipeline):
    # أمس ends the clause: طبرق before it is no given name (ناصر علي، is)
    evs = events(pipeline, "قتل ستة أشخاص في هجوم في درنة وطبرق أمس.")
    assert {e.place.place.name for e in evs} == {"Darnah", "Tobruk"}, evs
