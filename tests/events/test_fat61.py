"""Tolls of round 61 (issue #9, docs/notes/fat61.md), on wire wording made up for the tests.

A toll told for "the N places" named in the sentences before (وقال المرصد إن 12 شخصا قتلوا في
القصف على المدن الثلاث; وقتل 4 مدنيين في القصف على البلدتين), a clause with no place of its
own that continues the act, is split evenly between the records of those places (CODING.md: a
toll reported jointly for several places is split evenly): event_tolls.tsv ``joint_places`` (a
definite plural place noun before a number word) and ``joint_places_two`` (a definite dual place
noun), read by events.joint_places. Was: the whole toll on the last place, none on the others.

2. An adjective of sum (الإجمالية، الكلية: event_tolls.tsv ``total_adjective``) makes a toll
   update a sum only right after the toll's head or a noun of the dead it qualifies (الحصيلة
   الإجمالية، عدد القتلى الإجمالي); elsewhere the same letters are another word (ارتفعت حصيلة
   الهجوم على الكلية الحربية ... إلى 89 شهيدا: the military college; was read as a sum and
   the update dropped, 89 -> 1).
3. Others joined to a victim by a word of company (event_tolls.tsv ``company``: مع، برفقة) or by
   و written apart before digits share the victim's fate: استشهد القيادي ... مع 6 آخرين (7, was
   1), قتل قيادي و4 آخرون (5, was 1), قتل قيادي برفقة ثلاثة من عناصره (4, was 3) - only with
   "others" or a group of the victim's own after the count (not اشتباكات مع 3 مسلحين, the side
   fought) and no word of wounds between (أصيب شاب مع 3 آخرين: wounded).
4. A count of persons of no side after the death word of one victim named in the singular
   (event_tolls.tsv ``person_generic``: اغتيل القيادي ... في غارة أدت إلى استشهاد سبعة أشخاص)
   is the act's whole toll, the victim among them (7, was 8) - not with "others" or "also"
   (خمسة أشخاص آخرين، أسفرت أيضا عن) nor a count of a side (خمسة مدنيين: the commander is none).
5. Victims joined by و after a count: past a second body joined to the group counted from
   (سبعة من رجال الأمن العام وقوات الدرك ومواطنان: beside_toll._past_joined_body), each of a chain
   of them past its adjective, a dual's too (ومواطنان أردنيان وسائحة كندية: _chain_after; was the
   first only), and the tourist and the visitor as singular victims (event_tolls.tsv
   singular_victim سائح، سائحة، زائر، زائرة). Karak: 7 -> 10.
6. A definite adjective between a definite victim and its death verb (الطفل المستهدف لقي حتفه:
   unnumbered.singular_before; was 10, a death told with no count).
7. A word of death that is no trigger (وفاة) with a singular or dual pronoun right after a
   consequence verb (مما أدى إلى وفاته، ما أسفر عن وفاتهما: toll_objects.caused_death): the one or
   two victims named before (was 0).
"""
from __future__ import annotations

import pytest

from tests.events.conftest import events
from tests.events.test_fat48 import PUB


def by_place(pipeline, text):
    return sorted((e.place.name if e.place else "", e.fatalities) for e in events(pipeline, text, PUB))


