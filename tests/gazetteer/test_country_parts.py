"""The part of a country a compass phrase names (hadath.gazetteer.country_parts)."""
from __future__ import annotations

import pytest

import io

from hadath.gazetteer.country_parts import (Extent, boxes_of, compass_stem, country_boxes, direction,
                                            in_part, write_boxes)
from hadath.types import Place


@pytest.mark.parametrize("word, stem", [
    ("جنوب", "جنوب"), ("جنوبي", "جنوبي"), ("الجنوبي", "جنوبي"), ("الشماليه", "شماليه"),
    ("شرقي", "شرقي"), ("غرب", "غرب"), ("وسط", "وسط"),
    ("جنين", None), ("الغربيين", None), ("شمالا", None),
])
def test_compass_stem(word, stem):
    assert compass_stem(word) == stem


@pytest.mark.parametrize("words, way", [
    (["جنوبي"], (-1, 0)), (["شمال", "شرق"], (1, 1)), (["في", "شمال", "غربي"], (1, -1)),
    (["وسط"], (0, 0)), (["في"], None), ([], None),
])
def test_direction(words, way):
    assert direction(words) == way


def _p(lat: float, lon: float) -> Place:
    return Place("t", "T", "populated_place", "Lebanon", "LB", lat, lon)


# Lebanon's box in the bundled index, roughly: 33.1-34.4 N, 35.2-36.1 E
LB = Extent(33.78, 35.65, 0.65, 0.41)


@pytest.mark.parametrize("lat, lon, way, inside", [
    (33.33, 35.61, (-1, 0), True),    # Khiam (Marjayoun): south
    (33.71, 35.45, (-1, 0), False),   # El Khiam (Chouf): the middle of the country
    (33.27, 35.20, (-1, 0), True),    # Tyre
    (34.43, 35.84, (1, 0), True),     # Tripoli: north
    (34.43, 35.84, (-1, 0), False),
    (33.85, 35.90, (0, 1), True),     # Zahle: east
    (33.80, 35.62, (0, 0), True),     # the centre
    (33.27, 35.20, (0, 0), False),
])
def test_in_part(lat, lon, way, inside):
    assert in_part(_p(lat, lon), LB, way) is inside


def test_a_box_ignores_a_few_stray_points():
    points = [("LB", 33.0 + i / 100, 35.0 + i / 100) for i in range(100)] + [("LB", 60.0, 10.0)]
    points += [("SY", 35.0, 38.0)] * 5   # too few places: no box
    boxes = boxes_of(points)
    assert set(boxes) == {"LB"}
    assert 33.4 < boxes["LB"].lat < 33.6 and 0.45 < boxes["LB"].half_lat < 0.55


def test_the_shipped_boxes_hold_the_region():
    fh = io.StringIO()
    write_boxes({"LB": LB}, fh)
    assert fh.getvalue().splitlines()[-1] == "LB\t33.78\t35.65\t0.65\t0.41"
    boxes = country_boxes()
    for cc in ("LB", "SY", "IQ", "YE", "SO", "SD", "LY", "EG", "PS"):
        assert cc in boxes and boxes[cc].half_lat > 0 and boxes[cc].half_lon > 0
    # Lebanon's box lies around Lebanon
    assert 33.5 < boxes["LB"].lat < 34.1 and 35.4 < boxes["LB"].lon < 36.0


def test_a_governorates_part_is_read_around_its_seat():
    from hadath.mentions.places_country_parts import part_places
    from hadath.types import Place

    def town(pid, lat, lon, admin1="Aleppo"):
        return Place(pid, pid, "populated_place", "Syria", "SY", lat, lon, admin1=admin1)
    unit = Place("admin1:SY.09", "Aleppo", "admin1", "Syria", "SY", 36.2, 37.16, admin1="Aleppo")
    places = [town("east", 36.2, 37.8), town("north", 36.7, 37.16), town("near", 36.25, 37.2),
              town("other", 36.5, 38.5, admin1="Ar-Raqqa"), unit]
    key = "unit:محافظه حلب"
    assert part_places(places, (key, (0, 1)), unit) == {"east"}
    assert part_places(places, (key, (1, 0)), unit) == {"north"}
    assert part_places(places, (key, (0, 0)), unit) == {"near"}   # the centre: within 25 km
    assert part_places(places, (key, (0, 1)), None) == frozenset()   # the unit not read
