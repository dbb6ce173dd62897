"""Where a side stands against its trigger (split out of roles.py, issue #11): the tests
:func:`hadath.events.roles.assign` asks of an actor's position before it fills a role - the far
subject of a verb that heads its clause, a speaker's own pronoun (قال الجيش إنه قصف) or the pronoun
of the matter, a verb of announcing, a consequence verb, complementizer or relative pronoun that opens
another clause between, only time words between, the genitive or ل after a verbal noun, a victim-like
object, the owner of the object, and the subject of تعرض."""
from __future__ import annotations

from typing import TYPE_CHECKING, Container, Sequence

from hadath.events.lexicons import function_words
from hadath.events.marks import nisba_word
from hadath.events.role_words import acts_on, owned, role_words, target_noun, told_in
from hadath.events.toll_words import consequence
from hadath.events.tuning import WINDOWS
from hadath.events.unnumbered import preceded_by
from hadath.events.victims import PEOPLE, category
from hadath.mentions.actors_country import country_names
from hadath.mentions.actors_speaker import speaker_words
from hadath.mentions.actors_lexicon import actor_lexicon
from hadath.text.clitics import clitics
from hadath.types import Token

if TYPE_CHECKING:
    from hadath.events.roles import ActorSlot, Roles

ANNOUNCER_LEFT = 2  # a verb of announcing this close before its subject (أعلنت كتائب القسام)


def far_subject(tokens: Sequence[Token], in_clause: list[ActorSlot], trig_start: int, lo: int,
                 roles: Roles) -> ActorSlot | None:
    """The subject of a verb it lies far from (أن قوات الجيش والقوات المساندة لها دخلت المدينة
    ... وبسطت سيطرتها): the last unmarked actor before the verb that heads its clause (at its
    start, after punctuation or after أن/إن), with no other actor between it and the verb."""
    before = [s for s in in_clause if s.end <= trig_start]
    if not before:
        return None
    s = before[-1]
    if s.marked is not None or s is roles.actor2 or trig_start - s.end > WINDOWS.far_subject:
        return None
    k = s.start - 1
    while k >= lo and tokens[k].norm in ("«", '"', "("):
        k -= 1
    if k < lo or tokens[k].kind == "punct" or not role_words().subject_left.isdisjoint(tokens[k].forms):
        return s
    return None


def speaker_pronoun(tokens: Sequence[Token], trig_start: int, lo: int) -> bool:
    """قال الجيش إنه قصف ...: the verb's subject is the speaker itself; so with a light verb and
    a count of operations between (قال التحالف إنه نفذ 31 عملية استهداف)."""
    w = role_words()
    k = trig_start - 1
    while k >= max(lo, trig_start - 4) and (tokens[k].kind == "number" or not w.light.isdisjoint(tokens[k].forms)):
        k -= 1
    if k >= lo and tokens[k].norm in w.self_pronoun:
        return True
    # ... and a verb joined by و to the said verb shares its subject (قال الجيش إنه أحبط محاولة
    # تسلل ...، وقتل أربعة من المهربين)
    return tokens[trig_start].norm.startswith(tuple(w.conj)) and tokens[trig_start].norm[1:] in tokens[trig_start].forms \
        and any(tokens[j].norm in w.self_pronoun for j in range(lo, trig_start))


def of_the_matter(tokens: Sequence[Token], speaker: ActorSlot, trig_start: int) -> bool:
    """The masculine pronoun before the verb does not agree with a feminine speaker (قالت الشرطة
    إنه قتل ثلاثة أشخاص): it is the pronoun of the matter before a passive ("that three were
    killed"), not the speaker telling its own act (أكد الحلف أنه قتل، قالت الشرطة إنها قتلت)."""
    w = role_words()
    if not any(tokens[k].norm in w.matter for k in range(max(speaker.end, trig_start - 4), trig_start)):
        return False
    c = clitics()
    return tokens[speaker.start].norm.endswith((c.ta_marbuta_norm, c.accusative + c.ta))


def announced(tokens: Sequence[Token], s: ActorSlot, lo: int) -> bool:
    """The speaker at ``s`` is the subject of a verb of announcing (أعلن، تبنى), not of saying
    (قال مصدر طبي: قتل ثلاثة - what the source says was done by others)."""
    return preceded_by(tokens, s.start, lo, function_words("announce"), ANNOUNCER_LEFT)


