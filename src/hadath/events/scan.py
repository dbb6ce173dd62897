"""One pass over a document's tokens, shared by the triggers and events stages.

Every word type is classified once (a fact table of the vocabulary, :mod:`hadath.text.vocab`,
keyed by the type's id): can it start a weapon, trigger or modality-cue phrase, is
it a head verb of a discontinuous phrase. A document pass then costs one dict lookup per token;
only the few candidate positions reach the phrase matchers. The pass also records sentence
bounds, clause bounds (so that a clause is found by two list reads) and the modality cues.

The triggers stage hands its scan to the later stages through the declared Doc field
``Doc.scan`` (with the trigger forms it recorded in ``forms_at``); :func:`scan_of` reads it back,
scanning again only for a Doc that carries none.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import compress
from operator import attrgetter, ne
from typing import TYPE_CHECKING, Any, NamedTuple, Sequence

from hadath.events.lexicons import (cue_matcher, first_words_of, head_complements, purpose_words,
                                    second_words_of, trigger_matcher, weapon_matcher)
from hadath.events.modality import CLAUSE_PUNCT, Cue, boundary_norms, continues
from hadath.events.split_cues import split_cues
from hadath.text.vocab import WordType, type_id, vocab
from hadath.types import Span, Token, TokenColumns

if TYPE_CHECKING:
    from hadath.types import Doc

WEAPON, TRIGGER, CUE, HEAD, PURPOSE = 1, 2, 4, 8, 16
_sentence_of = attrgetter("sentence")
_norm_of = attrgetter("norm")


_MAYBE_HEAD = 32   # (a form is a key of head_complements: type_info's loop decides HEAD)


@lru_cache(maxsize=1)
def _word_flags() -> dict[str, int]:
    """Each first word of a weapon, trigger or cue phrase, each purpose word and each head-verb
    form -> its flags, or-ed: one dict lookup per form of a new word type."""
    out: dict[str, int] = {}
    for words, flag in ((first_words_of(weapon_matcher()), WEAPON),
                        (first_words_of(trigger_matcher()), TRIGGER),
                        (first_words_of(cue_matcher()), CUE), (purpose_words(), PURPOSE),
                        (head_complements().keys(), _MAYBE_HEAD)):
        for w in words:
            out[w] = out.get(w, 0) | flag
    return out


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[int, int], dict[int, tuple]]:
    """Vocabulary fact tables: word-type id -> flags (0 for most); -> (analysis k, head
    candidates, first complement words) for head verbs."""
    return vocab().table(), vocab().table()


@lru_cache(maxsize=1)
def _nisba_suffixes() -> frozenset[str]:
    """Suffixes a verb never takes (triggers_context adjective_suffix: the nisba ي)."""
    from hadath.mentions.trigger_context import context  # (mentions imports this module)
    return context().adjective_suffixes


def _nisba_verb(tok: Token, m) -> bool:
    """A verb phrase matched from a stem + ي (a nisba adjective, no verb with its object: that
    is ني) - تجمعا سلمي مقر: no سلم مقر."""
    if getattr(m.value, "form", None) not in ("verb", "imperfect", "passive"):
        return False
    head = m.key.split()[0]
    segs = [seg for seg in tok.word_type.segs if seg[1] == head]
    return bool(segs) and all(seg[2] in _nisba_suffixes() for seg in segs)


def type_info(wt: WordType) -> int:
    """The flags of a word type (and its head-verb facts in the heads table), memoized."""
    types, heads_of = _tables()
    flags = types.get(wt.id)
    if flags is not None:
        return flags
    word_flags = _word_flags()
    forms = wt.forms
    flags = 0
    for f in forms:
        flags |= word_flags.get(f, 0)
    if flags & _MAYBE_HEAD:   # (most types: no head verb form, no loop)
        flags ^= _MAYBE_HEAD
        heads = head_complements()
        nisba = _nisba_suffixes()
        for k, f in enumerate(forms):
            cands = heads.get(f)
            if cands and wt.segs[k][2] in nisba:
                # a verb takes its 1st-person object as ني, never ي: a stem + ي is a nisba
                # adjective (سلمي "peaceful", no سلم + "me"); only a noun head reads through it
                cands = [c for c in cands if c[1].form == "noun"]
            if cands:
                heads_of[wt.id] = (k, cands, frozenset(words[0] for words, _ in cands))
                flags |= HEAD
                break
    types[wt.id] = flags
    return flags


@dataclass
class Scan:
    tokens: tuple[Token, ...]
    bounds: dict[int, tuple[int, int]] = field(default_factory=dict)
    breaks: list[int] = field(default_factory=list)   # clause boundary tokens, ascending
    weapons: list[int] = field(default_factory=list)  # candidate start positions
    triggers: list[int] = field(default_factory=list)
    # head verbs: (i, analysis k, [(complement words, entry)], first complement words)
    heads: list[tuple[int, int, list, frozenset]] = field(default_factory=list)
    cues: list[Cue] = field(default_factory=list)
    cue_starts: list[int] = field(default_factory=list)
    cue_ends: list[int] = field(default_factory=list)
    questions: set[int] = field(default_factory=set)  # sentences ending in "?"
    forms_at: dict[int, str] = field(default_factory=dict)  # trigger start token -> entry form
    purposes: list[int] = field(default_factory=list)   # protest-purpose words (للمطالبة)
    sents: list[int] = field(default_factory=list)  # Token.sentence of every token
    _clauses: dict[tuple[int, int], tuple[int, int]] = field(default_factory=dict)

    def clause(self, start: int, end: int) -> tuple[int, int]:
        """Same as :func:`hadath.events.modality.clause_bounds` within the token's sentence."""
        key = (start, end)
        got = self._clauses.get(key)
        if got is not None:
            return got
        tokens, breaks, bounds = self.tokens, self.breaks, self.bounds
        lo = bounds[tokens[start].sentence][0]
        k = bisect_left(breaks, start)
        a = breaks[k - 1] + 1 if k and breaks[k - 1] >= lo else lo
        hi = bounds[tokens[end - 1].sentence][1]
        k = bisect_right(breaks, end - 1)
        b = breaks[k] if k < len(breaks) and breaks[k] < hi else hi
        got = self._clauses[key] = (a, b)
        return got

    def cues_in(self, a: int, b: int) -> list[Cue]:
        """Cues overlapping tokens [a, b) (cues do not overlap each other: sorted both ways)."""
        return self.cues[bisect_right(self.cue_ends, a):bisect_left(self.cue_starts, b)]


