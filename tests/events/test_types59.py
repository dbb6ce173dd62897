"""Mechanisms of types59 (issue #9, docs/notes/types59.md), on reports made up in the style of
the wire copy:

- an attack told by its dead alone, with no means named (قتل خمسة مدنيين في مدينة أريحا), whose
  remote means the next sentence tells with no place or day of its own (وقال الدفاع المدني إن
  طائرات حربية روسية استهدفت سوقا؛ وقالت مصادر إن الهجوم نفذ بسيارة مفخخة) is that strike, shell
  or bomb: ACLED codes a remote weapon Explosions/Remote violence whoever it hits
  (events.records._means_told_after), and the means' named doer is the act's. An attack with a
  weapon of its own (برصاص قناص) keeps its type."""
from __future__ import annotations

import pytest

from tests.events.conftest import events

MEANS_AFTER = [
    ("قتل خمسة مدنيين وأصيب عشرة آخرون اليوم في مدينة أريحا بريف إدلب. "
     "وقال الدفاع المدني إن طائرات حربية روسية استهدفت سوقا شعبيا في المدينة.",
     "Air/drone strike", "Military Forces of Russia (2000-)"),
    ("استشهد ثلاثة مواطنين في مخيم النصيرات وسط قطاع غزة اليوم. "
     "وقالت مصادر محلية إن طائرة استطلاع إسرائيلية أطلقت صاروخا على مجموعة من المواطنين.",
     "Air/drone strike", "Military Forces of Israel"),
    ("قتل أربعة مدنيين في هجوم استهدف سوق مدينة الباب اليوم. وقالت مصادر إن الهجوم نفذ بسيارة مفخخة.",
     "Remote explosive/landmine/IED", None),
    ("قتل ستة مدنيين بينهم أطفال في قرية الحمراء بولاية الجزيرة اليوم. "
     "وأفاد شهود بأن مسيرة تابعة لقوات الدعم السريع قصفت القرية.",
     "Air/drone strike", "RSF: Rapid Support Forces"),
]


# armed men's dead told alone (no fight word), the strike that killed them explained after
ARMED_DEAD_MEANS_AFTER = [
    ("قتل خمسة عناصر من تنظيم داعش اليوم في قرية الباغوز بريف دير الزور. "
     "وقالت مصادر محلية إن طائرات التحالف الدولي استهدفت سيارة كانوا يستقلونها.",
     "Air/drone strike", "Global Coalition Against Daesh"),
    ("قتل ثلاثة جنود سوريين اليوم في ريف منبج. وأفادت مصادر بأن المدفعية التركية قصفت مواقعهم.",
     "Shelling/artillery/missile attack", "Military Forces of Turkey"),
    ("قتل قيادي في حركة الشباب اليوم في إقليم جوبا السفلى. "
     "وقال مسؤول صومالي إن طائرة أمريكية مسيرة استهدفت سيارته.",
     "Air/drone strike", "Military Forces of the United States"),
    ("قتل عنصران من حزب الله اليوم في بلدة النبطية. وقالت مصادر إن مسيرة إسرائيلية استهدفت دراجتهما النارية.",
     "Air/drone strike", "Military Forces of Israel"),
]


@pytest.mark.parametrize("text,sub,doer", ARMED_DEAD_MEANS_AFTER)
def test_remote_means_told_after_armed_dead_type_the_act(pipeline, text, sub, doer):
    evs = events(pipeline, text)
    assert [(e.sub_event_type, e.actor1) for e in evs] == [(sub, doer)], text


FIGHT_TOLD = [
    "اندلعت اشتباكات عنيفة في قرية الباغوز اليوم أسفرت عن مقتل خمسة عناصر من تنظيم داعش. "
    "وقالت مصادر إن طائرات التحالف قصفت مواقع التنظيم في القرية.",
    "دارت معارك عنيفة في ريف منبج اليوم قتل فيها ثلاثة جنود سوريين. وأفادت مصادر بأن المدفعية التركية قصفت المنطقة.",
    # the side hit striking back is another act, not the attack's means
    "أعلنت حركة الشباب مسؤوليتها عن هجوم استهدف قاعدة للجيش الصومالي في بلدة بلدوين اليوم. "
    "وقال الجيش الصومالي إنه نفذ ضربات جوية على مواقع الحركة.",
]


@pytest.mark.parametrize("text", FIGHT_TOLD)
def test_a_fight_told_stays_a_battle(pipeline, text):
    assert "Armed clash" in [e.sub_event_type for e in events(pipeline, text)], text


@pytest.mark.parametrize("text,sub,doer", MEANS_AFTER)
def test_remote_means_told_after_the_dead_type_the_act(pipeline, text, sub, doer):
    evs = events(pipeline, text)
    assert [e.event_type for e in evs] == ["Explosions/Remote violence"], text
    assert evs[0].sub_event_type == sub and evs[0].actor2 and evs[0].actor2.startswith("Civilians")
    if doer is not None:
        assert evs[0].actor1 == doer


