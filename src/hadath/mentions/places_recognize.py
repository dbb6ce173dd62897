"""Recognition of place names in a tokenized document (the first half of the places stage).

Gazetteer names through the clitic-aware tokens (بالرقة، وريفها), names after a place cue
(بلدة، قرية، مدينة، حي، مخيم، محافظة، ناحية، ريف X، شمال X، بالقرب من X، طريق X), and names
in a place slot (listed with another place, followed by وريفها). The cue words and the closed
word classes come from the place lexicon (hadath.gazetteer.lexicon: data/lexicons/place_cues.tsv
and place_words.tsv, normalized as the tokens are).
"""
from __future__ import annotations

from itertools import compress
from operator import itemgetter

from hadath.gazetteer.data import common_words, weak_names
from hadath.gazetteer.keys import TAA
from hadath.gazetteer.lexicon import place_lexicon
from hadath.mentions.places_found import Found
from hadath.mentions.places_appositive import appositive_names
from hadath.mentions.places_country_parts import mark_country_parts
from hadath.mentions.places_facility import building_names
from hadath.mentions.places_match import ARTICLE, CONJ, WordCache, WordInfo, match_at
from hadath.mentions.places_people import NISBA_END, bare_stem as _stem, is_generic, without_phrases
from hadath.mentions.places_quoted import quoted_name
from hadath.mentions.places_streets import without_street_names
from hadath.mentions.places_unknown import head_of_unknown, listed_unknown, unknown_name
from hadath.mentions.places_shapes import (capital_title, ends_located, facility_of_town, joined_name,
                                           new_place_after, opens_clause, rest_is_name)
from hadath.mentions.places_slots import mark_slots, may_be_slot
from hadath.text.clitics import clitics
from hadath.types import Span, Token

HASHTAG = "#"
NISBA = "nisba:"        # key prefix of a country named by its adjective (اللبناني → Lebanon)
CAPITAL = "capital:"    # key of a bare العاصمة: the capital of the document's country
COMMA = ","             # the normalized comma (، and ,): an address chain's separator
COLON = ":"             # a list announced after a plural class noun (بلدات: X وY)
_MARKED = itemgetter(WordInfo._fields.index("marked"))
_LIVE = itemgetter(WordInfo._fields.index("live"))
_AFTER = itemgetter(WordInfo._fields.index("after"))
_STREET = itemgetter(WordInfo._fields.index("street"))
_BUILDING = itemgetter(WordInfo._fields.index("building"))
_APPOSITIVE = itemgetter(WordInfo._fields.index("appositive"))


def _construct_head(tokens: tuple[Token, ...], infos: list[WordInfo], j: int) -> bool:
    """Token j (a common word) heads a construct: another content word follows it in the
    sentence (مقر الأمن، مبنى البلدية)."""
    lex = place_lexicon()
    k = j + 1
    if k >= len(tokens) or tokens[k].sentence != tokens[j].sentence or tokens[k].kind != "word":
        return False
    w = tokens[k].norm
    if not w.startswith(ARTICLE) and k + 1 < len(tokens) and tokens[k + 1].kind == "word" \
            and tokens[k + 1].sentence == tokens[j].sentence and w not in lex.stop \
            and not infos[k].cue:
        w = tokens[k + 1].norm  # مقر قيادة الشرطة
    return w.startswith(ARTICLE) and w not in lex.direction and not infos[k].cue \
        and w not in lex.generic


def _owned_or_described(tokens: tuple[Token, ...], infos: list[WordInfo], j: int) -> bool:
    """Token j (a common word after a near/area cue) is a noun phrase, no town's name: it has
    a pronoun suffix on its common-word stem (منزله، بيتها), or an indefinite nisba adjective
    follows it (محال تجارية، مبنى حكومي) - a place name takes neither."""
    common = common_words()
    if any(seg[2] and seg[1] in common for seg in tokens[j].word_type.segs):
        return True
    k = j + 1
    if k >= len(tokens) or tokens[k].sentence != tokens[j].sentence or tokens[k].kind != "word" \
            or infos[k].cue:
        return False
    w = tokens[k].norm
    return not w.startswith(ARTICLE) and len(w) > 3 and w.removesuffix(TAA).endswith(NISBA_END)


