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


LIFTED = [   # (first-pass scores, candidates, focus, scores after)
    ([1.0, 0.5], [HAMLET, SEAT], {"YE": 1.0}, [1.0, 1.0 + 1e-6]),   # takes the namesake's place
    ([1.0, 0.5], [HAMLET, SEAT], {"YE": 0.3}, [1.0, 0.5]),          # focus elsewhere
    ([1.0, 0.5], [UNIT, SEAT], {"YE": 1.0}, [1.0, 0.5]),            # a district the cue asks for
    ([1.0, 0.2], [SEAT, HAMLET], {"YE": 1.0}, [1.0, 0.2]),          # the best already: no rise
]


@pytest.mark.parametrize("scores,places,focus,after", LIFTED)
def test_lift_seats(scores, places, focus, after):
    cands = [*places, UNIT]   # (the district's record in the list, scored low, makes SEAT a seat)
    got = [*scores, -9.0]
    lift_seats(got, seat_lifts(cands), cands, focus.get)
    assert got[:-1] == pytest.approx(after)
