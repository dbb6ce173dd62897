"""ACLED's one-record-per-act rules, applied to one report's candidate events.

Each rule is a small function over the list of events; the stage runs them in order:

1. ``drop_undatable``: an event whose date could not be resolved (no publication date and no
   date in the text) is not an ACLED record; kept with the flag ``date_unresolved`` only
   when the caller asks for it.
2. ``drop_stale``: an act dated more than ``STALE_DAYS`` before publication is background
   (CODING.md: background more than ~30 days before publication is not coded).
3. ``fold_coarser``: a record at a coarser place (geo_precision 3, or a place the gazetteer
   could not resolve, or no place of its own) that restates an act coded at a finer place of
   the same report — same family of event types, dates within a day, compatible actors — is
   dropped and its evidence kept on the finer record; ``fold_area_restatement``
   (:mod:`hadath.reconcile.area_restatement`) does the same for
   a record in an area's countryside (ريف إدلب) with the same sub-event and toll as a town's in it,
   and ``fold_city_reference`` (:mod:`hadath.reconcile.city_reference`) for a record at a large
   city (a dateline, a road's end, "south of Mosul") with the very same toll as a town's near it.
4. ``place_near_known`` then ``drop_country_level`` (:mod:`hadath.reconcile.country_records`): a named place the gazetteer does not know is
   coded at the nearest known place of the report (precision 2, flagged ``place_approximate``);
   then a record whose only place is a whole country (no region, town or
   village named for it anywhere in the report) is not an ACLED record: ACLED's coarsest
   precision is a region coded at its capital. Kept, flagged ``country_only``, only on request.
5. ``fold_city_summary`` (:mod:`hadath.reconcile.city`): a record at a city whose quarters
   carry two or more records of the same family and day in the report (a wave of car bombs
   "in Baghdad", then one per quarter) is the summary of those acts: dropped, its evidence kept
   on the first quarter's record and its toll (a total over the quarters) on none; so is a
   city record that tells again one site's act in the city's core (a riot at المسجد الأقصى
   told also at القدس).
6. ``localize_actors``: a group ACLED names by the country of the event (Islamic State (X),
   Civilians (X), Unidentified Armed Group (X) ... the lexicon's "({country})" rows) takes the
   event's country, whatever country the document's other places suggested for the mention.
7. ``one_type_per_act`` (:mod:`hadath.reconcile.one_type`): records of one act (same day, same place, compatible actors) with
   different types keep the one ACLED's precedence puts first: an explosion inside a battle
   is the battle, looting during a riot is the riot, a peaceful protest that turned violent is
   the riot; a raid (Other) with arrests is the arrest. Then ``held_by_attackers``
   (:mod:`hadath.reconcile.held_people`): an arrest whose doer reads as civilians beside one
   attacker's violent record there that day is that attacker's seizing of them.
"""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from datetime import date
from typing import Iterable, Sequence

from hadath.events.handover import ANTECEDENT, BARE_ATTACK, PEACEFUL, TOLD_SAME
from hadath.events.town_parts import named_part
from hadath.events.records import UNPLACED, folded_toll, merged_evidence, named_force_over_default
from hadath.events.taxonomy import (ARMED_INTERS, GROUND_TAKEN, REMOTE_MEANS, STATE_INTERS, UNARMED_INTERS, VIOLENT,
                                    forces_over_civilians, interaction)
from hadath.geo import haversine_km
from hadath.reconcile.names import localize_actors
from hadath.reconcile.territory import TRANSFER, abroad_self_names, foreign_strike, foreign_takeover, host_forces_hit, withdrawn_side
from hadath.types import Event

STALE_DAYS = 30
UNDATED_REACH = 7  # days back a coarse record dated only by the report may restate a dated finer act
SAME_PLACE_KM = 3.0
SAME_POINT_KM = 0.5   # two gazetteer records this close are one place
AREA_KM = 15.0        # a named area (الغوطة الشرقية، سهل الغاب) holds the places this close to its point
AREA_SOURCE = "hadath:"  # the named areas of places_extra.tsv (not the sources' districts, places of their own)
COARSE_FLAGS = frozenset({"place_unresolved", "place_from_document", UNPLACED})

