"""Tolls of round 42 (issue #9, docs/notes/fat42.md): a toll told with a word of "also" a few
words before its count (قتل أيضا، كما قتل، وأسفر الهجوم كذلك عن مقتل) counts more dead of the act
told before, and the two add up when the tellings fold; a restatement (وقال أيضا إن ...) does
not. The sentences are made up in the style of the wire copy."""
from __future__ import annotations

from datetime import date

import pytest

from tests.events.conftest import events

PUB = date(2024, 5, 10)
LEAD = "قتل أربعة جنود في هجوم شنه مسلحون على حاجز للجيش في مدينة الموصل اليوم. "


def tolls(pipeline, text):
    return [e.fatalities for e in events(pipeline, text, PUB)]


@pytest.mark.parametrize("more, deaths", [
    # more dead of the same act, told with "also": added
    ("وأسفر الهجوم كذلك عن مقتل مدنيين اثنين.", [6]),
    ("وقتل في الهجوم أيضا ثلاثة مدنيين.", [7]),
    ("وقتل أيضا ثلاثة مدنيين في الهجوم.", [7]),
    ("وأدى الهجوم أيضا إلى مقتل خمسة من المارة.", [9]),
    # ... "also" after the count and its verb
    ("وقالت مصادر أمنية إن ثلاثة مدنيين قتلوا أيضا في الهجوم.", [7]),
    ("ولقي ثلاثة مدنيين حتفهم كذلك في الهجوم.", [7]),
    # (an "also" of the wounded's clause after the count: no addition)
    ("وقتل في الهجوم أربعة جنود وأصيب أيضا خمسة آخرون.", [4]),
    # a restatement by a speaker ("also said that"): the larger, not the sum
    ("وقال مسؤول أيضا إن أربعة جنود قتلوا في الهجوم.", [4]),
    ("وأكد الجيش كذلك أن أربعة جنود قتلوا في الهجوم.", [4]),
    # a sentence opened by كما often tells another act (كما قتل خمسة بانفجار عبوة ناسفة في حي
    # آخر): not read as more dead of this one
    ("كما قتل ثلاثة مدنيين في الهجوم.", [4]),
    # no "also": the same toll told again
    ("وقتل في الهجوم أربعة جنود.", [4]),
])
def test_also_adds(pipeline, more, deaths):
    assert tolls(pipeline, LEAD + more) == deaths


@pytest.mark.parametrize("text, deaths", [
    # singular relative nouns joined after a counted plural of them: one person each
    ("قتل ثلاثة سوريين ولبناني وعراقي في غارة جوية على مدينة دمشق اليوم.", [5]),
    ("قتل خمسة فلسطينيين وأردني في قصف على مدينة غزة اليوم.", [6]),
    ("أسفرت الغارة على مدينة دمشق اليوم عن مقتل أربعة عراقيين وإيراني.", [5]),
    ("قتل ثلاثة جنود سوريين وعراقي في غارة جوية على مدينة دمشق اليوم.", [4]),
    # (a definite word, a toll noun, another verb end the run)
    ("قتل خمسة فلسطينيين والجيش الإسرائيلي يواصل القصف على مدينة غزة اليوم.", [5]),
    ("قتل ثلاثة مدنيين وجرحى في غارة جوية على مدينة دمشق اليوم.", [3]),
    ("قتل ثلاثة سوريين وأصيب خمسة في غارة جوية على مدينة دمشق اليوم.", [3]),
])
def test_joined_nisbas(pipeline, text, deaths):
    assert tolls(pipeline, text) == deaths


@pytest.mark.parametrize("text, deaths", [
    # the doers' claim (تبنى) and a count by others of the same act: the lowest credible
    ("تبنى تنظيم داعش قتل 14 جنديا في كمين قرب مدينة الموصل. "
     "من جانبها أكدت وزارة الدفاع مقتل 9 جنود في الكمين قرب مدينة الموصل.", [9]),
    ("أكدت وزارة الدفاع مقتل 9 جنود في كمين قرب مدينة الموصل. "
     "وتبنت جماعة مسلحة قتل 20 جنديا في الكمين قرب مدينة الموصل.", [9]),
    ("تبنت حركة الشباب قتل 30 جنديا في هجوم على قاعدة عسكرية قرب مدينة بيدوا. "
     "وقال الجيش إن 7 جنود قتلوا في الهجوم على القاعدة قرب مدينة بيدوا.", [7]),
    # (no claim: two counts, the larger as before)
    ("قتل 9 جنود في كمين قرب مدينة الموصل. "
     "وقال مصدر أمني إن 12 جنديا قتلوا في الكمين قرب مدينة الموصل.", [12]),
])
def test_claim_below_a_count(pipeline, text, deaths):
    assert tolls(pipeline, text) == deaths
