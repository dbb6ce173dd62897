"""Where an unnamed side fired from (issue #9): "صاروخ أطلق من غزة على سديروت" - rockets
launched from another country than the one hit are an unidentified armed group of the country
they came from (ACLED: Unidentified Armed Group (Palestine) firing into Israel), not of the
country where they fell."""
from __future__ import annotations

from dataclasses import replace

from hadath.events.frames import Frame
from hadath.events.index import DocIndex
from hadath.events.lexicons import function_words
from hadath.types import ActorRef

FROM_RIGHT = 3  # the place this close after من (أطلق من قطاع غزة، من جنوب لبنان)


def launch_country(ix: DocIndex, frame: Frame) -> str | None:
    """The country of the place named after a launch word and من in the frame's clause."""
    toks = ix.doc.tokens
    a, b = frame.clause
    launch = function_words("launched_from")
    starts = [k + 2 for k in range(a, b - 1) if not launch.isdisjoint(toks[k].forms)
              and toks[k + 1].norm in function_words("from")]
    for p in ix.get("place", frame.sent) if starts else ():
        place = p.mention.value.place
        if place is not None and place.country and any(0 <= p.start - s < FROM_RIGHT for s in starts):
            return place.country
    return None


def from_abroad(ix: DocIndex, frame: Frame, ref: ActorRef | None, hit_country: str | None) -> ActorRef | None:
    """``ref`` as the unidentified armed group of the launch country when it is one (a generic
    name to be filled with a country) and the launch country is not where the act was."""
    if ref is None or ref.kind != "generic" or "{country}" not in ref.name or ref.inter not in (2, 3):
        return ref
    country = launch_country(ix, frame)
    if country is None or country == hit_country:
        return ref
    return replace(ref, name=ref.name.replace("{country}", country), country=country)
