"""The voice a frame's main trigger is read in, and the roles it gives (hadath.events.roles.assign).

Unvocalized news text leaves قتل and جرح between active and passive; the clause around them
decides: an intransitive death verb (استشهد، لقي مصرعه) has the one killed as its subject, a kill
verb with an indefinite person after it (قتل جندي سوري) or joined to a passive or to its cause
(إن جنديا قتل وأصيب آخر، جنديان قتلا بانفجار عبوة) reads passive, so the side named right before
it is the one killed. After the roles: an unnamed doer tied to a group right after it (يشتبه في
انتمائهم لجماعة X) is that group; a device as the verb's subject (انفجرت عبوة بدورية للجيش، قصفت
المدفعية دورية للجيش) makes the side after it the one hit.
"""
from __future__ import annotations

from hadath.events.datelines import sentence_dateline_end
from hadath.events.frames import Frame, Trig
from hadath.events.trigger_vetoes import CROWD_CLASSES
from hadath.events.index import DocIndex
from hadath.events.lexicons import function_words
from hadath.events.role_words import (actor_tokens, employer, foiler, group_described, parent_ministry, support_before,
                                      topic_tokens)
from hadath.events.patients import indefinite_patient
from hadath.events.positions import genitive_after
from hadath.events.roles import ActorSlot, agent_pairs, aimed_verbs, held_post, object_suffixed, Roles, assign, coordinated, mark, nisba_agreeing, role_words, same_group, target_noun
from hadath.events.sides import after_cause
from hadath.events.taxonomy import ARMED_INTERS, CROWD_INTERS
from hadath.events.tuning import CONFIDENCE, WINDOWS
from hadath.events.toll_words import toll_words
from hadath.events.unnumbered import victims_by_number
from hadath.events.victims import counted, is_count
from hadath.text.clitics import clitics, conjunctions, prepositions

INTRANSITIVE_DEATH = frozenset({"death"})
PASSIVE_PRONE = frozenset({"kill", "injure"})  # unvocalized قتل، جرح: news reads them passive
# what is done to people: people right after such a verb may be the ones it was done to
HARM = frozenset({"kill", "injure", "death", "arrest", "abduct", "execute", "torture", "assassinate",
                  "sexual", "shoot", "attack", "mob"})


OUTCOMES = frozenset({"death", "death_noun", "injure"})  # what an act caused, not the act
# verbal nouns a group announcing them did (أعلنت سرايا القدس استهداف قوة); not مقتل، اغتيال:
# an announced death is often the group's own (أعلنت قسد مقتل ثلاثة من مقاتليها)
CLAIMED = frozenset({"attack", "shoot", "shell", "airstrike", "explode", "suicide", "clash", "capture",
                     "recapture", "destroy", "burn"})
TAKING = frozenset({"capture", "recapture"})
FOIL_KEEPS = frozenset({"defuse", "arrest"})  # a foiled plot's defusing or arrests: the foiler is their doer
OBJECT_PAST_GROUP = 2  # the verb's object this close after the group an unnamed doer is tied to (... حركة الشباب ثلاثة جنود)


