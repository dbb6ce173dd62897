"""Cue phrases around numbers (numbers_cues.tsv: ما لا يقل عن، أكثر من، على الأقل ...) found in a
token sequence: the phrase-level half of :mod:`hadath.text.numbers`."""
from __future__ import annotations

from functools import lru_cache
from typing import Sequence

from hadath.text.number_words import cue_words, _cues
from hadath.types import Token


def _norm_eq(tok: Token, word: str, first: bool) -> bool:
    if tok.norm == word:
        return True
    return first and len(tok.norm) == len(word) + 1 and tok.norm[0] in cue_words("cue_proclitic") and tok.norm[1:] == word


def _phrase_at(tokens: Sequence[Token], s: int, phrase: tuple[str, ...], sent: int) -> bool:
    if s < 0 or s + len(phrase) > len(tokens):
        return False
    return all(tokens[s + x].sentence == sent and _norm_eq(tokens[s + x], w, x == 0)
               for x, w in enumerate(phrase))


@lru_cache(maxsize=None)
def _cues_by_last(roles: tuple[str, ...]) -> dict[str, tuple[tuple[str, tuple[str, ...]], ...]]:
    out: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for role in roles:
        for phrase in _cues().get(role, ()):
            out.setdefault(phrase[-1], []).append((role, phrase))
            if len(phrase) == 1:
                for p in cue_words("cue_proclitic"):
                    out.setdefault(p + phrase[0], []).append((role, phrase))
    return {k: tuple(v) for k, v in out.items()}


def _cue_before(tokens: Sequence[Token], i: int, roles: tuple[str, ...]) -> tuple[str, int] | None:
    """Longest cue phrase (of the given roles) ending right before token i: (role, its start)."""
    if i == 0:
        return None
    best: tuple[str, int] | None = None
    sent = tokens[i].sentence if i < len(tokens) else -1
    for role, phrase in _cues_by_last(roles).get(tokens[i - 1].norm, ()):
        s = i - len(phrase)
        if (best is None or s < best[1]) and _phrase_at(tokens, s, phrase, sent):
            best = (role, s)
    return best


@lru_cache(maxsize=None)
def _cues_by_first(roles: tuple[str, ...]) -> dict[str, tuple[tuple[int, str, tuple[str, ...]], ...]]:
    """First word -> (order, role, phrase) of the cue phrases of ``roles``, in _cue_after's
    order (roles as given, longest phrase first)."""
    out: dict[str, list[tuple[int, str, tuple[str, ...]]]] = {}
    order = 0
    cues = _cues()
    for role in roles:
        for phrase in cues.get(role, ()):
            out.setdefault(phrase[0], []).append((order, role, phrase))
            order += 1
    return {k: tuple(v) for k, v in out.items()}


def _cue_after(tokens: Sequence[Token], j: int, roles: tuple[str, ...], sent: int) -> tuple[str, int] | None:
    """Longest cue phrase starting at token j: (role, one past its end)."""
    if not 0 <= j < len(tokens):
        return None
    index = _cues_by_first(roles)
    norm = tokens[j].norm
    cands = index.get(norm, ())
    if norm[:1] in cue_words("cue_proclitic"):  # _norm_eq: the first word may carry و/ف/ب
        more = index.get(norm[1:])
        if more:
            cands = tuple(sorted(cands + more)) if cands else more
    for _, role, phrase in cands:
        if _phrase_at(tokens, j, phrase, sent):
            return role, j + len(phrase)
    return None
