"""actors65: an arrest told after an attack, in a conjunct clause that opens with a time phrase
(، وعقب الهجوم اعتقلت قوات الأمن خمسة مشتبه بهم): the arrest's doer is the force after its verb,
and the sides named before the comma - the attack's doer and the side it hit - are none of the
arrest's (events.positions.after_fronted_time)."""
from __future__ import annotations

import pytest

from tests.events.conftest import events

# (text, the arrest's actor1, a name the arrest's actor2 may not be)
ARREST_AFTER = [
    ("قتل جندي في هجوم لحركة الشباب على قاعدة عسكرية في مدينة بيدوا، وعقب الهجوم اعتقلت قوات "
     "الأمن الصومالية 12 مشتبها بهم.", "Police Forces of Somalia", "Military Forces of Somalia"),
    ("قتل ثلاثة جنود في هجوم شنه مسلحون على حاجز للجيش قرب مدينة العريش، وبعد الهجوم اعتقلت "
     "الشرطة خمسة أشخاص.", "Police Forces of Egypt", "Military Forces of Egypt"),
    ("أصيب أربعة من عناصر الشرطة في انفجار عبوة ناسفة استهدفت دوريتهم في مدينة الموصل، وإثر "
     "الانفجار اعتقل الجيش العراقي ثلاثة مشتبه بهم.", "Military Forces of Iraq", "Police Forces of Iraq"),
    ("قتل جنديان في هجوم على نقطة عسكرية في مدينة جوهر، وبعد ساعات من الهجوم اعتقلت الشرطة "
     "سبعة أشخاص.", "Police Forces of Somalia", "Military Forces of Somalia"),
]


@pytest.mark.parametrize("text,actor1,never", ARREST_AFTER)
def test_arrest_after_an_attack_has_its_own_sides(pipeline, text, actor1, never):
    arrests = [e for e in events(pipeline, text) if e.sub_event_type == "Arrests"]
    assert arrests, events(pipeline, text)
    assert all(e.actor1 == actor1 and e.actor2 != never for e in arrests), arrests


# controls: the attack keeps its own sides
@pytest.mark.parametrize("text,actor1,never", ARREST_AFTER[:2])
def test_the_attack_keeps_its_sides(pipeline, text, actor1, never):
    attacks = [e for e in events(pipeline, text) if e.event_type != "Strategic developments"]
    assert attacks and all(e.actor2 == never for e in attacks), attacks


# A relative clause of doing after a verbal noun spelt as its verb too (القصف الذي شنته X: قصف
# is also "he shelled"): X did the act (events.lexicons.act_words). (text, actor1, actor2)
SHELLING_DONE_BY = [
    ("قال مصدر إن القصف الذي شنته قوات النظام على بلدة كفرنبل أسفر عن مقتل ثلاثة مدنيين.",
     "Military Forces of Syria (2000-2024)", "Civilians (Syria)"),
    ("أفاد مصدر بأن القصف الذي نفذته فصائل المعارضة على حي الشيخ مقصود في مدينة حلب أسفر عن مقتل "
     "مدنيين اثنين.", "Opposition Rebels (Syria)", "Civilians (Syria)"),
    ("قال مصدر إن القصف الذي نفذته فصائل المعارضة على مدينة حلب أسفر عن مقتل ثلاثة جنود.",
     "Opposition Rebels (Syria)", "Military Forces of Syria (2000-2024)"),
    # control: a noun of the trigger lexicon spelt otherwise already worked
    ("قال مصدر إن الهجوم الذي شنته قوات النظام على بلدة كفرنبل أسفر عن مقتل ثلاثة مدنيين.",
     "Military Forces of Syria (2000-2024)", "Civilians (Syria)"),
]


@pytest.mark.parametrize("text,actor1,actor2", SHELLING_DONE_BY)
def test_act_noun_spelt_as_verb_takes_its_doer(pipeline, text, actor1, actor2):
    evs = events(pipeline, text)
    assert [(e.actor1, e.actor2) for e in evs] == [(actor1, actor2)], evs


# A side named in the next sentence: a continuation that tells the act in a source's words or
# points back to it, of the same kind, names the doer the first telling left unknown
# (events.records._doer_told_after). (text, actor1, actor2)
DOER_TOLD_AFTER = [
    ("سقطت قذائف على حي الشيخ مقصود في مدينة حلب. وأفاد مصدر بأن القصف الذي نفذته فصائل المعارضة "
     "أسفر عن مقتل مدنيين اثنين.", "Opposition Rebels (Syria)", "Civilians (Syria)"),
    ("قتل ثلاثة مدنيين في قصف مدفعي استهدف بلدة كفرنبل جنوب إدلب. وقال ناشطون إن القصف الذي شنته "
     "قوات النظام انطلق من معسكر الحامدية.", "Military Forces of Syria (2000-2024)", "Civilians (Syria)"),
    ("قتل طفلان في قصف صاروخي على بلدة أريحا جنوب إدلب. وقال الدفاع المدني إن القصف مصدره مواقع "
     "قوات النظام في معسكر جورين.", "Military Forces of Syria (2000-2024)", "Civilians (Syria)"),
    ("قتل أربعة مدنيين في غارة جوية على سوق في مدينة معرة النعمان. وقال المرصد السوري إن الغارة "
     "نفذتها طائرات روسية.", "Military Forces of Russia (2000-)", "Civilians (Syria)"),
    # control: a group that "usually" does such acts, after no one claimed this one, is no doer
    ("قتل جنديان في انفجار عبوة ناسفة استهدفت دورية في مدينة العريش. ولم تعلن أي جهة مسؤوليتها عن "
     "التفجير، إلا أن جماعة أنصار بيت المقدس عادة ما تنفذ هجمات مماثلة.",
     "Unidentified Armed Group (Egypt)", "Military Forces of Egypt"),
]


@pytest.mark.parametrize("text,actor1,actor2", DOER_TOLD_AFTER)
def test_doer_named_in_the_next_sentence(pipeline, text, actor1, actor2):
    evs = events(pipeline, text)
    assert [(e.actor1, e.actor2) for e in evs] == [(actor1, actor2)], evs