def past_consequence(tokens: Sequence[Token], trig_end: int, start: int) -> bool:
    """A consequence verb (انفجرت عبوة مستهدفة دورية للشرطة ما أسفر عن إصابة شخصين) or a
    complementizer that opens a clause of its own lies between the trigger and an actor after
    it: the actor is that clause's, neither the act's subject nor its object."""
    return any(consequence(tokens, k) for k in range(trig_end, start)) or not function_words(
        "complementizer").isdisjoint(t.norm for t in tokens[trig_end:start])
    # (انفجرت عبوة ...، مشيرا إلى أن القوات الأمنية وصلت: the side after أن is its clause's)


def subject_of(tokens: Sequence[Token], s: ActorSlot, trig_start: int) -> bool:
    """``s`` is a passive verb's subject: right before it, or with only time words between
    (إن عناصر من الشرطة أصيبوا، شرطيا أصيب أمس)."""
    return 0 <= trig_start - s.end <= WINDOWS.speaker_time_gap and all(
        t.norm in role_words().time for t in tokens[s.end:trig_start])


def past_relative(tokens: Sequence[Token], trig_end: int, start: int) -> bool:
    """A relative pronoun stands between the verb and the name at ``start`` (نفذت ضربات على
    الوكر الذي يتحصن فيه عناصر داعش): the name is its relative clause's, not the verb's subject."""
    relative = function_words("relative")
    return any(t.norm in relative for t in tokens[trig_end:start])


def times_only(tokens: Sequence[Token], a: int, b: int) -> bool:
    """Only time words lie in tokens[a:b], a few at most (هاجمها مساء أمس مسلحون)."""
    return 0 < b - a <= WINDOWS.speaker_time_gap and all(t.norm in role_words().time for t in tokens[a:b])


def only_time_between(tokens: Sequence[Token], a: int, b: int) -> bool:
    """The speaker's verbal noun follows it (أعلن الجيش قصف) or only punctuation and time
    words lie between (أعلن الجيش السوداني، السبت، استعادة ...)."""
    if 0 <= b - a <= 1:
        return True
    if b - a <= WINDOWS.insert_words + 2 and tokens[a].norm == "," and tokens[b - 1].norm == ",":
        return True  # أعلنت كتائب القسام، الجناح العسكري لحركة حماس، قنص: an apposition set off by commas
    if told_in(tokens, a, b) and not tokens[b].has_proclitic(role_words().by):
        return True  # تبنى تنظيم القاعدة في تسجيل مصور هجوما: the statement it was told in (not أفاد ... في بيان بقصف)
    return 0 <= b - a <= WINDOWS.speaker_time_gap and all(
        t.kind == "punct" or t.norm in role_words().time for t in tokens[a:b])


def genitive_after(tokens: Sequence[Token], trig_end: int, start: int) -> bool:
    """The side at ``start`` is the genitive of the verbal noun ending at ``trig_end``: right
    after it (هجوم داعش، بهجوم لداعش) or after ل written apart (هجوم لـ«داعش»)."""
    w = role_words()
    gap = tokens[trig_end:start]
    return start - trig_end <= 1 or (0 < len(gap) <= 2 and gap[0].norm in w.lam and all(t.norm in w.lam_gap for t in gap))


def described_lam(tokens: Sequence[Token], trig_end: int, start: int) -> bool:
    """قصف صاروخي ومدفعي لمرتزقة العدوان: relative adjectives describe the verbal noun and its
    doer follows with ل."""
    gap = tokens[trig_end:start]
    return 1 < len(gap) <= WINDOWS.described_gap and tokens[start].has_proclitic(role_words().lam) \
        and all(t.kind == "word" and any(nisba_word(f) for f in t.forms) for t in gap)


def victim_like(tokens: Sequence[Token], trig_end: int, first: ActorSlot, harm: bool = True) -> bool:
    """After an unvocalized verb, a number or a civilian/protester noun right after it reads
    as passive: قتل 5 مدنيين، قتل مدنيان (the object of an active verb follows its subject);
    not after a verb that harms no one (ألقى محتجون قنابل، أحرق متظاهرون: they did it)."""
    if first.ref.inter in (6, 7) and harm:  # (اعتدى أهالي القرية على رجلين: they act on others)
        return first.start - trig_end <= 2 and not acts_on(tokens, first.end)
    if trig_end < len(tokens) and tokens[trig_end].kind == "number":
        return True
    return False


