"""The named steps of hadath.events.realize, one table each: ACLED's actor conventions
(settle_actors), the date flags, and the tuning table every value of which is read."""
from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from hadath.events import tuning
from hadath.events.index import Located
from hadath.events.realize import date_flags
from hadath.events.settle import CIVILIANS, PROTESTERS, RIOTERS, UNIDENTIFIED, settle_actors
from hadath.events.settle import POLICE as DEFAULT_POLICE
from hadath.events.roles import ActorSlot, Roles
from hadath.types import ActorRef, DateValue, Mention, Span

ARMY = ActorRef("Military Forces of Syria (2000-2024)", 1)
POLICE = ActorRef("Police Forces of Syria (2000-2024)", 1)
IS = ActorRef("Islamic State (Syria)", 2)
CIV = ActorRef("Civilians (Syria)", 7)
CHILDREN = ActorRef("Children (Syria)", 7, kind="generic")
TEACHERS = ActorRef("Teachers (Syria)", 6)
PARTY = ActorRef("Baath Party", 5)


class _Mention:
    span = None


def _slot(ref: ActorRef | None, start: int = 0) -> ActorSlot | None:
    return None if ref is None else ActorSlot(start, start + 1, ref, _Mention())


def _roles(a1: ActorRef | None, a2: ActorRef | None, assoc1=()) -> Roles:
    return Roles(_slot(a1, 0), _slot(a2, 5), [_slot(r, 9) for r in assoc1], [], 0.7 if a1 else 0.0,
                 0.6 if a2 else 0.0)


FORCE = Located(3, 4, Mention("actor", Span(10, 16), "الشرطة", POLICE))


# ev_type, sub_event_type, actor1, actor2, target, force named in the sentence, civilian
# property hit -> actor1, actor2, associates of actor1, associates of actor2
@pytest.mark.parametrize("ev_type, sub, a1, a2, target, force, prop, w1, w2, assoc1, assoc2", [
    ("Battles", "Armed clash", ARMY, IS, "armed", None, False, ARMY, IS, [], []),
    ("Battles", "Armed clash", None, IS, "armed", None, False, UNIDENTIFIED, IS, [], []),
    ("Violence against civilians", "Attack", IS, None, None, None, False, IS, CIVILIANS, [], []),
    ("Violence against civilians", "Attack", CIV, None, None, None, False, UNIDENTIFIED, CIV, [], []),
    ("Explosions/Remote violence", "Air/drone strike", ARMY, None, "civilian", None, False, ARMY,
     CIVILIANS, [], []),
    ("Explosions/Remote violence", "Air/drone strike", ARMY, None, None, None, False, ARMY, None, [], []),
    ("Violence against civilians", "Attack", IS, CHILDREN, None, None, False, IS, CIVILIANS, [],
     [CHILDREN.name]),
    ("Violence against civilians", "Attack", IS, IS, None, None, False, IS, CIVILIANS, [], []),
    ("Battles", "Armed clash", IS, IS, None, None, False, IS, None, [], []),
    ("Protests", "Peaceful protest", TEACHERS, ARMY, None, None, False, PROTESTERS, None, [], []),
    ("Protests", "Protest with intervention", PARTY, None, None, FORCE, False, PROTESTERS, POLICE,
     [], []),
    ("Protests", "Protest with intervention", ARMY, IS, None, FORCE, False, PROTESTERS, ARMY,
     [IS.name], []),
    # no force named anywhere: the sub-event says one intervened - the country's police
    ("Protests", "Protest with intervention", None, None, None, None, False, PROTESTERS,
     DEFAULT_POLICE, [], []),
    ("Riots", "Violent demonstration", None, None, None, None, False, RIOTERS, None, [], []),
    ("Riots", "Violent demonstration", None, None, None, FORCE, False, RIOTERS, POLICE, [], []),
    # a mob is ACLED's Rioters, whoever it is told as (no actor, residents)
    ("Riots", "Mob violence", None, CIV, None, None, False, RIOTERS, CIV, [], []),
    ("Riots", "Mob violence", CIV, None, "civilian", None, False, RIOTERS, CIVILIANS, [], []),
    ("Strategic developments", "Looting/property destruction", ARMY, None, None, None, True, ARMY,
     CIVILIANS, [], []),
    ("Strategic developments", "Looting/property destruction", ARMY, None, None, None, False, ARMY,
     CIVILIANS, [], []),  # an armed side's destruction: the owners are civilians (actors52)
    ("Strategic developments", "Looting/property destruction", ARMY, None, "military_target", None,
     False, ARMY, None, [], []),
    ("Strategic developments", "Arrests", POLICE, IS, None, None, False, POLICE, IS, [], []),
])
def test_settle_actors(ev_type, sub, a1, a2, target, force, prop, w1, w2, assoc1, assoc2):
    got = settle_actors(ev_type, sub, _roles(a1, a2), target, force=lambda: force,
                        property_hit=lambda: prop)
    assert (got.ref1, got.ref2) == (w1, w2)
    assert (got.assoc1, got.assoc2) == (assoc1, assoc2)
    assert (got.conf2 == 0.0) == (w2 is None)
    assert got.civilian_targeting == ("Civilian targeting" if w2 is not None and w2.inter == 7 else None)


def test_settle_actors_keeps_the_slot_only_for_an_actor_read_from_the_text():
    got = settle_actors("Violence against civilians", "Attack", _roles(CIV, None), None)
    assert got.actor1 is None and got.actor2 is not None and got.actor2.ref is CIV
    assert got.conf1 == tuning.CONFIDENCE.unidentified


PUB = date(2024, 3, 14)


@pytest.mark.parametrize("dv, from_text, published, flags", [
    (None, False, PUB, ["date_unresolved"]),
    (DateValue(PUB, 1), False, PUB, ["date_from_publication"]),
    (DateValue(date(2024, 3, 13), 1), True, PUB, []),
    (DateValue(date(2024, 2, 12), 1), True, PUB, []),  # 31 days before
    (DateValue(date(2024, 2, 11), 1), True, PUB, ["reported_late"]),
    (DateValue(date(2023, 1, 1), 1), True, None, []),
])
def test_date_flags(dv, from_text, published, flags):
    assert date_flags(dv, from_text, published) == flags


EVENTS = Path(tuning.__file__).parent


@pytest.mark.parametrize("table, field", [
    (name, f) for name, tab in (("CONFIDENCE", tuning.CONFIDENCE), ("WINDOWS", tuning.WINDOWS),
                                ("RANK", tuning.RANK)) for f in tab._fields])
def test_every_tuning_value_is_read(table, field):
    # the events stage and the document-level stages after it (reconcile, attribute)
    code = "".join(p.read_text(encoding="utf-8") for d in ("events", "reconcile", "attribute")
                   for p in (EVENTS.parent / d).glob("*.py") if p.name != "tuning.py")
    assert re.search(rf"\b(?:{table}|C)\.{field}\b", code), f"{table}.{field} is never read"
