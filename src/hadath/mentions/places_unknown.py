"""Names the gazetteer lacks, read where the text says they are places (the places stage's
recognition, :mod:`hadath.mentions.places_recognize`): the one- or two-word name after a cue
(``unknown_name``: قرية ودالهبيل، #قصر_العيني), and one joined by و after the first name of a
list headed by a plural or dual class noun (``listed_unknown``: قريتي المناخ والفيصلية)."""
from __future__ import annotations

from hadath.gazetteer.lexicon import place_lexicon
from hadath.mentions.places_found import Found
from hadath.mentions.places_match import ARTICLE, CONJ, WordCache, WordInfo, match_at
from hadath.mentions.places_people import bare_stem as _stem
from hadath.types import Span, Token

JOINER = "_"            # the words of a hashtag (#قصر_العيني)


def unknown_name(tokens: tuple[Token, ...], infos: list[WordInfo], j: int
                  ) -> tuple[int, str, Span] | None:
    """An unknown name starting at token j: (end, key, span) or None."""
    lex = place_lexicon()
    if j >= len(tokens) or tokens[j].kind != "word":
        return None
    t0 = tokens[j]
    w0 = t0.norm if j > 0 and infos[j - 1].cue else _stem(t0)
    if w0 in lex.stop or infos[j].cue or len(w0) < 2 or (infos[j].common and w0 not in lex.name_heads):
        return None
    words, end = [w0], j + 1
    k = end + 1 if end + 1 < len(tokens) and tokens[end].norm == JOINER else end  # #قصر_العيني
    if k < len(tokens) and tokens[k].kind == "word" and tokens[k].sentence == t0.sentence:
        nxt = tokens[k].norm
        if nxt not in lex.stop and nxt not in lex.direction and not infos[k].cue and (
                w0 in lex.name_heads or (nxt.startswith(ARTICLE) and not w0.startswith(ARTICLE))):
            words.append(nxt)
            end = k + 1
    if len(words) == 1 and infos[j].common:
        return None  # عين، بيت alone: a word, not a name
    span = Span(t0.stem_span(0).start if w0 == t0.norm else stem_span(t0, w0).start,
                tokens[end - 1].span.end)
    return end, " ".join(words), span


def stem_span(tok: Token, stem: str) -> Span:
    for k, seg in enumerate(tok.word_type.segs):
        if seg[1] == stem:
            return tok.stem_span(k)
    return tok.span


def listed_unknown(tokens: tuple[Token, ...], infos: list[WordInfo], j: int, cue: str, hint: int,
                    found: list[Found], words: WordCache) -> int:
    """After the first name of a list headed by a plural or dual class noun, a name the
    gazetteer lacks joined by و (قريتي المناخ والفيصلية، مخيمي زمزم وأبو شوك) is a place of that
    class too, as a known one is (mark_slots): one more unknown place with the cue. Returns the
    token after it, else ``j``."""
    lex = place_lexicon()
    if cue not in lex.listing or j >= len(tokens) or tokens[j].kind != "word" \
            or tokens[j].sentence != tokens[j - 1].sentence \
            or tokens[j].word_type.segs[-1][0][:1] != (CONJ,) \
            or infos[j].live and match_at(tokens, infos, j, words.trie) is not None:
        return j   # (a name the gazetteer knows: a slot of the list, mark_slots)
    un = unknown_name(tokens, infos, j)
    if un is None:
        return j
    end, key, span = un
    f = Found(j, end, span, key, cue=cue, hint=hint, known=False)
    f.listed, f.shared = True, (cue,)
    found.append(f)
    return end