# families of types that can describe the same act (an ACLED coder picks one of them)
FAMILY = {
    "Battles": "violence", "Explosions/Remote violence": "violence",
    "Violence against civilians": "violence",
    "Protests": "demonstration", "Riots": "demonstration",
    "Strategic developments": "strategic",
}
# sub-types that belong to another family when they meet it on the same act
FAMILY_BY_SUBTYPE = {"Looting/property destruction": "any", "Other": "any", "Mob violence": "violence",
                     "Abduction/forced disappearance": "seizing",
                     "Non-violent transfer of territory": "violence"}  # a capture told calmly

# sub-types of violence that a crowd's fight with the police reads as (told without a named group)
CROWD_FIGHTS = frozenset({"Armed clash", "Remote explosive/landmine/IED", "Grenade", "Attack"})
CLASH = "Armed clash"  # two sides fighting: either may be told first

# ACLED precedence among the records of one act: lower wins
PRECEDENCE = {
    "Armed clash": 0, "Government regains territory": 0, "Non-state actor overtakes territory": 0,
    "Chemical weapon": 1, "Air/drone strike": 1, "Suicide bomb": 1,
    "Shelling/artillery/missile attack": 1, "Remote explosive/landmine/IED": 1, "Grenade": 1,
    "Sexual violence": 2, "Attack": 2, "Abduction/forced disappearance": 2,
    "Violent demonstration": 3, "Mob violence": 3,
    "Excessive force against protesters": 4, "Protest with intervention": 5, "Peaceful protest": 6,
    "Arrests": 7, "Looting/property destruction": 8, "Disrupted weapons use": 8,
    "Agreement": 9, "Change to group/activity": 9, "Headquarters or base established": 9,
    "Non-violent transfer of territory": 9, "Other": 10,
}


def family(ev: Event) -> str:
    return FAMILY_BY_SUBTYPE.get(ev.sub_event_type) or FAMILY.get(ev.event_type, ev.event_type)


def families_meet(a: Event, b: Event) -> bool:
    """Two records' types can tell one act. A non-violent transfer is a capture told calmly: it
    meets the battles, never an attack on civilians or remote violence - a side killing a
    mediator before it withdraws, a strike after it moved in, are acts of their own."""
    for x, y in ((a, b), (b, a)):
        if x.sub_event_type == TRANSFER and family(y) == "violence" and y.event_type != "Battles" \
                and y.sub_event_type != TRANSFER:
            return False
    fa, fb = family(a), family(b)
    return fa == fb or "any" in (fa, fb) or _crowd_fight(a, b) or _crowd_fight(b, a)


def _crowd_fight(demo: Event, fight: Event) -> bool:
    """Clashes or thrown bombs by no named group, where a crowd demonstrates or riots (مواجهات
    بين المحتجين والقوى الأمنية، إلقاء قنابل مولوتوف): the demonstration's own violence - not a
    blast the crowd gathered after or about (احتشدوا بعد تفجير سيارة مفخخة: handover.ANTECEDENT)."""
    return family(demo) == "demonstration" and family(fight) == "violence" and ANTECEDENT not in fight.flags \
        and fight.sub_event_type in CROWD_FIGHTS and (fight.actor1 is None or fight.actor1.startswith(
            ("Unidentified Armed Group", "Protesters", "Rioters"))) and not fight.fatalities


def means_told_after(told: Event, dated: Event, remote: bool = False) -> bool:
    """Two violent records, ``told`` with no weapon (قتل أربعة مدنيين في هجوم) and ``dated`` with
    one (طائرات حربية روسية استهدفت بلدة ...) - or, ``remote``, both by remote means (a bare قصف
    على ريف إدلب read as shelling, غارات على بلدة حاس a strike): the first is only the coarse
    reading of the act whose means the second tells - not another act for its other type."""
    return "weapon" not in told.evidence and told.event_type in VIOLENT and dated.event_type in VIOLENT \
        and ("weapon" in dated.evidence or remote and {told.sub_event_type, dated.sub_event_type} <= REMOTE_MEANS)


def _generic(actor: str | None) -> bool:
    return actor is None or actor.startswith(("Unidentified", "Civilians", "Protesters", "Rioters"))


