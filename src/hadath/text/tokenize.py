"""Clitic-aware tokenization over normalized text.

Each word token carries its candidate segmentations (``Analysis``), unsegmented first, so that
lexicon lookups hit inflected forms: وبالرقة → و+ب+ال+رقه, للقوات → ل+ال+قوات, عناصرها → عناصر+ها.
"""
from __future__ import annotations

import re
from functools import lru_cache

from hadath.text.normalize import Normalized
from hadath.types import Analysis, Sentence, Span, Token

_TOKEN_RE = re.compile(
    r"(?P<number>\d+(?:[.,]\d+)*)"
    r"|(?P<word>[\u0621-\u064a\u0671-\u06d3\u06fa-\u06ff]+)"
    r"|(?P<latin>[a-z\u00c0-\u024f]+(?:['-][a-z\u00c0-\u024f]+)*)"
    r"|(?P<punct>[^\s\w]|_)",
)

CONJ = ("و", "ف")
PREP = ("ب", "ك", "ل")
FUT = "س"
ARTICLE = "ال"
SUFFIXES = ("هما", "كما", "هم", "هن", "كم", "كن", "نا", "ها", "ني", "ه", "ك", "ي")
MIN_STEM = 2


def _prefix_splits(word: str) -> list[tuple[tuple[str, ...], str]]:
    """All proclitic splits: [(prefixes, rest)], unsegmented first, most segmented last."""
    out: list[tuple[tuple[str, ...], str]] = [((), word)]
    seen = {word}

    def add(prefs: tuple[str, ...], rest: str) -> None:
        if len(rest) >= MIN_STEM and (prefs, rest) not in out:
            out.append((prefs, rest))
            seen.add(rest)

    conj_opts: list[tuple[tuple[str, ...], str]] = [((), word)]
    if word[:1] in CONJ and len(word) > 2:
        conj_opts.append(((word[0],), word[1:]))
    for c_prefs, rest in conj_opts:
        if c_prefs:
            add(c_prefs, rest)
        # لل = ل + ال
        if rest.startswith("لل") and len(rest) > 3:
            add(c_prefs + ("ل", ARTICLE), rest[2:])
            add(c_prefs + ("ل",), "ال" + rest[2:])
        prep_opts = [(c_prefs, rest)]
        if rest[:1] in PREP and len(rest) > 2:
            prep_opts.append((c_prefs + (rest[0],), rest[1:]))
            add(c_prefs + (rest[0],), rest[1:])
        elif rest[:1] == FUT and len(rest) > 3 and rest[1] in "يتنا":
            add(c_prefs + (FUT,), rest[1:])
        for p_prefs, r2 in prep_opts:
            if r2.startswith(ARTICLE) and len(r2) > 3:
                add(p_prefs + (ARTICLE,), r2[2:])
    return out


@lru_cache(maxsize=200_000)
def segmentations(word: str) -> tuple[tuple[tuple[str, ...], str, str, int], ...]:
    """Candidate (prefixes, stem, suffix, stem_offset_in_word) for a normalized Arabic word."""
    results: list[tuple[tuple[str, ...], str, str, int]] = []
    for prefs, rest in _prefix_splits(word):
        offset = len(word) - len(rest)
        results.append((prefs, rest, "", offset))
        if ARTICLE in prefs or rest.startswith(ARTICLE):
            continue  # a definite noun takes no pronoun suffix
        for suf in SUFFIXES:
            if rest.endswith(suf) and len(rest) - len(suf) >= MIN_STEM + (1 if len(suf) == 1 else 0):
                results.append((prefs, rest[: -len(suf)], suf, offset))
                break
    uniq: list[tuple[tuple[str, ...], str, str, int]] = []
    seen: set[tuple[tuple[str, ...], str, str]] = set()
    for r in results:
        if r[:3] not in seen:
            seen.add(r[:3])
            uniq.append(r)
    return tuple(uniq)


def _sentence_of(starts: list[int], pos: int, current: int) -> int:
    while current + 1 < len(starts) and starts[current + 1] <= pos:
        current += 1
    return current


def tokenize(norm: Normalized, sentences: tuple[Sentence, ...] = ()) -> tuple[Token, ...]:
    """Tokens of the normalized text; spans index the original text."""
    # sentence spans are original offsets; compare in original space
    starts = [s.span.start for s in sentences] or [0]
    tokens: list[Token] = []
    sent = 0
    for m in _TOKEN_RE.finditer(norm.text):
        kind = m.lastgroup or "punct"
        a, b = m.start(), m.end()
        span = norm.to_original(a, b)
        sent = _sentence_of(starts, span.start, sent)
        text = m.group()
        if kind == "word":
            analyses = []
            for prefs, stem, suf, off in segmentations(text):
                s_span = norm.to_original(a + off, a + off + len(stem))
                analyses.append(Analysis(prefs, stem, suf, s_span))
            analyses_t = tuple(analyses)
        else:
            analyses_t = (Analysis((), text, "", span),)
        tokens.append(Token(len(tokens), span, norm.original[span.start:span.end], text, kind, sent, analyses_t))
    return tuple(tokens)
