"""The sides of a fight told by who fell (issue #9, split from :mod:`hadath.events.sides`): the
opponents whose dead a clause counts, the side whose dead or wounded a death word names, the
fallen who attacked, and the attackers a clause names again by a definite noun."""
from __future__ import annotations

from hadath.events.frames import Frame, ix_triggers
from hadath.events.index import DocIndex
from hadath.events.lexicons import function_words, trigger_rows
from hadath.events.marks import OPEN_QUOTES, coordinated
from hadath.events.positions import genitive_after
from hadath.events.roles import ActorSlot, Roles, role_words, spoken_by, held_post
from hadath.events.settle import CIVILIANS, STATE_NAMES, UNIDENTIFIED
from hadath.events.state_forces import force_near
from hadath.events.dual_sides import held_by
from hadath.events.taxonomy import ARMED_INTERS, NON_STATE_ARMED, REMOTE_CLASSES, STATE_INTERS, TOLL_CLASSES
from hadath.events.tuning import CONFIDENCE, WINDOWS
from hadath.events.victims import forces_over_civilians, is_count
from hadath.text.clitics import clitics


def fallen_roles(ix: DocIndex, frame: Frame, slots: list[ActorSlot], roles: Roles) -> None:
    """The steps below, in order, on a violence frame's roles."""
    own_side_fell(frame, slots, roles)
    if roles.actor1 is None and roles.actor2 is not None:
        fallen_sides(ix, frame, slots, roles)
        fallen_attackers(ix, frame, slots, roles)
    if roles.actor2 is None:
        fallen_side(ix, frame, slots, roles)
    if roles.actor2 is None:
        own_dead(ix, frame, slots, roles)
    if roles.actor2 is None:
        held_ground(ix, frame, roles)
    named_attackers(ix, frame, slots, roles)
    named_force(ix.doc.tokens, frame, slots, roles)


def own_side_fell(frame: Frame, slots: list[ActorSlot], roles: Roles) -> None:
    """The side hit is the doer itself, its dead told after it (صدت قوات X هجوما حوثيا، ما أسفر
    عن مقتل خمسة من عناصر الميليشيا: the attackers' own losses): the armed side named before the
    doer in the clause, which met the attack, is the side hit."""
    a1, a2 = roles.actor1, roles.actor2
    if a1 is None or a2 is None or a1.start < 0 or a2.start <= a1.start or a1.ref.name != a2.ref.name \
            or a1.ref.kind == "generic" or a1.ref.inter not in ARMED_INTERS:
        return
    met = [s for s in slots if frame.clause[0] <= s.start < a1.start and s.ref.inter in ARMED_INTERS
           and s.ref.name != a1.ref.name]
    if met:
        roles.actor2, roles.conf2 = met[-1], CONFIDENCE.opponent


def held_ground(ix: DocIndex, frame: Frame, roles: Roles) -> None:
    """A strike or shelling with no side hit told, on ground its sentence says an armed side
    holds after it (قصف قرية أم الكيف ... والواقعة جميعها تحت سيطرة قوات سوريا الديمقراطية،
    غارات على بلدات خاضعة لسيطرة X): that side is the one hit (dual_sides.held_by)."""
    remote = [t.loc.end for t in frame.trigs if t.cls in REMOTE_CLASSES]
    if remote:
        held = held_by(ix, frame, min(remote), roles.actor1, ix.bounds[frame.sent][1])
        if held is not None:
            roles.actor2, roles.conf2 = held, CONFIDENCE.opponent


