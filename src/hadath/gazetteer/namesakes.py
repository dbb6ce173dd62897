"""Namesakes a reading must not fall to (issue #10, round 21; split from
:mod:`hadath.gazetteer.resolve`): a small town abroad whose Arabic name is a transliteration of
its Latin one, when a place of the region bears the name (abroad_namesake: candidate lookup);
a village of the big gazetteer, when a big town of the region bears the bare name
(big_namesake: disambiguation); a city's half in another country, when the document's places
there lie in it (twin_pick: disambiguation)."""
from __future__ import annotations

from hadath.gazetteer.build import FOCUS_CCS
from hadath.gazetteer.data import region_of_cc
from hadath.gazetteer.focus import SMALL_ABROAD
from hadath.gazetteer.store import Hit, haversine_km
from hadath.types import Place

# places known only from the big bundled gazetteer (Who's On First, OCHA Yemen): see resolve.is_minor
MINOR_SOURCES = frozenset({"wof", "ocha-cod", "wof-import", "wof-latin"})
MAJOR_CLASSES = frozenset({"country", "admin1", "admin2"})
PERSO_CCS = frozenset({"IR", "AF", "PK", "IN"})   # Arabic-script names in Persian/Urdu spelling
COVERED_REGIONS = ("Middle East", "Africa")   # ACLED regions (regions.tsv) of the news hadath reads


def covered(cc: str) -> bool:
    """The country lies in the regions hadath's news cover: the Middle East and Africa (the
    Sahel and the Horn included), by its ACLED region (regions.tsv)."""
    region = region_of_cc().get(cc, "")
    return region == COVERED_REGIONS[0] or region.endswith(COVERED_REGIONS[1])


def abroad_namesake(p: Place, exact: list[Hit]) -> bool:
    """A town outside the covered regions (``covered``) smaller than SMALL_ABROAD whose Arabic
    name a place of the Arab world and its neighbours (FOCUS_CCS) bears too (a village of the
    big gazetteer included): GeoNames' Arabic names of small towns abroad are transliterations
    of their Latin names (بيتا: Pieta, Malta), the region's are real names (بيتا: Beita near
    Nablus), and the news names the latter. Not a candidate of that name. Not a place in
    PERSO_CCS either: their Arabic-script names are Persian/Urdu spellings, which collide with
    Arabic words as the transliterations do (مبارك: Mobarakeh, Iran, keeps Muborak beside it)."""
    return p.population < SMALL_ABROAD and p.feature_class in ("populated_place", "neighbourhood") \
        and not covered(p.country_code) and any(
            h.place.country_code in FOCUS_CCS and h.place.country_code not in PERSO_CCS
            for h in exact)


WORLD_CITY_POP = 1_000_000   # a city this big ...
WORLD_CITY_RATIO = 100       # ... whose namesakes abroad are a hundredth its size or less


def world_city(top: Place, others: list[Place]) -> bool:
    """A city of a million or more whose namesakes in other countries are all a hundredth its
    size or less: its name is the city's, and votes for its country alone (the small
    American Cairos and Garden Cities must not make a report on Cairo American)."""
    return top.feature_class in ("populated_place", "admin1") \
        and top.population >= WORLD_CITY_POP \
        and all(p.population * WORLD_CITY_RATIO <= top.population for p in others)


ABROAD_RANK = 100      # a town abroad this many times bigger than the region's namesake ...
ABROAD_FLOOR = 1_000   # (a namesake of unknown size counted this big) ...
ABROAD_PRIOR = 1.0     # ... is read on its own; a smaller one has this much less prior


def abroad_priors(places: list[Place], hits: list) -> list[float] | None:
    """Prior penalties (one per hit; None when none applies) of the places outside the Arab
    world and its neighbours (FOCUS_CCS) that an exact hit of the region bears the name of (a
    town or unit that is more than a village of the big gazetteer: is_minor), unless the one
    abroad is ABROAD_RANK times bigger: the news hadath reads names the region's place when
    nothing says otherwise (زنجبار: Zinjibar, Abyan, before Zanzibar), and the one abroad wins
    with evidence only (a container, its country named, the document's other places).
    Countries are never penalized."""
    region = 0
    found = False
    for p, (h, m) in zip(places, hits):
        if m >= 1.0 and p.country_code in FOCUS_CCS and p.country_code not in PERSO_CCS \
                and p.feature_class != "country" and not (p.source in MINOR_SOURCES
                                                         and p.feature_class not in MAJOR_CLASSES):
            found = True
            region = max(region, p.population)
    if not found:
        return None
    big = ABROAD_RANK * max(region, ABROAD_FLOOR)
    out = [ABROAD_PRIOR if p.country_code not in FOCUS_CCS and p.feature_class != "country"
           and p.population < big else 0.0 for p in places]
    return out if any(out) else None


