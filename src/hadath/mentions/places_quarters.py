"""Quarters, camps and roads the gazetteer reads as namesakes far from the document's town,
and spelling variants far from every other place (the places stage's ``_anchored`` step, split
from :mod:`hadath.mentions.places`), with the item resolution both share; and the readings of
a quarter, village or street outside the town or district the text puts it in (outside_town)."""
from __future__ import annotations

import math

from hadath.gazetteer import haversine_km
from hadath.gazetteer.bundled import PLACES_SOURCE
from hadath.gazetteer.lexicon import place_lexicon
from hadath.gazetteer.named_units import named_units, outside_named
from hadath.gazetteer.candidates import is_minor
from hadath.gazetteer.resolve import Item, in_container
from hadath.text.clitics import clitics
from hadath.types import Place

QUARTER_KM = 30.0       # a quarter's reading this far from the document's biggest town is a namesake
QUARTER_KM_MIN = 15.0   # ... or this far from a smaller one: a city's radius grows with the square
QUARTER_KM_PER_SQRT_K = 0.25  # root of its population (0.25 km per sqrt(thousand people): Gaza
#                         410 000 → 15 km, Aleppo 2.1 M → 15 km, Baghdad 7.2 M → 21 km, capped at 30)
QUARTER_TOWN_POP = 100_000  # ... a town at least this big (a city with quarters)
QUARTER_MAX_POP = 10_000  # a reading this big is a town the quarter or camp is named after
VARIANT_KM = 100.0      # a spelling variant this far from every other place of the document


def quarter_km(town: Place) -> float:
    """How far from a town's point its quarters and camps may lie."""
    return min(QUARTER_KM, max(QUARTER_KM_MIN,
                               QUARTER_KM_PER_SQRT_K * math.sqrt(town.population / 1000)))


class Resolved:
    """An item's resolution, shared by its mentions (bare_ok computed only when asked)."""
    __slots__ = ("place", "score", "container", "cands", "_bare_ok", "conf", "far")

    def __init__(self, place, score, container, cands, bare_ok) -> None:
        self.far: bool | None = None  # a small place outside the focus and its neighbours
        self.place = place
        self.score = score
        self.container = container
        self.cands = cands
        self._bare_ok = bare_ok
        self.conf: float | None = None   # the mentions' confidence (not nisba)


