"""Both sides of a fight named by one dual noun after بين (اشتباكات بين مجموعتين مسلحتين،
بين جماعتين مسلحتين), or a plural one with no other side after it (بين مجموعات مسلحة): two
unnamed armed groups, each ACLED's Unidentified Armed Group - not the people the fight killed."""
from __future__ import annotations

from hadath.events.frames import Frame
from hadath.events.index import DocIndex
from hadath.events.roles import ActorSlot, role_words
from hadath.text.number_words import dual_ends

UNNAMED_ARMED = frozenset({2, 3})  # the inters of the unidentified armed group's words


def dual_pair(ix: DocIndex, frame: Frame) -> tuple[ActorSlot, ActorSlot] | None:
    """(slot, slot) for an unnamed armed group in the dual right after بين in the frame's
    clause, else None."""
    toks = ix.doc.tokens
    a, b = frame.clause
    between = role_words().between
    actors = ix.get("actor", frame.sent)
    for loc in actors:
        ref = loc.mention.value
        if a < loc.start < b and ref.kind == "generic" and ref.inter in UNNAMED_ARMED \
                and toks[loc.start - 1].norm in between and (toks[loc.start].norm.endswith(dual_ends()) or not any(
                    loc.end <= o.start < b for o in actors)):
            # (بين مجموعات مسلحة، بين مسلحين with no other side named after them: both sides theirs)
            side = ActorSlot.of(loc)
            return side, side
    return None
