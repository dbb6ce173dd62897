"""One frame into events: its main trigger, weapons, roles, toll, type, date, actors and places, in named
steps each small enough to test from a table: :func:`without_generic` (generic plurals beside a specific act
are not part of it), :func:`main_trigger`, :func:`frame_weapons`, :func:`frame_roles` (roles plus the side
named in the strike phrase), :func:`frame_toll`, :func:`not_news` (background, states since long ago, recalled
acts), :func:`hadath.events.settle.settle_actors` (ACLED's actor conventions), :func:`date_flags`, one event
per place. The generic plurals it drops are :mod:`hadath.events.generic_acts`."""
from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from hadath.events.crowd_antecedent import blast_antecedent, without_crowd
from hadath.events.handover import ANTECEDENT, BARE_ATTACK, PEACEFUL
from hadath.events.told_again import FLAG as TOLD_AGAIN, SAME as TOLD_SAME, similar_means, told_again, told_same
from hadath.events.dating import (anchor_retold, backdrop, choose_date, compared_act, days_earlier_vague, is_background,
                                  ongoing_since, recalled)
from hadath.events.evidence import frame_evidence, victims_words, worded
from hadath.events.fatalities import Toll
from hadath.events.clearance import cleared, defused
from hadath.events.repel import repelled
from hadath.events.doers import (DOERS_ADDED, DOERS_DEAD, TOLL_CLAIM, TOLL_MORE, TOLL_OTHER, TOLL_TOTAL, claimed_toll,
                                 doers_toll, doers_within, more_toll, other_source_toll, total_toll)
from hadath.events.tallies import period_acts, period_dated, spread_tally, tally_of_acts
from hadath.events.frame_tolls import frame_toll, split_toll, tally_across, tolls_by_place, with_toll
from hadath.events.frames import Frame, Trig
from hadath.events.generic_acts import TERRITORY, without_generic
from hadath.events.trigger_background import held
from hadath.events.custody import jailer
from hadath.events.elided import elided_subject
from hadath.events.partitive import named_after_partitive
from hadath.events.positions import opens_own_clause
from hadath.events.ground_troops import on_the_ground
from hadath.events.pursuit import pursued_crowd
from hadath.events.hostages import hostages
from hadath.events.demolition import DEMOLITION, demolition
from hadath.events.index import DocIndex, Located
from hadath.events.means import frame_weapons, into_the_air, means_carried, struck_with, told_in_it
from hadath.events.place_choice import choose_places
from hadath.events.place_elsewhere import withdrawn_to_only
from hadath.events.records import UNPLACED, evolve, new_event, notes
from hadath.events.dispersal import dispersing_group
from hadath.events.flagged import flagged_object
from hadath.events.fallen import attacker_first, fallen_roles
from hadath.events.role_words import actor_tokens, supported, topic_tokens
from hadath.events.wordbits import SUPPORT
from hadath.events.settle import CIVILIANS, RIOTERS, settle_actors
from hadath.events.shares import share_places
from hadath.events.unnumbered import singles
from hadath.events.launch_site import from_abroad
from hadath.events.modality import scope_words
from hadath.events.hedges import hedged_group, hedged_owner
from hadath.events.crowd_fights import (brawl_between, communal_fight, called_peaceful, crowd_confronts_force, crowd_story,
                                        people_doers,
                                        people_act)
from hadath.events.dual_sides import story_pair
from hadath.events.holders import holds_ground_at
from hadath.events.sides import (after_cause, agreement_parties, air_defense, both_sides, consequence_target, doer_of_noun,
                                 launcher, means_before, other_side, owned_sides, raid_doer, story_actor, strike_abroad)
from hadath.events.state_forces import country_doer, force_near
from hadath.events.accused import BY_ACCUSATION, blame
from hadath.events.roles import ActorSlot, Roles, role_words
from hadath.events.victims import civilian_property, counted, counted_nationals, target_category
from hadath.events.voice import OUTCOMES, assign_voiced, frame_slots
from hadath.events.weapon_users import coalition, weapon_owner
from hadath.events.stopped_bomber import bomber_stopped
from hadath.events.taxonomy import BOMBS, CIVILIANS_INTER, PROTESTERS_INTER, REMOTE_CLASSES, decide, disorder_type, interaction, weapon_type
from hadath.events.tuning import CONFIDENCE, WINDOWS
from hadath.text.clitics import clitics
from hadath.types import DateValue, Event

