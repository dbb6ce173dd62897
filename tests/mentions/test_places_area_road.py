"""A town read after an area cue in a country the report is not about yields to a reading in
the report's country; a road read as a quarter of another city is coded to the report's town
(issue #10, ninth round)."""
from __future__ import annotations

import pytest

from hadath.mentions.places import PlaceStage
from hadath.text.stage import TextStage
from hadath.types import Article, Doc


@pytest.fixture(scope="module")
def stage():
    return PlaceStage()   # the bundled index


def _refs(stage, text):
    doc = TextStage()(Doc(Article("t", text)))
    return {doc.text[f.span.start:f.span.end]: r for f, r in stage.resolve(doc)}


def test_an_area_cue_prefers_the_reading_in_the_reports_country(stage):
    refs = _refs(stage, "الأمن العام الأردني يغلق الطريق الصحراوي عند منطقة ضبعة بسبب السيول "
                        "ويحذر المواطنين في الأردن")
    assert refs["ضبعة"].place.country_code == "JO", refs   # not Egypt's El Dabaa


def test_an_area_cue_keeps_its_reading_when_the_focus_has_none(stage):
    # nothing of Mali's but the name itself: the town stays (no candidate in the focus)
    refs = _refs(stage, "وقعت الغارات في منطقة موبتي وقال مسؤول روسي إن القوات الروسية شاركت")
    place = refs["موبتي"].place
    assert place is not None and place.country_code == "ML", refs


def test_a_road_read_as_a_far_quarter_is_coded_to_the_reports_town(stage):
    refs = _refs(stage, "تجمع كميات من مياه الامطار على طريق الملك فيصل في اتجاه كبرى "
                        "التاهيل #حفرالباطن الان")
    road = refs["الملك فيصل"]
    assert road.place is None and road.container.name == "Hafar Al-Batin", road


def test_a_road_to_a_town_still_names_the_town(stage):
    refs = _refs(stage, "الطرق مغلقة باستثناء طريق معان باتجاه الجفر في الأردن")
    assert refs["معان"].place.name == "Ma'an", refs
