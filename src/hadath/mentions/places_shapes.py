"""Name shapes the places stage reads around a gazetteer match (split from
places_recognize): a clause that opens with its town (وفي صور، ...) or ends with it (في صور،
في صور وعند ...), a word after a name that
makes it another settlement (الحلة الجديدة), and two words the gazetteer writes as one name
(بولو بردي: بولبردي); the words after a cue that are a gazetteer name themselves, and a
facility noun heading its town's name (جامعة الخرطوم); a capital's title after an outer cue
(شمال العاصمة اليمنية)."""
from __future__ import annotations

from hadath.gazetteer.lexicon import place_lexicon
from hadath.mentions.places_match import ARTICLE, CONJ, WordCache, WordInfo, behind_b, match_at
from hadath.mentions.places_people import bare_stem, is_generic
from hadath.mentions.places_slots import IN
from hadath.types import Token


def opens_clause(tokens: tuple[Token, ...], i: int) -> bool:
    """Token i is the place a sentence or clause opens with: و + في right before it, at the
    sentence's start or after a punctuation mark, and a comma right after it (وفي صور، استهدفت
    غارة ...: the news's turn to the next town). Said so, a town's name that is also a common
    word (صور: pictures) is read as the town."""
    if i < 1 or i + 1 >= len(tokens) or tokens[i + 1].norm != ",":
        return False
    prev = tokens[i - 1]
    segs = prev.word_type.segs[-1] if prev.kind == "word" else None
    if segs is None or segs[0] != (CONJ,) or segs[1] != IN:
        return False
    return i < 2 or tokens[i - 2].sentence != prev.sentence or tokens[i - 2].kind != "word"


CLAUSE_ENDS = frozenset({",", "."})   # the normalized comma and the full stop


def ends_located(tokens: tuple[Token, ...], infos: list[WordInfo], i: int) -> bool:
    """Token i, a one-word name that is also a common word (صور: pictures), is where something
    happened: a locative في before it (or its own ب-) and nothing after it that could complete a
    noun - the clause ends (a comma, a full stop, the sentence's end), or و opens the next place
    with a preposition (في صور وعند مداخل صيدا) or with a town that is no common word (في صور
    والنبطية). "في صور نشرتها"، "في صور الأقمار الصناعية": a verb or a noun follows, no place.
    Like opens_clause, a mark for the places stage's country test (a town of the report's
    country only), not evidence on its own; the recognizer asks it only of a name the gazetteer
    knows as a big town (places_words.big_town: no village named like في المقابل، في الأثناء)."""
    if i < 1 or tokens[i].kind != "word":
        return False
    prev = tokens[i - 1]
    if not (prev.kind == "word" and prev.sentence == tokens[i].sentence
            and prev.word_type.segs[-1][1] == IN) and not behind_b(tokens[i]):
        return False
    j = i + 1
    if j >= len(tokens) or tokens[j].sentence != tokens[i].sentence:
        return True
    nxt = tokens[j]
    if nxt.kind != "word":
        return nxt.norm in CLAUSE_ENDS
    seg = nxt.word_type.segs[-1]
    if seg[0][:1] != (CONJ,):
        return False
    if seg[1] in place_lexicon().next_place:
        return True
    one = infos[j].single
    return one is not None and not one[1] and not infos[j].common


def new_place_after(tokens: tuple[Token, ...], end: int) -> bool:
    """A word naming another settlement (الجديدة) follows the name that ends at ``end`` in its
    sentence: الحلة الجديدة is not Hillah (the gazetteer holds such names it knows whole:
    حلفا الجديدة, New Halfa, matches as one name)."""
    if not (0 < end < len(tokens) and tokens[end].sentence == tokens[end - 1].sentence):
        return False
    lex = place_lexicon()
    w = tokens[end].norm
    if w in lex.new_place:
        return True
    # قرية دير شرقي القريبة من ...: an indefinite direction word that locates nothing (a
    # located word, a comma or the sentence's end follows it) is the village name's last word
    k = end + 1
    return w in lex.compass and not w.startswith(ARTICLE) and (
        k >= len(tokens) or tokens[k].sentence != tokens[end].sentence
        or tokens[k].kind != "word" or tokens[k].norm in lex.stop)


def joined_name(tokens: tuple[Token, ...], infos: list[WordInfo], j: int, m, words: WordCache
                ) -> str | None:
    """Two plain words after a cue that the gazetteer writes as one name (بلدة بولو بردي:
    Buulobarde, بولبردي; the first word alone is a namesake abroad, Polo): that name's key.
    Neither word carries the article; the second is no cue, stop or direction word."""
    lex = place_lexicon()
    k = j + 1
    if k >= len(tokens) or (m is not None and m.end - m.start > 1) \
            or tokens[j].kind != "word" or tokens[k].kind != "word" \
            or tokens[k].sentence != tokens[j].sentence or infos[k].cue:
        return None
    first, second = tokens[j].norm, tokens[k].norm
    if first.startswith(ARTICLE) or second.startswith(ARTICLE) or second in lex.stop \
            or second in lex.direction or first in lex.name_heads:
        return None
    return words.joined_name(first, second)


def rest_is_name(tokens: tuple[Token, ...], infos: list[WordInfo], i: int, end: int,
                 words: WordCache, whole: str | None = None) -> bool:
    """The words after the cue at token i, up to ``end``, are a gazetteer name themselves:
    the class noun is a cue, the rest the place (مدينة زنجبار: the town زنجبار). Not when the
    whole name (``whole``, cue included) is known beyond the villages of the big gazetteer
    (known_place) and the rest is not: مدينة الصدر is Sadr City, whose rest names only
    hamlets (As Sadr in Thi-Qar, Ibb ...)."""
    if not infos[i + 1].live:
        return False
    m = match_at(tokens, infos, i + 1, words.trie)
    if m is None or m.end != end:
        return False
    return whole is None or words.known_place(m.key) or not words.known_place(whole)


def facility_of_town(tokens: tuple[Token, ...], infos: list[WordInfo], i: int, key: str,
                     words: WordCache) -> bool:
    """Token i is a facility noun (جامعة، مستشفى) heading a name the gazetteer knows only as a
    minor place (Who's On First's campus of جامعة الخرطوم), and the words after it are the name
    of a town it knows beyond its villages: a university, hospital or school named after its
    town is in that town, coded to it as ACLED does (and a minor campus alone would need
    evidence that the town has)."""
    lex = place_lexicon()
    if (tokens[i].norm not in lex.facility and bare_stem(tokens[i]) not in lex.facility) \
            or words.known_place(key) or not infos[i + 1].live:
        return False
    m = match_at(tokens, infos, i + 1, words.trie)
    return m is not None and words.known_place(m.key)


def capital_title(tokens: tuple[Token, ...], infos: list[WordInfo], i: int, j: int) -> int | None:
    """The token of a capital's title (العاصمة, place_cues.tsv role ``capital``) among the cue
    words between the outer cue at ``i`` and ``j``, followed by nothing but nationality
    adjectives (ريف العاصمة، شمال العاصمة اليمنية، أطراف العاصمة السورية): the capital is named by
    its title, with the outer cue's precision. None when no such title ends the cue words."""
    k = j - 1
    while k > i and infos[k].demonym is not None and not infos[k].cue:
        k -= 1
    if k > i and is_generic(tokens[k]) and infos[k].cue in place_lexicon().capital:
        return k
    return None
