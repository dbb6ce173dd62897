"""Tolls of round 51 (issue #9, docs/notes/fat51.md), on wire wording made up for the tests.

1. A death or injury verb led by و with a count of its own right after it (وأصيب 5 آخرون،
   وجرح نحو عشرة، وأصيب آخرون) opens a clause with its own subject: it tells nothing of a
   count before it (toll_objects.own_clause); so does a victim noun right after it (وأصيب
   شخصان، وأصيب جنديان). "قتلت القوات أحد المواطنين وأصيب 5 آخرون": the
   one is the kill's object (1 dead), not the subject of أصيب (it was read as wounded, the kill
   left unnumbered: 10).
2. A first toll that counts the dead of both sides (قتل تسعة من المتمردين واثنان من جنود الجيش),
   then the other side's figure for one of them after من جانبه (أعلن الناطق باسم الحركة مقتل 21
   من القوات الحكومية): another figure for that side's count, the lower kept, the other side's
   count as it was (9 + min(2, 21) = 11, not 32: events.side_claims). The side of a count is the
   actor named in its group right after it.
3. A doer noun, a word calling it unknown (function_words unknown: مجهول، مجهولان), then an
   accusative victim (قتل مسلح مجهول مدنيا وزوجته): the doer is no victim - the accusative one
   and those joined to it are (unnumbered.singular_victims, as without the word between).
"""
from __future__ import annotations

import pytest

from tests.events.test_fat48 import tolls  # (the helpers of an earlier round)

PLACE = " في هجوم على قرية في ولاية شمال دارفور."


@pytest.mark.parametrize("text, want", [
    ("قتلت قوات الدعم السريع أحد المواطنين وأصيب 5 آخرون" + PLACE, [1]),
    ("قتلت قوات الدعم السريع إحدى النساء وأصيب 3 آخرون" + PLACE, [1]),
    ("قتلت قوات الدعم السريع أحد المواطنين وأصيب آخرون" + PLACE, [1]),
    ("قتل مسلحون أحد الرعاة وجرح ثلاثة آخرون" + PLACE, [1]),
    ("قتلت قوات الدعم السريع أحد المواطنين وأصيب نحو عشرة آخرين" + PLACE, [1]),
    ("قتلت قوات الدعم السريع أحد المواطنين وأصيب شخصان" + PLACE, [1]),
    ("قتل الجيش أحد المسلحين وأصيب جنديان في اشتباك على حاجز في مدينة الفاشر.", [1]),
    # guards: the count governed by the death word, a transitive injury verb, a numbered or
    # vague object, the count's own plural verb before و (as before)
    ("قتل أحد المواطنين وأصيب خمسة آخرون" + PLACE, [1]),
    ("قتلت قوات الدعم السريع أحد المواطنين وأصابت 5 آخرين" + PLACE, [1]),
    ("قتلت قوات الدعم السريع خمسة مواطنين وأصيب 7 آخرون" + PLACE, [5]),
    ("قتلت قوات الدعم السريع عددا من المواطنين وأصيب 5 آخرون" + PLACE, [10]),
    ("قتل مواطن وأصيب 5 آخرون" + PLACE, [1]),
    ("ثلاثة أطفال قتلوا وأصيب خمسة آخرون في قصف على قرية في ولاية شمال دارفور.", [3]),
])
def test_verb_with_its_own_count(pipeline, text, want):
    assert tolls(pipeline, text) == want


FASHER = " في اشتباكات في مدينة الفاشر اليوم، بحسب حكومة الولاية."


@pytest.mark.parametrize("text, want", [
    ("قتل تسعة من المتمردين واثنان من جنود الجيش" + FASHER + " من جانبه أعلن الناطق باسم الحركة مقتل 21 من القوات الحكومية.", [11]),
    ("قتل تسعة من المتمردين واثنان من جنود الجيش" + FASHER + " من جانبه أعلن الناطق باسم الحركة مقتل 21 جنديا.", [11]),
    ("قتل تسعة من المتمردين وخمسة من جنود الجيش" + FASHER + " من جانبه أعلن الناطق باسم الحركة مقتل ثلاثة من القوات الحكومية.", [12]),
    ("قتل تسعة من المسلحين وثلاثة من عناصر الشرطة في هجوم على مركز للشرطة في مدينة العريش اليوم، بحسب مصادر أمنية."
     " من جهته أعلن التنظيم مقتل 20 من عناصر الشرطة في الهجوم.", [12]),
    # guards: a first toll of one side only - the other side's dead still add; the wounded of
    # the side are no count of its dead
    ("قتل سبعة من المتمردين في اشتباكات مع الجيش في مدينة الفاشر اليوم، بحسب الجيش. من جانبه أعلن الناطق باسم الحركة مقتل خمسة جنود.", [12]),
    ("قتل عشرة من مقاتلي الحركة وخمسة من جنود الجيش في اشتباكات في مدينة الفاشر اليوم، بحسب الجيش. وفي المقابل أعلنت الحركة مقتل 40 من جنود الجيش.", [15]),
    ("قتل تسعة من المتمردين وأصيب ثلاثة من جنود الجيش" + FASHER + " من جانبه أعلن الناطق باسم الحركة مقتل 21 من القوات الحكومية.", [30]),
])
def test_other_side_figure_for_one_count(pipeline, text, want):
    assert tolls(pipeline, text) == want


ARISH = " في مدينة العريش."


@pytest.mark.parametrize("text, want", [
    ("قتل مسلح مجهول مدنيا وزوجته" + ARISH, [2]),
    ("قتل مسلحان مجهولان شرطيا" + ARISH, [1]),
    ("قتل مسلح مجهول شرطيا وزوجته" + ARISH, [2]),
    # guards: no word between (as before); the gunman the one killed
    ("قتل مسلح مجهول شرطيا" + ARISH, [1]),
    ("قتل مسلح شرطيا" + ARISH, [1]),
    ("قتل مسلح مجهول في اشتباك مع الشرطة في مدينة العريش.", [1]),
])
def test_unknown_doer_before_victim(pipeline, text, want):
    assert tolls(pipeline, text) == want
