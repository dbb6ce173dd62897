"""Round 53 (issue #9, docs/notes/types53.md): an Armed clash told only as armed men killed,
hurt or attacked - no fight word, no weapon (handover.ARMED_HIT) - folded with a strike,
shelling or bomb of the same act is that act, told with its means (ACLED: the dead of an air
strike are the strike's, whoever they are; only a fight told makes a battle). An unknown armed
doer gives way to the strike's doer. A clash told with a fight word keeps its type as before."""
from __future__ import annotations

from datetime import date

import pytest

from hadath.events.handover import ARMED_HIT
from hadath.reconcile.rules import absorb
from hadath.types import Event, Span

D = date(2024, 1, 20)
CLASH, AIR, SHELL, IED = "Armed clash", "Air/drone strike", "Shelling/artillery/missile attack", \
    "Remote explosive/landmine/IED"
REMOTE = "Explosions/Remote violence"


def ev(sub, typ, a1, inter1, flags=(), trig=(0, 5)):
    return Event(article_id="a", event_type=typ, sub_event_type=sub, event_date=D, location="Damascus",
                 latitude=33.51, longitude=36.29, geo_precision=1, actor1=a1, inter1=inter1,
                 actor2="Military Forces of Iran (1989-) Islamic Revolutionary Guard Corps", inter2=8,
                 country="Syria", flags=tuple(flags), fatalities=5, evidence={"trigger": (Span(*trig),)})


def clash(hit=True, a1="Unidentified Armed Group (Syria)", inter1=3):
    return ev(CLASH, "Battles", a1, inter1, flags=(ARMED_HIT,) if hit else ())


def remote(sub=AIR, a1="Military Forces of Israel", inter1=8):
    return ev(sub, REMOTE, a1, inter1, trig=(40, 45))


@pytest.mark.parametrize("keep, gone, want, doer", [
    # armed men killed in "the attack", the same act told as a strike, shelling or bomb: that act
    (clash(), remote(), AIR, "Military Forces of Israel"),
    (clash(), remote(SHELL, "Military Forces of Turkey"), SHELL, "Military Forces of Turkey"),
    (clash(), remote(IED, "Unidentified Armed Group (Syria)", 3), IED, "Unidentified Armed Group (Syria)"),
    (clash(), remote(a1="Unidentified Military Forces"), AIR, "Unidentified Military Forces"),
    # the doer named by the killing's own words stays
    (clash(a1="Military Forces of Iraq", inter1=1), remote(a1="Military Forces of Iraq", inter1=1), AIR,
     "Military Forces of Iraq"),
    # a fight told (no mark): the battle, as before
    (clash(hit=False), remote(), CLASH, "Unidentified Armed Group (Syria)"),
])
def test_armed_dead_of_a_strike_are_the_strike(keep, gone, want, doer):
    out = absorb(keep, gone)
    assert (out.sub_event_type, out.actor1) == (want, doer)
    assert out.event_type == (REMOTE if want != CLASH else "Battles")
