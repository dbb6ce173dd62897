"""Arrests by a side that is no state force that ACLED codes as abductions (issue #9): people
held as hostages (احتجزت الجبهة 68 رهينة، احتجاز رهائن), people taken to an unknown place
(اعتقلت قوات الدعم السريع شبانا واقتادتهم إلى جهة مجهولة: a forced disappearance) - arrests
are made by the authorities."""
from __future__ import annotations

from typing import Sequence

from hadath.events.frames import Frame
from hadath.events.index import DocIndex
from hadath.events.lexicons import function_words
from hadath.events.state_forces import state_force_in
from hadath.events.taxonomy import STATE_INTERS, VAC
from hadath.types import Token

UNKNOWN_REACH = 2  # words from a toward word to the word calling the place unknown (إلى جهة مجهولة)


def taken_to_unknown(tokens: Sequence[Token], a: int, b: int) -> bool:
    """A toward word (إلى، نحو) with a word calling a place unknown a word or two after it, in
    tokens[a:b]: إلى جهة مجهولة، إلى مكان مجهول، نحو جهات مجهولة."""
    toward, unknown = function_words("toward"), function_words("unknown")
    return any(not toward.isdisjoint(tokens[i].forms)
               and any(not unknown.isdisjoint(tokens[k].forms) for k in range(i + 1, min(i + 1 + UNKNOWN_REACH, b)))
               for i in range(a, b))


def hostages(ix: DocIndex, frame: Frame, ev_type: str, sub: str, inter1: int | None) -> tuple[str, str]:
    """(event type, sub-event type) of an arrest whose doer is no state force and whose clause
    names hostages (function_words hostage) - or, with its doer named and no state force named
    in its clause, whose clause tells the people taken to an unknown place; any other frame's types
    unchanged. (An arrest by unidentified gunmen stays an arrest: news_dev's coders code it so.)"""
    if sub != "Arrests" or inter1 in STATE_INTERS:
        return ev_type, sub
    toks = ix.doc.tokens
    a, b = frame.clause
    words = function_words("hostage")
    if any(not words.isdisjoint(t.forms) for t in toks[a:b]):
        return VAC, "Abduction/forced disappearance"
    if inter1 is not None and not state_force_in(ix, frame) \
            and taken_to_unknown(toks, a, b):
        return VAC, "Abduction/forced disappearance"
    return ev_type, sub
