"""Representative points of first-level units (hadath.gazetteer.areas): a governorate is where
its area's label point is, while its record (and the events coded to it) stays at its seat."""
from __future__ import annotations

import io

from hadath.gazetteer.areas import (admin1_area_points, area_points, representative_point,
                                    write_area_points)
from hadath.gazetteer.data import admin1_tsv
from hadath.resources import load_tsv
from hadath.types import Place
from tests.gazetteer.test_bundled_merge import ADMIN1, row


def _region(id_, ar, lat, lon, name="X", cc="SY"):
    return row(id_, ar, lat, lon, fclass="admin1", name=name, cc=cc)


def test_a_region_row_named_like_an_admin1_unit_gives_its_point():
    rows = [_region("wof:7", "محافظة الرقة", 35.7, 38.9),        # a variant of Ar-Raqqa's names
            _region("wof:8", "", 35.2, 37.0, name="Hama"),         # by its Latin name
            _region("wof:9", "حلب", 36.2, 37.5),                   # no such unit in the table
            row("wof:10", "الرقة", 35.95, 39.0)]                   # a town, not an area
    assert admin1_area_points(rows, ADMIN1) == [("admin1:SY.04", 35.7, 38.9, "wof:7"),
                                                ("admin1:SY.11", 35.2, 37.0, "wof:8")]


def test_of_two_rows_for_one_unit_the_one_with_its_own_name_wins():
    rows = [_region("wof:3", "محافظة الرقة", 35.1, 38.0), _region("wof:20", "الرقة", 35.7, 38.9),
            _region("wof:12", "محافظة الرقة", 35.0, 38.0)]
    assert admin1_area_points(rows, ADMIN1) == [("admin1:SY.04", 35.7, 38.9, "wof:20")]
    rows = [_region("wof:12", "محافظة الرقة", 35.0, 38.0), _region("wof:3", "محافظة الرقة", 35.1, 38.0)]
    assert admin1_area_points(rows, ADMIN1)[0][3] == "wof:3"      # then the lowest WOF id


def test_written_points_read_back(tmp_path):
    buf = io.StringIO()
    assert write_area_points([("admin1:SY.04", 35.7, 38.9, "wof:7")], buf) == 1
    lines = [ln for ln in buf.getvalue().splitlines() if not ln.startswith("#")]
    assert lines == ["id\tlat\tlon\tsource", "admin1:SY.04\t35.70000\t38.90000\twof:7"]


def _place(pid, lat, lon, fclass="admin1"):
    return Place(id=pid, name=pid, feature_class=fclass, country="Yemen", country_code="YE",
                 latitude=lat, longitude=lon)


def test_the_shipped_points_name_admin1_units_and_leave_other_places_alone():
    points = area_points()
    units = {f"admin1:{r['cc']}.{r['code']}" for r in admin1_tsv()}
    assert len(points) > 250 and set(points) <= units
    assert {r["id"] for r in load_tsv("gazetteer/area_points.tsv")} == set(points)
    # Hadramawt: its record stands at Mukalla on the coast, its area's label point inland
    mukalla = _place("admin1:YE.04", 14.54, 49.12)
    lat, lon = representative_point(mukalla)
    assert lat > 15.5 and 48 < lon < 50
    town = _place("gn:71137", 14.54, 49.12, "populated_place")
    assert representative_point(town) == (14.54, 49.12)