def assign_voiced(ix: DocIndex, frame: Frame, main: Trig, slots: list[ActorSlot], speaker_ok: bool) -> Roles:
    """actor1 / actor2 of ``frame`` from its main trigger, in the voice the clause gives it. An
    unnamed doer tied to a named group (مسلحون ينتمون لجماعة X) is taken out of ``slots``, in
    place: the later steps of :func:`hadath.events.realize.frame_roles` read the same list."""
    toks = ix.doc.tokens
    voice = main.ref.voice
    if voice == "active" and main.form == "verb" and after_cause(ix, main):
        voice = "nominal"  # إصابة 5 مواطنين نتيجة قصف مليشيات حفتر: the verbal noun, its doer after it
    elif voice == "active" and main.cls in INTRANSITIVE_DEATH:
        voice = "passive"  # استشهد مقاتلان من X، لقي جندي مصرعه: the subject is the one killed
    elif voice == "active" and main.cls in PASSIVE_PRONE and not main.split_head \
            and (indefinite_patient(toks, slots, main.loc.end, frame.clause[1]) or _dual_after(toks, main, frame)) \
            and not _pronoun_object(toks[main.loc.end - 1]):
        voice = "passive"  # قتل جندي سوري في الهجوم: the one killed, not the killer
        # (قتله مستوطنون: a verb with an object pronoun is no passive; its subject follows)
    elif voice == "active" and main.cls in PASSIVE_PRONE and main.form == "verb" \
            and main.loc.end < frame.clause[1] and is_count(toks[main.loc.end]) \
            and not any(0 < s.start - main.loc.end <= 2 and toll_words().subset.isdisjoint(toks[s.start - 1].forms)
                        for s in slots) and not _doer_of_act_noun(frame, main, slots, toks):
        voice = "passive"  # وقتل أربعة في انفجار عبوة: a bare count right after the verb is the
        # killed (a count of a side named after it is read by the counted-side rule below;
        # أربعة بينهم شرطيان: a share of the killed; قتل ثلاثة في هجوم لجماعة X: X did it)
    speech = ix.speech_ends.get(frame.sent, [])
    given, slots = slots, [s for s in slots if not _others_agent(toks, frame, main, s, speech)]
    roles = assign(toks, slots, main.loc.start, main.loc.end, voice, main.nrole,
                   frame.clause, speech, speaker_ok, main.cls in HARM,
                   main.cls not in OUTCOMES and (voice != "nominal" or main.cls in CLAIMED),
                   aimed_verbs(ix, frame.sent))
    if voice == "passive" and main.cls in INTRANSITIVE_DEATH:
        _cause_doer(ix, frame, main, roles)
    if voice == "active" and main.cls in PASSIVE_PRONE and roles.actor1 is not None \
            and roles.actor1.start >= 0 and (_counted_side(toks, roles.actor1, slots, frame.clause[0])
                                             or (roles.actor2 is None and _few_before(toks, roles.actor1, main))) \
            and (roles.actor2 is None or not _counted_side(toks, roles.actor2, slots, frame.clause[0])):
        # قتلت 47 إرهابيا، ثلاثون متمردا قتلوا في مواجهات مع قوات الأمن: the counted side is the
        # one killed (a killer is named, not counted: قتل مسلحون 3 جنود)
        roles.actor1, roles.actor2 = roles.actor2, roles.actor1
        roles.conf1, roles.conf2 = roles.conf2, roles.conf1
        if roles.actor1 is not None and roles.actor1.start >= 0 and roles.actor2.ref.inter == 7 \
                and mark(toks, roles.actor1, frame.clause[0], speech, aimed_verbs(ix, frame.sent)) == "patient":
            # قتل 84 شخصا معظمهم من رجال الشرطة: a share of the killed, named: the side hit; no doer here
            roles.actor1, roles.actor2, roles.conf1 = None, roles.actor1, 0.0
    if voice == "active" and roles.actor1 is not None and roles.actor2 is not None and roles.actor1.start >= 0 \
            and roles.actor1.end <= roles.actor2.start \
            and (roles.actor1.marked, roles.actor2.marked) != ("agent", "patient") \
            and _joined_doer(toks, roles.actor1, roles.actor2):  # (بين الشرطة ومسلحين: marked a pair, no two doers)
        nxt = next((s for s in slots if s.start >= roles.actor2.end and s.end <= frame.clause[1]), None)
        if nxt is not None:  # قتل جنود ماليون وعناصر من فاغنر عشرات المدنيين: both did it, to the civilians
            roles.assoc1.append(roles.actor2)
            roles.actor2 = nxt
    if roles.actor1 is not None and roles.actor1.start >= 0 and held_post(toks[roles.actor1.start]):
        # حاجز أمني، ثكنة عسكرية: a post is hit, it never acts
        roles.actor1, roles.actor2 = None, roles.actor2 or roles.actor1
    first = _first_conjunct(toks, roles.actor1, slots, roles.actor2)
    if first is not None:  # بدأت القوات العراقية وقوات البيشمركة عملية: the first named leads
        roles.assoc1.insert(0, roles.actor1)
        roles.actor1 = first
    first = _first_conjunct(toks, roles.actor2, slots, roles.actor1)
    if first is not None:  # أحبطت قوات الجيش ورجال القبائل هجوما للحوثي: the army, with the tribes
        roles.assoc2.insert(0, roles.actor2)
        roles.actor2 = first
    if roles.actor2 is None and roles.actor1 is not None and main.cls == "clash" and main.form == "verb":
        # تبادلت قوات الجيش وفصائل المعارضة القصف، اشتبك الجيش والمسلحون: the two subjects fought,
        # unless مع names the other side (اشتبكت قوات الجيش وقوات الأمن مع مسلحين)
        later = [s for s in slots if s.start >= roles.actor1.end and s.ref.name != roles.actor1.ref.name
                 and s.end <= frame.clause[1]]
        roles.actor2 = next((s for s in later if toks[s.start - 1].norm in role_words().partner), None) or next(
            (s for s in later if coordinated(toks, roles.actor1, s)), None)
        roles.assoc1 = [s for s in roles.assoc1 if s is not roles.actor2]
    for attr in ("actor1", "actor2"):
        tied = getattr(roles, attr)
        named = _affiliated(toks, tied, slots)
        if named is not None:  # مسلحون يشتبه في انتمائهم لجماعة X: the group
            setattr(roles, attr, named)
            given[:] = [s for s in given if s is not tied]  # (the gunmen are the group's: no other side)
    if roles.actor2 is not None and roles.actor2 is roles.actor1:
        roles.actor2 = None  # أعدم مسلحون يعتقد أنهم من حركة الشباب رجلين: the group is the doer's
        group = roles.actor1
        roles.actor2 = next((t for t in slots if 0 <= t.start - group.end <= OBJECT_PAST_GROUP
                             and t.ref.name != group.ref.name), None)  # (... حركة الشباب جنديين: the object)
    for attr in ("actor1", "actor2"):
        slot = getattr(roles, attr)
        owner = slot is not None and slot.start >= 0 and slot.end - slot.start == 1 and next(
            (t for t in slots if t.start == slot.end and t.ref.inter == slot.ref.inter == 1
             and t.ref.kind == "named" and t.ref.name != slot.ref.name), None)
        if owner:
            setattr(roles, attr, owner)  # لجنود جيش العدو الإسرائيلي: the soldiers of the army named
    a1, a2 = roles.actor1, roles.actor2
    if a1 is not None and a2 is not None and a1.start >= 0 and 0 < a2.start - a1.end <= 1 \
            and not function_words("led_by").isdisjoint(toks[a2.start - 1].forms):
        roles.assoc1.insert(0, a1)  # سيطرت فصائل المعارضة بقيادة هيئة تحرير الشام: the leader leads
        roles.actor1, roles.actor2 = a2, None
    if roles.actor2 is None and ((voice == "active" and _device_subject(ix, frame, main, roles.actor1))
                                 or _device_before(ix, frame, main, roles.actor1)):
        # انفجرت عبوة بدورية للجيش، قصفت المدفعية دورية للجيش، (إن) عبوة ناسفة انفجرت بدورية
        # للجيش: the device is the subject; the side named after it is the one hit
        roles.actor1, roles.actor2, roles.conf2 = None, roles.actor1, roles.conf1
    a1, a2 = roles.actor1, roles.actor2
    if a1 is not None and a2 is not None and a1.start >= 0 and a2.start >= 0 \
            and same_group(toks, *sorted((a1, a2), key=lambda x: x.start)):
        group = max((a1, a2), key=lambda x: x.start)
        if _doers(main, voice, a1, a2) and not counted(toks, a1.start, frame.clause[0]):
            # استولى مسلحون من تنظيم داعش على قرية: the men and their group are the doer
            roles.actor1, roles.actor2 = group, None
        else:  # قتل ثلاثة جنود من قوات الحزام الأمني: one side, the one hit; named by the force
            roles.actor1, roles.actor2 = None, group
            roles.conf2 = max(roles.conf1, roles.conf2)
    if roles.actor2 is None and passive_pair(ix, frame, main):
        subject = next((s for s in slots if frame.clause[0] <= s.start and main.loc.start - 1 <= s.end <= main.loc.start
                        and all(nisba_agreeing(t.norm) for t in toks[s.end:main.loc.start])), None)
        pair = next((t for t in frame.trigs if t.loc.start == main.loc.end and t.ref.voice == "passive"), None)
        if subject is None and pair is not None and roles.actor1 is not None \
                and 0 <= roles.actor1.start - pair.loc.end <= WINDOWS.pair_subject:
            subject = roles.actor1  # قتل وأصيب عدد من قوات الجيش: the pair's subject after it, the one hit
        if subject is not None and roles.actor1 in (None, subject):
            roles.actor2, roles.conf2 = subject, roles.conf1 if roles.actor1 is subject else CONFIDENCE.victims_before
            roles.actor1 = None
    if roles.actor2 is None and _dies(frame, roles.actor1):
        # ضابطا وأربعة مجندين استشهدوا إثر انفجار عبوة: the subject of a death verb is the one
        # killed by the main act, never its doer
        roles.actor1, roles.actor2, roles.conf2 = None, roles.actor1, roles.conf1
    if roles.actor2 is not None and _withdrew(frame, roles.actor1):
        # سيطرت حركة الشباب على البلدة بعد انسحاب القوات الحكومية: the side that took the
        # place is actor1, the one that left it actor2
        roles.actor1, roles.actor2 = roles.actor2, roles.actor1
        roles.conf1, roles.conf2 = roles.conf2, roles.conf1
    if roles.actor2 is None and roles.actor1 is not None and main.cls != "clash" \
            and (met := _repelled_by(frame, main, slots, roles.actor1)) is not None:
        roles.actor2, roles.conf2 = met, CONFIDENCE.opponent  # وتصدت لهم قوات الجيش
    if roles.actor1 is None and main.cls in HARM and (when := _when_doer(toks, frame, main, slots, roles)) is not None:
        # قتل خمسة أشخاص عندما فتحت قوات الأمن النار على موكب تشييع: the when-clause's subject did it
        roles.actor1, roles.conf1 = when, CONFIDENCE.noun_doer
    if roles.actor1 is not None and main.cls not in FOIL_KEEPS and _foiler(toks, frame, main, roles.actor1):
        # أحبطت قوى الأمن هجوما استهدف أحد حواجزها: the side that foiled the act is the one it
        # was aimed at; its doer is the other side named, or unknown
        if roles.actor2 is not None and not same_group(toks, *sorted((roles.actor1, roles.actor2), key=lambda x: x.start)):
            roles.actor1, roles.actor2 = roles.actor2, roles.actor1
            roles.conf1, roles.conf2 = roles.conf2, roles.conf1
        elif roles.actor2 is None:
            roles.actor1, roles.actor2, roles.conf2 = None, roles.actor1, roles.conf1
    return roles


