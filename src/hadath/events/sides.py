"""Who acted and who was hit, read beyond the frame's main trigger (issue #9): the doer named by
another verbal noun of the frame, the victims of the consequence clause, the other side of a
change of ground, and a state's strike abroad. Called by :mod:`hadath.events.realize`."""
from __future__ import annotations

import re

from hadath.events.index import DocIndex, Located
from hadath.events.frames import GROUPS, Frame, Trig, ix_triggers
from hadath.events.lexicons import function_words
from hadath.events.taxonomy import ARMED_INTERS, MILITARY_OF, NON_STATE_ARMED, REMOTE_CLASSES, STATE_INTERS, TOLL_CLASSES
from hadath.events.roles import ActorSlot, Roles, aimed_verbs, assign, coordinated, mark, role_words, same_group, spoken_by, target_noun
from hadath.events.role_words import among_the_dead, foiler
from hadath.events.dual_sides import dual_pair, aimed_sides, named_pair_near, told_flying
from hadath.events.holders import holds_ground_at
from hadath.events.victims import target_category
from hadath.events.toll_words import consequence
from hadath.events.tuning import CONFIDENCE, WINDOWS
from hadath.mentions.actors_lexicon import actor_lexicon
from hadath.mentions.actors_speaker import statement_noun
from hadath.text.normalize import normalize_key
from hadath.types import ActorRef

STRIKE_CLASSES = frozenset({"attack", "shell", "kill", "death", "death_noun", "injure"})
# weapons a state's forces abroad fire from the air as often as not: named alone, the strike is
# still an air strike (قصف صاروخي إسرائيلي، الصواريخ الإسرائيلية استهدفت)
FROM_THE_AIR = frozenset({"missile"})
AIR_DEFENSE_NEAR = 3  # an air defence this close to a fight word is its subject


def strike_abroad(classes: set[str], weapons: set[str], roles: Roles, places: list[Located]) -> bool:
    """A state's military striking in another country, no weapon but missiles or ground fight named
    (التحالف نفذ 31 عملية استهداف، قصف الجيش التركي قرية سيدان): ACLED's air/drone strike -
    a state strikes abroad from the air, not with ground weapons the text would name."""
    if weapons - FROM_THE_AIR or not classes <= STRIKE_CLASSES or not classes & {"attack", "shell"} \
            or roles.actor1 is None:
        return False
    ref = roles.actor1.ref
    if not ref.name.startswith(MILITARY_OF) or not ref.country or not places:
        return False
    place = places[0].mention.value.place
    return place is not None and bool(place.country) and place.country != ref.country


def consequence_target(ix: DocIndex, frame: Frame) -> str | None:
    """Who was hit, told in the consequence clause right after the frame's (قصفت قوات النظام
    البلدة بقذائف الهاون، ما أسفر عن إصابات في صفوف المدنيين): that clause's victims."""
    toks = ix.doc.tokens
    b = frame.clause[1]
    hi = ix.bounds[frame.sent][1]
    for i in range(b, min(hi, b + WINDOWS.consequence_right)):
        if (said := consequence(toks, i)) is not None:
            return target_category(toks, Roles(), i, hi) if said else None
    return None


def after_cause(ix: DocIndex, t: Trig) -> bool:
    """An unvocalized verb form right after a preposition of cause (في قصف، جراء قصف، إثر
    هجوم) or any preposition (أسفر عن سيطرتهم): the verbal noun, not a verb heading the clause."""
    i = t.loc.start
    return i > 0 and (ix.doc.tokens[i - 1].norm in function_words("cause")
                      or ix.doc.tokens[i - 1].norm in function_words("noun_prep"))


