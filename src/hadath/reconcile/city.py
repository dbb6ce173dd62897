"""A city's record beside the records of places inside it (``fold_city_summary``, rule 5 of
:mod:`hadath.reconcile.rules`): a summary of its quarters' acts, one site's act told again, or
the act of its one quarter told again at the city."""
from __future__ import annotations

from dataclasses import replace
from typing import Sequence

from hadath.events.doers import hit_toll
from hadath.events.records import merged_evidence
from hadath.gazetteer.lexicon import place_lexicon
from hadath.events.tuning import WINDOWS
from hadath.gazetteer.data import city_units
from hadath.reconcile.rules import (absorb, compatible_actors, days_apart, families_meet, km_apart, part_name,
                                    precedence, same_place)
from hadath.types import Event

QUARTERS = frozenset({"neighbourhood", "camp"})
SITES = frozenset({"poi"})


def _feature(ev: Event) -> str | None:
    ref = ev.place
    return ref.place.feature_class if ref is not None and ref.place is not None else None


def _quarter_of(part: Event, city: Event) -> bool:
    """``part`` is placed inside the city ``city`` is placed at: a quarter coded at the city, a
    quarter, camp or site (المسجد الأقصى) with its own point near the city's, any place whose
    point lies within the city's core (البلدة القديمة beside القدس), or a district of a city that
    is a division of its own (``_district_of``)."""
    if _district_of(part, city):
        return True
    if part_name(part) is not None:
        return part.place.container.id == city.place.place.id  # type: ignore[union-attr]
    km = km_apart(part, city)
    if km is None or same_place(part, city):
        return False
    return km <= WINDOWS.part_km if _feature(part) in QUARTERS | SITES else km <= WINDOWS.inner_km


def _district_of(part: Event, city: Event) -> bool:
    """``part`` is placed at a district (admin2) of the division ``city``'s city is by itself
    (gazetteer.data.city_units: محافظة عدن، أمانة العاصمة): مديريات المنصورة والشيخ عثمان are
    Aden's own districts, whatever their seats' distance from the city's point. A district of a
    governorate with a countryside (مديرية سحار in صعدة) is a place of its own."""
    unit = city_units().get(city.place.place.id) if city.place is not None and city.place.place is not None else None
    return unit is not None and _feature(part) == "admin2" and part.admin1 == unit == city.admin1 \
        and part.country == city.country


def _population(ev: Event) -> int:
    return ev.place.place.population if ev.place is not None and ev.place.place is not None else 0


def _restated_inside(city: Event, site: Event) -> bool:
    """The city record tells again the act of one site in the city's core (a riot at المسجد
    الأقصى told also at القدس): same kind, no toll of its own beyond the site's, the site's own
    point (not a quarter coded at the city) within ``WINDOWS.inner_km`` of the city's, a site
    or a place smaller than the city (not two quarters of a capital: المنشية، الرياض)."""
    return site.sub_event_type == city.sub_event_type and (city.fatalities or 0) <= (site.fatalities or 0) \
        and part_name(site) is None and (_feature(site) in SITES or _population(site) < _population(city)) \
        and (km := km_apart(site, city)) is not None and 0 < km <= WINDOWS.inner_km


def _one_quarter(city: Event, part: Event) -> bool:
    """The city record tells again the act of the one quarter coded at the city (غارات على حي
    جبارة في إدلب, then تعرضت مدينة إدلب لقصف جوي): a quarter the gazetteer lacks is coded at the
    city's own point, so the two are one record there (CODING.md: one event per day, place, type
    and actors; a camp is a site of its own, not a quarter): the same sub-event (or the quarter's victims told as an attack), and no two tolls at
    odds (two counts or two guesses that differ are two acts; a guess below a count is the count's
    act told vaguely)."""
    if part_name(part) is None or (days_apart(city, part) or 0) != 0 \
            or part.sub_event_type not in (city.sub_event_type, "Attack") \
            or (part.place.cue or "") in place_lexicon().camp:  # type: ignore[union-attr]
        return False  # (a clash in a quarter beside the shelling of the city; a camp by it: two acts)
    a, b = hit_toll(city), hit_toll(part)  # (the doers' own dead added to one telling: events.doers)
    if a == 0 or b == 0 or a == b:
        return True
    guess, count = (city, part) if city.fatalities_estimate else (part, city)
    return guess.fatalities_estimate and not count.fatalities_estimate and (count.fatalities or 0) > (guess.fatalities or 0)


def _into_quarter(part: Event, city: Event) -> Event:
    """``part`` with the city record's telling; the type ACLED's precedence puts first (the
    shelling of the city over the attack told at the quarter)."""
    if precedence(city) < precedence(part):
        part = replace(part, event_type=city.event_type, sub_event_type=city.sub_event_type,
                       disorder_type=city.disorder_type, civilian_targeting=city.civilian_targeting or part.civilian_targeting)
    return absorb(part, city)


def fold_city_summary(events: Sequence[Event]) -> list[Event]:
    out = list(events)
    gone: set[int] = set()
    for k, ev in enumerate(out):
        if _feature(ev) in QUARTERS or ev.geo_precision != 1 or ev.place is None or ev.place.place is None:
            continue
        parts = [j for j, f in enumerate(out) if j != k and j not in gone and _quarter_of(f, ev)
                 and families_meet(ev, f) and compatible_actors(ev, f) and (days_apart(ev, f) or 0) <= 1]
        if len(parts) == 1 and _one_quarter(ev, out[parts[0]]):
            out[parts[0]] = _into_quarter(out[parts[0]], ev)
            gone.add(k)
            continue
        if len({part_name(out[j]) or out[j].location for j in parts}) < 2 and not (
                len(parts) == 1 and _restated_inside(ev, out[parts[0]])):
            continue
        gone.add(k)
        if all(_district_of(out[j], ev) for j in parts):  # (each district the city's telling, its own toll)
            for j in parts:
                out[j] = absorb(out[j], ev, own_toll=True)
            continue
        evidence = merged_evidence(out[parts[0]], ev, ("trigger", "actor1", "actor2", "weapon"))
        out[parts[0]] = replace(out[parts[0]], evidence=evidence)
    return [e for k, e in enumerate(out) if k not in gone]
