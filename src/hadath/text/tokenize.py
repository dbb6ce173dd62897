"""Clitic-aware tokenization over normalized text.

Each word token carries its candidate segmentations (``Analysis``), unsegmented first, so that
lexicon lookups hit inflected forms: وبالرقة → و+ب+ال+رقه, للقوات → ل+ال+قوات, عناصرها → عناصر+ها.
"""
from __future__ import annotations

import re
from functools import lru_cache
from itertools import accumulate, chain, count, repeat
from operator import attrgetter, itemgetter, sub

from hadath.text.clitics import clitics
from hadath.text.normalize import Normalized, offset_runs
from hadath.text.vocab import vocab
from hadath.types import Analysis, Sentence, Span, Token, TokenColumns

# the letters of an Arabic word token (a regular-expression class's ranges)
WORD_LETTERS = r"\u0621-\u064a\u0671-\u06d3\u06fa-\u06ff"
# the token kinds (a WordType's ``kind`` is the name of the group its text matches)
KIND_RE = re.compile(
    r"(?P<number>\d+(?:[.,]\d+)*)"
    rf"|(?P<word>[{WORD_LETTERS}]+)"
    r"|(?P<latin>[a-z\u00c0-\u024f]+(?:['-][a-z\u00c0-\u024f]+)*)"
    r"|(?P<punct>[^\s\w]|_)",
)

MIN_STEM = 2


@lru_cache(maxsize=1)
def word_letters() -> frozenset[str]:
    """The characters of ``WORD_LETTERS``: a text that starts with one is of kind "word"
    (``KIND_RE`` tries numbers first, and no digit is such a letter), without running the
    pattern (the vocabulary's test for each new word type)."""
    letter = re.compile(f"[{WORD_LETTERS}]")
    return frozenset(c for c in map(chr, range(0x10000)) if letter.fullmatch(c) and not c.isdigit())


def _prefix_splits(word: str) -> list[tuple[tuple[str, ...], str]]:
    """All proclitic splits: [(prefixes, rest)], unsegmented first, most segmented last
    (clitics from ``lexicons/clitics.tsv``)."""
    if word[:1] not in _first_letters():
        return [((), word)]   # no clitic starts with its first letter (most words)
    conj, prep, lam, article, double_lam, long, fut, future_next = _split_tables()
    out: list[tuple[tuple[str, ...], str]] = [((), word)]
    # (each split is added once, with a stem of MIN_STEM letters or more: ``_add``)
    conj_opts: list[tuple[tuple[str, ...], str]] = [((), word)]
    if word[:1] in conj and len(word) > 2:
        conj_opts.append(((word[0],), word[1:]))
    for c_prefs, rest in conj_opts:
        if c_prefs:
            _add(out, c_prefs, rest)
        if rest.startswith(double_lam) and len(rest) > 3:
            _add(out, c_prefs + (lam, article), rest[2:])
            _add(out, c_prefs + (lam,), article + rest[2:])  # للجيش = ل + الجيش (the alif not written)
            if rest[2:3] in long:  # للاذقيه = ل + ال + لاذقيه (three lams written as two)
                _add(out, c_prefs + (lam, article), rest[1:])
        if rest[:1] in prep and len(rest) > 2:
            _add(out, c_prefs + (rest[0],), rest[1:])
            if rest.startswith(article) and len(rest) > 3:
                _add(out, c_prefs + (article,), rest[len(article):])
            if rest.startswith(article, 1) and len(rest) > 4:
                _add(out, c_prefs + (rest[0], article), rest[1 + len(article):])
            continue
        if rest[:1] == fut and len(rest) > 3 and rest[1] in future_next:
            _add(out, c_prefs + (fut,), rest[1:])
        if rest.startswith(article) and len(rest) > 3:
            _add(out, c_prefs + (article,), rest[len(article):])
    return out


def _add(out: list[tuple[tuple[str, ...], str]], prefs: tuple[str, ...], rest: str) -> None:
    """Append the split (prefs, rest) to ``out`` unless its stem is too short or it is there."""
    if len(rest) >= MIN_STEM and (prefs, rest) not in out:
        out.append((prefs, rest))


@lru_cache(maxsize=1)
def _split_tables() -> tuple[tuple[str, ...], tuple[str, ...], str, str, str, tuple[str, ...], str,
                             str]:
    """The clitics ``_prefix_splits`` reads (conjunctions, prepositions, lam, article, لل,
    long vowels, future proclitic, the letters after it): one cached call per word."""
    cl = clitics()
    double_lam = cl.lam + cl.article[1:]  # ل + ال is written لل
    return cl.conj, cl.prep, cl.lam, cl.article, double_lam, cl.long, cl.future, cl.future_next