def anchored(r: Resolved, it: Item, live: dict[str, Item], exact: list,
             focus: dict[str, float] | None = None) -> Resolved:
    """A quarter (حي، مخيم) with no town named with it whose best reading lies farther from
    the document's town (the town of QUARTER_TOWN_POP+ it names most, then the biggest) than
    the town's radius (quarter_km), or a road (طريق X)
    read as a quarter that far: a namesake elsewhere; the quarter or road is coded to
    that town (p1, geocode), as حي X في حلب is. A spelling variant (not an exact name) more
    than VARIANT_KM from every other place of the document is no reading of it (غرغور in a
    report on Tripoli is not Aqar, 600 km away): unresolved; so is a spelling variant outside
    every first-level unit of its country that the document names as such (gazetteer.named_units),
    held by the nearest of them. A town named in passing abroad claims no quarter
    (passing_town)."""
    place = r.place
    fuzzy = it.hits[it.best][1] < 1.0
    lex = place_lexicon()
    part = r.container is None and (place.population < QUARTER_MAX_POP and (
        bool(it.cues & lex.part) and place.feature_class in ("populated_place", "neighbourhood")
        or bool(it.cues & lex.road) and place.feature_class == "neighbourhood")
        or place.feature_class == "admin3" and bool(it.cues & (lex.part - lex.street)))
    # (بحي سيدي عابد in a report on Al Hoceima: a quarter or camp is no rural commune (admin3))
    # (مخيم جنين: the camp of the town Jenin; طريق الملك فيصل in a report on Hafar al-Batin
    #  is no quarter of Riyadh named after the king: a road leads to a town, not a quarter)
    if _far_from_its_town(place, it, r.container, lex):
        out = Resolved(None, 0.0, r.container, r.cands, False)
        out.far = False
        return out
    if not (fuzzy or part):
        return r
    if not exact:   # the document's exact readings below country level (once per document),
        #             and how often each is named
        named = [i for i in live.values() if i.best >= 0 and i.hits[i.best][1] >= 1.0
                 and i.hits[i.best][0].place.feature_class != "country"]
        exact.append([i.hits[i.best][0].place for i in named])
        counts: dict[str, int] = {}
        for i in named:
            pid = i.hits[i.best][0].place.id
            counts[pid] = counts.get(pid, 0) + i.count
        exact.append(counts)
        exact.append(named_units(live))
    unit = outside_named(place, exact[2]) if fuzzy else None
    if unit is not None:   # (كشكول read as Sulaymaniyah's Kawsh Kalah in a report on محافظة ديالى:
        #                   no reading, held by the governorate the report names)
        out = Resolved(None, 0.0, unit, r.cands, False)
        out.far = False
        return out
    others = [p for p in exact[0] if p.id != place.id]
    if not others:
        return r
    if part:
        towns = [p for p in others if p.feature_class == "populated_place"
                 and p.population >= QUARTER_TOWN_POP]
        if focus and towns:
            towns = [p for p in towns if not passing_town(p, place, live, focus)]
        # the town the document names most (a camp in a report on El Fasher that names Nyala
        # once is El Fasher's), the biggest of those
        town = max(towns, key=lambda p: (exact[1].get(p.id, 0), p.population), default=None)
        if town is not None and haversine_km(place.latitude, place.longitude, town.latitude,
                                             town.longitude) > quarter_km(town):
            out = Resolved(None, 0.0, town, r.cands, False)
            out.far = False
            return out
    if fuzzy and min(haversine_km(place.latitude, place.longitude, p.latitude, p.longitude)
                     for p in others) > VARIANT_KM:
        out = Resolved(None, 0.0, r.container, r.cands, False)
        out.far = False
        return out
    return r


def passing_town(town: Place, place: Place, live: dict[str, Item], focus: dict[str, float]) -> bool:
    """A town named in passing abroad: the only name of its country in the document, whose
    country the document points to less than to the quarter's own (``focus``). It is no
    document's town (anchored): a meeting in Paris, a bomber come from Istanbul or a common word
    read as a capital (باللوم "the blame" as Lome) claims no camp of the country the report is
    about; a town its country's other names back (عمان with محافظة المفرق and الأردنية) does."""
    cc = town.country_code
    if focus.get(cc, 0.0) >= focus.get(place.country_code, 0.0):
        return False
    return not any(i.best >= 0 and (p := i.hits[i.best][0].place).country_code == cc and p.id != town.id
                   for i in live.values())


def _far_from_its_town(place: Place, it: Item, town: Place | None, lex) -> bool:
    """A quarter (حي X شرق مدينة Y، حي X في Y) read as a sub-district or a quarter farther from
    the town the text gives it than the town's radius (quarter_km): a namesake (حي الربصة is
    no sub-district 32 km east of Hodeidah). Villages are not asked: a camp is often named after
    the village it lies by (مخيم الهول قرب الحسكة)."""
    return town is not None and town.feature_class == "populated_place" \
        and bool(it.cues & lex.part) and place.feature_class in ("admin3", "neighbourhood") \
        and place.id != town.id and haversine_km(place.latitude, place.longitude, town.latitude,
                                                 town.longitude) > quarter_km(town)


def quarters_town(live: dict[str, Item], focus: dict[str, float]) -> Place | None:
    """The town whose quarters the document names as such (قصف أحياء طرابلس: a plural part cue
    right before the exact name of a town of QUARTER_TOWN_POP or more in a country of the
    document's focus), the biggest of them; else None."""
    lex = place_lexicon()
    plural_parts = lex.part & lex.plural
    towns = [i.hits[i.best][0].place for i in live.values()
             if i.best >= 0 and i.cues & plural_parts and i.hits[i.best][1] >= 1.0]
    towns = [p for p in towns if p.feature_class == "populated_place"
             and p.population >= QUARTER_TOWN_POP and focus.get(p.country_code, 0.0) >= 0.5]
    return max(towns, key=lambda p: (p.population, p.id), default=None)


