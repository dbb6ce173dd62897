"""How the clause marks an actor slot (the roles, part 1): agent and patient markers, speakers,
members acting, coordination - what :func:`hadath.events.roles.assign` reads before it fills the
roles. Split out of roles.py (issue #11: modules under 500 lines); roles.py re-exports these names."""
from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Container, NamedTuple, Sequence

from hadath.events.lexicons import act_words, function_words, victim_words
from hadath.events.modality import scope_words
from hadath.events.role_words import QUOTE_MARKS, agent_pairs, held_post, owner_past_units, ranked, role_words, suffixed_act_noun, target_noun
from hadath.text.number_words import plain_dual_ends, word_number
from hadath.events.tuning import WINDOWS
from hadath.text.clitics import clitics
from hadath.types import Token
from hadath.events.toll_words import toll_words
from hadath.events.victims import counted_victims, is_count
from hadath.resources import word_roles
from hadath.mentions.actors_speaker import speaker_words, statement_noun

if TYPE_CHECKING:
    from hadath.events.index import DocIndex
    from hadath.events.roles import ActorSlot

LOSSES_LEFT = 3  # words from a word of losses inflicted to the side that suffered them (خسائر في الأرواح بـX)
OPEN_QUOTES = frozenset('"«“')  # a name quoted after its generic head (مليشيات «الحوثيين»، تنظيم "داعش")


def _skip_members(tokens: Sequence[Token], i: int, lo: int) -> int:
    """Index of the first token before position ``i`` that is not a member noun, nor the
    quote mark a name opens with (شنته مليشيات «الحوثيين»)."""
    member = role_words().member
    j = i - 1
    if j >= lo and tokens[j].norm in OPEN_QUOTES:
        j -= 1
    steps = 0
    while j >= lo and steps < WINDOWS.member_steps and (set(tokens[j].forms) & member
                                      or victim_words().get(tokens[j].norm) == "armed"):
        j -= 1
        steps += 1
    return j


def _act_before(tokens: Sequence[Token], k: int, lo: int) -> bool:
    """The noun a relative clause (الذي نفذه) hangs on, at ``k`` past its adjectives, is an act or a
    weapon of the trigger and weapon lexicons (الهجوم الذي نفذه، العبوة التي زرعها) - or unknown."""
    while k > lo and nisba_word(tokens[k].norm):
        k -= 1
    return k < lo or tokens[k].kind != "word" or not act_words().isdisjoint(tokens[k].forms)


