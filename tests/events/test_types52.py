"""Mechanisms of types52 (issue #9, docs/notes/types52.md), on sentences made up in the style of
the wire copy:

- a protest noun that is the object of a word of preventing or banning (function_words
  ``prevent``: منع، حظر، حال دون), maybe past its subject and a staging noun (``staging``: تنظيم،
  إقامة), or of a permit noun right before (``permit``: ترخيص لتنظيم مظاهرة) tells a protest kept
  from being held, or asked for: no protest (events.trigger_vetoes.prevented). A crowd that is
  there and is kept from a square, or a protest held despite a ban, still protests."""
from __future__ import annotations

from datetime import date

import pytest

from tests.events.conftest import events

PUB = date(2024, 12, 2)
PROTESTS = ("Peaceful protest", "Protest with intervention", "Excessive force against protesters")


def subtypes(pipeline, text):
    return [e.sub_event_type for e in events(pipeline, text, PUB)]


PREVENTED = [
    "منعت السلطات المصرية إقامة مظاهرة أمام نقابة الصحفيين في القاهرة اليوم.",
    "حالت قوات الأمن دون تنظيم مسيرة احتجاجية في مدينة الحسيمة اليوم.",
    "حظرت وزارة الداخلية التونسية التظاهر في شارع الحبيب بورقيبة بتونس العاصمة.",
    "منعت قوات الأمن الأردنية تنظيم وقفة احتجاجية أمام السفارة الإسرائيلية في عمان.",
    "رفضت محافظة بغداد منح ترخيص لتنظيم مظاهرة في ساحة التحرير.",
    "قررت السلطات منع التظاهرات في وسط مدينة الجزائر العاصمة.",
    "تقدم ناشطون بطلب ترخيص لتنظيم اعتصام أمام البرلمان في بيروت.",
    "أصدر محافظ البصرة قرارا بحظر المظاهرات في المدينة.",
]


STILL_PROTESTS = [
    "منعت الشرطة المتظاهرين من الوصول إلى ساحة التحرير في بغداد اليوم.",
    "تظاهر المئات في عمان اليوم رغم قرار منع التظاهر.",
    "نظم مئات المعلمين وقفة احتجاجية أمام مقر وزارة التربية في بغداد اليوم.",
    "خرج آلاف السودانيين في مظاهرات بمدينة أم درمان اليوم رغم الحظر.",
]


# - petrol bombs (زجاجات حارقة، المولوتوف) thrown are a riot word, as stones are (triggers.tsv row
#   القي زجاجات حارقه): a crowd that throws them at a force riots, it does not protest peacefully.
PETROL_BOMBS = [
    "ألقى شبان زجاجات حارقة على قوات الاحتلال قرب مدخل مدينة البيرة اليوم.",
    "ألقى المحتجون الزجاجات الحارقة على قوات الأمن في مدينة القصرين اليوم.",
    "رشق محتجون قوات الأمن بالزجاجات الحارقة في مدينة القصرين اليوم.",
    "ألقى متظاهرون زجاجات المولوتوف على مركز الشرطة في مدينة سيدي بوزيد اليوم.",
]


@pytest.mark.parametrize("text", PETROL_BOMBS)
def test_a_crowd_throwing_petrol_bombs_riots(pipeline, text):
    assert subtypes(pipeline, text) == ["Violent demonstration"]


# - an occurrence verb's place told between it and its plural act noun (شهدت أحياء عدة في تونس
#   العاصمة مواجهات، اندلعت في بلدة X بريف Y الشرقي اشتباكات) no longer makes the plural generic:
#   place names and their cues (في، بلدة، بريف، الشرقي) are not counted in the occurrence window
#   (events.generic_acts._words_between). A since-date between still tells a state that goes on.
PLACE_BETWEEN = [
    ("شهدت أحياء عدة في تونس العاصمة مواجهات ليلية بين شبان وقوات الأمن.", "Violent demonstration"),
    ("شهدت أحياء في مدينة القصرين مواجهات بين شبان وقوات الأمن.", "Violent demonstration"),
    ("اندلعت في بلدة الحراك بريف درعا الشرقي اشتباكات بين فصائل المعارضة وقوات النظام.", "Armed clash"),
    ("شهدت مدينة الحسيمة شمال المغرب مواجهات بين محتجين وقوات الأمن.", "Violent demonstration"),
]


