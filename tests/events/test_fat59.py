"""Tolls of round 59 (issue #9, docs/notes/fat59.md), on wire wording made up for the tests.

1. A relative clause on the kill verb's subject opened by any verb, not only a verb of striking:
   after a relative pronoun (قتل الهجوم الذي نفذه مسلحون ... أربعة جنود) or, on an indefinite
   act, a perfect verb whose object pronoun points back to it (قتل هجوم نفذه مسلحون ... خمسة
   جنود، قتلت غارة شنتها طائرة ... تسعة مسلحين): the count of people past the clause is the
   kill verb's object (relative_toll.clause_verb; was 10, a death told with no count).
2. A bare casualty plural counted by "the number of them" after it (سقوط قتلى بلغ عددهم 9،
   قتلى عددهم 9، شهداء يبلغ عددهم ستة): the number is the plural's, no "several" of its own
   (numbers_cues.tsv count_of_them; was 10 + 9 = 19).
3. A victim joined by و in the dual of a construct with a pronoun, in the nominative (شقيقاه،
   ابناه) or of a noun in ة (ابنتيه، طفلتيها، ابنتاها): two more (joined._pronoun_dual read only
   the genitive ي of a noun with no ة: طفليها، ابنيه; was 1 or 2).
4. The irregular dual أخوين (two brothers; أخ builds it on أخو): numbers_nouns.tsv ``dual``
   (was 10, a death told with no count). Its nominative أخوان is also the plural إخوان and
   stays unread (الإخوان: the Brotherhood).
"""
from __future__ import annotations

import pytest

from hadath.events.relative_toll import resumptive_verb
from hadath.text.normalize import normalize
from hadath.text.tokenize import tokenize
from tests.events.test_fat48 import tolls  # (the helpers of an earlier round)


@pytest.mark.parametrize("text, want", [
    ("قتل الهجوم الذي نفذه مسلحون مجهولون على حاجز للجيش في مدينة درعا أربعة جنود.", [4]),
    ("قتل الهجوم الذي شنه مسلحون على نقطة تفتيش في مدينة بعقوبة اليوم ثمانية جنود.", [8]),
    ("قتلت الغارة التي شنتها طائرات حربية على مدينة إدلب اليوم خمسة مدنيين.", [5]),
    ("قتلت العبوة الناسفة التي زرعها مجهولون على طريق في مدينة الرمادي أربعة جنود.", [4]),
    ("قتل هجوم نفذه مسلحون على حاجز للجيش في مدينة درعا خمسة جنود.", [5]),
    ("قتلت غارة شنتها طائرة مسيرة على سيارة في مدينة مأرب تسعة مسلحين.", [9]),
    ("قتل القصف الذي تعرضت له مدينة دوما اليوم سبعة مدنيين.", [7]),
    ("قتل في الهجوم الذي نفذه مسلحون على حاجز في مدينة درعا أربعة جنود.", [4]),
    ("قتلت الغارة التي شنتها طائرات التحالف على مدينة صعدة أمس خمسة مدنيين، وقال مسؤولون إن "
     "الغارة استهدفت سوقا.", [5]),
    # controls: no relative clause; a verb of striking (round 58)
    ("قتل قصف مدفعي على مدينة درعا اليوم خمسة جنود.", [5]),
    ("قتل الانفجار الذي هز حيا سكنيا في مدينة حلب ثلاثة أطفال.", [3]),
    ("قتل الهجوم الذي وقع أمس في مدينة درعا ثلاثة جنود.", [3]),
    ("قتل القيادي الذي قاد هجمات على مدينة درعا في غارة جوية اليوم.", [1]),  # a person's clause
])
def test_count_past_any_relative_clause(pipeline, text, want):
    assert tolls(pipeline, text) == want


@pytest.mark.parametrize("text, not_want", [
    ("قتل الهجوم الذي نفذه مسلحون على حافلة تقل 30 راكبا في مدينة الموصل.", 30),  # the passengers carried
    ("قتل الهجوم الذي نفذه مسلحون على حاجز في مدينة درعا وأصاب أربعة جنود.", 4),  # the wounded
    ("قتلت الغارة التي شنتها طائرات على مدينة إدلب، وقال مسعفون إن خمسة مدنيين أصيبوا.", 5),
])
def test_count_past_any_relative_clause_guards(pipeline, text, not_want):
    assert not_want not in tolls(pipeline, text)


