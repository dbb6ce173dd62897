"""Tolls of round 39 (issue #9, docs/notes/fat39.md): "a number of" dead is ACLED's "several"
(10), a count of livestock counts no one, a count of 11-99 whose accusative noun has another
accusative noun joined to it is the total, a singular victim noun ending like a nisba before its
death verb is the victim. The sentences are made up in the style of the wire copy."""
from __future__ import annotations

from datetime import date

import pytest

from tests.events.conftest import events

PUB = date(2024, 5, 10)


def tolls(pipeline, text):
    return [e.fatalities for e in events(pipeline, text, PUB)]


@pytest.mark.parametrize("text, deaths", [
    # "عدد من" the dead, unnumbered: ACLED's "several" = 10, like قتلى alone (CODING.md)
    ("أسفر القصف المدفعي على مدينة الفاشر اليوم عن سقوط عدد من القتلى.", [10]),
    ("شنت طائرة مسيرة غارة على سيارة في بلدة شبعا اليوم ما أدى إلى استشهاد عدد من ركابها.", [10]),
    ("قتل عدد من عناصر الجيش في هجوم مسلح على نقطة عسكرية في مدينة موبتي اليوم.", [10]),
    # (a large number stays 10; a number of wounded is no death)
    ("أسفر القصف المدفعي على مدينة الفاشر اليوم عن سقوط عدد كبير من القتلى.", [10]),
    ("أسفر القصف المدفعي على مدينة الفاشر اليوم عن إصابة عدد من المدنيين.", [0]),
])
def test_a_number_of_dead(pipeline, text, deaths):
    assert tolls(pipeline, text) == deaths


@pytest.mark.parametrize("text, deaths", [
    # livestock counted after a number: no people
    ("قتل مسلحون مجهولون ثمانية رعاة في بادية الرقة أمس، كما قتلوا أكثر من 300 رأس من الأغنام.", [8]),
    ("قتل 3 مدنيين و25 بقرة في قصف مدفعي على قرية في ريف الرقة اليوم.", [3]),
    ("نفق 40 رأسا من الماشية وقتل راعيان في قصف مدفعي على قرية في ريف الرقة اليوم.", [2]),
    # (people stay counted)
    ("قتل مسلحون مجهولون 12 راعيا في بادية الرقة أمس.", [12]),
])
def test_livestock_counts_no_one(pipeline, text, deaths):
    assert tolls(pipeline, text) == deaths


@pytest.mark.parametrize("text, deaths", [
    # 11-99 and its accusative singular noun, another accusative noun joined: one count of both
    ("قتل 15 جنديا وضابطا من قوات الجيش في هجوم مسلح على حاجز أمني في مدينة رفح اليوم.", [15]),
    ("قتل مسلحون 12 شرطيا ومدنيا في هجوم على حاجز أمني في مدينة رفح اليوم.", [12]),
    # (a singular in another case is one more: 20 soldiers and an officer; a plural count and a
    # singular joined to it, too)
    ("أسفر الهجوم على حاجز أمني في مدينة رفح اليوم عن مقتل 20 جنديا وضابط.", [21]),
    ("قتل 3 جنود وضابط في هجوم على حاجز أمني في مدينة رفح اليوم.", [4]),
])
def test_shared_counted_noun(pipeline, text, deaths):
    assert tolls(pipeline, text) == deaths


@pytest.mark.parametrize("text, deaths", [
    # a singular victim noun ending in ي (مدني، عسكري) right before its death verb, a word before it
    ("وكان مدني قتل وأصيب آخرون في قصف جوي على مدينة الميادين اليوم.", [1]),
    ("وكان مدني قتل في قصف جوي على مدينة الميادين اليوم.", [1]),
    ("وأفادت المصادر أن عسكري قتل في هجوم على حاجز في مدينة الميادين اليوم.", [1]),
    # (a nisba after the victim noun still is its adjective)
    ("وكان شاب فلسطيني استشهد في مدينة جنين اليوم.", [1]),
])
def test_singular_in_nisba_form(pipeline, text, deaths):
    assert tolls(pipeline, text) == deaths


@pytest.mark.parametrize("text, deaths", [
    # a toll's head, a word of period or sum, then the figure with no إلى: a total, not the act's
    ("قتل 15 شخصا في غارة جوية إسرائيلية على مخيم النصيرات اليوم. وقد بلغت حصيلة ضحايا القصف"
     " الإسرائيلي منذ فجر اليوم 55 قتيلا.", [15]),
    ("قتل 15 شخصا في غارة جوية إسرائيلية على مخيم النصيرات اليوم، وبلغت الحصيلة الإجمالية للقتلى"
     " في القطاع 60 قتيلا.", [15]),
    # (a toll's head with no period word is the act's own; a vague عدد من is no head)
    ("أعلنت مصادر طبية أن حصيلة القصف على مدينة دوما اليوم بلغت 7 قتلى.", [7]),
    ("أصيب عدد من المدنيين خلال القصف على مدينة دوما اليوم، وقتل 3 آخرون.", [3]),
])
def test_period_total_without_to(pipeline, text, deaths):
    assert tolls(pipeline, text) == deaths


