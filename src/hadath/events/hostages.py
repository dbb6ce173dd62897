"""People held as hostages (احتجزت الجبهة 68 رهينة، احتجاز رهائن) by a side that is no state
force: ACLED's abduction, not an arrest - arrests are made by the authorities (issue #9)."""
from __future__ import annotations

from hadath.events.frames import Frame
from hadath.events.index import DocIndex
from hadath.events.lexicons import function_words
from hadath.events.taxonomy import STATE_INTERS, VAC


def hostages(ix: DocIndex, frame: Frame, ev_type: str, sub: str, inter1: int | None) -> tuple[str, str]:
    """(event type, sub-event type) of an arrest whose clause names hostages (function_words
    hostage) and whose doer is no state force; any other frame's types unchanged."""
    if sub != "Arrests" or inter1 in STATE_INTERS:
        return ev_type, sub
    words = function_words("hostage")
    a, b = frame.clause
    if any(not words.isdisjoint(t.forms) for t in ix.doc.tokens[a:b]):
        return VAC, "Abduction/forced disappearance"
    return ev_type, sub
