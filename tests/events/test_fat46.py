"""Tolls of round 46 (issue #9, docs/notes/fat46.md): a count whose clause tells it over a span
still going on - a word of continuing (an imperfect verb of undergoing or lasting, or its
participle) a few words before "since" and a unit of a day or longer after it - is the span's
total, not the toll of the day's act (CODING.md: period totals never go to one event); a day told
before "since" keeps the count the day's. The sentences are made up in the style of the wire
copy."""
from __future__ import annotations

from datetime import date

import pytest

from hadath.events.toll_objects import continuing_period
from hadath.text.normalize import normalize
from hadath.text.sentences import split_sentences
from hadath.text.tokenize import tokenize
from tests.events.conftest import events

PUB = date(2024, 5, 10)
LEAD = "قتل مدنيان اثنان في قصف مدفعي لقوات النظام على بلدة كفرنبل اليوم. "


def tolls(pipeline, text):
    return sorted(e.fatalities for e in events(pipeline, text, PUB))


@pytest.mark.parametrize("text, since", [
    ("قتل ستة مدنيين في قصف تتعرض له البلدة منذ ثلاثة أيام", True),
    ("قتل عشرون شخصا في المعارك المستمرة منذ أسبوعين", True),
    ("قتل عشرون شخصا في الاشتباكات المتواصلة منذ مطلع الشهر", True),
    ("قتل تسعة في القصف الذي تشهده المدينة منذ أيام", True),
    ("قتل عشرون شخصا في الحرب الدائرة منذ سنوات", True),
    # "since" with no word of continuing: "three days ago", a dated act
    ("قتل ستة مدنيين في قصف منذ ثلاثة أيام", False),
    # a word of continuing with no "since" and unit
    ("قتل ستة مدنيين في قصف مستمر على البلدة", False),
    # "since" and a unit of hours: the day's own
    ("قتل ستة مدنيين في قصف مستمر منذ ساعات الصباح", False),
])
def test_continuing_period(text, since):
    n = normalize(text)
    toks = tokenize(n, split_sentences(n))
    assert (continuing_period(toks, 0, len(toks)) is not None) == since


@pytest.mark.parametrize("more, deaths", [
    # the span's total told after the day's act at the same town: not the act's toll
    ("وقتل ستة مدنيين في البلدة ذاتها في قصف تتعرض له منذ ثلاثة أيام.", [2]),
    ("وقتل في البلدة ذاتها تسعة مدنيين جراء القصف المتواصل عليها منذ أسبوع.", [2]),
    ("وارتفع إلى ثمانية عدد القتلى في البلدة ذاتها في القصف الذي تشهده منذ أيام.", [2]),
])
def test_period_total_not_the_acts(pipeline, more, deaths):
    assert tolls(pipeline, LEAD + more) == deaths


@pytest.mark.parametrize("text, deaths", [
    # a day told before "since": the day's toll in a long fight
    ("قتل ثلاثة مدنيين أمس في القصف الذي تتعرض له مدينة دوما منذ أيام.", [3]),
])
def test_day_told_keeps_toll(pipeline, text, deaths):
    assert tolls(pipeline, text) == deaths


@pytest.mark.parametrize("text, deaths", [
    # a count beside a trigger of a period's total with a day told between: the day's dead
    ("قتل خمسة جنود اليوم في المعارك المستمرة في مدينة الفاشر.", [5]),
    ("قتل خمسة جنود اليوم في المعارك المستمرة منذ أسبوعين في مدينة الفاشر.", [5]),
    ("قتل سبعة مدنيين أمس في المعارك المستمرة في مدينة الفاشر.", [7]),
    # no day told: the count is the total's, and its verb guesses no unnumbered dead
    ("قتل خمسة جنود في المعارك المستمرة منذ أسبوعين في مدينة الفاشر.", [0]),
])
def test_day_between_count_and_tally(pipeline, text, deaths):
    assert tolls(pipeline, text) == deaths


@pytest.mark.parametrize("text, deaths", [
    # victims named in the singular (kin with their pronoun among them) and joined by و before
    # a count of the dead: each one more
    ("قتل رجل وزوجته وثلاثة من أطفالهما في غارة جوية على مدينة غزة اليوم.", [5]),
    ("قتلت امرأة وأطفالها الأربعة في غارة جوية على مدينة غزة اليوم.", [5]),
    ("قتل رجل وزوجته وأطفالهما الأربعة في قصف على مدينة حلب اليوم.", [6]),
    ("استشهد مواطن ووالدته وثلاثة من أشقائه في غارة جوية على مدينة غزة اليوم.", [5]),
    ("قتل الجيش رجلا وزوجته وأطفالهما الثلاثة في غارة جوية على مدينة غزة اليوم.", [5]),
    ("أسفرت الغارة على مدينة غزة اليوم عن استشهاد رجل وزوجته وأربعة من أطفالهما.", [6]),
    # (one before the count: as before)
    ("قتل مسن وثلاثة من أحفاده في غارة جوية على مدينة غزة اليوم.", [4]),
    # the chain led by a subset word: among the toll counted, nothing added
    ("قتل خمسة مدنيين بينهم رجل وزوجته وأطفالهما الثلاثة في غارة جوية على مدينة غزة اليوم.", [5]),
    # the chain is the wounded's
    ("قتل ثلاثة مدنيين في غارة جوية على مدينة غزة اليوم، وأصيب رجل وزوجته وأطفالهما الأربعة.", [3]),
    ("قتل رجل وزوجته في غارة جوية على مدينة غزة اليوم.", [2]),
])
def test_singles_before_count(pipeline, text, deaths):
    assert tolls(pipeline, text) == deaths


