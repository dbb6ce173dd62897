"""One type per act (hadath.reconcile.rules, step 7): records of one act - same day, same
place, compatible actors - with different types keep the one ACLED's precedence puts first (an
explosion inside a battle is the battle, looting during a riot is the riot, a peaceful protest
that turned violent is the riot, a raid with arrests is the arrest); property damage by outsiders
beside a demonstration, records that each name a different side acted on, and a place the
gazetteer lacks said to neighbour another (قرية X المجاورة), stay acts of their own."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from hadath.events.handover import BARE_ATTACK, OTHER_ACT, SEQUEL
from hadath.events.taxonomy import STATE_NAMES, interaction
from hadath.events.lexicons import function_words

from hadath.reconcile.finer_place import keep_finer_place
from hadath.reconcile.rules import (CLASH, CROWD_DAMAGE, FAMILY, _crowd, _crowd_fight, _generic, absorb, compatible_actors,
                                    days_apart, families_meet, named_place, precedence, same_place)
from hadath.text.normalize import normalize_key
from hadath.types import Event


def _outsiders_damage(a: Event, b: Event) -> bool:
    """One is a demonstration and the other property damage by someone who is not its crowd."""
    for x, y in ((a, b), (b, a)):
        if FAMILY.get(x.event_type) == "demonstration" and y.sub_event_type in CROWD_DAMAGE and not _crowd(y.actor1):
            return True
    return False


def side_of(actor: str) -> str:
    """Which side an actor2 is: the state (its army, police and government are one), the crowd
    or civilians (one), or the named group itself."""
    for lead in STATE_NAMES:
        if actor.startswith(lead):
            return "state " + actor[len(lead):].split(" (")[0]
    return "people" if actor.startswith(("Civilians", "Protesters", "Rioters")) else actor


def _sides_apart(a: Event, b: Event) -> bool:
    """Two violent records of one named doer, told by words of their own, each naming in its own
    words a different side it acted on (الهجوم على المخيم قتل 40 من المواطنين; تصدى الجيش لهجوم من الدعم السريع): two
    acts, one per actor pair. (The army and the police of one country are one side: a bombing
    told once as hitting soldiers and once the intelligence service is one act.)"""
    if FAMILY.get(a.event_type) != "violence" or FAMILY.get(b.event_type) != "violence" \
            or a.actor1 != b.actor1 or _generic(a.actor1) \
            or set(a.evidence.get("trigger", ())) & set(b.evidence.get("trigger", ())):
        return False  # (a crowd's stones and the soldiers' fire: one riot; one telling typed twice)
    ea, eb = a.evidence.get("actor2", ()), b.evidence.get("actor2", ())
    return bool(ea and eb) and not set(ea) & set(eb) and None not in (a.actor2, b.actor2) \
        and not a.actor2.startswith("Unidentified") and not b.actor2.startswith("Unidentified") \
        and side_of(a.actor2) != side_of(b.actor2)


# A prevented weapon use and the bombing it was meant to stop, on one day at one place: the
# bomb went off after all (أحبطت قوات الأمن هجوما انتحاريا ... فانفجر الحزام الناسف وأصيب حارسان):
# one act, the bombing (ACLED: a detonation is an explosion, whoever set it off).
FOILED_BLAST = frozenset({"Disrupted weapons use", "Suicide bomb"})


def foiled_blast(a: Event, b: Event) -> bool:
    """One record is the foiling and the other the blast, the foiling's doer unnamed, the blast's
    own doer, or the side the blast hit (or the blast names no side hit)."""
    if {a.sub_event_type, b.sub_event_type} != FOILED_BLAST:
        return False
    stop, blast = (a, b) if a.sub_event_type == "Disrupted weapons use" else (b, a)
    return _generic(stop.actor1) or blast.actor2 in (None, stop.actor1) or blast.actor1 == stop.actor1


def _blast_sides(blast: Event, stop: Event, merged: Event) -> Event:
    """The folded bombing keeps its bomber as actor1; the force that tried to stop it is the side
    hit when the bombing names none."""
    actor2, inter2 = (blast.actor2, blast.inter2) if blast.actor2 is not None or _generic(stop.actor1) \
        else (stop.actor1, stop.inter1)
    return replace(merged, actor1=blast.actor1, inter1=blast.inter1, actor2=actor2, inter2=inter2,
                   interaction=interaction(blast.inter1, inter2))


REMOTE = "Explosions/Remote violence"


def retold_clash(a: Event, b: Event) -> bool:
    """One armed clash told twice with the same toll, its sides read differently the second time:
    the lead names both sides (مقتل 30 من الدعم السريع في اشتباكات مع الجيش), the body's quote
    one of them and an unnamed other (اشتبكت قواتنا مع المليشيا المتمردة ... 30 قتيلا). A clash
    has no direction, so the sides are compared as a pair: one named side shared, the other
    unnamed in one telling. Both tolls must be told and equal (a count is the act's mark; two
    fights of one day at one town with tolls of their own stay two)."""
    if not (a.sub_event_type == b.sub_event_type == CLASH) or not a.fatalities \
            or a.fatalities != b.fatalities:
        return False
    sa, sb = [a.actor1, a.actor2], [b.actor1, b.actor2]
    shared = {x for x in sa if x in sb and not _generic(x)}
    if len(shared) != 1:
        return False
    ra, rb = [x for x in sa if x not in shared], [x for x in sb if x not in shared]
    return len(ra) == len(rb) == 1 and _generic(ra[0]) != _generic(rb[0])


def struck_back(a: Event, b: Event) -> bool:
    """A state's forces act on the doers of the other record's act, which did not hit those
    forces (قتل خمسة مدنيين في هجوم لمسلحين على حافلة قرب العريش، كما قصفت طائرات مصرية مواقع
    المسلحين): the attackers' act and the act on the attackers are two acts, one per actor pair
    and type (CODING.md), not one act told twice. One armed clash told from each end
    (retold_clash, compatible_actors' swap), a foiled bombing that went off (foiled_blast) and a
    record with one actor on both sides are not read so."""
    if a.sub_event_type == b.sub_event_type == CLASH or a.actor1 == b.actor1 or foiled_blast(a, b) \
            or a.actor1 == a.actor2 or b.actor1 == b.actor2:
        return False
    return any(x.actor1 is not None and x.actor1 == y.actor2 and y.actor1 is not None
               and y.actor1.startswith(STATE_NAMES) and y.actor1 != x.actor2 for x, y in ((a, b), (b, a)))


def outside_fight(a: Event, b: Event) -> bool:
    """One record is an armed clash with both sides told, the other an act of another type by a
    named doer who is neither side (غارات إسرائيلية على أرتال الجيش في محيط السويداء، في حين
    تواصلت الاشتباكات داخل المدينة بين قوى الأمن ومجموعات مسلحة): the striker does not fight in
    it, so it is no explosion inside that battle (inside_battle's converse) but its own act and
    actor pair (CODING.md)."""
    for clash, other in ((a, b), (b, a)):
        if clash.sub_event_type == CLASH and other.sub_event_type != CLASH and None not in (clash.actor1, clash.actor2) \
                and not _generic(other.actor1) and other.actor1 not in (clash.actor1, clash.actor2):
            return True
    return False


def _names_both(a: Event, b: Event) -> bool:
    """Of one clash told twice (:func:`retold_clash`), ``b`` names both sides and ``a`` leaves
    one unnamed: ``b``'s sides stand (retold_clash leaves exactly one telling with an unnamed
    side, so ``a``'s having one says ``b``'s has none)."""
    return retold_clash(a, b) and (_generic(a.actor1) or _generic(a.actor2))


def inside_battle(a: Event, b: Event) -> bool:
    """One record is an armed clash between two named sides and the other remote violence (a
    strike, shelling, a bomb) by one of those sides on the other: CODING.md's "an explosion or
    shelling inside a reported battle is part of the battle", whichever side it is told from
    (اشتباكات بين قسد والجيش ... الجيش يرد على مصادر إطلاق النيران التابعة لقسد)."""
    for clash, blast in ((a, b), (b, a)):
        if clash.sub_event_type == CLASH and blast.event_type == REMOTE and None not in (clash.actor2, blast.actor2) \
                and {clash.actor1, clash.actor2} == {blast.actor1, blast.actor2}:
            return True
    return False


def harmless_attack(a: Event, b: Event) -> bool:
    """``a`` is an attack told by attack words alone (handover.BARE_ATTACK: no one killed, hurt
    or shot at, no weapon) and ``b`` property destruction of the same act that hurt no one
    (أقدم مستوطنون على إحراق مسجد ... احتراق المسجد نتيجة الهجوم): ACLED's act is the
    destruction, so the destruction takes the attack when its turn comes."""
    return a.sub_event_type == "Attack" and BARE_ATTACK in a.flags and not a.injuries \
        and b.sub_event_type == "Looting/property destruction" and not b.fatalities and not b.injuries


_WORD = re.compile(r"\s*(\w+)")  # the word right after a place's name


def _neighbour(ev: Event, text: str) -> bool:
    """The record's place is named with an adjective of adjacency right after it (قرية أبو فلاح
    المجاورة، بلدة X المتاخمة: function_words.tsv ``adjoining``): a place beside another one."""
    spans = ev.evidence.get("location", ())
    if not text or not spans:
        return False
    after = _WORD.match(text, spans[0].end)
    return after is not None and normalize_key(after.group(1)) in function_words("adjoining")


def _neighbours_apart(a: Event, b: Event, text: str) -> bool:
    """One record is at a place the gazetteer lacks that the text calls the neighbour of another
    (فيما أحرق مستوطنون غرفة زراعية في قرية أبو فلاح المجاورة, after the attack on المغير), the
    other at a place of another name: coded near the known place, at its point, it is still
    another place and another act (CODING.md: separate named places are separate events)."""
    return a.location_ar != b.location_ar and any(named_place(x) and _neighbour(x, text) for x in (a, b))


def one_type_per_act(events: Sequence[Event], text: str = "") -> list[Event]:
    out = list(events)
    gone: set[int] = set()
    order = sorted(range(len(out)), key=lambda k: (precedence(out[k]), k))
    for k in order:
        if k in gone:
            continue
        for j in order:
            if j == k or j in gone:
                continue
            a, b = out[k], out[j]
            if a.sub_event_type == b.sub_event_type and a.event_type == b.event_type:
                same = True
            else:
                same = families_meet(a, b) or foiled_blast(a, b)
            if same and (_crowd_fight(b, a) or harmless_attack(a, b)):
                continue  # the demonstration takes the crowd's fight when its turn comes
            if same and (_outsiders_damage(a, b) or _sides_apart(a, b)):
                same = False  # soldiers burning homes beside a protest: their own act
            if same and (_neighbours_apart(a, b, text) or struck_back(a, b) or outside_fight(a, b)):
                same = False
            if same and a.sub_event_type != b.sub_event_type and (not {SEQUEL, OTHER_ACT}.isdisjoint({*a.flags, *b.flags})):
                same = False  # (وتلا ذلك اشتباك مسلح مع قوات الأمن: a fight after the bombing; مظاهرة أخرى: its own act)
            if same and days_apart(a, b) == 0 and same_place(a, b) and (compatible_actors(a, b) or foiled_blast(a, b)
                                                                         or inside_battle(a, b) or retold_clash(a, b)):
                out[k] = keep_finer_place(absorb(out[k], b), b)  # (the village's name, not its town's)
                if not compatible_actors(a, b) and _names_both(a, b):
                    out[k] = replace(out[k], actor1=b.actor1, inter1=b.inter1, actor2=b.actor2, inter2=b.inter2)
                if foiled_blast(a, b) and a.sub_event_type == "Suicide bomb":
                    out[k] = _blast_sides(a, b, out[k])
                gone.add(j)
    return [e for k, e in enumerate(out) if k not in gone]