def scan(tokens: tuple[Token, ...], columns: TokenColumns | None = None) -> Scan:
    """A fresh scan of ``tokens`` (``columns``: the text stage's columns of these tokens, read
    instead of each token's fields when they are there)."""
    return _scan(tokens, columns)


def scan_of(doc: "Doc") -> Scan:
    """The scan the triggers stage stored on ``doc`` (``Doc.scan``), or a fresh one when the
    Doc carries none for its tokens (then ``forms_at`` is empty)."""
    sc = doc.scan
    if sc is not None and sc.tokens is doc.tokens:
        return sc
    return _scan(doc.tokens, doc.columns)


def _scan(tokens: tuple[Token, ...], columns: TokenColumns | None = None) -> Scan:
    """Per-token work is done by C-level maps over attribute lists (or read from the text
    stage's columns); Python only visits the sentence starts, the clause boundaries and the
    few flagged tokens."""
    sc = Scan(tokens)
    n = len(tokens)
    if columns is not None and len(columns.type_ids) == n:
        ids, sents, norms = columns.type_ids, columns.sentences, columns.norms
    else:
        ids = list(map(type_id, tokens))
        sents = list(map(_sentence_of, tokens))
        norms = list(map(_norm_of, tokens))
    sc.sents = sents
    types, heads = _tables()
    flags = list(map(types.get, ids))
    if None in flags:   # a new word type (or the vocabulary was reset)
        flags = [type_info(tok.word_type) if f is None else f for f, tok in zip(flags, tokens)]
    # sentence bounds (a later run of the same sentence number wins, as a dict update does)
    bounds = sc.bounds
    if n:
        starts = [0]
        starts += compress(range(1, n), map(ne, sents[1:], sents))
        starts.append(n)
        for lo, hi in zip(starts, starts[1:]):
            bounds[sents[lo]] = (lo, hi)
    # clause boundaries: punctuation . ; : ! ? and connectives (فيما، بينما، لكن ...)
    breaks = sc.breaks
    for i in compress(range(n), map(boundary_norms().__contains__, norms)):
        norm = norms[i]
        # (continues reads the semicolon and connectives only: the call is made for them)
        if (tokens[i].kind == "punct") == (norm in CLAUSE_PUNCT) and (
                (norm in CLAUSE_PUNCT and norm != ";") or not continues(tokens, i)):
            breaks.append(i)
    cue_pos: list[int] = []
    for i in compress(range(n), flags):
        tok = tokens[i]
        if tok.kind == "punct":
            continue
        f = flags[i]
        if f & WEAPON:
            sc.weapons.append(i)
        if f & TRIGGER:
            sc.triggers.append(i)
        if f & CUE:
            cue_pos.append(i)
        if f & PURPOSE:
            sc.purposes.append(i)
        if f & HEAD:
            head = heads.get(ids[i])
            if head is None:  # the vocabulary was reset meanwhile
                types.pop(ids[i], None)
                type_info(tok.word_type)
                head = heads[ids[i]]
            sc.heads.append((i,) + head)
    for lo, hi in bounds.values():
        if "?" in norms[max(lo, hi - 2):hi]:
            sc.questions.add(sents[lo])
    sc.cues = split_cues(tokens, [Cue(m.start, m.end, m.value) for m in _matches(cue_matcher(), tokens, cue_pos, False)])
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


