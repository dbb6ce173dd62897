"""The ``places`` stage: place mentions, resolved against the gazetteer per document.

Recognition: gazetteer names through the clitic-aware tokens (بالرقة، وريفها), names after a
place cue (بلدة، قرية، مدينة، حي، مخيم، محافظة، ناحية، ريف X، شمال X، بالقرب من X، طريق X),
and names in a place slot (listed with another place, followed by وريفها). Names that are
common words (weak names) need a cue or a slot; fuzzy lookup (spelling variants) is used only
for cue/slot names. Unknown names after a cue become unresolved places (``PlaceRef.place`` None).

Countries named by a nisba adjective or plural (وزير الصحة اللبناني، الحكومة السورية، السوريين) are
place mentions of the country with ``cue="nisba"``, precision 3 and confidence 0.2: they say which
country is involved (country focus, ``{country}`` in actor names) and IDRISI's gold counts them,
but they are not where an event happened: event assembly should not pick them as locations.
Precision (measured by hadath.evaluation.ner on NewsFANE/Wojood): a token that reads as a
particle with proclitics (وإن، بأن) is never a one-word name; a one-word match on a common news
word (common_words.txt: بيان، وقف، سلمي) needs a cue; anaphoric words (البلاد، العاصمة) are
never places; a bare populated place must earn its score with its own country vote left out
(ALONE_SCORE / ALONE_SCORE_REGION), a locative preposition helps (PREP_BONUS), and a small town
right after a title, given name or nationality adjective is a surname (person_words.txt).
Speed: see places_match (word-type cache and name trie).
"""
from __future__ import annotations

from heapq import nlargest
from itertools import compress
from operator import itemgetter
from typing import ClassVar

from hadath.gazetteer import Gazetteer, Hit, open_gazetteer
from hadath.gazetteer.build import FOCUS_CCS
from hadath.gazetteer.data import common_words, person_words
from hadath.gazetteer.resolve import (MINOR_FOCUS, NO_CUES, PERSO_CCS, SMALL_ABROAD, SMALL_ABROAD_REGION,
                                      Item, KeyHits, candidates, country_votes, disambiguate,
                                      far_from_focus, focus_of, focus_without, is_minor, new_item)
from hadath.mentions.places_objects import (mention as _mention, place_ref as _place_ref,
                                             with_mentions as _with_mentions)
from hadath.mentions.places_match import WordCache, WordInfo, build_trie, demonym_forms, match_at
from hadath.text.normalize import normalize_key
from hadath.types import Doc, Mention, PlaceRef, Span, Token

# cue stem -> precision hint (1 the place itself, 2 near it / part of its area, 3 a region)
CUES: dict[str, int] = {
    "مدينه": 1, "بلده": 1, "قريه": 1, "حي": 1, "مخيم": 1, "مزرعه": 1, "بلدات": 1, "قري": 1,
    "احياء": 1, "ضاحيه": 1, "معبر": 1, "حاجز": 1, "مطار": 1, "سجن": 1, "جسر": 1,
    "ناحيه": 2, "قضاء": 2, "مديريه": 2, "منطقه": 2, "ريف": 2, "محيط": 2, "اطراف": 2,
    "ضواحي": 2, "قرب": 2, "مشارف": 2, "طريق": 2, "اوتوستراد": 2, "باديه": 2, "جنوب": 2,
    "شمال": 2, "شرق": 2, "غرب": 2, "جنوبي": 2, "شمالي": 2, "شرقي": 2, "غربي": 2, "وسط": 1,
    "محافظه": 3, "ولايه": 3, "اقليم": 3,
    "جبهه": 2, "جزيره": 1, "حقل": 2, "سهل": 2,   # جبهة الكدحة، جزيرة كمران، حقل كورمور، سهل الخيام
    "بلدتي": 1, "قريتي": 1, "مدينتي": 1,   # dual construct: بلدتي سعير وبني نعيم
}
AFTER_CUES = frozenset({"ريف", "محيط", "ضواحي", "اطراف", "مشارف"})   # X وريفها
SKIP_AFTER_CUE = frozenset({"من", "ال", "في", "مدينه", "بلده", "قريه", "محافظه"})
DIRECTION_ADJ = frozenset({"الشرقي", "الغربي", "الشمالي", "الجنوبي", "الشرقيه", "الغربيه",
                           "الشماليه", "الجنوبيه", "الاوسط"})
NAME_HEADS = frozenset({"تل", "عين", "دير", "راس", "ابو", "ام", "بئر", "بير", "كفر", "جسر", "خان",
                        "بيت", "بني", "قصر", "جبل", "وادي", "سيدي", "مرج", "معره", "تله", "حاسي",
                        "سوق", "باب", "برج", "شيخ", "الشيخ", "حزه", "عرب", "نهر", "بئر", "ابي",
                        "خربه", "ضهر", "ايت", "اولاد", "بنت", "حوش", "نبي", "النبي", "دار"})