@pytest.mark.parametrize("text, want", [
    ("قصفت المدفعية التركية مدينة رأس العين اليوم.\nوسقطت قذائف على مدينة تل أبيض.\n"
     "وفي القامشلي، استهدف القصف حي قدوربك.\nوقال المرصد إن 12 شخصا قتلوا في القصف على المدن الثلاث.",
     [4, 4, 4]),
    ("قصفت قوات النظام بلدة كفرنبل اليوم.\nكما قصفت بلدة حاس.\nوقصفت أيضا بلدة معرة حرمة.\n"
     "وقتل 9 مدنيين في القصف على البلدات الثلاث.", [3, 3, 3]),
    ("قصفت قوات النظام بلدة كفرنبل اليوم.\nكما قصفت بلدة حاس.\nوقتل 5 مدنيين في القصف على البلدتين.",
     [2, 3]),
    # controls: a toll for one place; a dual with one place named before; two places in one clause
    ("قصفت قوات النظام بلدة كفرنبل اليوم.\nوقتل 4 مدنيين في القصف على البلدة.", [4]),
    ("قصفت قوات النظام بلدة كفرنبل اليوم.\nوقتل 4 مدنيين في القصف على البلدتين.", [4]),
    ("قصفت قوات النظام بلدة كفرنبل وبلدة حاس اليوم، ما أدى إلى مقتل 4 مدنيين.", [2, 2]),
])
def test_toll_for_the_places_named_before(pipeline, text, want):
    assert sorted(n for _p, n in by_place(pipeline, text)) == want


@pytest.mark.parametrize("text, want", [
    ("ارتفعت حصيلة الهجوم على الكلية الحربية بمدينة حمص إلى 89 شهيدا.", [89]),
    ("ارتفعت حصيلة الهجوم الذي استهدف الكلية الحربية بمدينة حمص أمس إلى 89 شهيدا بينهم 31 امرأة.", [89]),
    ("ارتفعت حصيلة الهجوم على الكلية في مدينة حمص إلى 12 قتيلا.", [12]),
    # controls: a sum after the toll's head or the dead (no toll of the act); a plain update
    ("ارتفعت الحصيلة الإجمالية للقتلى في مدينة حمص إلى 89 قتيلا.", []),
    ("ارتفع عدد القتلى الإجمالي في مدينة حمص إلى 40 قتيلا.", []),
    ("ارتفع العدد الإجمالي للقتلى في مدينة حمص إلى 40 قتيلا.", []),
    ("ارتفعت حصيلة الهجوم على مدينة حمص إلى 89 شهيدا.", [89]),
])
def test_sum_adjective_only_after_the_toll(pipeline, text, want):
    assert sorted(n for _p, n in by_place(pipeline, text)) == want


@pytest.mark.parametrize("text, want", [
    ("استشهد نائب رئيس المكتب السياسي لحركة حماس صالح العاروري، مساء اليوم، مع 6 آخرين، "
     "في غارة نفذتها طائرة مسيرة إسرائيلية على مكتب في مدينة صور.", [7]),
    ("قتل قيادي في الحركة مع 4 آخرين في غارة على مدينة إدلب اليوم.", [5]),
    ("قتل قيادي في الحركة و4 آخرون في غارة على مدينة إدلب اليوم.", [5]),
    ("استشهد القيادي صالح العاروري و6 آخرون في غارة على مدينة صور اليوم.", [7]),
    ("قتل قائد ميداني مع ثلاثة من مرافقيه في غارة على مدينة إدلب اليوم.", [4]),
    ("قتل الجيش قياديا في التنظيم برفقة ثلاثة من عناصره في مدينة العريش اليوم.", [4]),
    ("استشهد شاب مع اثنين آخرين في قصف على مدينة رفح اليوم.", [3]),
    # controls: the side fought; the others wounded; a count joined by a proclitic و
    ("قتل جندي في اشتباكات مع 3 مسلحين في مدينة العريش اليوم.", [3]),
    ("أصيب شاب مع 3 آخرين في قصف على مدينة رفح اليوم.", [0]),
    ("قتل شاب وأصيب مع 3 آخرين في قصف على مدينة رفح اليوم.", [1]),
    ("قتل قيادي في الحركة وأربعة آخرون في غارة على مدينة إدلب اليوم.", [5]),
])
def test_others_with_the_victim(pipeline, text, want):
    assert sorted(n for _p, n in by_place(pipeline, text)) == want


