"""A bare bomb thrown by hand is a grenade (:mod:`hadath.mentions.triggers`, issue #9): قنبلة
with a verb or verbal noun of throwing a few words before it in its sentence (ألقى مجهولون
قنبلة على منزل، رمى شاب قنبلة، بإلقاء قنبلة) is ACLED's Grenade, not a planted bomb
(triggers_context.tsv throw_verb, bare_bomb; not ألقى القبض: throw_not)."""
from __future__ import annotations

from functools import lru_cache

from hadath.mentions.trigger_context import CONTEXT_FILE
from hadath.resources import word_roles
from hadath.types import Token

THROW_REACH = 3  # words between a throwing verb and the bomb: its subject (ألقى مسلحون مجهولون قنبلة)


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    roles = word_roles(CONTEXT_FILE)
    return roles.get("throw_verb", frozenset()), roles.get("bare_bomb", frozenset()), roles.get("throw_not", frozenset())


def thrown(tokens: tuple[Token, ...], start: int, end: int) -> bool:
    """The weapon phrase ``start:end`` is a bare bomb noun thrown by the verb before it."""
    throws, bombs, idioms = _words()
    if end - start != 1 or bombs.isdisjoint(tokens[start].forms):
        return False
    for k in range(start - 1, max(start - 2 - THROW_REACH, -1), -1):
        if tokens[k].sentence != tokens[start].sentence:
            return False
        if not throws.isdisjoint(tokens[k].forms):
            return tokens[k + 1].norm not in idioms  # (ألقى القبض على زارع قنبلة: an arrest, nothing thrown)
    return False


def bare_bomb(tok: Token) -> bool:
    """The word is a bare bomb noun (triggers_context.tsv bare_bomb: قنبلة، قنابل)."""
    return not _words()[1].isdisjoint(tok.forms)
