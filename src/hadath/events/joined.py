"""Victims joined by و to one named in the singular (ضابط وجندي، امرأة وابنها، شاب فلسطيني وآخر)
and the asides read past between them - a bracket, a rank, one describing word, the body the
victim belongs to, the rest of his name, his age (رجل في الستين من عمره وزوجته). Read by
:mod:`hadath.events.unnumbered` and :mod:`hadath.events.fatalities`."""
from __future__ import annotations

from typing import Sequence

from hadath.events.toll_words import conj_led, toll_words
from hadath.mentions.actors_country import singular_nisbas
from hadath.text.clitics import clitics
from hadath.text.number_words import cue_words, word_number
from hadath.types import Token

ASIDE_WORDS = 7  # words of a bracketed aside after a victim, brackets included: ( لم يذكر اسمه )
AGE_WORDS = 8  # an age told between a victim and the death verb or the one joined after it (البالغ من العمر 34 عاما)
NAME_WORDS = 4  # a given name and up to three more names (أحمد عدنان الزامل)


def past_aside(tokens: Sequence[Token], j: int, hi: int) -> int:
    """The token past the asides told from token ``j`` on, right after a victim: a bracket closed
    within a few words (ضابط (لم يذكر اسمه) ومدني), a rank (ضابط برتبة ملازم ومدني), and one word
    describing the victim before و - a nationality or a word of event_tolls.tsv ``victim_aside``
    (ضابط إسرائيلي وجندي، رقيب احتياط وجندي), or a preposition of ``victim_of`` and a definite
    noun, the body the victim belongs to (عنصر في الشرطة ومدني); ``j`` when none."""
    w = toll_words()
    for _ in range(3):
        if j < hi and tokens[j].kind == "word" and tokens[j].norm in w.given_name:
            j = name_end(tokens, j + 1, hi)  # (الطفل محمد (12 عاما) ووالده: the victim's name)
        elif j < hi and tokens[j].norm in w.bracket:
            close = next((m for m in range(j + 1, min(hi, j + ASIDE_WORDS)) if tokens[m].norm in w.bracket), None)
            if close is None:
                break
            j = close + 1
        elif j + 1 < hi and not w.rank_aside.isdisjoint(tokens[j].forms):
            j += 2
        elif j + 1 < hi and tokens[j].kind == "word" and not conj_led(tokens[j]) and conj_led(tokens[j + 1]) \
                and (tokens[j].norm in singular_nisbas() or not w.victim_aside.isdisjoint(tokens[j].forms)
                     or clitics().definite(tokens[j].norm)):
            j += 1  # (ضابط إسرائيلي وجندي، جندي احتياط ومدني: a word describing the victim; سائق
            # الشاحنة ومرافقه، إمام المسجد ونجله: the noun it is annexed to)
        elif (age := _age_end(tokens, j, hi)):
            j = age  # (رجل في الستين من عمره وزوجته، طفل يبلغ من العمر 12 عاما ووالده: the victim's age)
        elif j < hi and tokens[j].norm in w.victim_of and (body := _body_end(tokens, j, hi)):
            j = body  # (عنصر في الشرطة ومدني، عنصر في قوات الأمن ومدني: the body the victim belongs to)
        else:
            break
    return j


def name_end(tokens: Sequence[Token], k: int, hi: int) -> int:
    """The token after the rest of a person's name from token ``k`` on, right after a given name:
    up to NAME_WORDS - 1 more given names or definite words (أحمد محمد، أحمد عدنان الزامل), none led
    by و (والشاب خالد: another victim)."""
    given, c = toll_words().given_name, clitics()
    j = k
    while j < min(hi, k + NAME_WORDS - 1) and tokens[j].kind == "word" and not conj_led(tokens[j]) \
            and (tokens[j].norm in given or c.definite(tokens[j].norm)):
        j += 1
    return j


