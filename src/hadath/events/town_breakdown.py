"""An arrest told for a region, then broken down by the towns its detainees came from (issue #9,
round 60): اعتقلت قوات الاحتلال 18 فلسطينيا من محافظات الضفة الغربية ... ومن بين المعتقلين ثلاثة
من الخليل، وسبعة من رام الله، وستة من سلفيت. ACLED codes one Arrests record per named place
(CODING.md: separate named places are separate events); the later sentence has no doer or date
of its own, so it used to be folded into the region's record as a mere continuation. Here the
region's record becomes one record per town (the earlier record's doer, date and detainees, each
town's place and evidence; the breakdown's words first among the trigger's evidence, as the
clause that places the record)."""
from __future__ import annotations

from dataclasses import replace

from hadath.events.place_words import _contains, _town
from hadath.types import Event

ARRESTS = "Arrests"


def _finer(m: Event) -> bool:
    """A town, or a district (admin2: سلفيت names its governorate too), no wider."""
    return m.place is not None and (_town(m.place) or m.place.place is not None and m.place.place.feature_class == "admin2")


def by_towns(ev: Event, made: list[Event]) -> list[Event]:
    """The earlier arrest ``ev`` placed at a region (or nowhere) and the continuation ``made``
    naming two towns or more inside it: one copy of ``ev`` per town; else []."""
    if ev.sub_event_type != ARRESTS or len(made) < 2 or any(m.sub_event_type != ARRESTS for m in made):
        return []
    if any(not _finer(m) for m in made):
        return []
    if ev.place is not None and (_town(ev.place) or not all(_contains(ev.place, m.place) for m in made)):
        return []
    return [replace(ev, place=m.place, location_ar=m.location_ar,
                    evidence={**ev.evidence, "location": m.evidence.get("location", ()),
                              "trigger": (*m.evidence.get("trigger", ()), *ev.evidence.get("trigger", ()))},
                    confidence={**ev.confidence, "location": m.confidence.get("location", 0.0)},
                    flags=tuple(f for f in ev.flags if f != "unplaced"))
            for m in made]