def _when_doer(toks, frame: Frame, main: Trig, slots: list[ActorSlot], roles: Roles) -> ActorSlot | None:
    """The subject of an active act verb of the frame right after a when-conjunction after the
    passive main trigger (event_roles.tsv when: قتل خمسة عندما فتحت قوات الأمن النار، أصيب مدني حين
    أطلق جنود الاحتلال النار): the armed side right after that verb, not the side hit."""
    when = role_words().when
    for t in frame.trigs:
        if t is main or t.loc.start <= main.loc.end or t.form != "verb" or t.ref.voice != "active" \
                or when.isdisjoint(toks[t.loc.start - 1].forms):
            continue
        w = role_words()
        return next((s for s in slots if 0 <= s.start - t.loc.end <= 3 and s.end <= frame.clause[1]
                     and all(not (w.member | w.partitive).isdisjoint(k.forms) for k in toks[t.loc.end:s.start])
                     and s.ref.inter in ARMED_INTERS
                     and (roles.actor2 is None or s.ref.name != roles.actor2.ref.name)), None)
    return None


def _foiler(toks, frame: Frame, main: Trig, slot: ActorSlot) -> bool:
    """``slot`` is the subject of a foil verb before the main trigger in its sentence."""
    return 0 <= slot.start and slot.end <= main.loc.start and toks[slot.start].sentence == frame.sent \
        and foiler(toks, slot.start, slot.end)