KEPT = [
    # a weapon of its own: the sniper's shot is the act told
    "قتل مدني برصاص قناص في حي الشيخ مقصود بمدينة حلب اليوم. وقصفت قوات النظام الحي بالمدفعية.",
    # gunmen told after the dead: no remote means
    "قتل ثلاثة مدنيين في بلدة كفرنبل اليوم. وقال ناشطون إن مسلحين اقتحموا منزلا في البلدة وأطلقوا النار على ساكنيه.",
]


@pytest.mark.parametrize("text", KEPT)
def test_an_attack_without_remote_means_stays_an_attack(pipeline, text):
    assert "Attack" in [e.sub_event_type for e in events(pipeline, text)], text


def test_a_new_act_told_beside_the_dead_does_not_type_them(pipeline):
    # no source's words and no noun pointing back: another act told after, not the means
    text = ("قتل ثلاثة مدنيين في مدينة العريش اليوم. "
            "وسقط خمسة رجال شرطة في هجوم بسيارة مفخخة على مركز للشرطة.")
    assert "Attack" in [e.sub_event_type for e in events(pipeline, text)]


# - a head verb whose first complement right after it is followed, a few words on, by a second
#   complement of the same verb (verb-subject-object): the first is the subject, the phrase is
#   the object's (mentions.trigger_heads._object_after_subject). أسقطت طائرة مسيرة قنبلة: the drone
#   dropped a bomb (triggers.tsv: أسقط قنبلة/براميل, as ألقى), it was not shot down.
DROPPED = [
    "أسقطت طائرة مسيرة قنبلة على تجمع للمدنيين في سوق مدينة الفاشر ما أدى إلى مقتل خمسة.",
    "أسقطت مسيرات الدعم السريع قنابل على مستشفى مدينة الأبيض ما أسفر عن مقتل ثلاثة مرضى.",
    "أسقطت المروحيات براميل متفجرة على بلدة داريا ما أدى إلى مقتل أربعة مدنيين.",
    "أسقطت طائرة مسيرة قنبلتين على سوق بلدة الطينة ما أدى إلى إصابة ستة مدنيين.",
]

SHOT_DOWN = [
    "أسقطت الدفاعات الجوية طائرة مسيرة فوق مدينة الأبيض.",
    "أسقطت الدفاعات الجوية طائرة مسيرة كانت تحمل قنابل فوق مدينة الأبيض.",
]


@pytest.mark.parametrize("text", DROPPED)
def test_a_craft_dropping_munitions_is_a_strike(pipeline, text):
    types = [e.event_type for e in events(pipeline, text)]
    assert types and set(types) == {"Explosions/Remote violence"}, text


@pytest.mark.parametrize("text", SHOT_DOWN)
def test_a_craft_shot_down_stays_disrupted(pipeline, text):
    assert "Disrupted weapons use" in [e.sub_event_type for e in events(pipeline, text)], text


def test_a_second_object_joined_by_and_is_no_object_after_a_subject(pipeline):
    # (أطلقت الرصاص الحي والغاز: both are what was fired)
    text = "تظاهر المئات في ساحة التحرير ببغداد اليوم، وأطلقت الرصاص الحي والغاز المسيل للدموع على المحتجين."
    assert [e.sub_event_type for e in events(pipeline, text)] == ["Excessive force against protesters"]


# - a seat noun of the military-target words (مقر) whose owner right after it is a civil body
#   (function_words civil_body: حزب، جمعية، صحيفة، نقابة ...) is no military target
#   (events.victims.civil_seat): gunfire on a party's office is no clash. An armed party named
#   there (مقر لحزب الله، لحزب العمال الكردستاني) is read as the side hit first.
CIVIL_SEAT = [
    "أطلق مجهولون النار على مقر حزب الدعوة في مدينة البصرة دون وقوع إصابات.",
    "هاجم مجهولون مقر حزب الوفد في مدينة الناصرية وأضرموا فيه النار.",
    "أطلق مسلحون النار على مقر صحيفة محلية في مدينة البصرة دون وقوع إصابات.",
]

ARMED_SEAT = [
    ("قصفت إسرائيل مقرا لحزب الله في بلدة النبطية.", "Hezbollah"),
    ("استهدفت طائرة مسيرة تركية مقرا لحزب العمال الكردستاني في قضاء سنجار.", "PKK: Kurdistan Workers Party"),
    ("هاجم مسلحون مقر الشرطة في مدينة الرمادي.", "Police Forces of Iraq"),
]


@pytest.mark.parametrize("text", CIVIL_SEAT)
def test_a_civil_body_s_office_is_no_military_target(pipeline, text):
    assert "Battles" not in [e.event_type for e in events(pipeline, text)], text


@pytest.mark.parametrize("text,hit", ARMED_SEAT)
def test_an_armed_side_s_office_stays_its_own(pipeline, text, hit):
    assert hit in [e.actor2 for e in events(pipeline, text)], text
