"""The word classes of the toll reader (data/lexicons/event_tolls.tsv, normalized on load), shared
by :mod:`hadath.events.fatalities` and :mod:`hadath.events.unnumbered`."""
from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple, Sequence

from hadath.events.lexicons import function_words, word_classes
from hadath.text.number_words import word_number
from hadath.types import Token

TOLL_WORDS = "lexicons/event_tolls.tsv"


class TollWords(NamedTuple):
    """The word classes of data/lexicons/event_tolls.tsv (see its header), normalized."""
    death_noun: frozenset[str]
    injury_noun: frozenset[str]
    death_left: frozenset[str]
    injury_left: frozenset[str]
    death_right: frozenset[str]
    injury_right: frozenset[str]
    subset: frozenset[str]
    filler: frozenset[str]
    toll_head: frozenset[str]
    toll_to: frozenset[str]
    toll_injury: frozenset[str]
    singular_victim: frozenset[str]
    death_one: frozenset[str]
    partitive: frozenset[str]
    conj: frozenset[str]
    casualty: frozenset[str]
    bracket: frozenset[str]
    denial: frozenset[str]
    occurrence: frozenset[str]
    others: frozenset[str]
    comma: frozenset[str]
    article: frozenset[str]
    anaphor: frozenset[str]
    total: frozenset[str]
    motive: frozenset[str]
    pronoun_one: frozenset[str]
    pronoun_two: frozenset[str]
    given_name: frozenset[str]
    one_target: frozenset[str]
    share_of: frozenset[str]
    share_one: frozenset[str]
    share_among: frozenset[str]
    besides: frozenset[str]
    besides_prep: frozenset[str]
    dual_verb_end: frozenset[str]
    age_aside: frozenset[str]
    age_lead: frozenset[str]
    age_noun: frozenset[str]
    during: frozenset[str]
    across: frozenset[str]
    protest_noun: frozenset[str]
    source_noun: frozenset[str]
    second_word: frozenset[str]
    other_side: frozenset[str]
    other_topic: frozenset[str]
    contrast_said: frozenset[str]
    side_of: frozenset[str]
    rank_aside: frozenset[str]
    victim_aside: frozenset[str]
    another_one: frozenset[str]
    victim_of: frozenset[str]
    share_most: frozenset[str]
    doer_victim: frozenset[str]
    doer_definite: frozenset[str]
    doer_one: frozenset[str]
    oblique_end: frozenset[str]
    dual_nisba_end: frozenset[str]
    loss_verb: frozenset[str]
    loss_partitive: frozenset[str]
    toll_more: frozenset[str]
    toll_more_stop: frozenset[str]
    toll_more_after: frozenset[str]
    since: frozenset[str]
    continuing: frozenset[str]
    span_unit: frozenset[str]
    among_kinds: frozenset[str]
    ordinal_next: frozenset[str]
    same_act: frozenset[str]
    same_opening: frozenset[str]
    body: frozenset[str]
    dual_agree: frozenset[str]
    imperfect_prefix: frozenset[str]
    imperfect_dual_end: frozenset[str]
    imperfect_not: frozenset[str]
    construct_dual_end: frozenset[str]
    construct_force: frozenset[str]
    relative_aim: frozenset[str]
    carrying: frozenset[str]
    doer_end_lead: frozenset[str]
    doer_death: frozenset[str]
    doer_shot_dead: frozenset[str]
    joint_places: frozenset[str]
    joint_places_two: frozenset[str]
    total_adjective: frozenset[str]
    company: frozenset[str]
    person_generic: frozenset[str]


@lru_cache(maxsize=1)
def toll_words() -> TollWords:
    return word_classes(TOLL_WORDS, TollWords, shared=("conj",))


@lru_cache(maxsize=1)
def loss_nouns() -> frozenset[str]:
    """The nouns of the dead and the wounded (``death_noun`` | ``injury_noun``: قتلى، جرحى، إصابة)."""
    w = toll_words()
    return w.death_noun | w.injury_noun


@lru_cache(maxsize=1)
def loss_left() -> frozenset[str]:
    """The words of death or wounds that govern a count after them (``death_left`` |
    ``injury_left``: مقتل، إصابة، قتل، أصيب)."""
    w = toll_words()
    return w.death_left | w.injury_left


def sum_word(tokens: Sequence[Token], k: int) -> bool:
    """tokens[k] makes a toll a period's or a sum's (``total``: منذ، خلال، مجموع), or is an
    adjective of sum right after the toll's head or a noun of the dead or wounded it qualifies
    (``total_adjective``: الحصيلة الإجمالية، عدد القتلى الكلي; not الكلية الحربية, a college)."""
    w = toll_words()
    f = tokens[k].forms
    if not w.total.isdisjoint(f):
        return True
    if w.total_adjective.isdisjoint(f) or k == 0:
        return False
    before = tokens[k - 1].forms
    return not (w.toll_head.isdisjoint(before) and loss_nouns().isdisjoint(before)
                and w.casualty.isdisjoint(before))


def conj_led(tok: Token) -> bool:
    """The word carries a conjunction (event_tolls.tsv ``conj``) as a proclitic: its norm is the
    conjunction and one of its own forms (وقتلت، وإصابة; not وصلت, whose و is of the word)."""
    return any(tok.norm.startswith(c) and tok.norm[len(c):] in tok.forms for c in toll_words().conj)


def consequence(tokens: Sequence[Token], i: int) -> bool | None:
    """Token ``i`` as a consequence verb (function_words.tsv: أسفر، أدت، خلفت، تخلف): None when it
    is none, False when negated - after لم the act caused nothing (الغارات لم تسفر عن إصابات في
    صفوف المواطنين) -, True otherwise."""
    marks = function_words("consequence")
    if tokens[i].norm not in marks and marks.isdisjoint(tokens[i].forms):
        return None
    return not (i > 0 and tokens[i - 1].norm in toll_words().denial)


def past_hedge(tokens: Sequence[Token], k: int, hi: int) -> int | None:
    """Past a hedge set off by commas after a counted noun (، على الأقل،): the index after its
    closing comma, or None when tokens[k] opens no such hedge."""
    w = toll_words()
    if tokens[k].norm not in w.bracket and tokens[k].norm not in w.comma:
        return None
    m = k + 1
    while m < hi and tokens[m].kind == "word" and tokens[m].norm in w.filler:
        m += 1
    if m == k + 1 or m >= hi or tokens[m].kind != "punct" or tokens[m].norm in ".;:!?":
        return None
    return m + 1


def agreeing_verb(tok: Token) -> bool:
    """A death or injury verb in the plural or dual (قتلوا، أصيبوا، قتلا): after a comma it still
    tells the count before it, where a singular (قتل) opens a clause of its own."""
    from hadath.events.role_words import plural_subject  # (role_words reads toll_words)

    w = toll_words()
    return (not (w.death_right.isdisjoint(tok.forms) and w.injury_right.isdisjoint(tok.forms))
            and (plural_subject(tok) or tok.norm.endswith(tuple(w.dual_verb_end))))


def aside_count(tok: Token) -> bool:
    """A count word opening a subset aside (بينهم ثلاثة ضباط)."""
    return tok.kind == "number" or word_number(tok.norm) is not None