def _repelled_by(frame: Frame, main: Trig, slots: list[ActorSlot], doer: ActorSlot) -> ActorSlot | None:
    """The side that met the act, named as the subject of a fight verb after it in the clause
    (هاجم مسلحون من حركة الشباب بلدة أفجوي، وتصدت لهم قوات الجيش): the other side of the battle."""
    for t in frame.trigs:
        if t.cls == "clash" and t.ref.voice == "active" and t.loc.start > main.loc.end:
            return next((s for s in slots if 0 <= s.start - t.loc.end <= 2 and s.end <= frame.clause[1]
                         and s.ref.name != doer.ref.name and s.ref.inter in ARMED_INTERS), None)
    return None


def _first_conjunct(toks, slot: ActorSlot | None, slots: list[ActorSlot], other: ActorSlot | None) -> ActorSlot | None:
    """The first of the named sides joined by و that ends with ``slot`` (X وY وslot), when
    ``slot`` is an armed side, named or not (قوات الجيش ورجال القبائل); else None."""
    if slot is None or slot.start < 0 or slot.ref.kind not in ("named", "generic") or slot.ref.inter == 7:
        return None
    first = None
    cur = slot
    while (prev := next((s for s in slots if s.end <= cur.start and s is not other and s.ref.kind == "named"
                         and s.ref.name != slot.ref.name and coordinated(toks, s, cur)), None)) is not None:
        first = cur = prev
    return first


