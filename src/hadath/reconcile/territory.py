"""ACLED's sub-events by whose forces acted where (issue #9): "Government regains territory" is
the forces of the country where the event happened; a foreign state's forces taking ground in
another country are coded "Non-state actor overtakes territory" (ACLED: non-state actors or
foreign state actors acquire control); a foreign state's military bombarding another country
with no ground weapon named strikes from the air; a state's forces named by a de-facto authority's
own name for them, acting abroad, are that authority's (ABROAD_SELF_NAMES); a state force hit
abroad by a side of its own country is the host state's (``host_forces_hit``)."""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import Sequence

from hadath.events.taxonomy import ARMED_INTERS, GROUND_TAKEN, interaction
from hadath.types import Event

REGAINS = "Government regains territory"
SHELLING = "Shelling/artillery/missile attack"
AIR = "Air/drone strike"
OVERTAKES = "Non-state actor overtakes territory"
DISRUPTED = "Disrupted weapons use"
# A force's name that a de-facto authority uses for its own forces, from a date: when such a
# force acts in another country, it is the authority's (Sanaa's "القوات المسلحة اليمنية" striking
# Saudi Arabia, the UAE, Israel or ships since the Houthi takeover of January 2015).
ABROAD_SELF_NAMES = {"Military Forces of Yemen": ("Houthi Movement", "Yemen", "2015-01-21")}


@lru_cache(maxsize=1)
def named_entries() -> dict:
    """A named actor's name -> its first lexicon entry with a home country
    (data/lexicons/actors.tsv; generic "({country})" rows left out)."""
    from hadath.mentions.actors_lexicon import actor_lexicon

    out: dict = {}
    for e in actor_lexicon().entries.values():
        if e.country and not e.is_generic:
            out.setdefault(e.name, e)
    return out


@lru_cache(maxsize=1)
def state_countries() -> dict[str, str]:
    """A named state force's name -> the country it belongs to."""
    return {name: e.country for name, e in named_entries().items() if e.kind == "state"}


def foreign_takeover(events: Sequence[Event]) -> list[Event]:
    """Government regains territory by a foreign state's forces becomes Non-state actor
    overtakes territory (الجيش التركي يسيطر على قرى في ريف الحسكة)."""
    countries = state_countries()
    out = []
    for ev in events:
        owner = countries.get(ev.actor1 or "")
        if ev.sub_event_type == REGAINS and ev.country and owner and owner != ev.country:
            ev = replace(ev, sub_event_type=OVERTAKES)
        out.append(ev)
    return out


def foreign_strike(events: Sequence[Event]) -> list[Event]:
    """A bombardment (قصف) by a foreign state's military in another country, with no weapon
    named, is an air strike (قصف جيش الاحتلال بناية سكنية في غزة، قصفت إسرائيل أهدافا في دمشق):
    a state strikes abroad from the air unless the text names the guns or the rockets it fired.
    Known once the event is placed, so here rather than in the events stage."""
    countries = state_countries()
    out = []
    for ev in events:
        owner = countries.get(ev.actor1 or "")
        if ev.sub_event_type == SHELLING and ev.country and owner and owner != ev.country \
                and not ev.evidence.get("weapon"):
            ev = replace(ev, sub_event_type=AIR)
        out.append(ev)
    return out


def abroad_self_names(events: Sequence[Event]) -> list[Event]:
    """Events whose actor1 is a state force named as in ABROAD_SELF_NAMES, placed outside that
    state, dated on or after the authority's start: actor1 becomes the authority."""
    out = []
    for ev in events:
        hit = ABROAD_SELF_NAMES.get(ev.actor1 or "")
        if hit is not None and ev.country and ev.country != hit[1] and ev.event_date is not None \
                and ev.event_date.isoformat() >= hit[2] and ev.actor2 != hit[0]:  # (not the side hit too)
            ev = replace(ev, actor1=hit[0])
        out.append(ev)
    return out


def host_forces_hit(events: Sequence[Event]) -> list[Event]:
    """A side of one country striking across a border hits the host state's forces, not its
    own country's: a state force named without its country (الدفاعات الجوية، قاعدة جوية) and
    read by the story's country, on an event placed in another country where the doer comes
    from that story country (الحوثيون on a base in خميس مشيط: Military Forces of Saudi Arabia,
    not of Yemen), becomes the host country's force in the same role."""
    from hadath.mentions.actors_lexicon import actor_lexicon

    by_name = named_entries()
    out = []
    for ev in events:
        # (the state force is actor2 when hit, actor1 when it stopped the strike: أسقطت الدفاعات
        # الجوية طائرة مسيرة حوثية فوق أبها)
        state, other = ("actor1", "actor2") if ev.sub_event_type == DISRUPTED else ("actor2", "actor1")
        hit, doer = by_name.get(getattr(ev, state) or ""), by_name.get(getattr(ev, other) or "")
        if hit is not None and doer is not None and ev.country and hit.kind == "state" and hit.role \
                and hit.country == doer.country != ev.country and doer.kind != "state" \
                and ev.country not in hit.where:
            host = actor_lexicon().role_entry(hit.role, ev.country, ev.event_date)
            if host is not None and host.name != getattr(ev, other):
                ev = replace(ev, **{state: host.name, state.replace("actor", "inter"): host.inter})
        out.append(ev)
    return out


TRANSFER = "Non-violent transfer of territory"


def withdrawn_side(events: Sequence[Event]) -> list[Event]:
    """The side told in a sentence of its own as withdrawing the day ground was taken is the side
    that lost it (سيطرت حركة الشباب على بلدة عمارة. وانسحبت القوات الحكومية من البلدة). A taking
    with no side hit, or only an unidentified one or civilians (the ground's people, no side that
    held it), gets the withdrawing armed side as actor2 when the withdrawal is another side's,
    the same day and in the same country, the taking is the only one told that day there (the
    withdrawal may be placed where the side went: انسحبت باتجاه تدمر), and the withdrawal names no
    other side than the taker or an unidentified one (عقب شن الإرهابيين هجوما). ACLED: the actor2
    of a takeover is the side that held the ground."""
    out = []
    for ev in events:
        if ev.sub_event_type in GROUND_TAKEN and ev.actor1 \
                and (ev.actor2 is None or ev.actor2.startswith(("Unidentified", "Civilians"))) \
                and sum(o.sub_event_type in GROUND_TAKEN and o.event_date == ev.event_date and o.country == ev.country
                        for o in events) == 1:   # (the only taking told that day there)
            left = [w for w in events if w.sub_event_type == TRANSFER and w.actor1 and w.actor1 != ev.actor1
                    and w.inter1 in ARMED_INTERS and w.event_date == ev.event_date and w.country == ev.country
                    and (w.actor2 in (None, ev.actor1) or w.actor2.startswith("Unidentified"))]
            if len({w.actor1 for w in left}) == 1:
                w = left[0]
                evidence = dict(ev.evidence)
                if w.evidence.get("actor1"):
                    evidence["actor2"] = w.evidence["actor1"]
                ev = replace(ev, actor2=w.actor1, inter2=w.inter1, interaction=interaction(ev.inter1, w.inter1),
                             evidence=evidence)
        out.append(ev)
    return out
