"""Names the gazetteer lacks, read where the text says they are places (the places stage's
recognition, :mod:`hadath.mentions.places_recognize`): the one- or two-word name after a cue
(``unknown_name``: قرية ودالهبيل، #قصر_العيني), and one joined by و after the first name of a
list headed by a plural or dual class noun (``listed_unknown``: قريتي المناخ والفيصلية)."""
from __future__ import annotations

from functools import lru_cache

from hadath.gazetteer.lexicon import place_lexicon
from hadath.mentions.places_found import Found
from hadath.mentions.places_match import ARTICLE, CONJ, WordCache, WordInfo, behind_b, conj_joined, match_at
from hadath.mentions.places_people import bare_stem as _stem
from hadath.types import Span, Token

JOINER = "_"            # the words of a hashtag (#قصر_العيني)


def unknown_name(tokens: tuple[Token, ...], infos: list[WordInfo], j: int, plain: bool = False
                  ) -> tuple[int, str, Span] | None:
    """An unknown name starting at token j: (end, key, span) or None. ``plain``: the word is
    read as written, no proclitic stripped (after a cue, or after a و typed apart)."""
    lex = place_lexicon()
    if j >= len(tokens) or tokens[j].kind != "word":
        return None
    t0 = tokens[j]
    w0 = t0.norm if plain or j > 0 and infos[j - 1].cue else _stem(t0)
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
    if len(words) == 1 and (infos[j].common or w0 in act_adverbs() or w0 in idiom_words()):
        return None  # عين، بيت alone: a word, not a name; طعنا، ذبحا: how the act was done
    span = Span(t0.stem_span(0).start if w0 == t0.norm else stem_span(t0, w0).start,
                tokens[end - 1].span.end)
    return end, " ".join(words), span


@lru_cache(maxsize=1)
def act_adverbs() -> frozenset[str]:
    """The adverbial accusative (X + ا, tanween unwritten) of every one-word verbal noun of the
    trigger lexicon: قتل مستوطنة طعنا، أعدموه ذبحا، قضى حرقا، قتلوه دهسا tell how the act was
    done; after a word that is also a cue (مستوطنة "a settler", not "the settlement") the
    word is no unknown place's name. Built from the nouns column, whatever other reading a
    form has (طعنا is also a verb: "we stabbed"). A gazetteer name is read as before."""
    from hadath.events.lexicons import trigger_rows
    from hadath.events.morphology import inflect, letters, split_alts
    from hadath.text.normalize import normalize_key
    taa = letters("ta_marbuta")
    out: set[str] = set()
    for row in trigger_rows().values():
        for noun in split_alts(row.get("nouns", "")):
            key = normalize_key(noun)
            if " " not in key and not key.endswith(taa):
                out |= inflect("adverb", key)
    return frozenset(out)


IDIOM_CLASSES = ("death", "injure")   # trigger classes whose phrases tell a death or a wound
IDIOM_KINDS = ("verb", "imperfect", "passive")


@lru_cache(maxsize=1)
def idiom_words() -> frozenset[str]:
    """The words after the verb of the trigger lexicon's death and injury phrases (لقي
    حتفه/مصرعها، لفظ أنفاسها، قضى نحبه، قضى غدرا، فقد حياته): the idiom's object, bound to its
    verb, never a place's name - after a word that is also a cue (لقيت مستوطنة حتفها: "a
    settler met her death") main read it as a settlement (Ahituv by its Latin key). Built from
    every generated form of those rows, so a new row's idiom is covered. A gazetteer name is
    read as before."""
    from hadath.events.lexicons import trigger_rows
    from hadath.events.morphology import row_forms
    return frozenset(w for row in trigger_rows().values() if row["class"] in IDIOM_CLASSES
                     for form, kind in row_forms(row).items() if kind in IDIOM_KINDS
                     for w in form.split()[1:])


def stem_span(tok: Token, stem: str) -> Span:
    for k, seg in enumerate(tok.word_type.segs):
        if seg[1] == stem:
            return tok.stem_span(k)
    return tok.span