def _doers(main: Trig, voice: str, a1: ActorSlot, a2: ActorSlot) -> bool:
    """The pair read as actor1 then actor2 is the active verb's subject: a verb that is not
    read passive (قتل، جرح) nor tells a death."""
    return voice == "active" and main.form == "verb" and a1.start < a2.start \
        and main.cls not in PASSIVE_PRONE | OUTCOMES | INTRANSITIVE_DEATH


def _withdrew(frame: Frame, slot: ActorSlot | None) -> bool:
    """``slot`` names the side that withdrew (انسحاب القوات، انسحبت القوات) in a frame that
    also tells the place taken."""
    if slot is None or slot.start < 0 or not any(t.cls in TAKING for t in frame.trigs):
        return False
    return any(t.cls == "withdraw" and (t.loc.end == slot.start or t.loc.start == slot.end) for t in frame.trigs)


def _dies(frame: Frame, slot: ActorSlot | None) -> bool:
    """``slot`` is the subject of an intransitive death verb of the frame: right before it
    (مجندين استشهدوا) or right after it (استشهد جنود)."""
    if slot is None or slot.start < 0 or slot.marked is not None:
        return False
    return any(t.cls in INTRANSITIVE_DEATH and t.form == "verb"
               and (t.loc.start == slot.end or t.loc.end == slot.start) for t in frame.trigs)


def _affiliated(toks, slot: ActorSlot | None, slots: list[ActorSlot]) -> ActorSlot | None:
    """The named group an unnamed doer is tied to right after it (مسلحون يشتبه في انتمائهم
    لجماعة X، مسلحين ينتمون إلى X، مسلحون موالون لـX; a group whose name takes the country,
    Islamic State ({country}), too), or None."""
    if slot is None or slot.ref.kind != "generic" or slot.start < 0:
        return None
    w = role_words()
    tying = w.affiliation | w.affiliation_glue
    for s in slots:
        gap = toks[slot.end:s.start]
        group = s.ref.kind == "named" or (s.ref.kind == "generic" and s.ref.inter in (2, 3)
                                          and s.ref.actor_id != slot.ref.actor_id)  # تنظيم الدولة: Islamic State ({country})
        if group and 0 < len(gap) <= 4 and all(not tying.isdisjoint(t.forms) for t in gap) \
                and any(not w.affiliation.isdisjoint(t.forms) for t in gap):
            return s
        if group and not gap and s.start > slot.start and not w.affiliation.isdisjoint(toks[s.start].forms):
            return s  # مسلحين موالين للنظام السابق: the group's name starts with the tie
    return None


