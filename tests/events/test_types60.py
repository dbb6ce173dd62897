"""Mechanisms of types60 (issue #9, docs/notes/types60.md), on reports made up in the style of
the wire copy:

- a seizure (استولى على / الاستيلاء على) whose object is a store, a warehouse, a house or a shop
  is looting, not a taking of ground: ACLED codes the seizure of goods or property
  Strategic developments / Looting/property destruction, and keeps Battles' territory sub-types
  for towns, areas and positions (triggers.tsv, the loot row's objects);
- a craft right after a verb of destroying with what crafts strike after it (دمرت مسيرة تركية
  عربة) is the verb's subject: an air or drone strike, no craft brought down."""
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

SEIZED_GROUND = [  # a town, a base or a post is still ground taken
    "استولت قوات الدعم السريع على مدينة الضعين بعد معارك مع الجيش اليوم.",
    "استولى مقاتلو الحركة على مركز الشرطة في بلدة كيدال اليوم.",
    "استولى مسلحون على السيارات في مدينة الجنينة اليوم.",  # (already looting on main)
]


# - a craft right after a verb of destroying, and what crafts strike a few words after it (دمرت
#   مسيرة تركية عربة): the craft is the subject and the act a strike, not a craft brought down
#   (mentions.trigger_heads.craft_subject); what a drone destroys it struck (taxonomy.STRIKING)
CRAFT_STRUCK = [
    ("دمرت مسيرة تركية عربة لقوات سوريا الديمقراطية في ريف القامشلي اليوم ما أدى إلى مقتل ثلاثة من عناصرها.",
     "Military Forces of Turkey"),
    ("دمرت طائرة مسيرة تابعة للجيش آلية عسكرية لقوات الدعم السريع في مدينة بارا اليوم.",
     "Military Forces of Sudan (2019-)"),
    ("دمرت الطائرات الحربية الروسية مقرا لهيئة تحرير الشام في مدينة إدلب اليوم.",
     "Military Forces of Russia (2000-)"),
    ("دمر الطيران المسير التابع للجيش آليات قتالية لقوات الدعم السريع في مدينة بارا اليوم.",
     "Military Forces of Sudan (2019-)"),
    ("دمرت طائرات مسيرة تابعة للجيش مخازن ذخيرة لقوات الدعم السريع في مدينة نيالا اليوم.",
     "Military Forces of Sudan (2019-)"),
]


@pytest.mark.parametrize("text,doer", CRAFT_STRUCK)
def test_a_craft_destroying_something_is_a_strike(pipeline, text, doer):
    evs = events(pipeline, text)
    assert [(e.sub_event_type, e.actor1) for e in evs] == [("Air/drone strike", doer)], text


CRAFT_DOWNED = [  # the craft is the object: a force brought it down
    "دمرت الدفاعات الجوية طائرة مسيرة أطلقها الحوثيون باتجاه مدينة جازان اليوم.",
    "دمر الجيش مسيرة تابعة للدعم السريع في سماء مدينة الأبيض اليوم.",
    "دمرت قوات الجيش طائرة مسيرة في سماء مدينة كادقلي اليوم.",
]


ONE_SUB = ([(t, "Looting/property destruction") for t in SEIZED_PROPERTY]
           + list(zip(SEIZED_GROUND, ["Non-state actor overtakes territory", "Non-state actor overtakes territory",
                                      "Looting/property destruction"]))
           + [(t, "Disrupted weapons use") for t in CRAFT_DOWNED])


@pytest.mark.parametrize("text,sub", ONE_SUB)
def test_sub_event_type(pipeline, text, sub):
    evs = events(pipeline, text)
    assert [e.sub_event_type for e in evs] == [sub], text


# - a projectile told before the verb of its falling (قذيفة أطلقها الحوثيون سقطت على منزلهم): the
#   noun-first telling of سقطت قذيفة, a shelling (mentions.trigger_fallen); told in a source's words
#   after the dead, it is their means (types59's continuation)
FALLEN = [
    ("قتل ثلاثة أطفال في مدينة تعز اليوم. وأوضح مصدر طبي أن قذيفة أطلقها الحوثيون سقطت على منزلهم.",
     "Houthi Movement"),
    ("قتلت امرأة وطفلها في مدينة الفاشر اليوم. وقالت مصادر محلية إن قذيفة مدفعية سقطت على منزلهم.", None),
    ("لقي ثلاثة مدنيين حتفهم في مدينة مأرب اليوم. وقالت السلطات المحلية إن صاروخا باليستيا أطلقه الحوثيون "
     "سقط على حي سكني.", "Houthi Movement"),
    ("أفاد مصدر محلي بأن قذيفة هاون أطلقتها قوات النظام سقطت على مدرسة في بلدة كفرنبل اليوم ما أدى إلى "
     "إصابة أربعة طلاب.", "Military Forces of Syria (2000-2024)"),
]