STOP = frozenset({"في", "من", "على", "الى", "عن", "مع", "و", "او", "ثم", "التي", "الذي", "حيث",
                  "بعد", "قبل", "خلال", "منذ", "بين", "عند", "هذا", "هذه", "ذلك", "تلك", "كان",
                  "الواقعه", "الواقع", "التابعه", "التابع", "القريبه", "المحاذيه", "المجاوره",
                  "بالقرب", "قرب", "نحو", "باتجاه", "اليوم", "امس", "ان", "انه", "لا", "لم", "قد"})
# words that refer back to a place without naming it: never a place on their own
GENERIC = frozenset({"البلاد", "المدينه", "العاصمه", "البلده", "القريه", "المنطقه", "الدوله",
                     "الحدود", "الاقليم", "المحافظه", "الولايه", "الناحيه", "المخيم", "الحي",
                     "الريف", "الجمهوريه", "الامارة", "الاماره", "الارض", "الاراضي", "الداخل",
                     "الخارج", "الميدان", "الجبهه", "المحور", "الساحه"})
DEFINITE_CUES = frozenset({"قرب"})
# cues naming a part of a town: a town named right after them with في contains the part
PART_CUES = frozenset({"حي", "احياء", "مخيم", "ضاحيه"})
# cues that are also common words or head organisations' names (جبهة النصرة، سهل = easy): only a
# gazetteer name after them is a place, never an unknown word
KNOWN_ONLY_CUES = frozenset({"جبهه", "سهل", "حقل", "جزيره"})   # جزيرة العرب
# cues that are the class noun of the name itself (مدينة حمص = حمص): a gazetteer name spelled with
# the cue ("مدينه زنجبار", Zanzibar City) does not hide the place named after the cue
CLASS_CUES = frozenset({"مدينه", "بلده", "قريه"})
# media whose names follow them (وكالة سبأ، صحيفة الوطن، تلفزيون دبي): the name is the medium's
MEDIA_HEADS = frozenset({"وكاله", "صحيفه", "جريده", "مجله", "اذاعه", "تلفزيون", "فضائيه",
                         "وكالات"})  # بالقرب من
REGION_CUE_WORDS = frozenset({"ريف", "محافظه", "ناحيه", "منطقه", "قضاء", "ولايه", "مديريه"})
MIN_KEY = 3
# locative prepositions: a bare name right after one is more likely a place (في حمص، من دوما)
PREPS = frozenset({"في", "من", "الى", "نحو", "باتجاه", "قرب", "داخل", "حتى", "عبر", "شمال",
                   "جنوب", "شرق", "غرب"})
LOCATIVE_PREFIXES = frozenset({"ب"})
NISBA = "nisba:"        # key prefix of a country named by its adjective (اللبناني → Lebanon)
ACCEPT_SCORE = 2.0      # a bare single-word name (no cue, no slot) needs this much evidence
ALONE_SCORE = 1.75      # ... or this much when the rest of the document does not point to its
#                         country (its own vote left out): a town of about 100 000 (prior 1.75)
ALONE_SCORE_REGION = 1.5  # ... for a place in the Arab world and its neighbours (FOCUS_CCS), whose
#                         GeoNames Arabic names are real names, not transliterations (about 20 000)
PREP_BONUS = 0.35
_LIVE = itemgetter(WordInfo._fields.index("live"))
_AFTER = itemgetter(WordInfo._fields.index("after"))
PERSON_MAX_POP = 200_000  # after a title/given name, a smaller bare town is read as a surname
# PERSO_CCS (hadath.gazetteer.resolve): countries whose GeoNames Arabic-script names are
# Persian/Urdu spellings (آمل، محلات، غازی‌آباد), which collide with common Arabic words and given
# names: a place there is kept only when the rest of the document points to that very country
# places known only from the big bundled gazetteer (Who's On First villages, neighbourhoods; OCHA
# sub-districts): kept only when the rest of the document points to their country (MINOR_FOCUS
# of the top vote), or on a cue / slot / container as every name (recognition)
# cues that name a village or small town: a big city abroad is not what they mean (بلدة بوني ≠ Pune)
VILLAGE_CUES = frozenset({"قريه", "بلده", "بلدات", "قري", "مزرعه", "بلدتي", "قريتي"})


class _Found:
    """A recognized name: token indices [start, end), span, gazetteer key and context."""
    __slots__ = ("start", "end", "span", "key", "cue", "hint", "weak", "common", "slot", "known",
                 "containers", "inner")

    def __init__(self, start: int, end: int, span: Span, key: str, cue: str | None = None,
                 hint: int = 1, weak: bool = False, common: bool = False, slot: bool = False,
                 known: bool = True) -> None:
        self.start = start
        self.end = end
        self.span = span
        self.key = key
        self.cue = cue
        self.hint = hint
        self.weak = weak
        self.common = common    # a one-word match on a common news word (بيان): needs a cue, not a slot
        self.slot = slot        # in a list with other places / before وريفها
        self.known = known      # matched a gazetteer name
        self.containers: tuple[str, ...] = ()  # keys of enclosing places named in context
        self.inner: tuple[str, ...] = ()  # further cues between the cue and the name (قرب بلدة X)

    def __repr__(self) -> str:
        return f"_Found({self.start}, {self.end}, {self.key!r}, cue={self.cue!r})"


