"""Tolls of round 50 (issue #9, docs/notes/fat50.md), on wire wording made up for the tests.

1. منذ + a month or a year (منذ نيسان الماضي، منذ شهر أبريل، منذ عام 2023) starts a span weeks
   long at least: the clause's dead are the span's total, however near the month is to the
   report (dating.ongoing_since) - no act of the day, no toll of it.
2. A span of days told as a definite dual or plural with a word of recency (خلال الأيام الثلاثة
   الماضية، في اليومين الأخيرين، خلال الأسبوعين الماضيين): the date parser reads it as a date,
   but it dates no act - the clause tells the span's acts (tallies.period_dated, period_acts).
3. سبق ل + the doer + أن (وسبق للطائرات الروسية أن ارتكبت مجزرة): the cue سبق أن with its
   subject between its two words (split_cues) - an act done before, its toll no toll of today's.
4. A figure a party to the act gives after a phrase turning to it (من جانبه، من جهتها، في
   المقابل، بدوره): another figure for the act told before - the lowest credible is kept
   (CODING.md), not the larger (doers.other_side_toll); the dead of the other side still add,
   and a news outlet's fuller report (من جهتها، أفادت قناة ...) still raises the toll. A topic
   or contrast word with a verb of saying after it (أما التنظيم فقال، في حين أعلن التنظيم) is
   such a phrase too.
5. A victim named in the singular after a death word, then one word describing it - a
   nationality or event_tolls.tsv victim_aside (احتياط، بارز) - then a victim joined by و (قتل
   ضابط إسرائيلي وجندي، رقيب احتياط وجندي): both are dead (unnumbered._past_aside), as without
   the word between.
6. Two victims joined before a dual death verb (أن رقيبا وجنديا قتلا): a rank of
   singular_victim is a victim noun there too, and a unit's number may end the subject (ضابطا
   وجنديا من الكتيبة 51 قتلا) - two dead, not an unnumbered 10 (unnumbered.dual_subject).
7. Kin joined to a victim (وابنها، وزوجها، وحفيده، وأختها: singular_victim ابن، زوج، حفيد،
   حفيدة، أخت) and "another one" (وآخر، وأخرى: event_tolls.tsv another_one) are one more dead
   each (unnumbered.joined_victims); the plural وآخرون stays uncounted.
8. A victim and the body it belongs to (في الشرطة، من الجيش، في قوات الأمن: event_tolls.tsv
   victim_of + a definite noun or construct), then a victim joined by و: two dead.
9. Two figures in one clause, the second after a contrast word and a verb of saying (قتل خمسة
   جنود، بينما قال التنظيم إنه قتل 20 جنديا): the lower, when both count the same victim noun
   (events.contrast_toll); the dead of two sides (20 مسلحا) still add.
"""
from __future__ import annotations

import pytest

from hadath.text.normalize import normalize
from hadath.text.sentences import split_sentences
from hadath.text.tokenize import tokenize
from tests.events.test_fat48 import tolls  # (the helpers of the round before)

TODAY = "قتل مدنيان في غارة جوية على مدينة معرة النعمان اليوم."


@pytest.mark.parametrize("text, want", [
    (TODAY + " وقتل أكثر من 500 شخص في المحافظة منذ نيسان الماضي.", [2]),
    (TODAY + " وقتل 300 شخص في المحافظة منذ شهر أبريل.", [2]),
    (TODAY + " ومنذ نيسان الماضي قتل 40 مدنيا في غارات على المدينة.", [2]),
    (TODAY + " وقتل 120 مدنيا في غارات على المدينة منذ أبريل.", [2]),
    # guards: since a day's hour (the day's act going on); a date of the act itself
    ("قتل خمسة مدنيين في قصف على مدينة حلب منذ صباح اليوم.", [5]),
    ("قتل خمسة مدنيين في غارة جوية على مدينة معرة النعمان يوم الاثنين الماضي.", [5]),
])
def test_since_a_month(pipeline, text, want):
    assert tolls(pipeline, text) == want