def compatible_actors(a: Event, b: Event) -> bool:
    """Same actor1, or one of them unnamed/generic (the same act, told twice), or one armed
    clash between the same two sides told from each side (صد هجوم الحوثي، then الحوثي هاجم
    مواقع القوات: who attacked is told once, the sides swapped)."""
    return _generic(a.actor1) or _generic(b.actor1) or a.actor1 == b.actor1 or (
        a.sub_event_type == b.sub_event_type == CLASH and a.actor2 is not None
        and {a.actor1, a.actor2} == {b.actor1, b.actor2})


def days_apart(a: Event, b: Event) -> int | None:
    if a.event_date is None or b.event_date is None:
        return None
    return abs((a.event_date - b.event_date).days)


def is_coarse(ev: Event) -> bool:
    return (ev.geo_precision or 3) >= 3 or bool(COARSE_FLAGS.intersection(ev.flags)) or _area(ev)


def _area(ev: Event) -> bool:
    """The record is coded at a named area that holds villages (places_extra.tsv's admin3 rows:
    الغوطة الشرقية، سهل الغاب), coarser than a town named in it."""
    ref = ev.place
    return ref is not None and ref.place is not None and ref.place.feature_class == "admin3" \
        and ref.place.id.startswith(AREA_SOURCE)


def km_apart(a: Event, b: Event) -> float | None:
    """Kilometres between the two records' points, or None when either has no point."""
    if None in (a.latitude, a.longitude, b.latitude, b.longitude):
        return None
    return haversine_km(a.latitude, a.longitude, b.latitude, b.longitude)  # type: ignore[arg-type]


def same_place(a: Event, b: Event) -> bool:
    """One place: the same gazetteer record or name, or points this close. Two gazetteer records
    of different names are two places however near (CODING.md: separate named places are
    separate events), unless their points are one (a record duplicated across sources)."""
    pa, pb = part_name(a), part_name(b)
    if pa != pb:
        return False  # شارع السعدون and منطقة البياع (or Baghdad itself), all coded at Baghdad: named places apart
    if named_place(a) and named_place(b) and a.location_ar != b.location_ar:
        return False  # قرية سافي and قرب ماركوي, both kept at their country: two named places, two acts
    both = a.place is not None and b.place is not None and a.place.place is not None \
        and b.place.place is not None
    if both and a.place.place.id == b.place.place.id:  # type: ignore[union-attr]
        return True
    if a.location and a.location == b.location and a.geo_precision == b.geo_precision:
        return True
    km = km_apart(a, b)
    return km is not None and km <= (SAME_POINT_KM if both else SAME_PLACE_KM)


def part_name(ev: Event) -> str | None:
    """The name of the quarter, street or area the gazetteer lacks that the record is coded
    for at its town (hadath.events.town_parts.named_part), else None."""
    ref = ev.place
    return ref.name if ref is not None and named_part(ref) else None


def contains(coarse: Event, fine: Event) -> bool:
    """Could the coarse record's area hold the fine record's place?"""
    if coarse.country and fine.country and coarse.country != fine.country:
        return False
    from hadath.reconcile.reference import part_holds  # (it builds on this module's rules)
    if part_holds(coarse, fine):  # جنوب لبنان holds الخيام: the country's side, not one governorate
        return True
    if (coarse.geo_precision or 3) >= 3 and coarse.admin1 and fine.admin1 and coarse.admin1 != fine.admin1 \
            and not COARSE_FLAGS.intersection(coarse.flags) and coarse.location != coarse.country:
        return False
    if (coarse.geo_precision or 3) < 3 and _area(coarse):  # (الغوطة الشرقية holds دوما: the same act told there)
        return coarse.sub_event_type == fine.sub_event_type \
            and (km := km_apart(coarse, fine)) is not None and km <= AREA_KM
    return True


CROWD_DAMAGE = frozenset({"Looting/property destruction"})
DEMONSTRATIONS = frozenset({"Peaceful protest", "Protest with intervention"})


def _crowd(actor: str | None) -> bool:
    return actor is None or actor.startswith(("Protesters", "Rioters", "Unidentified"))


