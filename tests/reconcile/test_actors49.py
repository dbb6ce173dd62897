"""The side hit kept when two tellings of one blast or strike fold (docs/notes/actors49.md): a
state's forces hit in one telling beat civilians in the other - an attack that hits the forces
and civilians is on the forces (قتل 11 شخصا بينهم 5 من أفراد الجيش و5 مدنيين)."""
from __future__ import annotations

from datetime import date

import pytest

from hadath.reconcile.rules import absorb
from hadath.types import Event, Span

D = date(2016, 8, 7)
IS, ARMY, POLICE = "Islamic State (Iraq)", "Military Forces of Iraq", "Police Forces of Iraq"
CIV = "Civilians (Iraq)"
ER, VAC, BAT = "Explosions/Remote violence", "Violence against civilians", "Battles"


def ev(actor2, inter2, actor1=IS, inter1=2, sub="Suicide bomb", kind=ER):
    return Event(article_id="a", event_type=kind, sub_event_type=sub, event_date=D, location="Qayyarah",
                 latitude=35.8, longitude=43.3, geo_precision=1, actor1=actor1, inter1=inter1,
                 actor2=actor2, inter2=inter2, fatalities=11, country="Iraq",
                 evidence={"trigger": (Span(0, 5),)})


@pytest.mark.parametrize("keep, gone, want", [
    # لقي 11 شخصا مصرعهم بينهم 5 من أفراد الجيش و5 مدنيين، told again by the town's official
    (ev(CIV, 7), ev(ARMY, 1), ARMY),
    # a car bomb at a police checkpoint that killed a policeman and passers-by
    (ev(CIV, 7, sub="Remote explosive/landmine/IED"), ev(POLICE, 1, sub="Remote explosive/landmine/IED"), POLICE),
    # a shelling told once with its civilian dead, once with the soldiers hit
    (ev(CIV, 7, sub="Shelling/artillery/missile attack"), ev(ARMY, 1, sub="Shelling/artillery/missile attack"), ARMY),
    # guards: the forces kept stay; an armed group hit in the other telling is no state force;
    # another doer's telling; an attack on civilians (violence against civilians) keeps them
    (ev(ARMY, 1), ev(CIV, 7), ARMY),
    (ev(CIV, 7), ev("PMF: Popular Mobilization Forces", 3), CIV),
    (ev(CIV, 7), ev(ARMY, 1, actor1="Unidentified Armed Group (Iraq)", inter1=3), CIV),
    (ev(CIV, 7, sub="Attack", kind=VAC), ev(ARMY, 1, sub="Armed clash", kind=BAT), CIV),
])
def test_forces_hit_beat_civilians(keep, gone, want):
    got = absorb(keep, gone)
    assert got.actor2 == want
    assert got.inter2 == (1 if want in (ARMY, POLICE) else keep.inter2)