def named_towns(live: dict[str, Item]) -> tuple[Place, ...]:
    """The towns of QUARTER_TOWN_POP or more people (cities with quarters) that the document
    names exactly (its items' best readings)."""
    out: dict[str, Place] = {}
    for i in live.values():
        if i.best >= 0:
            hit, match = i.hits[i.best]
            p = hit.place
            if match >= 1.0 and p.feature_class == "populated_place" \
                    and p.population >= QUARTER_TOWN_POP:
                out[p.id] = p
    return tuple(out.values())


def in_named_town(place: Place, towns: tuple[Place, ...], key: str = "",
                  others: tuple[Place, ...] = ()) -> bool:
    """A place known only to the big gazetteer (is_minor: a quarter or hamlet under
    QUARTER_MAX_POP people) that lies within the radius (quarter_km) of a big town the
    document names (named_towns): a quarter of that town (المنيل in a report on Cairo, خلدة in
    one on Beirut), so named bare it needs no preposition (the caller passes no towns for a
    name with an adjective after it: adjective_after). Not a name ``key`` shaped as an
    indefinite nisba adjective (ظروف معيشية is no Baghdad hamlet Ma`ishiyah), nor a name that
    also reads a place beyond the villages (``others``, the name's candidates: القنيطرة is the
    governorate, not a hamlet by Idlib). (Its score must still pass, as every bare name's.)"""
    cl = clitics()
    if key and not key.startswith(cl.article) and key.endswith(cl.nisba_ends) \
            or any(not is_minor(p) for p in others):
        return False
    return bool(towns) and place.feature_class in ("populated_place", "neighbourhood") \
        and place.population < QUARTER_MAX_POP and is_minor(place) and any(
            t.id != place.id and haversine_km(place.latitude, place.longitude, t.latitude,
                                              t.longitude) <= quarter_km(t) for t in towns)


def adjective_after(tokens, end: int) -> bool:
    """The word after a name (token ``end``, same sentence) is a definite nisba-shaped
    adjective: the name is a noun it qualifies (ذات الغالبية الشيعية: the Shia majority, no
    hamlet الغالبية by Baqubah)."""
    if end >= len(tokens) or tokens[end].sentence != tokens[end - 1].sentence \
            or tokens[end].kind != "word":
        return False
    cl = clitics()
    nxt = tokens[end].norm
    return nxt.startswith(cl.article) and nxt.endswith(cl.nisba_ends)


def lone_quarter(place: Place | None, it: Item, live: dict[str, Item]) -> bool:
    """A neighbourhood known only to the big gazetteer (is_minor), read for a name with no
    cue, container or anchor (bare, or a member of a list), when no other place the document
    reads exactly (below country level) lies within QUARTER_KM of it: a quarter's name means
    that quarter only with its town in the text; without it the reading is a namesake (تهامة
    listed with Saudi regions is no Khobar quarter). The caller keeps the mention unresolved."""
    if place is None or place.feature_class != "neighbourhood" or not is_minor(place) \
            or it.cues or it.containers or it.anchor is not None:
        return False
    for i in live.values():
        if i is it or i.best < 0 or i.hits[i.best][1] < 1.0:
            continue
        q = i.hits[i.best][0].place
        if q.feature_class != "country" and q.id != place.id and haversine_km(
                place.latitude, place.longitude, q.latitude, q.longitude) <= QUARTER_KM:
            return False
    return True


