"""A place said to lie in a part of a country (بلدة الخيام جنوبي لبنان، قضاء القائم غرب العراق،
X، في شمال شرق سوريا): its namesakes in that part of the country are preferred
(hadath.gazetteer.country_parts gives the part; the resolver adds ``PART_BONUS``)."""
from __future__ import annotations

from typing import Sequence

from hadath.gazetteer.country_parts import compass_stem, country_boxes, direction, in_part
from hadath.mentions.places_people import bare_stem
from hadath.mentions.places_slots import IN
from hadath.types import Place, Token


GAP_MAX = 3            # words between the place and the country (في شمال شرق)
_GAP_WORDS = frozenset({IN, ","})


def mark_country_parts(tokens: tuple[Token, ...], found: Sequence, countries: dict[str, str]) -> None:
    """Set ``part`` = (country code, (north, east)) on each name right before a country named
    with a compass word (and on the names of a list it ends: قريتي X وY جنوبي لبنان)."""
    for k in range(len(found) - 1):
        f, g = found[k], found[k + 1]
        if f.key in countries or f.cue == "nisba" or not 0 <= g.start - f.end <= GAP_MAX:
            continue
        gap = tokens[f.end:g.start]
        if any(t.sentence != tokens[f.start].sentence for t in gap):
            continue
        words = [bare_stem(t) for t in gap]
        if not all(w in _GAP_WORDS or compass_stem(w) is not None for w in words):
            continue
        cc = countries.get(g.key)
        if cc is None:   # جنوب لبنان: a region's name made of a compass word and the country
            head, _, rest = g.key.partition(" ")
            cc = countries.get(rest) if compass_stem(head) is not None else None
            words.append(head)
        way = direction(words) if cc is not None else None
        if way is not None:
            f.part = (cc, way)
    for k in range(len(found) - 2, -1, -1):
        f, g = found[k], found[k + 1]
        if g.listed and g.part is not None and f.part is None and f.key not in countries:
            f.part = g.part


def part_places(places: Sequence[Place], part: tuple[str, tuple[int, int]]) -> frozenset[str]:
    """The ids of ``places`` lying in the part of the country."""
    cc, way = part
    box = country_boxes().get(cc)
    if box is None:
        return frozenset()
    return frozenset([p.id for p in places if p.country_code == cc and in_part(p, box, way)])
