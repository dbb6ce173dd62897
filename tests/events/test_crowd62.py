"""Mechanisms of crowd62 (issue #9, docs/notes/crowd62.md): false riots, on sentences made up in
the style of the wire copy.

- a blast told as what a crowd gathered after or about (احتشد المئات بعد تفجير سيارة مفخخة، تظاهروا
  عقب انفجار عبوة، تجمعوا بعد انفجار) is an act of its own (events.crowd_antecedent marks it,
  handover.ANTECEDENT) - reconcile.rules._crowd_fight does not fold it into the demonstration as
  the crowd's own violence, which made the gathering a riot. A clash of the crowd with the police,
  bombs the protesters threw themselves (بعد أن ألقى محتجون قنابل) and a blast that hit the crowd
  stay as they were.
- a sentence of naming (a verb of naming, على right before a protest noun, a name noun or a quote
  mark after it: أطلقت اللجان على تظاهرات اليوم "مليونية ..."، أطلق الناشطون على احتجاجات اليوم
  اسم ...) tells the name of a protest told elsewhere: neither the named noun nor the naming's
  motive (احتجاجا على العنف في إقليم النيل الأزرق) founds a protest (events.trigger_vetoes
  .named_protest; function_words naming, naming_on, naming_name). A shot at a protest (أطلقت
  الشرطة الرصاص على التظاهرة) and a protest told with its name after it stay.
- a relative clause (، والتي أسفرت عن مقتل عشرات، الذي أسفر عن) whose antecedent, told right before
  it, is dated long before the sentence's latest date or the report's day (اجتياح ... في يوليو
  2023) tells that earlier act's outcome: its acts join no protest of the sentence and its dead are
  no toll of it (events.trigger_background.earlier_from). A relative clause after an act of the
  report's days (أطلقت قوات الأمن النار ... أمس، والتي أسفرت عن مقتل ثلاثة) keeps its toll.
- a protest word that is the subject of a pluperfect, between كان and قد (وكانت حركة الاحتجاج في
  منطقة الحسيمة قد لاقت صدى), is background told before the news, as one after قد already was
  (events.trigger_background.pluperfect_subject)."""
from __future__ import annotations

import pytest

from tests.events.conftest import events

GATHERED_AFTER_A_BLAST = [
    "احتشد المئات وسط بغداد أمس بعد تفجير سيارة مفخخة احتجاجا على تردي الأوضاع الأمنية.",
    "تظاهر العشرات في مدينة الحلة أمس عقب انفجار عبوة ناسفة قرب سوق شعبي، مطالبين بإقالة قائد الشرطة.",
    "تجمع عشرات الأهالي أمام مبنى المحافظة في الموصل أمس بعد انفجار سيارة مفخخة، وطالبوا بمحاسبة المسؤولين.",
]

CROWDS_OWN_FIGHT = [
    "تظاهر العشرات في بعقوبة أمس وسط إجراءات أمنية مشددة، واندلعت مواجهات بين المحتجين وقوات الأمن.",
    "فرقت الشرطة المتظاهرين في الناصرية أمس بعد أن ألقى محتجون قنابل مولوتوف على مبنى المحافظة.",
]

BLAST_ON_THE_CROWD = [
    "أصيب خمسة متظاهرين بجروح بعد انفجار عبوة ناسفة قرب ساحة الاعتصام في الرمادي أمس.",
    "قتل ثلاثة محتجين بعد انفجار عبوة ناسفة وسط تجمعهم في الفلوجة أمس.",
]


@pytest.mark.parametrize("text", GATHERED_AFTER_A_BLAST)
def test_a_blast_a_crowd_gathered_after_is_no_riot(pipeline, text):
    types = sorted(e.sub_event_type for e in events(pipeline, text))
    assert types == ["Peaceful protest", "Remote explosive/landmine/IED"]


@pytest.mark.parametrize("text", CROWDS_OWN_FIGHT)
def test_the_crowds_own_fight_still_makes_a_riot(pipeline, text):
    assert [e.sub_event_type for e in events(pipeline, text)] == ["Violent demonstration"]


@pytest.mark.parametrize("text", BLAST_ON_THE_CROWD)
def test_a_blast_on_the_crowd_is_force_against_it(pipeline, text):
    assert [e.sub_event_type for e in events(pipeline, text)] == ["Excessive force against protesters"]


