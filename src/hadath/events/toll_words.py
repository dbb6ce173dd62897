"""The word classes of the toll reader (data/lexicons/event_tolls.tsv, normalized on load), shared
by :mod:`hadath.events.fatalities` and :mod:`hadath.events.unnumbered`."""
from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple, Sequence

from hadath.events.lexicons import function_words, word_classes
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
    dual_verb_end: frozenset[str]
    age_aside: frozenset[str]
    during: frozenset[str]
    across: frozenset[str]
    protest_noun: frozenset[str]
    side_of: frozenset[str]
    rank_aside: frozenset[str]
    share_most: frozenset[str]


@lru_cache(maxsize=1)
def toll_words() -> TollWords:
    return word_classes(TOLL_WORDS, TollWords)


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
