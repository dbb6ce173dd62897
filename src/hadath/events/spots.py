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
what the plain loop reads. ``spots_by(toks, a, b, test)`` does the same for a test of the word
type alone (``test(word_type) -> bool``: its text, kind and forms; never the token's position).
"""
from __future__ import annotations

from functools import lru_cache
from itertools import compress
from typing import Callable, Hashable, Sequence

from hadath.text.number_words import word_number
from hadath.text.vocab import FactTable, WordType, type_id, vocab
from hadath.types import Token


@lru_cache(maxsize=None)
def _table(key: Hashable) -> FactTable:
    """The fact table of one class (a frozenset of forms, or a test of a word type): the same
    table for an equal class, so a class rebuilt from its lexicon finds its facts again."""
    return vocab().table()


def spots(toks: Sequence[Token], a: int, b: int, words: frozenset[str]) -> list[int]:
    """Ascending indexes k in [a, b) (within the tokens) whose token has a form in ``words``."""
    return _spots(toks, a, b, words, None)


def spots_any(toks: Sequence[Token], a: int, b: int, *classes: frozenset[str]) -> list[int]:
    """Ascending indexes k in [a, b) (within the tokens) whose token has a form in one of
    ``classes`` (one pass over their union)."""
    return _spots(toks, a, b, _union(classes), None)


@lru_cache(maxsize=None)
def _union(classes: tuple[frozenset[str], ...]) -> frozenset[str]:
    return frozenset().union(*classes)


def spots_by(toks: Sequence[Token], a: int, b: int, test: Callable[[WordType], bool]) -> list[int]:
    """Ascending indexes k in [a, b) (within the tokens) whose token's word type passes ``test``
    (a module-level function of the type alone: its table is keyed by the function)."""
    return _spots(toks, a, b, test, test)


def _spots(toks: Sequence[Token], a: int, b: int, key: Hashable,
           test: Callable[[WordType], bool] | None) -> list[int]:
    a, b = max(a, 0), min(b, len(toks))
    if a >= b:
        return []
    table = _table(key)
    part = toks[a:b]
    try:   # (one C-level pass: a type not seen before with this class raises)
        return list(compress(range(a, b), map(table.__getitem__, map(type_id, part))))
    except KeyError:
        for tok in part:
            wt = tok.word_type
            if wt.id not in table:
                table[wt.id] = (not key.isdisjoint(wt.forms)) if test is None else bool(test(wt))
        return list(compress(range(a, b), map(table.__getitem__, map(type_id, part))))


def vague_word(wt: WordType) -> bool:
    """A word whose number word is a vague one (العشرات، مئات، وعشرات): a test of the word type
    for :func:`spots_by`."""
    return wt.kind == "word" and (hit := word_number(wt.text)) is not None and hit[0].cls == "vague"


def sentence_stop(wt: WordType) -> bool:
    """Punctuation that ends a sentence or its part (``tok.kind == "punct" and tok.norm in
    ".;:!?"``): a test of the word type for :func:`spots_by`."""
    return wt.kind == "punct" and wt.text in ".;:!?"