@pytest.mark.parametrize("text, deaths", [
    # فارق الحياة governs its count: the wounded who died are dead
    ("فارق ثلاثة جرحى الحياة بعد قصف على مدينة حلب اليوم.", [3]),
    ("فارق ثلاثة مصابين الحياة بعد قصف على مدينة حلب اليوم.", [3]),
    ("فارقت امرأتان مصابتان الحياة بعد قصف على مدينة حلب اليوم.", [2]),
    ("فارق الحياة أحد الجرحى بعد قصف على مدينة حلب اليوم.", [1]),
    ("توفي ثلاثة جرحى متأثرين بجراحهم بعد قصف على مدينة حلب اليوم.", [3]),
])
def test_died_of_wounds(pipeline, text, deaths):
    assert tolls(pipeline, text) == deaths


@pytest.mark.parametrize("text, deaths", [
    # a range opened by بين and closed by إلى: its low end (CODING.md: the lowest credible)
    ("سقط بين 10 إلى 15 قتيلا في قصف على مدينة حلب اليوم.", [10]),
    ("قتل ما بين 10 إلى 15 شخصا في قصف على مدينة حلب اليوم.", [10]),
    ("قتل ما بين عشرة إلى خمسة عشر شخصا في قصف على مدينة حلب اليوم.", [10]),
    ("قتل بين 20 الى 30 شخصا في قصف على مدينة حلب اليوم.", [20]),
    # (as before: بين ... و، and a range with no بين)
    ("قتل ما بين 10 و15 شخصا في قصف على مدينة حلب اليوم.", [10]),
    ("قتل 10 إلى 15 شخصا في قصف على مدينة حلب اليوم.", [10]),
])
def test_between_to_range(pipeline, text, deaths):
    assert tolls(pipeline, text) == deaths


@pytest.mark.parametrize("text, deaths", [
    # a count split "between dead and wounded": counted together (CODING.md: 1 with a numeral,
    # 10 with a vague word)
    ("أسفر القصف على مدينة حلب اليوم عن سقوط 12 ضحية بين قتيل وجريح.", [1]),
    ("سقط عشرات الضحايا بين قتيل وجريح في قصف على مدينة حلب اليوم.", [10]),
    ("سقط 20 بين جريح وقتيل في قصف على مدينة حلب اليوم.", [1]),
    ("سقط 15 شخصا بين قتيل وجريح في قصف على مدينة حلب اليوم.", [1]),
    # (kinds of victim that are not dead and wounded: the count is the dead)
    ("قتل 5 أشخاص بين مدنيين وعسكريين في قصف على مدينة حلب اليوم.", [5]),
])
def test_between_dead_and_wounded(pipeline, text, deaths):
    assert tolls(pipeline, text) == deaths


@pytest.mark.parametrize("text, deaths", [
    # "its victims" (a death noun with a pronoun) after a massacre: the count told after it is
    # the toll, the noun no victim of its own
    ("ارتكبت الطائرات مجزرة في مدينة غزة اليوم راح ضحيتها 12 مدنيا.", [12]),
    ("وقعت مجزرة في مدينة غزة اليوم راح ضحيتها 12 مدنيا.", [12]),
    ("وقع انفجار في مدينة الموصل اليوم راح ضحيته سبعة أشخاص.", [7]),
    # (a death noun in the singular with no pronoun: one)
    ("سقط شهيد في غارة جوية على مدينة غزة اليوم.", [1]),
    ("قصفت الطائرات مدينة غزة اليوم وراح ضحية القصف 12 مدنيا.", [12]),
])
def test_its_victims(pipeline, text, deaths):
    assert tolls(pipeline, text) == deaths


@pytest.mark.parametrize("text, deaths", [
    # a number before من and a noun of age is an age, no count of the dead
    ("قتل رجل في الخمسين من عمره في قصف على مدينة حلب اليوم.", [1]),
    ("قتلت امرأة في الستين من عمرها في قصف على مدينة حلب اليوم.", [1]),
    ("قتل شاب في العشرين من العمر برصاص الجيش في مدينة جنين اليوم.", [1]),
    # (من and a group: a partitive count, as before)
    ("قتل ثلاثة من عناصر الشرطة في هجوم في مدينة العريش اليوم.", [3]),
    ("قتل خمسة من المدنيين في قصف على مدينة حلب اليوم.", [5]),
])
def test_age_is_no_count(pipeline, text, deaths):
    assert tolls(pipeline, text) == deaths