@pytest.mark.parametrize("text, want", [
    (TODAY + " وخلال الأيام الثلاثة الماضية، قتل 40 مدنيا في غارات على المدينة.", [2]),
    (TODAY + " وقتل 40 مدنيا في غارات على المدينة خلال الأيام الثلاثة الماضية.", [2]),
    (TODAY + " وقتل 25 مدنيا في غارات على المدينة في اليومين الأخيرين.", [2]),
    (TODAY + " وخلال الأيام الخمسة الماضية قتل 60 مدنيا في القصف على المدينة.", [2]),
    # guards: spans the rule read before (as before); the last hours are the day's; the latest
    # of the span's acts is an act (كان آخرها)
    (TODAY + " وخلال الأشهر الثلاثة الماضية، قتل 40 مدنيا في غارات على المدينة.", [2]),
    (TODAY + " وقتل أكثر من 40 مدنيا في الغارات خلال الأسبوعين الماضيين.", [2]),
    ("قتل خمسة مدنيين في قصف على مدينة حلب خلال الساعات الماضية.", [5]),
    ("تعرضت مواقع الجيش في الأيام الأخيرة لاعتداءات متفرقة كان آخرها تفجير عبوة ناسفة في مدينة العريش أدى إلى مقتل ثلاثة جنود.", [3]),
])
def test_span_of_days(pipeline, text, want):
    assert tolls(pipeline, text) == want


@pytest.mark.parametrize("text, want", [
    (TODAY + " وسبق للطائرات الروسية أن ارتكبت مجزرة في المدينة راح ضحيتها 20 مدنيا.", [2]),
    (TODAY + " وسبق لقوات النظام أن قصفت المدينة ما أدى إلى مقتل 20 مدنيا.", [2]),
    (TODAY + " وقد سبق للطيران الحربي الروسي أن قتل 15 مدنيا في المدينة.", [2]),
    (TODAY + " وسبق لها أن قصفت المدينة ما أدى إلى مقتل 20 مدنيا.", [2]),
    # guard: the plain cue, as before
    (TODAY + " وسبق أن قصفت الطائرات المدينة ما أدى إلى مقتل 20 مدنيا.", [2]),
])
def test_earlier_act_with_its_doer_inside(pipeline, text, want):
    assert tolls(pipeline, text) == want


def _split(text):
    from hadath.events.split_cues import split_cues  # (here: the rows above run on older code too)

    norm = normalize(text)
    toks = tokenize(norm, split_sentences(norm))
    return [(toks[c.start].norm, toks[c.end - 1].norm, c.entry.kind) for c in split_cues(toks, [])]


@pytest.mark.parametrize("text, want", [
    ("وسبق للطائرات الروسية أن ارتكبت مجزرة", [("وسبق", "ان", "generic")]),
    ("سبق لقوات النظام السوري أن قصفت البلدة", [("سبق", "ان", "generic")]),
    # guards: no ل-word after the head; أن too far; a full stop between
    ("سبق الهجوم انفجار في المدينة", []),
    ("وسبق للطائرات الحربية الروسية التابعة للنظام أن قصفت", []),
    ("سبق لهم. أن قصفت", []),
])
def test_split_cue(text, want):
    assert _split(text) == want