def absorb(keep: Event, gone: Event, own_toll: bool = False) -> Event:
    """``keep`` with the evidence of ``gone`` (another telling of the same act) and the larger
    sure death toll (a counted toll over an estimate: سقوط قتلى, then قتل مدنيان) - or, with
    ``own_toll``, ``keep``'s own toll (a summary's total, a landmark's tally). A protest that
    absorbs the crowd's own arson or looting is a violent demonstration (ACLED: a protest that
    turns violent is a riot) - but a clash folded into a protest whose crowd the report calls
    peaceful (handover.PEACEFUL) is the force's violence met by the crowd: it stays a protest
    (ACLED: protesters met by force stay protesters unless they are said to be violent)."""
    keep = _without_a_fight(keep, gone)
    if keep.sub_event_type == "Attack" and BARE_ATTACK in keep.flags and gone.event_type == "Explosions/Remote violence":
        # (الضربة الجوية ... استهدفت أحد الكهوف: the attack told by attack words alone is the strike
        # told with its means; the side the strike names is the side hit)
        named = gone.actor2 is not None and not keep.evidence.get("actor2")
        keep = _typed_as(keep, gone, **({"actor2": gone.actor2, "inter2": gone.inter2} if named else {}))
    evidence = merged_evidence(keep, gone, ("trigger", "fatalities", "actor1", "actor2", "weapon"))
    changes: dict = {"evidence": evidence}
    if "date_from_publication" in keep.flags and "date_from_publication" not in gone.flags \
            and gone.event_date is not None and (days_apart(keep, gone) or 0) <= 1:
        # the other telling dates the act in its own words (قتل ثلاثة أمس): that date wins
        changes.update(event_date=gone.event_date, time_precision=gone.time_precision,
                       flags=tuple(f for f in keep.flags if f != "date_from_publication"))
        if gone.evidence.get("event_date"):
            evidence["event_date"] = gone.evidence["event_date"]
    if not own_toll:
        changes.update(folded_toll(keep, gone, changes))  # (the doers' own dead, "also": events.doers)
    if gone.injuries and not keep.injuries:
        changes["injuries"] = gone.injuries
    if _names_doer(keep, gone) or keep.actor1 is None and (gone.actor1 or "").startswith("Unidentified"):
        changes.update(actor1=gone.actor1, inter1=gone.inter1)  # (a raid told with no doer: the unknown attackers')
    if keep.actor2 is None and gone.actor2 is not None and family(keep) == family(gone) \
            and keep.sub_event_type != "Peaceful protest" \
            and gone.actor2 != changes.get("actor1", keep.actor1):  # (no party acts on a peaceful
        # protest; no actor is on both sides)
        changes.update(actor2=gone.actor2, inter2=gone.inter2, civilian_targeting=gone.civilian_targeting)
    elif _forces_hit_too(keep, gone, changes.get("actor1", keep.actor1)) or (
            named_force_over_default(keep, gone) and gone.actor2 != changes.get("actor1", keep.actor1)):
        changes.update(actor2=gone.actor2, inter2=gone.inter2, civilian_targeting=None,
                       interaction=interaction(changes.get("inter1", keep.inter1), gone.inter2))
    if keep.sub_event_type in DEMONSTRATIONS and gone.sub_event_type in CROWD_DAMAGE | CROWD_FIGHTS \
            and _crowd(gone.actor1) and not (PEACEFUL in keep.flags and gone.sub_event_type in CROWD_FIGHTS):
        country = keep.country or "{country}"
        changes.update(event_type="Riots", sub_event_type="Violent demonstration", disorder_type="Demonstrations",
                       actor1=f"Rioters ({country})", inter1=5,
                       interaction=interaction(5, keep.inter2))
    return replace(keep, **changes)


def _forces_hit_too(keep: Event, gone: Event, doer: str | None) -> bool:
    """The other telling of a blast or strike whose side hit ``keep`` calls civilians names a
    state's forces hit (قتل 11 شخصا بينهم 5 من أفراد الجيش و5 مدنيين): an attack that hits a
    state's forces and civilians is on the forces (ACLED: civilians are the side hit only when
    the act hit civilians alone)."""
    return keep.event_type == gone.event_type == "Explosions/Remote violence" \
        and forces_over_civilians(keep.inter2, gone.inter2) and (keep.actor2 or "").startswith("Civilians") \
        and gone.actor2 is not None and gone.actor2 != doer and gone.actor1 == doer