def doer_of_noun(ix: DocIndex, frame: Frame, main: Trig, slots: list[ActorSlot], roles: Roles) -> None:
    """The main trigger names no doer, but a verbal noun of the frame does by its genitive
    (قتل ثلاثة مدنيين جراء قصف مليشيات حفتر، إثر غارة للتحالف): that actor is actor1. An
    unvocalized قصف after a cause word (جراء، إثر، في) is the verbal noun."""
    toks = ix.doc.tokens
    speech = ix.speech_ends.get(frame.sent, [])
    for t in frame.trigs:
        if t is main or not (t.strong or t.cls == "aggression") or t.nrole != "agent":
            continue  # (a weak act noun names its doer too: خلال عدوان قوات الاحتلال)
        if t.ref.voice != "nominal" and not after_cause(ix, t):
            continue
        got = assign(toks, slots, t.loc.start, t.loc.end, "nominal", "agent", frame.clause, speech)
        if got.actor1 is None or got.conf1 < CONFIDENCE.genitive_agent or got.actor1.start < t.loc.end:
            continue
        if roles.actor2 is not None and got.actor1.ref.name == roles.actor2.ref.name:
            continue
        roles.actor1, roles.conf1 = got.actor1, CONFIDENCE.noun_doer
        return


def opponent(ix: DocIndex, frame: Frame, side: ActorSlot) -> ActorSlot | None:
    """Ground changes hands between two sides: when the clause names only the side that took
    it (حررت قواتنا سبع قرى، سيطر الثوار على نقاط), the other is the armed side named nearest
    before it in this sentence or the one before (بعد معارك عنيفة مع مليشيا الحوثي)."""
    for sent in (frame.sent, frame.sent - 1):
        locs = [loc for loc in ix.get("actor", sent)
                if loc.mention.value.inter in ARMED_INTERS and loc.mention.value.kind == "named"
                and loc.mention.value.name != side.ref.name
                and (sent < frame.sent or loc.start < frame.clause[1])]
        if locs:
            loc = max(locs, key=lambda l: l.start)
            return ActorSlot.of(loc)
    return None


def holder(ix: DocIndex, frame: Frame, side: ActorSlot) -> ActorSlot | None:
    """The side that held the ground taken, told in this sentence or the next as تحت سيطرة X /
    الخاضعة لسيطرة X (a control word after a held word, the actor right after it): the one
    that lost it, when it is not the side that took it."""
    toks = ix.doc.tokens
    held_words = function_words("held")
    for sent in (frame.sent, frame.sent + 1):
        ends = {t.end for t, c in ix_triggers(ix, sent) if t.start > 0 and toks[t.start - 1].norm in held_words
                and c in ("capture", "recapture")}
        for loc in ix.get("actor", sent) if ends else ():
            ref = loc.mention.value
            if loc.start in ends and ref.kind == "named" and ref.inter in ARMED_INTERS and ref.name != side.ref.name:
                return ActorSlot.of(loc)
    return None


def before_members(toks, start: int, lo: int) -> int:
    """The token before the side at ``start``, past member nouns and من (مع عناصر من الجيش الحر،
    أطلقتها عناصر من ميليشيات X), at most ``WINDOWS.member_steps`` back and not before ``lo``."""
    w = role_words()
    k = start - 1
    while k > lo and start - k <= WINDOWS.member_steps and (toks[k].norm in w.member or toks[k].norm in w.partitive):
        k -= 1
    return k


def partner(ix: DocIndex, frame: Frame, slots: list[ActorSlot], side: ActorSlot) -> ActorSlot | None:
    """The side a clash was fought with, named after مع a few words after a clash word of the
    frame (وتلا ذلك اشتباك مسلح مع قوات الأمن، مواجهات عنيفة مع عناصر التنظيم), past a member
    noun (مع عناصر من الجيش الحر); gunmen "of" a named group are that group (مع مسلحين من حزب X)."""
    ends = [t.loc.end for t in frame.trigs if t.cls == "clash"]
    if not ends:
        return None
    toks, w = ix.doc.tokens, role_words()
    for s in slots:
        k = before_members(toks, s.start, 0)  # (مع عناصر من X)
        if k >= 0 and toks[k].norm in w.partner and s.ref.name != side.ref.name \
                and any(0 <= k - e <= WINDOWS.partner_right for e in ends):
            named = next((n for n in slots if s.ref.kind == "generic" and n.start == s.end + 1 and s.end < len(toks)
                          and toks[s.end].norm in w.partitive and n.ref.kind == "named"), None)
            return named if named is not None and named.ref.name != side.ref.name else s
    return None


