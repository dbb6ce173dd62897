"""مسيّرة read as a drone, not a march (:mod:`hadath.mentions.triggers`): after a strike or
aircraft noun, owned by a side, beside a word only a craft takes, or the instrument of a strike
verb (triggers_context.tsv drone_after, drone_before, strike_verb, instrument_prep)."""
from __future__ import annotations

from hadath.events.frame_words import frame_words
from hadath.events.lexicons import function_words
from hadath.events.role_words import role_words
from hadath.mentions.trigger_context import context
from hadath.mentions.trigger_thrown import bare_bomb
from hadath.text.clitics import clitics, conjunctions
from hadath.types import Token


def after_strike(tokens: tuple[Token, ...], i: int) -> bool:
    """مسيّرة right after a strike or aircraft noun (غارة مسيرة، قصف مسيرة), or after one and a
    nationality adjective or من (طائرة إسرائيلية مسيرة، بغارة إسرائيلية من مسيرة), owned by a
    side (مسيرات تابعة ل), or with a word only a craft takes beside it (مسيرة عسكرية، بواسطة
    مسيرة: triggers_context.tsv drone_after, drone_before): the drone."""
    ctx = context()
    heads = ctx.strike_nouns | ctx.aircraft
    nisba = clitics().nisba_ends   # a nationality adjective's endings
    source = function_words("from")
    if i + 1 < len(tokens) and not role_words().owned_by.isdisjoint(tokens[i + 1].forms):
        return True  # مسيرات تابعة لقوات الدعم السريع: craft a force owns, no march
    if (i + 1 < len(tokens) and not ctx.drone_after.isdisjoint(tokens[i + 1].forms)) or (
            i > 0 and tokens[i - 1].norm in ctx.drone_before):
        return True  # مسيرة عسكرية، بواسطة مسيرة: only a craft
    for k in (i - 1, i - 2, i - 3):
        if k < 0 or tokens[k].sentence != tokens[i].sentence:
            return False
        if not heads.isdisjoint(tokens[k].forms):
            return True
        if not (tokens[k].norm.endswith(nisba) or tokens[k].norm in source):
            return False
    return False


INSTRUMENT_REACH = 4  # words a strike verb may stand before its means (قصفت قوات الدعم السريع بمسيرة)


def instrument(tokens: tuple[Token, ...], i: int) -> bool:
    """مسيّرة with the instrumental preposition after a strike verb of its sentence (قصفت بمسيرة،
    استهدفت القوات الموقع بمسيرة: triggers_context.tsv strike_verb, instrument_prep): the means of
    the strike, the drone; a march is nobody's instrument (قصفت مسيرة is a march shelled)."""
    ctx = context()
    if not tokens[i].has_proclitic(ctx.instrument_preps):
        return False
    for k in range(i - 1, max(i - 1 - INSTRUMENT_REACH, -1), -1):
        if tokens[k].sentence != tokens[i].sentence:
            return False
        if not ctx.strike_verbs.isdisjoint(tokens[k].forms):
            return True
    return False


def instrumental_object(tokens: tuple[Token, ...], j: int) -> bool:
    """The weapon complement at ``j`` of a verb of destroying or intercepting (دمر مسيرات، اعترض
    صاروخا) carries the instrumental preposition (triggers_context.tsv instrument_prep), or is the
    adjective of an aircraft noun that does (بالطائرات المسيرة): the weapon is the verb's means, not
    its object - دمر الجيش بالمسيرات عربات، اعترضت بصواريخ باتريوت صاروخا. A weapon destroyed or
    intercepted takes no ب."""
    preps = context().instrument_preps
    return tokens[j].has_proclitic(preps) or (j > 0 and tokens[j - 1].has_proclitic(preps)
                                              and not context().aircraft.isdisjoint(tokens[j - 1].forms))


