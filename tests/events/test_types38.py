"""Mechanisms of types38 (issue #9, docs/notes/types38.md), on sentences made up in the style of
the wire copy:

- a capital right after a word of speaking or of stance, as its subject or genitive (أعلنت موسكو،
  غداة إعلان موسكو، واتهمت دمشق، بيان طهران), stands for its state; it is no place of an act told
  in the same sentence (events.place_elsewhere.speaker, function_words ``speaker_word``);
- a definite act noun that is the subject of a verb of coming (ويأتي الهجوم بعد، الغارة جاءت في
  ظل) is the act told before, set in its background: the places of that background make no second
  record, unless the clause tells another act (events.told_again.told_same, event_scope
  ``same_coming``)."""
from __future__ import annotations

from datetime import date

import pytest

from tests.events.conftest import events

PUB = date(2024, 12, 2)


def places(pipeline, text):
    return [e.location for e in events(pipeline, text, PUB)]


# (text, the capital that speaks in it)
SPEAKING = [
    ("قتل ثلاثة مدنيين اليوم في قصف على محافظة حلب، فيما اتهمت دمشق فصائل معارضة بشن هجوم على مواقع الجيش.",
     "Damascus"),
    ("قتل 11 مدنيا الإثنين جراء غارات على محافظة إدلب، غداة إعلان موسكو أن قواتها تساعد الجيش.",
     "Moscow"),
    ("قتل ثلاثة مدنيين اليوم في قصف على مدينة حلب، فيما اتهمت دمشق فصائل معارضة بالتصعيد.",
     "Damascus"),
    ("قتل جنديان اليوم في هجوم على حاجز قرب مدينة الموصل، وأدانت بغداد الهجوم.",
     "Baghdad"),
]


@pytest.mark.parametrize("text, speaking", SPEAKING)
def test_a_speaking_capital_is_no_place_of_the_act(pipeline, text, speaking):
    got = places(pipeline, text)
    assert got and speaking not in got


@pytest.mark.parametrize("text, where", [
    # the capital itself struck: no speaking word right before it
    ("قتل ثلاثة مدنيين اليوم في غارة على دمشق، وقالت مصادر إن الطائرات إسرائيلية.", "Damascus"),
    ("أعلنت الشرطة مقتل شخصين اليوم في انفجار عبوة ناسفة في بغداد.", "Baghdad"),
])
def test_a_capital_struck_keeps_its_place(pipeline, text, where):
    assert where in places(pipeline, text)


@pytest.mark.parametrize("text, where, background", [
    ("قتل شخص اليوم في غارة إسرائيلية على بلدة القليلة في قضاء صور. وأشارت التقارير إلى أن الغارة "
     "جاءت في ظل تصاعد التوتر وتحليق الطائرات فوق مناطق النبطية.", "El Qlaile", "Nabatiye et Tahta"),
    ("قتل ثلاثة مدنيين اليوم في قصف على بلدة معرة النعمان بريف إدلب. وتأتي الغارة وسط تصعيد في "
     "محافظة حماة.", "Maarrat an Numan", "Hama"),
    ("قتل شرطي اليوم في انفجار عبوة ناسفة في مدينة بعقوبة. وجاء الانفجار في ظل توتر أمني في محافظة "
     "كركوك.", "Baqubah", "Kirkuk"),
    ("قتل جنديان اليوم في هجوم على حاجز للجيش في مدينة الموصل. ويأتي الهجوم بعد أيام من عملية أمنية "
     "واسعة في محافظة الأنبار.", "Mosul", "Al-Anbar"),
])
def test_the_act_set_in_its_background_makes_no_second_record(pipeline, text, where, background):
    assert places(pipeline, text) == [where]


def test_another_act_after_the_coming_verb_keeps_its_record(pipeline):
    text = ("قتل جنديان اليوم في هجوم على حاجز للجيش في مدينة الموصل. وجاء الهجوم بعد ساعات من مقتل "
            "ثلاثة مدنيين في انفجار عبوة ناسفة في مدينة كركوك.")
    assert places(pipeline, text) == ["Mosul", "Kirkuk"]
