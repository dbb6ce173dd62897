"""Mechanisms of crowd59 (issue #9, docs/notes/crowd59.md): false protests, on sentences made up
in the style of the wire copy.

- a protest noun that is the genitive of a noun of a right, a freedom or a law (حق التظاهر، الحق
  في الاحتجاج، قانون تنظيم التظاهر، حرية التعبير والتظاهر) names the right or the law: no protest
  is told by it (events.trigger_vetoes.as_right).
- the place of what a crowd protested (a motive adverb: احتجاجا، تنديدا، رفضا، استنكارا, or a
  participle of condemning: منددين، مستنكرة، رافضين, a few
  words before the place) is not the crowd's place while the sentence names another
  (events.place_elsewhere.motive_place).
- an act told in a relative clause on the object of احتجاجا على (الغارات التي استهدفت ...، والتي
  أسفرت عن مقتل ...) is the act protested: its toll and its side do not join the crowd
  (events.modality._motive_relative: the background cue reaches it)."""
from __future__ import annotations

import pytest

from tests.events.test_types52 import PROTESTS
from tests.events.conftest import events


def _crowds(pipeline, text):
    return [e for e in events(pipeline, text) if e.sub_event_type in PROTESTS]


RIGHTS = [
    "شدد البيان الصادر في الرباط أمس على أن حرية التظاهر مضمونة.",
    "أقر البرلمان المصري أمس في القاهرة قانون التظاهر الجديد.",
    "ناقش مجلس النواب في بغداد يوم الأحد مشروع قانون حرية التعبير والتظاهر السلمي.",
    "قال الناطق باسم الحكومة في الخرطوم أمس إن حق الاحتجاج مكفول للجميع.",
    "صادق البرلمان في القاهرة أمس على تعديلات قانون تنظيم التظاهر.",
    "أشاد المرصد في الرباط أمس بضمان الحق في الاحتجاج.",
    "أكدت الحكومة اللبنانية في بيروت أمس التزامها بحرية التظاهر.",
]

STILL_PROTESTS = [
    "خرج مئات المحامين في مسيرة بالقاهرة أمس دفاعا عن حق التظاهر.",
    "تظاهر المئات في بغداد أمس للمطالبة بحقوقهم المشروعة.",
    "اعتصم العشرات أمام مبنى البرلمان في الكويت أمس رفضا لقانون الانتخابات.",
    "أطلقت قوات الأمن الغاز المسيل للدموع على المتظاهرين في البصرة أمس، واعتدت بالضرب بحق المحتجين.",
]


@pytest.mark.parametrize("text", RIGHTS)
def test_a_protest_noun_after_a_right_or_a_law_tells_no_protest(pipeline, text):
    assert not _crowds(pipeline, text)


@pytest.mark.parametrize("text", STILL_PROTESTS)
def test_a_protest_told_beside_a_right_stays(pipeline, text):
    assert len(_crowds(pipeline, text)) == 1


MOTIVE_PLACES = [
    ("عمت شوارع بغداد أمس، تظاهرات غاضبة، احتجاجا على القصف التركي على قضاء زاخو.", "Baghdad"),
    ("عمت مدينة صنعاء يوم الجمعة، وقفات احتجاجية، رفضا لحصار مدينة الحديدة.", "Sanaa"),
    ("عمت مدينة تعز أمس، مظاهرات غاضبة، رفضا للحصار المفروض على مدينة الحديدة.", "Taiz"),
    ("عمت مدينة إربد أمس، مسيرات حاشدة، تنديدا بالقصف الإسرائيلي على مدينة رفح.", "Irbid"),
    # (a participle of condemning tells the motive as well)
    ("عمت شوارع الموصل أمس، تظاهرات غاضبة، منددة بالقصف التركي على قضاء زاخو.", "Mosul"),
    ("عمت مدينة صنعاء يوم الجمعة، مسيرات حاشدة، مستنكرة الغارات على مدينة الحديدة.", "Sanaa"),
    # (the motive's place is the only one: it stays)
    ("تظاهر المئات أمس احتجاجا على انقطاع الكهرباء في مدينة البصرة.", "Basrah"),
]


@pytest.mark.parametrize("text,place", MOTIVE_PLACES)
def test_the_place_of_what_a_crowd_protested_is_not_its_place(pipeline, text, place):
    assert [e.location for e in _crowds(pipeline, text)] == [place]


MOTIVE_ACTS = [
    ("تظاهر مئات الطلاب في جامعة الخرطوم يوم الأحد احتجاجا على الهجوم الذي شنه مسلحون على قرية في ولاية "
     "النيل الأزرق، والذي أسفر عن مقتل عشرة مدنيين.", "Khartoum"),
    ("خرجت مسيرات حاشدة في مدينة إربد يوم الجمعة احتجاجا على الغارات الإسرائيلية التي استهدفت مخيما في رفح، "
     "والتي أسفرت عن مقتل 40 شخصا.", "Irbid"),
    ("تظاهر المئات في مدينة إدلب أمس احتجاجا على القصف الذي استهدف سوقا شعبيا في بلدة أريحا، والذي أسفر عن "
     "مقتل خمسة مدنيين.", "Idlib"),
]


@pytest.mark.parametrize("text,place", MOTIVE_ACTS)
def test_an_act_in_a_relative_clause_on_the_motive_is_no_act_at_the_crowd(pipeline, text, place):
    crowds = _crowds(pipeline, text)
    assert [(e.sub_event_type, e.location, e.fatalities) for e in crowds] == [("Peaceful protest", place, 0)]


STILL_AT_THE_CROWD = [
    ("خرج المحتجون في الناصرية أمس احتجاجا على البطالة، واشتبكوا مع قوات الأمن.", "Violent demonstration"),
    ("تظاهر المئات في بغداد أمس احتجاجا على القرار الذي أصدرته الحكومة، وأطلقت الشرطة الغاز المسيل للدموع "
     "لتفريقهم.", "Protest with intervention"),
]


@pytest.mark.parametrize("text,sub", STILL_AT_THE_CROWD)
def test_an_act_after_the_motive_clause_stays_at_the_crowd(pipeline, text, sub):
    assert [e.sub_event_type for e in events(pipeline, text)] == [sub]