def named_force(toks, frame: Frame, slots: list[ActorSlot], roles: Roles) -> None:
    """The side hit is soldiers told by one word, no country (قتل ثلاثة أميركيين بينهم جنديان),
    and one state force of another country is hit in the same clause (وأصيب عناصر من القوات
    الأميركية): the soldiers are its own, it is the side hit - not the forces of the country
    where it fell (the country the bare noun was given)."""
    hit = roles.actor2
    if hit is None or hit.start < 0 or hit.end - hit.start != 1 or hit.ref.inter not in STATE_INTERS \
            or role_words().member.isdisjoint(toks[hit.start].forms):
        return
    a, b = frame.clause
    named = {s.ref.name: s for s in slots if a <= s.start < b and s.marked == "patient" and s.ref.name != hit.ref.name
             and (s.ref.kind == "named" or s.end - s.start > 1) and s.ref.inter in STATE_INTERS
             and s.ref.country != hit.ref.country  # (جنود من الجيش اليمني وأربعة من الشرطة: one government) and s is not roles.actor1
             and (roles.actor1 is None or s.ref.name != roles.actor1.ref.name)}
    if len(named) == 1:
        roles.actor2 = next(iter(named.values()))


OWN_DEAD_CLASSES = frozenset({"kill", "death", "death_noun"})


def own_dead(ix: DocIndex, frame: Frame, slots: list[ActorSlot], roles: Roles) -> None:
    """An armed side announcing the death of its own (أعلن حزب الله مقتل العضو فلان، نعت
    الحركة أحد عناصرها، أعلنت قسد مقتل ثلاثة من مقاتليها) is the side hit: the speaker right
    before a verbal noun of death whose victim is a member noun (past a count, من or أحد), and
    no other side named right after it (مقتل القيادي في حركة الشباب: that group's)."""
    toks = ix.doc.tokens
    main = next((t for t in frame.trigs if t.cls in OWN_DEAD_CLASSES and t.ref.voice == "nominal"), None)
    if main is None:
        return
    lo = frame.clause[0]
    speaker = next((s for s in reversed(slots) if s.marked == "speaker" and lo <= s.start and s.end <= main.loc.start
                    and main.loc.start - s.end <= 1 and s.ref.inter in ARMED_INTERS), None)
    if speaker is None or speaker is roles.actor1:
        return
    own, lead = function_words("own_member"), function_words("own_member_lead")
    k = main.loc.end
    while k < len(toks) and k < main.loc.end + 3 and (toks[k].norm in lead or is_count(toks[k])):
        k += 1
    if k >= len(toks) or not any(a.stem in own for a in toks[k].analyses):
        return
    if any(k <= s.start <= k + 2 for s in slots if s is not speaker):
        return  # (مقتل ثلاثة من عناصر داعش: the other side's dead)
    roles.actor2, roles.conf2 = speaker, CONFIDENCE.subject_before


def fallen_sides(ix: DocIndex, frame: Frame, slots: list[ActorSlot], roles: Roles) -> None:
    """No doer, but the opponent of the side hit fell too (:func:`fallen_opponent`): the two are
    the sides, the state force first, as ACLED lists a fight whose initiator is not told."""
    other = fallen_opponent(ix, frame, slots, roles.actor2)
    if other is not None:
        state_first = other.ref.inter in STATE_INTERS
        if any(t.cls == "suicide" for t in frame.trigs) and state_first != (roles.actor2.ref.inter in STATE_INTERS):
            state_first = not state_first  # مقتل 5 مسلحين وإصابة 6 من الشرطة بهجوم انتحاري: no state bombs itself
        pair = (other, roles.actor2) if state_first else (roles.actor2, other)
        (roles.actor1, roles.actor2), roles.conf1 = pair, CONFIDENCE.opponent


