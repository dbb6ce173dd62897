"""Between readings of equal score, the one inside a first-level unit the document names with a
region's class noun (محافظة ديالى) wins (gazetteer.resolve.in_named_unit, round gaz40); a better
score, or a reading that is the unit itself, is left alone."""
from __future__ import annotations

import pytest

from hadath.gazetteer.resolve import in_named_unit
from hadath.types import Place


def _p(name, admin1, fc="populated_place", cc="IQ"):
    return Place(id=name, name=name, feature_class=fc, country="Iraq", country_code=cc,
                 latitude=0.0, longitude=0.0, admin1=admin1)


SUL, DIY, KIR = _p("Qarah Tabbah", "Al-Sulaymaniyah"), _p("Qarah Tabah", "Diyala"), _p("Q", "Kirkuk")
DIY_UNIT = _p("Diyala", "Diyala", fc="admin1")


@pytest.mark.parametrize("best, scores, places, units, want", [
    (0, [4.6, 4.6], [SUL, DIY], {("IQ", "Diyala")}, 1),           # a tie: the named unit's
    (0, [4.6, 4.6, 4.6], [SUL, KIR, DIY], {("IQ", "Diyala")}, 2),  # ... further down the list
    (0, [4.6, 4.5], [SUL, DIY], {("IQ", "Diyala")}, 0),           # no tie: the score decides
    (0, [4.6, 4.6], [SUL, DIY], {("IQ", "Kirkuk")}, 0),           # no reading in the unit
    (0, [4.6, 4.6], [SUL, DIY_UNIT], {("IQ", "Diyala")}, 0),      # the unit itself is no namesake
    (1, [4.6, 4.6], [SUL, DIY], {("IQ", "Diyala")}, 1),           # already inside
    (0, [4.6, 4.6], [SUL, DIY], {("SY", "Diyala")}, 0),           # another country's unit
])
def test_a_tie_goes_to_the_reading_in_the_named_unit(best, scores, places, units, want):
    assert in_named_unit(best, scores, places, frozenset(units)) == want
