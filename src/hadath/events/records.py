"""Event records of the events stage: building one, changing one, folding a continuation in."""
from __future__ import annotations

from types import SimpleNamespace
from typing import Sequence

from hadath.events.doers import claim_figure, doers_flag, doers_sum, more_sum, other_figure, summed_toll, without_more
from hadath.events.lexicons import function_words
from hadath.events.taxonomy import (ARMED_INTERS, ERV, GROUND_TAKEN, POLICE_OF, STATE_INTERS, WEAPONS,
                                    forces_over_civilians, interaction)
from hadath.events.tuning import CONFIDENCE
from hadath.text.normalize import normalize_key
from hadath.types import Event, evolve as _evolve, field_values


def new_event(**values) -> Event:
    """``Event(**values)``."""
    return Event(**values)


def evolve(ev: Event, **changes) -> Event:
    """``dataclasses.replace(ev, **changes)`` (:func:`hadath.types.evolve`)."""
    return _evolve(ev, **changes)


def evolve_noted(ev: Event, **changes) -> Event:
    """``evolve(ev, **changes)`` with ``notes`` written for the new values (one construction)."""
    values = field_values(ev)   # every field, in the constructor's order
    values.update(changes)
    values["notes"] = notes(SimpleNamespace(**values), values["place"])  # type: ignore[arg-type]
    return Event(*values.values())


def notes(ev: Event, place) -> str:
    who = (ev.actor1 or "Unknown actor").replace(" ({country})", "")
    s = f"{who}: {ev.sub_event_type.lower()}"
    if ev.actor2:
        s += f" against {ev.actor2.replace(' ({country})', '')}"
    if place is not None:
        s += f" in {place.place.name if place.place else place.name}"
    if ev.fatalities:
        s += f"; {'about ' if ev.fatalities_estimate else ''}{ev.fatalities} killed"
    if ev.injuries:
        s += f"; {ev.injuries} injured"
    return s + "."


# protest sub-types in which a force intervened or the crowd turned violent
UNIDENTIFIED_GROUP = "Unidentified Armed Group"  # (its country follows in brackets)
UNPLACED = "unplaced"  # the flag of an event its clause gave no place (realize.per_place)
INTERVENED = frozenset({"Protest with intervention", "Excessive force against protesters", "Violent demonstration"})
RIOT_SUB = "Violent demonstration"  # a crowd's own violence (ACLED Riots)
FORCE_MET = INTERVENED - {RIOT_SUB}  # a protest a force met, its crowd peaceful


def merged_evidence(keep: Event, gone: Event, keys: Sequence[str]) -> dict:
    """``keep``'s evidence with the spans of ``gone`` under ``keys`` added (each span once)."""
    evidence = dict(keep.evidence)
    for k, spans in gone.evidence.items():
        if k in keys:
            merged = tuple(evidence.get(k, ()))
            evidence[k] = merged + tuple(s for s in spans if s not in merged)
    return evidence


def surer_toll(ev: Event, other: Event) -> dict:
    """The toll fields of ``other`` when its toll is the surer one for the act both tell: a
    count over a guess (سقوط قتلى = 10, then قتل مدنيان), else the larger, a guess only over
    nothing; {} when ``ev`` keeps its own."""
    if (alt := other_figure(ev, other)) is not None:
        return alt  # (لكن مصدرا ثانيا قال إن الحصيلة 19: the lowest credible, CODING.md)
    if (counted := claim_figure(ev, other)) is not None:
        return counted  # (تبنى التنظيم قتل 14، وأكدت الوزارة مقتل 9: the count over the claim)
    if (other.fatalities > ev.fatalities and (ev.fatalities == 0 or not other.fatalities_estimate)) or (
            ev.fatalities_estimate and other.fatalities and not other.fatalities_estimate):
        return dict(fatalities=other.fatalities, fatalities_low=other.fatalities_low,
                    fatalities_high=other.fatalities_high, fatalities_estimate=other.fatalities_estimate)
    return {}