def _found(start: int, end: int, span: Span, key: str, weak: bool, common: bool) -> _Found:
    """``_Found(start, end, span, key, weak=weak, common=common)`` (a bare name: tens per
    article) with plain slot stores."""
    f = _new(_Found)
    f.start = start
    f.end = end
    f.span = span
    f.key = key
    f.cue = None
    f.hint = 1
    f.weak = weak
    f.common = common
    f.slot = False
    f.known = True
    f.containers = ()
    f.inner = ()
    return f


_new = object.__new__


def _words(gz: Gazetteer) -> WordCache:
    """The gazetteer's name trie and word cache, built once per gazetteer."""
    wc = getattr(gz, "_hadath_place_words", None)
    if wc is None:
        wc = WordCache(build_trie(gz.arabic_keys(), MIN_KEY), CUES, DEFINITE_CUES, AFTER_CUES,
                       demonyms=demonym_forms(gz.country_names()),
                       common=common_words())
        wc.countries = frozenset(k for k, _cc in gz.country_names())
        wc.known_place = lambda key: any(not is_minor(h.place) for h in gz.exact(key))
        gz._hadath_place_words = wc  # type: ignore[attr-defined]
    return wc


def _stem(tok: Token) -> str:
    """The token without conjunction/preposition proclitics (keeps ال)."""
    for prefixes, stem, suffix, _s, _e in tok._info[0]:  # the analyses, without building them
        if prefixes and "ال" not in prefixes and not suffix:
            return stem
    return tok.norm


def _unknown_name(tokens: tuple[Token, ...], infos: list[WordInfo], j: int
                  ) -> tuple[int, str, Span] | None:
    """An unknown name starting at token j: (end, key, span) or None."""
    if j >= len(tokens) or tokens[j].kind != "word":
        return None
    t0 = tokens[j]
    w0 = t0.norm if j > 0 and infos[j - 1].cue else _stem(t0)
    if w0 in STOP or infos[j].cue or len(w0) < 2 or (infos[j].common and w0 not in NAME_HEADS):
        return None
    words, end = [w0], j + 1
    if end < len(tokens) and tokens[end].kind == "word" and tokens[end].sentence == t0.sentence:
        nxt = tokens[end].norm
        if nxt not in STOP and nxt not in DIRECTION_ADJ and not infos[end].cue and (
                w0 in NAME_HEADS or (nxt.startswith("ال") and not w0.startswith("ال"))):
            words.append(nxt)
            end += 1
    if len(words) == 1 and infos[j].common:
        return None  # عين، بيت alone: a word, not a name
    span = Span(t0.stem_span(0).start if w0 == t0.norm else _stem_span(t0, w0).start,
                tokens[end - 1].span.end)
    return end, " ".join(words), span


def _stem_span(tok: Token, stem: str) -> Span:
    for k, seg in enumerate(tok._info[0]):
        if seg[1] == stem:
            return tok.stem_span(k)
    return tok.span


def _construct_head(tokens: tuple[Token, ...], infos: list[WordInfo], j: int) -> bool:
    """Token j (a common word) heads a construct: another content word follows it in the
    sentence (مقر الأمن، مبنى البلدية)."""
    k = j + 1
    if k >= len(tokens) or tokens[k].sentence != tokens[j].sentence or tokens[k].kind != "word":
        return False
    w = tokens[k].norm
    if not w.startswith("ال") and k + 1 < len(tokens) and tokens[k + 1].kind == "word" \
            and tokens[k + 1].sentence == tokens[j].sentence and w not in STOP \
            and not infos[k].cue:
        w = tokens[k + 1].norm  # مقر قيادة الشرطة
    return w.startswith("ال") and w not in DIRECTION_ADJ and not infos[k].cue \
        and w not in GENERIC


