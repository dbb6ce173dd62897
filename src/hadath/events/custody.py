"""A death or torture in custody (issue #9, roles): the side that holds the place of detention
the clause names did it."""
from __future__ import annotations

from hadath.events.frames import Frame
from hadath.events.index import DocIndex
from hadath.events.roles import ActorSlot, Roles, role_words
from hadath.events.taxonomy import NON_STATE_ARMED, STATE_INTERS
from hadath.events.tuning import CONFIDENCE

CUSTODY = frozenset({"torture", "death", "kill"})
HOLDERS = STATE_INTERS | NON_STATE_ARMED  # who holds prisons: state forces and armed groups


def jailer(ix: DocIndex, frame: Frame, slots: list[ActorSlot], roles: Roles, classes: set[str]) -> None:
    """The side that holds a place of detention named in the clause (قضى شاب تحت التعذيب في سجون
    النظام، توفي معتقل في أحد سجون قوات الأمن) did the torture or the killing told there: actor1,
    never the side hit."""
    if not classes & CUSTODY or ("torture" not in classes and roles.actor1 is not None):
        return  # (a killing with its doer named keeps it; a torture's is the jailer)
    toks, jail = ix.doc.tokens, role_words().jail
    a, b = frame.clause
    held = next((s for s in slots if a < s.start < b and not jail.isdisjoint(toks[s.start - 1].forms)), None)
    if held is None or held is roles.actor1 or held.ref.inter not in HOLDERS:
        return
    if roles.actor2 is held:
        roles.actor2, roles.conf2 = None, 0.0
    if roles.actor1 is None or roles.actor1.ref.kind == "generic":
        roles.actor1, roles.conf1 = held, CONFIDENCE.opponent