def _after_cue_word(tokens: tuple[Token, ...], infos: list[WordInfo], i: int, cue: str,
                    found: list[Found], words: WordCache) -> int:
    """The place named after the cue at token i (known or not); returns the next token index."""
    lex = place_lexicon()
    n = len(tokens)
    hint = lex.cues[cue]
    j = i + 1
    inner: tuple[str, ...] = ()
    capital = cue in lex.capital
    while j < n and tokens[j].kind == "word" and (tokens[j].norm in lex.skip or infos[j].cue or (
            capital and infos[j].demonym is not None)) or j == i + 1 < n - 1 \
            and tokens[j].norm == HASHTAG and tokens[j + 1].kind == "word":
        if tokens[j].norm == HASHTAG:
            j += 1   # منطقة #الرياض، بمحافظة #الجيزة: the name is a hashtag
            continue
        if infos[j].demonym is not None and not infos[j].cue:
            k, cc = infos[j].demonym   # العاصمة الصومالية مقديشو: the adjective names the country
            found.append(Found(j, j + 1, tokens[j].stem_span(k), NISBA + cc, cue="nisba", hint=3))
            j += 1
            continue
        c2 = infos[j].cue
        if c2 in lex.capital:
            capital = True   # أحياء جنوب العاصمة الليبية طرابلس
        if c2 and infos[j].deep:
            m2 = match_at(tokens, infos, j, words.trie)
            if m2 is not None and m2.end - m2.start > 1 and not (
                    c2 in lex.klass and rest_is_name(tokens, infos, j, m2.end, words, m2.key)):
                break  # محيط جسر الشغور، قرب تل أبيض، قرب مدينة الصدر: the cue word heads the name
        if c2:
            hint = max(hint, lex.cues[c2])
            inner += (c2,)
        j += 1
    colon = j + 1 < n and tokens[j].norm == COLON and tokens[j + 1].kind == "word" \
        and (cue in lex.listing or not lex.listing.isdisjoint(inner))
    if colon:
        j += 1   # بلدات: زبقين وقانا، مستهدفا القرى التالية:\n X وY: a plural noun's list after a colon
    quoted = quoted_name(tokens, infos, i, j, cue, hint, inner, found, words)
    if quoted:
        return quoted
    if j < n and (colon or tokens[j].sentence == tokens[i].sentence) and not (capital and inner and tokens[j].norm in lex.stop):
        if tokens[j].norm in lex.stop and not inner:   # (ريف العاصمة صباح: the capital is, no place صباح)
            return j  # في العاصمة يوم الثلاثاء: a time word, no name
        m = match_at(tokens, infos, j, words.trie, cue in lex.settlement and words.article_particle(tokens[j]))
        if m is not None and m.end - m.start == 1 and (tokens[j].norm in lex.name_heads
                                                       or _stem(tokens[j]) in lex.name_heads):
            un = unknown_name(tokens, infos, j)
            if un is not None and un[0] > m.end:
                nxt = infos[j + 1].single
                if nxt is not None and not nxt[1] and words.known_place(nxt[2]):
                    return j + 1  # منطقة وادي الظليل: the valley of a known town, named next
                m = None  # قرية عين الحلوة، منطقة عين زارة: not the village called عين
        if m is not None and m.end - m.start == 1 and infos[j].common and hint > 1 \
                and m.key not in words.countries and _construct_head(tokens, infos, j):
            return j  # قرب مقر الأمن، محيط مبنى البلدية: a facility's head noun, not a name
        if m is not None and m.end - m.start == 1 and infos[j].common and hint > 1 \
                and m.key not in words.countries and _owned_or_described(tokens, infos, j):
            return j + 1  # قرب منزله، بالقرب من محال تجارية: a noun, no town Manzalah
        if (m is None or m.end - m.start == 1) and _definite_facility(tokens[j], cue):
            return j + 1  # قرب المدرسة، محيط الفندق: the school by the act, no village Al Madrasah
        if m is not None and m.end - m.start == 1 and cue in lex.plural and (
                m.weak or infos[j].common) and not tokens[j].norm.startswith(ARTICLE):
            return j + 1  # قرى جديدة، بلدات محررة: an indefinite adjective, not a name
        if m is not None and m.end - m.start == 1 and m.weak and not m.key.startswith(ARTICLE) \
                and tokens[j].norm == ARTICLE + m.key:
            m = None  # حي الشعب: the article belongs to the name (not the hamlet شعب)
        if m is not None and cue in lex.proper_only and (
                m.end - m.start == 1 and (m.weak or infos[j].common)
                or any(c != ARTICLE for c in tokens[j].word_type.segs[m.first][0])):
            return j   # قاعدة الجهاد، قاعدة للسلب: a rule, a group, a base for something
        if m is not None and m.end - m.start == 1 and cue in lex.known_only \
                and cue in lex.compass and infos[j].common and m.key in weak_names():
            return j   # وسط سوق، وسط الشعب: amid a market, among the people (no village's centre)
        if m is not None and clitics().lam in tokens[j].word_type.segs[m.first][0]:
            return j   # ثكنة للجيش، مقر لحركة X: the barracks of the army, no place called الجيش
        joined = joined_name(tokens, infos, j, m, words)
        if joined is not None:
            f = Found(j, j + 2, Span(tokens[j].span.start, tokens[j + 1].span.end), joined,
                      cue=cue, hint=hint)
            f.inner = inner
            found.append(f)
            return listed_unknown(tokens, infos, j + 2, cue, hint, found, words)
        if m is not None and cue in lex.village and new_place_after(tokens, m.end):
            # قرية الحلة الجديدة: another settlement than Hillah, a name the gazetteer lacks
            end = m.end + 1
            f = Found(m.start, end, Span(m.span.start, tokens[m.end].span.end),
                      f"{m.key} {tokens[m.end].norm}", cue=cue, hint=hint, known=False)
            f.inner = inner
            found.append(f)
            return listed_unknown(tokens, infos, end, cue, hint, found, words)
        if m is not None:
            f = Found(m.start, m.end, m.span, m.key, cue=cue, hint=hint, weak=m.weak)
            f.inner = inner
            found.append(f)
            return listed_unknown(tokens, infos, m.end, cue, hint, found, words)
        un = unknown_name(tokens, infos, j) if cue not in lex.known_only else None
        if un is not None and infos[j].demonym is not None and cue not in lex.plural:
            un = None  # بلدة لبنانية، مستوطنة إسرائيلية: a nationality adjective, no name
            #            (بلدات إسرائيلية is left to the events stage as it was)
        if un is not None and capital:
            un = None  # every capital is known: بالعاصمة ومدن أخرى، العاصمة للمطالبة: no name
        if un is not None and un[0] == j + 2 and not lex.structure.isdisjoint(tokens[j].forms):
            nxt = infos[j + 1].single
            if nxt is not None and not nxt[1] and words.known_place(nxt[2]):
                return j + 1  # قرب سد الموصل: a structure named after a known town, by it
        if un is not None:
            end, key, span = un
            f = Found(j, end, span, key, cue=cue, hint=hint, known=False)
            f.inner = inner
            found.append(f)
            return listed_unknown(tokens, infos, end, cue, hint, found, words)
    if capital and is_generic(tokens[i]):
        found.append(Found(i, i + 1, tokens[i].span, CAPITAL, cue=cue))  # العاصمة alone
    elif capital and (t := capital_title(tokens, infos, i, j)) is not None:
        # ريف العاصمة، شمال العاصمة اليمنية: the capital named by its title (before its adjectives)
        found.insert(sum(g.start < t for g in found), Found(t, t + 1, tokens[t].span, CAPITAL, cue=cue, hint=hint))
        return j
    return i + 1