def mark(tokens: Sequence[Token], slot: ActorSlot, lo: int, speech_ends: Sequence[int],
         aimed: Container[int] = ()) -> str | None:
    """The role marker in front of an actor, if any (``aimed``: :func:`aimed_verbs`)."""
    w = role_words()
    j = _skip_members(tokens, slot.start, lo)
    if j < lo:
        return None
    tok = tokens[j]
    if _unit_between(tokens, _owned_at(tokens, slot.start, lo), lo):
        return "between"  # اشتباكات بين غرفة عمليات X التابعة للجيش وY: the unit's force is a side
    if any(tokens[k].norm in w.source for k in (j, j - 1) if k >= lo):
        return "agent"  # قذائف مصدرها مواقع قوات النظام: who fired them
    if lam_doer(tokens, slot.start, lo):
        return "agent"  # بقصف جوي لطائرات حربية: the strike's doer, also past a speech frame
    if fired_from_site(tokens, j, lo):
        return "agent"  # قصف مدفعي من حواجز قوات النظام: the site's owner fired from it
    if fired_by(tokens, j, lo):
        return "agent"  # قصفا مدفعيا مماثلا من قوات X: the fire came from it
    if any(not toll_words().subset.isdisjoint(tokens[k].forms) for k in (j, j - 1) if k >= lo and (k == j or is_count(tok))):
        return "patient"  # قتل 40 شخصا بينهم جنود ومتطوعون، بينهم 3 جنود: a share of the killed
    relative = j - 1 >= lo and tokens[j - 1].norm in function_words("relative")
    if relative and tok.norm in w.agent and not _act_before(tokens, j - 2, lo):
        return None  # الانقلاب العسكري الذي نفذه قائد الجيش: the doer of another deed, no act's
    if tok.norm in w.agent or (j - 1 >= lo and (tokens[j - 1].norm, tok.norm) in agent_pairs()) \
            or (relative and tok.norm in w.launched):  # الرصاصة التي أطلقها قناص حوثي
        if tok.norm in w.agent and any(not w.target.isdisjoint(tokens[k].forms)
                                         for k in range(j + 1, slot.start)):
            return "patient"  # بقصف مواقع لحماس: the positions hit are the group's
        return "agent"
    if tok.norm in w.partitive:
        if j - 1 >= lo and j == slot.start - 1 and suffixed_act_noun(tokens[j - 1]):
            return "agent"  # بعد توقيفها من شرطة الأخلاق: the arrest was by the police
        if j - 2 >= lo and (tokens[j - 2].norm in w.agent or (tokens[j - 3].norm, tokens[j - 2].norm) in agent_pairs()):
            return "agent"  # برصاص قناص من فصائل المعارضة، من قبل مجموعة من الأهالي: the doer
        if j - 2 >= lo and tokens[j - 2].norm in w.between:
            return "between"  # اشتباكات بين وحدات من الجيش وعناصر مسلحة
        if j - 1 >= lo and not function_words("attacker").isdisjoint(tokens[j - 1].forms):
            return "agent"  # ثلاثة انتحاريين من داعش، مهاجمون من حركة الشباب: the group's attackers
        if j < slot.start - 1 and any(tokens[k].norm not in OPEN_QUOTES for k in range(j + 1, slot.start)):
            return "patient"  # من + member noun + actor (not a quote mark only: مجموعات من "الشرطة العسكرية")
        if j - 1 >= lo and counted_victims(tokens[j - 1]) and not _members_acting(tokens, j - 1, lo):
            return "patient"  # جنديين من الجيش، 3 من عناصر
        if j - 1 >= lo and statement_noun(tokens[j - 1]):
            return "speaker"  # إخطارا من مركز شرطة البلينا، بيان من الجيش: who told it
    person = j - 1 if j - 1 >= lo and not w.member_in.isdisjoint(tokens[j - 1].forms) else j - 2
    if person >= lo and tok.norm in function_words("in") and not w.member_in.isdisjoint(tokens[person].forms) \
            and not spoken_by(person, speech_ends, WINDOWS.speaker_left):  # (قيادي بارز في)
        return "patient"  # منزل قيادي في حماس، اغتيال عضو في الحزب: the person's group is hit
    if relative and any(not w.target.isdisjoint(tokens[k].forms) for k in range(max(lo, j - 5), j - 1)) \
            and speaker_words().speech_verbs.isdisjoint(tok.forms):
        return "patient"  # قاعدة عين الأسد التي تستضيف قوات أمريكية: who is in the place hit
        # (موقع الانفجار الذي أعلنت حركة الشباب مسؤوليتها عنه: who claimed it)
    if not w.mourn.isdisjoint(tok.forms) and j == slot.start - 1:
        return "patient"
    if launched_from_site(tokens, slot.start, lo):
        return "agent"  # قذائف أطلقتها قاعدة للجيش التركي: the site's owner fired them
    if owner_hit(tokens, slot.start, lo):
        return "patient"  # قصف مواقع لتنظيم داعش، استهدف مقر الشرطة: the owner is hit
    if (k := owner_past_units(tokens, slot.start, lo)) >= 0:  # مروحيات تابعة لسلاح جو جيش X: the
        return "patient" if k - 1 >= lo and target_noun(tokens[k - 1]) else "agent"  # aircraft's owner
    if j - 2 >= lo and tokens[j - 1].norm in function_words("held") and tokens[j - 2].norm in w.patient:
        return "patient"  # هجوم على مناطق سيطرة النظام: the side whose areas were attacked
    if tok.norm in w.between:  # اشتباكات بين X وY
        return "between"
    if j in aimed:
        return "patient"  # هجوم انتحاري استهدف دورية للجيش، عبوة استهدفت: the one aimed at
    if tok.norm in w.patient:
        if j == slot.start - 1 and tok.norm in w.targeting and _object_follows(tokens, slot.end):
            return "agent"  # استهداف قوات النظام لحافلة، استهداف الجيش مواقع للدعم السريع
        return "patient"
    if j == slot.start - 1 and not scope_words().inflict.isdisjoint(tok.forms):
        return "agent"  # كبدت قوات الجيش الحوثيين خسائر: who inflicted them
    if j == slot.start - 1 and not scope_words().suffer.isdisjoint(tok.forms):
        return "patient"  # تكبد الحوثيون خسائر فادحة: who suffered them
    if any(not scope_words().losses_noun.isdisjoint(tokens[k].forms) for k in range(max(lo, j - LOSSES_LEFT), j + 1)):
        return "patient"  # إلحاق خسائر في الأرواح بجماعة الحوثي، كبدت الحوثيين: the side that lost
    if spoken_by(slot.start - ranked(tokens, lo, slot.start), speech_ends, WINDOWS.speaker_left) and not any(
            tokens[k].norm in w.subject_left for k in range(max(lo, slot.start - WINDOWS.speaker_left), slot.start)):
        return "speaker"  # (قال مصدر إن انتحاريا فجر نفسه: after إن, the said clause's subject)
    return None


