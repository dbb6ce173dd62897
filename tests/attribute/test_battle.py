"""A battle's second side: an accepted armed clash with one side named gets an Unidentified
Armed Group of the event's country for the other; other records are untouched."""
from __future__ import annotations

from datetime import date

import pytest

from hadath.attribute.battle import two_sided
from hadath.types import Event


def _ev(sub="Armed clash", a1="Military Forces of Iraq", i1=1, a2=None, i2=None, country="Iraq"):
    return Event(article_id="a", event_type="Battles", sub_event_type=sub, event_date=date(2024, 1, 1),
                 actor1=a1, inter1=i1, actor2=a2, inter2=i2, country=country)


@pytest.mark.parametrize("ev, want", [
    (_ev(), ("Unidentified Armed Group (Iraq)", 3, 13)),
    (_ev(a2="Islamic State (Iraq)", i2=2), ("Islamic State (Iraq)", 2, None)),
    (_ev(sub="Attack"), (None, None, None)),
    (_ev(country=None), (None, None, None)),
])
def test_two_sided(ev, want):
    (got,) = two_sided([ev])
    assert got.actor2 == want[0] and got.inter2 == want[1]
    if want[2] is not None:
        assert got.interaction == want[2]