def _definite_facility(tok: Token, cue: str) -> bool:
    """A definite facility noun (place_words ``facility``: المدرسة، الفندق، السفارة، المستشفى)
    right after a cue of relation (near, a compass point, surroundings: قرب، وسط، محيط) is the
    building by which the act happened, not a village of that name (Al Madrasah in Irbid, Al
    Funduq in the West Bank) nor a spelling variant of a town (السفارة as السفيرة). A class
    noun keeps the name (قرية المدرسة: a village called so)."""
    lex = place_lexicon()
    return tok.norm.startswith(ARTICLE) and (cue in lex.near or cue in lex.compass or cue in lex.after) \
        and (tok.norm[len(ARTICLE):] in lex.facility or _stem(tok) in lex.facility)


def _adjective_cue(tokens: tuple[Token, ...], i: int, cue: str) -> bool:
    """The cue word at token i is one read as a cue only after a preposition (role
    ``after_prep``: محلية, Sudan's locality, is also "local") and none stands before it or on
    it (في محلية، بمحلية، التابعة لمحلية are the locality; مصادر محلية are local sources), nor a
    comma after a word (an address's chain: جبل الرياشة، بلدية الداموس، ولاية تيبازة)."""
    lex = place_lexicon()
    if cue not in lex.after_prep:
        return False
    if i and (tokens[i - 1].norm in lex.preps or tokens[i - 1].norm in lex.stop):
        return False
    if i > 1 and tokens[i - 1].norm == COMMA and tokens[i - 2].kind == "word":
        return False
    return not any(seg[1] == cue and set(seg[0]) - {CONJ, ARTICLE}
                   for seg in tokens[i].word_type.segs)


