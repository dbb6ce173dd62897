"""Tolls of round 57 (issue #9, docs/notes/fat57.md), on wire wording made up for the tests.

1. A feminine victim noun in the dual (شرطيتان، مواطنتين، مسعفتين، مجندتان): its stem ends in
   the ت of the ة, and a feminine plural ends in ات, never in تان or تين, so the word is two
   (unnumbered.victims_by_number, _feminine_victim: the noun in ة listed, or its masculine
   without the ة; was 10, a death told with no count). Guards: the singular is one, the
   wounded stay off, a count stays the count.
2. شرطي in the dual (مقتل شرطيين): news names policemen in the plural by the collective (رجال
   الشرطة، عناصر الشرطة), so a bare شرطيين is two, as جنديين is (numbers_nouns.tsv; was 10).
   A count before it stays the count; nouns whose plural in ين is common (مدنيين، صحفيين،
   عسكريين، مواطنين) stay the unnumbered 10.
3. Such a noun in ين (a dual or a sound plural: مدنيين، صحفيين، مواطنين) followed by a word
   agreeing with it in the dual - هما، كانا (event_tolls.tsv dual_agree) or an imperfect verb in
   the dual (يعملان، يستقلان: imperfect_prefix + imperfect_dual_end) - is two
   (unnumbered.dual_after, _agreed_dual; was 10). A plural verb (كانوا، يسكنون) keeps the 10.
4. A dual in construct drops its ن (رجلا أمن، عنصري الشرطة، فردي أمن، ضابطا شرطة): on a person
   noun whose plural is broken (numbers_nouns.tsv; فرد added) and before a force noun
   (event_tolls.tsv construct_force) it is two, not the singular its stem spells
   (unnumbered.construct_dual in singular_victims, dual_after, dual_subject; was 1 or 10).
5. One victim named in the singular, then a noun joined by و whose count follows it (مقتل شرطي
   ومدنيين اثنين): one more, as before a count that leads its noun (مقتل ضابط وثلاثة جنود)
   (beside_toll.singular_beside; was 2).
6. زوج (husband; the dual زوجان/زوجين a married couple) has the broken plural أزواج, so its ين is
   a dual for sure, as شقيقين is (numbers_nouns.tsv; مقتل زوجين was 10).
"""
from __future__ import annotations

import pytest

from tests.events.test_fat48 import tolls  # (the helpers of an earlier round)


@pytest.mark.parametrize("text, want", [
    ("قتلت شرطيتان في هجوم مسلح على حاجز في مدينة العريش اليوم.", [2]),
    ("أدى هجوم مسلح على حاجز في مدينة العريش اليوم إلى مقتل شرطيتين.", [2]),
    ("استشهدت مواطنتان في قصف إسرائيلي على مدينة غزة اليوم.", [2]),
    ("أسفر القصف على مدينة غزة اليوم عن استشهاد مسعفتين.", [2]),
    ("قتلت موظفتان في هجوم على مقر بلدية في مدينة سرت اليوم.", [2]),
    # guards: the singular, the wounded, a count, a plural of the masculine
    ("قتلت شرطية في هجوم مسلح على حاجز في مدينة العريش اليوم.", [1]),
    ("أصيبت شرطيتان بجروح في هجوم مسلح على حاجز في مدينة العريش اليوم.", [0]),
    ("قتلت ثلاث شرطيات في هجوم مسلح على حاجز في مدينة العريش اليوم.", [3]),
    ("أسفر القصف على مدينة إدلب اليوم عن مقتل مدنيين.", [10]),
])
def test_feminine_dual_victim(pipeline, text, want):
    assert tolls(pipeline, text) == want


@pytest.mark.parametrize("text, want", [
    ("أعلنت وزارة الداخلية مقتل شرطيين في هجوم مسلح على حاجز في مدينة العريش اليوم.", [2]),
    ("أسفر انفجار عبوة ناسفة في مدينة العريش اليوم عن مقتل شرطيين وإصابة ثلاثة آخرين.", [2]),
    ("أسفر الهجوم على حاجز في مدينة العريش اليوم عن مقتل شرطيين ومدني.", [3]),
    ("أطلق مسلحون النار على شرطيين في مدينة العريش اليوم فقتلوهما.", [2]),
    # guards: a count before it, the dual counted again, the wounded
    ("قتل خمسة شرطيين في هجوم مسلح على حاجز في مدينة العريش اليوم.", [5]),
    ("أسفر الهجوم على حاجز في مدينة العريش اليوم عن مقتل 5 شرطيين.", [5]),
    ("أسفر الهجوم على حاجز في مدينة العريش اليوم عن مقتل شرطيين اثنين.", [2]),
    ("أصيب شرطيان بجروح في هجوم مسلح على حاجز في مدينة العريش اليوم.", [0]),
])
def test_policemen_dual(pipeline, text, want):
    assert tolls(pipeline, text) == want