def post_holder(ix: DocIndex, frame: Frame, pair: tuple[ActorSlot, ActorSlot]):
    """The one of two fallen sides that held the post an attack noun of the frame was aimed at
    (event_roles.tsv guard_post: هجوم على كمين عسكري، هجوم مسلح استهدف حاجزا للجيش): the side
    named right after the post, else the one state force of the two; None when the attack was
    aimed at no such post."""
    toks, w = ix.doc.tokens, role_words()
    a, b = frame.clause
    onto = w.patient | w.aim
    for t in frame.trigs:
        if t.cls != "attack" or t.ref.voice != "nominal":
            continue
        post = next((j + 1 for j in range(t.loc.end, min(b - 1, t.loc.end + WINDOWS.post_after))
                     if not onto.isdisjoint(toks[j].forms) and not w.guard_post.isdisjoint(toks[j + 1].forms)), None)
        if post is None:
            continue
        owner = next((loc for loc in ix.get("actor", frame.sent) if post < loc.start <= post + 2), None)
        if owner is not None:
            return next((x for x in pair if x.ref.name == owner.mention.value.name), None)
        states = [x for x in pair if x.ref.inter in STATE_INTERS]
        return states[0] if len(states) == 1 else None
    return None


def attacker_first(ix: DocIndex, frame: Frame, roles: Roles) -> None:
    """Two armed sides, and the second told as the doer of the frame's attack noun (أثناء
    محاولة الحركة الهجوم على), or the first, a state force not told as the doer, holding the post
    the attack was aimed at (:func:`post_holder`): the second opened the fight, so it is actor1,
    as coders list a fight's initiator first. A named group told attacking with no second side,
    or only unidentified attackers (صد الجيش هجوما لداعش وقتل عشرة من المهاجمين، من عناصر
    التنظيم): those it lost are its own men, and the state force named beside them fought them."""
    if repelled_attacker(ix, frame, roles):
        return
    a1, a2 = roles.actor1, roles.actor2
    if a1 is None or a1.ref.inter not in ARMED_INTERS or (a2 is not None and a2.ref.inter not in ARMED_INTERS):
        return
    if a2 is not None and a1.marked != "agent" and a1.ref.inter in STATE_INTERS \
            and post_holder(ix, frame, (a1, a2)) is a1:  # (جندي وثلاثة مسلحين إثر هجوم على كمين)
        roles.actor1, roles.actor2, roles.conf1, roles.conf2 = a2, a1, roles.conf2, roles.conf1
    elif a2 is not None and a2.ref.name != UNIDENTIFIED.name:
        if told_attacker(ix, frame, (a1, a2)) is a2:
            roles.actor1, roles.actor2, roles.conf1, roles.conf2 = a2, a1, roles.conf2, roles.conf1
    elif a1.ref.name != UNIDENTIFIED.name and a1.ref.inter in NON_STATE_ARMED and told_attacker(ix, frame, (a1, a1)) is a1:
        force = force_near(ix, frame.sent, a1.start)
        if force is not None or a2 is not None:
            roles.actor2 = ActorSlot.of(force) if force is not None else None
            roles.conf2 = CONFIDENCE.opponent


def repelled_attacker(ix: DocIndex, frame: Frame, roles: Roles) -> bool:
    """A repelled attack whose doer is told by name (:func:`repel_doer`): the doer opened the
    fight, so it is actor1 in every telling - its own (صد هجوم لمرتزقة فاغنر), the repeller's
    (أعلنت قوات الوفاق صد هجوم ...، تمكن الجيش من صد زحف ...) or a speaker's - and the other side
    the frame read, the one that met the attack, is actor2 (``roles`` changed in place)."""
    told = repel_doer(ix, frame)
    if told is None:
        return False
    doer, at = told
    others = [x for x in (roles.actor1, roles.actor2) if x is not None and x.ref.name != doer.ref.name
              and x.ref.inter in ARMED_INTERS] or [  # (else the subject or speaker before the repel word)
        ActorSlot.of(s) for s in reversed(ix.get("actor", frame.sent)) if frame.clause[0] <= s.start and s.end <= at
        and s.mention.value.name != doer.ref.name and s.mention.value.inter in ARMED_INTERS][:1]
    if roles.actor1 is not None and roles.actor1.ref.name == doer.ref.name:
        doer, conf1 = roles.actor1, roles.conf1
    else:
        conf1 = CONFIDENCE.genitive_agent
    roles.actor1, roles.conf1 = doer, conf1
    roles.actor2, roles.conf2 = (others[0], CONFIDENCE.opponent) if others else (None, 0.0)
    return True