def other_side(ix: DocIndex, frame: Frame, slots: list[ActorSlot], roles: Roles, territory: bool) -> None:
    """The side a frame with one side found acted with or against: for ground taken, the side
    that held it or fought for it (swapped when the taker only moved in after the other left:
    سيطرت على البلدة بعد انسحاب X منها); for a clash, the side named after مع - actor2 when the one
    found is the doer, actor1 when it lost men (مصرع عنصرين من حركة حسم في تبادل لإطلاق النار مع
    قوات الأمن); for a foiled act, the foiler (dual_sides.foiled_side)."""
    if _named_for_dual(ix, frame, roles):
        return
    aimed_sides(ix, frame, roles)  # (أحبطت قوى الأمن هجوما، قتل عشرة من X في هجومهم على المنطقة التي ...)
    if roles.actor2 is None and roles.actor1 is not None:
        other = (holder(ix, frame, roles.actor1) or opponent(ix, frame, roles.actor1)) if territory \
            else partner(ix, frame, slots, roles.actor1)
        if other is not None:
            roles.actor2, roles.conf2 = other, CONFIDENCE.opponent
            if territory and any(c == "withdraw" and loc.end == roles.actor1.start
                                 for loc, c in ix_triggers(ix, frame.sent)):
                roles.actor1, roles.actor2 = roles.actor2, roles.actor1
    elif roles.actor1 is None and roles.actor2 is not None and not territory:
        other = partner(ix, frame, slots, roles.actor2)
        if other is not None:
            roles.actor1, roles.conf1 = other, CONFIDENCE.opponent


def _named_for_dual(ix: DocIndex, frame: Frame, roles: Roles) -> bool:
    """A fight told between two unnamed armed groups (بين مجموعتين مسلحتين) whose sides the
    report names around it "between X and Y": those two become actor1 and actor2 (True)."""
    if roles.actor1 is None or roles.actor1.ref.kind != "generic":
        return False
    dual = dual_pair(ix, frame)
    named = named_pair_near(ix, frame) if dual is not None and dual[0].start == roles.actor1.start else None
    if named is None:
        return False
    (roles.actor1, roles.actor2), roles.conf1, roles.conf2 = named, CONFIDENCE.story_actor, CONFIDENCE.story_actor
    return True


def owned_sides(ix: DocIndex, slots: list[ActorSlot], roles: Roles) -> None:
    """A side named by what it has (الطائرات الحربية التابعة للتحالف، القوات التابعة للجيش
    السعودي) or a post by its kind (نقطة أمنية لقوات الحزام الأمني): the owner named after تابعة ل,
    or right after the post with ل, is the side, for actor1 and actor2 alike - the owner's
    alias may hold the word of belonging (actors.tsv: تابعة للتحالف)."""
    toks, owned = ix.doc.tokens, role_words().owned_by
    for role in ("actor1", "actor2"):
        slot = getattr(roles, role)
        if slot is None or slot.start < 0 or slot.end >= len(toks):
            continue
        # (نقطة أمنية لقوات X; a shared or forward post: نقطة أمنية مشتركة للحشد والجيش)
        at = slot.end + (toks[slot.end].norm in role_words().post_shared and slot.end + 1 < len(toks))
        post = target_noun(toks[slot.start]) and toks[at].has_proclitic(role_words().lam)
        if toks[slot.end].norm not in owned and not post:
            continue
        owner = next((s for s in slots if s.start in ((at if post else slot.end + 1), slot.end) and s.ref.name != slot.ref.name
                      and (not post or s.ref.kind == "named")), None)
        if owner is None:
            continue
        setattr(roles, role, owner)
        other = "actor2" if role == "actor1" else "actor1"
        if getattr(roles, other) is owner:
            # (مسيرات تابعة للدعم السريع استهدفت القاعدة البحرية: the side after the owner is hit)
            nxt = next((s for s in slots if s.start >= owner.end and s.end <= ix.bounds[owner.mention.sentence][1]
                        and s.ref.name != owner.ref.name), None) if role == "actor1" else None
            setattr(roles, other, nxt)