NAMING = [
    ("تظاهر الآلاف في وسط الخرطوم اليوم. وأطلقت اللجان على تظاهرات اليوم \"مليونية التعايش السلمي\"، "
     "احتجاجا على العنف القبلي في إقليم النيل الأزرق.", "Khartoum"),
    ("تظاهر الآلاف في وسط الخرطوم اليوم. وأطلق الناشطون على احتجاجات اليوم اسم \"جمعة الغضب\"، "
     "تنديدا بالقمع في مدينة الجنينة.", "Khartoum"),
    ("خرج آلاف المحتجين في شوارع بغداد اليوم. وأطلق المنظمون على مظاهرة اليوم تسمية جمعة الكرامة "
     "احتجاجا على الفساد في البصرة.", "Baghdad"),
]

NOT_NAMING = [
    ("أطلقت الشرطة الرصاص على التظاهرة في أم درمان اليوم ما أدى إلى إصابة خمسة.", "Omdurman"),
    ("تظاهر الآلاف في وسط الخرطوم اليوم في ما أطلق عليه الناشطون اسم \"مليونية العدالة\".", "Khartoum"),
]


@pytest.mark.parametrize("text, place", NAMING)
def test_a_sentence_naming_a_protest_tells_none(pipeline, text, place):
    assert [e.location for e in events(pipeline, text)] == [place]


@pytest.mark.parametrize("text, place", NOT_NAMING)
def test_a_protest_shot_at_or_named_after_stays(pipeline, text, place):
    assert [e.location for e in events(pipeline, text)] == [place]


# (text, the records' sub-types and tolls)
EARLIER_OUTCOME = [
    ("تظاهر المئات في ساحة الكرامة بالسويداء يوم الخميس تنديدا بالانتهاكات التي وقعت خلال اجتياح القوات "
     "الحكومية للمحافظة في يوليو 2023، والتي أسفرت عن مقتل عشرات المدنيين.", [("Peaceful protest", 0)]),
    ("اعتصم العشرات أمام مبنى المحافظة في السويداء أمس رفضا لهجوم القوات الحكومية في يناير الماضي، الذي أسفر "
     "عن مقتل 30 شخصا واعتقال آخرين.", [("Peaceful protest", 0)]),
    ("خرج آلاف المحتجين في درعا اليوم إحياء لذكرى حملة القمع في مارس 2011، والتي أدت إلى مقتل 20 متظاهرا.",
     [("Peaceful protest", 0)]),  # (the crackdown remembered: no means either, crowd63's means.remembered_crackdown)
    # an act of the report's days: its relative clause's dead are its own
    ("أطلقت قوات الأمن النار على المتظاهرين في البصرة أمس، والتي أسفرت عن مقتل ثلاثة.",
     [("Excessive force against protesters", 3)]),
]


@pytest.mark.parametrize("text, records", EARLIER_OUTCOME)
def test_an_earlier_acts_outcome_is_no_act_or_toll_of_the_protest(pipeline, text, records):
    assert [(e.sub_event_type, e.fatalities) for e in events(pipeline, text)] == records


# (text, the records' places): a protest word between كان and قد, or further on in that clause, is
# background; one told as news, or after a pluperfect of the force that met it, stays
PLUPERFECT_SUBJECT = [
    ("وكانت حركة الاحتجاج في منطقة الحسيمة الريفية قد لاقت صدى في مدن أخرى داخل البلاد.", []),
    ("وكانت حركة الاحتجاج في مدينة جرادة المغربية قد اتسعت لتشمل مدنا أخرى.", []),
    ("وكان اعتصام المعلمين أمام وزارة التربية في عمان قد استمر عدة أسابيع.", []),
    ("وكانت الحركة الاحتجاجية في الريف قد لاقت صدى في مدن أخرى خرجت فيها تظاهرات تضامنية تطالب بمحاربة الفساد.", []),
    ("تظاهر المئات في الحسيمة أمس للمطالبة بالإفراج عن المعتقلين.", ["Al Hoceima"]),
    ("وكانت الشرطة قد فرقت تظاهرة في الحسيمة أمس واعتقلت عشرة أشخاص.", ["Al Hoceima"]),
]


@pytest.mark.parametrize("text, places", PLUPERFECT_SUBJECT)
def test_a_protest_word_as_a_pluperfects_subject_is_background(pipeline, text, places):
    assert [e.location for e in events(pipeline, text)] == places
