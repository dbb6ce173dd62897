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
from hadath.mentions.places_landmarks import landmark_end
from hadath.mentions.places_facility import building_names
from hadath.mentions.places_match import ARTICLE, CONJ, WordCache, WordInfo, behind_b, match_at
from hadath.mentions.places_pairs import quoted_pair
from hadath.mentions.places_people import NISBA_END, QUOTES, bare_stem as _stem, is_generic, without_phrases
from hadath.mentions.places_shapes import capital_title, facility_of_town, joined_name, new_place_after, opens_clause, rest_is_name
from hadath.mentions.places_slots import IN, mark_slots, may_be_slot
from hadath.text.clitics import clitics
from hadath.types import Span, Token

HASHTAG = "#"
JOINER = "_"            # the words of a hashtag (#قصر_العيني)
NISBA = "nisba:"        # key prefix of a country named by its adjective (اللبناني → Lebanon)
CAPITAL = "capital:"    # key of a bare العاصمة: the capital of the document's country
_MARKED = itemgetter(WordInfo._fields.index("marked"))
_LIVE = itemgetter(WordInfo._fields.index("live"))
_AFTER = itemgetter(WordInfo._fields.index("after"))
_STREET = itemgetter(WordInfo._fields.index("street"))
STREET_NAME_MAX = 3     # words of a street's name after شارع، ساحة، دوار