def launcher(ix: DocIndex, frame: Frame, slots: list[ActorSlot], roles: Roles, classes: set[str]) -> None:
    """The side named right after a "launched it" verb of the clause (أطلقتها قوات الدعم السريع,
    a member noun between: أطلقها مسلحو المعارضة): for what was intercepted or destroyed
    (أسقطت الدفاعات الجوية طائرة مسيرة أطلقتها X) it is actor2, the launcher of what the
    interceptor hit; for what fell or struck (سقطت قذائف أطلقتها X على الحي) it is actor1, the side
    that fired, when the actor1 found is none or a generic one."""
    toks, words, at = ix.doc.tokens, role_words().launched, role_words().launched_at
    a, b = frame.clause  # (أطلقتها عليه قوات من الجيش: the one aimed at by a pronoun between)
    found = next((s for s in slots if a < s.start < b and a <= (j := before_members(toks, s.start, a))
                  and (toks[j].norm in words or (j > a and toks[j].norm in at and toks[j - 1].norm in words))), None)
    if found is None or found is roles.actor1:
        return
    if classes & {"defuse", "destroy"}:
        if roles.actor2 is None:
            roles.actor2, roles.conf2 = found, CONFIDENCE.opponent
    elif classes & FIRED_OR_HARM and (roles.actor1 is None or roles.actor1.ref.kind == "generic"):
        if roles.actor2 is found:
            roles.actor2 = None
        roles.actor1, roles.conf1 = found, CONFIDENCE.opponent


FIRED_OR_HARM = frozenset({"shell", "airstrike", "explode", "shoot", "kill", "injure", "death"})  # (قتل مدني بقذيفة أطلقتها X)
RAID_CLASSES = frozenset({"raid", "attack", "shell", "airstrike"})


def raid_doer(ix: DocIndex, frame: Frame, slots: list[ActorSlot], roles: Roles) -> None:
    """Deaths told with no doer during a raid or an attack whose doer is its genitive, the raid
    read in another frame (استشهد ثلاثة شبان خلال اقتحام قوات الاحتلال مدينة جنين): that doer,
    an armed or state side, did them."""
    a, b = frame.clause
    own = {t.loc.start for t in frame.trigs}
    for loc, cls in ix_triggers(ix, frame.sent):
        if cls not in RAID_CLASSES or loc.start in own or not a <= loc.start < b \
                or loc.mention.value.voice != "nominal":
            continue
        doer = next((s for s in slots if s.start == loc.end and s.ref.inter in ARMED_INTERS
                     and s is not roles.actor2), None)
        if doer is not None:
            roles.actor1, roles.conf1 = doer, CONFIDENCE.noun_doer
            return


def agreement_parties(ix: DocIndex, frame: Frame, slots: list[ActorSlot], roles: Roles) -> None:
    """The two parties of an agreement named together (وقعت الحكومة السودانية وحركة جيش تحرير
    السودان اتفاقا): the first and the second, not a side and its ally."""
    toks = ix.doc.tokens
    a, b = frame.clause
    inside = sorted((s for s in slots if a <= s.start < b), key=lambda s: s.start)
    for x, y in zip(inside, inside[1:]):
        if coordinated(toks, x, y) and x.ref.name != y.ref.name:
            roles.actor1, roles.actor2 = x, y
            roles.conf1 = roles.conf2 = CONFIDENCE.opponent
            return


STORY_SIDES = NON_STATE_ARMED
AIR_SIDES = STATE_INTERS  # state and external forces: those with aircraft


def told_for(tokens, start: int) -> bool:
    """The actor at token ``start`` is named as the one a statement or its teller speaks for:
    a statement noun right before it (المتحدث باسم قوات X، بيان الجيش، مصدر في X - actors_words.tsv
    statement_noun)."""
    return start > 0 and statement_noun(tokens[start - 1])


