"""A province told as the scene of acts the report then lists town by town (issue #9: second
records).

A lead or a summary sentence names the province - its countryside (قصف على ريفي حماة وإدلب،
عدة مدن وقرى في ريف إدلب الجنوبي) or its name alone (قصفها ... على مواقع في إدلب وحماة) - and
the body names the towns and villages hit (قصفت ... بلدات كنصفرة والفطيرة والبارة بجبل الزاوية
في ريف إدلب الجنوبي). ACLED codes each town; the province's record is no act of its own but the
acts told together (CODING.md: the finer place wins). ``fold_area_restatement`` folds such a
record into the one town it restates; with two towns or more of the province it stays, a second
record beside them.

Here a record placed at a province by its name (the province itself, or the town that bears
its name, told with no singular town noun: مدينة إدلب is a city's act of its own) is folded into
every record of two or more at other places of the same province with the same sub-event and
day, compatible actors and a trigger of their own (not places of one list: في إدلب وسرمين وبنش
names three places of one act), when its death toll is none or no more than theirs together
(a lead's total over the body's tolls) or a vague estimate (قتل وجرح عدد من المدنيين، قتل عشرات:
the towns' tolls are what it guessed). Each town keeps its own toll and its own side hit. A
district or subdistrict told so (قرى في منطقة سهل الغاب، مواقع في قضاء العمادية) is a summary of
its own towns the same way: those of its admin2, not the province's others.

Read by :func:`hadath.reconcile.rules.reconcile` after ``fold_area_restatement``.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Sequence

from hadath.gazetteer.lexicon import place_lexicon
from hadath.reconcile.area_restatement import at_town
from hadath.reconcile.headline import capital_named
from hadath.reconcile.rules import absorb, compatible_actors, days_apart, means_told_after, siblings
from hadath.events.handover import TOLD_AGAIN
from hadath.types import Event

MIN_TOWNS = 2  # one town alone is fold_area_restatement's
TOWNS = frozenset({"populated_place", "neighbourhood"})  # (gazetteer feature classes of a town or a quarter)
UNITS = frozenset({"admin2", "admin3"})  # a district or subdistrict (سهل الغاب، مديرية مودية): towns of its admin2 only


def _province(ev: Event) -> bool:
    """Placed at a province by its name: the admin unit itself (or a district, a subdistrict:
    UNITS), or the town bearing the province's name, with no singular town noun before it (مدينة
    حماة is the city)."""
    ref = ev.place
    if ref is None or ref.place is None or not ev.admin1:
        return False
    lex = place_lexicon()
    if ref.cue is not None and ref.cue in lex.settlement and ref.cue not in lex.plural | lex.listing:
        return False
    return ref.place.feature_class in UNITS | {"admin1"} or capital_named(ev)


def _town_of(f: Event, area: Event) -> bool:
    """``f`` is an act at a town of ``area``'s province (or at its outskirts: محيط بلدة حزارين;
    not at an area of its own - منطقة عفرين، مديرية حيدان، جبل الزاوية - itself a summary) that
    ``area`` may tell again."""
    ref = f.place
    if ref is None or ref.place is None or ref.place.feature_class not in TOWNS:
        return False
    lex = place_lexicon()
    unit = area.place.place if area.place is not None else None
    if unit is not None and unit.feature_class in UNITS and (not unit.admin2 or ref.place.admin2 != unit.admin2):
        return False  # (a district's summary tells its own towns, not the province's others)
    return (at_town(f, area) and ref.cue not in lex.region | lex.admin2
            and f.admin1 == area.admin1 and f.country == area.country and f.location != area.location
            and not _province(f) and (f.sub_event_type == area.sub_event_type or means_told_after(area, f, remote=True))
            and (days_apart(area, f) or 0) == 0 and compatible_actors(area, f) and not siblings(area, f))


def fold_province_summary(events: Sequence[Event]) -> list[Event]:
    """The records placed at a province by name that tell again two or more acts at its towns,
    folded into those acts (each keeps its own toll)."""
    out = list(events)
    gone: set[int] = set()
    for k, ev in enumerate(out):
        if not _province(ev):
            continue
        towns = [j for j, f in enumerate(out) if j != k and j not in gone and _town_of(f, ev)]
        if (j := _antecedent(out, k, towns)) is not None:
            out[j] = absorb(out[j], ev)  # (its toll and its side hit: the act told before, told again)
            gone.add(k)
            continue
        if len(towns) < MIN_TOWNS or not ev.fatalities_estimate and (ev.fatalities or 0) > sum(
                out[j].fatalities or 0 for j in towns):  # (a vague toll - عدد من، عشرات - is the towns' told)
            continue
        for j in towns:  # (the side a summary hits - towns and villages - names no side hit in any one town)
            side = {a: getattr(out[j], a) for a in ("actor2", "inter2", "interaction", "civilian_targeting")}
            out[j] = replace(absorb(out[j], ev, own_toll=True), **side)
        gone.add(k)
    return [e for k, e in enumerate(out) if k not in gone]


def _antecedent(out: Sequence[Event], k: int, towns: Sequence[int]) -> int | None:
    """A toll told again by a definite act noun (events.told_again: وأفاد بأن القصف المدفعي شرقي
    حلب أسفر عن مقتل مدنيين اثنين) after two towns' acts of its kind is the toll of the act last
    told, when that act has none of its own: the noun points back to it, not to every town."""
    ev = out[k]
    if TOLD_AGAIN not in ev.flags or not ev.fatalities or len(towns) < MIN_TOWNS:
        return None
    j = max((j for j in towns if j < k), default=None)
    return j if j is not None and not out[j].fatalities and out[j].actor2 is None else None