@pytest.mark.parametrize("text, want", [
    ("أسفر القصف على مدينة غزة اليوم عن مقتل مواطنين كانا يستقلان دراجة نارية.", [2]),
    ("أسفرت الغارة على مدينة إدلب اليوم عن مقتل مدنيين هما رجل وزوجته.", [2]),
    ("أسفر القصف على مدينة غزة اليوم عن استشهاد صحفيين يعملان لصالح وكالة محلية.", [2]),
    ("أسفر القصف على مدينة غزة اليوم عن استشهاد مسعفين كانا ينقلان الجرحى.", [2]),
    ("أسفر إطلاق النار في مدينة درنة اليوم عن مقتل موظفين وهما في طريقهما إلى العمل.", [2]),
    # guards: a plural verb or pronoun, a people's name of the verb's shape, nothing agreeing
    ("أسفر القصف على مدينة غزة اليوم عن استشهاد صحفيين كانوا يغطون الأحداث.", [10]),
    ("أسفر القصف على مدينة غزة اليوم عن استشهاد مواطنين يسكنون في الحي.", [10]),
    ("أسفرت الغارة على مدينة إدلب اليوم عن مقتل مدنيين بينهم أطفال.", [10]),
    ("أسفرت الغارة على مدينة إدلب اليوم عن مقتل مدنيين تركمان.", [10]),
    ("أسفرت الغارة على مدينة إدلب اليوم عن مقتل مدنيين يمنيين.", [10]),
])
def test_dual_by_agreement(pipeline, text, want):
    assert tolls(pipeline, text) == want


@pytest.mark.parametrize("text, want", [
    ("قتل رجلا أمن في هجوم على حاجز في مدينة العريش اليوم.", [2]),
    ("أسفر الهجوم على حاجز في مدينة العريش اليوم عن مقتل رجلي أمن.", [2]),
    ("أسفر الهجوم على حاجز في مدينة العريش اليوم عن مقتل عنصري أمن.", [2]),
    ("أسفر الهجوم على حاجز في مدينة العريش اليوم عن مقتل فردي شرطة.", [2]),
    ("أسفر الهجوم على حاجز في مدينة العريش اليوم عن مقتل عنصري الأمن وإصابة ثالث.", [2]),
    ("قتل ضابطا شرطة في هجوم على حاجز في مدينة العريش اليوم.", [2]),
    ("أعلنت الوزارة أن عنصري أمن قتلا في هجوم على حاجز في مدينة العريش اليوم.", [2]),
    # guards: an accusative singular, the singular in construct, a plural, a count, an adjective
    ("قتل مسلحون رجلا في مدينة العريش اليوم.", [1]),
    ("قتل مسلحون رجلا بالرصاص في مدينة العريش اليوم.", [1]),
    ("قتل عنصر أمن في هجوم على حاجز في مدينة العريش اليوم.", [1]),
    ("أسفر الهجوم على حاجز في مدينة العريش اليوم عن مقتل عناصر أمن.", [10]),
    ("أسفر الهجوم على حاجز في مدينة العريش اليوم عن مقتل ثلاثة عناصر أمن.", [3]),
    ("قتل شاب في هجوم عنصري في مدينة لندن اليوم.", [1]),
])
def test_construct_dual(pipeline, text, want):
    assert tolls(pipeline, text) == want


@pytest.mark.parametrize("text, want", [
    ("أسفر الهجوم على حاجز في مدينة العريش اليوم عن مقتل شرطي ومدنيين اثنين.", [3]),
    ("أسفر الهجوم على حاجز في مدينة العريش اليوم عن مقتل جندي ومدنيين اثنين.", [3]),
    ("أسفر القصف على مدينة غزة اليوم عن استشهاد صحفي ومسعفين اثنين.", [3]),
    # guards: the count alone, the count before its noun, the one wounded
    ("أسفر القصف على مدينة إدلب اليوم عن مقتل مدنيين اثنين.", [2]),
    ("أسفر الهجوم على حاجز في مدينة العريش اليوم عن مقتل ضابط وجنديين.", [3]),
    ("أسفر الهجوم على حاجز في مدينة العريش اليوم عن مقتل جنديين اثنين وإصابة ضابط.", [2]),
    ("قتل مدنيان اثنان وأصيب طفل في قصف على مدينة إدلب اليوم.", [2]),
])
def test_one_joined_to_a_count_after_its_noun(pipeline, text, want):
    assert tolls(pipeline, text) == want


@pytest.mark.parametrize("text, want", [
    ("أسفر القصف على مدينة إدلب اليوم عن مقتل زوجين.", [2]),
    ("أدى القصف على مدينة إدلب اليوم إلى مقتل زوجين مسنين.", [2]),
    ("أسفر القصف على مدينة إدلب اليوم عن مقتل زوجين وطفلهما.", [3]),
    # guards: the dual in the nominative, the singular in construct, the husband named by his wife
    ("قتل زوجان في قصف على مدينة إدلب اليوم.", [2]),
    ("قتل زوج المرأة في قصف على مدينة إدلب اليوم.", [1]),
    ("قتلت امرأة وزوجها في قصف على مدينة إدلب اليوم.", [2]),
])
def test_couple_dual(pipeline, text, want):
    assert tolls(pipeline, text) == want
