"""Tolls of round 58 (issue #9, docs/notes/fat58.md), on wire wording made up for the tests.

1. An act as the kill verb's subject with a relative clause of striking on it before the count
   (قتل تفجير انتحاري استهدف نقطة تفتيش في مدينة بعقوبة اليوم ثمانية جنود): the count of
   people past the clause is the kill verb's object (relative_toll.past_relative; was 1, the
   bomber's singular, or 10, a death told with no count). Guards: a count right after the
   relative verb is what it aimed at (no rule), a count carried by a short imperfect verb
   (حافلة تقل 30 راكبا) is no toll, a wound verb between keeps the count off.
2. A count that follows its noun (ومدنيان اثنان، وجنود ثلاثة) when that noun is joined by و to a
   victim told before it: the joined noun's count, dead like the first victim
   (relative_toll.postposed_joined; was 1). Guards: a wound verb or another verb between, a
   count with a noun of its own.
"""
from __future__ import annotations

import pytest

from tests.events.test_fat48 import tolls  # (the helpers of an earlier round)


@pytest.mark.parametrize("text, want", [
    ("قتل تفجير انتحاري استهدف نقطة تفتيش في مدينة بعقوبة اليوم ثمانية جنود.", [8]),
    ("قتلت غارة جوية استهدفت منزلا في مدينة إدلب اليوم خمسة مدنيين.", [5]),
    ("قتل انفجار عبوة ناسفة استهدف دورية للجيش في مدينة الرمادي أربعة جنود.", [4]),
    ("قتلت الغارة التي استهدفت منزلا في مدينة إدلب اليوم ثمانية مدنيين.", [8]),
    ("قتل هجوم صاروخي طال سوقا شعبيا في مدينة حلب اليوم ستة مدنيين.", [6]),
    # controls: no relative clause, a people subject within reach, أودى ... بحياة
    ("قتل تفجير انتحاري ثمانية جنود في مدينة بعقوبة اليوم.", [8]),
    ("قتل مسلحون استهدفوا حاجزا في مدينة درعا ثلاثة جنود.", [3]),
    ("أودى هجوم مسلح استهدف حافلة في مدينة الموصل بحياة ستة مدنيين.", [6]),
])
def test_count_past_relative_clause(pipeline, text, want):
    assert tolls(pipeline, text) == want


@pytest.mark.parametrize("text, not_want", [
    ("قتل تفجير استهدف حافلة تقل 30 راكبا في مدينة الموصل.", 30),  # the passengers carried
    ("قتل تفجير استهدف نقطة تفتيش في مدينة بعقوبة وأصاب ثمانية جنود.", 8),  # the wounded
])
def test_count_past_relative_clause_guards(pipeline, text, not_want):
    assert not_want not in tolls(pipeline, text)


@pytest.mark.parametrize("text, want", [
    ("قتل طفل ومدنيان اثنان في قصف على مدينة إدلب اليوم.", [3]),
    ("قتل ضابط وجنود ثلاثة في هجوم على حاجز في مدينة درعا اليوم.", [4]),
    ("قتل شاب وامرأتان اثنتان في قصف على مدينة إدلب اليوم.", [3]),
    ("لقي طفل وامرأتان اثنتان حتفهم في قصف على مدينة حلب اليوم.", [3]),
    # controls: the count with its own noun, the wounded
    ("أسفر القصف عن مقتل ضابط وعناصر خمسة من الجيش في مدينة درعا.", [6]),
    ("قتل جندي وأصيب مدنيان اثنان في هجوم على مدينة درعا اليوم.", [1]),
    ("قتل جندي في هجوم استهدف حاجزا في مدينة درعا ونجا مدنيان اثنان.", [1]),
])
def test_postposed_count_of_joined_noun(pipeline, text, want):
    assert tolls(pipeline, text) == want
