"""Tolls of round 60 (issue #9, docs/notes/fat60.md), on wire wording made up for the tests.

1. A count right after a verb of carrying, holding or housing people (event_tolls.tsv
   ``carrying``: قافلة تضم 30 جنديا، حافلة تقل على متنها 40 راكبا، مدرسة تؤوي 300 نازح) is
   of those carried or housed, not of the dead, though it stands a few words after a kill verb
   (events.carried; was added to the toll: 2 + 30 = 32). A negated filler verb is no carrying
   (ما لا يقل عن 5 أشخاص: at least five).
2. The kin noun أخ, one of the five nouns, before a pronoun (وأخوه، وأخاه، وأخيه: one more; its
   dual on the stem أخو: وأخواه، وأخويه: two more), joined to a victim: event_tolls.tsv
   singular_victim gains أخو، أخا، أخي (was 1, the first victim only).
3. A count that follows its people noun as an adjective past a relative clause on the kill
   verb's subject (قتل الهجوم الذي نفذه مجهولون ... مسلحين اثنين، ... مدنيين ثلاثة، ... جنودا
   أربعة): the kill verb's object, as a count before its noun is (relative_toll._counted_start;
   was 10, a death told with no count).
4. The doer's own death told after the act, "before he was killed" (قبل أن يستشهد، قبل أن
   يقتل برصاص الجنود، قبل أن ترديه القوات قتيلا): one more dead of the act beside the victims
   counted (events.doer_death, CODING.md: all deaths, all sides; was the victims only). Not when
   the verb after قبل أن is active with a count (قبل أن يقتل ثلاثة مدنيين: counted apart) or no
   verb of dying (قبل أن يلوذ بالفرار).
"""
from __future__ import annotations

import pytest

from tests.events.test_fat48 import tolls  # (the helpers of an earlier round)


@pytest.mark.parametrize("text, want", [
    ("قتل جنديان في هجوم على قافلة تضم 30 جنديا في محافظة ديالى اليوم.", [2]),
    ("قتل جنديان في هجوم على قافلة تضم نحو 30 جنديا في محافظة ديالى اليوم.", [2]),
    ("قتل أربعة مدنيين في قصف مدرسة تؤوي 300 نازح في مدينة غزة اليوم.", [4]),
    ("قتل جندي في هجوم على شاحنة كانت تنقل 12 جنديا في محافظة الأنبار اليوم.", [1]),
    ("قتل خمسة أشخاص بقصف على مخيم يضم 200 نازح في مدينة إدلب اليوم.", [5]),
    ("قتل مدنيان في هجوم على حافلة تقل على متنها 40 راكبا في مدينة الحلة اليوم.", [2]),
    # controls: a negated filler verb (at least), a city in ت before the count, a plain object
    ("قتل ما لا يقل عن 5 أشخاص في هجوم على حاجز في محافظة ديالى اليوم.", [5]),
    ("قتل في مدينة تعز 5 أشخاص بقصف مدفعي اليوم.", [5]),
    ("قتل الجيش سبعة مسلحين في محافظة ديالى اليوم.", [7]),
    ("قتل هجوم استهدف حافلة في محافظة ديالى اليوم أربعة جنود.", [4]),
])
def test_count_carried_is_no_toll(pipeline, text, want):
    assert tolls(pipeline, text) == want


@pytest.mark.parametrize("text, want", [
    ("قتل رجل وأخواه في قصف على مدينة إدلب اليوم.", [3]),
    ("أسفر القصف عن مقتل رجل وأخويه في مدينة إدلب اليوم.", [3]),
    ("استشهد شاب وأخواه في قصف على مدينة رفح اليوم.", [3]),
    ("قتل رجل وأخوه في قصف على مدينة إدلب اليوم.", [2]),
    ("أسفر القصف عن مقتل شاب وأخيه في مدينة إدلب اليوم.", [2]),
    ("قتل مسلحون رجلا وأخاه في مدينة بعقوبة اليوم.", [2]),
    # controls: a count of brothers, the Brotherhood, a door (باب), a dual already read
    ("قتل ثلاثة إخوة في قصف على مدينة إدلب اليوم.", [3]),
    ("قتل عنصر من جماعة الإخوان في مدينة العريش اليوم.", [1]),
    ("قتل رجل أمام باب منزله في مدينة بعقوبة اليوم.", [1]),
    ("قتل مسلحون ولدين في هجوم على قرية قرب درعا اليوم.", [2]),  # (a dual counted once)
    ("استشهاد شاب وشقيقيه في غارة على مدينة رفح اليوم.", [3]),
])
def test_kin_joined_to_a_victim(pipeline, text, want):
    assert tolls(pipeline, text) == want