def story_actor(ix: DocIndex, frame: Frame, roles: Roles, air: bool = False, civil: bool = False) -> ActorSlot | None:
    """An act whose clause names no doer: the one armed side named earlier in its own sentence
    as the doer of an act of the same group (اعتقلت قوات الاحتلال ...، كما اعتقلت ...);
    else, in a story that names one non-state armed group
    around it (this sentence and the two before: شنت حركة الشباب هجوما ... . وقتل خمسة جنود في
    الهجوم): that group, unless it is the side hit. With ``air`` (an air strike: only a state
    or a foreign force flies) a state or foreign force named so counts too (شن طيران التحالف
    غارات ... . كما شن غارات على ...). Who only told of an act on civilians (``civil``) did not do it."""
    hit = roles.actor2.ref.name if roles.actor2 is not None else None
    shelled = not air and any(t.cls == "shell" for t in frame.trigs)  # (by a state too, not its teller)
    acts = [loc.start for loc, cls in ix_triggers(ix, frame.sent)
            if loc.end <= frame.clause[0] and GROUPS.get(cls) == frame.group]
    said = ix.speech_ends.get(frame.sent, ())
    own = {loc.mention.value.name: loc for loc in ix.get("actor", frame.sent)
           if not spoken_by(loc.start, said, WINDOWS.speaker_right)
           and loc.end <= frame.clause[0] and loc.mention.value.kind == "named" and not foiler(ix.doc.tokens, loc.start, loc.end)
           and loc.mention.value.name != hit and loc.mention.value.inter in ARMED_INTERS
           and any(abs(a - loc.start) <= WINDOWS.near for a in acts) and not holds_ground_at(ix, loc.start)}
    if len(own) == 1:  # جددت قوات النظام قصفها لدوما ...؛ جراء استهداف المدينة: the doer of the
        # sentence's earlier act (not a source: قالت مصادر في الشرطة ... انفجار عبوة)
        loc = next(iter(own.values()))
        return ActorSlot.of(loc)
    if frame.group != "violence":
        return None  # (an arrest's doer is a state force: the sentence's own, or none)
    found: dict[str, Located] = {}
    hit_slot = roles.actor2 if roles.actor2 is not None and roles.actor2.start >= 0 else None
    civil = civil or (hit_slot is not None and hit_slot.ref.inter == 7)
    for sent in range(story_start(ix, frame), frame.sent + 1):
        for loc in ix.get("actor", sent):
            ref = loc.mention.value
            if ref.kind == "named" and ref.name != hit and (
                    ref.inter in STORY_SIDES or (air and ref.inter in AIR_SIDES) or (shelled and _gunner(ref)
                    and mark(ix.doc.tokens, ActorSlot.of(loc), ix.bounds[sent][0], ix.speech_ends.get(sent, ()),
                             aimed_verbs(ix, sent)) != "speaker")) \
                    and not (hit_slot is not None and loc.end <= hit_slot.start
                             and same_group(ix.doc.tokens, ActorSlot.of(loc), hit_slot)) \
                    and not (hit_slot is not None and hit_slot.end <= loc.start <= hit_slot.end + 1
                             and coordinated(ix.doc.tokens, hit_slot, ActorSlot.of(loc))) \
                    and mark(ix.doc.tokens, ActorSlot.of(loc), ix.bounds[sent][0],
                             ix.speech_ends.get(sent, ()), aimed_verbs(ix, sent)) != "patient" \
                    and not (civil and (spoken_by(loc.start, ix.speech_ends.get(sent, ()), WINDOWS.teller)
                                        or told_for(ix.doc.tokens, loc.start))) \
                    and loc.start not in ix.denial_ends and not foiler(ix.doc.tokens, loc.start, loc.end) \
                    and not among_the_dead(ix.doc.tokens, loc.start, ix.bounds[sent][0]) \
                    and not holds_ground_at(ix, loc.start):  # (الخاضعة لسيطرة X: who holds the place hit)
                # (nor who denied it: نفى حزب الله مسؤوليته; nor the group of the dead: بينهم ثلاثة في حزب الله)
                # (nor who told of civilians hit, nor a foiler: أحبطت قوى الأمن; nor the side hit's soldiers: جنود من قوات X)
                found.setdefault(ref.name, loc)
    if (air or shelled) and len(found) > 1:  # غارة جوية إسرائيلية ... أصابت مسؤولا في حزب الله. الغارة التي وقعت في
        flying = {n: loc for n, loc in found.items() if told_flying(ix, loc)}
        if len(flying) == 1 and all(n in flying or loc.mention.value.inter not in AIR_SIDES for n, loc in found.items()):
            found = flying  # النبطية: the one state side, told as flying a strike, among armed groups
    if len(found) != 1:
        return None
    loc = next(iter(found.values()))
    return ActorSlot.of(loc)