@pytest.mark.parametrize("text, want", [
    ("قتل خمسة جنود في هجوم شنه مسلحون على حاجز للجيش في بلدة القائم اليوم. في المقابل، قال التنظيم إن 30 جنديا قتلوا في الهجوم.", [5]),
    ("قتل خمسة جنود في هجوم شنه مسلحون على حاجز للجيش في بلدة القائم اليوم. بدوره، أعلن التنظيم مقتل 30 جنديا في الهجوم.", [5]),
    ("قتل خمسة جنود في هجوم شنه مسلحون على حاجز للجيش في بلدة القائم اليوم. ومن جهته، قال التنظيم إن 30 جنديا قتلوا في الهجوم.", [5]),
    ("قتل خمسة جنود في هجوم شنه مسلحون على حاجز للجيش في بلدة القائم اليوم. وأعلن التنظيم من جانبه مقتل 30 جنديا في الهجوم.", [5]),
    ("قتل خمسة جنود في هجوم شنه مسلحون على حاجز للجيش في بلدة القائم اليوم. أما التنظيم فقال إن 30 جنديا قتلوا في الهجوم.", [5]),
    ("قتل خمسة جنود في هجوم شنه مسلحون على حاجز للجيش في بلدة القائم اليوم. أما قيادة التنظيم فأعلنت مقتل 30 جنديا في الهجوم.", [5]),
    ("قتل خمسة جنود في هجوم على حاجز للجيش في مدينة العريش اليوم. في حين أعلن التنظيم مقتل 20 جنديا.", [5]),
    ("قتل خمسة جنود في هجوم على حاجز للجيش في مدينة العريش اليوم. بينما قال التنظيم إن 20 جنديا قتلوا.", [5]),
    # a lower figure of the other party is the lowest credible
    ("قتل خمسة جنود في هجوم شنه مسلحون على حاجز للجيش في بلدة القائم اليوم. من جانبها، قالت وزارة الدفاع إن ثلاثة جنود قتلوا في الهجوم.", [3]),
    # guards: the other side's own dead add; a news outlet's fuller report; a plain report
    ("قتل سبعة من المتمردين في اشتباكات مع الجيش في مدينة الفاشر اليوم، بحسب الجيش. من جانبه أعلن الناطق باسم الحركة مقتل خمسة جنود.", [12]),
    ("قتل خمسة جنود في هجوم شنه مسلحون على حاجز للجيش في بلدة القائم اليوم. من جهتها، أفادت قناة العربية بمقتل 30 جنديا في الهجوم.", [30]),
    ("قتل ثلاثة مدنيين في غارة جوية على مدينة إدلب اليوم، وقال المرصد إن خمسة قتلوا في الغارة ذاتها.", [3]),
    ("قتل عشرة من المسلحين في هجوم على حاجز للجيش في مدينة العريش اليوم، بحسب مصادر قبلية. من جانبه قال الجيش إن ثلاثة من جنوده قتلوا في الهجوم.", [13]),
    # a topic word with no speaker: another act, its own toll
    ("قتل خمسة مدنيين في غارة جوية على مدينة إدلب اليوم. في حين قتل ثلاثة مدنيين في قصف مدفعي على مدينة حلب.", [3, 5]),
    ("قتل خمسة مدنيين في غارة جوية على مدينة إدلب اليوم. أما في مدينة حلب فقتل ثلاثة مدنيين في قصف مدفعي.", [3, 5]),
])
def test_other_side_figure(pipeline, text, want):
    assert tolls(pipeline, text) == want


@pytest.mark.parametrize("text, want", [
    ("قتل ضابط إسرائيلي وجندي بإطلاق نار في هجوم على حاجز التيسير اليوم.", [2]),
    ("قتل رقيب احتياط وجندي بإطلاق نار في هجوم على حاجز التيسير اليوم.", [2]),
    ("قتل جندي احتياط ومدني بإطلاق نار في هجوم على حاجز التيسير اليوم.", [2]),
    ("قتل قيادي بارز ونجله في غارة جوية على مدينة رفح اليوم.", [2]),
    ("استشهد شاب فلسطيني ووالده برصاص قوات الاحتلال في بلدة قباطية اليوم.", [2]),
    # guards: no victim joined after the word; a victim with no describing word (as before)
    ("قتل جندي إسرائيلي وأصيب آخرون بإطلاق نار في هجوم على حاجز التيسير اليوم.", [1]),
    ("قتل رقيب وجندي بإطلاق نار في هجوم على حاجز التيسير اليوم.", [2]),
    ("قتل ضابط سابق في الجيش بإطلاق نار في مدينة درعا اليوم.", [1]),
])
def test_victim_described_then_joined(pipeline, text, want):
    assert tolls(pipeline, text) == want