SPEAKER_GROUPS = frozenset({"arrest", "defuse", "agreement", "base", "withdraw", "change_group"})
ATTACKED_CROWD = frozenset({"Excessive force against protesters", "Protest with intervention"})


def realize(ix: DocIndex, frame: Frame) -> tuple[list[Event], bool]:
    """Events of one frame, and whether the frame has a place or date of its own."""
    toks = ix.doc.tokens
    a, b = frame.clause
    dropped = frame.trigs
    frame, all_generic = without_generic(ix, frame)
    strong = [t for t in frame.trigs if t.strong]
    if not strong:
        return [], False
    if all(t.cls in TERRITORY and held(toks, t.loc.start) for t in strong):
        # قوات النظام الذي استولى على مساحات، المناطق التي سيطرت عليها، تحت سيطرتهم: who
        # holds ground (background or a state), not a change of hands reported now
        return [], False
    main = main_trigger(ix, frame, strong)
    if frame.group == "violence" and main.loc.start in (topic := topic_tokens(ix, frame.sent)) \
            and not any(d.start in topic for d in ix.get("date", frame.sent)):
        return [], False  # (احتجاجا على قيام الجيش بقصف بلدة عرسال: what a protest is about, undated)
    classes = {t.cls for t in frame.trigs}
    classes |= means_before(ix, frame, classes)  # كما قتل مدني آخر: the shelling told before it
    classes |= similar_means(ix, frame, classes)  # بقصف مماثل: the means of the act it is like
    if "shell" in classes and all(t.form == "noun" or clitics().definite(toks[t.loc.start].norm)
                                  for t in frame.trigs if t.cls == "shell") \
            and any(t.cls == "airstrike" for t in dropped if t not in frame.trigs):
        classes |= {"airstrike"}  # إن القصف أودى بحياة 26، مضيفة أن الغارات شملت: the bombardment's strikes
    if "shoot" in classes and into_the_air(ix, frame, every=False):
        classes = (classes - {"shoot"}) | {"warning"}  # أطلقت النار في الهواء لتفريقهم: warning shots
    weapons_loc = frame_weapons(ix, frame)
    weapons = {w.mention.value.lemma for w in weapons_loc}
    if not weapons:  # ، وعادت واستهدفت مدينة Y: the same doer, the means of its act before
        carried, weapons_loc = means_carried(ix, frame, classes)
        classes |= carried
        weapons = {w.mention.value.lemma for w in weapons_loc}
    slots = frame_slots(ix, frame)
    roles = frame_roles(ix, frame, main, classes, slots)
    antecedent = blast_antecedent(ix, frame, main)
    if antecedent:
        without_crowd(roles, main)  # (خرج المحتجون إثر تفجير انتحاري: the crowd is neither its doer nor its target)
    if repelled(ix, frame, classes, roles):
        classes = {"clash"}  # (والجيش يصد هجوما: an attack met by the side it hit, a battle - events.repel)
    if not weapons and roles.actor1 is not None and roles.actor1.start >= 0 \
            and not role_words().aircraft.isdisjoint(toks[roles.actor1.start].forms):
        weapons = {"air"}  # قصف طيران حفتر، غارات روسية، غارات للطائرات الروسية: the doer named by its aircraft
    owner = hedged_owner(ix, frame, roles) or hedged_group(ix, frame, roles)  # طائرات حربية يرجح أنها روسية
    doer = country_doer(ix, frame, main) if owner is None and frame.group == "violence" else None
    if doer is not None and (roles.actor1 is None or roles.actor1.ref.kind == "generic"
                             or roles.actor1.end <= doer.start):  # (اتهمت الحكومة إسرائيل بقصف)
        owner = doer  # قصفت إسرائيل، شنت تركيا غارات: the country's military
    blamed = owner is None and frame.group == "violence" and blame(ix, frame, main, roles)  # (حمّلت قسد تركيا مسؤولية قصف)
    if owner is not None:
        roles.actor1 = owner
    if roles.actor2 is None and frame.group == "violence":
        roles.actor2 = flagged_object(ix, frame)  # استهدفوا دبابة إسرائيلية: Israel's forces were hit
    if "clash" in classes and air_defense(ix, roles, frame):
        # تصدت الدفاعات الجوية لصواريخ إسرائيلية: the strike it met, by the weapon's owner, or a disrupted weapon
        classes = (classes - {"clash"}) or {"defuse"}
        if classes != {"defuse"} and air_defense(ix, roles):
            roles.actor1 = (owner := weapon_owner(ix, frame, slots)) and ActorSlot(-1, -1, *owner)
    communal = "clash" in classes and communal_fight(ix, frame)
    if communal and roles.actor1 is None and roles.actor2 is not None and roles.actor2.ref.kind == "generic" \
            and roles.actor2.ref.inter == CIVILIANS_INTER:
        roles.actor2, roles.conf2 = None, 0.0  # اشتباكات بين عشيرتين عن مقتل ثلاثة أشخاص: the clans' men
    names = {k for p in ix.get("place", frame.sent) if p.mention.value.cue != "nisba"
             and (p.mention.value.place or p.end - p.start > 1)  # (مزارع شحشبو: a name not resolved)
             for k in range(p.start + (p.mention.value.cue in toks[p.start].forms), p.end)}
    # (بلدة الخيام: a town, no tents; but مخيم النصيرات is a camp; بحماية جنود الاحتلال: the
    # escort, not the side hit)
    target = target_category(toks, roles, a, b, names | supported(toks, a, b, actor_tokens(ix, frame.sent), ix.positions[SUPPORT]))
    if communal and roles.actor1 is None and target == "civilian":
        target = None
    if antecedent and target == "protester":
        target = None  # (the crowd that gathered after the blast was not hit by it: crowd_antecedent)
    if roles.actor2 is None and target in (None, "military_target"):
        target = consequence_target(ix, frame) or target  # ... ما أسفر عن إصابات في صفوف المدنيين
    if roles.actor2 is None and target is None and not communal and counted_nationals(ix, frame):
        target = "civilian"  # قتل خمسة عراقيين بانفجار عبوة
    funeral = (target == "protester" or target is None and roles.actor2 is None) \
        and bool(classes & REMOTE_CLASSES or weapons & BOMBS) \
        and any(not scope_words().mourner.isdisjoint(toks[k].forms) for k in range(a, b))
    if funeral:
        target = "civilian"  # انفجار عبوة استهدف موكب مشيعين، موكب تشييع: a funeral bombed, its mourners civilians
    people_doers(ix, frame, roles)  # (إثر اعتداء مئات من أهالي القرية عليهم: the people did it)
    inter1 = roles.actor1.ref.inter if roles.actor1 else None
    toll = frame_toll(ix, frame)
    if cleared(ix, frame, classes, inter1, toll):
        return [], False  # (قامت فرق الهندسة بتفجير عدد من الألغام: war remnants cleared, no act)
    crowd = frame.group == "protest" or (frame.group == "property" and inter1 is None and crowd_story(ix, frame))
    mob = roles.actor1 is not None and roles.actor1.marked != "speaker" and roles.actor1.ref.name == CIVILIANS.name \
        and roles.actor1.start >= 0 and singles().isdisjoint(toks[roles.actor1.start].forms) \
        and (target != "civilian" or people_act(ix, frame, roles.actor1))  # (not شاب: one man; أهالي على رجلين)
    if bomber_stopped(ix, frame, classes, weapons_loc):
        classes, weapons = {"defuse"}, weapons - {"suicide"}  # قتلت الشرطة الانتحاري قبل أن يفجر حزامه
    peaceful = crowd and called_peaceful(ix, frame)
    ev_type, sub = decide(classes, weapons, target, inter1, crowd,
                          "arrest" in classes, toll.deaths > 0 and not toll.estimate, mob,
                          crowd_confronts_force(ix, frame, roles), peaceful)
    if sub == "Disrupted weapons use" and "defuse" not in classes and (means := struck_with(ix, weapons_loc)):
        ev_type, sub = weapon_type(means)  # دمرت القوات بصاروخ موجه سيارة: the missile its means, a strike
    if sub == "Peaceful protest" and pursued_crowd(ix, frame):
        ev_type, sub = "Protests", "Protest with intervention"  # حاصرت قوات الأمن المعتصمين: a force suppressed it
    if sub == "Remote explosive/landmine/IED" and defused(ix, frame, classes, inter1, toll, weapons_loc):
        ev_type, sub = "Strategic developments", "Disrupted weapons use"  # فجر الجيش عبوة ناسفة بعد اكتشافها
    ev_type, sub = hostages(ix, frame, ev_type, sub, inter1)  # احتجزت الجبهة 68 رهينة: an abduction
    if sub == "Remote explosive/landmine/IED" and demolition(ix, frame, classes, toll.deaths, toll.injuries):
        ev_type, sub = DEMOLITION  # فجرت الميليشيا منزل ...: the building blown up, no bombing
    dv, dspan, dconf, from_text, dloc = choose_date(ix, frame, main)
    verdict = not_news(ix, frame, strong, main, all_generic, toll, dv, from_text, dloc)
    if verdict is not None:
        return [], verdict
    if sub == "Armed clash":  # (the fighting's two sides: بين الطرفين, named between X and Y earlier)
        pair = both_sides(ix, frame) or (story_pair(ix, frame) if roles.actor2 is None or roles.actor2.ref.inter == CIVILIANS_INTER
                                         else None)  # (قتل 52 شخصا في اشتباكات بين X وY: the two sides)
        if pair is not None and (roles.actor1 is None or roles.actor1.ref.name in (pair[0].ref.name, pair[1].ref.name)):
            (roles.actor1, roles.actor2), roles.conf1, roles.conf2 = pair, CONFIDENCE.story_actor, CONFIDENCE.story_actor
    if frame.group == "violence":
        attacker_first(ix, frame, roles)  # (أثناء محاولة الحركة الهجوم: who opened the fight)
    if roles.actor1 is None and frame.group in ("violence", "arrest") \
            and (shared := elided_subject(ix, frame, main)) is not None:  # واصلت إسرائيل ...، وقتلت
        roles.actor1, roles.conf1 = shared, CONFIDENCE.elided_subject
    if roles.actor1 is None and frame.group in ("violence", "arrest"):  # after the types: a guess names, never types
        story = story_actor(ix, frame, roles, air=sub == "Air/drone strike",
                            civil=target == "civilian" or civilian_property(toks, a, b, names))
        if story is not None:
            roles.actor1, roles.conf1 = story, CONFIDENCE.story_actor
    named_after_partitive(ix, frame, roles)  # (اشتباك مع مسلحين من جماعة كوملة: the group)
    actors = settle_actors(ev_type, sub, roles, target, aircraft=sub == "Air/drone strike" and "drone" not in weapons,
                           force=lambda: force_near(ix, frame.sent, main.loc.start, sub == "Violent demonstration")
                           or dispersing_group(ix, frame.sent, sub in ATTACKED_CROWD),
                           property_hit=lambda: civilian_property(toks, a, b, names),
                           communal=sub == "Armed clash" and communal, riot="riot" in classes,
                           bombed="suicide" in classes or bool(weapons & BOMBS))
    if funeral and actors.inter2 == PROTESTERS_INTER:
        actors.ref2 = CIVILIANS  # (المشيعين named as the side hit: the civilians it names)
    if sub == "Mob violence" and brawl_between(ix, frame):
        actors.actor2, actors.ref2 = None, RIOTERS  # مشاجرة بين عائلتين: rioters on both sides
    if actors.actor1 is None and actors.ref1 is not None and actors.ref1.kind == "generic":
        actors.actor1 = worded(ix, frame, actors.ref1)  # the crowd noun that is also the trigger
    places, pconf, own_place = choose_places(ix, frame, main, slots)
    if not places and frame.group == "withdraw" and withdrawn_to_only(ix, frame):
        return [], False  # (انسحب الجيش إلى ولاية القضارف: only where it went is named, no transfer)
    places = share_places(ix, frame, places)  # (تركزت 5 منها على مديرية صرواح: a place of the act too)
    hit = places[0].mention.value.place if places else None
    actors.ref1 = from_abroad(ix, frame, actors.ref1, hit.country if hit else None)  # أطلق من غزة
    if strike_abroad(classes, weapons, roles, places) and not on_the_ground(ix, frame, roles):  # (اعتدى جنود الاحتلال)
        ev_type, sub = "Explosions/Remote violence", "Air/drone strike"
    doers = 0 if total_toll(ix, frame, toll) else doers_within(ix, frame, toll, sub)
    if doers and doers_toll(ix, frame, toll):  # (تحييد الانتحاري ... مقتلهما: the two, him among them)
        doers = max(doers - toll.deaths, 0)
    if doers:  # (مقتل شرطي ... مما أسفر عن مقتلهما: the doers' dead added, events.doers)
        toll = replace(toll, deaths=toll.deaths + doers, low=(toll.low or toll.deaths) + doers,
                       high=None if toll.high is None else toll.high + doers)
    evidence = frame_evidence(frame, roles, actors, dspan, toll, weapons_loc, victims_words(ix, frame, actors))
    confidence = {"trigger": main.loc.mention.confidence,
                  "event_type": CONFIDENCE.type_with_cue if weapons or target else CONFIDENCE.type_plain,
                  "actor1": actors.conf1, "actor2": actors.conf2, "event_date": dconf,
                  "fatalities": toll.confidence if toll.spans else CONFIDENCE.toll_none}
    art = ix.doc.article
    flags = date_flags(dv, from_text, art.published)
    if blamed:
        flags.append(BY_ACCUSATION)
    if told_same(ix, frame):
        flags.extend((TOLD_AGAIN, TOLD_SAME))  # (في نفس الغارة: folded whatever its toll, reconcile.told_again)
    elif told_again(ix, frame):
        flags.append(TOLD_AGAIN)
    if doers_toll(ix, frame, toll):
        flags.append(DOERS_DEAD)  # (أحد المهاجمين قتل: added to the toll of the side hit, events.doers)
    elif total_toll(ix, frame, toll):
        flags.append(TOLL_TOTAL)  # (ارتفع عدد القتلى إلى 15: all sides, no doers' dead added)
    if other_source_toll(ix, frame, toll):
        flags.append(TOLL_OTHER)  # (وأكد مصدر ثان ...، لكنه قال إن الحصيلة 19: another figure, events.doers)
    elif more_toll(ix, frame, toll):
        flags.append(TOLL_MORE)  # (قتل أيضا ثلاثة: more dead of the act, added when folded, events.doers)
    if claimed_toll(ix, frame, toll):
        flags.append(TOLL_CLAIM)  # (تبنى التنظيم قتل 14: the doers' claim, below a count, events.doers)
    if peaceful and ev_type == "Protests":
        flags.append(PEACEFUL)  # (المتظاهرين السلميين: a clash folded in is the force's, reconcile.rules.absorb)
    if antecedent:
        flags.append(ANTECEDENT)  # (احتشدوا بعد تفجير سيارة مفخخة: an act of its own, reconcile.rules._crowd_fight)
    if sub == "Attack" and classes <= {"attack"} and not weapons and not toll.deaths:
        flags.append(BARE_ATTACK)  # (نتيجة الهجوم: property burnt by it is the act, reconcile.one_type)
    if doers and DOERS_DEAD not in flags:
        flags.append(f"{DOERS_ADDED}{doers}")
    inter1, inter2 = actors.inter1, actors.inter2
    base = new_event(
        article_id=art.id, event_type=ev_type, sub_event_type=sub,
        disorder_type=disorder_type(ev_type, sub),
        event_date=dv.date if dv else None, time_precision=dv.time_precision if dv else None,
        actor1=actors.name1, assoc_actor_1="; ".join(dict.fromkeys(actors.assoc1)) or None,
        inter1=inter1, actor2=actors.name2,
        assoc_actor_2="; ".join(dict.fromkeys(actors.assoc2)) or None, inter2=inter2,
        interaction=interaction(inter1, inter2), civilian_targeting=actors.civilian_targeting,
        source=art.source, source_url=art.url,
        fatalities=toll.deaths, fatalities_low=toll.low if toll.spans else None,
        fatalities_high=toll.high if toll.spans else None, fatalities_estimate=toll.estimate,
        injuries=toll.injuries, evidence=evidence, confidence=confidence,
    )
    by_place = tolls_by_place(ix, frame)
    if by_place:
        return [with_toll(ev, toll) for ev, toll in zip(
            per_place(base, flags, [p for p, _t in by_place], pconf), [t for _p, t in by_place])], True
    out = per_place(base, flags, places, pconf)
    if len(out) > 1 and toll.deaths and tally_across(ix, frame):
        out = [evolve(ev, fatalities=0, fatalities_low=None, fatalities_high=None, fatalities_estimate=False)
               for ev in out]  # (the country's tally: no place's toll)
    elif len(out) > 1 and toll.deaths and not toll.estimate:
        out = split_toll(out, toll.deaths)
    return out, own_place or from_text