@pytest.mark.parametrize("text, sub", PLACE_BETWEEN)
def test_a_place_between_the_occurrence_verb_and_its_plural(pipeline, text, sub):
    assert subtypes(pipeline, text) == [sub]


ONGOING_STATE = [
    "وتشهد مدينة السليمانية منذ الأربعاء الماضي، تظاهرات احتجاجية على تأخر صرف الرواتب.",
    "وتشهد مدينة السويداء منذ أشهر احتجاجات يومية ضد الحكومة.",
]


@pytest.mark.parametrize("text", ONGOING_STATE)
def test_a_state_since_a_day_is_no_act(pipeline, text):
    assert subtypes(pipeline, text) == []


# - a confrontation told with words of confrontation only (مواجهات) whose one side named is a
#   civilians noun (الشبان، الأهالي) - the other side untold - is the people's confrontation with a
#   force, a violent demonstration (events.crowd_fights.crowd_confronts_force), not an armed clash
#   of an unidentified group against civilians. اشتباكات (no confrontation word) keeps its battle.
YOUTHS_ALONE = [
    ("اندلعت مواجهات عنيفة في بلدة بيتا جنوب نابلس أصيب خلالها عشرات الشبان.", "Violent demonstration"),
    ("اندلعت مواجهات في مدينة القصرين ليلة أمس شارك فيها مئات الشبان.", "Violent demonstration"),
    ("شهدت مناطق مختلفة من القطاع مواجهات عنيفة تمكن خلالها الشبان من اقتلاع أجزاء من السياج شرق بلدة جباليا.",
     "Violent demonstration"),
    ("اندلعت اشتباكات عنيفة في بلدة الحراك أصيب خلالها عدد من المدنيين.", "Armed clash"),
]


@pytest.mark.parametrize("text, sub", YOUTHS_ALONE)
def test_a_confrontation_with_the_people_alone_named(pipeline, text, sub):
    assert subtypes(pipeline, text) == [sub]


# - a crowd word right after a noun of its demands or of talks with it, maybe past مع
#   (function_words ``addressed``: مطالب، حوار، مفاوضات) names whom others answer: no protest
#   (events.trigger_vetoes.named_body).
ADDRESSED = [
    "استجابت الحكومة لمطالب المعتصمين في مدينة تطاوين اليوم.",
    "وافق رئيس الوزراء على مطالب المحتجين في مدينة البصرة اليوم.",
    "بدأت الحكومة حوارا مع المحتجين في مدينة البصرة اليوم.",
    "أجرى محافظ ذي قار مفاوضات مع المتظاهرين في مدينة الناصرية اليوم.",
    "تتلخص مطالب المحتجين في توفير فرص العمل وتحسين الخدمات في مدينة البصرة.",
]


STILL_DEMANDS = [
    "تظاهر المئات في مدينة البصرة اليوم وأكدوا تمسكهم بمطالب المحتجين.",
    "اعتصم عشرات الخريجين أمام مبنى المحافظة في البصرة اليوم للمطالبة بفرص عمل.",
]


# - protesters by name (أنصار X: a party's or candidate's supporters, actors.tsv protesters) who
#   smash, burn or loot property riot: a violent demonstration (taxonomy.decide), not the
#   looting/property destruction of an armed side.
SUPPORTERS_DESTROY = [
    "اقتحم أنصار الحزب مقر قناة تلفزيونية في بغداد اليوم وحطموا محتوياتها.",
    "حطم أنصار المرشح الخاسر واجهات مقر اللجنة الانتخابية في مدينة الكرك اليوم.",
    "أحرق أنصار التيار مقر الحزب المنافس في مدينة الناصرية اليوم.",
    "نهب أنصار الرئيس السابق محتويات مبنى البلدية في مدينة سرت اليوم.",
]


@pytest.mark.parametrize("text", SUPPORTERS_DESTROY)
def test_supporters_destroying_property_riot(pipeline, text):
    assert subtypes(pipeline, text) == ["Violent demonstration"]


@pytest.mark.parametrize("text", PREVENTED + ADDRESSED)
def test_a_protest_prevented_or_a_crowd_answered_tells_no_protest(pipeline, text):
    assert not [s for s in subtypes(pipeline, text) if s in PROTESTS]


@pytest.mark.parametrize("text", STILL_PROTESTS + STILL_DEMANDS)
def test_a_crowd_held_back_defiant_or_demanding_still_protests(pipeline, text):
    assert [s for s in subtypes(pipeline, text) if s in PROTESTS]