@pytest.mark.parametrize("word, want", [
    ("نفذه", True), ("رماه", True), ("زرعها", True), ("شنتها", True), ("فجرته", True),
    ("قائده", False),  # a noun's possessive on a longer stem
    ("وقائده", False), ("بسببه", False),  # a proclitic: no verb opening a clause
    ("نفذ", False), ("غارة", False),  # no object pronoun; a ta marbuta, no pronoun
])
def test_resumptive_verb_shape(word, want):
    tok = tokenize(normalize(word))[0]
    assert resumptive_verb(tok) is want


@pytest.mark.parametrize("text, want", [
    ("أسفر القصف على مدينة إدلب اليوم عن سقوط قتلى بلغ عددهم 9.", [9]),
    ("أسفر القصف على مدينة إدلب اليوم عن سقوط قتلى عددهم 9.", [9]),
    ("أسفر القصف على مدينة إدلب اليوم عن سقوط قتلى يبلغ عددهم 9.", [9]),
    ("أسفر القصف على مدينة إدلب اليوم عن سقوط شهداء بلغ عددهم ستة.", [6]),
    # controls: a named group counted the same way; the bare plural alone; the dead and wounded together
    ("قتل مدنيون بلغ عددهم 12 في قصف على مدينة إدلب اليوم.", [12]),
    ("أسفر القصف على مدينة إدلب اليوم عن سقوط قتلى.", [10]),
    ("أسفر القصف على مدينة إدلب اليوم عن سقوط قتلى وجرحى بلغ عددهم 30.", [10]),
    ("أسفر القصف على مدينة إدلب اليوم عن سقوط قتلى وجرحى، وبلغ عدد الجرحى 30.", [10]),
])
def test_bare_plural_counted_after(pipeline, text, want):
    assert tolls(pipeline, text) == want


@pytest.mark.parametrize("text, want", [
    ("قتل رجل وابنتيه في غارة على مدينة حلب اليوم.", [3]),
    ("قتلت امرأة وابنتاها في قصف على مدينة إدلب اليوم.", [3]),
    ("قتل مواطن وشقيقاه في هجوم على مدينة درعا اليوم.", [3]),
    ("قتل مزارع وابناه في قصف على مدينة إدلب اليوم.", [3]),
    ("قتلت سيدة وطفلتيها في قصف على مدينة حلب اليوم.", [3]),
    ("قتل شاب وشقيقتيه في قصف على مدينة غزة اليوم.", [3]),
    # controls: the genitive dual (read on main), a singular with its pronoun, no person
    ("قتل رجل وابنيه في قصف على مدينة إدلب اليوم.", [3]),
    ("قتل رجل وابنته في قصف على مدينة إدلب اليوم.", [2]),
    ("قتلت امرأة وابنتها في قصف على مدينة إدلب اليوم.", [2]),
    ("قتل رجل وسيارته في قصف على مدينة إدلب اليوم.", [1]),
])
def test_joined_construct_dual_with_pronoun(pipeline, text, want):
    assert tolls(pipeline, text) == want


@pytest.mark.parametrize("text, want", [
    ("قتل أخوين في قصف على مدينة إدلب اليوم.", [2]),
    ("أسفر القصف عن مقتل أخوين في مدينة حلب.", [2]),
    ("أسفرت الغارة عن استشهاد الأخوين في مدينة رفح.", [2]),
    ("قتل مسلحون أخوين في هجوم على قرية قرب مدينة درعا اليوم.", [2]),
    ("قتل مواطن وأخوين له في هجوم على مدينة درعا اليوم.", [3]),
    # controls: the Brotherhood (الإخوان) counts no one
    ("قتل عنصر من جماعة الإخوان المسلمين في هجوم على مدينة درعا اليوم.", [1]),
])
def test_irregular_dual_brothers(pipeline, text, want):
    assert tolls(pipeline, text) == want