@pytest.mark.parametrize("text, want", [
    ("قتل الهجوم الذي نفذه مجهولون على حاجز في محافظة ديالى اليوم مسلحين اثنين.", [2]),
    ("قتلت الغارة التي شنتها طائرات حربية على مدينة إدلب اليوم مدنيين ثلاثة.", [3]),
    ("قتل هجوم نفذه مسلحون على حاجز للجيش في مدينة درعا جنودا أربعة.", [4]),
    # controls: the count before its noun; a dual and its count; a count carried, no kill verb
    ("قتل الهجوم الذي نفذه مسلحون على حاجز في مدينة درعا أربعة جنود.", [4]),
    ("قتل قصف مدفعي استهدف مدينة درعا اليوم طفلين اثنين.", [2]),
    ("استهدف الهجوم الذي نفذه مسلحون اليوم حاجزا في مدينة درعا يضم جنودا ثلاثة.", [0]),
])
def test_postposed_count_past_relative_clause(pipeline, text, want):
    assert tolls(pipeline, text) == want


@pytest.mark.parametrize("text, want", [
    ("قتل مستوطن في عملية طعن نفذها شاب فلسطيني قرب الخليل اليوم قبل أن يستشهد برصاص الجنود.", [2]),
    ("طعن شاب فلسطيني مستوطنا حتى الموت قرب الخليل اليوم قبل أن يرديه جنود قتيلا.", [2]),
    ("قتل شاب فلسطيني مستوطنا طعنا قرب الخليل اليوم قبل أن يرديه حارس أمن قتيلا.", [2]),
    ("قتل مسلح جنديين في هجوم على حاجز في مدينة العريش اليوم قبل أن ترديه القوات قتيلا.", [3]),
    ("قتل مسلح ثلاثة جنود في هجوم على حاجز في مدينة العريش اليوم قبل أن يقتل برصاص الحراس.", [4]),
    # controls: no verb of dying; an active verb with its own count; the doer named dead apart
    ("قتل مسلح جنديين في هجوم على حاجز في مدينة العريش اليوم قبل أن يلوذ بالفرار.", [2]),
    ("قتل مسلح جنديين في هجوم على حاجز في مدينة العريش اليوم قبل أن يقتل ثلاثة مدنيين في سوق قريب.", [5]),
    ("قتل شرطي في هجوم نفذه مسلح على حاجز في مدينة العريش اليوم، وقتل المهاجم بنيران القوات.", [2]),
    ("أطلق جنود إسرائيليون النار على شاب فلسطيني قرب حاجز في الخليل اليوم فأردوه قتيلا.", [1]),
])
def test_doer_killed_after_the_act(pipeline, text, want):
    assert tolls(pipeline, text) == want


@pytest.mark.parametrize("text, want", [
    ("قتل ضابط وجنود 3 في هجوم على حاجز في محافظة ديالى اليوم.", [4]),
    ("قتل طفل ومدنيون 2 في قصف على مدينة إدلب اليوم.", [3]),
    ("أسفر القصف عن مقتل امرأة وأطفال 5 في مدينة إدلب اليوم.", [6]),
    # controls: a number word; a noun after the count; a wound verb between; a day
    ("قتل ضابط وجنود ثلاثة في هجوم على حاجز في محافظة ديالى اليوم.", [4]),
    ("قتل ضابط وجنود 3 آخرين أصيبوا في هجوم على حاجز في محافظة ديالى اليوم.", [1]),
    ("قتل ضابط وأصيب جنود 3 في هجوم على حاجز في محافظة ديالى اليوم.", [1]),
    ("قتل ضابط في هجوم على حاجز في محافظة ديالى يوم 3 مايو.", [1]),
])
def test_digit_after_joined_noun(pipeline, text, want):
    assert tolls(pipeline, text) == want
