"""Mechanisms of the forty-second round (issue #9 item 5): blame told with the two parties between
its verb and its noun names the accused as the doer (docs/notes/actors42.md). The sentences are
made up in the style of wire copy, never copied from a report."""
from __future__ import annotations

from datetime import date

import pytest

from tests.events.conftest import events

SYRIA = "قتل ثلاثة مدنيين في غارة جوية على بلدة الزبداني في ريف دمشق. "
YEMEN = "قتل خمسة مدنيين في قصف مدفعي على حي الروضة في مدينة تعز. "


@pytest.mark.parametrize("text, doer", [
    # the blame verb (حمّل) and its noun (مسؤولية، المسؤولية) apart, the accuser and the accused
    # between them: the accused is the doer (function_words blame_verb, blame_noun;
    # events.index._split_blames opens an accusation at the verb)
    (SYRIA + "وحملت دمشق إسرائيل مسؤولية الغارة.", "Military Forces of Israel"),
    (SYRIA + "وحمّلت طهران إسرائيل مسؤولية الهجوم.", "Military Forces of Israel"),
    (SYRIA + "وحمّلت سوريا إسرائيل مسؤولية الغارة.", "Military Forces of Israel"),
    (SYRIA + "وحملت وزارة الخارجية السورية إسرائيل المسؤولية عن الغارة.", "Military Forces of Israel"),
    (YEMEN + "وحمّل الجيش الحوثيين مسؤولية القصف.", "Houthi Movement"),
    (YEMEN + "وحمّلت الحكومة اليمنية جماعة الحوثي مسؤولية القصف.", "Houthi Movement"),
    (YEMEN + "وحمل الجيش اليمني ميليشيا الحوثي المسؤولية الكاملة عن القصف.", "Houthi Movement"),
    # no blame noun after the verb: carrying, no accusation
    (YEMEN + "ويقول السكان إنهم حملوا الجرحى إلى المستشفى.", "Unidentified Armed Group (Yemen)"),
    # responsibility for a person's safety or fate (function_words blame_not): a demand, no act blamed
    ("اختطف مسلحون مجهولون ناشطا من أمام منزله في مدينة بنغازي مساء السبت، وحمّلت عائلته الأجهزة "
     "الأمنية المسؤولية عن سلامته.", "Unidentified Armed Group (Libya)"),
    ("اختطف مسلحون مجهولون صحفيا في مدينة بنغازي مساء السبت، وحمّلت نقابة الصحفيين وزارة الداخلية "
     "المسؤولية الكاملة عن حياته.", "Unidentified Armed Group (Libya)"),
    ("اختطف مسلحون مجهولون طبيبا في مدينة بنغازي مساء السبت، وحمّل ذووه الحكومة مسؤولية مصيره.",
     "Unidentified Armed Group (Libya)"),
])
def test_round42_split_blame_names_the_accused(pipeline, text, doer):
    got = events(pipeline, text, published=date(2024, 4, 2))
    assert got and got[0].actor1 == doer, got


@pytest.mark.parametrize("text, side_hit", [
    # a soldier word that is also the adjective "military" (actors_words.tsv soldier_noun: عسكري،
    # عسكريا، عسكريان) right after a word of harm or a count names the state's soldiers
    # (mentions.actors_units.soldier_read): the side hit is the military of the event's country
    ("قتل عسكري وأصيب اثنان آخران في انفجار عبوة ناسفة في مدينة درعا اليوم الأحد.",
     "Military Forces of Syria (2000-2024)"),
    ("استشهد عسكري جراء سقوط قذيفة هاون على مدينة حلب.", "Military Forces of Syria (2000-2024)"),
    ("قتل عسكريان في هجوم لمسلحين مجهولين على حاجز في مدينة العريش.", "Military Forces of Egypt"),
    ("أصيب عسكري بجروح في قصف صاروخي على مدينة الموصل اليوم.", "Military Forces of Iraq"),
    ("أعلنت وزارة الدفاع مقتل 21 عسكريا في هجوم لمسلحين على حاجز في مدينة العريش.", "Military Forces of Egypt"),
    # after a noun it describes it is the adjective: no soldiers (مصدر عسكري)
    ("قال مصدر عسكري إن ثلاثة مدنيين قتلوا في انفجار عبوة ناسفة في مدينة درعا.", "Civilians (Syria)"),
])
def test_round42_a_bare_soldier_word_is_the_state_military(pipeline, text, side_hit):
    got = events(pipeline, text, published=date(2020, 3, 1))
    assert got and got[0].actor2 == side_hit, got


@pytest.mark.parametrize("text", [
    # a policeman told as "a man of the police" (رجل شرطة، رجلا شرطة، رجال شرطة، رجل الأمن) is the
    # police, not a civilian man (actors.tsv gen-police)
    "قتل رجل شرطة في انفجار عبوة ناسفة في مدينة العريش اليوم.",
    "أصيب رجلا شرطة في انفجار عبوة ناسفة في مدينة العريش اليوم.",
    "أصيب ثلاثة رجال شرطة بجروح في انفجار عبوة ناسفة في مدينة العريش اليوم.",
    "قتل رجل الشرطة في انفجار عبوة ناسفة في مدينة العريش اليوم.",
])
def test_round42_a_man_of_the_police_is_the_police(pipeline, text):
    got = events(pipeline, text, published=date(2020, 3, 1))
    assert got and got[0].actor2 == "Police Forces of Egypt", got


@pytest.mark.parametrize("text", [
    # the contiguous cue (حمّل المسؤولية) with a person's safety or fate after it blames no act
    # (events.index._for_safety; function_words blame_not)
    "اختطف مسلحون مجهولون ناشطا من أمام منزله في مدينة بنغازي مساء السبت، وحملت القوات المسلحة "
    "المسؤولية عن سلامته.",
    "اختطف مسلحون مجهولون صحفيا في مدينة بنغازي مساء السبت، وحمل المسؤولية الكاملة عن حياته "
    "لقوات الأمن.",
])
def test_round42_responsibility_for_safety_blames_no_act(pipeline, text):
    got = events(pipeline, text, published=date(2020, 3, 1))
    assert got and got[0].actor1 == "Unidentified Armed Group (Libya)", got
