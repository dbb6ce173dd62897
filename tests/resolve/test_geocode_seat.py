"""A place known only by its district is coded at the district's seat (GeocodeStage.seat), as a
governorate's is coded at its capital (issue #10, ninth round)."""
from __future__ import annotations

from dataclasses import replace

import pytest

from hadath.gazetteer.store import PlaceRecord
from hadath.gazetteer.testing import small_gazetteer
from hadath.resolve.geocode import GeocodeStage
from hadath.types import Article, Doc, Event, PlaceRef

YE = "Yemen"
ROWS = [
    PlaceRecord("t:dist", "Haydan", "admin2", "YE", 16.723, 43.409, (), "حيدان", YE,
                admin1="Sadah", admin2="Haydan", source="ocha-cod"),
    PlaceRecord("t:seat", "Haydan", "populated_place", "YE", 16.779, 43.434, (), "حيدان", YE,
                admin1="Sadah", admin2="Haydan", source="geonames"),
    # a bigger namesake in another district is no seat
    PlaceRecord("t:other", "Haydan", "populated_place", "YE", 16.911, 43.183, (), "حيدان", YE,
                admin1="Sadah", admin2="Shada'a", population=500, source="wof"),
    # a sub-district (WOF's Arabic names of communes may be another place's): its own point
    PlaceRecord("t:sub", "Haydan", "admin3", "YE", 16.772, 43.432, (), "حيدان", YE,
                admin1="Sadah", admin2="Haydan", admin3="Haydan", source="ocha-cod"),
    # a district with no town of its name
    PlaceRecord("t:lone", "Adh Dhahir", "admin2", "YE", 16.739, 43.259, (), "الظاهر", YE,
                admin1="Sadah", admin2="Adh Dhahir", source="ocha-cod"),
]


@pytest.fixture(scope="module")
def stage(tmp_path_factory):
    path = tmp_path_factory.mktemp("seat") / "base.sqlite"
    gz = small_gazetteer(path, ROWS, [("YE", YE, "اليمن", 887, "Middle East", 15.5, 47.5)])
    return GeocodeStage(gazetteer=gz)


def _place(stage, pid):
    return stage.gz.place(pid)


def test_the_seat_is_the_town_of_its_name_inside_it(stage):
    assert stage.seat(_place(stage, "t:dist")).id == "t:seat"
    assert stage.seat(_place(stage, "t:lone")).id == "t:lone"   # no such town: itself


@pytest.mark.parametrize("ref", [
    lambda d: PlaceRef("حيدان", d, precision_hint=2, cue="مديرية"),          # the district named
    lambda d: PlaceRef("مران", None, precision_hint=1, cue="منطقة", container=d),   # a place in it
])
def test_an_event_in_a_district_is_coded_at_its_seat(stage, ref):
    ev = Event("t", "Battles", "Armed clash", place=ref(_place(stage, "t:dist")))
    out = stage(replace(Doc(Article("t", "x")), events=(ev,))).events[0]
    assert (out.latitude, out.longitude, out.admin2) == (16.779, 43.434, "Haydan")
    assert out.geo_precision == 2   # still a place known only by its district


def test_a_sub_district_keeps_its_own_point(stage):
    ev = Event("t", "Battles", "Armed clash",
               place=PlaceRef("حيدان", _place(stage, "t:sub"), precision_hint=2))
    out = stage(replace(Doc(Article("t", "x")), events=(ev,))).events[0]
    assert (out.latitude, out.longitude) == (16.772, 43.432)
