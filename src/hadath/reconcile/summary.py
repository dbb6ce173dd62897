"""A coarse record that sums finer ones (issue #9): "18 civilians killed in Idlib province", then
7 in Idlib, 7 in Binnish and 4 in al-Nayrab. Read by :func:`hadath.reconcile.rules.fold_coarser`:
the total goes to no one place, and the finer bombings take the summary's means."""
from __future__ import annotations

from typing import Sequence

from hadath.reconcile.rules import _generic, _typed_as, days_apart
from hadath.types import Event

SHELLING, AIR = "Shelling/artillery/missile attack", "Air/drone strike"


def parts_of_total(coarse: Event, finer: Sequence[Event]) -> bool:
    """The coarse record's counted toll is the total of two or more finer records of its type and
    day, each with a counted toll of its own that together reach it (قتل 18 مدنيا في محافظة إدلب،
    then سبعة في مدينة إدلب وسبعة في بنش وأربعة في النيرب): a summary - no one place takes it."""
    same = [f for f in finer if f.event_type == coarse.event_type and (days_apart(coarse, f) or 0) == 0
            and f.fatalities and not f.fatalities_estimate]
    return bool(coarse.fatalities) and not coarse.fatalities_estimate and len(same) >= 2 \
        and sum(f.fatalities for f in same) >= coarse.fatalities


def aircraft_of(fine: Event, summary: Event) -> Event:
    """A bombing with no doer or the summary's own (قصف طاول مدينة إدلب: a shelling by default)
    inside a summary told as air strikes by a named side (قصف شنته طائرات نظام الأسد الحربية):
    those strikes."""
    if fine.sub_event_type == SHELLING and summary.sub_event_type == AIR and not _generic(summary.actor1) \
            and (fine.actor1 is None or fine.actor1.startswith("Unidentified") or fine.actor1 == summary.actor1) \
            and (days_apart(fine, summary) or 0) == 0:
        return _typed_as(fine, summary)
    return fine