@pytest.mark.parametrize("text,doer", FALLEN)
def test_a_projectile_told_before_its_fall_is_a_shelling(pipeline, text, doer):
    evs = events(pipeline, text)
    assert [e.sub_event_type for e in evs] == ["Shelling/artillery/missile attack"], text
    assert doer is None or evs[0].actor1 == doer


NOT_FALLEN = [  # a death told with the verb of falling, or another clause
    "قتل جندي في ريف إدلب اليوم. وقال مصدر إن الجندي سقط قتيلا برصاص قناص.",
    "وصلت شحنة صواريخ إلى الميناء اليوم، وسقط المطر على المدينة.",
]


@pytest.mark.parametrize("text", NOT_FALLEN)
def test_no_fall_without_a_projectile_falling(pipeline, text):
    evs = events(pipeline, text)
    assert "Shelling/artillery/missile attack" not in [e.sub_event_type for e in evs], text


# - a bare مسيرة right before a strike verb (بأن مسيرة استهدفت السوق) is the craft, its subject: a
#   march strikes nothing (mentions.trigger_drone.strikes_as_subject)
DRONE_SUBJECT = [
    "قتل خمسة مدنيين في مدينة الأبيض اليوم. وأفاد شهود بأن مسيرة استهدفت السوق.",
    "قال مصدر طبي إن مسيرة قصفت سوقا في مدينة الأبيض اليوم ما أدى إلى مقتل خمسة مدنيين.",
    "أفادت مصادر بأن مسيرات استهدفت محطة الكهرباء في مدينة كوستي اليوم ما أدى إلى مقتل عاملين.",
]


@pytest.mark.parametrize("text", DRONE_SUBJECT)
def test_a_march_word_before_a_strike_verb_is_a_drone(pipeline, text):
    evs = events(pipeline, text)
    assert [e.sub_event_type for e in evs] == ["Air/drone strike"], text


MARCH = [  # a march that goes out
    ("انطلقت مسيرة حاشدة في مدينة الخرطوم اليوم للمطالبة بوقف الحرب.", ["Peaceful protest"]),
    ("خرجت مسيرة في مدينة نابلس اليوم تنديدا بالاستيطان.", ["Peaceful protest"]),
]


@pytest.mark.parametrize("text,subs", MARCH)
def test_a_march_stays_a_march(pipeline, text, subs):
    assert [e.sub_event_type for e in events(pipeline, text)] == subs, text


# - an aircraft noun as the subject of a strike verb (إن طائراته استهدفت تجمعات، إن الطائرات قصفت
#   السوق) is the air means (mentions.trigger_aircraft.struck_from): the dead told before take it
AIRCRAFT_SUBJECT = [
    ("قتل عشرة من عناصر قوات الدعم السريع اليوم في مدينة بارا. "
     "وقال الجيش إن طائراته استهدفت تجمعات للمليشيا في المدينة.", "Military Forces of Sudan (2019-)"),
    ("قتل خمسة مدنيين في بلدة معرة النعمان اليوم. وقال ناشطون إن الطائرات قصفت سوق البلدة.", None),
    ("قتل أربعة مدنيين في مدينة تعز اليوم. وقالت مصادر إن طائرة استهدفت سيارتهم.", None),
]


@pytest.mark.parametrize("text,doer", AIRCRAFT_SUBJECT)
def test_an_aircraft_striking_is_the_air_means(pipeline, text, doer):
    evs = events(pipeline, text)
    assert [e.sub_event_type for e in evs] == ["Air/drone strike"], text
    assert doer is None or evs[0].actor1 == doer


# - positions handed over or left: تسلم/استلم with a construct object (تسلم الجيش مواقع حزب الله) and
#   أخلى with a side's own positions (أخلت القوات مواقعها) are a non-violent transfer (triggers.tsv)
TRANSFER = [
    "تسلم الجيش اللبناني مواقع حزب الله جنوب نهر الليطاني في بلدة الخيام اليوم.",
    "استلمت القوات الحكومية مقرات الحركة في مدينة كيدال اليوم.",
    "أخلت قوات الدعم السريع مواقعها في مدينة الخرطوم بحري اليوم.",
    "أخلى مقاتلو الفصائل مقراتهم في بلدة معرة النعمان اليوم.",
]


@pytest.mark.parametrize("text", TRANSFER)
def test_positions_handed_over_or_left_are_a_transfer(pipeline, text):
    assert [e.sub_event_type for e in events(pipeline, text)] == ["Non-violent transfer of territory"], text
