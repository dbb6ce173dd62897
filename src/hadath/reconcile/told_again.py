"""An act told again (hadath.events.told_again): a record flagged ``told_again`` with no toll
of its own, of the same day and sub-event as an earlier record of the report a few kilometres
away, one of the two places more specific than the other, is that act. The more specific place
is kept (ACLED: the most specific place of the act wins), with the toll and evidence of both;
the flag is dropped from every record. A record said to be the same act (في نفس الغارة:
``told_same``) is folded into the earlier one of its type, day and place whatever its toll and
sides - the earlier telling's sides kept. A retelling typed a battle only because it names no
doer and its dead are armed men (قتل خمسة من أعضاء الحرس الثوري في الهجوم الذي وقع اليوم في
دمشق), at the place and day of a strike or fight by a named side on the same side hit, is that
act whatever its toll (the earlier telling's type and sides kept)."""
from __future__ import annotations

from typing import Sequence

from hadath.events.taxonomy import BATTLES, ERV
from hadath.events.told_again import FLAG, SAME
from hadath.reconcile.one_type import side_of
from hadath.reconcile.rules import _generic, absorb, compatible_actors, days_apart, family, km_apart
from hadath.types import Event, evolve

NEAR_KM = 30.0  # a village of the district, the outskirts of the town first named
AREAS = ("admin1", "admin2", "admin3", "country")
NAMED_ACTS = (ERV, BATTLES)  # (a named side's act a retelling can be)


def _area(ev: Event) -> bool:
    ref = ev.place
    return ref is not None and ref.place is not None and ref.place.feature_class in AREAS


def _finer(a: Event, b: Event) -> bool:
    """``b``'s place says more than ``a``'s: a finer precision, or a town where ``a`` has a
    district or province (قضاء المقدادية, then قرية الهارونية)."""
    pa, pb = a.geo_precision or 3, b.geo_precision or 3
    return a.location != b.location and (pb < pa or (pb == pa and _area(a) and not _area(b)))


def fold_told_again(events: Sequence[Event]) -> list[Event]:
    out = list(events)
    gone: set[int] = set()
    for k, ev in enumerate(out):
        if SAME in ev.flags and (j := _same_act(out, k, gone)) is not None \
                or FLAG in ev.flags and (j := _named_act(out, k, gone)) is not None:
            first = out[j]  # (في نفس الغارة: the act told before, its sides kept)
            out[j] = evolve(absorb(first, ev), actor1=first.actor1, inter1=first.inter1,
                            actor2=first.actor2, inter2=first.inter2)
            gone.add(k)
            continue
        if FLAG not in ev.flags or ev.fatalities or ev.latitude is None:
            continue
        j = next((j for j in range(k - 1, -1, -1) if j not in gone and FLAG not in out[j].flags
                  and out[j].sub_event_type == ev.sub_event_type
                  and (days_apart(out[j], ev) or 0) == 0 and compatible_actors(out[j], ev)
                  and (km := km_apart(out[j], ev)) is not None and km <= NEAR_KM), None)
        if j is None:
            continue
        first = out[j]
        if _finer(first, ev):
            out[j] = absorb(ev, first)
        elif _finer(ev, first) or (first.location == ev.location and first.geo_precision == ev.geo_precision):
            out[j] = absorb(first, ev)  # (or the very place told again: وأجبر الهجوم على مدينة الفاشر)
        else:
            continue  # (two towns, two quarters of a city: two acts, each told with القصف)
        gone.add(k)
    return [_unflagged(e) for k, e in enumerate(out) if k not in gone]


def _same_act(out: Sequence[Event], k: int, gone: set[int]) -> int | None:
    """The earlier record a record said to be the same act (events.told_again.told_same) retells:
    of its type and day, the last one of its sub-event - the same noun names the act last told
    of its kind, and a retelling with no place of its own borrows one from the sentence before
    (وأطلق حزب الله صواريخ على إسرائيل ... في نفس الغارة) -, else one at its place or a few
    kilometres off."""
    ev = out[k]
    earlier = [j for j in range(k - 1, -1, -1) if j not in gone and FLAG not in out[j].flags
               and out[j].event_type == ev.event_type and (days_apart(out[j], ev) or 0) <= 1]
    kind = next((j for j in earlier if out[j].sub_event_type == ev.sub_event_type), None)
    near = next((j for j in earlier if _near(out[j], ev)), None)
    if kind is not None or near is not None:
        return kind if kind is not None else near
    # none of its type: the retelling typed by its own toll words alone (أكدت الوزارة استشهاد أحد
    # أفرادها في نفس الهجوم - a death and an injury, read as a clash) is the violent act last told
    return next((j for j in range(k - 1, -1, -1) if j not in gone and FLAG not in out[j].flags
                 and family(out[j]) == family(ev) == "violence" and (days_apart(out[j], ev) or 0) <= 1), None)


def _named_act(out: Sequence[Event], k: int, gone: set[int]) -> int | None:
    """The earlier act a retelling typed a battle with no named doer tells again (its armed dead
    alone made it a clash): the last record of its day at its place (or a few kilometres off)
    whose doer is named and whose side hit is the retelling's (a strike, shelling or fight:
    ألقت طهران باللوم فيها على إسرائيل ... في الهجوم الذي)."""
    ev = out[k]
    if not _generic(ev.actor1) or ev.actor2 is None or ev.event_type != BATTLES:
        return None
    return next((j for j in range(k - 1, -1, -1) if j not in gone and FLAG not in out[j].flags
                 and out[j].event_type in NAMED_ACTS and not _generic(out[j].actor1)
                 and out[j].actor2 is not None and side_of(out[j].actor2) == side_of(ev.actor2)
                 and (days_apart(out[j], ev) or 0) == 0 and _near(out[j], ev)), None)


def _near(a: Event, b: Event) -> bool:
    """``a`` is placed at ``b``'s place, or within ``NEAR_KM`` of it."""
    return a.location == b.location or ((km := km_apart(a, b)) is not None and km <= NEAR_KM)


def _unflagged(ev: Event) -> Event:
    return evolve(ev, flags=tuple(f for f in ev.flags if f not in (FLAG, SAME))) if FLAG in ev.flags else ev