def _after_cue_word(tokens: tuple[Token, ...], infos: list[WordInfo], i: int, cue: str,
                    found: list[_Found], words: WordCache) -> int:
    """The place named after the cue at token i (known or not); returns the next token index."""
    n = len(tokens)
    hint = CUES[cue]
    j = i + 1
    inner: tuple[str, ...] = ()
    while j < n and tokens[j].kind == "word" and (tokens[j].norm in SKIP_AFTER_CUE or infos[j].cue):
        c2 = infos[j].cue
        if c2 and c2 not in CLASS_CUES and infos[j].deep:
            m2 = match_at(tokens, infos, j, words.trie)
            if m2 is not None and m2.end - m2.start > 1:
                break  # محيط جسر الشغور، قرب تل أبيض: the cue word heads the name
        if c2:
            hint = max(hint, CUES[c2])
            inner += (c2,)
        j += 1
    if j < n and tokens[j].sentence == tokens[i].sentence:
        m = match_at(tokens, infos, j, words.trie)
        if m is not None and m.end - m.start == 1 and (tokens[j].norm in NAME_HEADS
                                                       or _stem(tokens[j]) in NAME_HEADS):
            un = _unknown_name(tokens, infos, j)
            if un is not None and un[0] > m.end:
                nxt = infos[j + 1].single
                if nxt is not None and not nxt[1] and words.known_place(nxt[2]):
                    return j + 1  # منطقة وادي الظليل: the valley of a known town, named next
                m = None  # قرية عين الحلوة، منطقة عين زارة: not the village called عين
        if m is not None and m.end - m.start == 1 and infos[j].common and hint > 1 \
                and m.key not in words.countries and _construct_head(tokens, infos, j):
            return j  # قرب مقر الأمن، محيط مبنى البلدية: a facility's head noun, not a name
        if m is not None and m.end - m.start == 1 and m.weak and not m.key.startswith("ال") \
                and tokens[j].norm == "ال" + m.key:
            m = None  # حي الشعب: the article belongs to the name (not the hamlet شعب)
        if m is not None:
            f = _Found(m.start, m.end, m.span, m.key, cue=cue, hint=hint, weak=m.weak)
            f.inner = inner
            found.append(f)
            return m.end
        un = _unknown_name(tokens, infos, j) if cue not in KNOWN_ONLY_CUES else None
        if un is not None:
            end, key, span = un
            f = _Found(j, end, span, key, cue=cue, hint=hint, known=False)
            f.inner = inner
            found.append(f)
            return end
    return i + 1


def _rest_is_name(tokens: tuple[Token, ...], infos: list[WordInfo], i: int, end: int,
                  words: WordCache) -> bool:
    """The words after the cue at token i, up to ``end``, are a gazetteer name themselves."""
    if not infos[i + 1].live:
        return False
    m = match_at(tokens, infos, i + 1, words.trie)
    return m is not None and m.end == end


def recognize(tokens: tuple[Token, ...], words: WordCache) -> tuple[list[_Found], list[WordInfo]]:
    found: list[_Found] = []
    infos = words.infos(tokens)
    n = len(tokens)
    # the tokens worth a look: name starts and cues, and the word before a وريفها
    todo = list(compress(range(n), map(_LIVE, infos)))
    if any(map(_AFTER, infos)):
        after = [i - 1 for i, x in enumerate(infos) if x.after and i]
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
                        found.append(_Found(i, j, tokens[i].stem_span(k), NISBA + cc,
                                            cue="nisba", hint=3))
                        nxt = j
                        continue
                    single = info.single
                    if single is not None:
                        k, weak, key = single
                        if (weak or info.common) and not _may_be_slot(tokens, infos, found, i):
                            nxt = j   # a common word alone: never a place without a cue or slot
                            continue
                        found.append(_found(i, j, tokens[i].stem_span(k), key, weak, info.common))
                        nxt = j
                        continue
                else:
                    nxt = _after_cue_word(tokens, infos, i, cue, found, words)
                    continue
            else:
                m = match_at(tokens, infos, i, words.trie)
                if info.demonym is not None and cue is None and (m is None or m.end - m.start == 1):
                    k, cc = info.demonym
                    found.append(_Found(i, i + 1, tokens[i].stem_span(k), NISBA + cc, cue="nisba",
                                        hint=3))
                    nxt = i + 1
                    continue
                if m is not None and cue in CLASS_CUES and m.end - m.start > 1 \
                        and _rest_is_name(tokens, infos, i, m.end, words):
                    m = None  # مدينة زنجبار: the town زنجبار, not Zanzibar City ("مدينه زنجبار")
                if m is not None and (cue is None or m.end - m.start > 1):
                    found.append(_Found(m.start, m.end, m.span, m.key, weak=m.weak,
                                        common=m.end - m.start == 1 and info.common,
                                        cue=cue if m.end - m.start > 1 else None,
                                        hint=CUES.get(cue, 1) if cue else 1))
                    nxt = m.end
                    continue
                if cue is not None:
                    nxt = _after_cue_word(tokens, infos, i, cue, found, words)
                    continue
        # a name before وريفها: a place slot (the name itself may be unknown)
        if i + 1 < n and infos[i + 1].after and tokens[i].kind == "word":
            un = _unknown_name(tokens, infos, i)
            if un is not None and un[0] == i + 1:
                found.append(_Found(i, i + 1, un[2], un[1], slot=True, known=False))
        nxt = i + 1
    _mark_slots(tokens, infos, found)
    return found, infos


