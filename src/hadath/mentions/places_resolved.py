"""One name's reading in the places stage (split from :mod:`hadath.mentions.places`): the
item's place, container and candidates (resolved), and whether a name with no cue or slot is
accepted on its own (bare_ok)."""
from __future__ import annotations

from hadath.gazetteer.build import FOCUS_CCS
from hadath.gazetteer.candidates import is_minor
from hadath.gazetteer.focus import focus_without
from hadath.gazetteer.lexicon import place_lexicon
from hadath.gazetteer.namesakes import PERSO_CCS
from hadath.gazetteer.resolve import Item
from hadath.mentions.places_capitals import town_cued
from hadath.mentions.places_country_parts import part_places, unit_key
from hadath.mentions.places_focus import ALONE_SCORE_REGION, curated_bare
from hadath.mentions.places_quarters import Resolved as _Resolved, in_named_town, outside_town as _outside_town
from hadath.mentions.places_seats import governorate_seat, other_unit, outer_unit

ACCEPT_SCORE = 2.0      # a bare single-word name (no cue, no slot) needs this much evidence
ALONE_SCORE = 1.75      # ... or this much when the rest of the document does not point to its
#                         country (its own vote left out): a town of about 100 000 (prior 1.75)
# ALONE_SCORE_REGION (places_focus): ... for a place in the Arab world and its neighbours
#                         (FOCUS_CCS), whose GeoNames Arabic names are real names (about 20 000)
PREP_BONUS = 0.35


def resolved(it: Item, live: dict[str, Item], focus: dict[str, float],
              inner: bool = False) -> _Resolved:
    """The item's reading: its place (None when rejected), score, container and
    candidates, shared by its mentions."""
    hits, scores, best = it.hits, it.scores, it.best
    place = hits[best][0].place if best >= 0 else None
    fuzzy_hit = place is not None and hits[best][1] < 1.0
    if fuzzy_hit and focus.get(place.country_code, 0) < 0.5:
        place = None  # a spelling variant of a far-away name: keep the place unresolved
    container = None
    held = False
    area = True   # the container may be named as a wide area (ريف Y، محافظة Y)
    district = False   # ... or as a district (مديرية Y، قضاء Y)
    town = False   # ... or as a town or the capital (مدينة Y، العاصمة Y)
    for ck in it.containers:
        c = live.get(ck)
        if c is not None and c.best >= 0:
            container = c.hits[c.best][0].place
            lex = place_lexicon()
            area = bool(c.cues & lex.region or c.cues & lex.after)
            district = bool(c.cues & lex.district)
            town = town_cued(c)
            if not inner and c.containers:   # (its own reading rejected: the unit holding it)
                container, area, district = outer_unit(
                    container, area, district, resolved(c, live, focus, True))
            break
    anchor = container is None and it.anchor is not None
    if anchor:
        c = live.get(it.anchor)
        if c is not None and c.best >= 0:
            # (put in or by a town: the outside test only for a name the text calls a
            #  place - a cue; a bare one is left to the focus tests)
            container, held = c.hits[c.best][0].place, it.held and bool(it.cues)
    if place is not None and container is not None and _outside_town(
            it, place, container, held, area, district, anchor,
            anchor and governorate_seat(live.get(it.anchor), container), town and not anchor):
        place = None  # حي الشعار بحلب: not a Sha'arah elsewhere; coded to the town (geocode)
    elif place is not None and container is not None and area and not anchor \
            and other_unit(place, container):
        place = None  # القصر والأبزمو بريف حلب الغربي: no Al Qasr of Hasakeh (coded to the area)
    if len(hits) == 1:
        s0 = round(scores[0], 3)
        cands: tuple = it.kd.single_cands(s0)  # type: ignore[union-attr]
        score = s0 if place else 0.0
    else:
        places = it.kd.places  # type: ignore[union-attr]
        # (nlargest's order: ties in list order)
        order = sorted(range(len(hits)), key=scores.__getitem__, reverse=True)[:5]
        cands = tuple([(places[x], round(scores[x], 3)) for x in order])
        score = round(scores[best], 3) if place else 0.0
    return _Resolved(place, score, container, cands,
                     None if place is not None and place.feature_class not in (
                         "country", "admin1") else place is not None)


def bare_ok(r: _Resolved, it: Item, focus: dict[str, float], votes, own,
             towns: tuple = ()) -> bool:
    """Whether the item is accepted as a bare one-word name.

    A bare one-word populated place is accepted on its score with its own country vote
    left out (a lone name of a village in Kansas does not make the USA the focus): it needs
    ACCEPT_SCORE when the rest of the document points to its country, else ALONE_SCORE
    (a sizeable town); a locative preposition before it adds PREP_BONUS. A one-word name
    known only as a village of the big gazetteer (is_minor) needs the preposition too
    (في X، بX، قرب X): country focus alone does not make a common-looking word a village;
    or it lies inside a big town the document names (``towns``: named_towns), whose quarter
    it is (#المنيل in a tweet on Cairo)."""
    ok = r._bare_ok
    if ok is None:
        cc = r.place.country_code
        here = focus.get(cc, 0.0)
        mine = None if votes is None else own.get(it.key)
        rest = here if not mine else focus_without(votes, mine, cc)
        eff = it.scores[it.best] - 2.2 * (here - rest) + (PREP_BONUS if it.prep else 0.0)
        alone = ALONE_SCORE_REGION if cc in FOCUS_CCS and cc not in PERSO_CCS else ALONE_SCORE
        ok = r._bare_ok = eff >= (ACCEPT_SCORE if rest > 0.5 else alone) and (
            it.prep > 0 or " " in it.key or not is_minor(r.place) or in_its_part(r.place, it)
            or in_named_town(r.place, towns, it.key, it.kd.places)) or curated_bare(r.place, it) \
            or named_town_elsewhere(r.place, it)
    return ok


def named_town_elsewhere(place, it: Item) -> bool:
    """The bare name after a locative preposition is a town the document names elsewhere with
    its class noun (a headline's في سيئون, the body's مدينة سيئون): the same place, whatever
    the focus its own votes give."""
    return it.prep > 0 and place.feature_class == "populated_place" \
        and not it.cues.isdisjoint(place_lexicon().klass)


def in_its_part(place, it: Item) -> bool:
    """The text puts the name in a part of a country (X شمال لبنان، X جنوبي سوريا:
    places_country_parts) and its reading lies in that part: the compass phrase says the word
    is a place there, as a locative preposition does."""
    part = it.part
    return part is not None and unit_key(part) is None and part[0] == place.country_code \
        and bool(part_places((place,), part))