def repel_doer(ix: DocIndex, frame: Frame) -> tuple[ActorSlot, int] | None:
    """The armed side told as the doer of an attack the frame tells repelled: the genitive of
    the attack noun of a repel phrase (صد هجوم لحركة الشباب، صدت هجوما لمليشيات X، صد زحف
    لمرتزقة العدوان; function_words ``repel`` first) or the object with ل of a verb or noun of
    confronting (تصدى لقوة إسرائيلية، تصديه لعناصر التنظيم; ``repel_lam``), and where the repel
    word is, or None."""
    toks = ix.doc.tokens
    repel, met, lam = function_words("repel"), function_words("repel_lam"), role_words().lam
    a, b = frame.clause
    actors = ix.get("actor", frame.sent)
    for t, cls in ix_triggers(ix, frame.sent):
        if cls != "clash" or not a <= t.start < b:
            continue
        phrase = t.end - t.start > 1 and not repel.isdisjoint(toks[t.start].forms)
        confront = t.end - t.start == 1 and not met.isdisjoint(toks[t.start].forms)
        after = [s for s in actors if t.end <= s.start < b] if phrase or confront else []
        at = t.end
        if confront and after and after[0].start == at and not toks[at].has_proclitic(lam):
            at = after.pop(0).end  # (تصدى الجيش المالي لمسلحين: its subject first)
        s = after[0] if after else None
        if s is None or s.mention.value.inter not in ARMED_INTERS:
            continue
        if (phrase and _genitive(toks, t.end, s.start)) or (confront and at < b and toks[at].has_proclitic(lam) and (
                s.start == at or (s.start == at + 2 and not function_words("from").isdisjoint(toks[at + 1].forms)))):
            return ActorSlot.of(s), t.start  # (لعناصر من تنظيم داعش: the group past a member noun)
    return None


def _genitive(toks, end: int, start: int) -> bool:
    """The side at ``start`` is the genitive of the noun ending at ``end``: right after it
    (هجوم داعش), past ل only (هجوم لـ«داعش») or past من and adjectives (هجوم كبير من X), never
    past another word (هجوم على الجيش)."""
    w = role_words()
    gap = toks[end:start]
    if gap and gap[-1].norm in OPEN_QUOTES:
        gap = gap[:-1]  # (من "الدعم السريع")
    if 0 < len(gap) <= 3 and gap[-1].norm in function_words("from") and all(
            t.kind == "word" and t.norm not in w.patient and t.norm not in function_words("from") for t in gap[:-1]):
        return True  # (لهجوم كبير من الدعم السريع: the doer after من, past an adjective or two)
    return start == end or (genitive_after(toks, end, start) and all(t.norm in w.lam or t.norm in w.lam_gap
                                                                       for t in gap))


def told_attacker(ix: DocIndex, frame: Frame, sides: tuple[ActorSlot, ActorSlot]) -> ActorSlot | None:
    """The one of two sides told as the doer of an attack noun of the frame: its genitive after
    it (هجوم لداعش) or the genitive of an attempt right before it (محاولة الحركة الهجوم،
    function_words attempt), by name, or None."""
    toks = ix.doc.tokens
    attempt = function_words("attempt")
    a, b = frame.clause
    rows = trigger_rows()
    for t, cls in ix_triggers(ix, frame.sent):  # (an attempted attack is no act of its own: not in the frame)
        if cls != "attack" or t.mention.value.voice != "nominal" or not a <= t.start < b \
                or rows[t.mention.value.lemma]["nrole"] != "agent":  # (استهداف ثكنة: what was aimed at)
            continue
        for s in ix.get("actor", frame.sent):
            doer = _genitive(toks, t.end, s.start) if s.start >= t.end else (
                s.end == t.start and s.start > 0 and not attempt.isdisjoint(toks[s.start - 1].forms))
            side = next((x for x in sides if x.ref.name == s.mention.value.name), None) if doer else None
            if side is not None:
                return side
    return None