def _may_be_slot(tokens: tuple[Token, ...], infos: list[WordInfo], found: list[_Found], i: int
                 ) -> bool:
    """Token i could be a place slot (_mark_slots): a وريفها-type word follows, a bracket
    precedes, or it comes at most two tokens after a name that is not a common word."""
    if i + 1 < len(tokens) and infos[i + 1].after:
        return True
    if i and tokens[i - 1].norm == "(":
        return True
    return bool(found) and not found[-1].weak and found[-1].end >= i - 2


def _mark_slots(tokens: tuple[Token, ...], infos: list[WordInfo], found: list[_Found]) -> None:
    """Slots: a weak name next to another place (و-list, brackets, وريفها) or a region phrase."""
    for k, f in enumerate(found):
        if f.cue:
            continue
        nxt = f.end < len(tokens) and infos[f.end].after
        listed = False
        if k > 0 and not found[k - 1].weak:
            g0 = found[k - 1].end
            if g0 >= f.start:
                listed = tokens[f.start]._info[0][-1][0][:1] == ("و",)  # the last analysis: و+X
            elif f.start - g0 <= 2:
                gap = [t.norm for t in tokens[g0:f.start]]
                listed = gap in (["و"], ["("], [","], ["-"], [",", "و"])
        if nxt or listed:
            f.slot = True
        # X (Y): Y after "X وريفها (" is in X's countryside; "Y في ريف X" / "Y بريف X"
        if k > 0 and tokens[f.start - 1].norm == "(" and f.start >= 2 and infos[f.start - 2].after:
            f.containers += (found[k - 1].key,)
            f.slot = True
    for k, f in enumerate(found[:-1]):
        g = found[k + 1]
        if g.start - f.end > 3 or g.start <= f.end:
            continue
        gap = [t.norm for t in tokens[f.end:g.start]]
        if g.cue in REGION_CUE_WORDS:
            cue_tok = tokens[g.start - 1]
            if "في" in gap or "(" in gap or "," in gap or any(
                    "ب" in seg[0] for seg in cue_tok._info[0] if seg[1] == g.cue):
                f.containers += (g.key,)
        elif gap[0] in ("(", ",", "-") and g.known and not g.weak:
            f.containers += (g.key,)
        elif f.cue in PART_CUES and gap == ["في"] and g.known and not g.weak and g.cue is None:
            f.containers += (g.key,)   # حي الشعار في حلب، مخيم اليرموك في دمشق: the town holds it


def _media_name(tokens: tuple[Token, ...], i: int, facts) -> bool:
    """Token i names a medium: right after a media head (وكالة سبأ، صحيفة الوطن) or in brackets
    after a phrase headed by one (وكالة الأنباء اليمنية (سبأ)). ``facts``: the stage's cached
    per-word-type facts (the third is "a media head")."""
    if i == 0:
        return False
    sent = tokens[i].sentence
    prev = tokens[i - 1]
    if prev.norm == "(":
        for k in range(i - 2, max(-1, i - 7), -1):
            t = tokens[k]
            if t.sentence != sent or t.kind != "word" and t.norm != "_":
                break
            if _is_media(t):
                return True
        return False
    return prev.sentence == sent and prev.kind == "word" and facts(prev)[2]


def _is_media(tok: Token) -> bool:
    """Some reading of the token is a media head without ال or a pronoun (وكالة، ولصحيفة)."""
    return any(seg[1] in MEDIA_HEADS and not seg[2] and "ال" not in seg[0] for seg in tok._info[0])


def _generic(tok: Token) -> bool:
    """البلاد، بالعاصمة، والمدينة: an anaphoric place word (with proclitics)."""
    return tok.norm in GENERIC or any(
        seg[1] in GENERIC and not seg[2] and "ال" not in seg[0] for seg in tok._info[0])


def _after_person_word(tokens: tuple[Token, ...], infos: list[WordInfo], i: int) -> bool:
    """Token i follows a title, a given name or a nationality adjective (الوزيرة رايس، توني
    بلير، وزيرة الخارجية الأمريكية رايس)."""
    if i == 0 or tokens[i - 1].sentence != tokens[i].sentence or tokens[i - 1].kind != "word":
        return False
    if infos[i - 1].demonym is not None:
        return True
    words = person_words()
    prev = tokens[i - 1]
    return prev.norm in words or _stem(prev) in words


def _after_prep(tokens: tuple[Token, ...], i: int) -> bool:
    """Token i follows a locative preposition (في X) or carries ب- (بحمص)."""
    tok = tokens[i]
    for seg in tok._info[0]:  # (prefixes, stem, suffix, ...) without building Analysis objects
        if "ب" in seg[0]:
            return True
    return i > 0 and tokens[i - 1].sentence == tok.sentence and tokens[i - 1].norm in PREPS


def _confidence(ref: PlaceRef) -> float:
    if ref.cue == "nisba":
        return 0.2  # a country named by an adjective: the country is involved, not a location
    if ref.place is None:
        return 0.3
    return round(min(1.0, max(0.1, ref.score / 10 + 0.5)), 3)