def _both_sides_toll(ev: Event, more: Event) -> dict:
    """The continuation counts the dead of the act's other side (قتل 23 جنديا في هجوم شنه
    مسلحون ... . وقال المتحدث العسكري إن القوات قتلت 40 من المهاجمين): the side the act hit
    killed the doers, so both counts are the act's deaths (CODING.md: all sides); {} otherwise -
    and when both sides bear one name (two tribes, two unidentified groups): the sides told in
    the other order are then no sign of the other side's dead, only the act told again."""
    if not (ev.fatalities and more.fatalities) or ev.fatalities_estimate or more.fatalities_estimate \
            or ev.actor2 is None or ev.actor2 == ev.actor1 or more.actor1 != ev.actor2 or more.actor2 is None \
            or not (more.actor2 == ev.actor1 or more.actor2.startswith("Unidentified")):
        return {}
    return summed_toll(ev, more)


def folded_toll(ev: Event, more: Event, changes: dict, both_sides: bool = False) -> dict:
    """The toll fields and flags of ``ev`` when ``more`` tells the same act again (``changes``:
    what the fold has set so far; its flags are read): a toll told with "also" added to it
    (:func:`more_sum`), else - with ``both_sides`` - the other side's dead added
    (:func:`_both_sides_toll`), else the doers' own dead added (:func:`doers_sum`), else the surer
    figure (:func:`surer_toll`); with the flags that go with the kept toll. One reading for the
    events stage's continuations and the reconcile stage's folds."""
    summed = more_sum(ev, more)
    out = dict(summed or (_both_sides_toll(ev, more) if both_sides else {}) or doers_sum(ev, more)
               or surer_toll(ev, more))
    if (flags := doers_flag(ev, more, {**changes, **out})) is not None:
        out["flags"] = flags  # (the toll is no longer the doers' own alone)
    if summed:
        out["flags"] = without_more(out.get("flags", changes.get("flags", ev.flags)))
    return out


def _names_sides(ev: Event, more: Event) -> bool:
    """The continuation names both sides of an act that knew only an unidentified one (اشتباكات
    وإطلاق نار ... . التعامل مع الخلية أسفر عن مصرع سبعة عناصر ... واستشهاد ضابط): the
    unidentified side is the one it hit, and its named doer is the act's."""
    return ev.actor2 is None and more.actor2 is not None and more.actor2 == ev.actor1


def _doer_of_same_hit(ev: Event, more: Event) -> bool:
    """The continuation retells the act with the same side hit and names the doer the first
    telling left unidentified, the roles told in another order (قتل ثلاثة جنود في هجوم ... .
    وتعرضت نقطة للجيش لهجوم من قبل عناصر تنظيم داعش): its named doer is the act's. Only for
    an armed side hit (inter 1-4, 8): civilians hit are no sign of the same act (ولم تعلن أي جهة
    مسؤوليتها، إلا أن حركة الشباب عادة ما تشن هجمات تستهدف المطاعم: acts in general)."""
    return ev.actor2 is not None and more.actor2 == ev.actor2 and more.actor1 != ev.actor2 \
        and ev.inter2 in ARMED_INTERS


def _doer_told_after(ev: Event, more: Event) -> bool:
    """A continuation that tells how the act came about (assemble._explains: in a source's words,
    or pointing back with a definite noun) and tells an act of the same kind, hitting no side
    other than the one the act hit, if it named one (وقال ناشطون إن قوات النظام قصفت البلدة؛ وأفاد مصدر بأن القصف الذي نفذته فصائل المعارضة
    أسفر عن مقتل مدنيين): its named doer is the act's - a doer read from a marker, a genitive or
    right after its verb, or before a verb it agrees with; a subject before its verb may be none (تبين أن قنبلة كانت موضوعة في
    السيارة الخاصة بأحد الضابطين فجرت عن بعد: the verb agrees with the bomb)."""
    return more.sub_event_type == ev.sub_event_type and (more.actor2 is None or ev.actor2 in (None, more.actor2)) \
        and more.actor1 != ev.actor2 and more.confidence.get("actor1", 0.0) >= CONFIDENCE.svo_subject


