"""Mechanisms of sd59 (issue #9, strategic developments; docs/notes/sd59.md), on sentences made up
in the style of the wire copy:

- a phrasal head verb whose complement is one preposition (function_words.tsv ``head_prep``:
  استولى على، قبض على، قضى على، أضرب عن) finds it past a long VSO subject - the side with its
  modifiers, a supporter, a time (mentions.trigger_heads HEAD_PREP_WINDOW, 16 words, in the clause);
  a noun complement keeps the shorter window (HEAD_WINDOW).
- a support word (function_words ``support``: المدعومة، مدعوما) followed by من reaches three words,
  past the supporter's force noun (المدعومة من قوات بعثة الاتحاد الأفريقي، المدعوم من عناصر حركة
  X): the side named there is the doer's support, no second side (events.role_words).
- a takeover told again in a later sentence with a no-fight cue (weapons.tsv ``nonviolent``: دون
  أي مقاومة، بدون مقاومة، دون مواجهات) folds into the first telling as ACLED's non-violent
  transfer of territory (events.records.continue_event); a takeover after a fight stays a battle.
- a defusal or a find of explosives told with a dual (لغمين، عبوتين، قنبلتين), a bomb (قنبلة،
  قنابل), a mine in the singular, a cache (مخبأ، مخزن، مستودع) or with the verbal noun of finding
  (تم العثور على لغمين) is ACLED's disrupted weapons use (triggers.tsv row فكك عبوه).
- the verb تبادل with prisoners, detainees, hostages or bodies as its object, the object after
  the subject and a count (تبادلوا نحو 200 أسير، تبادل الجيش والفصائل عشرات المعتقلين), is a
  prisoner exchange - an agreement, as the verbal noun (تبادل الأسرى) already was; a future
  exchange (يتبادل ... غدا) and an exchange of accusations are none."""
from __future__ import annotations

import pytest

from tests.events.conftest import events
from tests.events.test_types52 import PUB, subtypes

TERRITORY = ("Non-state actor overtakes territory", "Government regains territory",
             "Non-violent transfer of territory")

FAR_PREP = [
    ("استولت القوات الصومالية الوطنية المدعومة من قوات بعثة الاتحاد الأفريقي في الصومال اليوم "
     "(الثلاثاء) على قرية عيل بور في إقليم جلجدود.", TERRITORY),
    ("استولى مسلحو حركة الشباب المجاهدين الموالية لتنظيم القاعدة فجر اليوم الاثنين بعد انسحاب "
     "القوات الإثيوبية على بلدة حلقن في إقليم هيران.", TERRITORY),
    ("قبضت قوات الأمن التابعة لمديرية شرطة محافظة البصرة في عملية نوعية مساء أمس الأحد على "
     "ثلاثة مطلوبين في قضايا إرهابية.", ("Arrests",)),
    ("قبضت عناصر الشرطة القضائية بولاية سطيف بالتنسيق مع مصالح الأمن الوطني صباح اليوم على "
     "أربعة أشخاص في مدينة سطيف.", ("Arrests",)),
]


@pytest.mark.parametrize("text,wanted", FAR_PREP)
def test_a_lone_preposition_complement_is_found_past_a_long_subject(pipeline, text, wanted):
    assert set(subtypes(pipeline, text)) & set(wanted), text


SUPPORTED = [
    ("هاجمت القوات الصومالية المدعومة من قوات بعثة الاتحاد الأفريقي في الصومال مواقع حركة الشباب "
     "في بلدة بولو مرير اليوم.", "Al Shabaab"),
    ("هاجمت القوات الصومالية المدعومة من جنود بعثة الاتحاد الأفريقي مواقع حركة الشباب في بلدة "
     "بولو مرير اليوم.", "Al Shabaab"),
    ("هاجم الجيش السوداني المدعوم من عناصر حركة العدل والمساواة مواقع قوات الدعم السريع في مدينة "
     "الفاشر اليوم.", "RSF: Rapid Support Forces"),
    ("استولت القوات الصومالية المدعومة من قوات بعثة الاتحاد الأفريقي في الصومال اليوم على قرية "
     "عيل بور من حركة الشباب.", "Al Shabaab"),
]


@pytest.mark.parametrize("text,side", SUPPORTED)
def test_the_supporter_after_a_force_noun_is_no_second_side(pipeline, text, side):
    got = events(pipeline, text, PUB)
    assert got and all(e.actor2 == side for e in got), [(e.actor1, e.actor2) for e in got]


