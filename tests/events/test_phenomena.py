"""General reporting phenomena, one realistic report per line, through the real pipeline:
kamikaze drones, accusations, undated leads, datelines, IED roles, two-sided clashes,
counter-claims, districts of a city."""
from __future__ import annotations

from datetime import date

import pytest

from tests.events.conftest import events


@pytest.mark.parametrize("text,sub", [
    ("قُتل ثلاثة مدنيين أمس جراء قصف بطائرة مسيّرة انتحارية استهدف سوقاً في مدينة سرمدا.",
     "Air/drone strike"),
    ("أصيب خمسة مدنيين بقصف مسيّرة على سوق شعبي في مدينة سرمدا.", "Air/drone strike"),
    ("استهدفت مسيّرة إسرائيلية سيارة في بلدة الناقورة جنوب لبنان.", "Air/drone strike"),
    ("فجّر انتحاري نفسه بحزام ناسف في سوق مدينة الموصل ما أدى إلى مقتل خمسة أشخاص.",
     "Suicide bomb"),
    ("قُتل عشرة أشخاص بتفجير سيارة مفخخة يقودها انتحاري في مدينة الرمادي.", "Suicide bomb"),
])
def test_drone_or_suicide(pipeline, text, sub):
    evs = events(pipeline, text)
    assert [e.sub_event_type for e in evs] == [sub], evs


def test_drone_march_not_protest(pipeline):
    evs = events(pipeline, "مقتل ثلاثة مدنيين بقصف مسيّرة على سوق شعبي في مدينة سرمدا")
    assert {e.event_type for e in evs} == {"Explosions/Remote violence"}


def test_accusation_names_actor1_of_the_same_act(pipeline):
    evs = events(pipeline, "قُتل ثلاثة مدنيين أمس بقصف صاروخي على بلدة كفرنبل في ريف إدلب.\n"
                           "واتهم ناشطون قوات النظام السوري بتنفيذ القصف.")
    assert len(evs) == 1, evs
    assert evs[0].actor1 == "Military Forces of Syria (2000-2024)"
    assert evs[0].event_date == date(2024, 3, 13)


def test_undated_headline_is_the_dated_act(pipeline):
    evs = events(pipeline, "مقتل ثلاثة مدنيين بقصف مسيّرة على سوق شعبي\n"
                           "إدلب - قُتل ثلاثة مدنيين، أمس الأربعاء، جراء قصف بطائرة مسيّرة "
                           "استهدف سوقاً شعبياً في مدينة سرمدا بريف إدلب الشمالي.")
    assert len(evs) == 1, evs
    assert (evs[0].event_date, evs[0].fatalities) == (date(2024, 3, 13), 3)


@pytest.mark.parametrize("text,place", [
    ("رام الله - اعتقلت قوات الاحتلال الإسرائيلي، فجر اليوم، 5 فلسطينيين في مدينة الخليل.",
     "الخليل"),
    ("عدن - تظاهر مئات المواطنين في مديرية المنصورة بمدينة عدن احتجاجاً على انقطاع الكهرباء.",
     "عدن"),
])
def test_place_of_the_act(pipeline, text, place):
    evs = events(pipeline, text)
    assert len(evs) == 1, evs
    assert evs[0].place is not None and evs[0].place.name == place
    assert evs[0].event_type != "Explosions/Remote violence"  # فجر اليوم is dawn
    assert evs[0].assoc_actor_1 is None


def test_ied_against_a_patrol(pipeline):
    evs = events(pipeline, "أعلنت خلية الإعلام الأمني، اليوم، مقتل جنديين من الجيش العراقي "
                           "بانفجار عبوة ناسفة استهدفت دوريتهم في قضاء الطارمية.")
    assert len(evs) == 1, evs
    e = evs[0]
    assert (e.sub_event_type, e.actor1, e.actor2, e.fatalities) == (
        "Remote explosive/landmine/IED", "Unidentified Armed Group (Iraq)",
        "Military Forces of Iraq", 2)


def test_clash_between_two_sides(pipeline):
    evs = events(pipeline, "اندلعت اشتباكات عنيفة، مساء الإثنين، بين اللواء 444 قتال وقوة الردع "
                           "الخاصة في العاصمة الليبية طرابلس.")
    assert [(e.event_type, e.actor1, e.actor2) for e in evs] == [
        ("Battles", "444th Brigade", "Radaa Special Deterrence Forces")]


def test_counter_claim_after_denial(pipeline):
    assert not events(pipeline, "ونفت قوات الدعم السريع في بيان استهداف المدنيين، وقالت إنها "
                                "اشتبكت مع مستنفرين موالين للجيش.")