def aimed_verbs(ix: DocIndex, sent: int) -> frozenset[int]:
    """Tokens of the sentence that are a verb of aiming (استهدف، طالت) whose subject is the
    weapon, the attack or the relative pronoun right before it - one word (an adjective, the doer's
    name) and time words may stand between (عبوة ناسفة استهدفت، هجوم انتحاري بسيارة مفخخة استهدف،
    هجوم جديد استهدف، غارات التحالف استهدفت، هجوم مسلح أمس استهدف، التي طالت): the actor after
    such a verb is the one aimed at. A verb opening its clause (استهدفت قوات النظام)
    has its subject after it."""
    key = ("aimed", sent)
    if key in ix.memo:
        return ix.memo[key]
    toks = ix.doc.tokens
    w = role_words()
    ends = {x.end for x in ix.get("weapon", sent)} | {
        x.end for x in ix.get("trigger", sent) if x.mention.value.voice == "nominal"}
    lo, hi = ix.bounds.get(sent, (0, 0))
    relative = function_words("relative")

    def subject_end(k: int) -> int:  # past the time words told between them (هجوم انتحاري أمس استهدف)
        while k - 1 > lo and toks[k - 1].norm in w.time:
            k -= 1
        return k
    out = frozenset(k for k in range(max(lo, 1), hi) if toks[k].norm in w.aim and (
        (j := subject_end(k)) in ends or toks[j - 1].norm in relative
        or (j - 1 in ends and toks[j - 1].kind == "word")))
    # (واستهدف الهجوم قائد قوات الحزام: the attack told right after the verb is its subject; the
    # actor after that is the one aimed at)
    starts = {x.start: x.end for x in ix.get("weapon", sent)} | {
        x.start: x.end for x in ix.get("trigger", sent) if x.mention.value.voice == "nominal"}
    out |= frozenset(starts[k + 1] - 1 for k in range(lo, hi - 1) if k + 1 in starts and not w.aim.isdisjoint(toks[k].forms)
                     and clitics().definite(toks[k + 1].norm) and not _owner_next(toks, starts[k + 1], hi))
    ix.memo[key] = out
    return out


def _owner_next(toks, k: int, hi: int) -> bool:
    """The words at ``k`` name the owner of what came before them (الطيران الحربي التابع للجيش
    السوداني، طيران للجيش): an owner word or a ل-genitive, not the side aimed at."""
    w = role_words()
    return k < hi and (not w.owned_by.isdisjoint(toks[k].forms) or toks[k].has_proclitic(w.lam))


def owner_hit(tokens: Sequence[Token], start: int, lo: int) -> bool:
    """The actor at ``start`` owns what a strike hits, named right before it (قصف مواقع لتنظيم
    داعش، استهدف مقر الشرطة، دوريات للشرطة) or before it and one adjective (عبوة على عربة عسكرية
    للجيش، مواقع تابعة للدعم السريع): it is the side hit. Not where an act came from (انطلاقا من
    مواقع الجيش)."""
    w = role_words()
    owned = start - 2 >= lo and tokens[start - 1].norm in w.owned_by
    if owned:
        start -= 1  # مواقع تابعة للدعم السريع: the positions belonging to it
    for k in (start, start - 1, start - 2):  # (start: the actor named by a post it holds, مركز شرطة)
        if k < lo or not (held_post(tokens[k]) if k == start else target_noun(tokens[k])):
            continue
        if k == start - 2 and not nisba_word(tokens[k + 1].norm) and not (
                owned and tokens[k + 1].has_proclitic(w.lam)):  # مستودعا للأسلحة تابعا لـX
            return False
        return not (k - 1 >= lo and (tokens[k - 1].norm in w.partitive or _landmark(tokens, k, lo)))
    return False


def launched_from_site(tokens: Sequence[Token], start: int, lo: int) -> bool:
    """The actor at ``start`` owns a site noun (target_noun: قاعدة، موقع، حاجز) that is the
    subject of a verb of launching right before it (event_roles ``launched``: قذائف أطلقتها
    قاعدة الجيش التركي، صاروخ أطلقه موقع للجيش): the fire came from its site - the doer, not
    the side hit."""
    w = role_words()
    for k in (start - 1, start - 2):
        if k - 1 < lo or not target_noun(tokens[k]) or tokens[k - 1].norm not in w.launched:
            continue
        return k == start - 1 or tokens[start].has_proclitic(w.lam) or nisba_word(tokens[k + 1].norm)
    return False


