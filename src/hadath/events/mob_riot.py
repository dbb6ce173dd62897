"""A crowd's riot with no demonstration told (issue #9): people who stone or riot against
civilians or their property - a church, houses, a man (هاجم مئات من المسلمين كنيسة ورشقوها
بالحجارة، رشق مواطنون منازل الأقباط بالحجارة) - are ACLED's mob violence; a violent
demonstration is demonstrators' violence (a protest word in the frame, protesters as the doer)
or a crowd's against a force (رشق شبان قوات الاحتلال بالحجارة)."""
from __future__ import annotations

from hadath.events.frames import Frame
from hadath.events.index import DocIndex
from hadath.events.roles import Roles, role_words
from hadath.events.state_forces import state_force_in
from hadath.events.taxonomy import CIVILIANS_INTER, RIOTERS_INTER

MOB_DOERS = frozenset({CIVILIANS_INTER, RIOTERS_INTER})  # people or rioters, no protesters


def mob_not_demonstration(ix: DocIndex, frame: Frame, classes: set[str], roles: Roles, target: str | None,
                          property_hit: bool) -> bool:
    """The frame is a riot (رشق، شغب) with no protest word and no fight among its classes, done
    by people, rioters or no one named, on civilians (``target``; the side hit, when named, a
    people noun told after a riot word) or - with no side hit named - on civilian property (``property_hit``:
    victims.civilian_property of the clause), and with no state force named in its clause nor
    a force's noun (event_roles.tsv member: القوات، عناصر) right after a riot word."""
    if "riot" not in classes or classes & {"protest", "clash"} or state_force_in(ix, frame):
        return False
    toks, members = ix.doc.tokens, role_words().member
    if any(t.cls == "riot" and t.loc.end < len(toks) and not members.isdisjoint(toks[t.loc.end].forms)
           for t in frame.trigs):
        return False  # (ورشق القوات العمومية بالحجارة: a force's noun right after the stones, no name)
    if roles.actor1 is not None and roles.actor1.ref.inter not in MOB_DOERS:
        return False
    hit = roles.actor2
    if hit is not None and not (hit.ref.inter == CIVILIANS_INTER and hit.ref.kind == "generic"):
        return False  # (أصيب مستوطن بالحجارة التي ألقاها شبان: settlers, a side of their own, keep the coders' riot)
    if hit is not None and not any(t.cls == "riot" and t.loc.start < hit.start for t in frame.trigs):
        return False  # (أقدم شبان ملثمون على ... رشق القوات العمومية: the people before the stones threw them)
    return target == "civilian" or (target is None and roles.actor2 is None and property_hit)