def fallen_side(ix: DocIndex, frame: Frame, slots: list[ActorSlot], roles: Roles) -> None:
    """The side hit, named as the dead or wounded of a death word of the clause (هاجم مسلحون
    نقطة تفتيش، ما أدى إلى مقتل جنديين؛ قصفت قوات النظام من مواقعها ... بلدة كفرنبل، ما أدى إلى
    إصابة ثلاثة مدنيين): an armed or state side other than the doer's, or civilians, there is
    actor2."""
    ends = _loss_ends(frame)
    a, b = frame.clause
    doer = roles.actor1
    fell = [s for s in slots
            if a <= s.start < b and (s.ref.inter in ARMED_INTERS or s.ref.inter == CIVILIANS.inter) and s is not doer
            and (doer is None or (s.ref.name != doer.ref.name and not _one_group(ix.doc.tokens, s, doer)))
            and any(0 <= s.start - e <= WINDOWS.kill_object for e in ends)]
    if fell:  # (مقتل 3 مدنيين وشرطي، إصابة مدنيين ومقتل جندي: a state's forces hit with
        # civilians are the side hit - ACLED's civilians are it only when hit alone)
        roles.actor2, roles.conf2 = next((s for s in fell if forces_over_civilians(fell[0], s)), fell[0]), \
            CONFIDENCE.victims_before


def fallen_attackers(ix: DocIndex, frame: Frame, slots: list[ActorSlot], roles: Roles) -> None:
    """No doer, the fallen an armed side, and another armed side the attack was on (قتل عدد من
    مسلحي الحوثي في هجوم فاشل على مواقع الجيش): the fallen attacked; the side attacked is actor2."""
    fallen = roles.actor2
    if roles.actor1 is not None or fallen is None or fallen.ref.inter not in ARMED_INTERS \
            or not any(t.cls == "attack" and t.ref.voice == "nominal" for t in frame.trigs):
        return
    a, b = frame.clause
    attack = min(t.loc.end for t in frame.trigs if t.cls == "attack" and t.ref.voice == "nominal")
    for s in slots:  # (the side attacked is named after the attack noun, not among the hurt before it)
        if a <= s.start < b and s.marked == "patient" and s.start > fallen.start and s.start >= attack \
                and s.ref.inter in ARMED_INTERS \
                and s.ref.name != fallen.ref.name and not _one_group(ix.doc.tokens, s, fallen) \
                and not held_post(ix.doc.tokens[s.start]):
            # (a post named without its holder, نقطة عسكرية, may be the fallen's own)
            (roles.actor1, roles.actor2), roles.conf1 = (fallen, s), CONFIDENCE.opponent
            return


def fallen_opponent(ix: DocIndex, frame: Frame, slots: list[ActorSlot], hit: ActorSlot) -> ActorSlot | None:
    """A clause that counts the dead of two sides and names no doer (مصرع سبعة عناصر إرهابية
    ... واستشهاد ضابط من قوات الشرطة، مقتل جنديين وثلاثة من مسلحي التنظيم): the fight was between
    them, so the other side whose people fell is the opponent of ``hit``: a state force of a
    fallen armed group, an armed group of a fallen state force."""
    want = STATE_INTERS if hit.ref.inter in NON_STATE_ARMED else NON_STATE_ARMED if hit.ref.inter in STATE_INTERS else None
    if want is None:
        return None
    ends = _loss_ends(frame)
    said = ix.speech_ends.get(frame.sent, [])
    a, b = frame.clause
    for s in slots:
        if a <= s.start < b and (s.ref.inter in want or _rivals(s, hit)) and s.ref.name != hit.ref.name \
                and not _one_group(ix.doc.tokens, s, hit) and not spoken_by(s.start, said, WINDOWS.speaker_left) \
                and not _joined(ix.doc.tokens, s, hit) \
                and any(0 <= s.start - e <= (WINDOWS.second_share if _second_share(ix.doc.tokens, s, a) else WINDOWS.kill_object)
                        for e in ends):
            return s
    if want is STATE_INTERS and ends:
        # أعلن الجيش مقتل مسلحين اثنين في تبادل لإطلاق النار: a state force that reports the
        # death of the armed group it fought is the side that killed them
        for s in slots:
            if a <= s.start < b and s.end <= hit.start and s.ref.inter in want and s.marked == "speaker" \
                    and spoken_by(s.start, said, 1):  # (right after the verb: not نقل X عن الأجهزة)
                return s
    return None


