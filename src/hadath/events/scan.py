"""One pass over a document's tokens, shared by the triggers and events stages.

Every word type is classified once (memoized on its ``Token.forms`` tuple, which the text layer
shares between the tokens of a type): can it start a weapon, trigger or modality-cue phrase, is
it a head verb of a discontinuous phrase. A document pass then costs one dict lookup per token;
only the few candidate positions reach the phrase matchers. The pass also records sentence
bounds, clause bounds (so that a clause is found by two list reads) and the modality cues.

The last document's scan is kept (by identity of its tokens) so that the events stage, run
right after the triggers stage, reuses it instead of scanning again.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, NamedTuple, Sequence

from hadath.events.lexicons import (cue_matcher, first_words_of, head_complements,
                                    second_words_of, trigger_matcher, weapon_matcher)
from hadath.events.modality import CLAUSE_PUNCT, CLAUSE_WORDS, Cue
from hadath.types import Span, Token

WEAPON, TRIGGER, CUE, HEAD = 1, 2, 4, 8
_NOTHING = (None, 0, None)
_TYPES: dict[int, tuple] = {}
_TYPES_MAX = 100_000


@lru_cache(maxsize=1)
def _firsts() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    return (first_words_of(weapon_matcher()), first_words_of(trigger_matcher()),
            first_words_of(cue_matcher()))


def type_info(forms: tuple[str, ...]) -> tuple:
    """(forms, flags, head candidates) of a word type, memoized on the forms tuple."""
    hit = _TYPES.get(id(forms))
    if hit is not None and hit[0] is forms:
        return hit
    wf, tf, cf = _firsts()
    heads = head_complements()
    flags = 0
    if not wf.isdisjoint(forms):
        flags |= WEAPON
    if not tf.isdisjoint(forms):
        flags |= TRIGGER
    if not cf.isdisjoint(forms):
        flags |= CUE
    head = None
    for k, f in enumerate(forms):
        cands = heads.get(f)
        if cands:
            head = (k, cands, frozenset(words[0] for words, _ in cands))
            flags |= HEAD
            break
    info = (forms, flags, head)
    if len(_TYPES) >= _TYPES_MAX:
        _TYPES.clear()
    _TYPES[id(forms)] = info  # holds ``forms``: its id cannot be reused meanwhile
    return info


@dataclass
class Scan:
    tokens: tuple[Token, ...]
    bounds: dict[int, tuple[int, int]] = field(default_factory=dict)
    cstart: list[int] = field(default_factory=list)   # clause start for a phrase starting at i
    cend: list[int] = field(default_factory=list)     # clause end for a phrase whose last token is j
    weapons: list[int] = field(default_factory=list)  # candidate start positions
    triggers: list[int] = field(default_factory=list)
    # head verbs: (i, analysis k, [(complement words, entry)], first complement words)
    heads: list[tuple[int, int, list, frozenset]] = field(default_factory=list)
    cues: list[Cue] = field(default_factory=list)
    cue_starts: list[int] = field(default_factory=list)
    cue_ends: list[int] = field(default_factory=list)
    questions: set[int] = field(default_factory=set)  # sentences ending in "?"
    forms_at: dict[int, str] = field(default_factory=dict)  # trigger start token -> entry form

    def clause(self, start: int, end: int) -> tuple[int, int]:
        """Same as :func:`hadath.events.modality.clause_bounds` within the token's sentence."""
        return self.cstart[start], self.cend[end - 1]

    def cues_in(self, a: int, b: int) -> list[Cue]:
        """Cues overlapping tokens [a, b) (cues do not overlap each other: sorted both ways)."""
        return self.cues[bisect_right(self.cue_ends, a):bisect_left(self.cue_starts, b)]


_LAST: list = [None]


def scan(tokens: tuple[Token, ...]) -> Scan:
    """The scan of ``tokens``, reusing the last one computed for the very same tuple."""
    last = _LAST[0]
    if last is not None and last.tokens is tokens:
        return last
    sc = _scan(tokens)
    _LAST[0] = sc
    return sc


