"""An act placed only by a part of a country (شمال بوركينا فاسو، قرية بوسط مالي) in a report that
names nothing finer: ACLED codes it at the coarse place, precision 3, rather than not at all
(issue #9). Read by :func:`hadath.reconcile.country_records.drop_country_level`."""
from __future__ import annotations

from typing import Callable, Sequence

from hadath.events.taxonomy import VIOLENT
from hadath.gazetteer.country_parts import compass_stem
from hadath.types import Event

FLAG = "country_part"


def country_part(ev: Event, events: Sequence[Event], kept: Callable[[Event], bool], class_cues: frozenset[str]) -> bool:
    """``ev`` (a country-level record) is a deadly act told at a part of its country - a compass
    word (شمال بوركينا فاسو، شمال غرب) or an unnamed village or town of it (قرية بوسط مالي) - and
    the report keeps no other record in that country (``kept``: placed finer, or at a named place
    the gazetteer lacks - شبلي السفلى). A toll is asked: a part of a country named without one is
    mostly a threat or a summary (في حال استمرار الهجمات على شمال إسرائيل)."""
    cue = ev.place.cue if ev.place is not None else None
    if ev.event_type not in VIOLENT or not ev.fatalities or not cue or not (compass_stem(cue) or cue in class_cues):
        return False
    return not any(o is not ev and o.country == ev.country and kept(o) for o in events)