def _device_subject(ix: DocIndex, frame: Frame, main: Trig, slot: ActorSlot | None) -> bool:
    """The actor read as the subject after an active verb is what the act hit: the verb's own
    subject is a device - an unaccusative verb (انفجرت عبوة بدورية للجيش، ... استهدفت دورية
    للجيش: the actor with ب or named by what was hit) or a weapon named between the verb and
    the actor (قصفت المدفعية دورية للجيش)."""
    if slot is None or slot.marked is not None or slot.start < main.loc.end or main.form != "verb":
        return False  # (برصاص مسلحين: a marked doer)
    toks = ix.doc.tokens
    w = role_words()
    if not w.unaccusative.isdisjoint(toks[main.loc.start].forms):
        return toks[slot.start].has_proclitic(w.by) or target_noun(toks[slot.start])
    if toks[slot.start].has_proclitic(w.lam):
        return False  # (قصف مدفعي لقوات الدعم السريع: the verbal noun and its doer)
    return any(main.loc.end <= loc.start <= main.loc.end + 1 and loc.end <= slot.start
               and (clitics().definite(toks[loc.start].norm) or not nisba_agreeing(toks[loc.start].norm))
               and not _owner_genitive(toks, loc, slot.start)
               for loc in ix.get("weapon", frame.sent))  # (not قصف مدفعي: a verbal noun's adjective)


def _owner_genitive(toks, loc, start: int) -> bool:
    """The actor right after a one-word indefinite weapon noun, with no proclitic, is its genitive
    - the side that owns and used it (قصفت مسيرات الدعم السريع محطة، قصفت مدفعية الجيش مواقع:
    idafa); after a definite one (قصفت المدفعية قوات X) or an adjective (استهدف انفجار عبوة ناسفة
    دورية تركية: the construct ends at its adjective) it is the object."""
    return start == loc.end == loc.start + 1 and not clitics().definite(toks[loc.start].norm) \
        and not toks[start].has_proclitic(conjunctions() | prepositions())


def _device_before(ix: DocIndex, frame: Frame, main: Trig, slot: ActorSlot | None) -> bool:
    """The device is named before its own unaccusative verb (SV order, common after إن / أن:
    قال مصدر إن عبوة ناسفة انفجرت بدورية للجيش، سيارة مفخخة انفجرت قرب رتل للقوات): that verb
    describes the device and a later trigger heads the frame (realize.main_trigger), but the
    side named after the verb, before the head, with ب or as a target noun, is what it hit."""
    if slot is None or slot.start < 0 or slot.start >= main.loc.start:
        return False
    ends = {w.end for w in ix.get("weapon", frame.sent)}
    unaccusative = role_words().unaccusative
    return any(t is not main and t.form == "verb" and t.loc.start in ends and t.loc.end <= slot.start
               and not unaccusative.isdisjoint(ix.doc.tokens[t.loc.start].forms)
               and _device_subject(ix, frame, t, slot) for t in frame.trigs)


def _cause_doer(ix: DocIndex, frame: Frame, main: Trig, roles: Roles) -> None:
    """The side named as the doer of the act a death was told by (إن اثنين من مقاتليها استشهدا
    بهجوم لداعش، لقوا حتفهم جراء قصف مدفعي لقوات النظام - an unvocalized قصف after a cause word
    is the verbal noun): the genitive of an agent verbal noun after the death verb did it, and
    the side named before the verb is the one killed - never the reverse."""
    toks = ix.doc.tokens
    hit, doer = roles.actor1, roles.actor2
    if doer is None or doer.start < main.loc.end or (hit is not None and hit.start >= main.loc.start):
        return
    if any((t.ref.voice == "nominal" or after_cause(ix, t)) and t.nrole == "agent" and main.loc.end <= t.loc.start
           and t.loc.end <= doer.start and genitive_after(toks, t.loc.end, doer.start)
           for t in frame.trigs):
        roles.actor1, roles.actor2 = doer, hit
        roles.conf1, roles.conf2 = roles.conf2, roles.conf1