def main_trigger(ix: DocIndex, frame: Frame, strong: list[Trig]) -> Trig:
    """The trigger that heads the frame: a verbal noun only when no verb heads it, the first
    of them. A verb right after a weapon phrase has the weapon as its subject (عبوة ناسفة
    استهدفت دوريتهم): it describes the weapon; another trigger heads the frame."""
    wends = {w.end for w in ix.get("weapon", frame.sent)} | {t.loc.end for t in strong if t.form in ("noun", "phrase")}
    heads = [t for t in strong if (t.ref.voice == "nominal" or t.loc.start not in wends) and not told_in_it(ix, t)] or strong
    # (a fixed phrase of the lexicon's extras - حتى الموت - heads only as a noun would)
    act = min((t.loc.start for t in heads if t.cls not in OUTCOMES), default=len(ix.doc.tokens))
    own = [t for t in heads if t.cls == "arrest" and t.form == "verb" and t.ref.voice == "active"]
    if own:
        starts = {a.start for a in ix.get("actor", frame.sent)}
        own = [t for t in own if opens_own_clause(ix.doc.tokens, t.loc.start, starts)]
    if own:  # (اقتحم مستوطنون القرية، واعتقل الجيش ثلاثة: the arrest has its own doer; it heads)
        return own[0]
    return min(heads, key=lambda t: (t.ref.voice == "nominal" or t.form == "phrase" or after_cause(ix, t)
                                     or (t.cls in OUTCOMES and act < t.loc.start), t.loc.start))
    # (كسر زحف ...، حيث لقي خمسة مصرعهم: a death told after the act is its outcome, not its head)


