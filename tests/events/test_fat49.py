"""Tolls of round 49 (issue #9, docs/notes/fat49.md), on wire wording made up for the tests.

1. The feminine, dual and plural forms of the death verbs govern a count as their masculine
   singular does (event_tolls.tsv death_left: لقيت، استشهدت، توفيت، توفوا، قضوا، ارتقت ...): an
   ordinal after them is one more dead (فيما توفيت خامسة في المستشفى، ولقيت رابعة حتفها).
2. A sentence telling more dead of the same act (في الغارة ذاتها) adds them when it opens with و
   on its first word or with فيما، بينما - not only with كما; the act's trigger noun must be
   definite (الغارة، بالغارة): "فجر نفسه" (he blew himself up) names no act again; and after
   و، فيما the death verb must open the sentence (وقتل، فيما لقي): "وقال المرصد إن ..." is a
   report, whose figure may be the toll told again.
"""
from __future__ import annotations

import pytest

from tests.events.test_fat48 import rank, tolls  # (the helpers of the round before)


@pytest.mark.parametrize("text, n", [
    ("فيما توفيت خامسة في المستشفى", 5),
    ("ولقيت رابعة حتفها", 4),
    ("واستشهدت ثالثة متأثرة بجراحها", 3),
    ("فيما قضت سادسة متأثرة بجراحها", 6),
    ("وارتقت رابعة في المستشفى", 4),
    # guards: an ordinal ranking a noun, a day
    ("لقيت ثالثة سيدة حتفها", 0),
    ("توفيت امرأة في اليوم الثالث", 0),
])
def test_feminine_ordinal_dead(text, n):
    assert rank(text) == n


@pytest.mark.parametrize("text, want", [
    ("قتل أربعة جنود في هجوم على حاجز للجيش في مدينة العريش اليوم، فيما توفيت خامسة في المستشفى.", [5]),
    ("قتل ثلاثة مدنيين في قصف على مدينة حلب اليوم، ولقيت رابعة حتفها في المستشفى.", [4]),
    ("قتل ثلاثة مدنيين في قصف على مدينة حلب اليوم، واستشهدت رابعة متأثرة بجراحها.", [4]),
    # counts governed by these forms (as before)
    ("لقيت امرأتان حتفهما في قصف على مدينة حلب اليوم.", [2]),
    ("توفيت ثلاث نساء في قصف على مدينة حلب اليوم.", [3]),
    ("استشهدت سيدتان في غارة جوية على مدينة إدلب اليوم.", [2]),
    ("قضى ثلاثة مدنيين في غارة جوية على مدينة إدلب اليوم.", [3]),
])
def test_feminine_death_verbs(pipeline, text, want):
    assert tolls(pipeline, text) == want


@pytest.mark.parametrize("text, want", [
    ("قتل ثلاثة مدنيين في غارة جوية على إدلب اليوم. وقتل مدنيان في الغارة ذاتها.", [5]),
    ("قتل ثلاثة مدنيين في غارة جوية على إدلب اليوم. فيما قتل مدنيان آخران في الغارة نفسها.", [5]),
    ("قتل ثلاثة مدنيين في غارة جوية على إدلب اليوم. واستشهد طفلان في الغارة ذاتها.", [5]),
    ("قتل ثلاثة مدنيين في غارة جوية على إدلب اليوم. وقتل مدنيان بالغارة نفسها.", [5]),
    ("قتل أربعة جنود في هجوم على حاجز للجيش في العريش اليوم. فيما لقي جنديان آخران حتفهما في الهجوم ذاته.", [6]),
    # guards: the wounded of the same act; sameness after no act; a verb with its reflexive
    ("قتل ثلاثة مدنيين في غارة جوية على إدلب اليوم. وأصيب طفلان في الغارة ذاتها.", [3]),
    ("قتل ثلاثة مدنيين في غارة جوية على إدلب اليوم. وتسبب القصف ذاته بدمار كبير في المنازل.", [3]),
    ("قتل أربعة جنود في هجوم على حاجز للجيش في العريش اليوم. وقتل جنديان في اليوم ذاته في هجوم على حاجز بمدينة رفح.", [2, 4]),
    # a report of the same act's dead (a figure that may be the toll told again) adds nothing
    ("قتل ثلاثة مدنيين في غارة جوية على مدينة إدلب اليوم. وقال المرصد إن مدنيين اثنين قتلا في الغارة ذاتها.", [3]),
    ("قتل أكثر من 30 شخصا في تفجير انتحاري استهدف مجلس عزاء في المقدادية اليوم. وأبلغت المصادر أن انتحاريا فجر نفسه داخل المجلس مما تسبب بمقتل أكثر من 30 شخصا.", [30]),
])
def test_same_act_opened_by_wa(pipeline, text, want):
    assert tolls(pipeline, text) == want