class _Resolved:
    """An item's resolution, shared by its mentions (bare_ok computed only when asked)."""
    __slots__ = ("place", "score", "container", "cands", "_bare_ok", "conf", "far")

    def __init__(self, place, score, container, cands, bare_ok) -> None:
        self.far: bool | None = None  # a small place outside the focus and its neighbours
        self.place = place
        self.score = score
        self.container = container
        self.cands = cands
        self._bare_ok = bare_ok
        self.conf: float | None = None   # the mentions' confidence (not nisba)


class PlaceStage:
    name: ClassVar[str] = "places"
    requires: ClassVar[tuple[str, ...]] = ("tokens",)
    assigns: ClassVar[tuple[str, ...]] = ("mentions:place",)

    def __init__(self, config=None, gazetteer: Gazetteer | None = None) -> None:
        self.config = config
        self.focus = tuple(getattr(config, "country_focus", ()) or ())
        self.gz = gazetteer or open_gazetteer(getattr(config, "gazetteer", None))
        self.words = _words(self.gz)
        self._cands: dict[tuple[str, bool], KeyHits] = {}
        self._tok: dict[str, tuple[bool, bool, bool]] = {}   # surface -> (generic, has ب- reading)

    def _key_hits(self, key: str, fuzzy: bool) -> KeyHits:
        """Gazetteer candidates of a name key with their scoring facts, cached per key
        (bounded)."""
        kd = self._cands.get((key, fuzzy))
        if kd is None:
            if len(self._cands) >= 50_000:
                self._cands.clear()
            if key.startswith(NISBA):
                p = self.gz.country_place(key[len(NISBA):])
                hits = [(Hit(p, key, False, "ar"), 1.0)] if p is not None else []
            else:
                hits = candidates(self.gz, key, fuzzy)
            kd = self._cands[(key, fuzzy)] = KeyHits(hits)
        return kd

    def _candidates(self, key: str, fuzzy: bool) -> list:
        """Gazetteer candidates of a name key (a copy of the cached list)."""
        return list(self._key_hits(key, fuzzy).hits)

    def _token_facts(self, tok: Token) -> tuple[bool, bool, bool]:
        """(anaphoric place word, some reading carries ب-, a media head) of a word type."""
        got = self._tok.get(tok.text)
        if got is None:
            if len(self._tok) >= 300_000:
                self._tok.clear()
            got = self._tok[tok.text] = (_generic(tok),
                                         any("ب" in seg[0] for seg in tok._info[0]),
                                         _is_media(tok))
        return got

    def __call__(self, doc: Doc) -> Doc:
        text, tokens = doc.text, doc.tokens
        fs, refs, confs = self._resolve(doc)
        new = tuple([_mention(f.span, text[f.span.start:f.span.end], ref, tokens[f.start].sentence,
                              conf) for f, ref, conf in zip(fs, refs, confs)])
        return _with_mentions(doc, doc.mentions + new)

    @staticmethod
    def _item_result(it: Item, live: dict[str, Item], focus: dict[str, float],
                     votes=None, own=None) -> tuple:
        """(place, accepted as a bare name, score, container, candidates) of a resolved item."""
        r = PlaceStage._resolved(it, live, focus)
        return r.place, PlaceStage._bare_ok(r, it, focus, votes, own), r.score, r.container, r.cands

    @staticmethod
    def _resolved(it: Item, live: dict[str, Item], focus: dict[str, float]) -> _Resolved:
        hits, scores, best = it.hits, it.scores, it.best
        place = hits[best][0].place if best >= 0 else None
        fuzzy_hit = place is not None and hits[best][1] < 1.0
        if fuzzy_hit and focus.get(place.country_code, 0) < 0.5:
            place = None  # a spelling variant of a far-away name: keep the place unresolved
        container = None
        for ck in it.containers:
            c = live.get(ck)
            if c is not None and c.best >= 0:
                container = c.hits[c.best][0].place
                break
        if len(hits) == 1:
            s0 = round(scores[0], 3)
            cands: tuple = it.kd.single_cands(s0)  # type: ignore[union-attr]
            score = s0 if place else 0.0
        else:
            places = it.kd.places  # type: ignore[union-attr]
            order = nlargest(5, range(len(hits)), key=scores.__getitem__)
            cands = tuple([(places[x], round(scores[x], 3)) for x in order])
            score = round(scores[best], 3) if place else 0.0
        return _Resolved(place, score, container, cands,
                         None if place is not None and place.feature_class not in (
                             "country", "admin1") else place is not None)

    @staticmethod
    def _bare_ok(r: _Resolved, it: Item, focus: dict[str, float], votes, own) -> bool:
        """Whether the item is accepted as a bare one-word name.

        A bare one-word populated place is accepted on its score with its own country vote
        left out (a lone name of a village in Kansas does not make the USA the focus): it needs
        ACCEPT_SCORE when the rest of the document points to its country, else ALONE_SCORE
        (a sizeable town); a locative preposition before it adds PREP_BONUS. A one-word name
        known only as a village of the big gazetteer (is_minor) needs the preposition too
        (في X، بX، قرب X): country focus alone does not make a common-looking word a village."""
        ok = r._bare_ok
        if ok is None:
            cc = r.place.country_code
            here = focus.get(cc, 0.0)
            mine = None if votes is None else own.get(it.key)
            rest = here if not mine else focus_without(votes, mine, cc)
            eff = it.scores[it.best] - 2.2 * (here - rest) + (PREP_BONUS if it.prep else 0.0)
            alone = ALONE_SCORE_REGION if cc in FOCUS_CCS and cc not in PERSO_CCS else ALONE_SCORE
            ok = r._bare_ok = eff >= (ACCEPT_SCORE if rest > 0.5 else alone) and (
                it.prep > 0 or " " in it.key or not is_minor(r.place))
        return ok

    @staticmethod
    def _far_candidate(place, it: Item) -> bool:
        """A place that must be near the document's focus: small (SMALL_ABROAD;
        SMALL_ABROAD_REGION in the Arab world and its neighbours) or named after a village cue
        (قرية، بلدة). Whether it is far is decided by far_from_focus: outside the countries the
        rest of the document points to and their neighbours."""
        cc = place.country_code
        if cc in PERSO_CCS or is_minor(place):
            return True
        limit = SMALL_ABROAD_REGION if cc in FOCUS_CCS else SMALL_ABROAD
        return place.population < limit or bool(it.cues & VILLAGE_CUES)

    @staticmethod
    def _far(cc: str, votes, mine, minor: bool = False) -> bool:
        """``far_from_focus``; for a country with Persian/Urdu-script names (PERSO_CCS), and for
        a place known only from the big gazetteer (``minor``: a village, neighbourhood or
        sub-district: is_minor), the rest of the document must point to the country itself
        (a Syrian report's منطقة الفرات is not a Baghdad neighbourhood)."""
        if cc in PERSO_CCS or minor:
            get = mine.get if mine else None
            if not any(v - (get(k, 0.0) if get else 0.0) > 1e-9 for k, v in votes.items()):
                return False  # nothing else in the document: كابل alone is Kabul
            return focus_without(votes, mine, cc) < (MINOR_FOCUS if minor and cc not in PERSO_CCS else 0.5)
        return far_from_focus(cc, votes, mine)

    def _near_pick(self, r: _Resolved, it: Item, live: dict[str, Item], focus, solid
                   ) -> _Resolved:
        """The item's resolution when its best candidate is a small place far from the
        document's focus: the next best candidate that is not (برلين → Berlin, Germany, not a
        Berlin in the USA that junk votes made likely); else unresolved with ``far`` set (بلدة
        بوني in a report on Mali is not Pune; a bare one is dropped)."""
        votes, own = solid
        mine = own.get(it.key)
        if not self._far(r.place.country_code, votes, mine, is_minor(r.place)):
            r.far = False
            return r
        scores = it.scores
        for x in sorted(range(len(scores)), key=scores.__getitem__, reverse=True):
            p = it.hits[x][0].place
            if p.feature_class in ("country", "admin1") or not self._far_candidate(p, it) \
                    or not self._far(p.country_code, votes, mine, is_minor(p)):
                if x == it.best:
                    r.far = False
                    return r
                it.best = x
                r2 = self._resolved(it, live, focus)
                r2.far = False
                return r2
        r2 = _Resolved(None, 0.0, r.container, r.cands, False)
        r2.far = True
        return r2

    @staticmethod
    def _solid_votes(kept: list[_Found], live: dict[str, Item], votes, own):
        """Country votes of the names that stand on their own: named with a cue, in a list or
        as a longer name, or whose likeliest reading is a country, a region or a sizeable town
        (prior ≥ ALONE_SCORE_REGION). A lone word that is also a village abroad (لكون → Koné)
        does not decide where the document is. (The document's votes less the others'.)"""
        strong = {f.key for f in kept if f.cue or f.slot or f.containers or " " in f.key}
        solid = None
        left = own
        for k, mine in own.items():
            if k in strong:
                continue
            kd = live[k].kd
            if kd is not None and any(pr >= ALONE_SCORE_REGION and cc not in PERSO_CCS
                                      for pr, cc in zip(kd.priors, kd.ccs)):
                continue  # (a Persian/Urdu spelling of a town abroad does not stand alone)
            if solid is None:
                solid = votes.copy()
                left = dict(own)
            for cc, v in mine.items():
                solid[cc] -= v
            del left[k]  # its votes are out already
        if solid is None:
            return votes, own
        return +solid, left

    def resolve(self, doc: Doc) -> list[tuple[_Found, PlaceRef]]:
        fs, refs, _confs = self._resolve(doc)
        return list(zip(fs, refs))

    def _resolve(self, doc: Doc) -> tuple[list[_Found], list[PlaceRef], list[float]]:
        """The names found that are place mentions, their PlaceRefs and the mentions'
        confidences (parallel lists)."""
        tokens = doc.tokens
        found, infos = recognize(tokens, self.words)
        items: dict[str, Item] = {}
        kept: list[_Found] = []
        media: set[int] = set()
        facts = self._token_facts
        tfacts = self._tok
        for f in found:
            key, cue, start = f.key, f.cue, f.start
            if cue is None:
                if f.weak and not f.slot:
                    continue  # a common word with no cue: not a place here
                if f.common:
                    continue  # حلب وبيان: a common noun in a list is still a noun
            tok = tokens[start]
            got = tfacts.get(tok.text)
            generic, bprep, _m = got if got is not None else facts(tok)
            if generic and f.end - start == 1:
                continue  # البلاد، العاصمة: refer back to a place without naming it
            if cue is None and start and _media_name(tokens, start, facts):
                media.add(start)  # وكالة سبأ، جريدة فلسطين: a medium's name
            it = items.get(key)
            if it is None:
                it = items[key] = new_item(key)
            it.count += 1
            if bprep or (start > 0 and tokens[start - 1].sentence == tok.sentence
                         and tokens[start - 1].norm in PREPS):
                it.prep += 1  # في X، من X، بX
            if cue:
                if it.cues is NO_CUES:
                    it.cues = set()
                it.cues.add(cue)
                if f.inner:
                    it.cues.update(f.inner)
            if cue or f.slot:
                it.fuzzy_ok = True  # a named place: its spelling variants are candidates too
            if f.containers:
                if not it.containers:
                    it.containers = []
                it.containers.extend(c for c in f.containers if c not in it.containers)
            kept.append(f)
        live: dict[str, Item] = {}
        cands = self._cands
        for k, it in items.items():
            if it.count:
                kd = cands.get((k, it.fuzzy_ok)) or self._key_hits(k, it.fuzzy_ok)
                it.kd = kd
                it.hits = kd.hits
                live[k] = it
        votes, own = country_votes(list(live.values()), self.focus,
                                   doc.article.url or doc.article.source)
        focus = focus_of(votes)
        disambiguate(live, focus)
        solid = None  # votes of the names that would stand on their own (for _far)
        out_f: list[_Found] = []
        out_ref: list[PlaceRef] = []
        out_conf: list[float] = []
        per_item: dict[str, _Resolved] = {}
        text = doc.text
        for f in kept:
            key = f.key
            it = live[key]
            r = per_item.get(key)
            if r is None:
                r = per_item[key] = self._resolved(it, live, focus)
            place = r.place
            bare = not (f.cue or f.slot or " " in key or it.containers)
            if r.far is None:
                if place is not None and place.feature_class not in ("country", "admin1") \
                        and self._far_candidate(place, it):
                    if solid is None:
                        solid = self._solid_votes(kept, live, votes, own)
                    r = per_item[key] = self._near_pick(r, it, live, focus, solid)
                    place = r.place
                else:
                    r.far = False
            named = f.cue or f.slot or it.containers   # the text itself says it is a place
            if r.far and (bare or not (f.cue or it.containers)):
                continue  # بحوزة → Haouza (Western Sahara) in a report on Egypt; الملك عبدالله
            if not bare and not named and place is not None and is_minor(place):
                bare = True  # a longer name known only as a village needs the same evidence
            if media and f.start in media and (place is None or is_minor(place) or (
                    place.feature_class not in ("country", "admin1")
                    and focus_without(votes, own.get(key), place.country_code) < 0.5)):
                continue  # وكالة سبأ → Saaba (Burkina Faso); جريدة فلسطين names the country
            if bare:
                if not self._bare_ok(r, it, focus, votes, own):
                    continue
                if place is not None and place.feature_class in ("populated_place", "neighbourhood") \
                        and place.population < PERSON_MAX_POP \
                        and _after_person_word(tokens, infos, f.start):
                    continue  # الوزيرة رايس، توني بلير: a person's name (زار الرئيس باريس: a city)
            if f.cue == "nisba":
                ref = _place_ref(normalize_key(text[f.span.start:f.span.end]), place, r.score,
                                 f.hint, f.cue, r.container, r.cands)
                out_f.append(f)
                out_ref.append(ref)
                out_conf.append(_confidence(ref))
                continue
            conf = r.conf
            if conf is None:
                conf = r.conf = 0.3 if place is None else \
                    round(min(1.0, max(0.1, r.score / 10 + 0.5)), 3)  # as _confidence
            out_f.append(f)
            out_ref.append(_place_ref(key, place, r.score, f.hint, f.cue, r.container, r.cands))
            out_conf.append(conf)
        return out_f, out_ref, out_conf