def _dual_after(toks, main: Trig, frame: Frame) -> bool:
    """A dual noun of people right after the verb (قتل عنصران من الفرقة 86، قتل جنديان، قتل
    مسلحان في اشتباك): the two killed, the verb's passive subject. (Two gunmen with an
    accusative object after them, قتل مسلحان شرطيا, come right by the roles read after it.)"""
    k = main.loc.end
    return main.form == "verb" and k < frame.clause[1] and victims_by_number(toks[k]) == 2


def _pronoun_object(tok) -> bool:
    """The verb is written with an object pronoun (قتله، قتلهم), not a noun in ة (قتلة, killers,
    which the normalizer writes alike)."""
    return object_suffixed(tok) and not tok.text.endswith(clitics().ta_marbuta)


def _others_agent(toks, frame: Frame, main: Trig, slot: ActorSlot, speech) -> bool:
    """A side marked as a doer (برصاص الجنود) after a death verb with a subject of its own
    (استشهد) that follows the main trigger is that death's doer, not the main act's (أصيب 4 جنود في عملية دهس نفذها شاب استشهد
    برصاص الجنود: the soldiers shot the attacker; they did not wound themselves)."""
    if slot.start <= main.loc.end or mark(toks, slot, frame.clause[0], speech) != "agent":
        return False
    return any(t is not main and t.cls in INTRANSITIVE_DEATH and t.ref.voice == "active"
               and main.loc.end <= t.loc.start and t.loc.end <= slot.start for t in frame.trigs)


def passive_pair(ix: DocIndex, frame: Frame, main: Trig) -> bool:
    """قتل وأصيب آخر: an unvocalized kill verb joined to a passive one reads passive, so
    the side named right before it (إن جنديا قتل وأصيب آخر) is the one killed."""
    if main.cls not in PASSIVE_PRONE:
        return False
    toks = ix.doc.tokens
    by = role_words().by
    for t in frame.trigs:
        if t.loc.start == main.loc.end and t.ref.voice == "passive" and t.cls in PASSIVE_PRONE:
            return True
        if t.ref.voice == "nominal" and (t.loc.start == main.loc.end and toks[t.loc.start].has_proclitic(by)
                                         or t.loc.start == main.loc.end + 1 and after_cause(ix, t)):
            return True  # جنديان قتلا بانفجار عبوة، ثلاثة قتلوا في قصف: killed by it
    return False


def _few_before(toks, slot: ActorSlot, main: Trig) -> bool:
    """One or two people named by an indefinite singular or dual noun right before the kill verb,
    which has no object (إن جنديين قتلا في كمين، إن جنديا قتل): the ones killed, like a count."""
    return slot.end == main.loc.start and slot.end - slot.start == 1 \
        and not any(map(clitics().definite, toks[slot.start].forms)) and victims_by_number(toks[slot.start]) > 0


def _joined_doer(toks, a: ActorSlot, b: ActorSlot) -> bool:
    """b is a second doer joined to a past a's nisba adjectives (جنود ماليون وعناصر من فاغنر،
    قوات الجيش والشرطة): a و-word opening b, or a member noun with و and من before b."""
    c = clitics()
    plural_nisba = tuple(c.nisba + e for e in c.sound_plural) + c.nisba_ends
    k = a.end
    while k < b.start and toks[k].norm.endswith(plural_nisba) and not toks[k].norm.startswith(tuple(role_words().conj)):
        k += 1
    if coordinated(toks, ActorSlot(a.start, k, a.ref, a.mention), b):
        return True
    return k + 2 == b.start and toks[k].norm.startswith(tuple(role_words().conj)) \
        and not role_words().member.isdisjoint(toks[k].forms) and toks[k + 1].norm in role_words().partitive


