"""Round 45 (issue #9, docs/notes/types45.md): acts the system missed or mistyped.

A protest told as still to come is no protest act (modality.tsv, kind hypothetical): the
protest noun followed by a word of schedule (المقررة، المزمعة، المرتقبة، التي كانت مقررة،
الغد، غدا) or preceded by "before its start" (قبل بدء، قبيل انطلاق، قبل موعد). An arrest
before such a protest is then an Arrests record of its own, no longer read as the police
intervening in that protest (Protest with intervention)."""
from __future__ import annotations

from datetime import date

import pytest

from tests.events.conftest import events

PUB = date(2019, 3, 14)


def kinds(pipeline, text):
    return sorted(e.sub_event_type for e in events(pipeline, text, PUB))


@pytest.mark.parametrize("text", [
    # the arrest before the start of the vigil that was scheduled
    'صباح اليوم اعتقلت الشرطة أربعة نشطاء في مدينة اللد قبل بدء الوقفة الاحتجاجية التي كانت مقررة في المدينة.',
    # before the launch of the march (قبيل انطلاق)
    'اعتقلت قوات الأمن صباح اليوم ثلاثة ناشطين في مدينة الخليل قبيل انطلاق المسيرة في المدينة.',
    # the protest planned for tomorrow (المظاهرة المقررة غدا)
    'اعتقلت الشرطة صباح اليوم ناشطا في مدينة الناصرة قبل المظاهرة المقررة غدا في المدينة.',
    # the expected demonstration (التظاهرة المرتقبة)
    'أوقفت الشرطة صباح اليوم خمسة أشخاص في مدينة الحسيمة قبل التظاهرة المرتقبة في المدينة.',
])
def test_arrest_before_a_protest_to_come(pipeline, text):
    """Only the arrest: the protest has not happened."""
    assert kinds(pipeline, text) == ['Arrests']


@pytest.mark.parametrize("text, want", [
    # the protest took place and the police arrested protesters: the intervention
    ('اعتقلت الشرطة صباح اليوم ثلاثة قاصرين في مدينة أم الفحم عقب تظاهرة نصرة للأقصى.',
     ['Protest with intervention']),
    # a protest held today, no schedule word
    ('نظم عشرات الناشطين صباح اليوم وقفة احتجاجية في مدينة الناصرة للمطالبة بالإفراج عن المعتقلين.',
     ['Peaceful protest']),
])
def test_protest_held(pipeline, text, want):
    """A protest that happened stays a protest."""
    assert kinds(pipeline, text) == want


# A launch position (weapons.tsv: من مواقعها، من مرابضه) right after the striking verb and its doer
# is the means of shelling (events.means._fired_from); a side leaving its positions is no means.
@pytest.mark.parametrize("text", [
    'استهدفت القوات الحكومية من مواقعها في معسكر جورين قرية الزيارة بسهل الغاب غرب حماة.',
    'استهدفت قوات النظام من مرابضها في جبل زين العابدين بلدة اللطامنة بريف حماة.',
    'استهدف الجيش التركي من مواقعه في ريف حلب قرية تل رفعت.',
    'هاجمت قوات النظام من مواقعها المحيطة بلدة كفرنبل بريف إدلب.',
])
def test_fired_from_positions_is_shelling(pipeline, text):
    assert kinds(pipeline, text) == ['Shelling/artillery/missile attack']


@pytest.mark.parametrize("text", [
    # the soldiers left their positions after an attack on a checkpoint: no shelling
    'هاجم مسلحون حاجزا للجيش في بلدة اللطامنة بريف حماة، فانسحب الجنود من مواقعهم.',
])
def test_left_positions_no_means(pipeline, text):
    assert 'Shelling/artillery/missile attack' not in kinds(pipeline, text)


# An accusative attack noun (هجوما على) is the object of a verb of doing (نفذ، شن، قاد) further
# back than four words when a long doer's name and a time stand between, no punctuation and no
# other act noun between (mentions.triggers._adverbial); before, it was read as a reason
# (like احتجاجا على) and the attack was lost.
@pytest.mark.parametrize("text", [
    'نفذت جماعة نصرة الإسلام والمسلمين مساء الجمعة هجوما على رتل عسكري قرب مدينة كاتي.',
    'نفذت جماعة نصرة الإسلام والمسلمين هجوما على رتل عسكري قرب مدينة كاتي.',
    'نفذ مسلحون تابعون لحركة الشباب صباح اليوم هجوما على قاعدة عسكرية في مدينة بلدوين.',
    'نفذت عناصر تنظيم الدولة الإسلامية فجر اليوم هجوما على نقطة للجيش العراقي في قضاء الطارمية.',
    'قادت عناصر تنظيم الدولة الإسلامية مساء اليوم هجوما على نقطة للجيش العراقي في قضاء الطارمية.',
])
def test_attack_noun_after_a_long_doer(pipeline, text):
    assert len(kinds(pipeline, text)) == 1


# Word knowledge (triggers.tsv): مليونية (Sudan, Egypt, Iraq: a mass march) is a protest noun;
# خرّب / يخرب / تخريب (vandalize) destroys property as هدم and دمر do - by a crowd at a protest
# it makes the protest violent.
@pytest.mark.parametrize("text, want", [
    ('شارك الآلاف اليوم في مليونية بمدينة الخرطوم للمطالبة بالحكم المدني.', ['Peaceful protest']),
    ('انطلقت اليوم مليونية جديدة في مدينة أم درمان رفضا للانقلاب العسكري.', ['Peaceful protest']),
    ('خرب مجهولون محطة الكهرباء في مدينة الحلة مساء اليوم.', ['Looting/property destruction']),
    ('خرج آلاف المحتجين في مدينة الحلة وتخللت الاحتجاجات أعمال تخريب للممتلكات العامة.',
     ['Violent demonstration']),
])
def test_protest_and_vandalism_words(pipeline, text, want):
    assert kinds(pipeline, text) == want


# A takeover told right after the other side's withdrawal (weapons.tsv nonviolent: عقب انسحاب،
# بعد انسحابها، إثر انسحاب) is a Non-violent transfer of territory; one after fighting stays a
# takeover.
@pytest.mark.parametrize("text, want", [
    ('استعادت حركة الشباب صباح اليوم بلدة جنالي في إقليم شبيلي السفلى عقب انسحاب القوات الأفريقية منها.',
     ['Non-violent transfer of territory']),
    ('سيطرت حركة الشباب اليوم على بلدة جنالي بعد انسحاب الجيش الصومالي منها.',
     ['Non-violent transfer of territory']),
    ('سيطر مسلحو الحركة على بلدة جنالي إثر انسحاب القوات الحكومية منها مساء اليوم.',
     ['Non-violent transfer of territory']),
    ('سيطرت حركة الشباب اليوم على بلدة جنالي بعد معارك عنيفة مع الجيش الصومالي.',
     ['Non-state actor overtakes territory']),
])
def test_takeover_after_withdrawal(pipeline, text, want):
    assert kinds(pipeline, text) == want