def test_a_supporter_right_after_the_word_stays_support(pipeline):
    text = "هاجم مسلحو حركة الشباب المدعومون من مقاتلي عشائر محلية قاعدة للجيش الصومالي في بلدة بلدوين اليوم."
    got = events(pipeline, text, PUB)
    assert got and all(e.actor2 == "Military Forces of Somalia" for e in got)


NO_FIGHT_LATER = [
    "سيطرت قوات الجيش الصومالي اليوم على بلدة بولو مرير في إقليم شبيلي السفلى. وقال قائد عسكري إن "
    "القوات سيطرت على البلدة دون أي مقاومة من مسلحي حركة الشباب.",
    "سيطر الحوثيون اليوم على مدينة الحزم في محافظة الجوف. وأضاف المصدر أن الحوثيين بسطوا سيطرتهم "
    "على المدينة دون مواجهات.",
    "استعادت القوات الحكومية اليوم السيطرة على بلدة عيل بور في إقليم جلجدود. وأوضح المتحدث أن "
    "القوات سيطرت على البلدة بدون مقاومة.",
]


@pytest.mark.parametrize("text", NO_FIGHT_LATER)
def test_a_takeover_told_again_without_a_fight_is_a_nonviolent_transfer(pipeline, text):
    assert subtypes(pipeline, text) == ["Non-violent transfer of territory"], text


FOUGHT = [
    "سيطرت قوات الجيش الصومالي اليوم على بلدة بولو مرير في إقليم شبيلي السفلى بعد معارك عنيفة مع "
    "مسلحي حركة الشباب.",
    "سيطر الحوثيون اليوم على مدينة الحزم في محافظة الجوف. وأضاف المصدر أن الحوثيين بسطوا سيطرتهم "
    "على المدينة بعد اشتباكات عنيفة مع القوات الحكومية.",
]


@pytest.mark.parametrize("text", FOUGHT)
def test_a_takeover_after_a_fight_stays_a_battle(pipeline, text):
    subs = subtypes(pipeline, text)
    assert subs and "Non-violent transfer of territory" not in subs, subs


DISRUPTED = [
    "أعلنت وزارة الدفاع التونسية أنه تم العثور على لغمين آخرين في جبل الشعانبي بولاية القصرين وتم تفكيكهما.",
    "عثرت وحدات الجيش الجزائري على لغمين تقليديي الصنع في منطقة تيزي وزو وقامت بتفكيكهما.",
    "تمكنت وحدات الهندسة من تفكيك عبوتين ناسفتين في مدينة الرمادي اليوم.",
    "فككت قوات الأمن العراقية عبوتين ناسفتين زرعتا على جانب الطريق في مدينة الموصل اليوم.",
    "أعلنت الشرطة العراقية أنه تم العثور على عبوات ناسفة في مدينة الموصل اليوم وتفكيكها.",
    "عثرت الشرطة العراقية على مخبأ للأسلحة في مدينة الموصل اليوم.",
    "عثرت قوات الأمن الصومالية على قنبلتين يدويتين في سوق بكارة بمقديشو اليوم.",
]


@pytest.mark.parametrize("text", DISRUPTED)
def test_a_defusal_or_find_of_explosives_is_disrupted_weapons_use(pipeline, text):
    assert "Disrupted weapons use" in subtypes(pipeline, text), text


EXCHANGED = [
    ("تبادلت القوات الحكومية اليمنية وجماعة الحوثي اليوم نحو 200 أسير في مدينة تعز.",
     ("Military Forces of Yemen", "Houthi Movement")),
    ("تبادل الجيش السوري وفصائل المعارضة اليوم عشرات المعتقلين في مدينة حماة.",
     ("Military Forces of Syria (2000-2024)", "Opposition Rebels (Syria)")),
]


@pytest.mark.parametrize("text,sides", EXCHANGED)
def test_an_exchange_of_prisoners_told_by_the_verb_is_an_agreement(pipeline, text, sides):
    got = events(pipeline, text, PUB)
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in got] == [("Agreement",) + sides]


def test_an_exchange_of_hostages_is_an_agreement(pipeline):
    text = "تبادلت حركة حماس وإسرائيل اليوم الرهائن والأسرى في قطاع غزة."
    assert subtypes(pipeline, text) == ["Agreement"]


@pytest.mark.parametrize("text", [
    "يتبادل الطرفان الأسرى غدا في مدينة مأرب.",
    "تبادل الطرفان الاتهامات بخرق الهدنة في مدينة تعز اليوم.",
])
def test_no_exchange_made_is_no_agreement(pipeline, text):
    assert "Agreement" not in subtypes(pipeline, text)
