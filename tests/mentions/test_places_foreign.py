"""A common noun read as a far foreign town: with the article, or in construct with another
country's name (issue #10, tenth round: سيول "floods" is no Seoul)."""
from __future__ import annotations

import pytest

from tests.mentions.conftest import refs_by_surface


def _places(place_stage, text):
    return {k: r.place for k, r in refs_by_surface(place_stage, text).items()}


@pytest.mark.parametrize("text, word", [
    # the article on a name that has none
    ("متصرف لواء الرصيفة يعلن اغلاق منطقة وادي القمر تحسبا لأي فيضانات. كما حذر المواطنين من "
     "التواجد قرب مجاري الأودية والسيول في المدينة والمناطق المحيطة", "سيول"),
    # in construct with another country's name, in a sentence and in a hashtag
    ("مساعدات عراقية في طريقها الآن الى الاخوة في الكويت - سيول الكويت", "سيول"),
    ("ترحيل 90 بالمئة من قاطني الخيام #سيول_الاردن #المفرق", "سيول"),   # (read as no place before too)
])
def test_a_common_noun_is_no_far_foreign_town(place_stage, text, word):
    got = _places(place_stage, text)
    assert got.get(word) is None, got


@pytest.mark.parametrize("text, word, cc", [
    ("وصل الرئيس إلى لندن في زيارة رسمية إلى بريطانيا", "لندن", "GB"),
    ("عقد الاجتماع في باريس بحضور وزير خارجية فرنسا", "باريس", "FR"),
    # a conjunction starts a new phrase: no construct
    ("وصل الوفد إلى لندن وإسرائيل تستعد للرد", "لندن", "GB"),
    # a town of the region keeps its reading before another country's name
    ("انطلقت القافلة من عمان الى دمشق ثم بغداد العراق", "بغداد", "IQ"),
])
def test_a_named_foreign_town_stays(place_stage, text, word, cc):
    place = _places(place_stage, text).get(word)
    assert place is not None and place.country_code == cc, place


def test_a_frequent_word_after_a_conjunction_is_read_whole(place_stage):
    # ولجأت = و + لجأت "resorted", not و + ل + جأت (Ghat, Libya): لجأت is a word whole
    # (clitic_words.txt), with or without the conjunction
    got = _places(place_stage, "وشهدت مدينة الحسيمة صدامات بين متظاهرين وقوات الأمن التي "
                               "استخدمت الغاز المسيل للدموع ولجأت الى القوة لمنع مسيرة كبيرة.")
    assert "جأت" not in got and all(p is None or p.name != "Ghat" for p in got.values()), got
