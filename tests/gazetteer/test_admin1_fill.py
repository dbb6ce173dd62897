"""Issue #10, twentieth round: a unit's seat town lies in that unit, and a town whose GeoNames
code maps to no unit of the admin1 table takes Who's On First's (by name). Read from the
shipped index; a place with no unit takes its nearest town's."""
from __future__ import annotations

import pytest

from hadath.gazetteer import open_gazetteer


@pytest.fixture(scope="module")
def gz():
    return open_gazetteer(None)


@pytest.mark.parametrize("pid, admin1", [
    ("gn:250624", "Karak"),          # Al Karak, the seat of Karak (GeoNames: Ma'an's code)
    ("gn:6930641", "Tamanrasset"),   # In Salah (a wilaya of 2019 the table does not list)
    ("gn:2476403", "Adrar"),         # Timimoun
    ("gn:7799991", "Cairo"),         # New Cairo: where both name a unit, GeoNames' stays
    ("wof:1209102901", "Rural Damascus"),   # Darushah, no WOF region: its nearest town's unit
])
def test_admin1_of_towns(gz, pid, admin1):
    p = gz.place(pid)
    assert p is not None and p.admin1 == admin1, p


def test_a_place_with_no_unit_takes_its_nearest_towns():
    from hadath.gazetteer.bundled import AdminNames
    rows = [{"cc": "SY", "code": "13", "name": "Damascus", "name_ar": "دمشق"},
            {"cc": "SY", "code": "08", "name": "Rural Damascus", "name_ar": "ريف دمشق"}]
    seats = {("SY", "13"): (33.51, 36.29), ("SY", "08"): (33.57, 36.40)}   # the city; Duma
    towns = {"SY": [("Damascus", 33.51, 36.29), ("Rural Damascus", 33.57, 36.40),
                    ("Rural Damascus", 33.44, 36.08)]}                     # ... and Qatana
    here = (33.40, 36.13)   # south-west of the city, by Qatana
    assert AdminNames(rows, seats).name("SY", "", "", *here) == "Damascus"   # the nearest seat
    assert AdminNames(rows, seats, towns).name("SY", "", "", *here) == "Rural Damascus"
    assert AdminNames(rows, seats, towns).name("SY", "", "ريف دمشق", 33.51, 36.29) == \
        "Rural Damascus"   # a unit named by the row is kept


@pytest.mark.parametrize("pid, admin2", [
    ("wof:1209102901", "Qatana"),     # Darushah: no county in WOF, its nearest neighbour's
    ("gn:97478", "Chibayish"),        # Al Jabayish: WOF's rows of the town carry no county
])
def test_admin2_of_the_nearest_place(gz, pid, admin2):
    p = gz.place(pid)
    assert p is not None and p.admin2 == admin2, p
