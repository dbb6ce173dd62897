"""A bare aircraft noun (طائرة، طائرات، الطائرات) read as the air means of a strike
(:mod:`hadath.mentions.triggers`, issue #9): right after a strike noun, with ل or ب or من
between (قصف الطائرات، قصف لطائرة، ضربة من طائرة), the instrument of a strike verb (قصفت
بطائرة), or the subject of a firing verb (أطلقت طائرة صاروخا، صاروخ أطلقته طائرة: a missile fired
from the air), or the subject of a strike verb (إن طائراته استهدفت تجمعات). Elsewhere the craft may be the target (استهداف طائرة، هجوم على طائرة) or no act
at all (تحطم طائرة), so it is no means (triggers_context.tsv air_strike_noun, fire_verb)."""
from __future__ import annotations

from functools import lru_cache

from hadath.events.lexicons import function_words
from hadath.mentions.trigger_context import CONTEXT_FILE, context
from hadath.mentions.trigger_drone import instrument, strikes_as_subject
from hadath.resources import word_roles
from hadath.types import Token


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str]]:
    roles = word_roles(CONTEXT_FILE)
    return roles.get("air_strike_noun", frozenset()), roles.get("fire_verb", frozenset())


def struck_from(tokens: tuple[Token, ...], i: int) -> bool:
    """Token ``i`` is a bare aircraft noun that is the means of a strike told around it."""
    tok = tokens[i]
    if context().aircraft.isdisjoint(tok.forms):
        return False
    strikes, fires = _words()
    k = i - 1
    if k >= 0 and tokens[k].norm in function_words("from"):
        k -= 1  # قصف من الطائرات، ضربة من طائرة
    if k >= 0 and tokens[k].sentence == tok.sentence and not (strikes | fires).isdisjoint(tokens[k].forms):
        return True  # قصف الطائرات، قصف لطائرة، أطلقت طائرة صاروخا، صاروخ أطلقته طائرة
    return instrument(tokens, i) or strikes_as_subject(tokens, i)  # قصفت القوات البلدة بطائرة؛ إن طائراته
    # استهدفت تجمعات: the subject of a strike verb


def bare_aircraft(tokens: tuple[Token, ...], covered: set[int]) -> list[int]:
    """The tokens outside a weapon phrase that :func:`struck_from` reads as the air means."""
    return [i for i in range(len(tokens)) if i not in covered and struck_from(tokens, i)]
