"""An unnamed side named by its group right after من (مسلحين من جماعة كوملة، عناصر من حزب الله،
مقاتلين من المعارضة): the group is the side, whichever rule of the events stage chose the
unnamed words (the clash's partner, the story's doer ...). Read by hadath.events.realize on the
final roles, before the actors are settled."""
from __future__ import annotations

from hadath.events.frames import Frame
from hadath.events.index import DocIndex
from hadath.events.roles import ActorSlot, Roles, role_words


def named_after_partitive(ix: DocIndex, frame: Frame, roles: Roles) -> None:
    """Replace a generic actor1/actor2 followed by من (and member nouns) and a named actor of the
    same sentence by that named actor, unless the named one already holds the other role."""
    toks = ix.doc.tokens
    w = role_words()
    for attr, other in (("actor1", "actor2"), ("actor2", "actor1")):
        cur = getattr(roles, attr)
        if cur is None or cur.start < 0 or cur.ref.kind != "generic" or cur.end >= len(toks) \
                or toks[cur.end].norm not in w.partitive:
            continue
        k = cur.end + 1
        while k < len(toks) and not w.member.isdisjoint(toks[k].forms) and k - cur.end <= 3:
            k += 1  # (مسلحين من عناصر جماعة X)
        named = next((ActorSlot.of(loc) for loc in ix.get("actor", frame.sent)
                      if loc.start == k and loc.mention.value.kind == "named"), None)
        held = getattr(roles, other)
        if named is not None and not (held is not None and held.ref.name == named.ref.name):
            setattr(roles, attr, named)