@lru_cache(maxsize=1)
def _first_letters() -> frozenset[str]:
    """The letters a word with a proclitic can start with: a conjunction, a preposition, the
    lam of لل, the future proclitic or the article's first letter."""
    cl = clitics()
    return frozenset({*cl.conj, *cl.prep, cl.lam[:1], cl.future[:1], cl.article[:1]})


_SEG4 = itemgetter(0, 1, 2, 3)  # a WordType seg (prefixes, stem, suffix, start, end) -> segment's


def segment(word: str, ta_marbuta: bool = False) -> tuple[tuple[tuple[str, ...], str, str, int], ...]:
    """Candidate (prefixes, stem, suffix, stem_offset_in_word) for a normalized Arabic word.

    ``ta_marbuta``: the word's final ه was written ة, so it is not the pronoun ه. A stem that
    ends in ت before a pronoun (مدينتها) also gets its ة form (مدينه). Uncached: tokens get
    theirs once per word type from :mod:`hadath.text.vocab`; :func:`segmentations` is the
    cached form for other strings (lexicon keys).
    """
    return tuple(map(_SEG4, word_segs(word, ta_marbuta)))


def word_segs(word: str, ta_marbuta: bool = False
              ) -> tuple[tuple[tuple[str, ...], str, str, int, int], ...]:
    """:func:`segment`'s candidates with the stem's end in the word as a fifth item
    (``WordType.segs``, made once per word type by the vocabulary)."""
    article, ta_pronoun, ta, by_last = _seg_tables()  # ه: a final ة is no pronoun
    results: list[tuple[tuple[str, ...], str, str, int, int]] = []
    append = results.append
    suffixed = False
    end = len(word)
    for prefs, rest in _prefix_splits(word):
        size = len(rest)
        offset = end - size
        append((prefs, rest, "", offset, end))
        suffixes = by_last.get(rest[-1:])
        if suffixes is None or article in prefs or rest.startswith(article):
            continue  # a definite noun takes no pronoun suffix (and most words end in none)
        for suf in suffixes:
            if suf == ta_pronoun and ta_marbuta:
                continue
            n = len(suf)
            if rest.endswith(suf) and size - n >= MIN_STEM + (n == 1):
                stem = rest[:-n]
                append((prefs, stem, suf, offset, end - n))
                if size - n >= 3 and stem.endswith(ta):
                    append((prefs, stem[:-1] + ta_pronoun, suf, offset, end - n))
                suffixed = True
                break
    # no suffix split, or none that repeats a (prefixes, stem, suffix): the candidates as made
    # (the (prefixes, rest) pairs are distinct)
    if not suffixed or len(set(map(_SEG3, results))) == len(results):
        return tuple(results)
    uniq: list[tuple[tuple[str, ...], str, str, int, int]] = []
    seen: set[tuple[tuple[str, ...], str, str]] = set()
    for r in results:
        if r[:3] not in seen:
            seen.add(r[:3])
            uniq.append(r)
    return tuple(uniq)


_SEG3 = itemgetter(0, 1, 2)  # a candidate's (prefixes, stem, suffix)
_TYPE_ID = attrgetter("id")  # a word type's id


@lru_cache(maxsize=1)
def _seg_tables() -> tuple[str, str, str, dict[str, tuple[str, ...]]]:
    """(the article, the normalized ة, ت, the suffixes by last letter) for ``word_segs``: one
    cached call per word."""
    cl = clitics()
    return cl.article, cl.ta_marbuta_norm, cl.ta, _suffixes_by_last()


@lru_cache(maxsize=1)
def _suffixes_by_last() -> dict[str, tuple[str, ...]]:
    """The pronoun suffixes by their last letter, each letter's in ``clitics().suffixes``'s
    order (longest first): a word's candidates are those of its last letter."""
    out: dict[str, list[str]] = {}
    for suf in clitics().suffixes:
        out.setdefault(suf[-1:], []).append(suf)
    return {last: tuple(sufs) for last, sufs in out.items()}


@lru_cache(maxsize=65536)
def segmentations(word: str) -> tuple[tuple[tuple[str, ...], str, str, int], ...]:
    """:func:`segment` of ``word`` (cached), read from its word type when the tokenizer has
    already met it: a new word type is segmented once, not once more by each component that
    asks about its stems (quantities, dates, actors)."""
    wt = vocab().get(word)
    if wt is not None and wt.kind == "word":
        return tuple(map(_SEG4, wt.segs))
    return segment(word)



