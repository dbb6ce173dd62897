"""A name's country vote (resolve.KeyHits): a world city's name votes for its country alone."""
from __future__ import annotations

import pytest

from hadath.gazetteer.resolve import KeyHits
from hadath.gazetteer.store import Hit
from hadath.types import Place


def _hits(*rows):
    return [(Hit(Place(f"t:{n}", n, fc, cc, cc, 0.0, 0.0, population=pop, source="geonames"),
                 "k", False, "ar"), 1.0) for n, fc, cc, pop in rows]


@pytest.mark.parametrize("rows, vote", [
    # Cairo (and its governorate) against two small American Cairos: Egypt alone
    ([("Cairo", "populated_place", "EG", 9_606_916), ("Cairo GA", "populated_place", "US", 9752),
      ("Cairo IL", "populated_place", "US", 1733),
      ("Cairo gov", "admin1", "EG", 11_337_220)], ("EG", None, 1)),
    # Tripoli, Libya against Tripoli, Lebanon (229 000): both countries keep a share
    ([("Tripoli", "populated_place", "LY", 1_150_989),
      ("Tripoli LB", "populated_place", "LB", 229_398)], ("LY", ("LB", "LY"), 2)),
    # no city of a million: split as before
    ([("Zarqa", "populated_place", "JO", 792_665),
      ("Az Zarqa", "populated_place", "SY", 100)], ("JO", ("JO", "SY"), 2)),
])
def test_a_world_city_votes_for_its_country_alone(rows, vote):
    got = KeyHits(_hits(*rows)).vote
    assert (got[0], tuple(sorted(got[1])) if got[1] else None, got[2]) == vote
