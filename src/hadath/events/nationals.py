"""Civilians of another country (issue #9): ACLED names the civilians hit by their nationality
when the text gives it - "قتل خمسة من الزوار الإيرانيين شمال بغداد" is Civilians (Iran), not
Civilians (Iraq); "خطف خمسة مواطنين أتراك في الموصل" Civilians (Turkey). With no nationality told
the civilians stay those of the country where the act was (the geocoder fills the name)."""
from __future__ import annotations

from dataclasses import replace

from hadath.events.frames import Frame
from hadath.events.index import DocIndex
from hadath.events.victims import category, is_count
from hadath.types import ActorRef

GENERIC = "({country})"


def victims_country(ix: DocIndex, frame: Frame) -> str | None:
    """The country of a nationality adjective told right after a noun of civilians (الزوار
    الإيرانيين، مواطنين أتراك، مهاجرين إثيوبيين) or right after a number (خمسة عراقيين: nationals
    counted) in the frame's clause; None when there is none, or two that disagree."""
    toks = ix.doc.tokens
    a, b = frame.clause
    found = set()
    for p in ix.get("place", frame.sent):
        value = p.mention.value
        place = value.place
        if value.cue != "nisba" or place is None or not place.country or not a < p.start < b:
            continue
        prev = toks[p.start - 1]
        if prev.kind == "number" or is_count(prev) or (prev.kind == "word" and category(prev.forms) == "civilian"):
            found.add(place.country)
    return found.pop() if len(found) == 1 else None


def of_nationals(ref: ActorRef | None, country: str | None) -> ActorRef | None:
    """``ref``, a generic victims' name (Civilians ({country}), Refugees/IDPs ({country})), filled
    with ``country``; any other name as it is."""
    if ref is None or country is None or ref.kind != "generic" or ref.inter != 7 or GENERIC not in ref.name:
        return ref
    return replace(ref, name=ref.name.replace("{country}", country), country=country)


def civilians_abroad(ix: DocIndex, frame: Frame, ref2: ActorRef | None, assoc2: list[str],
                     hit_country: str | None) -> tuple[ActorRef | None, list[str]]:
    """The side hit and its associates under the victims' nationality when the text tells one
    other than the country where the act was."""
    if ref2 is None or ref2.inter != 7 or GENERIC not in ref2.name:
        return ref2, assoc2
    country = victims_country(ix, frame)
    if country is None or country == hit_country:
        return ref2, assoc2
    return of_nationals(ref2, country), [n.replace("{country}", country) if GENERIC in n else n for n in assoc2]
