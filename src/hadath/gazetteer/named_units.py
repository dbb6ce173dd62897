"""The first-level units a document names as such (محافظة ديالى، ولاية تيبازة) and the spelling
variants read outside them (issue #9, round gaz42).

A report that names a governorate with its class noun is about that governorate. A name read only
as a spelling variant (not an exact name) of a village in another governorate of that country, far
from the named one's point, is a worse reading than none: كشكول read as Kawsh Kalah
(Sulaymaniyah, 270 km away) in a report on محافظة ديالى. Such a reading

- anchors no other name's namesake (``gazetteer.resolve.disambiguate``: Kawsh Kalah pulled
  قرة تبة to Sulaymaniyah's Qarah Tabbah), and
- is no reading of the name at all (``mentions.places_quarters.anchored``): the name is left
  unresolved, held by the named unit.

The admin1 names of the gazetteer's sources may be spelled apart, so a reading is outside a unit
only when its admin1 differs and it lies farther than ``OUTSIDE_KM`` from the unit's point as well.
"""
from __future__ import annotations

from hadath.gazetteer.lexicon import place_lexicon
from hadath.gazetteer.store import haversine_km
from hadath.types import Place

OUTSIDE_KM = 150.0   # a reading this far from a named unit's point lies outside it (with another admin1)


def named_units(items) -> tuple[Place, ...]:
    """The first-level units the document names with a region's class noun (محافظة X، ولاية X)
    and reads exactly as such (``items``: the places stage's live items)."""
    region = place_lexicon().region
    out: dict[str, Place] = {}
    for it in items.values():
        if it.best >= 0 and it.cues and not region.isdisjoint(it.cues) and it.hits[it.best][1] >= 1.0:
            p = it.hits[it.best][0].place
            if p.feature_class == "admin1" and p.admin1:
                out[p.id] = p
    return tuple(out.values())


def outside_named(p: Place, units: tuple[Place, ...]) -> Place | None:
    """The named unit of ``p``'s country that ``p`` lies outside of (the nearest one), when the
    document names units in that country and ``p`` is in none of them; else None."""
    mine = [u for u in units if u.country_code == p.country_code]
    if not mine or p.feature_class in ("country", "admin1"):
        return None
    far = []
    for u in mine:
        km = haversine_km(p.latitude, p.longitude, u.latitude, u.longitude)
        if p.admin1 == u.admin1 or km <= OUTSIDE_KM:
            return None
        far.append((km, u.id, u))
    return min(far)[2]


def variant_outside(it, units: tuple[Place, ...]) -> Place | None:
    """The named unit an item's best reading lies outside of when that reading is only a
    spelling variant (match below 1): ``outside_named``; else None."""
    if it.best < 0 or it.hits[it.best][1] >= 1.0:
        return None
    return outside_named(it.hits[it.best][0].place, units)
