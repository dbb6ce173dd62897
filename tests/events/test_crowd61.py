"""Mechanisms of crowd61 (issue #9, docs/notes/crowd61.md): false protests and riots typed as
protests, on sentences made up in the style of the wire copy.

- a protest a force met (Protest with intervention, Excessive force against protesters) whose
  crowd then fought, threw stones or stormed a building, told in a continuation of its story,
  is a violent demonstration (events.records.continue_event; ACLED: protesters who turn violent
  are rioters, whatever force met them).
- a verbal noun after a word of fearing (modality.tsv kind ``fear``: وسط مخاوف من حرق، خشية
  اندلاع، خوفا من قصف) is no act told - unless a word of sequence stands between (عبروا عن
  مخاوفهم بعد القصف: the fear's cause, an act done).
- an act noun after a noun of its spot (function_words ``site``: موقع الانفجار، مكان التفجير) names
  where people gathered or help came, no act (events.trigger_vetoes.site_of); people who gathered
  to search, to check on or to identify their kin (للبحث، بحثا، للاطمئنان، للتعرف: function_words
  ``gather_purpose``) stage no protest."""
from __future__ import annotations

import pytest

from tests.events.conftest import events


MET_THEN_FOUGHT = [
    "أطلقت القوات الأمنية القنابل المسيلة للدموع على المتظاهرين في بغداد أمس. "
    "واندلعت مواجهات بين قوات الأمن والمتظاهرين أسفرت عن إصابة 15 شخصا.",
    "أطلقت الشرطة قنابل الغاز على المحتجين في وسط الخرطوم أمس. "
    "ورشق المحتجون عناصر الشرطة بالحجارة وأحرقوا الإطارات.",
    "أطلقت قوات الأمن الرصاص الحي على المتظاهرين في البصرة أمس ما أدى إلى مقتل اثنين. "
    "ورشق المتظاهرون قوات الأمن بالحجارة.",
    "استخدمت قوات الأمن خراطيم المياه لتفريق المعتصمين أمام البرلمان في بيروت أمس. "
    "واقتحم المحتجون مبنى البرلمان.",
]

MET_ONLY = [
    "تظاهر مئات في ساحة التحرير ببغداد أمس. وأطلقت قوات الأمن الغاز لتفريقهم.",
    "أطلقت الشرطة قنابل الغاز على المحتجين في وسط الخرطوم أمس. واعتقلت عشرة منهم.",
]


@pytest.mark.parametrize("text", MET_THEN_FOUGHT)
def test_a_protest_met_by_force_whose_crowd_fought_is_a_riot(pipeline, text):
    assert [e.sub_event_type for e in events(pipeline, text)] == ["Violent demonstration"]


@pytest.mark.parametrize("text", MET_ONLY)
def test_a_protest_met_by_force_alone_stays_a_protest(pipeline, text):
    types = [e.event_type for e in events(pipeline, text)]
    assert "Protests" in types and "Riots" not in types


FEARED = [
    "تجمع آلاف المتظاهرين في البصرة أمس وسط مخاوف من حرق مقار الأحزاب أو اقتحام منزل المحافظ.",
    "تجمع آلاف المتظاهرين أمام منزل المحافظ في البصرة أمس وسط مخاوف حقيقية من حرق مقار الأحزاب.",
    "تظاهر المئات في ساحة الشهداء ببيروت أمس، فيما يخشى مراقبون من اقتحام المحتجين مبنى البرلمان.",
]

FEAR_AFTER_THE_ACT = [
    "عبر السكان عن مخاوفهم بعد القصف الذي استهدف بلدة كفرنبل أمس وأسفر عن مقتل ثلاثة مدنيين.",
    "تصاعدت المخاوف في بلدة كفرنبل بعد غارة جوية أسفرت عن مقتل ثلاثة مدنيين أمس.",
    "يخشى السكان من تكرار الغارات بعد غارة جوية على بلدة كفرنبل أمس أسفرت عن مقتل ثلاثة مدنيين.",
    "قتل خمسة مدنيين في غارة على سوق بلدة معرة النعمان أمس وسط مخاوف من تصعيد جديد.",
]


@pytest.mark.parametrize("text", FEARED)
def test_an_act_feared_is_none_told(pipeline, text):
    assert [e.sub_event_type for e in events(pipeline, text)] == ["Peaceful protest"]


@pytest.mark.parametrize("text", FEAR_AFTER_THE_ACT)
def test_an_act_before_the_fear_stays(pipeline, text):
    assert len(events(pipeline, text)) == 1


AT_THE_SITE = [
    "تجمع العشرات من الأهالي في مكان التفجير في سوق المدينة بالحلة أمس للبحث عن ذويهم.",
    "تجمع الأهالي في مكان الانفجار بحثا عن المفقودين في الموصل أمس.",
    "احتشد الأهالي أمام مستشفى الحلة أمس للاطمئنان على ذويهم المصابين.",
    "تجمع ذوو الضحايا أمام الطب العدلي في بغداد أمس للتعرف على جثث أبنائهم.",
]

SPOT_ONLY = [
    "تجمع أهالي الضحايا في مكان الهجوم بمدينة الصدر أمس وسط حالة من الغضب.",
    "تجمع المئات في مكان التفجير وسط الحلة أمس.",
]

SITE_CONTROLS = [
    ("انفجرت سيارة مفخخة في سوق مدينة الحلة أمس ما أسفر عن مقتل خمسة أشخاص، "
     "وهرعت سيارات الإسعاف إلى مكان الانفجار.", ["Remote explosive/landmine/IED"]),
    ("تظاهر المئات في ساحة التحرير ببغداد أمس للمطالبة بالكشف عن مصير المختطفين.", ["Peaceful protest"]),
    ("تظاهر المئات في موقع الاعتصام وسط بغداد أمس.", ["Peaceful protest"]),
]


@pytest.mark.parametrize("text", AT_THE_SITE)
def test_people_at_the_site_of_an_act_stage_no_protest(pipeline, text):
    assert not events(pipeline, text)


@pytest.mark.parametrize("text,types", SITE_CONTROLS)
def test_the_act_and_real_protests_stay(pipeline, text, types):
    assert [e.sub_event_type for e in events(pipeline, text)] == types


@pytest.mark.parametrize("text", SPOT_ONLY)
def test_the_spot_of_an_act_lends_a_gathering_no_violence(pipeline, text):
    assert {e.sub_event_type for e in events(pipeline, text)} <= {"Peaceful protest"}
