"""Round 40 (issue #9, docs/notes/types40.md): one record per act, on Event lists.

An act told by a large city as well as by its town (a dateline, a road named by its end, a
direction or distance from the city) is one act at the town (reconcile.city_reference); people
seized beside an attack, read as the doers of the seizing, are the attackers' captives
(reconcile.held_people)."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from hadath.reconcile.city_reference import fold_city_reference
from hadath.reconcile.held_people import held_by_attackers
from hadath.types import Event, Place, PlaceRef, Span

D = date(2025, 9, 1)
VAC, ERV, SD = "Violence against civilians", "Explosions/Remote violence", "Strategic developments"
TYPE = {"Attack": VAC, "Suicide bomb": ERV, "Shelling/artillery/missile attack": ERV, "Arrests": SD}
UAG, IS, ARMY = "Unidentified Armed Group (Syria)", "Islamic State (Iraq)", "Military Forces of Syria (2000-2024)"

# (name, population, latitude, longitude)
DAMASCUS = ("Damascus", 1_569_394, 33.51, 36.29)
SAYDA = ("Sayda", 0, 32.66, 36.20)            # 95 km south
MOSUL = ("Mosul", 1_739_800, 36.34, 43.13)
QAYYARAH = ("Al Qayyarah", 0, 35.80, 43.29)   # 60 km south
IDLIB = ("Idlib", 165_000, 35.93, 36.63)
BDAMA = ("Bdama", 0, 35.86, 36.23)            # 37 km west
ALEPPO = ("Aleppo", 1_602_264, 36.20, 37.16)
HASAKEH_NAMESAKE = ("Bab al Faraj", 0, 36.50, 40.70)   # 300 km east: a quarter's namesake
ATARIB = ("Al Atarib", 9_000, 36.14, 36.83)
KAFR_NAHA = ("Kafr Naha", 0, 36.20, 36.90)
HOMS = ("Homs", 652_609, 34.73, 36.71)


def ev(where, sub="Attack", a1=UAG, a2="Civilians (Syria)", dead=1, day=D, trig=(0, 5), cue=None, toll=None):
    name, pop, lat, lon = where
    place = Place(id=name, name=name, feature_class="populated_place", country="Syria", country_code="SY",
                  latitude=lat, longitude=lon, population=pop)
    return Event(article_id="a", event_type=TYPE[sub], sub_event_type=sub, event_date=day, location=name,
                 latitude=lat, longitude=lon, geo_precision=1, actor1=a1, inter1=1 if a1 == ARMY else 2,
                 actor2=a2, inter2=7, fatalities=dead, country="Syria",
                 place=PlaceRef(name=name, place=place, cue=cue),
                 evidence={"trigger": (Span(*trig),), "fatalities": (Span(*(toll or trig)),)})


@pytest.mark.parametrize("events, want", [
    # a road named by the capital at its end, and the village the attack was near
    ([ev(SAYDA), ev(DAMASCUS, trig=(90, 95))], [("Sayda", 1)]),
    ([ev(DAMASCUS), ev(SAYDA, trig=(90, 95))], [("Sayda", 1)]),
    # "a village south of Mosul", then the village by its district
    ([ev(MOSUL, "Suicide bomb", IS, dead=11), ev(QAYYARAH, "Suicide bomb", IS, dead=11, trig=(90, 95))],
     [("Al Qayyarah", 11)]),
    # the province's city told with the shelling of a village of it, a generic doer on one side
    ([ev(IDLIB, "Shelling/artillery/missile attack", ARMY, dead=2),
      ev(BDAMA, "Shelling/artillery/missile attack", UAG, dead=2, trig=(90, 95))], [("Bdama", 2)]),
    # a list of two provinces' countrysides told with the words of one toll, not split evenly
    # (ريفي إدلب وحماة: one dead and ten), then the village: the city's record goes
    ([ev(IDLIB, dead=1), ev(HOMS, dead=10), ev(BDAMA, dead=1, trig=(90, 95))],
     [("Homs", 10), ("Bdama", 1)]),
])
def test_act_told_by_its_city(events, want):
    assert [(e.location, e.fatalities) for e in fold_city_reference(events)] == want


@pytest.mark.parametrize("events", [
    # another toll, another day, another sub-event: other acts
    [ev(SAYDA, dead=1), ev(DAMASCUS, dead=3, trig=(90, 95))],
    [ev(SAYDA), ev(DAMASCUS, day=date(2025, 8, 31), trig=(90, 95))],
    [ev(SAYDA, "Attack"), ev(DAMASCUS, "Suicide bomb", trig=(90, 95))],
    # no toll at all: nothing says the two are one act
    [ev(SAYDA, dead=0), ev(DAMASCUS, dead=0, trig=(90, 95))],
    # two named doers
    [ev(IDLIB, "Shelling/artillery/missile attack", ARMY, dead=2),
     ev(BDAMA, "Shelling/artillery/missile attack", IS, dead=2, trig=(90, 95))],
    # a namesake far beyond the city's reach
    [ev(ALEPPO, "Suicide bomb"), ev(HASAKEH_NAMESAKE, "Suicide bomb", trig=(90, 95))],
    # two villages, one toll each: no city among them
    [ev(ATARIB, dead=5), ev(KAFR_NAHA, dead=5, trig=(90, 95))],
    # two cities
    [ev(HOMS), ev(DAMASCUS, trig=(90, 95))],
    # the city named as a city (مدينة، العاصمة): a place of its own
    [ev(SAYDA), ev(DAMASCUS, trig=(90, 95), cue="مدينه")],
    [ev(SAYDA), ev(DAMASCUS, trig=(90, 95), cue="عاصمه")],
    # the city's share of a toll told for two places (في غارات على إدلب وحلب), a town beside
    [ev(IDLIB, dead=15, trig=(0, 5)), ev(ALEPPO, dead=15, trig=(0, 5)),
     ev(BDAMA, dead=15, trig=(90, 95))],
])
def test_other_acts_stay(events):
    assert len(fold_city_reference(events)) == len(events)


def test_one_city_two_towns_stay():
    events = [ev(DAMASCUS), ev(SAYDA, trig=(90, 95)), ev(("Busra", 0, 32.52, 36.48), trig=(120, 125))]
    assert len(fold_city_reference(events)) == 3


STATE = "Military Forces of Israel"
RSF = "RSF: Rapid Support Forces"


def seized(where=SAYDA, day=D):
    return replace(ev(where, "Arrests", "Civilians (Syria)", None, dead=0, day=day, trig=(90, 95)),
                   inter1=7, inter2=None)


@pytest.mark.parametrize("doer, inter, want", [
    # an armed group's seizing of the people it attacked: an abduction
    (RSF, 2, ("Abduction/forced disappearance", RSF, "Civilians (Syria)")),
    ("Settlers (Israel)", 4, ("Abduction/forced disappearance", "Settlers (Israel)", "Civilians (Syria)")),
    # a state force's: arrests
    (STATE, 8, ("Arrests", STATE, "Civilians (Syria)")),
    (ARMY, 1, ("Arrests", ARMY, "Civilians (Syria)")),
])
def test_people_held_in_an_attack(doer, inter, want):
    attack = replace(ev(SAYDA, a1=doer), inter1=inter)
    got = held_by_attackers([attack, seized()])
    assert (got[1].sub_event_type, got[1].actor1, got[1].actor2) == want
    assert got[1].inter2 == 7 and got[1].inter1 == inter


@pytest.mark.parametrize("events", [
    # the attack elsewhere or another day; no doer named; two doers
    [ev(DAMASCUS, a1=RSF), seized()],
    [ev(SAYDA, a1=RSF, day=date(2025, 8, 30)), seized()],
    [ev(SAYDA, a1=UAG), seized()],
    [ev(SAYDA, a1=RSF), ev(SAYDA, a1=ARMY, trig=(40, 45)), seized()],
])
def test_held_people_without_one_attacker(events):
    got = held_by_attackers(events)
    assert got[-1].actor1 == "Civilians (Syria)" and got[-1].sub_event_type == "Arrests"