def story_start(ix: DocIndex, frame: Frame) -> int:
    """The first sentence of the frame's story: WINDOWS.story_sentences back, but not past a
    sentence that opens another story before the frame (function_words other_story: على صعيد
    آخر، في حادث منفصل) - the sides named before it belong to the other story."""
    lo = max(0, frame.sent - WINDOWS.story_sentences)
    words, text = function_words("other_story"), ix.doc.text
    for sent in range(frame.sent, lo, -1):
        a, b = ix.bounds.get(sent, (0, 0))
        end = min([b] + [t.loc.start for t in frame.trigs]) if sent == frame.sent else b
        if a < end:
            said = " %s " % " ".join(re.sub(r"[^\w\s]", " ", normalize_key(
                text[ix.doc.tokens[a].start:ix.doc.tokens[end - 1].end])).split())
            if any(" %s " % w in said for w in words):
                return sent
    return lo


def _gunner(ref: ActorRef) -> bool:
    """A state's or a foreign state's forces (not the United Nations): a side that shells."""
    return ref.inter in AIR_SIDES and getattr(actor_lexicon().entries.get(ref.actor_id or ""), "kind", "") == "state"


def both_sides(ix: DocIndex, frame: Frame) -> tuple[ActorSlot, ActorSlot] | None:
    """بين الطرفين، بين الجانبين in the frame's clause: the last two named armed sides the story
    named before it (أعلن الثوار معركة ضد حزب الله ... وتواصلت الاشتباكات بين الطرفين), in the
    order the text gives them; None when the clause says no such thing or fewer are named."""
    toks = ix.doc.tokens
    a, b = frame.clause
    if (dual := dual_pair(ix, frame)) is not None:  # اشتباكات بين مجموعتين مسلحتين: the two
        return named_pair_near(ix, frame) or dual   # sides the report names, else two unnamed
    words = function_words("two_sides")
    if not any(toks[i - 1].norm in role_words().between and not words.isdisjoint(toks[i].forms)
               for i in range(max(a, 1), b)):
        return None
    seen: dict[str, ActorSlot] = {}
    for sent in range(frame.sent, max(-1, frame.sent - 1 - WINDOWS.story_sentences), -1):
        for loc in reversed(ix.get("actor", sent)):
            ref = loc.mention.value
            if ref.kind == "named" and ref.inter in ARMED_INTERS and (sent < frame.sent or loc.end <= a):
                seen.setdefault(ref.name, ActorSlot.of(loc))
        if len(seen) >= 2:
            first, second = sorted(list(seen.values())[:2], key=lambda s: s.start)
            return first, second
    return None


def air_defense(ix: DocIndex, roles: Roles, frame: Frame | None = None) -> bool:
    """The doer is an air defence (تصدت الدفاعات الجوية لصواريخ، أسقطت المضادات الأرضية مسيرة):
    it meets missiles and drones, not an armed side, so what it does is no battle."""
    words = function_words("air_defense")
    toks = ix.doc.tokens
    if frame is not None and any(  # (تصدت الدفاعات الجوية لعدد من الصواريخ beside the strike itself)
            t.cls == "clash" and any(not words.isdisjoint(toks[k].forms) for k in range(
                max(frame.clause[0], t.loc.start - AIR_DEFENSE_NEAR), min(frame.clause[1], t.loc.end + AIR_DEFENSE_NEAR)))
            for t in frame.trigs):
        return True
    a1 = roles.actor1
    if a1 is None or a1.start < 0:
        return False
    return any(not words.isdisjoint(t.forms) for t in toks[a1.start:a1.end])


def means_before(ix: DocIndex, frame: Frame, classes: set[str]) -> set[str]:
    """A clause that only counts the dead or hurt (كما قتل بسوق الجمعة مدني آخر) tells more of the
    act its sentence named before it (وورد في تفاصيل القصف): the remote classes (shelling, air
    strike, blast) of the sentence's earlier triggers."""
    if not classes or not classes <= TOLL_CLASSES:
        return set()
    a = frame.clause[0]
    return {c for loc, c in ix_triggers(ix, frame.sent) if loc.start < a and c in REMOTE_CLASSES}