VILLAGE_CLASSES = ("populated_place", "neighbourhood")
VARIANT_MARGIN = 0.1     # variant_priors: how far below the exact village a spelling variant stays


def variant_priors(places: list[Place], hits: list, priors: list[float]) -> list[float] | None:
    """The priors (one per hit; None when none changes) with every spelling variant (a fuzzy
    hit) that is a village or a quarter smaller than BIG_NAMESAKE kept below the exact village
    or quarter of its own country: of two villages of one country, the one spelled as written
    is meant, though the big gazetteer records no population for it (البداوي is El Beddaoui,
    population unknown, not Boudai, a variant of 8,000 people). A big town's variant is not
    capped (a misspelt town's name still finds the town)."""
    best: dict[str, float] = {}
    for p, (_h, m), pr in zip(places, hits, priors):
        if m >= 1.0 and p.feature_class in VILLAGE_CLASSES:
            cc = p.country_code
            best[cc] = max(best.get(cc, pr), pr)
    if not best:
        return None
    out = list(priors)
    changed = False
    for x, (p, (_h, m)) in enumerate(zip(places, hits)):
        top = best.get(p.country_code)
        if top is not None and m < 1.0 and p.feature_class in VILLAGE_CLASSES \
                and p.population < BIG_NAMESAKE and out[x] > top - VARIANT_MARGIN:
            out[x] = top - VARIANT_MARGIN
            changed = True
    return out if changed else None


BIG_NAMESAKE = 100_000   # a town this big in the Arab world and its neighbours ...
NEIGHBOUR_KM = 30        # ... is the reading of its bare name unless the village namesake lies
#                          this near another place of the document (its quarter or neighbour)


def big_namesake(kd) -> int | None:
    """The index of the biggest exact hit (of a KeyHits) that is a town (a populated place: not
    the unit named after it) of BIG_NAMESAKE people or more in the Arab world and its
    neighbours (FOCUS_CCS), if any: a bare name after a locative preposition (no cue,
    container or part of a country in the text) that such a town bears is that town, not a
    village of the big gazetteer that the document's focus and the distance to its other names
    made likelier (في الناصرية with Cairo's district الزيتون named: Nasiriyah, Iraq, not a
    hamlet of Gharbia).
    The caller applies it when the best reading is such a village (is_minor) lying no nearer
    than NEIGHBOUR_KM to another place of the document (ميناء الشويخ والدوحة: Kuwait's Doha).
    Without a preposition the village reading is left to the bare-name tests, which refuse it:
    a common word (سكنت الزاوية اليمنى: the corner) does not become the big town."""
    best = None
    for x, (p, (_h, m)) in enumerate(zip(kd.places, kd.hits)):
        if m >= 1.0 and p.population >= BIG_NAMESAKE and p.country_code in FOCUS_CCS \
                and p.feature_class == "populated_place" and not kd.minor[x] \
                and (best is None or p.population > kd.places[best].population):
            best = x
    return best


CAPITAL_RATIO = 10   # a village a tenth of a capital's people or less: capital_namesake


def capital_namesake(kd, best: int, capital_ids: frozenset[str]) -> int | None:
    """The index of an exact hit (of a KeyHits) that is a capital of the Arab world and its
    neighbours (FOCUS_CCS) at least CAPITAL_RATIO times bigger than the village or quarter
    ``best`` (the disambiguation's pick, in another place), if any: a bare capital's name after
    a locative preposition is the capital, not a namesake village the document's focus and its
    other names made likelier (مفاوضات في الدوحة beside غزة: Doha, Qatar, not Ad Dawhah near
    Bethlehem, 9,631 people). The village keeps its reading when the text ties it to its
    surroundings: a class cue (بلدة الدوحة), a container or anchor, a part of the country, or
    another place of the document within NEIGHBOUR_KM (the caller's tests, as for
    big_namesake). A town the capital's tenth or more (طرابلس, Lebanon, against Libya's
    capital) is left to the votes."""
    low = kd.places[best]
    if low.feature_class not in VILLAGE_CLASSES or low.id in capital_ids:
        return None
    for x, (p, (_h, m)) in enumerate(zip(kd.places, kd.hits)):
        if m >= 1.0 and p.id in capital_ids and p.country_code in FOCUS_CCS \
                and p.country_code != low.country_code \
                and low.population * CAPITAL_RATIO <= p.population:
            return x
    return None