# the same alternatives as KIND_RE with one group: split() yields [gap, token, gap, ...]. No
# character starts both a number and an Arabic word, so trying words first (most tokens) gives
# the same split without a failed number match at every word. No alternative starts with a
# space, so the lookahead (?=\S) rejects a space before the engine enters the alternatives
# (the same split; 14% fewer instructions on real reports)
_SPLIT_RE = re.compile(
    rf"(?=\S)([{WORD_LETTERS}]+"
    r"|\d+(?:[.,]\d+)*"
    r"|[a-z\u00c0-\u024f]+(?:['-][a-z\u00c0-\u024f]+)*"
    r"|[^\s\w]|_)",
)


def tokenize(norm: Normalized, sentences: tuple[Sentence, ...] = ()) -> tuple[Token, ...]:
    """Tokens of the normalized text; spans index the original text (see :func:`tokens_and_columns`)."""
    return tokens_and_columns(norm, sentences)[0]


def tokens_and_columns(norm: Normalized, sentences: tuple[Sentence, ...] = ()
                       ) -> tuple[tuple[Token, ...], TokenColumns]:
    """Tokens of the normalized text (spans index the original text), and their
    :class:`~hadath.types.TokenColumns` (extents in the normalized text).

    Each token's :class:`~hadath.text.vocab.WordType` comes from the vocabulary (segmented
    once per type); a token's analyses are built on first access by offset arithmetic when the
    word has no dropped or expanded characters, else here and now through ``norm.to_original``.
    """
    bounds = [s.span.start for s in sentences[1:]] + [len(norm.original) + 1]
    original, offsets, to_original = norm.original, norm.offsets, norm.to_original
    An, Tok = Analysis, Token
    voc = vocab()
    word_type, get_ta = voc.word_type, voc.get_ta
    cl = clitics()
    ta_marbuta, ta_norm = cl.ta_marbuta, cl.ta_marbuta_norm
    tokens: list[Token] = []
    append = tokens.append
    ostarts: list[int] = []  # each token's start in the original text (the starts column)
    ostart = ostarts.append
    cuts = [0]   # the index of each sentence's first token (for the sentence column)
    sent, next_bound = 0, bounds[0]
    parts = _SPLIT_RE.split(norm.text)
    # offsets as runs (normalize.Offsets): original = normalized + delta of the run
    starts, deltas = offset_runs(offsets)
    starts = [*starts[1:], 1 << 62]
    r, d, nxt = 0, deltas[0], starts[0]
    # ends[2k] / ends[2k + 1]: normalized start / end of token k (cumulative lengths, in C)
    ends = list(accumulate(map(len, parts)))
    texts = parts[1::2]
    types = list(map(voc.get, texts))  # the word type of each token, looked up in C
    if None in types:
        types = [wt or word_type(t) for wt, t in zip(types, texts)]
    for k, text, a, b, wt in zip(count(), texts, ends[0::2], ends[1::2], types):
        while a >= nxt:
            r += 1
            d, nxt = deltas[r], starts[r]
        oa = a + d
        if b >= nxt:
            while b >= nxt:
                r += 1
                d, nxt = deltas[r], starts[r]
            ob = b + d
            one_to_one = ob - oa == b - a
        else:  # the token lies inside one run: its original is as long as it is
            ob = b + d
            one_to_one = True
        while oa >= next_bound:
            sent += 1
            next_bound = bounds[sent]
            cuts.append(k)
        if one_to_one:
            if wt.ends_ha and original[ob - 1] == ta_marbuta:
                wt = types[k] = get_ta(text) or word_type(text, True)
            append(Tok(k, (oa, ob), original[oa:ob], text, wt.kind, sent, (), wt))
            ostart(oa)
        else:
            span = to_original(a, b)
            if wt.kind == "word":
                if wt.ends_ha and original[offsets[b - 1]] == ta_marbuta:
                    wt = types[k] = word_type(text, True)
                analyses = (An((), text, "", span), *[An(p, st, sf, to_original(a + x, a + y))
                                                      for p, st, sf, x, y in wt.segs[1:]])
            else:
                analyses = (An((), text, "", span),)
            append(Tok(k, span, original[span.start:span.end], text, wt.kind, sent, analyses, wt))
            ostart(span.start)
    # each token's sentence: sentence s repeated from cuts[s] to cuts[s + 1] (in C); ``types``
    # now holds each token's own type (the ta-marbuta ones were put back above)
    cuts.append(len(texts))
    sents = list(chain.from_iterable(map(repeat, count(), map(sub, cuts[1:], cuts))))
    return tuple(tokens), TokenColumns(ends[0:2 * len(texts):2], ends[1::2], texts, sents,
                                       list(map(_TYPE_ID, types)), ostarts)