def quarter_of(place: Place, it: Item, town: Place) -> bool:
    """Whether a bare name (no cue, container or anchor) accepted as a village or quarter known
    only to the big gazetteer (is_minor, under QUARTER_MAX_POP people) that lies beyond the
    radius of the town whose quarters the document names (quarters_town) is one of that town's
    quarters the gazetteer lacks, not a namesake elsewhere (بسوق الجمعة in a report on the
    shelling of Tripoli's quarters is no hamlet of Misrata): coded to the town, as a quarter is."""
    return not (it.cues or it.containers or it.anchor is not None) \
        and place.feature_class in ("populated_place", "neighbourhood") \
        and place.population < QUARTER_MAX_POP and is_minor(place) and place.id != town.id \
        and haversine_km(place.latitude, place.longitude, town.latitude,
                         town.longitude) > quarter_km(town)


ANCHOR_KM = 300.0    # a place the text puts by a town (منطقة X شمال العاصمة) is read at most this far,
VILLAGE_ANCHOR_KM = 100.0   # ... a village (قرية الرون غرب حيس) at most this far: not Ar Rawn, 250 km
ACROSS_KM = 50.0     # ... and at most this far in another country than the town's
DISTRICT_KM = 50.0   # a village read this far from the district the text puts it in is no reading
BIG_CITY_POP = 1_000_000   # a city this big (or bigger) ...
BIG_CITY_KM = 100.0        # ... holds a place the text puts in or by it up to this far


def _held_unit_abroad(place: Place, container: Place) -> bool:
    """A sub-district or district (ناحية، مديرية) the text puts in a district named as one
    (ناحية X التابعة لقضاء Y: ``district`` in outside_town) read in another country than that
    unit more than ACROSS_KM from it, or in another first-level unit of the same country more
    than DISTRICT_KM from it: a namesake (ناحية الخيرات التابعة لقضاء الكرمة is no al-Khairat of
    Karbala, 106 km off)."""
    d = haversine_km(place.latitude, place.longitude, container.latitude, container.longitude)
    if place.country_code != container.country_code:
        return d > ACROSS_KM
    return bool(place.admin1 and container.admin1) and place.admin1 != container.admin1 \
        and d > DISTRICT_KM


