"""Folding tolls of round 42 (docs/notes/fat42.md): a telling marked as more dead of the act
(events.doers ``TOLL_MORE``: قتل أيضا ثلاثة) adds its toll to the other telling's when the two
fold - in either order, once - and not over an estimate or a total."""
from __future__ import annotations

from datetime import date

import pytest

from hadath.events.doers import TOLL_CLAIM, TOLL_MORE, TOLL_TOTAL
from hadath.events.records import continue_event
from hadath.reconcile.rules import absorb
from hadath.types import Event, Span

D = date(2024, 3, 10)


def ev(dead, flags=(), est=False, trig=(0, 5)):
    return Event(article_id="a", event_type="Battles", sub_event_type="Armed clash", event_date=D,
                 location="Mosul", latitude=36.3, longitude=43.1, geo_precision=1,
                 actor1="Military Forces of Iraq", inter1=1, flags=tuple(flags), fatalities=dead,
                 fatalities_estimate=est, country="Iraq", evidence={"trigger": (Span(*trig),)})


@pytest.mark.parametrize("first, second, want", [
    (ev(5), ev(3, [TOLL_MORE], trig=(40, 45)), 8),        # قتل خمسة ... . قتل أيضا ثلاثة
    (ev(3, [TOLL_MORE]), ev(5, trig=(40, 45)), 8),        # ... in the other order
    (ev(5), ev(5, trig=(40, 45)), 5),                     # no mark: the same dead told again
    (ev(5), ev(7, trig=(40, 45)), 7),                     # ... the larger
    (ev(10, est=True), ev(3, [TOLL_MORE], trig=(40, 45)), 3),  # a guess is not added to
    (ev(9, [TOLL_TOTAL]), ev(3, [TOLL_MORE], trig=(40, 45)), 9),  # a total has them already
])
@pytest.mark.parametrize("fold", [continue_event, absorb])
def test_more_dead_add_up(fold, first, second, want):
    out = fold(first, second)
    assert out.fatalities == want
    assert TOLL_MORE not in out.flags or want == max(first.fatalities, second.fatalities)


def test_summed_once():
    """A third telling with the same toll as the sum adds nothing (the mark is spent)."""
    both = continue_event(ev(5), ev(3, [TOLL_MORE], trig=(40, 45)))
    assert continue_event(both, ev(8, trig=(80, 85))).fatalities == 8


@pytest.mark.parametrize("first, second, want", [
    (ev(14, [TOLL_CLAIM]), ev(9, trig=(40, 45)), 9),    # تبنى قتل 14، وأكدت الوزارة مقتل 9
    (ev(9), ev(14, [TOLL_CLAIM], trig=(40, 45)), 9),    # ... in the other order
    (ev(5, [TOLL_CLAIM]), ev(9, trig=(40, 45)), 9),     # a claim below the count: the larger
    (ev(14, [TOLL_CLAIM]), ev(10, est=True, trig=(40, 45)), 14),  # a guess does not lower a count
])
@pytest.mark.parametrize("fold", [continue_event, absorb])
def test_claim_loses_to_a_count(fold, first, second, want):
    assert fold(first, second).fatalities == want
