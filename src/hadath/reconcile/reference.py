"""A city named only as a landmark for where an act was (``fold_landmark``, run by
:func:`hadath.reconcile.rules.reconcile` after ``fold_city_summary``).

"فجر انتحاري نفسه ... شمالي بغداد" then "ووقع الهجوم في بعقوبة": the first telling is coded near
Baghdad (geo_precision 2, a compass cue), the second at Baqubah, which lies north of Baghdad. The
act happened at one place: the record at the landmark is a restatement and is folded into the
record of the same sub-event type, day and doer at a place that lies on the side of the landmark the
compass word names, within ``LANDMARK_KM``, told after the landmark (the lead tells the act by a
landmark, the body names its place). Acts of another kind there are other acts (غرب حلب
beside a strike on إدلب: the battle west of Aleppo is coded near Aleppo). The finer record keeps its own toll; it takes the landmark record's toll only when
it has none (the landmark sentence is often the report's tally: قتل سبعة ... بينهم خمسة شرطيين
قضوا في هجوم انتحاري شمال بغداد).
"""
from __future__ import annotations

from typing import Sequence

from hadath.gazetteer.country_parts import country_boxes, direction, in_part
from hadath.reconcile.rules import SAME_PLACE_KM, absorb, compatible_actors, days_apart, km_apart
from hadath.types import Event

LANDMARK_KM = 450.0  # farthest an act told as "north of X" may lie from X (الموصل، 400 كلم شمال بغداد)


def landmark_side(ev: Event) -> tuple[int, int] | None:
    """The (north, east) signs of the compass cue a record near a place was coded with (شمالي
    بغداد: (1, 0)), None when the record is not told as lying to one side of a landmark."""
    ref = ev.place
    if ev.geo_precision != 2 or ref is None or not ref.cue or ev.latitude is None or ev.longitude is None:
        return None
    side = direction(ref.cue.split())
    return side if side and side != (0, 0) else None


def _told_at(ev: Event) -> int:
    """Where the report first tells the record's place (else its act)."""
    spans = ev.evidence.get("location") or ev.evidence.get("trigger") or ()
    return min((s.start for s in spans), default=0)


def _on_side(landmark: Event, side: tuple[int, int], f: Event) -> bool:
    """``f``'s point lies on the ``side`` of the landmark record's point, within ``LANDMARK_KM``
    and apart from it."""
    km = km_apart(landmark, f)
    if km is None or km <= SAME_PLACE_KM or km > LANDMARK_KM:
        return False
    north, east = side
    dlat = f.latitude - landmark.latitude  # type: ignore[operator]
    dlon = f.longitude - landmark.longitude  # type: ignore[operator]
    return (north == 0 or north * dlat > 0) and (east == 0 or east * dlon > 0)


def fold_landmark(events: Sequence[Event]) -> list[Event]:
    out = list(events)
    sides = [landmark_side(ev) for ev in out]  # (absorbing keeps the finer record's place)
    gone: set[int] = set()
    for k, ev in enumerate(out):
        side = sides[k]
        if side is None:
            continue
        targets = [j for j, f in enumerate(out) if j != k and j not in gone and sides[j] is None
                   and (f.geo_precision or 3) <= (ev.geo_precision or 3)  # (a governorate is no finer place)
                   and f.sub_event_type == ev.sub_event_type and compatible_actors(ev, f)
                   and (days_apart(ev, f) or 0) <= 1 and _told_at(f) > _told_at(ev) and _on_side(ev, side, f)]
        if not targets:
            continue
        j = min(targets, key=lambda j: abs(j - k))
        out[j] = absorb(out[j], ev, own_toll=bool(out[j].fatalities))  # (the finer telling's own count stands)
        gone.add(k)
    return [e for k, e in enumerate(out) if k not in gone]


def part_holds(coarse: Event, fine: Event) -> bool:
    """For a record at a country's compass part (جنوب لبنان، شمال سوريا: a compass cue on a
    region record, or a region named by a compass word and a name), whether ``fine``'s place lies in that part of the country, for the same
    sub-event (an exchange of fire on the border is no telling of a strike on a town): the part a report
    means is the country's side, not the one governorate the gazetteer gives that name (جنوب
    لبنان holds الخيام of Nabatieh). False for any other record (the admin1 test decides)."""
    ref = coarse.place
    if coarse.geo_precision != 3 or ref is None or ref.place is None or ref.place.feature_class != "admin1":
        return False
    way = direction(ref.cue.split()) if ref.cue else None
    words = ref.name.split()
    if not way and len(words) > 1:  # (the part named with its compass word: تعرضت أكثر من 10 بلدات جنوبي لبنان)
        way = direction(words[:1])
    box = country_boxes().get(ref.place.country_code)
    if not way or way == (0, 0) or box is None:
        return False
    spot = fine.place.place if fine.place is not None else None
    return fine.sub_event_type == coarse.sub_event_type and spot is not None and spot.country_code == ref.place.country_code and in_part(spot, box, way)