def outside_town(it: Item, place: Place, container: Place, held: bool = False,
                 area: bool = True, district: bool = False, anchor: bool = False,
                 seat: bool = False, town: bool = False) -> bool:
    """A quarter or street (a part cue: حي، مخيم، شارع، طريق) named with its town (حي X في حلب،
    طريق X بحفر الباطن), a village (قرية، بلدة) named with its town or district (قرية X في
    ناحية Y; not in a countryside or governorate named after its seat, ``area``: بلدة X بريف
    الرقة may lie 80 km from Raqqa), or a place the text puts inside or near a town (X، في جنوب
    غرب بغداد؛ X القريبة من بلدة Y), whose best reading lies outside that town: the gazetteer
    lacks the place, and a namesake elsewhere is not it. So too a village or sub-district of the
    big gazetteer (is_minor) in a container the text names as a district (``district``: X في
    مديرية Y) read as one, outside it and more than DISTRICT_KM from its point (not ريف حمص read
    as the Homs district, whose point lies in the desert). So too any place read outside a
    named area the text puts it in (X في الغوطة الشرقية: places_extra.tsv's admin3 rows). So
    too a village (قرية، بلدة) or a town or quarter called an area (منطقة) that the text places
    by a town (``anchor``, not ``held``: قرية X غرب Y، منطقة X شمال العاصمة) read in another
    country more than ACROSS_KM from it, or more than ANCHOR_KM (a village: VILLAGE_ANCHOR_KM):
    a namesake abroad is not the village west of Y (a place "north of Baghdad" may lie 190 km
    off, in Iraq; a village called by its class noun lies by the town it is placed from; but
    the town of a governorate named like it, ``seat``, also names that governorate: بلدة
    البوكمال شرقي دير الزور lies 120 km from the city, in its governorate). And a
    village (قرية، بلدة) read in another country than the unit or town the text puts it in, more
    than ACROSS_KM from it: a namesake abroad (بلدة الصور الواقعة بريف دير الزور is no Tyre); so
    too a district (محلية، مديرية، قضاء) the text puts in a first-level unit, read in another
    country (بمحلية دارالسلام بولاية شمال دارفور: no Dar es Salaam, Tanzania). So
    too a sub-district or district (ناحية، مديرية) put in a district or its town read abroad or
    in another governorate (_held_unit_abroad). So too an area (منطقة) put in a container the text
    calls a town or the capital (``town``: منطقة الرابية بالعاصمة عمان is no Rabiyah of Aqaba; not
    في دهوك, a governorate's name too)."""
    lex = place_lexicon()
    if anchor and not held and container.feature_class in ("populated_place", "neighbourhood") \
            and it.cues and place.feature_class != "country" \
            and place.country_code != container.country_code and haversine_km(
                place.latitude, place.longitude, container.latitude, container.longitude) > ACROSS_KM:
        return True   # منطقة الحسينية شمالي بغداد: no district of Egypt's Sharqia, whatever its class
    if anchor and not held and container.feature_class in ("populated_place", "neighbourhood") and (
            it.cues & lex.village or it.cues & lex.region
            and place.feature_class in ("populated_place", "neighbourhood")):
        d = haversine_km(place.latitude, place.longitude, container.latitude, container.longitude)
        far = VILLAGE_ANCHOR_KM if it.cues & lex.village and not (
            seat and place.admin1 == container.admin1) else ANCHOR_KM
        return d > far or d > ACROSS_KM and place.country_code != container.country_code
    if (it.cues & lex.village or it.cues & lex.district and container.feature_class == "admin1") \
            and container.feature_class != "country" \
            and place.country_code != container.country_code and haversine_km(
                place.latitude, place.longitude, container.latitude, container.longitude) > ACROSS_KM:
        return True   # بلدة الصور الواقعة بريف دير الزور: no Tyre, Lebanon (coded to the container)
    if district and it.cues & lex.district and container.feature_class in ("populated_place", "admin2") \
            and _held_unit_abroad(place, container):
        return True   # ناحية القيروان التابعة لقضاء سنجار: no Kairouan (coded to the district)
    if container.feature_class == "admin3" and container.source == PLACES_SOURCE:
        return not in_container(place, container)   # المرج في الغوطة الشرقية: a named area
    if district and container.feature_class == "admin2":   # منطقة الطوال في مديرية حرض
        return is_minor(place) and not in_container(place, container) and haversine_km(
            place.latitude, place.longitude, container.latitude, container.longitude) > DISTRICT_KM
    cued = lex.part | lex.road if area else lex.part | lex.road | lex.village
    if town:
        cued = cued | lex.own_point   # منطقة X في مدينة Y، منطقة X بالعاصمة Y: an area of the town
    return container.feature_class in ("populated_place", "neighbourhood") \
        and (held or bool(it.cues & cued)) and not in_container(place, container) \
        and not (held and _by_big_city(place, container))


def far_from_town(place: Place | None, town: Place) -> bool:
    """A bare name the text puts in a town (تل حمدي في داقوق، سلوان بالقدس) read as a minor
    village (is_minor) more than VILLAGE_ANCHOR_KM from it: a far namesake (Tall Hamad, 500 km)
    is not the village in the town (the mention stays, unresolved, coded to the town)."""
    return place is not None and town.feature_class in ("populated_place", "neighbourhood") \
        and is_minor(place) and haversine_km(place.latitude, place.longitude, town.latitude,
                                             town.longitude) > VILLAGE_ANCHOR_KM


def _by_big_city(place: Place, city: Place) -> bool:
    """A place the text puts by a big city (بلدة جنالي القريبة من العاصمة مقديشو: 75 km) read in
    its country within BIG_CITY_KM of it: a big city's surroundings reach farther than a
    town's (in_container's 60 km)."""
    return city.population >= BIG_CITY_POP and place.country_code == city.country_code \
        and haversine_km(place.latitude, place.longitude, city.latitude, city.longitude) <= BIG_CITY_KM