def lam_doer(tokens: Sequence[Token], start: int, lo: int) -> bool:
    """The actor at ``start`` is written with ل right after an agent noun (event_roles.tsv agent:
    بقصف، بنيران، برصاص) and its adjectives only (بقصف جوي لطائرات حربية، برصاص لقوات الأمن):
    the ل-genitive of the act, its doer, not the side hit."""
    w = role_words()
    if start < 0 or not tokens[start].has_proclitic(w.lam):
        return False
    c, k = clitics(), start - 1
    while k >= lo and k >= start - 3 and len(tokens[k].norm) >= 3 \
            and tokens[k].norm.endswith((c.nisba, c.nisba + c.ta_marbuta_norm)):  # (جوي، مدفعي)
        k -= 1
    return k >= lo and tokens[k].norm in w.agent


def fired_from_site(tokens: Sequence[Token], k: int, lo: int) -> bool:
    """A site noun at ``k`` after من and a word of fire (event_roles.tsv fire_from: قصف مدفعي من
    حواجز قوات النظام، نيران من مواقع الجيش): the actor after it owns the site the fire came
    from - the doer, not the side hit."""
    w = role_words()
    return k - 2 >= lo and target_noun(tokens[k]) and tokens[k - 1].norm in w.partitive \
        and not w.fire_from.isdisjoint(tokens[k - 2].forms)


def fired_by(tokens: Sequence[Token], j: int, lo: int) -> bool:
    """من at ``j`` follows a word of fire and only the words describing it (event_roles.tsv
    fire_from, fire_manner, relative adjectives: قصف مدفعي مكثف من، قصفا مماثلا من، إطلاق نار من،
    هجوم صاروخي من): the actor after من is the one that fired, not the side hit."""
    w = role_words()
    if j - 1 < lo or tokens[j].norm not in w.partitive:
        return False
    fire, k = False, j - 1
    while k >= lo and k >= j - WINDOWS.fire_words:
        forms = tokens[k].forms
        if not w.fire_from.isdisjoint(forms):
            fire = True
        elif w.fire_manner.isdisjoint(forms) and not nisba_agreeing(tokens[k].norm):
            break
        k -= 1
    return fire


def _landmark(tokens: Sequence[Token], k: int, lo: int) -> bool:
    """The place at ``k`` follows a word of nearness, itself after an object already hit
    (استهدفت مطعما قرب مقر الشرطة): it only says where that object was."""
    near = function_words("nearby")
    if k - 1 < lo:
        return False
    j = k - 1 if tokens[k - 1].norm in near else k - 2 if k - 2 >= lo and tokens[k - 2].norm in near else -1
    if j - 1 < lo:
        return False
    obj = tokens[j - 1]
    return obj.kind == "word" and (target_noun(obj) or obj.norm.endswith(clitics().accusative))


def nisba_word(word: str) -> bool:
    """A relative adjective (عسكري، عسكرية، أمنية)."""
    c = clitics()
    return len(word) > 3 and word.endswith((c.nisba, c.nisba + c.ta_marbuta_norm))


def nisba_agreeing(word: str) -> bool:
    """A relative adjective in any number and case (عراقي، عراقيا، عراقيين، عراقيون، عراقيان)."""
    c = clitics()
    ends = (c.accusative, *c.sound_plural, *plain_dual_ends())
    return nisba_word(word) or len(word) > 4 and any(word.endswith(c.nisba + e) for e in ends)


def spoken_by(start: int, speech_ends: Sequence[int], within: int) -> bool:
    """An actor starting at token ``start``, fewer than ``within`` tokens after a speech verb,
    is its speaker (قال مصدر في الشرطة إن ...)."""
    return any(0 <= start - e < within for e in speech_ends)


def _object_follows(tokens: Sequence[Token], i: int) -> bool:
    """The word at ``i`` opens the object of a verbal noun: a target noun (مواقع، مقر) or a
    noun with the preposition ل (لحافلة، لمواقع)."""
    if i >= len(tokens):
        return False
    tok = tokens[i]
    if not role_words().target.isdisjoint(tok.forms):
        return True
    lam = role_words().lam
    return tok.kind == "word" and tok.has_proclitic(lam)


