"""Round 39's one-fight rule (docs/notes/types39.md; reconcile.one_type.one_fight): an armed
clash told from each side on one day at one place is one act - with another violent record of
the same two named sides, swapped or not (ACLED: an explosion inside a battle is the battle), or
with a clash naming only one of its two sides, the opponent unnamed. Other sides, another place
or day, or no clash at all stay acts of their own."""
from __future__ import annotations

from datetime import date

import pytest

from hadath.reconcile.one_type import one_type_per_act
from hadath.types import Event, Span

D = date(2024, 8, 15)
ERV, BAT = "Explosions/Remote violence", "Battles"
CLASH, SHELL, AIR = "Armed clash", "Shelling/artillery/missile attack", "Air/drone strike"
ARMY, RSF, SDF = "Military Forces of Sudan (2019-)", "RSF: Rapid Support Forces", "SDF: Syrian Democratic Forces"
SAF, UAG = "Military Forces of Syria (2024-)", "Unidentified Armed Group (Sudan)"
TYPE = {CLASH: BAT, SHELL: ERV, AIR: ERV}


def ev(sub, a1, a2, day=D, loc="El Fasher", lat=13.63, lon=25.35, dead=0, trig=(0, 5)):
    return Event(article_id="a", event_type=TYPE[sub], sub_event_type=sub, event_date=day, location=loc,
                 latitude=lat, longitude=lon, geo_precision=1, actor1=a1, inter1=1 if a1 in (ARMY, SAF) else 2,
                 actor2=a2, inter2=None if a2 is None else (1 if a2 in (ARMY, SAF) else 2), fatalities=dead,
                 country="Sudan", evidence={"trigger": (Span(*trig),)})


@pytest.mark.parametrize("events, want", [
    # the army's clash with the RSF, then the RSF's told with no opponent, the same toll
    ([ev(CLASH, ARMY, RSF, dead=30), ev(CLASH, RSF, None, dead=30, trig=(90, 95))], [(CLASH, ARMY, RSF, 30)]),
    ([ev(CLASH, RSF, None, dead=4), ev(CLASH, ARMY, RSF, dead=4, trig=(90, 95))], [(CLASH, ARMY, RSF, 4)]),
    ([ev(CLASH, ARMY, RSF), ev(CLASH, UAG, RSF, trig=(90, 95))], [(CLASH, ARMY, RSF, 0)]),
    # the clash and one side's fire on the other, sides swapped: the battle
    ([ev(CLASH, SDF, SAF, dead=4), ev(AIR, SAF, SDF, trig=(90, 95))], [(CLASH, SDF, SAF, 4)]),
    ([ev(SHELL, RSF, ARMY, trig=(90, 95)), ev(CLASH, ARMY, RSF, dead=2)], [(CLASH, ARMY, RSF, 2)]),
])
def test_one_fight_told_from_each_side(events, want):
    got = one_type_per_act(events)
    assert [(e.sub_event_type, e.actor1, e.actor2, e.fatalities) for e in got] == want


@pytest.mark.parametrize("events", [
    # a third side: another fight
    [ev(CLASH, ARMY, RSF), ev(CLASH, SDF, None, trig=(90, 95))],
    [ev(CLASH, ARMY, RSF), ev(SHELL, SDF, RSF, trig=(90, 95))],
    # another day or another town
    [ev(CLASH, ARMY, RSF), ev(CLASH, RSF, None, day=date(2024, 8, 14), trig=(90, 95))],
    [ev(CLASH, ARMY, RSF), ev(CLASH, RSF, None, loc="Omdurman", lat=15.64, lon=32.48, trig=(90, 95))],
    # no clash: two strikes of the two sides on each other are two acts
    [ev(SHELL, ARMY, RSF), ev(AIR, RSF, ARMY, trig=(90, 95))],
])
def test_other_fights_stay(events):
    assert len(one_type_per_act(events)) == 2