def downed_craft(tokens: tuple[Token, ...], i: int, end: int) -> bool:
    """The defuse complement of the head verb at ``i``, ending at ``end``, is a bare مسيّرة and
    the verb brings down or destroys (function_words downs_craft): the craft downed (أسقطت
    الدفاعات الجوية مسيرة، دمرت الدفاعات مسيرة للدعم السريع) - nobody brings down a march. اعترض
    keeps both readings (اعترضت قوات الأمن مسيرة للمعلمين: a march stopped)."""
    return tokens[end - 1].norm in context().drone_keys and not function_words("downs_craft").isdisjoint(tokens[i].forms)


def strikes_as_subject(tokens: tuple[Token, ...], i: int) -> bool:
    """مسيّرة right before a strike verb, or before a nationality adjective and one (بأن مسيرة
    استهدفت السوق، مسيرة إسرائيلية قصفت سيارة): the verb's subject is the craft - a march strikes
    nothing (triggers_context.tsv strike_verb). (Verb first, قصفت مسيرة: strikes_verb_first.)"""
    verbs, nisba = context().strike_verbs, clitics().nisba_ends
    for k in (i + 1, i + 2):
        if k >= len(tokens) or tokens[k].sentence != tokens[i].sentence or tokens[k].kind != "word":
            return False
        if not verbs.isdisjoint(tokens[k].forms):
            return True
        if not tokens[k].norm.endswith(nisba):
            return False
    return False


def strikes_verb_first(tokens: tuple[Token, ...], i: int) -> bool:
    """مسيّرة right after a strike verb that opens its sentence or clause and agrees with it in
    the feminine (قصفت مسيرة سيارتهم، واستهدفت مسيرات الدعم السريع محطة، تستهدف مسيرة): verb,
    subject - a strike verb opening its clause names no doer before it, and the craft it agrees
    with is its subject; a march strikes nothing. A verb with its subject before it (القوات قصفت
    مسيرة)، a masculine one (قصف مسيرة: the march is its object) stay as they were."""
    return i > 0 and feminine_first(tokens, i - 1, context().strike_verbs.intersection(tokens[i - 1].forms))


def feminine_first(tokens: tuple[Token, ...], k: int, verbs) -> bool:
    """The word at ``k``, read as one of ``verbs``, is a verb in the feminine (the perfect ends in
    ت، the imperfect starts with it) that opens its sentence or clause (nothing before it, or a
    punctuation mark): its subject is the noun right after it."""
    if k < 0 or tokens[k].kind != "word" or tokens[k + 1].sentence != tokens[k].sentence:
        return False
    ta = clitics().ta
    if not any(v.endswith(ta) or v.startswith(ta) for v in verbs):
        return False
    before = tokens[k - 1] if k > 0 else None
    return before is None or before.sentence != tokens[k].sentence or before.kind == "punct"


DROPPED_REACH = 3  # words of the craft's description between it and what it dropped (مسيرات الدعم السريع قنابل)


def drops_weapon(tokens: tuple[Token, ...], i: int, weapon_starts) -> bool:
    """مسيّرة right after a verb that opens its clause in the feminine, with a weapon named a few
    words after it, nothing but words between (أسقطت مسيرات الدعم السريع قنابل، ألقت مسيرة تابعة
    للجيش قنبلة، أطلقت مسيرة صاروخا): the craft is the verb's subject and the weapon its object -
    the drone that dropped or fired it; a march drops no bombs."""
    if i == 0 or not feminine_first(tokens, i - 1, tokens[i - 1].forms):
        return False
    conj = conjunctions()
    for k in range(i + 1, min(i + 2 + DROPPED_REACH, len(tokens))):
        if k in weapon_starts or bare_bomb(tokens[k]):
            return True
        t = tokens[k]
        if t.sentence != tokens[i].sentence or t.kind != "word" or t.has_proclitic(conj) \
                or t.norm in function_words("in") or t.norm in frame_words().past_aux:
            return False  # (أسقطت مسيرة كانت تحمل قنابل: a clause of its own describes the craft downed)
    return False