def frame_roles(ix: DocIndex, frame: Frame, main: Trig, classes: set[str], slots: list[ActorSlot]) -> Roles:
    """actor1 / actor2 of the frame: :func:`hadath.events.roles.assign` on the main trigger,
    the partners of a pronoun actor, and the side named in the strike phrase when the actor
    found is none, generic or civilian."""
    toks = ix.doc.tokens
    roles = assign_voiced(ix, frame, main, slots, frame.group in SPEAKER_GROUPS or bool(classes & TERRITORY))
    owned_sides(ix, slots, roles)
    launcher(ix, frame, slots, roles, classes)  # (دمرت صاروخا أطلقته الميليشيات، سقطت قذائف أطلقها X)
    jailer(ix, frame, slots, roles, classes)  # (قضى تحت التعذيب في سجون النظام)
    if roles.actor1 is None:
        doer_of_noun(ix, frame, main, slots, roles)
    if roles.actor1 is None and frame.group == "violence":
        raid_doer(ix, frame, slots, roles)
    if roles.actor1 is not None and roles.actor1.ref.kind == "pronoun" and not roles.assoc1:
        roles.assoc1 = coalition(ix, roles.actor1.ref.name, frame.sent)
    if frame.group == "violence" and (roles.actor1 is None or roles.actor1.ref.kind == "generic"
                                      or roles.actor1.ref.inter == CIVILIANS_INTER):
        owner = weapon_owner(ix, frame, slots)
        if owner is not None:
            if roles.actor1 is not None and roles.actor2 is None and (
                    roles.actor1.ref.inter == CIVILIANS_INTER or counted(toks, roles.actor1.start, frame.clause[0])):
                # قتلت غارة أمريكية ثلاثة مسلحين: the counted ones are those the strike hit
                roles.actor2, roles.conf2 = roles.actor1, roles.conf1
            roles.actor1 = ActorSlot(-1, -1, owner[0], owner[1])
            roles.conf1 = CONFIDENCE.weapon_owner
    if frame.group == "violence":
        fallen_roles(ix, frame, slots, roles)  # the sides told by who fell (ما أدى إلى مقتل جنديين)
    if roles.actor2 is None and frame.group == "agreement":
        agreement_parties(ix, frame, slots, roles)
    other_side(ix, frame, slots, roles, bool(classes & TERRITORY))  # (the side fought, or that held the ground)
    if frame.group == "violence" and roles.actor1 is not None and holds_ground_at(ix, roles.actor1.start):
        # (قصف على مدينة تعز الخاضعة لسيطرة الحوثيين: who holds the town hit, never the doer)
        if roles.actor2 is None:
            roles.actor2, roles.conf2 = roles.actor1, CONFIDENCE.opponent
        roles.actor1, roles.conf1 = None, 0.0
    return roles


