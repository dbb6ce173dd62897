"""Sides told with a doubt about who they are (issue #9): طائرات حربية يرجح أنها روسية (the
military of the country named after the hedge), مسلحين يعتقد أنهم من فاغنر (the group named
after it). Read by :mod:`hadath.events.realize`."""
from __future__ import annotations

from hadath.events.frames import Frame
from hadath.events.index import DocIndex
from hadath.events.lexicons import function_words
from hadath.events.roles import ActorSlot, Roles
from hadath.events.state_forces import state_force
from hadath.events.taxonomy import ARMED_INTERS

HEDGED_RIGHT = 4  # the group named this close after the hedge word (يعتقد أنهم من عناصر X)


def hedged_owner(ix: DocIndex, frame: Frame, roles: Roles) -> ActorSlot | None:
    """A state force told with a doubt about whose it is (طائرات حربية يرجح أنها روسية، يعتقد
    أنها إسرائيلية، طائرات يعتقد أنها كينية): the military of the country the nationality after
    the hedge names, as a slot on that adjective; None when the text names no other country there
    or the doer is a named side that is no state force."""
    a1 = roles.actor1
    toks = ix.doc.tokens
    if a1 is not None and a1.ref.kind == "generic":
        a1 = None  # (طائرة مسيرة مجهولة، يرجح أنها أمريكية: an unknown doer)
    if a1 is not None and a1.ref.inter not in (1, 8):
        return None
    hedge = function_words("hedge")
    a, b = frame.clause
    if a1 is not None:
        ends = [k for loc in ix.get("actor", frame.sent) if loc.mention.value.name == a1.ref.name
                for k in (loc.end, loc.end + 1) if k < len(toks) and not hedge.isdisjoint(toks[k].forms)
                and (k == loc.end or toks[loc.end].norm == ",")]  # (طائرة مسيرة مجهولة، يرجح أنها)
    else:  # (no doer named: the hedge of the clause)
        ends = [k for k in range(a, b) if not hedge.isdisjoint(toks[k].forms)]
    for p in ix.get("place", frame.sent) if ends else ():
        ref = p.mention.value
        if (ref.cue == "nisba" or (ref.place is not None and ref.place.feature_class == "country")) \
                and ref.place is not None and any(e < p.start <= e + 2 for e in ends) \
                and ref.place.country and (a1 is None or ref.place.country != a1.ref.country):
            force = state_force(ref.place.country, ix.doc.article.published)
            if force is not None:
                return ActorSlot(p.start, p.end, force, p.mention)
    return None


def hedged_group(ix: DocIndex, frame: Frame, roles: Roles) -> ActorSlot | None:
    """An unnamed doer told with a doubt about its group (مسلحين يعتقد أنهم من فاغنر، مسلحون
    يرجح انتماؤهم لداعش): the named armed group a few words after the hedge."""
    a1 = roles.actor1
    toks = ix.doc.tokens
    if a1 is None or a1.ref.kind != "generic" or a1.end >= len(toks) \
            or function_words("hedge").isdisjoint(toks[a1.end].forms):
        return None
    for loc in ix.get("actor", frame.sent):
        ref = loc.mention.value
        if a1.end < loc.start <= a1.end + HEDGED_RIGHT and ref.kind == "named" and ref.inter in ARMED_INTERS:
            return ActorSlot.of(loc)
    return None
