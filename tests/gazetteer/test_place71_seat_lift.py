"""A district's seat before its small namesakes (place71, issue #10: gazetteer.seat_lift):
رداع in a report on Yemen read Ridā‘, a hamlet of Taizz with two people, over Rada, the seat of
Rada' district (population 0 in its sources). A seat whose candidate list holds its district's
record scores as a town of SEAT_POP, only when the focus is on its country."""
from __future__ import annotations

import pytest

from hadath.gazetteer.seat_lift import lift_seats, seat_lifts
from hadath.types import Place


def _p(name, fc, admin1, admin2=None, pop=0, cc="YE"):
    return Place(f"t:{name}:{fc}:{admin1}", name, fc, "Yemen", cc, 14.0, 44.0, None, admin1, admin2, None, pop)


SEAT = _p("Rada", "populated_place", "Al Bayda", "Rada'")
UNIT = _p("Rada'", "admin2", "Al Bayda", "Rada'")
HAMLET = _p("Rida", "populated_place", "Taizz", "Ash Shamayatayn", pop=2)

LIFTS = [   # (candidates, which get a lift)
    ([SEAT, UNIT, HAMLET], [True, False, False]),
    ([SEAT, HAMLET], [False, False]),                       # no district record: no seat known
    ([_p("Rada", "populated_place", "Taizz", "Rada'"), UNIT], [False, False]),   # another admin1
    ([_p("Rada", "populated_place", "Al Bayda", "Rada'", pop=50_000), UNIT], [False, False]),  # big
    ([_p("Rada", "populated_place", "Al Bayda", "Rada'", cc="SA"), UNIT], [False, False]),  # abroad
]


@pytest.mark.parametrize("places,lifted", LIFTS)
def test_seat_lifts(places, lifted):
    got = seat_lifts(places)
    assert [bool(x) for x in (got or [0.0] * len(places))] == lifted


LIFTED = [   # (first-pass scores, lifts, countries, focus, scores after)
    ([1.0, 0.5], [0.0, 2.0], ["YE", "YE"], {"YE": 1.0}, [1.0, 1.0 + 1e-6]),   # takes the best's place
    ([1.0, 0.9], [0.0, 0.05], ["YE", "YE"], {"YE": 1.0}, [1.0, 0.95]),        # a lift too small
    ([1.0, 0.5], [0.0, 2.0], ["SA", "YE"], {"SA": 1.0, "YE": 0.3}, [1.0, 0.5]),   # focus elsewhere
    ([0.5, 1.0], [2.0, 0.0], ["YE", "YE"], {"YE": 1.0}, [1.0 + 1e-6, 1.0]),
    ([1.0, 0.2], [2.0, 0.0], ["YE", "YE"], {"YE": 1.0}, [1.0, 0.2]),          # the best already: no rise
]


@pytest.mark.parametrize("scores,lifts,ccs,focus,after", LIFTED)
def test_lift_seats(scores, lifts, ccs, focus, after):
    got = list(scores)
    lift_seats(got, lifts, ccs, focus.get)
    assert got == pytest.approx(after)
