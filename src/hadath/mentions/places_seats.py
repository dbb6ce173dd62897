"""A direction from a governorate named like its seat (مديرية حيس جنوب الحديدة): the name after
the direction word is the governorate, not its capital, when the governorate bears that very
name (not بعقوبة for Diyala) and the place it locates is a district or sub-district in that
governorate, well away from the town (Hays is 97 km from Hudaydah city). Read as the town,
the anchor would be the event's place (a town before a district) and Hays a mere landmark. A
town placed by a town stays so (تل أبيض شمال الرقة: Raqqa city)."""
from __future__ import annotations

from dataclasses import replace

from hadath.gazetteer import haversine_km
from hadath.gazetteer.lexicon import place_lexicon
from hadath.gazetteer.resolve import Item
from hadath.mentions.places_match import behind_b
from hadath.mentions.places_slots import IN
from hadath.text.normalize import normalize_key

UNIT_KM = 100.0   # a place read in another first-level unit this far from the area named as holding it
SEAT_KM = 25.0   # a place farther than this from the seat town is not "by" the town
UNITS = frozenset({"admin2", "admin3"})   # a district is placed in a governorate, a town by a town
# what a namesake abroad of a place the text puts in a unit may be read as (other_unit)
ABROAD_CLASSES = frozenset({"populated_place", "neighbourhood", "admin2", "admin3"})


def governorate_anchors(live: dict[str, Item]) -> None:
    """Point the best reading of each such anchor at its governorate (in place)."""
    town_cues = None   # (made for the first anchor: most documents have none)
    for it in live.values():
        a = live.get(it.anchor) if it.anchor is not None else None
        if a is None or a is it or it.best < 0 or a.best < 0:
            continue
        if town_cues is None:
            lex = place_lexicon()
            town_cues = lex.klass | lex.part | lex.village
        if a.cues & town_cues:
            continue
        p, town = it.hits[it.best][0].place, a.hits[a.best][0].place
        if town.feature_class != "populated_place" or p.feature_class not in UNITS \
                or not town.admin1 or p.country_code != town.country_code \
                or p.admin1 != town.admin1 \
                or haversine_km(p.latitude, p.longitude, town.latitude, town.longitude) <= SEAT_KM:
            continue
        for k, (h, _m) in enumerate(a.hits):
            g = h.place   # (the governorate's own name: not نينوى read from الموصل)
            if g.feature_class == "admin1" and g.country_code == town.country_code \
                    and g.admin1 == town.admin1 and normalize_key(g.name_ar or "") == a.key:
                a.best = k
                break


def governorate_seat(a: Item | None, town) -> bool:
    """Whether the anchor ``a``, read as ``town``, also names exactly the first-level unit
    ``town`` is the seat of (دير الزور، إدلب: "شرقي دير الزور" may mean the governorate's east)."""
    if a is None or town.feature_class != "populated_place" or not town.admin1:
        return False
    return any(m >= 1.0 and h.place.feature_class == "admin1"
               and h.place.country_code == town.country_code and h.place.admin1 == town.admin1
               for h, m in a.hits)


def outer_unit(container, area: bool, district: bool, rc) -> tuple:
    """(container, area, district) for a name whose container has a reading its own container
    rejects (``rc``: that container resolved, its place None and its container set): the unit
    that holds it instead (قرية السادة في منطقة الحيمة، التابعة لمديرية التحيتا: no Al Hammah far
    off, so the village is tested against the Tuhayta district), else unchanged."""
    if rc.place is not None or rc.container is None or rc.container.feature_class == "country":
        return container, area, district
    return rc.container, False, rc.container.feature_class in ("admin2", "admin3")


def governorates_holding(fs, refs: list, tokens) -> list:
    """``refs`` (parallel to the Found ``fs``) with a town named right after another place
    with في or ب (البلينا في سوهاج، الشرقاط بصلاح الدين، مركز ملوي في المنيا) read as the
    first-level unit it is the seat of and bears the name of, when the place before it lies in
    that unit, well away from the town (Al Balyana is 45 km from Sohag): "X in Y" names X's
    governorate, not its capital, so the town is no place of the act. A place by the town (a
    quarter, a suburb within SEAT_KM) or a town named with its class noun (مدينة سوهاج) stays."""
    out = refs
    for i in range(len(fs) - 1):
        f, g = fs[i], fs[i + 1]
        a, r = refs[i].place, refs[i + 1]
        town = r.place
        if a is None or town is None or g.cue is not None or town.feature_class != "populated_place" \
                or a.feature_class not in ("populated_place", *UNITS) or not town.admin1 \
                or a.admin1 != town.admin1 or a.country_code != town.country_code \
                or not _joined_in(tokens, f.end, g.start):
            continue
        if haversine_km(a.latitude, a.longitude, town.latitude, town.longitude) <= SEAT_KM:
            continue
        unit = seat_unit(town, r.candidates, g.key)
        if unit is not None:
            if out is refs:
                out = list(refs)
            out[i + 1] = replace(r, place=unit, precision_hint=max(3, r.precision_hint))
    return out


def seat_unit(town, candidates, key: str | None = None):
    """The first-level unit among a mention's ``candidates`` ((place, score) pairs) that holds
    ``town``, a reading of the same name: the unit the town is the seat of and named like (صعدة،
    سوهاج); with ``key``, only a unit whose Arabic name is that key. None when there is none."""
    return next((p for p, _s in candidates if p.feature_class == "admin1"
                 and p.country_code == town.country_code and p.admin1 == town.admin1
                 and (key is None or normalize_key(p.name_ar or "") == key)), None)


def _joined_in(tokens, end: int, start: int) -> bool:
    """The words between two names are في alone (X في Y), or none with ب on the second (X بY)."""
    if start == end + 1:
        return tokens[end].norm == IN
    return start == end and behind_b(tokens[start], alone=True)


def other_unit(place, container) -> bool:
    """A place read in another first-level unit of the container's country, more than UNIT_KM
    from it, while the text names the container as a wide area holding it (بلدات X وY بريف حلب
    الغربي، قرية X في محافظة Y): a namesake elsewhere, not the place in that area (the gazetteer
    lacks it; it is coded to the area). Near a unit's edge a reading across it stays (UNIT_KM).
    A town or district read in another country than the governorate or district the text puts
    it in (بلدية السلام بولاية الوادي: no Cairo district) is a namesake abroad all the more."""
    if container.feature_class not in ("populated_place", "admin1", "admin2"):
        return False
    if place.country_code != container.country_code:
        if place.feature_class not in ABROAD_CLASSES or container.feature_class == "populated_place" \
                or not place.country_code or not container.country_code:
            return False
    elif place.feature_class not in ("populated_place", "neighbourhood") \
            or not place.admin1 or not container.admin1 or place.admin1 == container.admin1:
        return False
    return haversine_km(place.latitude, place.longitude, container.latitude, container.longitude) > UNIT_KM
