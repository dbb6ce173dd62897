"""Seats of first-level units (hadath.gazetteer.assemble): a capital's namesake filed under
another unit far from this unit's towns is no seat (Dakhla by Agadir for Dakhla-Oued
Ed-Dahab); one filed under another code but standing among the unit's towns is (Kerak)."""
from __future__ import annotations

from hadath.gazetteer.assemble import assemble
from hadath.gazetteer.store import Gazetteer


def _city(gid, name, cc, admin, lat, lon, pop, alt=()):
    return {"geonameid": gid, "name": name, "alternatenames": [name, *alt], "countrycode": cc,
            "latitude": lat, "longitude": lon, "population": pop, "admin1code": admin}


CITIES = {str(c["geonameid"]): c for c in (
    _city(8542188, "Dakhla", "MA", "09", 30.41145, -9.55344, 55618),     # by Agadir
    _city(2, "Aousserd", "MA", "12", 22.554, -14.33, 5832),
    _city(250258, "Qīr Moāv", "JO", "19", 31.18248, 35.69999, 50000, ("Al Karak",)),   # Kerak, another code
    _city(4, "Al Mazar al Janubi", "JO", "09", 31.07, 35.69, 9000),
)}
COUNTRIES = {"MA": {"name": "Morocco", "capital": "Rabat", "isonumeric": 504, "continentcode": "AF",
                    "population": 1},
             "JO": {"name": "Jordan", "capital": "Amman", "isonumeric": 400, "continentcode": "AS",
                    "population": 1}}


def test_a_far_namesake_in_another_unit_is_no_seat_a_near_one_is(tmp_path):
    gz = Gazetteer([assemble(tmp_path / "i.sqlite", [], CITIES, COUNTRIES)])
    dakhla = gz.place("admin1:MA.12")
    assert (dakhla.latitude, dakhla.longitude) == (22.554, -14.33)     # its own town, not Agadir's Dakhla
    karak = gz.place("admin1:JO.09")
    assert (karak.latitude, karak.longitude) == (31.18248, 35.69999)