def _doer_of_act_noun(frame: Frame, main: Trig, slots: list[ActorSlot], toks) -> bool:
    """The first actor after ``main`` in its clause is the genitive of another act noun of the
    frame (في هجوم لجماعة X، في هجوم داعش): that act's doer."""
    first = min((s for s in slots if main.loc.end < s.start < frame.clause[1]), key=lambda s: s.start, default=None)
    w = role_words()
    return first is not None and any(
        t is not main and t.ref.voice == "nominal" and t.loc.end <= first.start and first.start - t.loc.end <= 2
        and all(k.norm in w.lam or k.norm in w.lam_gap for k in toks[t.loc.end:first.start]) for t in frame.trigs)
    # (not اشتباكات بين X وY: the two sides of a clash, the counted dead of either)


def frame_slots(ix: DocIndex, frame: Frame) -> list[ActorSlot]:
    """The actors of the frame's sentence that may take a role: not inside a trigger - save a
    crowd told as the doer, after an agent marker or right after an act's verb (قتل شرطي على يد
    محتجين، هاجم متظاهرون مركزا للشرطة) - and not the support a side had (مدعوما بسلاح الجو، بدعم
    من الطيران: its means, no side), nor what a gathering was about (مظاهرة تندد بالغارات
    الإسرائيلية: :func:`hadath.events.role_words.topic_tokens`)."""
    toks = ix.doc.tokens
    actors = ix.get("actor", frame.sent)
    named_crowd = {i for loc in actors if loc.mention.value.inter in CROWD_INTERS for i in range(loc.start + 1, loc.end)}
    trig_tokens = {i for t in frame.trigs if not (t.cls in CROWD_CLASSES and (
        _crowd_doer(toks, frame, t) or t.loc.start in named_crowd))  # (مثيرو الشغب: the rioters, named)
                   for i in range(t.loc.start, t.loc.end)}
    named = actor_tokens(ix, frame.sent)
    filed = sentence_dateline_end(ix, frame.sent)  # (مدني - اختطفت ...: the dateline's town is no civilian)
    medium = role_words().medium
    topic = topic_tokens(ix, frame.sent)
    if topic and any(t.loc.start in topic for t in frame.trigs):
        topic = frozenset()  # (the frame of an act the protest was about keeps its sides)
    ends = {loc.end for loc in actors}
    return [ActorSlot.of(loc) for loc in actors if loc.start >= filed and loc.start not in topic
            and trig_tokens.isdisjoint(range(loc.start, loc.end)) and not support_before(toks, loc.start, named)
            and not (loc.start > 0 and loc.end - loc.start == 1 and not medium.isdisjoint(toks[loc.start - 1].forms))
            and not employer(toks, loc.start) and not group_described(toks, loc.start, ends)
            and not parent_ministry(toks, loc.start, ends)]
    # (في تسجيل مصور: the recording's adjective, no photographer; يعمل في قاعدة أمريكية: an
    # employer; جبهة النصرة، ذراع تنظيم القاعدة: the group's parent, no side)


def _crowd_doer(toks, frame: Frame, crowd: Trig) -> bool:
    """The crowd word is told as the doer: after an agent marker, or right after an act's verb."""
    i, w = crowd.loc.start, role_words()
    if i >= 1 and (toks[i - 1].norm in w.agent or (i >= 2 and (toks[i - 2].norm, toks[i - 1].norm) in agent_pairs())):
        return True
    return any(t.loc.end == i and t.ref.voice == "active" and t.cls in HARM for t in frame.trigs)


def _counted_side(toks, slot, slots, lo: int) -> bool:
    """The side at ``slot`` is counted: a number right before it (ثلاثة مسلحين، 5 من عناصر X), or
    before the unnamed armed noun that stands for it before من (قتل أربعة مسلحين من حركة الشباب في
    غارة: the count is of the group's men, as with a member noun - أربعة عناصر من)."""
    if slot.start < 0:
        return False
    if counted(toks, slot.start, lo):
        return True
    k = slot.start - 1
    if k <= lo or toks[k].norm not in role_words().partitive:
        return False
    return any(g.end == k and g.ref.kind == "generic" and g.ref.inter in ARMED_INTERS and counted(toks, g.start, lo)
               for g in slots)
