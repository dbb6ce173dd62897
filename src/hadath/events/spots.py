"""The tokens of a range that carry a word of a class, read from per-word-type facts.

Many rules of the events stage look through a range of tokens for a word of one lexicon class
(``for k in range(a, b): if words.isdisjoint(toks[k].forms): continue``), and each such loop
hashes every form of every token of the range again, on every call. Whether a token's forms
meet a class is a fact of its word type (:mod:`hadath.text.vocab`): it is kept in a
:class:`~hadath.text.vocab.FactTable` per class, filled on first sight of a type, so a range
costs one C-level ``dict.get`` per token and the rule's own test runs only at the tokens found.

``spots(toks, a, b, words)`` gives the indexes in [a, b) whose token has a form in ``words``
(a token's norm is its first form, so ``tok.norm in words`` is among them): the necessary test
of such a rule, never more - the rule tests each spot as before, so a gated loop reads exactly
what the plain loop reads.
"""
from __future__ import annotations

from functools import lru_cache
from itertools import compress
from typing import Sequence

from hadath.text.vocab import FactTable, type_id, vocab
from hadath.types import Token


@lru_cache(maxsize=None)
def _table(key: frozenset[str]) -> FactTable:
    """The fact table of one class (a frozenset of forms): the same
    table for an equal class, so a class rebuilt from its lexicon finds its facts again."""
    return vocab().table()


def spots(toks: Sequence[Token], a: int, b: int, words: frozenset[str]) -> list[int]:
    """Ascending indexes k in [a, b) (within the tokens) whose token has a form in ``words``."""
    a, b = max(a, 0), min(b, len(toks))
    if a >= b:
        return []
    table = _table(words)
    part = toks[a:b]
    try:   # (one C-level pass: a type not seen before with this class raises)
        return list(compress(range(a, b), map(table.__getitem__, map(type_id, part))))
    except KeyError:
        for tok in part:
            wt = tok.word_type
            if wt.id not in table:
                table[wt.id] = not words.isdisjoint(wt.forms)
        return list(compress(range(a, b), map(table.__getitem__, map(type_id, part))))