def listed_unknown(tokens: tuple[Token, ...], infos: list[WordInfo], j: int, cue: str, hint: int,
                   found: list[Found], words: WordCache) -> int:
    """After the first name of a list headed by a plural or dual class noun, the names joined by
    و - on the name (قريتي المناخ والفيصلية) or as a word of its own (بلدتي الفطيرة و كنصفرة) - are
    places of that class too: one more unknown place with the cue for each name the gazetteer
    lacks (or knows only as a small place, looked up after a cue); a name the gazetteer knows is
    a slot of the list (mark_slots) and the list goes on after it (قرى X وY وZ، Y known, Z a
    village it knows only from the big gazetteer). Returns the token after the list's last
    name read here, else ``j``."""
    lex = place_lexicon()
    if cue not in lex.listing:
        return j
    first = j
    while j < len(tokens):
        alone = tokens[j].norm == CONJ and j + 1 < len(tokens) and tokens[j].sentence == tokens[j + 1].sentence
        k = j + 1 if alone else j   # (و كنصفرة: the conjunction typed apart)
        if tokens[k].kind != "word" or tokens[k].sentence != tokens[j - 1].sentence \
                or not alone and not conj_joined(tokens[k]) or infos[k].cue:
            return j
        if infos[k].live:
            m = match_at(tokens, infos, k, words.trie)
            if m is not None and m.end - m.start == 1 and head_of_unknown(tokens, infos, k):
                m = None   # (قرى X وخربة الشحاذين: an unknown village, no namesake Khuraybah)
            if m is not None:
                common = m.end - m.start == 1 and infos[k].common
                if infos[k].demonym is not None or tokens[k].norm in lex.stop or (
                        m.weak or common) and not _list_goes_on(tokens, infos, m.end):
                    return j   # (left to the recognizer's own tests: والمناطق المحيطة)
                found.append(Found(m.start, m.end, m.span, m.key, weak=m.weak, common=common))
                j = m.end
                continue
        un = unknown_name(tokens, infos, k, plain=alone)
        if un is None:
            return j
        end, key, span = un
        if (alone or j > first) and not _list_goes_on(tokens, infos, end):
            return j   # (قرى X و دمرت منازل: a clause goes on, no village دمرت)
        f = Found(k, end, span, key, cue=cue, hint=hint, known=False)
        f.listed, f.shared = True, (cue,)
        found.append(f)
        j = end
    return j


def _list_goes_on(tokens: tuple[Token, ...], infos: list[WordInfo], end: int) -> bool:
    """After a listed name ending at ``end`` comes what a list of places goes on with: the end of
    the sentence or a punctuation mark, the next name's و, a preposition (بريف، في، قرب) or a cue
    word (شمال، جنوب)."""
    if end >= len(tokens) or tokens[end].kind != "word" or tokens[end].sentence != tokens[end - 1].sentence:
        return True
    lex = place_lexicon()
    t = tokens[end]
    return t.norm == CONJ or conj_joined(t) or t.norm in lex.preps \
        or infos[end].cue is not None or behind_b(t)


def head_of_unknown(tokens: tuple[Token, ...], infos: list[WordInfo], i: int) -> int | None:
    """Token i is a name head (``name_head``: خربة، تلة، قصر ...) that the gazetteer also
    knows as a one-word place, and with the next word it makes a two-word name the gazetteer
    lacks (وخربة الشحاذين، وتلة السيرياتيل): the end of that name, which is no mention of the
    one-word namesake (Khuraybah); else None. The second word must be no place of its own."""
    lex = place_lexicon()
    t = tokens[i]
    if t.norm not in lex.name_heads and _stem(t) not in lex.name_heads:
        return None
    un = unknown_name(tokens, infos, i)
    if un is None or un[0] != i + 2 or infos[i + 1].single is not None or infos[i + 1].cue:
        return None
    return un[0]