def _joined(toks, x: ActorSlot, y: ActorSlot) -> bool:
    """Two sides joined by و as one object of the harm (إصابة عناصر من القوات الأميركية والسورية،
    مقتل جنود أميركيين وعراقيين): both were hit together, no fight between them."""
    first, second = (x, y) if x.start < y.start else (y, x)
    return coordinated(toks, first, second)


def _rivals(s: ActorSlot, hit: ActorSlot) -> bool:
    """Two named state forces of one country, one of them no force of its government (قتل 18
    فردا من قوات حكومة الوفاق و14 مقاتلا من الجيش الوطني الليبي): rival governments' forces, the
    sides of a civil war; not a government's army and police."""
    return s.ref.kind == hit.ref.kind == "named" and s.ref.inter in STATE_INTERS and hit.ref.inter in STATE_INTERS \
        and s.ref.country is not None and s.ref.country == hit.ref.country \
        and s.ref.name.startswith(STATE_NAMES) != hit.ref.name.startswith(STATE_NAMES)


def _second_share(toks, s: ActorSlot, lo: int) -> bool:
    """s names a second counted share of the dead, joined by و (قتل 18 فردا من X و14 مقاتلا من Y،
    وثلاثة من Y): a count after و, maybe its noun, then من right before s."""
    k = s.start - 1
    if k - 1 < lo or toks[k].norm not in role_words().partitive:
        return False
    k -= 1 if is_count(toks[k - 1]) else 2
    conj = role_words().conj
    return k >= lo and is_count(toks[k]) and (toks[k].norm.startswith(tuple(conj)) or k > lo and toks[k - 1].norm in conj)


def _loss_ends(frame: Frame) -> list[int]:
    """Where the frame's words of death or injury end: their dead and wounded follow."""
    return [t.loc.end for t in frame.trigs if t.cls in TOLL_CLASSES]


def _one_group(toks, x: ActorSlot, y: ActorSlot) -> bool:
    """Two slots that name one group of people (أربعة جنود من القوات المسلحة الجنوبية): next to
    each other, or joined by the partitive من."""
    first, second = (x, y) if x.start < y.start else (y, x)
    gap = range(first.end, second.start)
    return len(gap) == 0 or (len(gap) == 1 and toks[first.end].norm in role_words().partitive)


def named_attackers(ix: DocIndex, frame: Frame, slots: list[ActorSlot], roles: Roles) -> None:
    """The side hit is a definite generic noun for armed men (مؤكدة مقتل ثلاثة من المهاجمين،
    المسلحين) and the clause names one armed group that is no doer (صد هجوم لمرتزقة فاغنر):
    the noun names that group again."""
    hit = roles.actor2
    if hit is None or hit.ref.kind != "generic" or hit.ref.inter != 2 or hit.start < 0 \
            or not clitics().definite(ix.doc.tokens[hit.start].norm):
        return
    a, b = frame.clause
    doer = roles.actor1.ref.name if roles.actor1 is not None else None
    named = {s.ref.name: s for s in slots if a <= s.start < hit.start and s.ref.kind == "named"
             and s.ref.inter in NON_STATE_ARMED | {8} and s.ref.name != doer}
    if len(named) == 1:
        roles.actor2 = next(iter(named.values()))