def _age_end(tokens: Sequence[Token], j: int, hi: int) -> int:
    """The token after an age told from token ``j`` on - opened by event_tolls.tsv ``age_lead`` or
    ``age_aside`` (في، يبلغ، البالغ), closed by ``age_noun`` (في الستين من عمره، في الخامسة من العمر)
    or a number and its unit (يبلغ من العمر 12 عاما، البالغ 34 عاما) within AGE_WORDS - when the
    token there is led by و; 0 otherwise."""
    w = toll_words()
    if j >= hi or (tokens[j].norm not in w.age_lead and tokens[j].norm not in w.age_aside):
        return 0
    units = cue_words("unit_after")
    for m in range(j + 1, min(hi - 1, j + AGE_WORDS)):
        t = tokens[m]
        if t.kind not in ("word", "number") or conj_led(t):
            return 0
        number = m > j and (tokens[m - 1].norm.isdigit() or word_number(tokens[m - 1].norm) is not None)
        if (t.norm in w.age_noun or (t.norm in units and number)) and conj_led(tokens[m + 1]):
            return m + 1
    return 0


def _body_end(tokens: Sequence[Token], j: int, hi: int) -> int:
    """The token after a body named after the preposition at ``j`` - a definite noun, or a noun
    and the definite noun it is annexed to (في الشرطة، في قوات الأمن) - when the token there is
    led by و; 0 otherwise."""
    for k in (j + 1, j + 2):
        if k + 1 < hi and all(tokens[m].kind == "word" and not conj_led(tokens[m]) for m in range(j + 1, k + 1)) \
                and clitics().definite(tokens[k].norm) and conj_led(tokens[k + 1]):
            return k + 1
    return 0


def joined_victims(tokens: Sequence[Token], j: int, hi: int) -> int:
    """How many more victims are joined by و from token ``j`` on, each with its pronoun: a
    singular one (ووالدته، وشقيقه) or a dual (وطفليها، ومرافقيه: two); or "another one"
    (event_tolls.tsv another_one: لقي شاب فلسطيني وآخر مصرعهما: one more)."""
    from hadath.events.unnumbered import singles, victims_by_number
    single, conj, another = singles(), toll_words().conj, toll_words().another_one
    n = 0
    while j < hi and tokens[j].norm[:1] in conj:
        if _pronoun_dual(tokens[j]):
            n, j = n + 2, j + 1
        elif tokens[j].norm[1:] in another and not (j + 1 < hi and tokens[j + 1].kind == "word"
                                                     and victims_by_number(tokens[j + 1])):
            n, j = n + 1, j + 1  # (شاب فلسطيني وآخر: one more; not وآخر جندي, that victim's own word)
        elif any(f[:len(c)] == c and f[len(c):] in single for f in (tokens[j].norm,) for c in conj) \
                or not single.isdisjoint(tokens[j].forms[1:]):
            n, j = n + 1, j + 1
        else:
            break
    return n


def _pronoun_dual(tok: Token) -> bool:
    """A victim noun's dual before a pronoun, its ن dropped (طفليها، شقيقيه، والديه: two), as
    the stem the tokenizer strips the pronoun from; not "my child" (طفلي has no suffix). The
    dual ends in ي (genitive and accusative) or ا (nominative: شقيقاه، ابناه); a noun in ة
    keeps its ت before it (ابنتيه، شقيقتاه: ابنة، شقيقة)."""
    from hadath.events.unnumbered import singles
    cl, single = clitics(), singles()
    return any(f != tok.norm and f.endswith((cl.nisba, cl.accusative)) and _singular_of(f[:-1]) in single and
               any(tok.norm.endswith(f + suf) for suf in cl.suffixes) for f in tok.forms)


def _singular_of(stem: str) -> str:
    """The singular a dual's stem spells: the stem, its ت back to ة (ابنت -> ابنة) when longer."""
    cl = clitics()
    return stem[:-1] + cl.ta_marbuta_norm if stem.endswith(cl.ta) and len(stem) > 3 else stem