@pytest.mark.parametrize("text, deaths", [
    # a count right after another word joined by و (displaced, abducted, arrested) is that word's
    ("هاجمت مجموعات مسلحة قرية قرب مدينة الفاشر اليوم مما تسبب في مقتل عدد من السكان وتشريد"
     " الآلاف من المواطنين.", [10]),
    ("أسفر الهجوم على قرية قرب مدينة الفاشر اليوم عن مقتل خمسة أشخاص واختطاف 20 من السكان.", [5]),
    ("قتل مسلحون خمسة أشخاص وخطفوا 20 من السكان في هجوم على قرية قرب مدينة الفاشر اليوم.", [5]),
    ("أسفر الهجوم على قرية قرب مدينة الفاشر اليوم عن مقتل شخص واعتقال 12 من السكان.", [1, 0]),
    # (a count joined by و to the dead is more dead)
    ("قتل مسلحون خمسة أشخاص و3 من الجنود في هجوم على قرية قرب مدينة الفاشر اليوم.", [8]),
])
def test_count_of_a_joined_word(pipeline, text, deaths):
    assert tolls(pipeline, text) == deaths


@pytest.mark.parametrize("text, deaths", [
    # a victim in the singular or dual after "besides" and its preposition, past a count of the dead
    ("أسفر الهجوم على نقطة عسكرية في مدينة موبتي اليوم عن مقتل عدد من عناصر الجيش والدرك، إضافة إلى"
     " مدني واحد.", [11]),
    ("أسفر الهجوم على نقطة عسكرية في مدينة موبتي اليوم عن مقتل خمسة جنود إضافة إلى مدني.", [6]),
    ("قتل ثلاثة جنود، فضلا عن ضابط، في هجوم على نقطة عسكرية في مدينة موبتي اليوم.", [4]),
    # (a wounded one after "besides" is no death; a count after it was counted before)
    ("أسفر الهجوم على نقطة عسكرية في مدينة موبتي اليوم عن مقتل خمسة جنود فضلا عن إصابة مدني.", [5]),
    ("أسفر الهجوم على نقطة عسكرية في مدينة موبتي اليوم عن مقتل خمسة جنود فضلا عن ثلاثة مدنيين.", [8]),
])
def test_victim_besides(pipeline, text, deaths):
    assert tolls(pipeline, text) == deaths


@pytest.mark.parametrize("text, deaths", [
    # "departed life" and "breathed his last" are deaths (with the act that caused them)
    ("فارق شاب الحياة متأثرا بجراحه التي أصيب بها برصاص الاحتلال في مدينة جنين اليوم.", [1]),
    ("فارق الحياة شاب متأثرا بجراحه التي أصيب بها برصاص الاحتلال في مدينة جنين اليوم.", [1]),
    ("لفظ الشاب أنفاسه الأخيرة متأثرا بإصابته برصاص الاحتلال في مدينة جنين اليوم.", [1]),
    # "several" (عدة) is ACLED's 10, like عدد من
    ("قتل عدة أشخاص في قصف مدفعي على بلدة سرمين اليوم.", [10]),
])
def test_death_words(pipeline, text, deaths):
    assert tolls(pipeline, text) == deaths


@pytest.mark.parametrize("text, deaths", [
    # a dual victim right after the death verb, then a count joined to it: both
    ("قتل شرطيان وثلاثة من المهاجمين في هجوم على مركز للشرطة في مدينة الرمادي اليوم.", [5]),
    ("قتل طفلان و3 نساء في قصف مدفعي على بلدة سرمين اليوم.", [5]),
    # (a dual counted itself is not counted twice; a singular stays one)
    ("أسفر الهجوم على مركز للشرطة في مدينة الرمادي اليوم عن مقتل جنديين وخمسة مسلحين.", [7]),
    ("قتل جندي وثلاثة من المهاجمين في هجوم على مركز للشرطة في مدينة الرمادي اليوم.", [4]),
])
def test_dual_before_count(pipeline, text, deaths):
    assert tolls(pipeline, text) == deaths


@pytest.mark.parametrize("text, deaths", [
    # a dual victim after a second death word, beside the counted dead: two more
    ("أسفر الهجوم على حاجز في مدينة الرمادي اليوم عن مقتل جنديين، فيما قتل المهاجمان.", [4]),
    ("أسفر الهجوم على حاجز في مدينة الرمادي اليوم عن مقتل 3 جنود، ومقتل طفلين.", [5]),
    # (a singular stays one; the doers before their victim are no dead)
    ("أسفر الهجوم على حاجز في مدينة الرمادي اليوم عن مقتل جنديين، فيما قتل المهاجم.", [3]),
    ("قتل مسلحان شرطيا في هجوم على حاجز في مدينة الرمادي اليوم.", [1]),
])
def test_dual_beside_count(pipeline, text, deaths):
    assert tolls(pipeline, text) == deaths