# ---- the rules ---------------------------------------------------------------------------
def drop_undatable(events: Sequence[Event], keep: bool) -> list[Event]:
    out = []
    for ev in events:
        if ev.event_date is None:
            if keep:
                out.append(ev if "date_unresolved" in ev.flags else replace(ev, flags=ev.flags + ("date_unresolved",)))
            continue
        out.append(ev)
    return out


def drop_stale(events: Sequence[Event], published: date | None, days: int | None = STALE_DAYS) -> list[Event]:
    if published is None or days is None:
        return list(events)
    return [ev for ev in events if ev.event_date is None or (published - ev.event_date).days <= days]


def siblings(a: Event, b: Event) -> bool:
    """Records made from one clause for the places it lists (في الرقة والطبقة وسارين) share
    their trigger words: separate named places, never restatements of each other."""
    ta, tb = a.evidence.get("trigger", ()), b.evidence.get("trigger", ())
    return bool(ta) and set(ta) == set(tb)


def _coarseness(ev: Event) -> int:
    """0 a fine record, 1 a coarse one, 2 one placed at its whole country (coarser still: قتل 15
    في هجوم على قرية في شمال شرق نيجيريا beside ... القرية الواقعة في ولاية بورنو)."""
    return 2 if country_level(ev) else int(is_coarse(ev))


def fold_coarser(events: Sequence[Event]) -> list[Event]:
    from hadath.reconcile.summary import aircraft_of, parts_of_total  # (it builds on this module's rules)
    from hadath.reconcile.finer_place import keep_finer_place

    out = list(events)
    gone: set[int] = set()
    for k, ev in enumerate(out):
        level = _coarseness(ev)
        if not level:
            continue
        unresolved = "place_unresolved" in ev.flags  # a named place the gazetteer does not know
        finer = [j for j, f in enumerate(out) if j != k and j not in gone and _coarseness(f) < level
                 and not (unresolved and (siblings(ev, f) or f.event_type != ev.event_type or _other_means(ev, f)))
                 and not _other_day_village(ev, f)
                 and families_meet(ev, f) and compatible_actors(ev, f) and contains(ev, f)
                 and (days_apart(ev, f) or 0) <= _coarse_reach(ev, f)]
        if not finer:
            continue
        # (the shelling, not the strike beside it; a place the gazetteer lacks goes to a fine record
        # before a governorate's: جبل البلق after "جنوبي مأرب" is not the headline's "بمحافظتي مأرب والضالع")
        target = min(finer, key=lambda j: (out[j].event_type != ev.event_type, out[j].sub_event_type != ev.sub_event_type,
                                           days_apart(ev, out[j]) or 0, _coarseness(out[j]) if unresolved else 0, j))
        parts = parts_of_total(ev, [out[j] for j in finer])
        if parts:  # (قتل 18 في محافظة إدلب ... سبعة في مدينة إدلب وسبعة في بنش وأربعة في النيرب)
            for j in finer:
                out[j] = aircraft_of(out[j], ev)
        # (a summary's total goes to no one place)
        out[target] = absorb(_means_first(_violence_first(_battle_first(out[target], ev), ev), ev), ev, own_toll=parts)
        out[target] = keep_finer_place(out[target], ev)  # (بلدة كالانا, unknown, told beside سيكاسو)
        gone.add(k)
    return [e for k, e in enumerate(out) if k not in gone]


def _other_means(coarse: Event, fine: Event) -> bool:
    """Two remote means apart (a bomb and a shelling, a strike and a shelling): a record coarse
    only because the gazetteer lacks its named site (انفجار في محيط قصر معاشيق) is no telling of
    the act by other means at a known place (الهجوم الصاروخي على مطار عدن) but an act of its own
    (events.assemble's _other_means: an act by one means is no continuation of one by another)."""
    return coarse.sub_event_type != fine.sub_event_type and {coarse.sub_event_type, fine.sub_event_type} <= REMOTE_MEANS


def _other_day_village(coarse: Event, fine: Event) -> bool:
    """A named place the gazetteer lacks (قرية ودالنعيم: coarse only for want of a point) with a
    day of its own from the text, not the finer record's: another act on another day at another
    place (CODING.md: strikes on two days are two events), no restatement of the finer one."""
    return named_place(coarse) and "date_from_publication" not in coarse.flags and bool(days_apart(coarse, fine))


