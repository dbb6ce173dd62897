"""Villages put on a front's axis by a town, and bare names in a report on a town's quarters
(issue #10, tenth round)."""
from __future__ import annotations

import pytest

from hadath.events.town_parts import named_part
from tests.mentions.conftest import refs_by_surface

AXIS = ("شن الجيش التركي هجوما على قرى الرشيدية والقاسمية والريحانية على محور \"تل تمر - "
        "سري كانيه\" شمالي غربي محافظة الحسكة")


@pytest.mark.parametrize("name", ["الرشيدية", "القاسمية", "الريحانية"])
def test_villages_on_an_axis_are_put_by_its_first_town(place_stage, name):
    # the gazetteer's namesakes lie 130-190 km off, in the governorate's far north-east
    ref = refs_by_surface(place_stage, AXIS)[name]
    assert ref.place is None and ref.container is not None, ref
    assert ref.container.name == "Tall Tamr", ref
    assert named_part(ref), ref   # each village stays an event of its own at the town


@pytest.mark.parametrize("text, name, town", [
    # قرب: the older near word; the first of the list shares the last one's anchor
    ("قصفت المدفعية قرى الرشيدية والقاسمية قرب بلدة تل تمر في محافظة الحسكة", "الرشيدية",
     "Tall Tamr"),
])
def test_a_listed_village_shares_the_anchor_of_the_list(place_stage, text, name, town):
    ref = refs_by_surface(place_stage, text)[name]
    assert ref.container is not None and ref.container.name == town, ref


def test_a_village_near_its_namesake_keeps_its_reading(place_stage):
    # no axis: the reading stands (the rule needs the text to put the villages by a town)
    ref = refs_by_surface(place_stage, "شن الجيش التركي هجوما على قرى الرشيدية والقاسمية في محافظة الحسكة")[
        "الرشيدية"]
    assert ref.place is not None and ref.place.admin1 == "Al-Hasakeh", ref


QUARTERS = ("مليشيات حفتر تمطر أحياء طرابلس بالصواريخ. وورد في تفاصيل القصف وفاة مواطن "
            "كما قتل بسوق الجمعة مدني آخر وجرح 5 آخرون")


def test_a_bare_hamlet_in_a_report_on_a_towns_quarters_is_a_quarter(place_stage):
    ref = refs_by_surface(place_stage, QUARTERS)["سوق الجمعة"]
    assert ref.place is None and ref.container.name == "Tripoli", ref   # not Misrata's hamlet


def test_without_the_quarters_noun_the_hamlet_stays(place_stage):
    text = QUARTERS.replace("أحياء طرابلس", "مدينة طرابلس")
    ref = refs_by_surface(place_stage, text)["سوق الجمعة"]
    assert ref.place is not None and ref.place.country_code == "LY", ref


@pytest.mark.parametrize("text, names", [
    # the second name is a village the gazetteer knows only far away: kept, by the town
    ("وعلى قريتي المناخ والفيصلية على محور \"تل تمر - أبو راسين\" بريف سري كانيه",
     ("المناخ", "الفيصلية")),
    # a name the gazetteer knows only far away after the first of a dual's list
    ("نزح الآلاف إلى مخيمي زمزم وأبو شوك بولاية شمال دارفور", ("زمزم", "أبو شوك")),
])
def test_a_dual_class_noun_names_both_places(place_stage, text, names):
    refs = refs_by_surface(place_stage, text)
    assert all(n in refs for n in names), refs


def test_an_unknown_second_name_and_the_container_of_a_dual(place_stage):
    refs = refs_by_surface(place_stage, "سيطرت القوات على قريتي الدربو والكنيهر في ريف الحسكة")
    for name in ("الدربو", "الكنيهر"):   # neither is in the gazetteer; Hasakah holds both
        assert refs[name].place is None and refs[name].container.name == "Al Hasakah", refs
