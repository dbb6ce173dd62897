"""An unnamed side named by its group right after من (مسلحين من جماعة كوملة، عناصر من حزب الله،
مقاتلين من المعارضة): the group is the side, whichever rule of the events stage chose the
unnamed words (the clash's partner, the story's doer ...). Read by hadath.events.realize on the
final roles, before the actors are settled."""
from __future__ import annotations

from hadath.events.frames import Frame
from hadath.events.index import DocIndex
from hadath.events.roles import ActorSlot, Roles
from hadath.events.role_words import group_after_partitive


def named_after_partitive(ix: DocIndex, frame: Frame, roles: Roles) -> None:
    """Replace a generic actor1/actor2 followed by من (and member nouns) and a named actor of the
    same sentence by that named actor, unless the named one already holds the other role."""
    slots = [ActorSlot.of(loc) for loc in ix.get("actor", frame.sent)]
    for attr, other in (("actor1", "actor2"), ("actor2", "actor1")):
        named = group_after_partitive(ix.doc.tokens, getattr(roles, attr), slots, members=True)
        held = getattr(roles, other)
        if named is not None and not (held is not None and held.ref.name == named.ref.name):
            setattr(roles, attr, named)