def _coarse_reach(coarse: Event, fine: Event) -> int:
    """Days a coarser record may lie from the finer one it restates: one for the same kind of act, a
    week when the coarse one has only the report's day and the finer one came before it (a claim)."""
    if fine.sub_event_type != coarse.sub_event_type:
        return 0
    undated = "date_from_publication" in coarse.flags and "date_from_publication" not in fine.flags
    return UNDATED_REACH if undated and fine.event_date and coarse.event_date and fine.event_date <= coarse.event_date else 1


def _without_a_fight(keep: Event, coarse: Event) -> Event:
    """A capture told again, without its place, as taken without a fight (سيطروا على البلدة
    دون مواجهة بعد انسحاب القوات الحكومية): a non-violent transfer, with the side that left."""
    if keep.sub_event_type not in GROUND_TAKEN or coarse.sub_event_type != "Non-violent transfer of territory" \
            or keep.fatalities or days_apart(keep, coarse) != 0:
        return keep
    sides: dict = {}
    if keep.actor2 is None and coarse.actor2 is not None:
        sides = dict(actor2=coarse.actor2, inter2=coarse.inter2, interaction=coarse.interaction)
    return _typed_as(keep, coarse, **sides)


def _battle_first(keep: Event, coarse: Event) -> Event:
    """The finer record of an act also told, without its place, as a battle between two armed
    sides on the same day (سيارة مفخخة انفجرت ... . وأكد شهود حصول اشتباكات بين قوات الأمن
    ومسلحين): ACLED's precedence makes the act the battle, with the battle's two sides - unless the
    coarse one retells an act told before (في نفس الهجوم: typed by its toll words alone)."""
    if keep.event_type == "Battles" or coarse.event_type != "Battles" or family(keep) != "violence" \
            or TOLD_SAME in coarse.flags or precedence(coarse) >= precedence(keep) or days_apart(keep, coarse) != 0:
        return keep
    return _typed_as(keep, coarse, actor1=coarse.actor1, inter1=coarse.inter1, actor2=coarse.actor2,
                     inter2=coarse.inter2, interaction=coarse.interaction,
                     civilian_targeting=coarse.civilian_targeting)


def _violence_first(keep: Event, coarse: Event) -> Event:
    """The finer record told only as the damage done (أحرقت منازل) of an act the coarser one
    tells as violence the same day (قتل 15 شخصا في هجوم): ACLED's precedence makes the act the
    violence."""
    if FAMILY_BY_SUBTYPE.get(keep.sub_event_type) != "any" or family(coarse) != "violence" \
            or precedence(coarse) >= precedence(keep) or days_apart(keep, coarse) != 0:
        return keep
    return _typed_as(keep, coarse, civilian_targeting=coarse.civilian_targeting or keep.civilian_targeting)


def _means_first(keep: Event, coarse: Event) -> Event:
    """A doerless attack (قتلوا في بلدة إحسم) told with its means and doer the same day by the coarser record: that act."""
    same = keep.sub_event_type == "Attack" and coarse.event_type == "Explosions/Remote violence"
    return _typed_as(keep, coarse) if same and days_apart(keep, coarse) == 0 and _named_doer_for(keep, coarse) else keep


def _named_doer_for(keep: Event, gone: Event) -> bool:
    """``gone`` names ``keep``'s unnamed doer: not the kind of side hit, counting at least ``keep``'s dead."""
    return not _generic(gone.actor1) and (keep.actor1 is None or keep.actor1.startswith("Unidentified Armed Group")) \
        and gone.inter1 != keep.inter2 and (keep.actor1 is None or (gone.fatalities or 0) >= max(keep.fatalities or 0, 1))