def _unknown_aircraft(ev: Event, more: Event) -> bool:
    """A strike by aircraft no one is named for, and a state's air force named striking the
    same place the same day (غارة جوية استهدفت حيا سكنيا ... . وقال شهود إن طيران التحالف شن
    عدة غارات): those aircraft were that state's."""
    # (settle.UNKNOWN_AIR's name: settle imports this module)
    return ev.actor1 == "Unidentified Military Forces" and ev.sub_event_type == more.sub_event_type == "Air/drone strike" \
        and more.inter1 in (1, 8)


def _means_told_after(ev: Event, more: Event) -> bool:
    """An attack told by its dead alone, no means named (قتل خمسة مدنيين في مدينة أريحا), and the
    same act's remote means told after it, as how it came about (. وقال الدفاع المدني إن طائرات
    حربية استهدفت سوقا في المدينة؛ وقالت مصادر إن الهجوم نفذ بسيارة مفخخة): the means type the act - ACLED codes a
    strike, shell or bomb Explosions/Remote violence whoever it hits; so is a battle told by armed
    men's dead alone, no fight word (قتل خمسة عناصر من داعش ... . وقالت مصادر إن طائرات التحالف
    استهدفت سيارتهم: assemble._fight_told keeps a told fight). An attack with a weapon
    of its own (برصاص قناص) keeps its type, and so does one whose continuation tells dead of its
    own (. وقتل مدني بتفجير عبوة في السوق؛ إن التفجير خلف 15 قتيلا): another act, or a blast
    that was one part of a complex attack; and so does one whose means a named other side, or the
    side it hit, used (_same_doer)."""
    return ev.sub_event_type in ("Attack", "Armed clash") and more.event_type == ERV \
        and not ev.evidence.get("weapon") and not more.fatalities and _same_doer(ev, more)


def _same_doer(ev: Event, more: Event) -> bool:
    """The continuation's doer may be the act's: unnamed on one side or the same, and not the side
    the act hit (أعلنت الجماعة مسؤوليتها عن هجمات استهدفت الجيش ... . قالت هيئة الأركان إن الجيش
    نفذ ضربات جوية: the side hit striking back, another act)."""
    def unnamed(name: str | None) -> bool:
        return name is None or name.startswith("Unidentified")
    return (unnamed(ev.actor1) or unnamed(more.actor1) or ev.actor1 == more.actor1) \
        and (more.actor1 is None or more.actor1 != ev.actor2)


def _armed_side_for_civilians(ev: Event, more: Event) -> bool:
    """A battle folded with one that names an armed side where it had civilians; or a remote
    act (a bomb, a shell, a strike) whose side hit was civilians, with its toll told later among
    a state's forces (انفجرت عبوة في سوق ... وأسفر الانفجار عن مقتل خمسة بينهم عناصر من الجيش):
    the forces are the side hit (ACLED, taxonomy.forces_over_civilians)."""
    if ev.inter2 != 7 or more.actor2 is None or more.inter2 is None:
        return False
    if ev.event_type == more.event_type == "Battles":
        return more.inter2 not in (6, 7)
    return ev.event_type == more.event_type == ERV and forces_over_civilians(ev.inter2, more.inter2)


def _sides_told_later(ev: Event, more: Event) -> bool:
    """A battle told first with no side known (an unidentified doer, no side or civilians hit:
    قتل خمسة أشخاص في اشتباكات وسط المدينة), then with both its sides named (وأفاد شهود أن
    الاشتباكات اندلعت بين المسلحين الحوثيين ومسلحين قبليين): the named pair are its sides."""
    return ev.event_type == more.event_type == "Battles" \
        and (ev.actor1 is None or ev.actor1.startswith(UNIDENTIFIED_GROUP)) and (ev.actor2 is None or ev.inter2 == 7) \
        and more.actor1 is not None and more.actor2 is not None and more.actor1 != more.actor2 \
        and more.inter1 not in (6, 7) and more.inter2 not in (6, 7, None)