def recognize(tokens: tuple[Token, ...], words: WordCache) -> tuple[list[Found], list[WordInfo]]:
    lex = place_lexicon()
    found: list[Found] = []
    infos = words.infos(tokens)
    n = len(tokens)
    # the tokens worth a look: name starts and cues, and the word before a وريفها (one scan
    # of the tokens for the three kinds, then the few marked ones)
    marked = list(compress(range(n), map(_MARKED, infos)))
    marks = list(map(infos.__getitem__, marked))
    todo = list(compress(marked, map(_LIVE, marks)))
    if any(map(_AFTER, marks)):
        after = [i - 1 for i, x in zip(marked, marks) if x.after and i]
        if after:
            todo = sorted(set(todo).union(after))
    nxt = 0
    for i in todo:
        if i < nxt:
            continue
        info = infos[i]
        if info.live:
            cue = info.cue
            j = i + 1
            if not info.deep or j >= n or tokens[j].sentence != tokens[i].sentence or (
                    tokens[j].norm != "_" and info.nexts.isdisjoint(infos[j].contset)):
                # no longer name can start here (most live words): match_at's one-word path
                if cue is None:
                    demonym = info.demonym or (_agreeing_accusative(tokens, i, words)
                                               if info.accusative else None)
                    if demonym is not None:
                        k, cc = demonym
                        found.append(Found(i, j, tokens[i].stem_span(k), NISBA + cc,
                                            cue="nisba", hint=3))
                        nxt = j
                        continue
                    single = info.single
                    if single is not None:
                        k, weak, key = single
                        # (opens_clause needs a comma after the word: most have none;
                        #  ends_located is asked only of a big town's name: few are)
                        frame = j < n and tokens[j].norm == "," and opens_clause(tokens, i) \
                            or (weak or info.common) and words.big_town(key) \
                            and ends_located(tokens, infos, i)   # (في صور وعند ...: Tyre, a big town)
                        if (weak or info.common) and not frame and (
                                tokens[i].norm in lex.stop or not may_be_slot(tokens, infos, found, i)):
                            nxt = j   # a common word alone: never a place without a cue or slot
                            continue  # (nor a word that ends a name: X الواقعة بريف Y)
                        if (e := head_of_unknown(tokens, infos, i)) is not None:
                            nxt = e   # وخربة الشحاذين: a name the gazetteer lacks, no Khuraybah
                            continue
                        found.append(Found(i, j, tokens[i].stem_span(k), key, weak=weak,
                                           common=info.common, frame=frame))
                        nxt = j
                        continue
                elif i and not lex.cue_adjective.isdisjoint(tokens[i - 1].forms) \
                        or _adjective_cue(tokens, i, cue):
                    nxt = j  # برصاص حي في الرأس: live bullets, not the quarter of الرأس
                else:
                    nxt = _after_cue_word(tokens, infos, i, cue, found, words)
                    continue
            else:
                m = match_at(tokens, infos, i, words.trie)
                if info.demonym is not None and cue is None and (m is None or m.end - m.start == 1):
                    k, cc = info.demonym
                    found.append(Found(i, i + 1, tokens[i].stem_span(k), NISBA + cc, cue="nisba",
                                        hint=3))
                    nxt = i + 1
                    continue
                if m is not None and cue in lex.klass and m.end - m.start > 1 \
                        and rest_is_name(tokens, infos, i, m.end, words, m.key):
                    m = None  # مدينة زنجبار: the town زنجبار, not Zanzibar City ("مدينه زنجبار")
                if m is not None and cue is None and m.end - m.start > 1 \
                        and facility_of_town(tokens, infos, i, m.key, words):
                    nxt = i + 1   # طلاب جامعة الخرطوم: the town, not the campus (a minor place)
                    continue
                if m is not None and cue is None and m.end - m.start == 1 \
                        and (e := head_of_unknown(tokens, infos, i)) is not None:
                    nxt = e   # (as above: وخربة الشحاذين)
                    continue
                if m is not None and (cue is None or m.end - m.start > 1):
                    found.append(Found(m.start, m.end, m.span, m.key, weak=m.weak,
                                        common=m.end - m.start == 1 and info.common,
                                        cue=cue if m.end - m.start > 1 else None,
                                        hint=lex.cues.get(cue, 1) if cue else 1,
                                        frame=m.end - m.start == 1 and (
                                            opens_clause(tokens, i) or (m.weak or info.common)
                                            and words.big_town(m.key) and ends_located(tokens, infos, i))))
                    nxt = m.end
                    continue
                if cue is not None and (i and not lex.cue_adjective.isdisjoint(tokens[i - 1].forms)
                                        or _adjective_cue(tokens, i, cue)):
                    nxt = i + 1  # as above: an adjective after an ammunition noun
                    continue
                if cue is not None:
                    nxt = _after_cue_word(tokens, infos, i, cue, found, words)
                    continue
        # a name before وريفها: a place slot (the name itself may be unknown)
        if i + 1 < n and infos[i + 1].after and tokens[i].kind == "word":
            un = unknown_name(tokens, infos, i)
            if un is not None and un[0] == i + 1:
                found.append(Found(i, i + 1, un[2], un[1], slot=True, known=False))
        nxt = i + 1
    if found and any(map(_STREET, marks)):
        found = without_street_names(tokens, infos, found)
    if len(found) > 1:
        found = _titled_countries(infos, found, words)
    # (the passes below yield only at words of their classes: those the scan marked)
    if any(map(_BUILDING, marks)):
        found = building_names(tokens, infos, found)
    heads = list(compress(marked, map(_APPOSITIVE, marks)))
    if heads:   # في يارجاتينا، القرية القريبة من: the comma before an appositive's head word
        appositive_names(tokens, infos, found, unknown_name, [i - 1 for i in heads if i > 2])
    if found:
        found = without_phrases(tokens, found, infos)
    mark_slots(tokens, infos, found, getattr(words, "big_town", None), words.countries,
               getattr(words, "areas", frozenset()))
    if len(found) > 1:
        mark_country_parts(tokens, found, getattr(words, "country_ccs", {}))
    return found, infos