def _single(matcher, tok: Token, memo: dict) -> tuple:
    """What a token of this word type matches on its own (the same for every token of the
    type, but for its span), and the next words with which a longer phrase may start here."""
    seconds = second_words_of(matcher)
    nxt: set[str] = set()
    for f in tok.forms:
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
    hit = memo[tok.word_type.id] = (one, frozenset(nxt))
    return hit


class _One(NamedTuple):
    """A memoized one-word match read as a match (:func:`_nisba_verb` asks its value and key)."""
    value: object
    key: str
    k: int
    suffix: object


def _matches(matcher, tokens: Sequence[Token], positions: list[int], spans: bool = True) -> list[Hit]:
    """Non-overlapping longest matches left to right, trying only the candidate positions
    (what ``matcher.find`` yields, without visiting the other tokens). The phrase matcher
    only runs where a longer phrase may start (the next token can continue it); one-word
    matches come from a per-word-type memo. ``spans=False`` leaves their spans out."""
    out: list[Hit] = []
    nxt = 0
    n = len(tokens)
    match_at = matcher.match_at
    # word-type id -> (one-word match | False, words a longer phrase may go on with)
    memo = matcher.facts("scan.single")
    get = memo.get
    for i in positions:
        if i < nxt:
            continue
        tok = tokens[i]
        hit = get(tok.word_type.id)
        if hit is None:
            hit = _single(matcher, tok, memo)
        more = hit[1]
        if more and i + 1 < n and not more.isdisjoint(tokens[i + 1].forms) \
                and tokens[i + 1].sentence == tok.sentence:
            m = match_at(tokens, i)
            if m is None:
                continue
            if not _nisba_verb(tok, m):
                out.append(Hit(m.start, m.end, m.span, m.value, m.key, m.suffix))
                nxt = m.end
                continue
            if m.end == i + 1 or (hit[0] and _nisba_verb(tok, _One(*hit[0]))):
                continue
            # (a longer phrase refused as a nisba verb: the token's own match, unless it is one too)
        one = hit[0]
        if one:
            value, key, k, suffix = one
            span = (tok.span if k == 0 else tok.stem_span(k)) if spans else None
            out.append(Hit(i, i + 1, span, value, key, suffix))
            nxt = i + 1
    return out


def weapon_matches(sc: Scan) -> list[Hit]:
    return _matches(weapon_matcher(), sc.tokens, sc.weapons)


def trigger_matches(sc: Scan) -> list[Hit]:
    return _matches(trigger_matcher(), sc.tokens, sc.triggers)