def named_force_over_default(ev: Event, more: Event) -> bool:
    """The act's force that intervened was put in by default - a police named nowhere in its
    clause (settle.POLICE, the country's police, at its confidence) - and another telling of the act
    names a state's force acting on the crowd (قمع الاحتلال المتظاهرين شرق القطاع ... . أصيب عدد
    من المتظاهرين شرق جباليا): the named force is the act's."""
    default = CONFIDENCE.unnamed_police
    return ev.sub_event_type in INTERVENED and more.sub_event_type in INTERVENED \
        and (ev.actor2 or "").startswith(POLICE_OF) and ev.confidence.get("actor2") == default \
        and more.actor2 not in (None, ev.actor2) and more.inter2 in STATE_INTERS and more.confidence.get("actor2", 0.0) > default


def said_unknown(ev: Event, text: str) -> bool:
    """The record's doer is told in words that call it unknown (مسلحون مجهولون، جهة مجهولة:
    function_words unknown)."""
    words = function_words("unknown")
    return bool(text) and any(not words.isdisjoint(normalize_key(text[s.start:s.end]).split())
                              for s in ev.evidence.get("actor1", ()))


def continue_event(ev: Event, more: Event, same_act: bool = False, doer_unknown: bool = False,
                   explains: bool = False) -> Event:
    """Fold a continuation (same group, no own place or date) into an earlier event; with
    ``same_act`` (another mention of the very act) its named perpetrator and place count too -
    not over a doer the text calls unknown (``doer_unknown``: اغتال مسلحون مجهولون عنصرين ...
    غير أن تنظيم الدولة سبق وأن نفذ هجمات: the group of other attacks lends it no act);
    ``explains``: the continuation tells how the act came about (a source's words, a definite
    noun pointing back: assemble._explains)."""
    evidence = merged_evidence(ev, more, ("trigger", "fatalities", "actor1", "actor2", "weapon"))
    changes: dict = {"evidence": evidence}
    changes.update(folded_toll(ev, more, changes, both_sides=True))
    if more.injuries and not ev.injuries:
        changes["injuries"] = more.injuries
    if ((not doer_unknown and (same_act or _doer_of_same_hit(ev, more) or explains and _doer_told_after(ev, more)))
         or _names_sides(ev, more) or _unknown_aircraft(ev, more) or explains and _means_told_after(ev, more)) \
            and (ev.actor1 is None or ev.actor1.startswith("Unidentified")) \
            and more.actor1 is not None and not more.actor1.startswith("Unidentified") and more.inter1 not in (6, 7):
        changes.update(actor1=more.actor1, inter1=more.inter1,
                       interaction=interaction(more.inter1, ev.inter2))
    if _sides_told_later(ev, more):
        changes.update(actor1=more.actor1, inter1=more.inter1, actor2=more.actor2, inter2=more.inter2,
                       interaction=more.interaction, civilian_targeting=more.civilian_targeting)
    if same_act and ev.place is None and more.place is not None:
        # (and the place's confidence: the act is placed now - no "unplaced" flag left over)
        changes.update(place=more.place, location_ar=more.location_ar,
                       confidence={**ev.confidence, "location": more.confidence.get("location", 0.0)},
                       flags=tuple(f for f in changes.get("flags", ev.flags) if f != UNPLACED))
        evidence["location"] = more.evidence.get("location", ())
    if explains and _means_told_after(ev, more):
        changes.update(event_type=more.event_type, sub_event_type=more.sub_event_type,
                       disorder_type=more.disorder_type)
    if ev.sub_event_type == "Other" and more.sub_event_type != "Other" and more.event_type == ev.event_type:
        # اقتحمت القوات القرية ونهبت الممتلكات: the raid's act is the looting told after it
        changes.update(sub_event_type=more.sub_event_type)
    if ev.sub_event_type == "Peaceful protest" and more.sub_event_type in INTERVENED or (
            ev.sub_event_type in FORCE_MET and more.sub_event_type == RIOT_SUB):
        # تظاهر مئات ... . وفرقتهم الشرطة بالغاز: the protest met an intervention (or turned violent);
        # أطلقت الشرطة الغاز على المتظاهرين . واندلعت مواجهات بينها وبين المتظاهرين: a protest met by
        # force whose crowd then fought is a violent demonstration (ACLED: protesters who turn
        # violent are rioters, whatever force met them)
        changes.update(event_type=more.event_type, sub_event_type=more.sub_event_type,
                       disorder_type=more.disorder_type, actor1=more.actor1, inter1=more.inter1,
                       actor2=more.actor2, inter2=more.inter2, interaction=more.interaction)
    elif ev.sub_event_type == "Attack" and more.sub_event_type == "Armed clash" and more.actor1 is not None \
            and more.actor1 != ev.actor1 and not more.actor1.startswith("Unidentified") and more.inter1 in ARMED_INTERS \
            and (ev.actor2 is None or ev.inter2 == 7):
        # شن مسلحو حركة الشباب هجوما على البلدة . وتصدت قوات الجيش للهجوم: the force that met it
        # fought it - a battle, that force the other side
        changes.update(event_type=more.event_type, sub_event_type=more.sub_event_type, actor2=more.actor1,
                       inter2=more.inter1, interaction=interaction(ev.inter1, more.inter1), civilian_targeting=None)
    elif _armed_side_for_civilians(ev, more) and more.actor2 != changes.get("actor1", ev.actor1):
        # اندلعت اشتباكات وسط المدينة . ... بين مسلحين مجهولين وأفراد من قوات X: a battle has no
        # civilians as a side (ACLED); the armed side named later is the one fought
        changes.update(actor2=more.actor2, inter2=more.inter2, interaction=interaction(
            changes.get("inter1", ev.inter1), more.inter2), civilian_targeting=more.civilian_targeting)
    elif same_act and named_force_over_default(ev, more) and more.actor2 != changes.get("actor1", ev.actor1):
        changes.update(actor2=more.actor2, inter2=more.inter2,
                       interaction=interaction(changes.get("inter1", ev.inter1), more.inter2),
                       confidence={**changes.get("confidence", ev.confidence),
                                   "actor2": more.confidence.get("actor2", 0.0)})
    elif ev.actor2 is None and more.actor2 is not None and ev.sub_event_type != "Peaceful protest" \
            and more.actor2 != changes.get("actor1", ev.actor1):  # (never one actor on both sides)
        changes.update(actor2=more.actor2, inter2=more.inter2,
                       interaction=interaction(changes.get("inter1", ev.inter1), more.inter2),
                       civilian_targeting=more.civilian_targeting)
    if ev.sub_event_type in GROUND_TAKEN and (more.event_type, more.sub_event_type) == WEAPONS["nonviolent"]:
        # استولت القوات على القرية . وقال المتحدث إن القوات استولت على المنطقة دون أي مقاومة: the
        # takeover told again was made with no fight (ACLED's non-violent transfer of territory)
        changes.update(event_type=more.event_type, sub_event_type=more.sub_event_type,
                       disorder_type=more.disorder_type)
    return evolve_noted(ev, **changes)


def beside(ev: Event, act: Event) -> Event:
    """An act told at the time of another (تزامن القصف مع اشتباكات بين X وY), with no place or
    day of its own: that act's day and, unplaced, its place."""
    changes: dict = {}
    if act.event_date is not None and "date_from_publication" in ev.flags:
        changes.update(event_date=act.event_date, time_precision=act.time_precision)
    if ev.place is None and act.place is not None:
        evidence = dict(ev.evidence)
        evidence["location"] = act.evidence.get("location", ())
        changes.update(place=act.place, location_ar=act.location_ar, evidence=evidence,
                       confidence={**ev.confidence, "location": act.confidence.get("location", 0.0)})
    if not changes:
        return ev
    gone = {UNPLACED} if "place" in changes else set()
    gone |= {"date_from_publication"} if "event_date" in changes else set()
    return evolve(ev, **changes, flags=tuple(f for f in ev.flags if f not in gone))
