"""People seized in an attack (hadath.reconcile.rules, last step): an arrest record whose doer
reads as civilians is the people held read as the doer - the victims counted before a
coordinated or passive verb of seizing (قتل ثلاثة مدنيين واعتُقل آخرون; اعتُقل آخرون beside
قتل عدد من المدنيين). Civilians do not arrest: the seizing is the act of the side that
attacked them there that day, and the civilians are the ones held.

Kept as an act of its own (CODING.md and ACLED.md do not say whether people seized during an
attack are a second event; the coders of the fresh sets code the killing and the seizing
apart): an armed group's seizing of civilians is ACLED's Abduction/forced disappearance, a
state force's (inter 1 or 8) stays Arrests."""
from __future__ import annotations

from dataclasses import replace
from typing import Sequence

from hadath.events.taxonomy import STATE_INTERS, interaction
from hadath.reconcile.rules import FAMILY, _generic, days_apart, part_name, same_place
from hadath.types import Event

SEIZING = frozenset({"Arrests", "Abduction/forced disappearance"})
ABDUCTION = ("Violence against civilians", "Abduction/forced disappearance", "Political violence")


def _held_read_as_doer(ev: Event) -> bool:
    return ev.sub_event_type in SEIZING and (ev.actor1 or "").startswith("Civilians") \
        and ev.actor2 is None


def _at(a: Event, b: Event) -> bool:
    """One place, or a quarter of the town the other record is coded at (هاجمت حي الشرفة في
    مدينة الفاشر ... واعتقل آخرون: the seizing told at the town)."""
    return same_place(a, b) or (a.location is not None and a.location == b.location
                                and None in (part_name(a), part_name(b)))


def _attacker(held: Event, events: Sequence[Event]) -> Event | None:
    """The one violent record of that day and place with a doer who is no civilian (None for
    none, or for two doers)."""
    doers = {e.actor1: e for e in events if e is not held and FAMILY.get(e.event_type) == "violence"
             and not _generic(e.actor1) and days_apart(e, held) == 0 and _at(e, held)}
    return next(iter(doers.values())) if len(doers) == 1 else None


def held_by_attackers(events: Sequence[Event]) -> list[Event]:
    out = []
    for ev in events:
        doer = _attacker(ev, events) if _held_read_as_doer(ev) else None
        if doer is None:
            out.append(ev)
            continue
        evidence = dict(ev.evidence)
        evidence["actor2"] = ev.evidence.get("actor1", ())
        evidence["actor1"] = doer.evidence.get("actor1", ())
        typed = {} if doer.inter1 in STATE_INTERS else dict(zip(
            ("event_type", "sub_event_type", "disorder_type"), ABDUCTION))
        out.append(replace(ev, actor1=doer.actor1, inter1=doer.inter1, actor2=ev.actor1, inter2=ev.inter1,
                           interaction=interaction(doer.inter1, ev.inter1), evidence=evidence,
                           civilian_targeting="Civilian targeting", **typed,
                           confidence={**ev.confidence, "actor1": doer.confidence.get("actor1", 0.0),
                                       "actor2": ev.confidence.get("actor1", 0.0)}))
    return out
