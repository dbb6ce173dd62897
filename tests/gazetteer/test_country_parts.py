"""The part of a country a compass phrase names (hadath.gazetteer.country_parts)."""
from __future__ import annotations

import pytest

from hadath.gazetteer.country_parts import Extent, compass_stem, country_extent, direction, in_part
from hadath.gazetteer.store import Gazetteer, PlaceRecord, Writer
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


def test_country_extent_ignores_a_few_stray_points(tmp_path):
    recs = [PlaceRecord(f"x:{i}", f"P{i}", "populated_place", "LB", 33.0 + i / 100, 35.0 + i / 100)
            for i in range(100)]
    recs.append(PlaceRecord("x:far", "Far", "populated_place", "LB", 60.0, 10.0))
    with Writer(tmp_path / "g.sqlite") as w:
        w.add(recs)
    box = country_extent(Gazetteer([tmp_path / "g.sqlite"]).indexes, "LB")
    assert box is not None and 33.4 < box.lat < 33.6 and 0.45 < box.half_lat < 0.55
    assert country_extent(Gazetteer([tmp_path / "g.sqlite"]).indexes, "SY") is None
