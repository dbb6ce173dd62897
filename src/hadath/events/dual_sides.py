"""Both sides of a fight named by one dual noun after بين (اشتباكات بين مجموعتين مسلحتين،
بين جماعتين مسلحتين), or a plural one with no other side after it (بين مجموعات مسلحة): two
unnamed armed groups, each ACLED's Unidentified Armed Group - not the people the fight killed;
and the sides a story names, as the pair between X and Y or as the one that flies a strike."""
from __future__ import annotations

from hadath.events.frames import Frame, ix_triggers
from hadath.events.index import DocIndex, Located
from hadath.events.lexicons import function_words
from hadath.events.role_words import foiler, owned
from hadath.events.roles import ActorSlot, Roles, coordinated, joined_members, mark, role_words
from hadath.events.taxonomy import ARMED_INTERS, CLASSES, STATE_INTERS
from hadath.events.tuning import CONFIDENCE, WINDOWS
from hadath.mentions.actor_marks import MARKS as QUOTES  # (quote marks and brackets)
from hadath.text.number_words import dual_ends

UNNAMED_ARMED = frozenset({2, 3})  # the inters of the unidentified armed group's words


def dual_pair(ix: DocIndex, frame: Frame) -> tuple[ActorSlot, ActorSlot] | None:
    """(slot, slot) for an unnamed armed group in the dual right after بين in the frame's
    clause, else None."""
    toks = ix.doc.tokens
    a, b = frame.clause
    between = role_words().between
    actors = ix.get("actor", frame.sent)
    for loc in actors:
        ref = loc.mention.value
        if a < loc.start < b and ref.kind == "generic" and ref.inter in UNNAMED_ARMED \
                and _after_between(toks, loc.start, a) and (toks[loc.start].norm.endswith(dual_ends()) or not any(
                    loc.end <= o.start < b for o in actors)):
            # (بين مجموعات مسلحة، بين مسلحين with no other side named after them: both sides theirs)
            side = ActorSlot.of(loc)
            return side, side
    return None


def _after_between(toks, start: int, lo: int) -> bool:
    """The name at ``start`` comes right after بين, or after بين and a member noun with من
    (بين أفراد من فصيلين مسلحين، بين عناصر من مجموعتين)."""
    w = role_words()
    if start - 1 >= lo and toks[start - 1].norm in w.between:
        return True
    return start - 3 >= lo and toks[start - 1].norm in w.partitive and not w.member.isdisjoint(toks[start - 2].forms) \
        and toks[start - 3].norm in w.between


def story_pair(ix: DocIndex, frame: Frame) -> tuple[ActorSlot, ActorSlot] | None:
    """The two sides of a report's fighting, named "between X and Y" in the frame's sentence,
    the story before it or the report's lead (تواصلت المواجهات المسلحة بين الجيش السوداني وقوات
    الدعم السريع ... . اشتباكات عنيفة اندلعت الليلة الماضية بالمحور الشمالي الشرقي من الفاشر):
    the one pair of named armed sides so joined, in the order the text gives them."""
    sents = set(range(max(0, frame.sent - WINDOWS.story_sentences), frame.sent + 1))
    sents |= set(range(min(WINDOWS.lead_sentences, frame.sent)))
    return _between_pair(ix, sents)


def named_pair_near(ix: DocIndex, frame: Frame) -> tuple[ActorSlot, ActorSlot] | None:
    """The one pair of named armed sides joined "between X and Y" in the frame's sentence or the
    WINDOWS.story_sentences around it, before or after (اشتباكات بين مجموعتين مسلحتين ... .
    وأكد المركز سقوط 27 قتيلا في الاشتباكات بين اللواء 444 وقوة الردع الخاصة): the sides a
    report names once it has told the fight by an unnamed dual (two armed groups)."""
    n = len(ix.bounds)
    sents = set(range(max(0, frame.sent - WINDOWS.story_sentences), min(n, frame.sent + WINDOWS.story_sentences + 1)))
    return _between_pair(ix, sents)


def _between_pair(ix: DocIndex, sents: set[int]) -> tuple[ActorSlot, ActorSlot] | None:
    """The one pair of named armed sides joined "between X and Y" in ``sents``, in the order
    the text gives them; None when there is none or more than one."""
    toks = ix.doc.tokens
    pairs: dict[frozenset, tuple[ActorSlot, ActorSlot]] = {}
    for sent in sorted(sents):
        lo = ix.bounds[sent][0]
        slots = [ActorSlot.of(loc) for loc in ix.get("actor", sent)
                 if loc.mention.value.kind == "named" and loc.mention.value.inter in ARMED_INTERS]
        for k, a in enumerate(slots):
            if mark(toks, a, lo, ()) != "between" and not (
                    a.start - 2 >= lo and toks[a.start - 1].norm in QUOTES and toks[a.start - 2].norm in role_words().between):
                continue  # (بين «كتيبة النواصي» و«جهاز دعم الاستقرار»: a quote mark after بين)
            b = next((s for s in slots[k + 1:] if coordinated(toks, a, s) or joined_members(toks, a, s, steps=1)  # (وعناصر منظمة بدر)
                      or _joined_in_quotes(toks, a, s)), None)
            if b is not None and b.ref.name != a.ref.name:
                pairs.setdefault(frozenset((a.ref.name, b.ref.name)), (a, b))
    return next(iter(pairs.values())) if len(pairs) == 1 else None


