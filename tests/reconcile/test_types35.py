"""Round 35's reconcile rules (docs/notes/types35.md), one case per line: a foiled bombing that
went off is one bombing; a retelling said to be the same act (في نفس الهجوم) typed by its toll
words alone neither retypes the act as a battle nor stands as an act of its own."""
from __future__ import annotations

from datetime import date

import pytest

from hadath.reconcile.one_type import one_type_per_act
from hadath.reconcile.rules import fold_coarser
from hadath.reconcile.told_again import fold_told_again
from hadath.types import Event, Span

D = date(2024, 3, 10)
ERV, SD, BAT = "Explosions/Remote violence", "Strategic developments", "Battles"
UAG, POLICE, ARMY = "Unidentified Armed Group (Iraq)", "Police Forces of Iraq", "Military Forces of Iraq"


def ev(sub, typ, a1, i1, a2=None, i2=None, day=D, loc="Kirkuk", lat=35.47, lon=44.39, gp=1, dead=0, flags=(),
       trig=(0, 5)):
    return Event(article_id="a", event_type=typ, sub_event_type=sub, event_date=day, location=loc, latitude=lat,
                 longitude=lon, geo_precision=gp, actor1=a1, inter1=i1, actor2=a2, inter2=i2, fatalities=dead,
                 country="Iraq", flags=tuple(flags), evidence={"trigger": (Span(*trig),)})


def stop(a1=POLICE, i1=1, a2=None, i2=None, **kw):
    return ev("Disrupted weapons use", SD, a1, i1, a2, i2, **kw)


def blast(a1=UAG, i1=3, a2=None, i2=None, **kw):
    return ev("Suicide bomb", ERV, a1, i1, a2, i2, trig=(40, 45), **kw)


@pytest.mark.parametrize("events, want", [
    # foiled, then went off: one bombing, the bomber's, hitting the force that tried to stop it
    ([stop(), blast()], [("Suicide bomb", UAG, POLICE, 0)]),
    ([stop(a2=UAG, i2=3, dead=1), blast()], [("Suicide bomb", UAG, POLICE, 1)]),
    ([blast(a2=POLICE, i2=1), stop(dead=1)], [("Suicide bomb", UAG, POLICE, 1)]),
    ([stop(a1=None, i1=None), blast(a2=ARMY, i2=1)], [("Suicide bomb", UAG, ARMY, 0)]),
    # another day, or another town: two acts
    ([stop(), blast(day=date(2024, 3, 9))], [("Disrupted weapons use", POLICE, None, 0), ("Suicide bomb", UAG, None, 0)]),
    ([stop(), blast(loc="Mosul", lat=36.34, lon=43.13)],
     [("Disrupted weapons use", POLICE, None, 0), ("Suicide bomb", UAG, None, 0)]),
    # a prevented strike and a roadside bomb: no foiled bombing, two acts
    ([stop(), ev("Remote explosive/landmine/IED", ERV, UAG, 3, trig=(40, 45))],
     [("Disrupted weapons use", POLICE, None, 0), ("Remote explosive/landmine/IED", UAG, None, 0)]),
])
def test_foiled_blast(events, want):
    got = sorted(one_type_per_act(events), key=lambda e: e.sub_event_type)
    assert [(e.sub_event_type, e.actor1, e.actor2, e.fatalities) for e in got] == want


COUNTRY = dict(loc="Iraq", lat=33.2, lon=43.7, gp=3)


def test_retold_toll_does_not_make_a_battle():
    # وأكدت الوزارة استشهاد أحد أفرادها في نفس الهجوم: a clash by its toll words, said to be the act told
    told = ev("Armed clash", BAT, UAG, 3, POLICE, 1, dead=1, flags=("told_again", "told_same"), trig=(90, 95),
              **COUNTRY)
    got = fold_coarser([blast(a2=POLICE, i2=1, dead=1), told])
    assert [(e.sub_event_type, e.fatalities) for e in got] == [("Suicide bomb", 1)]
    # ... while a battle told without its place, not said to be the same act, still makes the act a battle
    fight = ev("Armed clash", BAT, UAG, 3, POLICE, 1, trig=(90, 95), **COUNTRY)
    assert [e.sub_event_type for e in fold_coarser([blast(a2=POLICE, i2=1, dead=1), fight])] == ["Armed clash"]


@pytest.mark.parametrize("first", [
    blast(a2=POLICE, i2=1, dead=1),
    ev("Remote explosive/landmine/IED", ERV, UAG, 3, POLICE, 1, dead=1, trig=(40, 45)),
    ev("Air/drone strike", ERV, "Military Forces of Turkey", 8, None, None, dead=1, trig=(40, 45)),
])
def test_retelling_of_another_type_folds_into_the_act(first):
    told = ev("Armed clash", BAT, UAG, 3, POLICE, 1, dead=1, loc="Erbil", lat=36.19, lon=44.01,
              flags=("told_again", "told_same"), trig=(90, 95))
    got = fold_told_again([first, told])
    assert [e.sub_event_type for e in got] == [first.sub_event_type]
    # ... but not a record of no violence told before (a protest, an arrest)
    arrest = ev("Arrests", SD, POLICE, 1, dead=0, trig=(40, 45))
    assert len(fold_told_again([arrest, told])) == 2