@pytest.mark.parametrize("text, want", [
    # the act told after "سبق أن" is an earlier one up to the end of its clause (window 30, was
    # 10): its toll reaches no record, however far in the clause it is told
    ("استهدفت طائرات النظام بغارات جوية مدينة معرة النعمان اليوم، دون ورود أنباء عن إصابات. وسبق أن قصفت طائرات النظام مدينة معرة النعمان بعدة غارات جوية، والتي أدت لوقوع مجزرة، وسقوط أكثر من 20 شهيداً وإصابة أكثر من 40 مدنياً.", [0]),
    ("قصفت المدفعية بلدة كفرنبل اليوم دون وقوع إصابات. وسبق أن استهدفت قوات النظام البلدة نفسها بقذائف المدفعية الثقيلة وصواريخ الراجمات، مما أسفر في حينه عن مقتل عشرة مدنيين.", [0]),
    ("وسبق أن قصفت طائرات النظام مدينة معرة النعمان بعدة غارات جوية، والتي أدت لوقوع مجزرة وسقوط أكثر من 20 قتيلا. وقتل خمسة مدنيين اليوم في غارة جوية على مدينة سراقب.", [5]),
    # as before: a short one, and the act of the day before it in its sentence
    ("قتل ثلاثة مدنيين في غارة جوية على مدينة معرة النعمان اليوم. وسبق أن قصفت طائرات النظام المدينة بعدة غارات جوية أدت إلى مقتل 20 مدنيا.", [3]),
    ("قتل أربعة مدنيين في قصف مدفعي على بلدة كفرنبل اليوم، وهي بلدة سبق أن تعرضت لقصف مماثل.", [4]),
])
def test_earlier_act_clause(pipeline, text, want):
    assert tolls(pipeline, text) == want


@pytest.mark.parametrize("text, want", [
    # an attempt, then what it caused told by a consequence verb in the perfect: the harm was done
    ("حاول مسلحون اقتحام مركز للشرطة في مدينة القليعة اليوم، ما أسفر الحادث عن مقتل شخصين وإصابة عدد كبير.", [2]),
    ("حاول مسلحون اقتحام حاجز للجيش في مدينة العريش اليوم، مما أدى إلى مقتل ثلاثة جنود.", [3]),
    ("أطلقت قوات الأمن النار على مجموعات في مدينة القليعة اليوم. وأفادت السلطات أن المهاجمين حاولوا إشعال النار في مركز الشرطة، ما أسفر عن مقتل شخصين.", [2]),
    ("أطلقت قوات الأمن النار على مجموعات حاولت السيطرة على مركز شرطة في مدينة القليعة اليوم. وأفادت السلطات أن المهاجمين حاولوا إشعال النار في مركز الشرطة، ما أسفر الحادث عن مقتل شخصين وإصابة عدد كبير.", [2]),
    # guards: a plan's or a warning's consequence in the imperfect or the future is no act
    ("يعتزم الجيش شن هجوم على مدينة العريش الأسبوع المقبل قد يؤدي إلى مقتل العشرات.", []),
    ("حذرت الأمم المتحدة من أن أي هجوم على مدينة رفح سيؤدي إلى مقتل الآلاف.", []),
    # as before: no attempt
    ("هاجم مسلحون مركزا للشرطة في مدينة القليعة اليوم، وأسفر الحادث عن مقتل شخصين.", [2]),
])
def test_attempt_outcome(pipeline, text, want):
    assert tolls(pipeline, text) == want


@pytest.mark.parametrize("text, want", [
    # a period's or a sum's total with its counted noun after إلى: not the act's dead, nor a kill
    # verb's object (was 3 + 85)
    ("قتل ثلاثة مدنيين في غارة جوية على مدينة إدلب اليوم، ليرتفع عدد القتلى خلال الشهر إلى 85 مدنيا.", [3]),
    ("قتل ثلاثة مدنيين في غارة جوية على مدينة إدلب اليوم، لترتفع الحصيلة الإجمالية للقتلى إلى 120 مدنيا.", [3]),
    ("قتل ثلاثة مدنيين في غارة جوية على مدينة إدلب اليوم، ليرتفع عدد القتلى منذ بداية الشهر إلى 85 مدنيا.", [3]),
    # as before: an update of the act's own toll
    ("قتل خمسة مدنيين في قصف على مدينة حلب اليوم، ليرتفع عدد القتلى إلى سبعة.", [7]),
    ("قتل خمسة مدنيين في قصف على مدينة حلب اليوم، وارتفعت حصيلة قتلى القصف إلى تسعة بعد وفاة أربعة جرحى.", [9]),
])
def test_period_total_noun(pipeline, text, want):
    assert tolls(pipeline, text) == want


@pytest.mark.parametrize("text, want", [
    # a unit of a week or longer between a toll update's head and its figure: a period's total
    ("قتل ثلاثة مدنيين في غارة جوية على مدينة إدلب اليوم، وهو ما يرفع حصيلة القتلى هذا الأسبوع إلى 30.", [3]),
    ("قتل ثلاثة مدنيين في غارة جوية على مدينة إدلب اليوم، ليرتفع عدد القتلى هذا الشهر إلى 85 مدنيا.", [3]),
    ("قتل ثلاثة مدنيين في غارة جوية على مدينة إدلب اليوم، لترتفع حصيلة ضحايا الغارات في الأشهر الأخيرة إلى 400.", [3]),
    ("قتل ثلاثة مدنيين في غارة جوية على مدينة إدلب اليوم، ليرتفع عدد قتلى الغارات هذا العام إلى 900.", [3]),
    # as before: a later update of the day's act
    ("قتل خمسة مدنيين في قصف على مدينة حلب اليوم. وارتفعت حصيلة القتلى في وقت لاحق إلى تسعة.", [9]),
])
def test_period_unit_total(pipeline, text, want):
    assert tolls(pipeline, text) == want
