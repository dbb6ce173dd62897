"""A crowd's riot with no demonstration told (issue #9): people who stone or riot against
civilians or their property - a church, houses, a man (هاجم مئات من المسلمين كنيسة ورشقوها
بالحجارة، رشق مواطنون منازل الأقباط بالحجارة) - are ACLED's mob violence; a violent
demonstration is demonstrators' violence (a protest word in the frame, protesters as the doer)
or a crowd's against a force (رشق شبان قوات الاحتلال بالحجارة)."""
from __future__ import annotations

from hadath.events.roles import Roles
from hadath.events.taxonomy import CIVILIANS_INTER, RIOTERS_INTER

MOB_DOERS = frozenset({CIVILIANS_INTER, RIOTERS_INTER})  # people or rioters, no protesters


def mob_not_demonstration(classes: set[str], roles: Roles, target: str | None, property_hit: bool) -> bool:
    """The frame is a riot (رشق، شغب) with no protest word and no fight among its classes, done
    by people, rioters or no one named, on civilians (``target``; the side hit, when named, a
    people noun) or - with no side hit named - on civilian property (``property_hit``:
    victims.civilian_property of the clause)."""
    if "riot" not in classes or classes & {"protest", "clash"}:
        return False
    if roles.actor1 is not None and roles.actor1.ref.inter not in MOB_DOERS:
        return False
    if roles.actor2 is not None and not (roles.actor2.ref.inter == CIVILIANS_INTER and roles.actor2.ref.kind == "generic"):
        return False  # (أصيب مستوطن بالحجارة التي ألقاها شبان: settlers, a side of their own, keep the coders' riot)
    return target == "civilian" or (target is None and roles.actor2 is None and property_hit)
