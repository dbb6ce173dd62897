"""Names in quotes right after a place cue (قرية "ودالهبيل"، في أحياء "المنشية" و"بري"): one name
each, the gazetteer's when it holds exactly the quoted words, else an unknown place
(:mod:`hadath.mentions.places_recognize`)."""
from __future__ import annotations

from hadath.gazetteer.lexicon import place_lexicon
from hadath.mentions.places_found import Found
from hadath.mentions.places_match import CONJ, WordCache, WordInfo, match_at
from hadath.mentions.places_pairs import quoted_pair
from hadath.mentions.places_people import QUOTES
from hadath.types import Span, Token

QUOTED_MAX = 4  # words of a quoted name after a cue (قرية "العمارة عبدالله")


def quoted_name(tokens: tuple[Token, ...], infos: list[WordInfo], i: int, j: int, cue: str,
                 hint: int, inner: tuple[str, ...], found: list[Found], words: WordCache) -> int:
    """A name in quotes right after the cue (قرية "ودالهبيل"، بلدة «العمارة عبدالله»): the
    quoted words are one name, the gazetteer's when it holds exactly them, else an unknown
    place (never a shorter homonym inside the quotes). After a plural cue each quoted name of
    the list that follows is one too (في أحياء "المنشية" و"بري" و"الرياض"). Returns the token
    after the last closing quote, or 0 when no quoted name follows."""
    end = _one_quoted(tokens, infos, i, j, cue, hint, inner, found, words)
    if not end or cue not in place_lexicon().plural:
        return end
    head = found[-1]
    while True:
        k = end
        while k < len(tokens) and k - end < 2 and tokens[k].norm in (",", CONJ):
            k += 1
        if k == end:
            return end
        nxt = _one_quoted(tokens, infos, i, k, cue, hint, inner, found, words)
        if not nxt:
            return end
        found[-1].list_head = head
        end = nxt


def _one_quoted(tokens: tuple[Token, ...], infos: list[WordInfo], i: int, j: int, cue: str,
                hint: int, inner: tuple[str, ...], found: list[Found], words: WordCache) -> int:
    """One quoted name at token j (see :func:`quoted_name`)."""
    n = len(tokens)
    if j >= n or tokens[j].norm not in QUOTES or tokens[j].sentence != tokens[i].sentence:
        return 0
    k = j + 1
    while k < n and k - j <= QUOTED_MAX and tokens[k].kind == "word" \
            and tokens[k].sentence == tokens[j].sentence:
        k += 1
    if k == j + 1 or k >= n or tokens[k].norm not in QUOTES:
        return 0
    m = match_at(tokens, infos, j + 1, words.trie)
    if m is not None and m.end == k:
        f = Found(m.start, m.end, m.span, m.key, cue=cue, hint=hint, weak=m.weak)
    elif quoted_pair(tokens, infos, j, k, cue, hint, inner, found, words):
        return k + 1   # بين بلدتي "أم ولد والمسيفرة": two towns in one pair of quotes
    elif cue in place_lexicon().known_only:
        return 0
    else:
        key = " ".join(t.norm for t in tokens[j + 1:k])
        f = Found(j + 1, k, Span(tokens[j + 1].span.start, tokens[k - 1].span.end), key, cue=cue,
                  hint=hint, known=False)
    f.inner = inner
    f.quoted = True
    found.append(f)
    return k + 1
