"""An act told by the city it is reported from or measured against (hadath.reconcile.rules,
after ``fold_told_again``).

News name an act's place by a large city as well as by its village or town: the dateline
(بعقوبة، العراق ... قتل اثنان), a road named by its end (الهجوم كان على طريق دمشق - عمّان), a
direction or distance from the city (بقرية جنوب الموصل; التي تبعد 110 كم شمال شرق بعقوبة), a
headline's country capital (كمين يقتل 9 جنود في الجزائر). Each telling makes a record, the city's
and the town's, with the very same toll. ACLED codes the act once, at its most specific place:
a record at a city of at least ``CITY_POPULATION`` people beside exactly one record at a place
of under a tenth of its people within ``REFERENCE_KM``, of the same day, sub-event, compatible
actors and the same death toll, is that act told by the city; it folds into the town's record.

Two acts with one toll at two villages (no city among them), at two quarters of one city, or at
a town farther than a province's reach from the city (a quarter's namesake resolved in another
province: باب الفرج, coded at Hasakeh, beside Aleppo) keep their records; so does a city named as
a city (على مدينة حمص: its own place, as in area_restatement) and a city's share of a toll told
for several places (قتل 30 شخصا في غارات على إدلب وحلب: a toll split, no telling of another act).
"""
from __future__ import annotations

from typing import Sequence

from functools import lru_cache

from hadath.reconcile.rules import absorb, compatible_actors, days_apart, km_apart, siblings
from hadath.types import Event

CITY_POPULATION = 100_000  # a city that reports are datelined at and places are measured from
SMALLER = 10               # the town holds under a tenth of the city's people
REFERENCE_KM = 200.0       # as far as "X km north-east of the city" or a road from it reaches


def _population(ev: Event) -> int | None:
    """The people of the record's place when it is a town or city of the gazetteer (None for an
    area, an unknown place, a quarter)."""
    ref = ev.place
    if ref is None or ref.place is None or ref.place.feature_class != "populated_place":
        return None
    return ref.place.population or 0


@lru_cache(maxsize=1)
def _city_nouns() -> frozenset[str]:
    """Class nouns that name a city itself (مدينة، عاصمة): the place lexicon's settlement words
    that are no village word and no part of a town."""
    from hadath.gazetteer.lexicon import place_lexicon

    lex = place_lexicon()
    return frozenset(lex.settlement - lex.village - lex.part)


def _shared_toll(ev: Event, events: Sequence[Event]) -> bool:
    """``ev``'s toll is a share of one told for several places: another record counts the same
    number from the same words (a toll split evenly between the places it was told for)."""
    spans = set(ev.evidence.get("fatalities", ()))
    return bool(spans) and any(e is not ev and e.fatalities == ev.fatalities
                               and spans & set(e.evidence.get("fatalities", ())) for e in events)


def _own_province_named(city: Event, town: Event, events: Sequence[Event]) -> bool:
    """The report names the town's own province or city in a record of its own (قرية الزعفرانة
    في ريف حمص beside a record at Homs), and the city lies in another province: the town is
    placed by its own province (nearer to it than to the city: not the countryside of a capital
that is a province of its own, ريف دمشق), so the city's record (وفي جنوب العاصمة دمشق ...) is another act
    there, not a telling of the town's."""
    if not town.admin1 or not city.admin1 or town.admin1 == city.admin1:
        return False
    far = km_apart(city, town)
    return far is not None and any(
        e is not city and e is not town and e.admin1 == town.admin1 and (e.geo_precision or 1) > 1
        and (near := km_apart(e, town)) is not None and near < far for e in events)


def _tells(city: Event, town: Event) -> bool:
    """``city`` tells ``town``'s act again: same day, sub-event and death toll, compatible
    actors, the town far smaller and within reach of the city."""
    big, small = _population(city), _population(town)
    if big is None or small is None or big < CITY_POPULATION or small * SMALLER > big \
            or (city.place is not None and city.place.cue in _city_nouns()) or siblings(city, town):
        return False
    return town.location != city.location and town.sub_event_type == city.sub_event_type \
        and days_apart(city, town) == 0 and compatible_actors(city, town) \
        and bool(city.fatalities) and town.fatalities == city.fatalities \
        and (km := km_apart(city, town)) is not None and km <= REFERENCE_KM


def fold_city_reference(events: Sequence[Event]) -> list[Event]:
    out = list(events)
    gone: set[int] = set()
    for k, ev in enumerate(out):
        if _shared_toll(ev, out):
            continue
        towns = [j for j, t in enumerate(out) if j != k and j not in gone and _tells(ev, t)
                 and not _own_province_named(ev, t, out)]
        if len(towns) == 1:
            out[towns[0]] = absorb(out[towns[0]], ev)
            gone.add(k)
    return [e for k, e in enumerate(out) if k not in gone]
