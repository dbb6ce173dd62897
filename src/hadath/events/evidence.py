"""The words each field of an event was read from (its ``evidence``), for one frame of
:mod:`hadath.events.realize`."""
from __future__ import annotations

from hadath.events.fatalities import Toll
from hadath.events.frames import Frame
from hadath.events.index import DocIndex, Located
from hadath.events.roles import ActorSlot, Roles
from hadath.events.settle import CIVILIANS, Actors
from hadath.events.taxonomy import CROWD_INTERS
from hadath.events.unnumbered import singles
from hadath.events.victims import counted_national, word_category
from hadath.types import ActorRef, Span


def worded(ix: DocIndex, frame: Frame, ref: ActorRef) -> ActorSlot | None:
    """The words of the frame's clause that name ``ref`` (المتظاهرون for the protesters)."""
    a, b = frame.clause
    locs = [x for x in ix.get("actor", frame.sent) if a <= x.start < b]
    loc = next((x for x in locs if x.mention.value.name == ref.name), None)
    if loc is None and ref.inter in CROWD_INTERS:  # (أحرق المتظاهرون: the rioters, named as protesters)
        loc = next((x for x in locs if x.mention.value.inter in CROWD_INTERS
                    and x.mention.value.kind == "generic"), None)
    return ActorSlot.of(loc) if loc is not None else None


def _named_by(ref: ActorRef | None, slot: ActorSlot) -> bool:
    """The actor is the one the slot's words name (المتظاهرون for ACLED's Protesters (X); صحفيين
    for ACLED's Civilians, the journalists kept as its associate; تظاهر مئات المواطنين: the
    people who demonstrated are ACLED's Protesters)."""
    return ref is not None and (ref is slot.ref or ref.name == slot.ref.name
                                or ref.name == CIVILIANS.name and slot.ref.inter == CIVILIANS.inter
                                or ref.inter in CROWD_INTERS and (slot.ref.inter in CROWD_INTERS
                                                                  or slot.ref.inter == CIVILIANS.inter))


def victims_words(ix: DocIndex, frame: Frame, actors: Actors) -> Span | None:
    """Civilians by convention (no actor mention): the first word of the clause that says who
    was hit as a civilian (مدنيين، أطفال، مهندسين), or None."""
    if actors.actor2 is not None or actors.ref2 is None or actors.ref2.name != CIVILIANS.name:
        return None
    a, b = frame.clause
    toks = ix.doc.tokens
    own = range(actors.actor1.start, actors.actor1.end) if actors.actor1 is not None else range(0)
    tok = next((toks[k] for k in range(a, b) if k not in own and word_category(toks, k) == "civilian"), None)
    if tok is None:  # خطف مهندس بريطاني، قتل 13 عراقيا: a person noun, or nationals counted
        ones = singles()
        tok = next((t for t in toks[a:b] if not ones.isdisjoint(t.forms)), None)
        k = counted_national(ix, frame, any_form=True) if tok is None else None
        tok = toks[k] if k is not None else tok
    return Span(tok.start, tok.end) if tok is not None else None


def frame_evidence(frame: Frame, roles: Roles, actors: Actors, dspan: Span | None, toll: Toll,
                   weapons_loc: list[Located], hit: Span | None = None) -> dict[str, tuple[Span, ...]]:
    """The spans each field was read from (``hit``: the words of a conventional actor2)."""
    evidence: dict[str, tuple[Span, ...]] = {
        "trigger": tuple(t.loc.mention.span for t in frame.trigs)}
    if actors.actor1 is not None and _named_by(actors.ref1, actors.actor1):
        evidence["actor1"] = (actors.actor1.mention.span,)
    if actors.actor2 is not None and _named_by(actors.ref2, actors.actor2):
        evidence["actor2"] = (actors.actor2.mention.span,)
    elif hit is not None:
        evidence["actor2"] = (hit,)
    if roles.assoc1:
        evidence["assoc_actor_1"] = tuple(s.mention.span for s in roles.assoc1)
    if dspan is not None:
        evidence["event_date"] = (dspan,)
    if toll.spans:
        evidence["fatalities"] = toll.spans
    if weapons_loc:
        evidence["weapon"] = tuple(w.mention.span for w in weapons_loc)
    return evidence
