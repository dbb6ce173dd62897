"""A village's spelling variant stays below the exact village of its own country (place59:
hadath.gazetteer.namesakes.variant_priors): the big gazetteer records no population for many
villages (El Beddaoui), and a variant with one (Boudai, 8,000 people) must not win on it."""
from __future__ import annotations

import pytest

from hadath.gazetteer.candidates import prior
from hadath.gazetteer.namesakes import VARIANT_MARGIN, variant_priors
from hadath.gazetteer.store import Hit
from hadath.types import Place


def _place(pid: str, cc: str, pop: int, fc: str = "populated_place") -> Place:
    return Place(pid, pid, fc, cc, cc, 34.0, 36.0, population=pop, source="wof")


def _priors(spec):
    places = [_place(*s[:4]) for s in spec]
    hits = [(Hit(p, "k", False, "ar"), s[4]) for p, s in zip(places, spec)]
    pri = [prior(p, m) for p, (_h, m) in zip(places, hits)]
    return pri, variant_priors(places, hits, pri)


# (pid, cc, population, class, match)
CAPPED = [   # the variant (match < 1) ends below the exact village of its country
    [("exact", "LB", 0, "populated_place", 1.0), ("variant", "LB", 8000, "populated_place", 0.8)],
    [("exact", "SY", 0, "populated_place", 1.0), ("variant", "SY", 40000, "populated_place", 0.9)],
    [("exact", "IQ", 120, "neighbourhood", 1.0), ("variant", "IQ", 9000, "neighbourhood", 0.95)],
    [("exact", "YE", 0, "populated_place", 1.0), ("variant", "YE", 3000, "populated_place", 0.97),
     ("other", "YE", 500, "populated_place", 0.8)],
]


@pytest.mark.parametrize("spec", CAPPED)
def test_variant_below_the_exact_village(spec):
    _old, new = _priors(spec)
    assert new is not None
    assert all(new[x] <= new[0] - VARIANT_MARGIN + 1e-9 for x in range(1, len(spec)))


KEPT = [   # nothing to cap
    # a big town's variant (a misspelt town's name still finds the town)
    [("exact", "LB", 0, "populated_place", 1.0), ("variant", "LB", 250000, "populated_place", 0.8)],
    # the variant lies in another country (the focus decides)
    [("exact", "LB", 0, "populated_place", 1.0), ("variant", "SY", 8000, "populated_place", 0.8)],
    # the exact hit is a unit, not a village
    [("exact", "LB", 0, "admin2", 1.0), ("variant", "LB", 8000, "populated_place", 0.8)],
    # the variant already scores below the exact village
    [("exact", "LB", 50000, "populated_place", 1.0), ("variant", "LB", 8000, "populated_place", 0.8)],
    # no exact hit at all
    [("a", "LB", 100, "populated_place", 0.9), ("b", "LB", 8000, "populated_place", 0.8)],
]


@pytest.mark.parametrize("spec", KEPT)
def test_nothing_capped(spec):
    assert _priors(spec)[1] is None
