"""The side an accusation blames for the act told in its own words (issue #9): اتهمت قسد تركيا
بقصف القرية، حمّلت قسد تركيا مسؤولية قصف القرية، ألقى الجيش باللوم على قوات الدعم السريع في
قصف السوق. The accuser is the subject of the accusation verb and a source, not a side of the act;
the accused (hadath.events.merge.accusation) is the act's doer, as the coders of the fix sets and
of news_dev code it (the accused, not an unidentified group, in seven reports out of eight)."""
from __future__ import annotations

from hadath.events.frames import Frame, Trig
from hadath.events.index import DocIndex
from hadath.events.merge import BY_ACCUSATION, accusation
from hadath.events.roles import ActorSlot, Roles
from hadath.events.tuning import CONFIDENCE, WINDOWS

__all__ = ["BY_ACCUSATION", "accused_doer", "blame"]


def accused_doer(ix: DocIndex, frame: Frame, main: Trig) -> ActorSlot | None:
    """The side accused of the frame's act by an accusation in its sentence that ends before the
    act's word, the accused named at most ``WINDOWS.accused_act`` words before that word (بقصف،
    في قصف، مسؤولية قصف، المسؤولية عن الغارة، بالوقوف وراء الهجوم), or None."""
    start = main.loc.start
    loc = accusation(ix, frame.sent, start)
    if loc is None or loc.start < frame.clause[0] or not 0 <= start - loc.end <= WINDOWS.accused_act:
        return None
    return ActorSlot.of(loc)


def blame(ix: DocIndex, frame: Frame, main: Trig, roles: Roles) -> bool:
    """The accused made the frame's actor1 when the roles read another side (the accuser) or
    none; the accused is then no side hit (ألقى الجيش باللوم على قوات الدعم السريع في قصف السوق:
    على marks the one blamed). True when the roles changed."""
    accused = accused_doer(ix, frame, main)
    if accused is None or (roles.actor1 is not None and roles.actor1.ref.name == accused.ref.name):
        return False
    roles.actor1, roles.conf1 = accused, CONFIDENCE.accusation
    if roles.actor2 is not None and roles.actor2.ref.name == accused.ref.name:
        roles.actor2 = None
    return True