def _joined_in_quotes(toks, a: ActorSlot, b: ActorSlot) -> bool:
    """b follows a past و with quote marks or brackets around either name (بين كتيبة "النواصي"
    و"جهاز دعم الاستقرار"، بين حركة (الشباب) و(الجيش))."""
    gap = toks[a.end:b.start]
    conj = role_words().conj
    return 0 < len(gap) <= 4 and any(t.norm in conj for t in gap) and any(t.norm in QUOTES for t in gap) \
        and all(t.norm in conj or t.norm in QUOTES for t in gap)


def told_flying(ix: DocIndex, loc: Located) -> bool:
    """A state or foreign force named by its aircraft or its air strike (طيران التحالف، غارة
    جوية إسرائيلية): the mention opens with an aircraft word or holds an air-strike trigger."""
    if loc.mention.value.inter not in STATE_INTERS:
        return False
    if ix.doc.tokens[loc.start].norm in role_words().aircraft:
        return True
    return any(loc.start <= t.start < loc.end and CLASSES.get(cls, (None, None))[1] == "Air/drone strike"
               for t, cls in ix_triggers(ix, loc.mention.sentence))


def after_between(toks, j: int) -> bool:
    """Token j follows بين, maybe past the men it names and من (بين عشيرتين، بين مسلحين من
    قبيلتي X وY): it names the sides."""
    w = role_words()
    return toks[j - 1].norm in w.between or toks[j - 1].norm in w.partitive and any(
        toks[k].norm in w.between for k in range(max(0, j - 2 - WINDOWS.communal_men), j - 2))


def aimed_sides(ix: DocIndex, frame: Frame, roles: Roles) -> None:
    """The side an attack was aimed at, told beside its doer: a foiler (:func:`foiled_side`), or
    the holder of the ground attacked (:func:`held_by`), also when the dead are the attackers
    (:func:`own_attack`)."""
    if (foiled := foiled_side(ix, frame, roles)) is not None:
        roles.actor2, roles.conf2 = foiled, CONFIDENCE.opponent
    own_attack(ix, frame, roles)
    if roles.actor1 is not None and roles.actor2 is None:  # (هاجم X المنطقة التي تسيطر عليها Y: Y)
        for t in (t for t in frame.trigs if t.cls in OWN_ATTACKS and t.loc.start >= max(roles.actor1.end, 0)):
            if (held := held_by(ix, frame, t.loc.end, roles.actor1)) is not None:
                roles.actor2, roles.conf2 = held, CONFIDENCE.opponent
                break


def own_attack(ix: DocIndex, frame: Frame, roles: Roles) -> None:
    """The side named as the one hit, with no doer, fell in its own attack told after it by a
    noun with a possessive suffix (قتل عشرة من مسلحي الحوثي في هجومهم على المنطقة): it is the
    doer (actor1), and the side that holds the ground attacked (التي تسيطر عليها X، الخاضعة
    لسيطرة X: :func:`held_by`) is the one it fought, or none known."""
    toks, hit = ix.doc.tokens, roles.actor2
    if roles.actor1 is not None or hit is None or hit.start < 0 or hit.ref.inter not in ARMED_INTERS:
        return
    attack = next((t for t in frame.trigs if t.cls in OWN_ATTACKS and t.form == "noun" and t.loc.start >= hit.end
                   and owned(toks[t.loc.start])), None)
    if attack is None:
        return
    roles.actor1, roles.conf1 = hit, roles.conf2
    roles.actor2 = held_by(ix, frame, attack.loc.end, hit)
    roles.conf2 = CONFIDENCE.opponent if roles.actor2 is not None else 0.0


OWN_ATTACKS = frozenset({"attack", "clash"})


def held_by(ix: DocIndex, frame: Frame, after: int, side: ActorSlot | None, upto: int | None = None) -> ActorSlot | None:
    """The armed side named as holding the ground after token ``after`` in the frame's clause
    (or up to token ``upto``): at most 2 words after a control word (event_roles.tsv control:
    تسيطر، لسيطرة، تتمركز) that follows a held word or a relative pronoun (التي تسيطر عليها X،
    الخاضعة لسيطرة X) - never ``side``."""
    toks, lead, control = ix.doc.tokens, function_words("held") | function_words("relative"), role_words().control
    for k in range(max(after, 1), frame.clause[1] if upto is None else upto):
        if control.isdisjoint(toks[k].forms) or toks[k - 1].norm not in lead:
            continue
        return next((ActorSlot.of(loc) for loc in ix.get("actor", frame.sent)
                     if k < loc.start <= k + 2 and loc.mention.value.inter in ARMED_INTERS
                     and (side is None or loc.mention.value.name != side.ref.name)), None)
    return None


def foiled_side(ix: DocIndex, frame: Frame, roles: Roles) -> ActorSlot | None:
    """The side a foil verb's subject names in the frame's sentence before its acts (أحبطت قوى
    الأمن هجوما استهدف أحد حواجزها، ما أسفر عن مقتل أربعة): the side the act was aimed at, for a
    frame with a doer and no side hit; else None."""
    if roles.actor1 is None or roles.actor2 is not None or not frame.trigs:
        return None
    first = min(t.loc.start for t in frame.trigs)
    return next((ActorSlot.of(loc) for loc in ix.get("actor", frame.sent)
                 if loc.end <= first and loc.mention.value.name != roles.actor1.ref.name
                 and loc.mention.value.inter in ARMED_INTERS and foiler(ix.doc.tokens, loc.start, loc.end)), None)
