"""A quarter of a named city known only by its Latin name (place off, place58).

"حي التضامن، حي الزهروني، وهي أحياء تابعة للعاصمة" (Tunis): Who's On First holds Ettadhamen
(a delegation of Greater Tunis) and Zahrouni only in Latin, and a name after a part cue (حي،
ضاحية) is never looked up in the Latin-only file by hadath.mentions.places_latin, which takes
only a town's class noun (a quarter's name meets villages everywhere). Here it is looked up
with the evidence a quarter has: the big towns the document names (populated places of
``QUARTER_TOWN_POP`` or more: the cities with quarters), a Latin-only place of the town's
country within the town's radius (places_quarters.quarter_km), one place in all; when the
text puts the quarter in a big town (حي التضامن بالعاصمة تونس), that town alone. Frequent
words are never looked up (places_latin._words: حي الجامعة is no village "Jamaa"), nor a name
the text puts in another container (a district, a governorate: places_latin's).
"""
from __future__ import annotations

from dataclasses import replace

from hadath.gazetteer.consonant_key import arabic_key
from hadath.gazetteer.latin_places import MIN_KEY
from hadath.gazetteer.lexicon import place_lexicon
from hadath.gazetteer.store import haversine_km
from hadath.mentions.places_latin import _candidates, _words, as_place
from hadath.mentions.places_quarters import QUARTER_TOWN_POP, quarter_km
from hadath.types import PlaceRef


def _quarter_cues() -> frozenset[str]:
    """The singular cues of a town's part (حي، ضاحية): not a camp (مخيم, named after a town or
    a village), not a plural (أحياء)."""
    lex = place_lexicon()
    return lex.part - lex.camp - lex.plural


def _big_town(p) -> bool:
    """A city with quarters: a populated place of ``QUARTER_TOWN_POP`` or more."""
    return p.feature_class == "populated_place" and p.population >= QUARTER_TOWN_POP


def latin_quarters(refs: list[PlaceRef], country_name) -> list[PlaceRef]:
    """``refs`` with each unresolved quarter name (a part cue) resolved to the one Latin-only
    place within the radius of the big town the text puts it in (حي X بالعاصمة تونس), else of
    a big town the document names (module docstring).
    ``country_name(cc)``: a country's English name."""
    cues = _quarter_cues()
    todo = [k for k, r in enumerate(refs) if r.place is None and r.cue in cues
            and (r.container is None or _big_town(r.container)) and r.name
            and r.name not in _words()]
    if not todo:
        return refs
    named = {r.place.id: r.place for r in refs if r.place is not None and _big_town(r.place)}
    out = list(refs)
    for k in todo:
        key = arabic_key(refs[k].name)
        box = refs[k].container
        towns = [box] if box is not None else list(named.values())
        if len(key) < MIN_KEY or not towns:
            continue
        got = {}
        for town in towns:
            for c in _candidates(key, [town.country_code]):
                if haversine_km(c.lat, c.lon, town.latitude, town.longitude) <= quarter_km(town):
                    got[c.id] = c
        if len(got) == 1:
            c = next(iter(got.values()))
            out[k] = replace(refs[k], place=as_place(c, country_name(c.cc) or c.cc), candidates=())
    return out
