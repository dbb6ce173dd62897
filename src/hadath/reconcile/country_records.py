"""Records placed at a whole country (:func:`hadath.reconcile.rules.reconcile`, step 4).

A named place the gazetteer does not know, after a cue, is coded at the nearest known place of
the report (``place_near_known``); then a record whose only place is its country is no ACLED
record (``drop_country_level``), unless its place is real though unknown: listed with known
places (``listed_place``) or named after a word that says what it is (``rules.named_place``), or it
is a part of the country (:mod:`hadath.reconcile.coarse`).
"""
from __future__ import annotations

from dataclasses import replace
from typing import Sequence

from hadath.reconcile.coarse import FLAG as PART_FLAG, country_part
from hadath.reconcile.rules import class_cues, country_level, named_place, siblings
from hadath.types import Event


def listed_place(ev: Event, events: Sequence[Event]) -> bool:
    """A place the gazetteer does not know, named in one list with places it knows (في الرقة
    والطبقة وسارين): a real place, kept at the country with its flag (nothing lost)."""
    return "place_unresolved" in ev.flags and any(
        o is not ev and siblings(ev, o) and not country_level(o) for o in events)


NEAR = " (near "   # the label of a place coded at another one: "ودالهبيل (near Abu Qutah)"


def anchor_label(ev: Event) -> str | None:
    """The name of the known place a record is coded at: its location, or for a record itself
    coded near another place ("طعنا (near Hebron)") that place's name, so that a label is never
    nested ("X (near Y (near Z))")."""
    loc = ev.location
    if loc and "place_approximate" in ev.flags and NEAR in loc and loc.endswith(")"):
        return loc[loc.rindex(NEAR) + len(NEAR):].rstrip(")")
    return loc


def _start(ev: Event) -> int:
    spans = ev.evidence.get("location") or ev.evidence.get("trigger") or ()
    return min((s.start for s in spans), default=0)


def place_near_known(events: Sequence[Event]) -> list[Event]:
    """A place the gazetteer does not know, named after a cue (قرية ودالهبيل), is coded at the nearest place
    of the report it does know, in the same country, at precision 2 (CODING.md: "the nearest
    listed town"), flagged ``place_approximate``; its own name stays in location_ar."""
    known = [e for e in events if not country_level(e) and "place_unresolved" not in e.flags
             and e.latitude is not None]
    out = []
    for ev in events:
        if "place_unresolved" not in ev.flags or not country_level(ev) or not ev.location_ar \
                or ev.place is None or ev.place.place is not None or not ev.place.cue:
            out.append(ev)
            continue
        near = [k for k in known if k.country == ev.country]
        if not near:
            out.append(ev)
            continue
        k = min(near, key=lambda o: abs(_start(o) - _start(ev)))
        out.append(replace(ev, latitude=k.latitude, longitude=k.longitude, admin1=k.admin1, admin2=k.admin2,
                           admin3=k.admin3, location=f"{ev.location_ar}{NEAR}{anchor_label(k)})",
                           geo_precision=2, flags=ev.flags + ("place_approximate",)))
    return out


def drop_country_level(events: Sequence[Event], keep: bool = False) -> list[Event]:
    if keep:
        return [replace(e, flags=e.flags + ("country_only",)) if country_level(e) and "country_only" not in e.flags
                else e for e in events]
    def kept(e: Event) -> bool:
        return not country_level(e) or listed_place(e, events) or named_place(e)
    return [e if kept(e) else replace(e, flags=e.flags + (PART_FLAG,))
            for e in events if kept(e) or country_part(e, events, kept, class_cues())]
