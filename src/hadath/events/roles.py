"""Who did it to whom: actor1 / actor2 from Arabic clause structure.

Marked roles win over positions:

* agent markers before an actor: من قبل، على يد/أيدي، بيد، بنيران، برصاص، بقصف، بغارة، من طرف،
  من جانب (also after a member noun: على يد عناصر من داعش);
* patient markers: من + member noun (مقتل ستة من عناصر X), ضد X، على X (هجوم على X), the object after استهدف;
* speakers (قال/أعلن/ذكر X، بحسب X) are sources, not participants, except as the acting party of
  strategic developments they announce (أعلنت الداخلية اعتقال ...).

Unmarked actors near the main trigger fill what is left: after an active verb the first is the subject
and the next the object (VSO), an actor before the verb in the clause is the subject (SVO); after a passive
verb, a death word or a patient verbal noun (مقتل، اعتقال) the actor is the one acted on; after an agent verbal
noun (هجوم، قصف) the one who acts. بين X وY (بين وحدات من X وY) names the two sides.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Container, Sequence

from hadath.events.lexicons import function_words
from hadath.events.modality import scope_words
from hadath.events.positions import (accusative_object, member_doer, source_clause, announced, described_lam, exposed_subject, fell_subject, far_subject, genitive_after, of_the_matter,
                                     only_time_between, opens_own_clause, own_subject_cut, verb_opens_clause, owns_object, past_consequence, past_relative, speaker_pronoun,
                                     subject_of, times_only, victim_like)
from hadath.events.role_words import QUOTE_MARKS, RoleWords, acts_on, agent_pairs, disagrees, group_after_partitive, held_post, names_the_unidentified, object_suffixed, owned, plural_subject, role_words, target_noun, told_in  # noqa: F401
from hadath.events.taxonomy import ARMED_INTERS, NON_STATE_ARMED
from hadath.events.tuning import CONFIDENCE as C, WINDOWS
from hadath.types import ActorRef, Token
from hadath.events.victims import (fallen_in, forces_and_civilians, forces_over_civilians, joined_by_count, people_before,
                                   told_with)
from hadath.events.marks import (aimed_verbs, members_after_verb, nisba_word, coordinated, mark,  # noqa: F401
                                 nisba_agreeing, owner_hit, spoken_by)

@dataclass
class ActorSlot:
    start: int               # token range of the actor mention
    end: int
    ref: ActorRef
    mention: object
    marked: str | None = None   # agent | patient | speaker

    @classmethod
    def of(cls, loc) -> "ActorSlot":
        """The slot of a located actor mention (hadath.events.index.Located)."""
        return cls(loc.start, loc.end, loc.mention.value, loc.mention)


@dataclass
class Roles:
    actor1: ActorSlot | None = None
    actor2: ActorSlot | None = None
    assoc1: list[ActorSlot] = field(default_factory=list)
    assoc2: list[ActorSlot] = field(default_factory=list)
    conf1: float = 0.0
    conf2: float = 0.0


def assign(
    tokens: Sequence[Token],
    slots: list[ActorSlot],
    trig_start: int,
    trig_end: int,
    voice: str,
    nrole: str,
    clause: tuple[int, int],
    speech_ends: Sequence[int],
    speaker_ok: bool = False,
    harm: bool = True,
    act: bool = False,
    aimed: Container[int] = (),
) -> Roles:
    """Assign actor1/actor2 for one frame whose main trigger is tokens[trig_start:trig_end];
    ``harm``: the trigger does something to people (kill, wound, arrest), so people named right
    after it may be its victims; ``act``: it names an act, not a death or wound it caused (an
    announcer of it - أعلنت كتائب القسام قنص جندي - did it); ``aimed``: verbs of aiming whose
    subject is before them (:func:`hadath.events.marks.aimed_verbs`)."""
    lo, hi = clause
    if voice == "active" and lo < trig_start and verb_opens_clause(tokens, trig_start, {s.start for s in slots}):
        lo = trig_start  # (، واعتقلت الشرطة اثنين منهم: a verb with a subject of its own opens its clause;
        # the sides named before the comma - بين الشرطة ومسلحين - are the earlier verb's)
    roles = Roles()
    in_clause = [s for s in slots if s.start >= lo and s.end <= hi]
    for s in in_clause:
        s.marked = mark(tokens, s, lo, speech_ends, aimed)
        if s.marked == "patient" and voice == "active" and members_after_verb(tokens, s, lo, trig_end, harm and nrole != "agent"):
            s.marked = None  # اختطف عناصر من جماعة الحوثي موظفين، أضرم عشرات من الأهالي: they do it
        elif s.marked == "patient" and voice == "active" and member_doer(tokens, s, in_clause, trig_end, hi):
            s.marked = None  # قتل قناص من قوات النظام جنديا: the sniper's side did it
    _marks_carried(tokens, in_clause)
    if (voice == "nominal" and (speaker_ok or nrole == "agent")) or (
            voice == "active" and nrole == "agent" and tokens[trig_start].norm == tokens[trig_start].forms[-1]):
        # (an unvocalized verb right after the speaker is its verbal noun: أعلن الجيش قصف)
        # أعلن الجيش قصف مواقع ...، أعلنت الداخلية اعتقال ...: the speaker did it (not so for
        # a death it reports: أفادت الشرطة بمقتل 15)
        for s in in_clause:
            if s.marked == "speaker" and only_time_between(tokens, s.end, trig_start):
                s.marked = "agent"
    elif act and nrole != "none" and (voice == "nominal" or voice == "active" and tokens[trig_start].norm == tokens[trig_start].forms[-1]):
        for s in in_clause:  # أعلنت كتائب القسام قنص جندي: an announced act (a verbal noun: a group's claim)
            if s.marked == "speaker" and only_time_between(tokens, s.end, trig_start) and announced(tokens, s, lo) \
                    and (voice == "active" or s.ref.inter in NON_STATE_ARMED):
                s.marked = "agent"   # (its object after it is no second speaker:)
                for o in (o for o in in_clause if o.marked == "speaker" and o.start >= trig_end):
                    o.marked = "patient"
    if speaker_ok and voice == "active":  # أعلن فصيل X حل نفسه: the trigger is the speech verb
        for s in in_clause:
            if s.marked == "speaker" and 0 <= s.start - trig_end <= 1:
                s.marked = "agent"
    between, other = next((s for s in in_clause if s.marked == "between"), None), None
    if between is not None and (named := group_after_partitive(tokens, between, in_clause, members=True)) is not None:
        between.marked, named.marked, between = None, "between", named  # بين مسلحين من جماعة X وY: X is the side
    if between is not None:  # بين X وY: the two sides
        other = next((s for s in in_clause if s.start >= between.end and (
            coordinated(tokens, between, s) or joined_members(tokens, between, s))), None) or next(
            (s for s in in_clause if s.start > between.end and tokens[s.start].norm.startswith(tuple(role_words().conj))
             and any(t.norm in function_words("side") for t in tokens[between.end:s.start])), None) \
            or _joined_past_relative(tokens, between, in_clause)  # (X وY من جهة وZ)
        between.marked = "agent" if other is not None else None
        if other is not None:
            other.marked = "patient"
    agents = [s for s in in_clause if s.marked == "agent"]
    patients = [s for s in in_clause if s.marked == "patient"]
    told = source_clause(tokens, trig_end, hi)
    near = [s for s in in_clause if s.marked is None and trig_end <= s.start < told]
    if len(near) > (voice == "active" and not any(s.end <= trig_start for s in in_clause)):
        # (a verb-first subject is no object: قصفت طائرات التحالف البلدة، وقال ناشطون إن القصف استهدف مقرا لداعش)
        # (أسقطت الدفاعات الجوية طائرة مسيرة تركية، وقالت المصادر إن الطائرة كانت تستهدف مواقع
        # لقسد: the verb's own object is named before the source's words; the side they say was aimed at is not hit)
        patients = [s for s in patients if s.start < told]
    pair = (between, other) if between is not None and other is not None else None
    if agents:  # (بين X وY: the pair, not a share of the dead told nearer - بينهم 17 جنديا و12 مسلحا)
        roles.actor1, roles.conf1 = pair[0] if pair else _nearest(agents, trig_start), C.marked_agent
    if patients:
        cand = [p for p in patients if p is not roles.actor1]
        if cand:
            roles.actor2, roles.conf2 = pair[1] if pair and pair[1] in cand else _nearest(cand, trig_start), C.marked_patient
    free = [s for s in in_clause if s.marked is None and s is not roles.actor1
            and s is not roles.actor2 and _dist(s, trig_start, trig_end) <= WINDOWS.near]
    before = _named_heads(tokens, [s for s in free if s.end <= trig_start])
    cut = own_subject_cut(tokens, in_clause, trig_end, hi)  # (، واعتقل الجيش: the new verb's own subject)
    after = _named_heads(tokens, [s for s in free if trig_end <= s.start < cut and not past_consequence(tokens, trig_end, s.start)])
    if voice == "nominal" and before and roles.actor2 is None and (exposed_subject(tokens, before[-1], trig_start, lo)
                                                                   or fell_subject(tokens, before[-1], trig_start, lo)):
        # تعرضت دورية للجيش لهجوم، بانسحاب قوات الأمن بعد تعرضها لهجوم: the subject of تعرض
        # is the one hit; the attacker comes only with من قبل or a genitive
        roles.actor2, roles.conf2 = _forces_among(tokens, before)[0], C.exposed_subject
        before = []
    if voice == "nominal":
        genitive = after[0] if after and (genitive_after(tokens, trig_end, after[0].start)
                                          or described_lam(tokens, trig_end, after[0].start)) else None
        if nrole == "agent":
            if roles.actor1 is None:
                if genitive is not None:
                    roles.actor1, roles.conf1 = after.pop(0), C.genitive_agent
                    if roles.actor2 is None and before:  # قتلى X في هجوم لـ«داعش»
                        roles.actor2, roles.conf2 = before[-1], C.victims_before
                elif before and (not function_words("unaccusative_noun").isdisjoint(tokens[trig_start].forms)
                                 or fallen_in(tokens, before[-1], trig_start)):  # (مقتل أعضاء X في غارة)
                    if roles.actor2 is None:  # (إن جنديا قتل بعد انفجار عبوة: a blast has no doer before it)
                        roles.actor2, roles.conf2 = _forces_among(tokens, before)[0], C.victims_before
                elif before:
                    roles.actor1, roles.conf1 = before[-1], C.subject_before
            if roles.actor2 is None and after:
                roles.actor2, roles.conf2 = after.pop(0), C.object_after
        else:
            if roles.actor2 is None and after:
                roles.actor2, roles.conf2 = after.pop(0), C.patient_after
            if roles.actor1 is None and before:
                roles.actor1, roles.conf1 = before[-1], C.subject_before
    elif voice == "passive" or (after and victim_like(tokens, trig_end, after[0], harm)):
        if roles.actor2 is None and after:
            roles.actor2, roles.conf2 = after.pop(0), C.patient_after
        elif voice == "active" and roles.actor1 is None and after and after[0].start < roles.actor2.start \
                and not past_relative(tokens, trig_end, after[0].start):  # (الوكر الذي يتواجد فيه X)
            roles.actor1, roles.conf1 = after.pop(0), C.vso_subject  # هاجمت مجموعة من المواطنين مركزا للشرطة
        if voice == "passive" and harm and before and subject_of(tokens, before[-1], trig_start) \
                and (roles.actor2 is None or _same(roles.actor2, before[-1])):
            last = before[-1]  # (بأن شرطيا أصيب بانفجار عبوة: the one hurt, no doer)
            subject, first = _forces_among(tokens, before)  # (أن ضابطا وأربعة مجندين استشهدوا: all of them hurt;
            del before[first:]  # أن شرطيا و3 مدنيين أصيبوا: the forces are the side hit)
            if roles.actor2 is None or subject is not last:
                roles.actor2, roles.conf2 = subject, C.subject_before
        part = roles.actor2
        while voice == "passive" and harm and part is not None and before and joined_by_count(tokens, before[-1], part):
            part = before.pop()  # (أن شرطيا و3 من رجال الشرطة أصيبوا: the first part is hurt too)
        if roles.actor1 is None and before:
            roles.actor1, roles.conf1 = before[-1], C.subject_before
    else:
        if roles.actor1 is None:
            far = None if before else far_subject(tokens, in_clause, trig_start, lo, roles)
            vso = after and object_suffixed(tokens[trig_end - 1]) and (  # قصفته المدفعية، هاجمها مساء أمس مسلحون
                after[0].start == trig_end or times_only(tokens, trig_end, after[0].start)) or (
                after and after[0].start == trig_end and opens_own_clause(tokens, trig_start, {s.start for s in in_clause}))
            # (، واعتقل الجيش ثلاثة: a verb opening a conjunct clause, its subject right after it)
            odd = bool(before) and before[-1].end == trig_start and disagrees(tokens[trig_start], tokens[before[-1].start])
            if odd and after and after[0].start == trig_end and not disagrees(tokens[trig_start], tokens[after[0].start]):
                # (وبعد انسحاب المسلحين هاجمت قوات الجيش القرية: the verb cannot agree with the name
                # before it and can with the one right after it - verb-first, that one its subject)
                roles.actor1, roles.conf1 = after.pop(0), C.vso_subject
            elif before and not vso:  # (a name the verb cannot agree with: a weaker reading)
                roles.actor1, roles.conf1 = before[-1], C.subject_before if odd else C.svo_subject
            elif far is not None:
                roles.actor1, roles.conf1 = far, C.far_subject
            elif after and not people_before(tokens, trig_end, after[0].start) \
                    and not (roles.actor2 is not None and roles.actor2.start < after[0].start) \
                    and not owns_object(tokens, after[0].start, trig_end) \
                    and not past_relative(tokens, trig_end, after[0].start) \
                    and not (after[0].start == trig_end and plural_subject(tokens[trig_end - 1])) \
                    and not accusative_object(tokens, after[0]) \
                    and not speaker_pronoun(tokens, trig_start, lo):  # (أكد الحلف أنه قتل 150 متمردا: its object)
                roles.actor1, roles.conf1 = after.pop(0), C.vso_subject
            # (رشق الشبان قوات الاحتلال بالحجارة: the people named right after the verb are its
            # subject; the actor after them is what they acted on)
        if roles.actor2 is None and after:
            roles.actor2, roles.conf2 = after.pop(0), C.object_after
    if roles.actor2 is None and roles.actor1 is not None and roles.actor1.marked == "agent":
        rest = [s for s in before if s is not roles.actor1]
        if rest:  # تعرضت دورية للجيش لهجوم من قبل مسلحين: the one before is the one hit
            roles.actor2, roles.conf2 = rest[-1], C.hit_before
    # مسلحين من تنظيم داعش: a generic actor followed by من + a named one is that one
    for attr in ("actor1", "actor2"):
        nxt = group_after_partitive(tokens, getattr(roles, attr), in_clause)
        if nxt is not None:
            setattr(roles, attr, nxt)
    if roles.actor1 is None and (speaker_ok or speaker_pronoun(tokens, trig_start, lo)):
        speakers = [s for s in in_clause if s.marked == "speaker" and s.end <= trig_start]
        if speakers and (speaker_ok or not of_the_matter(tokens, speakers[-1], trig_start)):
            roles.actor1, roles.conf1 = speakers[-1], C.speaker_agent
    if roles.actor1 is not None and roles.actor2 is not None and (
            _same(roles.actor1, roles.actor2) or (roles.actor2.marked is None and roles.actor1.start >= 0
                                                  and coordinated(tokens, roles.actor1, roles.actor2))):
        own = _same(roles.actor1, roles.actor2) and 0 <= roles.actor1.start < roles.actor2.start \
            and roles.actor1.ref.inter in ARMED_INTERS and roles.actor1.ref.kind != "generic"
        met = [s for s in before if s.end <= roles.actor1.start and not _same(s, roles.actor1)
               and s.ref.inter in ARMED_INTERS] if own else []
        # (شنه الجيش التركي وفصائل المعارضة: its ally, no side hit; صدت X هجوما حوثيا، ما أسفر عن
        # مقتل خمسة من عناصر الميليشيا: the doer's own dead, the side before it met the attack)
        roles.actor2, roles.conf2 = (met[-1], C.victims_before) if met else (None, 0.0)
    if roles.actor2 is not None and roles.actor2.ref.inter == 7:
        _forces_told_with(tokens, roles, in_clause)
    for role, assoc in ((roles.actor1, roles.assoc1), (roles.actor2, roles.assoc2)):
        if role is None:
            continue
        cur = role
        for s in sorted(in_clause, key=lambda x: x.start):
            if s.start >= cur.end and coordinated(tokens, cur, s) and s is not roles.actor2 \
                    and s is not roles.actor1 and not _same(s, role):
                assoc.append(s)
                cur = s
    return roles


def _forces_told_with(tokens: Sequence[Token], roles: Roles, in_clause: list[ActorSlot]) -> None:
    """Civilians hit told together with a state's forces after them (مقتل 3 مدنيين وشرطي، أصيب
    مدنيان وجنديان): the forces are the side hit (ACLED: civilians only when hit alone)."""
    cur = roles.actor2
    for s in sorted(in_clause, key=lambda x: x.start):
        if s.start >= cur.end and (coordinated(tokens, cur, s) or told_with(tokens, cur, s)) \
                and s is not roles.actor1 and not (roles.actor1 and _same(s, roles.actor1)):
            if forces_over_civilians(roles.actor2, s):
                roles.actor2 = s
                return
            cur = s


def _marks_carried(tokens: Sequence[Token], in_clause: list[ActorSlot]) -> None:
    """A side restated right after a marked one, past brackets or quotes only (بجماعة "أنصار
    الله" (الحوثيين)), takes its mark; the side named right after the doer of a verb of
    inflicting losses (كبدت قوات الجيش الحوثيين خسائر) is the one hit."""
    inflict = scope_words().inflict
    for a, b in zip(in_clause, in_clause[1:]):
        if b.marked is not None or b.start < a.end:
            continue
        if a.marked in ("agent", "patient") and a.ref.name == b.ref.name \
                and all(t.kind == "punct" for t in tokens[a.end:b.start]):
            b.marked = a.marked
        elif a.marked == "agent" and b.start == a.end and a.start > 0 \
                and not inflict.isdisjoint(tokens[a.start - 1].forms):
            b.marked = "patient"


def _joined_past_relative(tokens: Sequence[Token], a: ActorSlot, slots: list[ActorSlot]) -> ActorSlot | None:
    """The second side of بين told after a relative clause on the first and a comma (بين جهاز
    X الذي يقوده فلان، وجهاز Y): the first side named after that comma and و."""
    b = next((s for s in slots if s.start > a.end), None)
    if b is None or b.start - a.end > WINDOWS.relative_join:
        return None
    gap = tokens[a.end:b.start]
    rel = [k for k, t in enumerate(gap) if t.norm in function_words("relative")]
    comma = [k for k, t in enumerate(gap) if t.kind == "punct" and t.norm == ","]
    if not rel or not comma or comma[-1] < rel[0] or any(t.kind == "punct" and t.norm == "." for t in gap):
        return None
    tail = [t for t in gap[comma[-1] + 1:] if t.kind != "punct"]
    if len(tail) > 1 or (tail and tail[0].norm not in role_words().conj) \
            or (not tail and not tokens[b.start].norm.startswith(tuple(role_words().conj))):
        return None
    return b


def joined_members(tokens: Sequence[Token], a: ActorSlot, b: ActorSlot, steps: int = WINDOWS.member_steps) -> bool:
    """b follows a past و and at most ``steps`` member words only (بين قوات يمنية وعناصر تابعة
    لتنظيم القاعدة، بين الجيش ومقاتلي حركة الشباب): the second side of بين, named by its members."""
    gap, w = tokens[a.end:b.start], role_words()
    if gap and gap[0].kind == "punct" and gap[0].norm == ",":  # (بين مسلحين من العشائر، ومسلحي الفصائل)
        gap = gap[1:]
    if len(gap) == 1 and gap[0].kind == "punct" and gap[0].norm in QUOTE_MARKS \
            and not w.conj.isdisjoint(tokens[b.start].analyses[-1].prefixes[:1]):
        return True  # (بين المسلحين "الحوثيين" ومسلحين قبليين: the quote closing the first name)
    if 1 < len(gap) <= WINDOWS.owned_unit and gap[0].norm.startswith(tuple(w.conj)) and tokens[b.start].has_proclitic(w.lam) \
            and not w.owned_by.isdisjoint(gap[-1].forms) and all(t.kind != "punct" for t in gap):
        return True  # (بين داعش ومجموعة تابعة لقسد، وكتيبة X التابعة للجيش: the owner of a unit)
    if 1 < len(gap) <= steps + 1 and gap[0].norm.startswith(tuple(w.conj)) and gap[-1].norm in w.partitive \
            and all(not w.member.isdisjoint(t.forms) for t in gap[:-1]):
        return True  # (بين الجيش وعناصر من تنظيم داعش، بين شبان وعناصر من الشرطة: members, then من and their side)
    return 0 < len(gap) <= steps and gap[0].norm.startswith(tuple(w.conj)) \
        and all(not w.member.isdisjoint(t.forms) for t in gap)


def _named_heads(tokens: Sequence[Token], slots: list[ActorSlot]) -> list[ActorSlot]:
    """A generic actor with a named one right after it, as its adjective or after من, is that
    named one (مسلحون حوثيون، عناصر من جماعة الحوثي، مسلحين من تنظيم داعش; a group of a generic
    name too: :func:`names_the_unidentified`): one actor, not a doer and a victim; not what they
    hit, named by a target noun: استهدف مسلحون دورية عسكرية)."""
    out: list[ActorSlot] = []
    k = 0
    while k < len(slots):
        cur = slots[k]
        nxt = slots[k + 1] if k + 1 < len(slots) else None
        if nxt is not None and cur.ref.kind == "generic" \
                and (nxt.ref.kind == "named" or names_the_unidentified(cur.ref, nxt.ref)) \
                and cur.ref.inter not in (6, 7) and not target_noun(tokens[nxt.start]) and (nxt.start == cur.end or (
                    nxt.start == cur.end + 1 and tokens[cur.end].norm in role_words().partitive)):
            out.append(nxt)
            k += 2
            continue
        out.append(cur)
        k += 1
    return out


def _forces_among(tokens: Sequence[Token], before: list[ActorSlot]) -> tuple[ActorSlot, int]:
    """The side hit among the people told last in ``before`` (non-empty) as the dead or wounded
    of an act noun or the subject of a passive verb, and the index of the first of them: the
    last named and those joined to it by a count or a coordination, the side hit being the last
    named unless a state's forces are joined to civilians (سقط ثلاثة جنود وطفلان في قصف، إصابة
    شرطيين وأربعة مدنيين في هجوم، أن شرطيا و3 مدنيين أصيبوا): ACLED's side hit is then the forces."""
    first = len(before) - 1
    subject = part = before[first]
    while first > 0 and (joined_by_count(tokens, before[first - 1], part, mixed=True) or (
            forces_and_civilians(before[first - 1], part) and coordinated(tokens, before[first - 1], part))):
        first -= 1
        part = before[first]
        if forces_over_civilians(subject, part):
            subject = part
    return subject, first


def _same(a: ActorSlot, b: ActorSlot) -> bool:
    return a.ref.name == b.ref.name


def _dist(s: ActorSlot, a: int, b: int) -> int:
    return a - s.end if s.end <= a else s.start - b if s.start >= b else 0


def _nearest(cands: list[ActorSlot], pos: int) -> ActorSlot:
    return min(cands, key=lambda s: abs(s.start - pos))


def same_group(tokens: Sequence[Token], first: ActorSlot, s: ActorSlot) -> bool:
    """``s`` names the group of ``first`` (جنديان من الجيش الصومالي، ضابط في الشرطة المصرية): right
    after the partitive من or في that follows it."""
    gap = range(first.end, s.start)  # (side by side they are a verb's subject and object)
    return len(gap) == 1 and (tokens[first.end].norm in role_words().partitive
                              or tokens[first.end].norm in function_words("in"))