def _members_acting(tokens: Sequence[Token], k: int, lo: int) -> bool:
    """عناصر من X / قوة من X as the subject (قال شهود إن عناصر من الدعم السريع نهبوا، ألقت قوة
    من الجيش القبض): the member noun starts the clause or follows إن/أن or a light verb, and is
    not itself counted (3 عناصر من) or governed by a death word (مقتل عناصر من)."""
    w = role_words()
    if w.member_head.isdisjoint(tokens[k].forms) and word_number(tokens[k].norm) is None:
        return False  # (a count in a subject's place acts too: إن العشرات من المستوطنين هاجموا)
    if k == lo:
        return True
    prev = tokens[k - 1]
    return prev.kind == "punct" or not w.subject_left.isdisjoint(prev.forms)


def members_after_verb(tokens: Sequence[Token], slot: ActorSlot, lo: int, verb_end: int,
                        harm: bool = True) -> bool:
    """عناصر/قوة من X right after an active verb: the members are its subject (VSO); so is a
    count of them after a verb that harms no one (أضرم عشرات من الأهالي النار)."""
    j = _skip_members(tokens, slot.start, lo)
    return j - 1 == verb_end and tokens[j].norm in role_words().partitive \
        and (not role_words().member_head.isdisjoint(tokens[j - 1].forms)
             or not harm and word_number(tokens[j - 1].norm) is not None)


def coordinated(tokens: Sequence[Token], a: ActorSlot, b: ActorSlot) -> bool:
    """b follows a joined by و (X وY، X و Y), or by و and a partner noun (X وشريكتها Y: its ally).
    Quotation marks around either name are transparent (X و"Y"، "X" و«Y»)."""
    conj = role_words().conj
    a, b = _unquoted(tokens, a, b)
    if b.start == a.end and not conj.isdisjoint(tokens[b.start].analyses[-1].prefixes[:1]):
        return True
    if b.start == a.end and tokens[b.start].norm.startswith(tuple(conj)):
        return True
    if a.end < b.start <= a.end + 3 and tokens[a.end].norm == "," and tokens[a.end + 1].norm.startswith(tuple(conj)) \
            and (b.start == a.end + 1 or _unit(tokens[a.end + 1]) and (
                b.start == a.end + 2 or tokens[a.end + 2].norm in role_words().partitive)):
        return True  # (قوات من جيش الاحتلال، ووحدات المستعربين، وعناصر من ميليشيا X: a co-subject set off by commas)
    return b.start == a.end + 1 and (tokens[a.end].norm in conj or tokens[a.end].norm == ","
                                     or (tokens[a.end].norm.startswith(tuple(conj))  # وشريكتها فاغنر: its ally
                                         and not function_words("ally").isdisjoint(tokens[a.end].forms)))


def _owned_at(tokens: Sequence[Token], start: int, lo: int) -> int:
    """Where تابعة ل stands before the actor at ``start`` (التابعة للجيش، التابع لقيادة الجيش),
    or -1."""
    w = role_words()
    if start - 1 >= lo and not w.owned_by.isdisjoint(tokens[start - 1].forms) and tokens[start].has_proclitic(w.lam):
        return start - 1
    return owner_past_units(tokens, start, lo)


def _unit_between(tokens: Sequence[Token], k: int, lo: int) -> bool:
    """A between word (event_roles ``between``) opens the unit named before تابعة at ``k``
    (بين غرفة عمليات عمر المختار التابعة للجيش ...), with no comma, and no و before a word,
    between them: the unit's force is the first of the two sides."""
    w = role_words()
    if k < 0:
        return False
    for i in range(k - 1, max(lo, k - WINDOWS.owned_unit) - 1, -1):
        if tokens[i].norm in w.between:
            return i < k - 1
        if tokens[i].norm in (",", ".") or tokens[i].norm in w.conj or tokens[i].has_proclitic(w.conj):
            return False
    return False


def _unquoted(tokens: Sequence[Token], a: ActorSlot, b: ActorSlot) -> tuple:
    """a and b with the quotation marks right after a and right before b taken into them."""
    end, start = a.end, b.start
    while end < start and tokens[end].norm in QUOTE_MARKS:
        end += 1
    while start > end and tokens[start - 1].norm in QUOTE_MARKS:
        start -= 1
    if (end, start) == (a.end, b.start):
        return a, b
    return _Span(a.start, end), _Span(start, b.end)


class _Span(NamedTuple):
    start: int
    end: int


def _unit(tok: Token) -> bool:
    """A member noun (عناصر، قوات) or a unit noun (actors_words.tsv unit_noun: وحدات) after و."""
    return not _unit_words().isdisjoint(tok.forms)


@lru_cache(maxsize=1)
def _unit_words() -> frozenset[str]:
    return role_words().member | word_roles("lexicons/actors_words.tsv").get("unit_noun", frozenset())
