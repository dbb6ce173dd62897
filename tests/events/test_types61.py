"""Mechanisms of types61 (issue #9, docs/notes/types61.md), on reports made up in the style of
the wire copy:

- مسيّرة right after a strike verb that opens its clause and agrees with it in the feminine
  (قصفت مسيرة سيارتهم، استهدفت مسيرات الدعم السريع محطة) is the verb's subject, the drone: a verb
  with no doer before it takes the craft it agrees with as subject, and a march shells nothing
  (mentions.trigger_drone.strikes_verb_first); so with a verb of destroying and what crafts
  strike after the craft (دمرت مسيرات الجيش مخازن للأسلحة: the drone, no looting). A masculine verb (قصف الجيش مسيرة) or one with
  its subject before it (قوات الأمن قصفت مسيرة) keeps the march as its object;
- the side named right after an indefinite weapon noun, with no proclitic, is its genitive - the
  owner that used it (قصفت مسيرات الدعم السريع محطة، قصفت مدفعية الجيش مواقع), not the side the
  strike hit (events.voice._owner_genitive); after a definite weapon (قصفت المدفعية قوات X) the
  side is the object as before."""
from __future__ import annotations

import pytest

from tests.events.conftest import events

VERB_FIRST_DRONE = [
    ("قصفت مسيرة سيارتهم قرب بلدة كفرنبل جنوب إدلب اليوم، ما أدى إلى مقتل ثلاثة مدنيين.", None),
    ("استهدفت مسيرة سيارة على طريق مأرب صنعاء اليوم، ما أسفر عن مقتل شخصين.", None),
    ("قصفت مسيرات الدعم السريع محطة كهرباء في مدينة عطبرة اليوم.", "RSF: Rapid Support Forces"),
    ("قصفت مسيرات الحوثيين منشأة نفطية في محافظة شبوة اليوم.", "Houthi Movement"),
    ("وفي وقت لاحق، استهدفت مسيرة تابعة للجيش موقعا في مدينة الفاشر اليوم.", "Military Forces of Sudan (2019-)"),
    ("تقصف مسيرات الدعم السريع منذ أيام محطات الكهرباء في مدينة مروي.", "RSF: Rapid Support Forces"),
]


@pytest.mark.parametrize("text,doer", VERB_FIRST_DRONE)
def test_a_strike_verb_first_takes_the_craft_as_subject(pipeline, text, doer):
    evs = events(pipeline, text)
    assert [e.sub_event_type for e in evs] == ["Air/drone strike"], text
    if doer is not None:
        assert evs[0].actor1 == doer, text


DESTROYED_BY_DRONE = [
    ("دمرت مسيرات الجيش مخازن للأسلحة في منطقة الخوي بشمال كردفان اليوم.", "Military Forces of Sudan (2019-)"),
    ("دمرت مسيرة الجيش مخازن للأسلحة في منطقة الخوي بشمال كردفان اليوم.", "Military Forces of Sudan (2019-)"),
    ("دمرت مسيرات الدعم السريع منازل في مدينة الأبيض اليوم.", "RSF: Rapid Support Forces"),
]


@pytest.mark.parametrize("text,doer", DESTROYED_BY_DRONE)
def test_a_drone_destroying_something_is_a_strike(pipeline, text, doer):
    evs = events(pipeline, text)
    assert [(e.sub_event_type, e.actor1) for e in evs] == [("Air/drone strike", doer)], text


MARCH_STRUCK = [  # the march is the object: a masculine verb, or the doer named before the verb
    "قصف الجيش مسيرة للمعارضين في مدينة حمص اليوم.",
    "قوات الأمن قصفت مسيرة سلمية في مدينة درعا بالقذائف اليوم.",
    "جابت مسيرة حاشدة شوارع مدينة تعز اليوم للمطالبة برحيل الحكومة.",
    "دمر الجيش مسيرة تابعة للدعم السريع في سماء مدينة الأبيض اليوم.",  # (a craft brought down)
]


@pytest.mark.parametrize("text", MARCH_STRUCK)
def test_a_march_struck_or_marching_is_no_drone(pipeline, text):
    assert "Air/drone strike" not in [e.sub_event_type for e in events(pipeline, text)], text


WEAPON_OWNER = [  # (text, actor1, actor2)
    ("قصفت مدفعية الجيش مواقع للدعم السريع في مدينة الفاشر اليوم.",
     "Military Forces of Sudan (2019-)", "RSF: Rapid Support Forces"),
    ("قصفت المدفعية قوات الدعم السريع في مدينة الفاشر اليوم.",
     "Unidentified Armed Group (Sudan)", "RSF: Rapid Support Forces"),
    ("قصفت المدفعية دورية للجيش في مدينة الفاشر اليوم.",
     "Unidentified Armed Group (Sudan)", "Military Forces of Sudan (2019-)"),
    ("استهدف انفجار عبوة ناسفة دورية تركية في ريف إدلب الجنوبي اليوم.",  # (an adjective ends the construct)
     "Unidentified Armed Group (Syria)", "Military Forces of Turkey"),
]


@pytest.mark.parametrize("text,actor1,actor2", WEAPON_OWNER)
def test_the_genitive_of_an_indefinite_weapon_owns_it(pipeline, text, actor1, actor2):
    evs = events(pipeline, text)
    assert [(e.actor1, e.actor2) for e in evs] == [(actor1, actor2)], text