TWIN_KM = 8.0   # two towns of one name in two countries this near each other are one city's halves
TWIN_DEG = 0.1  # (a box around a point wider than TWIN_KM at the latitudes of the region)


def twin_pick(it, spots: list[tuple[float, float, str, str]]) -> int | None:
    """A city whose halves two countries' entries hold under one name (القدس: Jerusalem, Israel
    and East Jerusalem, Palestine, 2 km apart): the reading's twin (an exact hit, a town of
    another country within TWIN_KM) when the document's other places within TWIN_KM of the
    reading lie more in the twin's country than in the reading's (حي الشيخ جراح في القدس:
    East Jerusalem). With no such place, or more of them in the reading's country (a West
    Jerusalem quarter), the reading stays. ``spots``: (lat, lon, country code, name key) of the
    document's readings below admin1 (``twin_spots``). Returns the twin's index in ``it.kd``,
    or None."""
    return twin_of(it.kd, it.kd.places[it.best], it.key, spots)


def twin_of(kd, p: Place, key: str, spots: list[tuple[float, float, str, str]]) -> int | None:
    """``twin_pick`` for the reading ``p`` of the name ``key`` among the hits of ``kd``."""
    if p.feature_class != "populated_place":
        return None
    lat, lon = p.latitude, p.longitude
    near: dict[str, int] = {}   # the countries of the document's other places near the reading
    for qlat, qlon, cc, k in spots:
        if -TWIN_DEG < qlat - lat < TWIN_DEG and -TWIN_DEG < qlon - lon < TWIN_DEG and k != key \
                and haversine_km(lat, lon, qlat, qlon) < TWIN_KM:
            near[cc] = near.get(cc, 0) + 1
    mine = near.get(p.country_code, 0)
    if not any(n > mine for cc, n in near.items() if cc != p.country_code):
        return None
    twins = [x for x, (q, (_h, m)) in enumerate(zip(kd.places, kd.hits))
             if m >= 1.0 and q.feature_class == "populated_place"
             and near.get(q.country_code, 0) > mine
             and haversine_km(lat, lon, q.latitude, q.longitude) < TWIN_KM]
    if not twins:
        return None
    return max(twins, key=lambda x: near[kd.places[x].country_code])


def twin_spots(items: dict) -> list[tuple[float, float, str, str]]:
    """(lat, lon, country code, name key) of the items' readings below admin1 (for twin_pick)."""
    out = []
    for k, other in items.items():
        if other.best >= 0:
            q = other.kd.places[other.best]
            if q.feature_class not in ("country", "admin1"):
                out.append((q.latitude, q.longitude, q.country_code, k))
    return out


def mixed(spots: list[tuple[float, float, str, str]]) -> bool:
    """Two of the spots of different countries lie within TWIN_DEG of each other (else no
    reading has a twin to move to: the common case, told by one sort). Most documents are
    told sooner: no two countries' boxes around their spots come that near (``_boxes_apart``)."""
    if _boxes_apart(spots):
        return False
    spots = sorted(spots)
    for i, (lat, lon, cc, _k) in enumerate(spots):
        for qlat, qlon, qcc, _q in spots[i + 1:]:
            if qlat - lat >= TWIN_DEG:
                break
            if qcc != cc and -TWIN_DEG < qlon - lon < TWIN_DEG:
                return True
    return False


def _boxes_apart(spots: list[tuple[float, float, str, str]]) -> bool:
    """No two countries' bounding boxes of their spots come within TWIN_DEG of each other in
    both latitude and longitude (one country only, or the countries far apart): then no two
    spots of different countries do, and ``mixed`` is False. (Each difference of two spots
    is at least the difference of their boxes' facing edges: the test is exact.)"""
    boxes: dict[str, list[float]] = {}
    for lat, lon, cc, _k in spots:
        b = boxes.get(cc)
        if b is None:
            boxes[cc] = [lat, lat, lon, lon]
        else:
            if lat < b[0]:
                b[0] = lat
            elif lat > b[1]:
                b[1] = lat
            if lon < b[2]:
                b[2] = lon
            elif lon > b[3]:
                b[3] = lon
    if len(boxes) < 2:
        return True
    bs = list(boxes.values())
    for i, p in enumerate(bs):
        for q in bs[i + 1:]:
            if p[0] - q[1] < TWIN_DEG and q[0] - p[1] < TWIN_DEG \
                    and p[2] - q[3] < TWIN_DEG and q[2] - p[3] < TWIN_DEG:
                return False
    return True