@pytest.mark.parametrize("text, want", [
    ("ذكرت الإذاعة أن رقيبا وجنديا قتلا بإطلاق نار في هجوم على حاجز التيسير اليوم.", [2]),
    ("ذكرت الإذاعة أن نقيبا وعريفا قتلا بإطلاق نار في هجوم على حاجز التيسير اليوم.", [2]),
    ("ذكرت الإذاعة أن ضابطا وجنديا من الكتيبة 51 قتلا بإطلاق نار في هجوم على حاجز التيسير اليوم.", [2]),
    ("ذكرت الإذاعة أن رقيب احتياط وجندي من الكتيبة 8211 قتلا بإطلاق نار في الهجوم الذي وقع صباح اليوم في منطقة حاجز التيسير.", [2]),
    # guards: as before
    ("ذكرت الإذاعة أن ضابطا وجنديا قتلا بإطلاق نار في هجوم على حاجز التيسير اليوم.", [2]),
    ("ذكرت الإذاعة أن ثلاثة جنود من الكتيبة 51 قتلوا بإطلاق نار في هجوم على حاجز التيسير اليوم.", [3]),
])
def test_joined_ranks_before_a_dual_verb(pipeline, text, want):
    assert tolls(pipeline, text) == want


@pytest.mark.parametrize("text, want", [
    ("قتلت امرأة وابنها وابنتها في غارة جوية على مدينة إدلب اليوم.", [3]),
    ("قتلت امرأة وزوجها في غارة جوية على مدينة إدلب اليوم.", [2]),
    ("قتل رجل وحفيده في غارة جوية على مدينة إدلب اليوم.", [2]),
    ("قتلت طفلة وأختها في غارة جوية على مدينة إدلب اليوم.", [2]),
    ("لقي شاب فلسطيني وآخر مصرعهما برصاص الاحتلال في مدينة جنين اليوم.", [2]),
    ("قتلت امرأة وأخرى في قصف على مدينة حلب اليوم.", [2]),
    # guards: a kin word inside one victim's name; the wounded other; others uncounted
    ("قتل ابن شقيق القيادي في غارة جوية على مدينة إدلب اليوم.", [1]),
    ("قتل رجل وابنه في غارة جوية على مدينة إدلب اليوم.", [2]),
    ("قتل شاب وأصيب آخر برصاص الاحتلال في مدينة جنين اليوم.", [1]),
    ("قتل شاب وآخرون برصاص الاحتلال في مدينة جنين اليوم.", [1]),
])
def test_kin_and_another_joined(pipeline, text, want):
    assert tolls(pipeline, text) == want


@pytest.mark.parametrize("text, want", [
    ("قتل عنصر في الشرطة ومدني في هجوم على حاجز في مدينة العريش اليوم.", [2]),
    ("قتل جندي من الجيش وطفل في هجوم على حاجز في مدينة العريش اليوم.", [2]),
    ("قتل عنصر في قوات الأمن ومدني في هجوم على حاجز في مدينة العريش اليوم.", [2]),
    # guards: the place or act after في, then no victim joined (as before)
    ("قتل عنصر في الهجوم وأصيب آخرون على حاجز في مدينة العريش اليوم.", [1]),
    ("قتل جندي في الهجوم الذي استهدف حاجزا في مدينة العريش اليوم.", [1]),
])
def test_victim_of_a_body_then_joined(pipeline, text, want):
    assert tolls(pipeline, text) == want


@pytest.mark.parametrize("text, want", [
    ("قتل خمسة جنود في هجوم على حاجز للجيش في مدينة العريش اليوم، بينما قال التنظيم إنه قتل 20 جنديا.", [5]),
    ("قتل خمسة جنود في هجوم على حاجز للجيش في مدينة العريش اليوم، فيما قال التنظيم إن 20 جنديا قتلوا.", [5]),
    ("قتل 20 مدنيا في غارة جوية على مدينة إدلب اليوم، في حين قالت وزارة الدفاع إن ثلاثة مدنيين قتلوا.", [3]),
    # guards: the dead of the other side add (another noun counted: مسلحا، من المقاتلين)
    ("قتل خمسة جنود في هجوم على حاجز للجيش في مدينة العريش اليوم، بينما قال الجيش إنه قتل 20 مسلحا.", [25]),
    ("قتل خمسة جنود في هجوم على حاجز للجيش في مدينة العريش اليوم، بينما قال الجيش إنه قتل 20 من المقاتلين.", [25]),
])
def test_two_figures_in_one_clause(pipeline, text, want):
    assert tolls(pipeline, text) == want
