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


@pytest.mark.parametrize("rows, vote, less", [
    # a town of the region (FOCUS_CCS) and a bigger namesake abroad, under a hundred times its
    # size: the region's town takes the vote, the one abroad loses prior (it needs evidence)
    ([("Town TZ", "populated_place", "TZ", 700_000), ("Town YE", "populated_place", "YE", 20_000)],
     "YE", (1.0, 0.0)),
    # a hundred times bigger or more: no penalty (a world city keeps its name)
    ([("City FR", "populated_place", "FR", 2_100_000), ("Village EG", "populated_place", "EG", 500)],
     "FR", None),
    # two towns of the region: nothing changes
    ([("Tripoli", "populated_place", "LY", 1_150_989),
      ("Tripoli LB", "populated_place", "LB", 229_398)], "LY", None),
])
def test_a_namesake_abroad_needs_evidence(rows, vote, less):
    from hadath.gazetteer.namesakes import abroad_priors
    hits = _hits(*rows)
    assert KeyHits(hits).vote[0] == vote
    got = abroad_priors([h.place for h, _m in hits], hits)
    assert (tuple(got) if got else None) == less


def test_a_village_of_the_big_gazetteer_does_not_penalize_a_town_abroad():
    from hadath.gazetteer.namesakes import abroad_priors
    hits = _hits(("Town NG", "populated_place", "NG", 60_000))
    hits.append((Hit(Place("t:v", "V", "populated_place", "SD", "SD", 0.0, 0.0, source="wof"),
                     "k", False, "ar"), 1.0))
    assert abroad_priors([h.place for h, _m in hits], hits) is None
