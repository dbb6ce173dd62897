"""A place said to lie in a part of a country (بلدة الخيام جنوبي لبنان، قضاء القائم غرب العراق،
X، في شمال شرق سوريا) or of a governorate (قرية X شمال محافظة حمص، X في جنوب ولاية الجزيرة): its
namesakes in that part are preferred (hadath.gazetteer.country_parts gives a country's part; a
governorate's is read around its seat, ``UNIT_PART_KM``; the resolver adds ``PART_BONUS``)."""
from __future__ import annotations

import math
from typing import Sequence

from hadath.gazetteer.country_parts import compass_stem, country_boxes, direction, in_part
from hadath.gazetteer.lexicon import place_lexicon
from hadath.mentions.places_people import bare_stem
from hadath.mentions.places_slots import IN
from hadath.types import Place, Token

UNIT = "unit:"          # the part's first item for a governorate: UNIT + the name key
UNIT_PART_KM = 10.0     # how far toward the direction from the governorate's point a place lies
UNIT_CENTRE_KM = 25.0   # ... and how near to it for its centre (وسط محافظة X)
KM_PER_DEGREE = 111.2


GAP_MAX = 3            # words between the place and the country (في شمال شرق)
_GAP_WORDS = frozenset({IN, ","})


def mark_country_parts(tokens: tuple[Token, ...], found: Sequence, countries: dict[str, str]) -> None:
    """Set ``part`` = (country code, (north, east)) on each name right before a country named
    with a compass word (and on the names of a list it ends: قريتي X وY جنوبي لبنان)."""
    parts = False
    for k in range(len(found) - 1):
        f, g = found[k], found[k + 1]
        if f.key in countries or f.cue == "nisba" or not 0 <= g.start - f.end <= GAP_MAX:
            continue
        cc = countries.get(g.key)
        if cc is None and _unit_name(g.key):
            cc = UNIT + g.key   # شمال محافظة حمص: the governorate's part
        head = None
        if cc is None:   # جنوب لبنان: a region's name made of a compass word and the country
            head, _, rest = g.key.partition(" ")
            cc = countries.get(rest) if compass_stem(head) is not None else None
            if cc is None:
                continue   # (a town: no part named; most pairs)
        gap = tokens[f.end:g.start]
        if any(t.sentence != tokens[f.start].sentence for t in gap):
            continue
        if gap and f.cue and gap[0].kind == "number":
            gap = gap[1:]   # قاعدة البرج 22 شمال شرقي الأردن: the site's number is its name's
        words = [bare_stem(t) for t in gap]
        if not all(w in _GAP_WORDS or compass_stem(w) is not None for w in words):
            continue
        if head is not None:
            words.append(head)
        way = direction(words)
        if way is not None:
            f.part = (cc, way)
            parts = True
    if not parts:
        return   # (no part named: none to hand on along a list; most documents)
    for k in range(len(found) - 2, -1, -1):
        f, g = found[k], found[k + 1]
        if g.listed and g.part is not None and f.part is None and f.key not in countries:
            f.part = g.part


def _unit_name(key: str) -> bool:
    """The name key is a governorate's written with its class noun (محافظه حمص، ولايه الجزيره)."""
    head, _, rest = key.partition(" ")
    return bool(rest) and head in place_lexicon().region


def outside_part(place: Place | None, part: tuple | None) -> bool:
    """A reading (below a country) in another country than the one whose part the text puts the
    name in (قاعدة البرج 22 شمال شرقي الأردن read as an Al Burj in Egypt): a namesake abroad,
    not the place; the mention is left unresolved in that country (places.py)."""
    return place is not None and part is not None and unit_key(part) is None \
        and place.feature_class != "country" and place.country_code != part[0]


def unit_key(part: tuple[str, tuple[int, int]]) -> str | None:
    """The governorate's name key of a part (``mark_country_parts``), None for a country's."""
    return part[0][len(UNIT):] if part[0].startswith(UNIT) else None


def part_unit(part: tuple[str, tuple[int, int]], key_hits) -> Place | None:
    """The first-level unit a governorate's part is read in (شمال محافظة حمص: Homs), when its
    name reads as exactly one (``key_hits(key, fuzzy)``: the stage's candidates); None for a
    country's part."""
    key = unit_key(part)
    if key is None:
        return None
    units = {h.place.id: h.place for h, _m in key_hits(key, False).hits
             if h.place.feature_class == "admin1"}
    return next(iter(units.values())) if len(units) == 1 else None


def part_places(places: Sequence[Place], part: tuple[str, tuple[int, int]],
                unit: Place | None = None) -> frozenset[str]:
    """The ids of ``places`` lying in the part of the country, or of the governorate ``unit``
    (the part's governorate read as a first-level unit; None: no part)."""
    if unit_key(part) is not None:
        return _unit_part(places, unit, part[1]) if unit is not None else frozenset()
    cc, way = part
    box = country_boxes().get(cc)
    if box is None:
        return frozenset()
    return frozenset([p.id for p in places if p.country_code == cc and in_part(p, box, way)])


def _unit_part(places: Sequence[Place], unit: Place, way: tuple[int, int]) -> frozenset[str]:
    """The ids of ``places`` in the governorate ``unit`` (same country and admin1) lying toward
    ``way`` from its point by ``UNIT_PART_KM`` or more (its centre: within ``UNIT_CENTRE_KM``).
    The point is the seat's (admin1.tsv): غربي محافظة تعز is west of the city the governorate is
    named after (the Kadaha front in Al Ma'afer), not of its area's label point, 30 km south-west."""
    lat0, lon0 = unit.latitude, unit.longitude
    north, east = way
    out = []
    for p in places:
        if p.country_code != unit.country_code or p.admin1 != unit.admin1 or p.id == unit.id:
            continue
        dn = (p.latitude - lat0) * KM_PER_DEGREE
        de = (p.longitude - lon0) * KM_PER_DEGREE * math.cos(math.radians(lat0))
        if north == 0 and east == 0:
            ok = math.hypot(dn, de) <= UNIT_CENTRE_KM
        else:
            ok = (dn * north + de * east) / math.hypot(north, east) >= UNIT_PART_KM
        if ok:
            out.append(p.id)
    return frozenset(out)