def _names_doer(keep: Event, gone: Event) -> bool:
    """Two tellings of one act, ``keep``'s doer unidentified and ``gone``'s named (أصيب خمسة
    مزارعين برصاص جيش الاحتلال . ... أطلقت قوات الاحتلال نيرانها): the named side did it - a side
    no civilian or crowd and not the one ``keep`` was hit by, for as many dead as ``keep`` tells
    (an abduction or a wounding counts none), or a state's forces for a strike whose forces no
    word tells (قصف جوي ... . طيران النظام الحربي ... استهدف; not طائرات حربية مجهولة)."""
    if _named_doer_for(keep, gone):
        return True
    if _generic(gone.actor1) or gone.inter1 in UNARMED_INTERS or gone.actor1 == keep.actor2 or gone.inter1 == keep.inter2 \
            or keep.actor1 is None or family(keep) != family(gone):
        return False
    if keep.actor1.startswith("Unidentified Military Forces"):
        return gone.inter1 in STATE_INTERS and keep.sub_event_type == gone.sub_event_type and not keep.evidence.get("actor1")
    return keep.actor1.startswith("Unidentified Armed Group") and (gone.fatalities or 0) >= (keep.fatalities or 0)


def _typed_as(keep: Event, other: Event, **changes) -> Event:
    """``keep`` with ``other``'s event type, sub-event type and disorder type (and ``changes``)."""
    return replace(keep, event_type=other.event_type, sub_event_type=other.sub_event_type,
                   disorder_type=other.disorder_type, **changes)


def precedence(ev: Event) -> int:
    """ACLED's precedence; a "battle" without two armed sides (an attack told as a clash) is no
    battle that an explosion would be part of, so it ranks after the explosion."""
    p = PRECEDENCE.get(ev.sub_event_type, 11)
    if ev.event_type == "Battles" and not (ev.inter1 in ARMED_INTERS and ev.inter2 in ARMED_INTERS
                                           and ev.actor1 != ev.actor2):
        p = 1.5
    return p


def country_level(ev: Event) -> bool:
    return (ev.geo_precision or 3) >= 3 and not ev.admin1 and (ev.location is None or ev.location == ev.country)


@lru_cache(maxsize=1)
def class_cues() -> frozenset[str]:
    """Cue words that name the kind of place the next words are (قرية، حي، شارع، منطقة …), or
    where the act was (قرب X: near a place)."""
    from hadath.gazetteer.lexicon import place_lexicon

    lex = place_lexicon()
    named = lex.settlement | lex.village | lex.part | lex.street | lex.road | lex.district
    areas = lex.region | lex.listing  # (منطقة X; منطقتي X وY: the dual names each area too)
    return frozenset(named | lex.near | {w for w in areas if lex.cues.get(w) == 2})


def named_place(ev: Event) -> bool:
    """A place the gazetteer does not know, named after a word that says what it is (قرية
    ودالهبيل، حي التضامن): a real place of the act, kept at its country with its own name in
    location_ar and the flag ``place_unresolved`` (nothing lost, nothing invented)."""
    ref = ev.place
    return "place_unresolved" in ev.flags and ref is not None and ref.place is None \
        and bool(ev.location_ar) and ref.cue in class_cues()


def reconcile(events: Iterable[Event], published: date | None, keep_undated: bool = False,
              stale_days: int | None = STALE_DAYS, keep_country_level: bool = False, text: str = "") -> list[Event]:
    evs = drop_undatable(list(events), keep_undated)
    evs = drop_stale(evs, published, stale_days)
    evs = withdrawn_side(evs)  # (before the folds and the drop of country-level records)
    from hadath.reconcile.told_again import fold_told_again  # (they build on this module's rules)
    from hadath.reconcile.city import fold_city_summary
    from hadath.reconcile.one_type import one_type_per_act
    from hadath.reconcile.reference import fold_landmark
    from hadath.reconcile.area_restatement import fold_area_restatement
    from hadath.reconcile.province_summary import fold_province_summary
    from hadath.reconcile.country_records import drop_country_level, place_near_known
    from hadath.reconcile.held_people import held_by_attackers
    from hadath.reconcile.city_reference import fold_city_reference

    evs = fold_city_reference(fold_told_again(fold_province_summary(fold_area_restatement(fold_coarser(evs)))))
    evs = place_near_known(evs)
    evs = drop_country_level(evs, keep_country_level)
    evs = fold_landmark(fold_city_summary(evs))  # (hadath.reconcile.city, hadath.reconcile.reference)
    evs = host_forces_hit(abroad_self_names(foreign_strike(foreign_takeover(localize_actors(evs)))))
    return held_by_attackers(one_type_per_act(evs, text))  # (after it: a seizing is no telling of the attack)
