"""A battle's second side (ACLED: a battle has two sides): an armed clash accepted with one side
named gets an Unidentified Armed Group of the event's country for the other (قتل مطلوبان في
اشتباك مع وحدة من الجيش). Run by the ``attribute`` stage, after the acceptance model has judged
each record as its text told it and after the story lent its attackers."""
from __future__ import annotations

from dataclasses import replace
from typing import Iterable

from hadath.events.taxonomy import interaction
from hadath.types import Event

UNIDENTIFIED_INTER = 3


def two_sided(events: Iterable[Event]) -> list[Event]:
    out = []
    for ev in events:
        if ev.sub_event_type == "Armed clash" and ev.actor1 is not None and ev.actor2 is None and ev.country:
            ev = replace(ev, actor2=f"Unidentified Armed Group ({ev.country})", inter2=UNIDENTIFIED_INTER,
                         interaction=interaction(ev.inter1, UNIDENTIFIED_INTER))
        out.append(ev)
    return out
