"""Per-document word-class bits: one pass per document, then each gate reads positions.

Some rules of the events stage look through a range of tokens for a word of one lexicon class
(``for k in range(lo, hi): if words.isdisjoint(toks[k].forms): continue``), on every call.
Whether a token's forms meet a class is a fact of its word type (:mod:`hadath.text.vocab`):
the classes below are or-ed into one bit mask per word type, kept in one
:class:`~hadath.text.vocab.FactTable` and filled on first sight of a type. A document then costs
one C-level ``dict.get`` per token (:func:`class_positions`, from the text stage's type-id
column), and a rule reads the ascending positions of its class in its range by a bisect
(:func:`within`). Each bit is the gated loop's own necessary test, never more: the rule still
tests each position as before, so it reads exactly what the plain loop read.

A class is a test of a word type's forms; add one by giving it the next bit in ``_classes``.
"""
from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache
from itertools import compress
from typing import Callable, Sequence

from hadath.events.lexicons import function_words
from hadath.text.vocab import FactTable, WordType, type_id, vocab
from hadath.types import Token, TokenColumns

# Each bit is the union of the cases where one gated loop's body does more than ``continue``.
BLAME_VERB = 1   # function_words blame_verb among the forms (index._split_blames)
DID_IT = 2       # did_it among the first two forms, or did_by among the forms (merge._doer_by_pronoun)
SINCE_STOP = 4   # a stop (. ; : ! ?) or toll_words since (toll_objects.continuing_period, frame_tolls.since_span)
VAGUE = 8        # a word whose number word is vague (fatalities._lone_vague)
TOPIC = 16       # the norm is a role_words topic word (role_words.topic_tokens)
CONCURRENT = 32  # frame_words concurrent among the forms (frames._split_concurrent)
RESPONSE = 64    # the norm or a form is a function_words response word (frame_tolls.answered_span)
SAME_MONTH = 128  # the norm is a date_words same_month word (dating._same_month_day)
DEATH = 256      # toll_words death_left among the forms (ordinal_toll.ordinal_dead, unnumbered.named_death)
SHARE = 512      # toll_words share_most among the forms, or the norm a share_of word (shares.share_places)
SCOPE = 1024     # event_scope campaign, several or most among the forms (tallies.tally_of_acts)
SUPPORT = 2048   # function_words support among the forms, or the norm a role_words source word (role_words.supported)
PERIOD = 4096    # the norm is an event_scope latest_of word, or a long_period word by norm or form (tallies.period_acts)
SHIFT_HEAD = 8192   # a one-word forward head of dates_shifts.tsv among the forms (earlier.read_after's first test)
BACKDROP = 16384    # frame_words backdrop_lead among the forms (earlier.backdrop_spans)
THE_DEAD = 32768    # function_words the_dead among the forms (dead_named._force_among_dead)
DURING = 65536      # event_scope during among the forms (tallies.spread_tally)

STOPS = ".;:!?"   # (continuing_period's stops: ``tok.norm in STOPS`` for a punctuation token)


@lru_cache(maxsize=1)
def _classes() -> tuple[tuple[int, Callable[[WordType], bool]], ...]:
    """(bit, test of a word type) for every class (a token's norm is its type's text, its kind
    the type's kind, its forms the type's forms)."""
    from hadath.events.dating import date_words
    from hadath.events.earlier import shift_heads
    from hadath.events.frame_words import frame_words
    from hadath.events.modality import scope_words
    from hadath.events.role_words import role_words
    from hadath.events.toll_words import toll_words
    from hadath.text.number_words import word_number

    blame, did_it, did_by, response, support = (function_words(c) for c in ("blame_verb", "did_it", "did_by", "response", "support"))
    same_month = date_words().same_month
    since, topic, concurrent = toll_words().since, role_words().topic, frame_words().concurrent
    death, share_most, share_of = toll_words().death_left, toll_words().share_most, toll_words().share_of
    scope = scope_words().campaign | scope_words().several | scope_words().most
    source = role_words().source
    latest_of, long_period = scope_words().latest_of, scope_words().long_period
    heads, backdrop, the_dead = shift_heads(), frame_words().backdrop_lead, function_words("the_dead")
    during = scope_words().during

    def vague(wt: WordType) -> bool:
        hit = word_number(wt.text) if wt.kind == "word" else None
        return hit is not None and hit[0].cls == "vague"

    return ((BLAME_VERB, lambda wt: not blame.isdisjoint(wt.forms)),
            (DID_IT, lambda wt: not did_it.isdisjoint(wt.forms[:2]) or not did_by.isdisjoint(wt.forms)),
            (SINCE_STOP, lambda wt: (wt.kind == "punct" and wt.text in STOPS) or wt.text in since
             or not since.isdisjoint(wt.forms)),
            (VAGUE, vague),
            (TOPIC, lambda wt: wt.text in topic),
            (CONCURRENT, lambda wt: not concurrent.isdisjoint(wt.forms)),
            (RESPONSE, lambda wt: wt.text in response or not response.isdisjoint(wt.forms)),
            (SAME_MONTH, lambda wt: wt.text in same_month),
            (DEATH, lambda wt: not death.isdisjoint(wt.forms)),
            (SHARE, lambda wt: not share_most.isdisjoint(wt.forms) or wt.text in share_of),
            (SCOPE, lambda wt: not scope.isdisjoint(wt.forms)),
            (SUPPORT, lambda wt: not support.isdisjoint(wt.forms) or wt.text in source),
            (PERIOD, lambda wt: wt.text in latest_of or wt.text in long_period or not long_period.isdisjoint(wt.forms)),
            (SHIFT_HEAD, lambda wt: not heads.isdisjoint(wt.forms)),
            (BACKDROP, lambda wt: not backdrop.isdisjoint(wt.forms)),
            (THE_DEAD, lambda wt: not the_dead.isdisjoint(wt.forms)),
            (DURING, lambda wt: not during.isdisjoint(wt.forms)))


@lru_cache(maxsize=1)
def _table() -> FactTable:
    return vocab().table()


def type_bits(wt: WordType) -> int:
    """The or-ed bits of the classes a word type's forms meet (memoized per type)."""
    table = _table()
    got = table.get(wt.id)
    if got is None:
        got = 0
        for bit, test in _classes():
            if test(wt):
                got |= bit
        table[wt.id] = got
    return got


def class_positions(toks: Sequence[Token], columns: TokenColumns | None = None) -> dict[int, list[int]]:
    """bit -> the ascending indexes of the tokens whose word type has that class (every bit)."""
    n = len(toks)
    ids = columns.type_ids if columns is not None and len(columns.type_ids) == n else list(map(type_id, toks))
    bits = list(map(_table().get, ids))
    if None in bits:   # (a word type not seen before, or the vocabulary was reset)
        bits = [type_bits(tok.word_type) if b is None else b for b, tok in zip(bits, toks)]
    out: dict[int, list[int]] = {bit: [] for bit, _ in _classes()}
    for i in compress(range(n), bits):
        b = bits[i]
        while b:   # (the set bits only, lowest first: most flagged tokens have one of the many)
            low = b & -b
            out[low].append(i)
            b ^= low
    return out


def within(positions: list[int], a: int, b: int) -> list[int]:
    """The positions in [a, b) (``positions`` ascending)."""
    return positions[bisect_left(positions, a):bisect_left(positions, b)]