def accusative_object(tokens: Sequence[Token], slot: ActorSlot) -> bool:
    """A side named by a nisba noun in the indefinite accusative (قتل قناص جنديا، أصاب مسلح شرطيا)
    is a verb's object, never its subject: the noun between the verb and it is the doer. Only a
    word whose base without the alef the actor lexicon knows (جندي، شرطي، مدني) is so read; a
    word ending so of itself (ميليشيا) or a country's name (سوريا، روسيا) is no accusative, nor a
    word behind a preposition (بانتحاريا: a genitive, whatever its spelling)."""
    c, names, known, conj = clitics(), country_names(), actor_lexicon().first_words, role_words().conj
    end = c.nisba + c.accusative
    return any(a.stem.endswith(end) and a.stem[:-len(c.accusative)] in known and a.stem not in names
               and conj.issuperset(a.prefixes) for a in tokens[slot.start].analyses)  # (no preposition: بانتحاريا)


def member_doer(tokens: Sequence[Token], slot: ActorSlot, in_clause: Sequence[ActorSlot], verb_end: int,
                hi: int) -> bool:
    """A lone member noun right after an active verb, its side after من, and an object in the
    accusative after that side (قتل قناص من قوات النظام جنديا، أصاب قناص من X طفلا): the member
    is the verb's subject and ``slot`` the doer's side, not the side of one hit (قتل قناص من قوات
    النظام alone is read passive before this)."""
    w, acc = role_words(), clitics().accusative
    k = slot.start - 1
    if k - 1 != verb_end or k >= hi or tokens[k].norm not in w.partitive or w.member.isdisjoint(tokens[verb_end].forms) \
            or any(map(clitics().definite, tokens[verb_end].forms)):
        return False
    stop = min(hi, slot.end + WINDOWS.object_after_subject)
    if any(s.start >= slot.end and s.start < stop and accusative_object(tokens, s) for s in in_clause):
        return True  # (جنديا، شرطيا: a side's man, the one killed)
    return any(tokens[j].kind == "number" or (tokens[j].norm.endswith(acc) and category(tokens[j].forms) in PEOPLE)
               for j in range(slot.end, stop))  # (طفلا، مدنيا، ثلاثة مدنيين)


def owns_object(tokens: Sequence[Token], start: int, trig_end: int) -> bool:
    """The actor at ``start`` is the owner of the verb's object named right before it (نهبت
    ممتلكات المواطنين، أحرقت منازل الأهالي): the one acted on, not the subject."""
    return start - 1 >= trig_end and (category(tokens[start - 1].forms) == "civilian_property"
                                      or target_noun(tokens[start - 1]))


def exposed(tokens: Sequence[Token], trig_start: int, lo: int) -> int:
    """Where تعرض stands when the trigger noun is its complement (تعرضت لهجوم، بعد تعرضها لقصف),
    else -1."""
    lam = role_words().lam
    if trig_start <= lo or not tokens[trig_start].has_proclitic(lam):
        return -1
    exposure = function_words("exposure")  # (تعرضت دورية للجيش اللبناني لإطلاق نار: its subject between)
    for k in range(trig_start - 1, max(lo, trig_start - 1 - WINDOWS.exposed_subject) - 1, -1):
        prev = tokens[k]
        if prev.norm in exposure or not exposure.isdisjoint(prev.forms):
            return k
        if prev.kind != "word":
            return -1
    return -1


def exposed_subject(tokens: Sequence[Token], s: ActorSlot, trig_start: int, lo: int) -> bool:
    """``s`` is the subject of the تعرض the trigger noun completes: named between them (تعرضت
    دورية للجيش لهجوم), right before it (الجيش تعرض لهجوم), or anywhere before a تعرض with the
    pronoun of its subject (انسحبت قوات الأمن من البلدة بعد تعرضها لهجوم). Before a bare تعرضت
    an actor further back belongs to another clause (قصفت قوات النظام بلدة، فيما تعرضت بلدة
    أخرى لقصف: the town is the subject there, no side)."""
    k = exposed(tokens, trig_start, lo)
    if k < 0:
        return False
    pronoun = owned(tokens[k])  # (تعرضها، تعرضهم)
    return pronoun or s.start > k or k - s.end <= WINDOWS.exposed_before


