"""The exact village over a populated spelling variant, in reports (place59: namesakes.variant_priors):
البداوي is El Beddaoui (North Lebanon), not Boudai (Baalbek), whatever cue precedes it."""
from __future__ import annotations

import pytest

from tests.mentions.conftest import refs_by_surface

BEDDAWI = [   # the last two read Boudai on main
    "قطع محتجون الطريق في البداوي شمال لبنان.",
    "قطع محتجون لبنانيون الطريق في البداوي.",
    "أغلق الجيش اللبناني مداخل مخيم البداوي.",
    "تظاهر العشرات في بلدة البداوي في لبنان.",
]


@pytest.mark.parametrize("text", BEDDAWI)
def test_exact_village_over_a_variant(place_stage, text):
    r = refs_by_surface(place_stage, text)["البداوي"]
    assert r.place is not None and r.place.name == "El Beddaoui"
