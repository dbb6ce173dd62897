"""place57: Latin-only districts named after their seat (latin_places._seat_counties); the
places stage's side in tests/mentions/test_place57_latin.py.

Who's On First holds many districts only in Latin (Tunisia 162 delegations, Sudan 153
localities, Iraq 70 districts); when no Latin-only locality of the country shares a district's
consonant key, the district is kept in the Latin-only file at its point (admin2: its own name),
so محلية تلس finds Tullus as a village would be found."""
from __future__ import annotations

import pytest

from hadath.gazetteer.latin_places import latin_rows
from hadath.gazetteer.wof import WofPlace


def _wof(wid, name, placetype="county", cc="TN", name_ar="", lat=36.86, lon=10.12, county=""):
    return WofPlace(wid, cc, placetype, name, name_ar, [name_ar] if name_ar else [], [], lat, lon,
                    population=1000, region_id=1, region="Ariana", county_id=0, county=county)


# (records, the names kept)
ROWS = [
    ([_wof(1, "Ettadhamen")], {"Ettadhamen"}),
    ([_wof(1, "Jerzouna"), _wof(2, "Tibar", lat=36.5, lon=9.1)], {"Jerzouna", "Tibar"}),
    # a locality of the same key serves: the district is left out
    ([_wof(1, "Jerzouna"), _wof(2, "Jarzouna", placetype="locality", county="Jerzouna")],
     {"Jarzouna"}),
    # a district with an Arabic name is the index's
    ([_wof(1, "Sbeitla", name_ar="سبيطلة")], set()),
    # another country's locality of the same key does not count
    ([_wof(1, "Tullus", cc="SD"), _wof(2, "Tallus", placetype="locality", cc="TN")],
     {"Tullus", "Tallus"}),
]


@pytest.mark.parametrize("records,kept", ROWS)
def test_latin_only_districts_without_a_town_of_their_key_are_kept(records, kept):
    got = latin_rows(records, lambda *a: None)
    assert {r.name for r in got} == kept
    for r in got:
        if r.name in {"Ettadhamen", "Jerzouna", "Tibar", "Tullus"}:
            assert r.admin2 == r.name   # a district is its own admin2