def not_news(ix: DocIndex, frame: Frame, strong: list[Trig], main: Trig, all_generic: bool,
             toll: Toll, dv: DateValue | None, from_text: bool, dloc: Located | None) -> bool | None:
    """None when the frame reports an act; else whether it still anchors what follows (a
    background date does; a generic plural, a state since long ago or a reminder does not)."""
    if all_generic and not from_text and not toll.deaths and not toll.injuries:
        return False  # a generic plural without anchor (هجمات إرهابية ...) is not a reported act
    if dv is not None and from_text and is_background(ix, dv, dloc):
        return True
    imperfect = any(t.form == "imperfect" for t in strong) and not any(t.form == "verb" for t in strong)
    if not from_text and ongoing_since(ix, frame, None if imperfect else main.loc.start, toll.deaths > 1):
        # وتحتل X المدينتين منذ 2019: a state since long ago; ومنذ أبريل 2023 ... أسفرت عن
        # مقتل أكثر من 20 ألف: a period total - neither an act nor a toll of another act
        return False
    if not from_text and tally_of_acts(ix, frame):
        return False  # في حملة لا تزال مستمرة، في أكثر من هجوم: a sum of acts, no act (events.tallies)
    if (not from_text or period_dated(ix, dloc)) and period_acts(ix, frame):
        return False  # وقد شهدت الأشهر الأخيرة سلسلة غارات: a period's acts (events.tallies)
    if spread_tally(ix, frame):
        return False  # خلال الساعات الـ24 الماضية ... على مناطق متفرقة من لبنان: a day's tally (events.tallies)
    if not toll.deaths and not toll.injuries and into_the_air(ix, frame):
        return False  # أطلقوا النار في الهواء: fire at no one
    if not from_text and not toll.deaths and backdrop(ix, frame):
        return False  # في ظل تبادل إطلاق النار: the backdrop of what is told
    if not from_text and not toll.deaths and strong and days_earlier_vague(
            ix.doc.tokens, min(t.loc.start for t in strong), ix.positions):
        return False  # ويأتي التصعيد بعد أيام من هجوم: an earlier act on no day of its own
    if not toll.deaths and anchor_retold(ix, frame):
        return False  # ويأتي هجوم الأحد غداة استهداف وفد في تدمر: the act told before
    if not from_text and compared_act(ix, frame):
        return False  # بعد أسبوعين من تفجير مماثل: another act, told for comparison
    if recalled(ix, frame.sent) and not (from_text and dv is not None and ix.reference and dv.date
                                        >= ix.reference - timedelta(days=WINDOWS.late_days)):
        return False  # يذكر أن ... في كانون الثاني الماضي: a reminder of earlier events
    return None


def date_flags(dv: DateValue | None, from_text: bool, published: date | None) -> list[str]:
    """date_unresolved, date_from_publication, or reported_late (a date of the text over a
    month before publication)."""
    if dv is None:
        return ["date_unresolved"]
    if not from_text:
        return ["date_from_publication"]
    if published and dv.date and dv.date < published - timedelta(days=WINDOWS.late_days):
        return ["reported_late"]
    return []


def per_place(base: Event, flags: list[str], places: list[Located], pconf: float) -> list[Event]:
    """One event per place (في الرقة والطبقة: two), or one unplaced event."""
    out: list[Event] = []
    for loc in places or [None]:
        ev_e = dict(base.evidence)
        conf = dict(base.confidence)
        fl = list(flags)
        if loc is None:
            fl.append(UNPLACED)
            conf["location"] = 0.0
            place = None
        else:
            place = loc.mention.value
            ev_e["location"] = (loc.mention.span,)
            conf["location"] = pconf
        out.append(evolve(base, place=place, location_ar=place.name if place else None,
                          evidence=ev_e, confidence=conf, flags=tuple(fl),
                          notes=notes(base, place)))
    return out
