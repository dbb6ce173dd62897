"""A mountain or desert the gazetteer lacks, named with its province (issue #10, eleventh
round): a place of its own inside the province, coded there with precision 2 (CODING.md: more
than the province is named). Sentences of our own wording."""
from __future__ import annotations

import pytest

from tests.events.conftest import events, sentence_pipeline
from tests.mentions.conftest import refs_by_surface


@pytest.fixture(scope="module")
def pipeline():
    return sentence_pipeline()


@pytest.mark.parametrize("text, word, box", [
    ("قتل ثلاثة جنود في انفجار لغم في جبل السمامة بولاية القصرين.", "السمامة", "Kasserine"),
    ("قتل جندي في انفجار لغم في جبل المغيلة بولاية سيدي بوزيد.", "المغيلة", "Sidi Bouzid"),
    # a known town before a province named by its gazetteer name (محافظة إدلب) is held by it
    ("قتل مدنيان في قصف على مدينة معرة النعمان بمحافظة إدلب.", "معرة النعمان", "Idleb"),
])
def test_the_province_after_a_named_place_holds_it(place_stage, text, word, box):
    ref = refs_by_surface(place_stage, text)[word]
    assert ref.container is not None and ref.container.name == box, ref


@pytest.mark.parametrize("text, place, precision", [
    ("قتل ثلاثة جنود في انفجار لغم في جبل السمامة بولاية القصرين.", "Kasserine", 2),
    ("قتل جنديان في اشتباكات مع مسلحين في جبل الشعانبي بولاية القصرين.", "Kasserine", 2),
    # a mountain read as a village abroad (a Yemeni Jabal 'Umar), held by the province after ب
    ("قتل ثلاثة مسلحين في اشتباكات في جبل عمر بالأنبار.", "Al-Anbar", 2),
    # a mountain range named by the gazetteer's place of that name
    ("قصفت طائرات تركية مواقع لحزب العمال الكردستاني في جبال قنديل شمالي العراق.", "Qandil", 2),
])
def test_a_mountain_is_coded_in_its_province(pipeline, text, place, precision):
    evs = events(pipeline, text)
    assert [(e.location, e.geo_precision) for e in evs] == [(place, precision)], evs