# - a craft's crash (تحطمت طائرة عسكرية، سقوط مروحية، في تحطم طائرة) is an accident (modality.tsv):
#   its crew killed in it is no act; a shoot-down told by its own verb (أسقطت الدفاعات طائرة
#   وتحطمت، إسقاط طائرة) stands, and so does an act the crash followed after بعد/إثر
#   (events.modality: تحطمت مروحية بعد استهدافها بصاروخ)
CRASHES = [
    "تحطمت طائرة عسكرية سودانية قرب قاعدة وادي سيدنا شمال أم درمان اليوم، ما أدى إلى مقتل طاقمها.",
    "وتحطمت مروحية للجيش في ولاية النيل الأزرق اليوم، ما أسفر عن مقتل طاقمها.",
    "سقطت مروحية عسكرية في محافظة الأنبار اليوم ما أسفر عن مقتل أربعة من طاقمها.",
    "قتل خمسة عسكريين في تحطم طائرة نقل عسكرية قرب مطار الخرطوم اليوم.",
]


@pytest.mark.parametrize("text", CRASHES)
def test_a_craft_crash_is_no_event(pipeline, text):
    assert not events(pipeline, text), text


SHOT_DOWN = [
    "أسقطت الدفاعات الجوية طائرة حربية وتحطمت في ريف إدلب اليوم، ما أدى إلى مقتل طاقمها.",
    "تحطمت مروحية عسكرية بعد استهدافها بصاروخ أطلقه مسلحون في محافظة صلاح الدين اليوم.",
    "أعلنت قوات الدعم السريع إسقاط طائرة حربية للجيش في سماء مدينة نيالا اليوم.",
    "سقطت طائرة مسيرة مفخخة على منزل في مدينة الفاشر اليوم ما أدى إلى مقتل خمسة مدنيين.",
]


@pytest.mark.parametrize("text", SHOT_DOWN)
def test_a_shoot_down_or_a_falling_drone_stays(pipeline, text):
    assert events(pipeline, text), text


# - a coordinated verb of aiming with no means and no doer of its own (، واستهدفت مدينة Y؛ ثم
#   عادت واستهدفت؛ وعادت لتستهدف) tells the same doer striking again with the means of the act
#   its sentence told before it (events.means.means_carried): no Attack on civilians
STRUCK_AGAIN = [
    ("قصفت قوات النظام مدينة داريا بالبراميل المتفجرة اليوم، ثم عادت واستهدفت مدينة معضمية الشام.",
     "Air/drone strike"),
    ("قصفت قوات النظام مدينة داريا بالبراميل المتفجرة اليوم، واستهدفت مدينة معضمية الشام.",
     "Air/drone strike"),
    ("قصفت المدفعية التركية قرية تل جمعة بريف تل تمر اليوم، ثم عادت واستهدفت مدينة عامودا.",
     "Shelling/artillery/missile attack"),
    ("قصف الجيش بلدة كفرنبل اليوم، ثم عاد واستهدف بلدة حاس.", "Shelling/artillery/missile attack"),
    ("قصفت المدفعية التركية قرية تل جمعة بريف تل تمر اليوم، ثم عادت وقصفت مدينة عامودا.",
     "Shelling/artillery/missile attack"),  # (the guns carried: no foreign air strike)
    ("قصفت قوات النظام مدينة داريا بالبراميل المتفجرة اليوم، وعادت وقصفت مدينة معضمية الشام.",
     "Air/drone strike"),
]


@pytest.mark.parametrize("text,sub", STRUCK_AGAIN)
def test_a_doer_striking_again_keeps_its_means(pipeline, text, sub):
    assert [e.sub_event_type for e in events(pipeline, text)] == [sub, sub], text


AIMED_ALONE = [  # a doer of its own, or no remote act before: the aiming keeps its own type
    "اقتحمت قوات الاحتلال بلدة قباطية اليوم، واستهدفت منزل الأسير محمد كميل.",
    "قصفت الطائرات الروسية مدينة سراقب بالصواريخ اليوم، واستهدفت فصائل المعارضة مواقع قوات النظام في بلدة خان طومان.",
]


@pytest.mark.parametrize("text", AIMED_ALONE)
def test_an_aiming_after_no_strike_takes_no_means(pipeline, text):
    subs = [e.sub_event_type for e in events(pipeline, text)]
    assert "Shelling/artillery/missile attack" not in subs and subs.count("Air/drone strike") <= 1, text


# - مسيّرة right after a verb opening its clause in the feminine, with a bomb or another weapon a
#   few words after it (أسقطت مسيرات الدعم السريع قنابل، ألقت مسيرة قنبلة): the drone that dropped
#   it - an air or drone strike, no planted bomb (mentions.trigger_drone.drops_weapon)
DROPPED = [
    ("أسقطت مسيرات الدعم السريع قنابل على مدينة الأبيض اليوم.", "RSF: Rapid Support Forces"),
    ("أسقطت مسيرة تابعة للجيش قنبلة على تجمع لقوات الدعم السريع في مدينة بارا اليوم.",
     "Military Forces of Sudan (2019-)"),
    ("ألقت مسيرات الحوثيين قنابل على مواقع القوات الحكومية في مديرية حيس اليوم.", "Houthi Movement"),
]


@pytest.mark.parametrize("text,doer", DROPPED)
def test_a_drone_dropping_bombs_is_an_air_strike(pipeline, text, doer):
    evs = events(pipeline, text)
    assert [(e.sub_event_type, e.actor1) for e in evs] == [("Air/drone strike", doer)], text


def test_a_drone_downed_carrying_bombs_is_no_strike(pipeline):
    text = "أسقطت مسيرة كانت تحمل قنابل في سماء مدينة الأبيض اليوم."
    assert "Air/drone strike" not in [e.sub_event_type for e in events(pipeline, text)], text