def _unknown_name(tokens: tuple[Token, ...], infos: list[WordInfo], j: int
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
    span = Span(t0.stem_span(0).start if w0 == t0.norm else _stem_span(t0, w0).start,
                tokens[end - 1].span.end)
    return end, " ".join(words), span


def _stem_span(tok: Token, stem: str) -> Span:
    for k, seg in enumerate(tok.word_type.segs):
        if seg[1] == stem:
            return tok.stem_span(k)
    return tok.span


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
    quoted = _quoted_name(tokens, infos, i, j, cue, hint, inner, found, words)
    if quoted:
        return quoted
    if j < n and tokens[j].sentence == tokens[i].sentence and not (capital and inner and tokens[j].norm in lex.stop):
        if tokens[j].norm in lex.stop and not inner:   # (ريف العاصمة صباح: the capital is, no place صباح)
            return j  # في العاصمة يوم الثلاثاء: a time word, no name
        m = match_at(tokens, infos, j, words.trie, cue in lex.settlement and words.article_particle(tokens[j]))
        if m is not None and m.end - m.start == 1 and (tokens[j].norm in lex.name_heads
                                                       or _stem(tokens[j]) in lex.name_heads):
            un = _unknown_name(tokens, infos, j)
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
            return _listed_unknown(tokens, infos, j + 2, cue, hint, found, words)
        if m is not None and cue in lex.village and new_place_after(tokens, m.end):
            # قرية الحلة الجديدة: another settlement than Hillah, a name the gazetteer lacks
            end = m.end + 1
            f = Found(m.start, end, Span(m.span.start, tokens[m.end].span.end),
                      f"{m.key} {tokens[m.end].norm}", cue=cue, hint=hint, known=False)
            f.inner = inner
            found.append(f)
            return _listed_unknown(tokens, infos, end, cue, hint, found, words)
        if m is not None:
            f = Found(m.start, m.end, m.span, m.key, cue=cue, hint=hint, weak=m.weak)
            f.inner = inner
            found.append(f)
            return _listed_unknown(tokens, infos, m.end, cue, hint, found, words)
        un = _unknown_name(tokens, infos, j) if cue not in lex.known_only else None
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
            return _listed_unknown(tokens, infos, end, cue, hint, found, words)
    if capital and is_generic(tokens[i]):
        found.append(Found(i, i + 1, tokens[i].span, CAPITAL, cue=cue))  # العاصمة alone
    elif capital and (t := capital_title(tokens, infos, i, j)) is not None:
        # ريف العاصمة، شمال العاصمة اليمنية: the capital named by its title (before its adjectives)
        found.insert(sum(g.start < t for g in found), Found(t, t + 1, tokens[t].span, CAPITAL, cue=cue, hint=hint))
        return j
    return i + 1


def _listed_unknown(tokens: tuple[Token, ...], infos: list[WordInfo], j: int, cue: str, hint: int,
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
    un = _unknown_name(tokens, infos, j)
    if un is None:
        return j
    end, key, span = un
    f = Found(j, end, span, key, cue=cue, hint=hint, known=False)
    f.listed, f.shared = True, (cue,)
    found.append(f)
    return end


QUOTED_MAX = 4  # words of a quoted name after a cue (قرية "العمارة عبدالله")


def _quoted_name(tokens: tuple[Token, ...], infos: list[WordInfo], i: int, j: int, cue: str,
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
    """One quoted name at token j (see :func:`_quoted_name`)."""
    n = len(tokens)
    if j >= n or tokens[j].norm not in _QUOTES or tokens[j].sentence != tokens[i].sentence:
        return 0
    k = j + 1
    while k < n and k - j <= QUOTED_MAX and tokens[k].kind == "word" \
            and tokens[k].sentence == tokens[j].sentence:
        k += 1
    if k == j + 1 or k >= n or tokens[k].norm not in _QUOTES:
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


def _adjective_cue(tokens: tuple[Token, ...], i: int, cue: str) -> bool:
    """The cue word at token i is one read as a cue only after a preposition (role
    ``after_prep``: محلية, Sudan's locality, is also "local") and none stands before it or on
    it (في محلية، بمحلية، التابعة لمحلية are the locality; مصادر محلية are local sources)."""
    lex = place_lexicon()
    if cue not in lex.after_prep:
        return False
    if i and (tokens[i - 1].norm in lex.preps or tokens[i - 1].norm in lex.stop):
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
                    if info.demonym is not None:
                        k, cc = info.demonym
                        found.append(Found(i, j, tokens[i].stem_span(k), NISBA + cc,
                                            cue="nisba", hint=3))
                        nxt = j
                        continue
                    single = info.single
                    if single is not None:
                        k, weak, key = single
                        # (opens_clause needs a comma after the word: most have none)
                        frame = j < n and tokens[j].norm == "," and opens_clause(tokens, i)
                        if (weak or info.common) and not frame and (
                                tokens[i].norm in lex.stop or not may_be_slot(tokens, infos, found, i)):
                            nxt = j   # a common word alone: never a place without a cue or slot
                            continue  # (nor a word that ends a name: X الواقعة بريف Y)
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
                if m is not None and (cue is None or m.end - m.start > 1):
                    found.append(Found(m.start, m.end, m.span, m.key, weak=m.weak,
                                        common=m.end - m.start == 1 and info.common,
                                        cue=cue if m.end - m.start > 1 else None,
                                        hint=lex.cues.get(cue, 1) if cue else 1,
                                        frame=m.end - m.start == 1 and opens_clause(tokens, i)))
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
            un = _unknown_name(tokens, infos, i)
            if un is not None and un[0] == i + 1:
                found.append(Found(i, i + 1, un[2], un[1], slot=True, known=False))
        nxt = i + 1
    if found and any(map(_STREET, marks)):
        found = _without_street_names(tokens, infos, found)
    if len(found) > 1:
        found = _titled_countries(infos, found, words)
    found = building_names(tokens, infos, found)
    appositive_names(tokens, infos, found, _unknown_name)   # في يارجاتينا، القرية القريبة من
    if found:
        found = without_phrases(tokens, found)
    mark_slots(tokens, infos, found, getattr(words, "big_town", None), words.countries,
               getattr(words, "areas", frozenset()))
    if len(found) > 1:
        mark_country_parts(tokens, found, getattr(words, "country_ccs", {}))
    return found, infos


def _without_street_names(tokens: tuple[Token, ...], infos: list[WordInfo], found: list[Found]
                          ) -> list[Found]:
    """The names found, less a street word and the name after it (شارع جمال عبد الناصر، ساحة رياض
    الصلح، دوار شيحان: a person or a town the street is named after, not where it is). The street's
    name is at most STREET_NAME_MAX words and ends before a stop word, a place cue, punctuation or
    a word with a proclitic (شارع الثورة بمدينة الرقة، ساحة التحرير ببغداد، وسط بغداد)."""
    stop = place_lexicon().stop
    n = len(tokens)
    inside: set[int] = set()
    streets: list[Found] = []
    starts = {f.start: f for f in found}
    for i, info in enumerate(infos):
        if not info.street:
            continue
        inside.add(i)
        j = i + 1
        while j < n and j - i <= STREET_NAME_MAX and tokens[j].kind == "word" \
                and tokens[j].sentence == tokens[i].sentence and tokens[j].norm not in stop \
                and not infos[j].cue and not infos[j].clitic and not infos[j].street:
            inside.add(j)
            j += 1
        if j > i + 1 and _town_after(tokens, starts, j):
            streets.append(_street(tokens, i, j))
        elif j > i + 1 and (k := landmark_end(tokens, i, j, _street(tokens, i, j).key.split()[0])):
            streets.append(_street(tokens, i, k))   # ميدان التحرير alone: places_landmarks
    # a gazetteer name that starts with the street word is the street itself (شارع الحمرا)
    kept = [f for f in found if f.start not in inside or (infos[f.start].street
                                                          and f.end - f.start > 1)]
    if streets:
        have = {f.start for f in kept}
        kept = sorted(kept + [s for s in streets if s.start not in have], key=lambda f: f.start)
    return kept


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


_QUOTES = QUOTES


def _town_after(tokens: tuple[Token, ...], starts: dict[int, Found], j: int) -> bool:
    """A known town's name (not a common word; no cue but a compass word or a town's class
    noun) follows token j-1 as في X or بX, after a comma too (شارع السعدون، في وسط بغداد، شارع
    الثورة بمدينة الرقة)."""
    sent = tokens[j - 1].sentence
    if j + 1 < len(tokens) and tokens[j].norm == "," and tokens[j + 1].norm == IN:
        j += 1
    lex = place_lexicon()
    compass = lex.compass
    if j < len(tokens) and tokens[j].norm == IN:
        j += 1
        if j + 1 < len(tokens) and tokens[j].norm in compass:
            j += 1  # في وسط بغداد، في جنوب غرب بغداد (the Found starts at the town's name)
            if j + 1 < len(tokens) and tokens[j].norm in compass:
                j += 1
    elif j >= len(tokens) or not behind_b(tokens[j]):
        return False
    g = starts.get(j)
    if g is None and j + 1 < len(tokens) and starts.get(j + 1) is not None \
            and starts[j + 1].cue in lex.settlement:
        g = starts[j + 1]  # بمدينة الرقة: the class noun, then the town
    return g is not None and g.known and not g.weak and not g.common \
        and (g.cue is None or g.cue in compass or g.cue in lex.settlement) and tokens[j].sentence == sent


def _street(tokens: tuple[Token, ...], i: int, j: int) -> Found:
    """The street named by tokens [i, j) (the street word and its name) as an unknown name
    after its part cue: _mark_slots makes the town after it its container (coded to the town)."""
    street = place_lexicon().street
    cue = next((seg[1] for seg in tokens[i].word_type.segs if seg[1] in street and not seg[2]),
               tokens[i].norm)
    span = Span(_stem_span(tokens[i], cue).start, tokens[j - 1].span.end)
    key = " ".join([cue] + [t.norm for t in tokens[i + 1:j]])
    return Found(i, j, span, key, cue=cue, hint=1, known=False)