def _scan(tokens: tuple[Token, ...]) -> Scan:
    sc = Scan(tokens)
    n = len(tokens)
    cstart = [0] * n
    cend = [0] * n
    boundary = [False] * n
    get = _TYPES.get
    bounds = sc.bounds
    cue_pos: list[int] = []
    cur_sent, lo, after_boundary = None, 0, 0
    for i, tok in enumerate(tokens):
        s = tok.sentence
        if s != cur_sent:
            if cur_sent is not None:
                bounds[cur_sent] = (lo, i)
            cur_sent, lo, after_boundary = s, i, i
        cstart[i] = after_boundary
        kind = tok.kind
        norm = tok.norm
        if kind == "punct":
            if norm in CLAUSE_PUNCT:
                boundary[i] = True
                after_boundary = i + 1
            continue
        if norm in CLAUSE_WORDS:
            boundary[i] = True
            after_boundary = i + 1
        forms = tok.forms
        hit = get(id(forms))
        if hit is None or hit[0] is not forms:
            hit = type_info(forms)
        flags = hit[1]
        if flags:
            if flags & WEAPON:
                sc.weapons.append(i)
            if flags & TRIGGER:
                sc.triggers.append(i)
            if flags & CUE:
                cue_pos.append(i)
            if flags & HEAD:
                sc.heads.append((i,) + hit[2])
    if cur_sent is not None:
        bounds[cur_sent] = (lo, n)
    # clause ends: for a phrase whose last token is e, the first boundary after e in the
    # sentence (or the sentence end)
    for lo, hi in bounds.values():
        nxt = hi
        for j in range(hi - 1, lo - 1, -1):
            cend[j] = nxt
            if boundary[j]:
                nxt = j
        for t in tokens[max(lo, hi - 2):hi]:
            if t.norm == "?":
                sc.questions.add(tokens[lo].sentence)
                break
    sc.cstart, sc.cend = cstart, cend
    sc.cues = [Cue(m.start, m.end, m.value) for m in _matches(cue_matcher(), tokens, cue_pos, False)]
    sc.cue_starts = [c.start for c in sc.cues]
    sc.cue_ends = [c.end for c in sc.cues]
    return sc


class Hit(NamedTuple):
    """A phrase match (the fields of :class:`hadath.text.matcher.Match` the stages read)."""
    start: int
    end: int
    span: Span | None
    value: Any
    key: str
    suffix: str = ""


# id(matcher) -> {id(forms): (forms, one-word match | False, words a longer phrase may go on with)}
_SINGLE: dict[int, dict[int, tuple]] = {}


def _single(matcher, tok: Token, forms: tuple[str, ...], memo: dict) -> tuple:
    """What a token of this word type matches on its own (the same for every token of the
    type, but for its span), and the next words with which a longer phrase may start here."""
    seconds = second_words_of(matcher)
    nxt: set[str] = set()
    for f in forms:
        for w in (f, "ال" + f):
            more = seconds.get(w)
            if more:
                nxt |= more
                nxt |= {x[2:] for x in more if x.startswith("ال")}  # ال on the next token's stem
    one: tuple | bool = False
    m = matcher.match_at((tok,), 0)
    if m is not None:
        k = next(k for k, an in enumerate(tok.analyses) if an.span == m.span)
        one = (m.value, m.key, k, m.suffix)
    if len(memo) >= _TYPES_MAX:
        memo.clear()
    hit = memo[id(forms)] = (forms, one, frozenset(nxt))  # holds ``forms``: its id stays unique
    return hit


def _matches(matcher, tokens: Sequence[Token], positions: list[int], spans: bool = True) -> list[Hit]:
    """Non-overlapping longest matches left to right, trying only the candidate positions
    (what ``matcher.find`` yields, without visiting the other tokens). The phrase matcher
    only runs where a longer phrase may start (the next token can continue it); one-word
    matches come from a per-word-type memo. ``spans=False`` leaves their spans out."""
    out: list[Hit] = []
    nxt = 0
    n = len(tokens)
    match_at = matcher.match_at
    memo = _SINGLE.setdefault(id(matcher), {})
    get = memo.get
    for i in positions:
        if i < nxt:
            continue
        tok = tokens[i]
        forms = tok.forms
        hit = get(id(forms))
        if hit is None or hit[0] is not forms:
            hit = _single(matcher, tok, forms, memo)
        more = hit[2]
        if more and i + 1 < n and not more.isdisjoint(tokens[i + 1].forms) \
                and tokens[i + 1].sentence == tok.sentence:
            m = match_at(tokens, i)
            if m is None:
                continue
            out.append(Hit(m.start, m.end, m.span, m.value, m.key, m.suffix))
            nxt = m.end
            continue
        one = hit[1]
        if one:
            value, key, k, suffix = one
            span = (tok.span if k == 0 else tok.analyses[k].span) if spans else None
            out.append(Hit(i, i + 1, span, value, key, suffix))
            nxt = i + 1
    return out


def weapon_matches(sc: Scan) -> list[Hit]:
    return _matches(weapon_matcher(), sc.tokens, sc.weapons)


def trigger_matches(sc: Scan) -> list[Hit]:
    return _matches(trigger_matcher(), sc.tokens, sc.triggers)