@pytest.mark.parametrize("text, want", [
    ("اغتيل القيادي صالح العاروري مساء أمس في غارة إسرائيلية على مكتب في مدينة صور، "
     "ما أدى إلى استشهاد سبعة أشخاص بينهم قياديان.", [7]),
    ("قتل قائد ميداني في غارة على مدينة إدلب اليوم أسفرت عن مقتل خمسة أشخاص.", [5]),
    ("استشهد شاب في قصف على مدينة رفح اليوم أدى إلى مقتل شخصين.", [2]),
    # controls: a count of a side, "also", "others"
    ("قتل قائد ميداني في غارة على مدينة إدلب اليوم أسفرت عن مقتل خمسة مدنيين.", [6]),
    ("قتل قائد ميداني في غارة على مدينة إدلب اليوم أسفرت أيضا عن مقتل خمسة أشخاص.", [6]),
    ("قتل قائد ميداني في غارة على مدينة إدلب اليوم أسفرت عن مقتل خمسة أشخاص آخرين.", [6]),
    ("قتل جندي في هجوم على مدينة العريش اليوم، ما أدى أيضا إلى مقتل ثلاثة مدنيين.", [4]),
])
def test_persons_counted_hold_the_victim(pipeline, text, want):
    assert sorted(n for _p, n in by_place(pipeline, text)) == want


@pytest.mark.parametrize("text, want", [
    ("استشهد سبعة من رجال الأمن العام وقوات الدرك ومواطنان أردنيان وسائحة كندية في مدينة الكرك اليوم.", [10]),
    ("قتل ثلاثة من عناصر الشرطة والجيش ومدني في هجوم على مدينة العريش اليوم.", [4]),
    ("قتل جنديان ومدني وطفل في هجوم على مدينة العريش اليوم.", [4]),
    ("قتل 4 جنود ومدنيان وامرأة في هجوم على مدينة العريش اليوم.", [7]),
    # controls: one joined victim; a wound between; people of no number; another act joined
    ("استشهد سبعة من رجال الأمن ومواطنان أردنيان في مدينة الكرك اليوم.", [9]),
    ("قتل ثلاثة من عناصر الشرطة وإصابة مدني في هجوم على مدينة العريش اليوم.", [3]),
    ("قتل ثلاثة من عناصر الشرطة وسكان القرية في هجوم على مدينة العريش اليوم.", [3]),
    ("قتل 4 جنود ومدني وأصيب طفل في هجوم على مدينة العريش اليوم.", [5]),
])
def test_victims_joined_after_a_count(pipeline, text, want):
    assert sorted(n for _p, n in by_place(pipeline, text)) == want


@pytest.mark.parametrize("text, want", [
    ("قال مصدر إن الطفل المستهدف لقي حتفه على الفور في مديرية مقبنة اليوم.", [1]),
    # control: no adjective between
    ("قال مصدر إن الطفل لقي حتفه على الفور في مديرية مقبنة اليوم.", [1]),
])
def test_definite_adjective_before_the_death_verb(pipeline, text, want):
    assert sorted(n for _p, n in by_place(pipeline, text)) == want


@pytest.mark.parametrize("text, want", [
    ("استهدف قناص حوثي طفلا في منطقة العارضة بمديرية مقبنة اليوم، مما أدى إلى وفاته.", [1]),
    ("استهدف قناص حوثي طفلا في منطقة العارضة بمديرية مقبنة اليوم، ما أدى إلى وفاته.", [1]),
    ("أطلق مسلحون النار على شابين في مدينة بعقوبة اليوم، ما أسفر عن وفاتهما.", [2]),
    # controls: a trigger noun with the pronoun; wounds; a death with no act
    ("استهدف قناص حوثي طفلا في منطقة العارضة بمديرية مقبنة اليوم، مما أدى إلى مقتله على الفور.", [1]),
    ("أطلق مسلحون النار على شاب في مدينة بعقوبة اليوم، ما أدى إلى إصابته.", [0]),
    ("أعلنت الأسرة وفاته في مدينة بعقوبة اليوم بعد مرض.", []),
])
def test_death_caused_with_a_pronoun(pipeline, text, want):
    assert sorted(n for _p, n in by_place(pipeline, text)) == want
