"""A quoted pair of town names after a dual or plural cue (بين بلدتي "أم ولد والمسيفرة")."""
from __future__ import annotations

from hadath.gazetteer.lexicon import place_lexicon
from hadath.mentions.places_found import Found
from hadath.mentions.places_match import CONJ, WordCache, WordInfo, match_at
from hadath.types import Token


def quoted_pair(tokens: tuple[Token, ...], infos: list[WordInfo], j: int, k: int, cue: str,
                 hint: int, inner: tuple[str, ...], found: list[Found], words: WordCache) -> bool:
    """After a dual or plural cue, quoted words that no gazetteer name holds whole but that a
    و-word splits into two gazetteer names (بلدتي "أم ولد والمسيفرة"): the two names, the second
    listed after the first. Adds them to ``found``; False when the words split no such way."""
    if cue not in place_lexicon().listing:
        return False
    for p in range(j + 2, k):
        if not tokens[p].has_proclitic(_CONJS):
            continue
        a, b = match_at(tokens, infos, j + 1, words.trie), match_at(tokens, infos, p, words.trie)
        if a is None or b is None or a.end != p or b.end != k:
            continue
        # (the second read as in an unquoted pair, بلدتي X وY: listed, with no cue of its own)
        pair = [Found(m.start, m.end, m.span, m.key, cue=c, hint=hint, weak=m.weak)
                for m, c in ((a, cue), (b, None))]
        pair[0].inner = pair[1].inner = inner
        pair[1].quoted = True   # (the closing quote after it belongs to it)
        found.extend(pair)
        return True
    return False


_CONJS = frozenset({CONJ})
