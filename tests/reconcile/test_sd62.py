"""A non-violent transfer of territory is a capture told calmly (reconcile.rules.families_meet,
docs/notes/sd62.md): on the same day and place it meets a battle (one act: the capture), never an
attack on civilians or remote violence - a side killing a mediator before it withdraws, a strike
on a town a side moved into, are acts of their own."""
from __future__ import annotations

from datetime import date

import pytest

from hadath.reconcile.one_type import one_type_per_act
from hadath.reconcile.rules import families_meet
from hadath.types import Event, Span

D = date(2016, 4, 20)
SD, BAT, VAC, ERV = "Strategic developments", "Battles", "Violence against civilians", "Explosions/Remote violence"
TRANSFER = "Non-violent transfer of territory"
IS, ARMY, CIV = "Islamic State (Syria)", "Military Forces of Syria (2000-2024)", "Civilians (Syria)"


def ev(sub, typ, a1, i1, a2=None, i2=None, dead=0, trig=(0, 5)):
    return Event(article_id="a", event_type=typ, sub_event_type=sub, event_date=D, location="Ad Dumayr",
                 latitude=33.64, longitude=36.69, geo_precision=1, actor1=a1, inter1=i1, actor2=a2, inter2=i2,
                 fatalities=dead, country="Syria", evidence={"trigger": (Span(*trig),)})


def transfer(a1=IS, a2=None):
    return ev(TRANSFER, SD, a1, 2, a2, None if a2 is None else 1)


@pytest.mark.parametrize("other, meets", [
    (ev("Attack", VAC, IS, 2, CIV, 7, dead=1, trig=(90, 95)), False),
    (ev("Abduction/forced disappearance", VAC, IS, 2, CIV, 7, trig=(90, 95)), False),
    (ev("Shelling/artillery/missile attack", ERV, ARMY, 1, IS, 2, trig=(90, 95)), False),
    (ev("Air/drone strike", ERV, ARMY, 1, None, None, trig=(90, 95)), False),
    (ev("Armed clash", BAT, IS, 2, ARMY, 1, dead=3, trig=(90, 95)), True),
    (ev("Government regains territory", BAT, ARMY, 1, IS, 2, trig=(90, 95)), True),
    (ev("Non-state actor overtakes territory", BAT, IS, 2, ARMY, 1, trig=(90, 95)), True),
    (ev("Looting/property destruction", SD, IS, 2, None, None, trig=(90, 95)), True),
])
def test_a_transfer_meets_the_battles_only(other, meets):
    assert families_meet(transfer(), other) == meets
    assert families_meet(other, transfer()) == meets


def test_a_mediator_killed_before_the_withdrawal_is_an_act_of_its_own():
    out = one_type_per_act([transfer(), ev("Attack", VAC, IS, 2, CIV, 7, dead=1, trig=(90, 95))])
    assert sorted(e.sub_event_type for e in out) == ["Attack", TRANSFER]


def test_a_calm_capture_told_beside_its_battle_is_one_act():
    out = one_type_per_act([transfer(), ev("Non-state actor overtakes territory", BAT, IS, 2, ARMY, 1, trig=(90, 95))])
    assert len(out) == 1  # (which type the act keeps is one_type_per_act's own choice, unchanged)