def _agreeing_accusative(tokens: tuple[Token, ...], i: int, words: WordCache) -> tuple[int, str] | None:
    """A nationality adjective in the indefinite accusative that is spelt as its country's name
    (روسيا، تركيا) after an accusative nisba or doer word it agrees with (قصفا جويا روسيا، قصفا
    مدفعيا تركيا): the adjective - (the token's first analysis, its country code) - not the
    country named as a place."""
    acc = clitics().accusative
    word, prev = tokens[i].norm, tokens[i - 1] if i else None
    if prev is None or prev.kind != "word" or prev.sentence != tokens[i].sentence \
            or not word.endswith(acc) or not prev.norm.endswith(acc):
        return None
    cc = words.demonyms.get(word[:-len(acc)])
    before = prev.norm[:-len(acc)]
    if cc is None or not (before.endswith(clitics().nisba) or before in place_lexicon().doer):
        return None
    return 0, cc


def _titled_countries(infos: list[WordInfo], found: list[Found], words: WordCache) -> list[Found]:
    """A country's title word followed by another country's adjective names that country
    (المملكة الأردنية is Jordan, though المملكة alone reads as Saudi Arabia): one mention of the
    adjective's country over both words. The title must not be an adjective itself
    (العلاقات السعودية الأمريكية names two countries)."""
    out: list[Found] = []
    skip = -1
    for k, f in enumerate(found):
        if k == skip:
            continue
        g = found[k + 1] if k + 1 < len(found) else None
        if g is not None and g.cue == "nisba" and g.start == f.end and f.end - f.start == 1 \
                and f.cue is None and f.key in words.countries and infos[f.start].demonym is None:
            out.append(Found(f.start, g.end, Span(f.span.start, g.span.end), g.key))
            skip = k + 1
            continue
        out.append(f)
    return out