def fell_subject(tokens: Sequence[Token], s: ActorSlot, trig_start: int, lo: int) -> bool:
    """``s`` is the subject of a verb of falling (function_words ``fell``: سقط، سقطوا) the
    trigger noun completes with في or ب (وسقط خمسة رجال شرطة في هجوم بسيارة مفخخة، سقط جنديان
    بقصف): named between them, it is the side hit, not the doer."""
    w = role_words()
    k = trig_start - 1
    if k >= lo and tokens[k].norm in function_words("in"):
        k -= 1
    elif not tokens[trig_start].has_proclitic(w.by):
        return False
    fell = function_words("fell")
    for j in range(k, max(lo, k - WINDOWS.exposed_subject - 1) - 1, -1):
        if tokens[j].kind != "word":
            return False
        if not fell.isdisjoint(tokens[j].forms):
            return j < s.start and s.end <= k + 1
    return False


def opens_own_clause(tokens: Sequence[Token], k: int, starts: Container[int]) -> bool:
    """Token ``k`` opens a conjunct clause with a subject of its own: a word carrying the
    conjunction right after a comma, with an actor (one of ``starts``) right after it (اقتحم
    مستوطنون القرية، واعتقل الجيش ثلاثة شبان): Arabic puts a verb's subject after it, so that
    actor is the doer of the new verb (its own object, ، وقصفت مواقع الجيش, has a noun between)."""
    t = tokens[k]
    return tokens[k - 1].norm == "," and t.kind == "word" and t.norm.startswith(tuple(role_words().conj)) \
        and len(t.norm) > 3 and k + 1 in starts


def verb_opens_clause(tokens: Sequence[Token], k: int, starts: Container[int]) -> bool:
    """The verb at ``k`` opens a conjunct clause with a subject of its own: after a comma
    (:func:`opens_own_clause`) or right after a word, carrying the conjunction as a proclitic, with
    an actor right after it (اندلعت اشتباكات بين الجيش ومسلحين في درنة واحتجز الجيش خمسة منهم).
    Only for a word known to be a verb (a trigger read in the active voice)."""
    t = tokens[k]
    return opens_own_clause(tokens, k, starts) or (
        k >= 1 and tokens[k - 1].kind == "word" and t.kind == "word" and len(t.norm) > 3 and k + 1 in starts
        and t.has_proclitic(role_words().conj)) or after_fronted_time(tokens, k, starts)


def after_fronted_time(tokens: Sequence[Token], k: int, starts: Container[int]) -> bool:
    """The verb at ``k``, with an actor right after it, follows a time phrase that opens a
    conjunct clause after a comma (، وعقب الهجوم اعتقلت قوات الأمن خمسة؛ ، وبعد ساعات من
    التفجير داهمت الشرطة): a word of sequence carrying the conjunction (event_scope.tsv
    ``sequel``: بعد، عقب، إثر) and at most ``WINDOWS.fronted_time`` words, no actor among them.
    The verb's subject is its own, the sides named before the comma the earlier act's."""
    from hadath.events.modality import scope_words

    if k + 1 not in starts or tokens[k].kind != "word":
        return False
    conj, sequel = role_words().conj, scope_words().sequel
    for j in range(k - 1, max(0, k - 2 - WINDOWS.fronted_time), -1):
        t = tokens[j]
        if t.kind != "word" or j in starts or t.sentence != tokens[k].sentence:
            return False
        if tokens[j - 1].norm == "," and t.norm.startswith(tuple(conj)) and t.has_proclitic(conj) \
                and not sequel.isdisjoint(t.forms):
            return True
    return False


def own_subject_cut(tokens: Sequence[Token], slots: list[ActorSlot], trig_end: int, hi: int) -> int:
    """Where a later conjunct clause with a subject of its own (:func:`opens_own_clause`) starts
    after the trigger: that actor is no object of the trigger. ``hi`` when there is none."""
    starts = {s.start for s in slots}
    return next((k for k in range(trig_end + 1, hi - 1) if opens_own_clause(tokens, k, starts)), hi)


def source_clause(tokens: Sequence[Token], trig_end: int, hi: int) -> int:
    """Where a source's words start after the trigger: a speech verb carrying the conjunction
    right after a comma (، وقالت المصادر إن الطائرة كانت تستهدف مواقع لـX). ``hi`` when none."""
    verbs, conj = speaker_words().speech_verbs, tuple(role_words().conj)
    return next((k for k in range(trig_end + 1, hi) if tokens[k - 1].norm == "," and tokens[k].norm.startswith(conj)
                 and not verbs.isdisjoint(tokens[k].forms)), hi)
