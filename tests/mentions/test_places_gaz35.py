"""Issue #10, gaz35: the places stage reads a word type's facts once per surface
(places_people.word_facts, cached by PlaceStage._token_facts); media_nisba reads them from that
cache. The answers must be those read from the tokens themselves (docs/notes/gaz35.md)."""
from __future__ import annotations

import pytest

from hadath.mentions.places_people import is_generic, is_media, media_nisba, word_facts
from hadath.mentions.places_match import ARTICLE, behind_b
from hadath.text.stage import TextStage
from hadath.types import Article, Doc


def _tokens(text: str):
    return TextStage()(Doc(Article("t", text))).tokens


def _index(tokens, word: str) -> int:
    return next(k for k, t in enumerate(tokens) if t.text == word)


# (text, the nationality adjective, whether it ends a medium's name)
MEDIA = [
    ("حسب وكالة الصحافة الفرنسية", "الفرنسية", True),      # head, one definite word, nisba
    ("قالت الوكالة الفرنسية إن الاشتباكات تجددت", "الفرنسية", True),   # a definite head
    ("نقلت هيئة الإذاعة البريطانية عن مسؤول", "البريطانية", True),
    ("ذكرت صحيفة الوطن السعودية أن", "السعودية", True),
    ("وقالت الشرطة لوكالة الأنباء الهندية ان", "الهندية", True),    # ل + head
    ("قالت وزارة الخارجية الفرنسية", "الفرنسية", False),   # a ministry: no medium
    ("أعلنت الحكومة الفرنسية إرسال قوات", "الفرنسية", False),
    ("نشرت صحيفة إسرائيلية تقريرا", "إسرائيلية", False),   # indefinite: no ال reading
    ("قتل جنود في غارة أميركية", "أميركية", False),
]


@pytest.mark.parametrize("text, word, expected", MEDIA)
def test_media_nisba_from_cached_facts(text, word, expected):
    tokens = _tokens(text)
    i = _index(tokens, word)
    cache: dict = {}

    def facts(tok):   # as the stage's cache: one entry per surface
        got = cache.get(tok.text)
        if got is None:
            got = cache[tok.text] = word_facts(tok)
        return got

    assert media_nisba(tokens, i) is expected
    assert media_nisba(tokens, i, facts) is expected
    assert cache   # the facts were read through the cache


@pytest.mark.parametrize("text", [t for t, _w, _e in MEDIA] + [
    "سقطت قذيفة على البلاد والعاصمة بالمدينة",
    "قصف بصواريخ على بغداد وصحيفة الأخبار",
])
def test_word_facts_are_the_token_tests(text):
    for tok in _tokens(text):
        generic, bprep, media, head, definite = word_facts(tok)
        assert (generic, bprep, media) == (is_generic(tok), behind_b(tok), is_media(tok))
        assert media <= head   # a head without ال is a head
        assert definite == any(ARTICLE in seg[0] for seg in tok.word_type.segs)


def test_the_stage_caches_word_facts(place_stage):
    tokens = _tokens("حسب وكالة الصحافة الفرنسية في باريس")
    for tok in tokens:
        assert place_stage._token_facts(tok) == word_facts(tok)
        assert place_stage._token_facts(tok) is place_stage._token_facts(tok)


def test_the_lexicon_holds_the_doer_and_visitor_nouns_once():
    from hadath.gazetteer.lexicon import place_lexicon
    lex = place_lexicon()
    assert lex.doer_or_visitor == lex.doer | lex.visitor
    assert lex.doer <= lex.doer_or_visitor and lex.visitor <= lex.doer_or_visitor


# (text, the nationality adjective, a doer's or visitor's nisba): doer_nisba reads the lexicon's
# union of doer and visitor nouns (and their duals)
@pytest.mark.parametrize("text, word, expected", [
    ("قتل ثلاثة في غارة أميركية على مأرب", "أميركية", True),
    ("قصف مدفعي تركي على قرية", "تركي", True),
    ("اختطاف سائحين فرنسيين في شبوة", "فرنسيين", True),          # a visitor noun
    ("قتل جنديان ألمانيان في انفجار", "ألمانيان", True),           # the dual of a doer noun
    ("قتل مدنيين سوريين في القصف", "سوريين", False),              # people: no doer
    ("وصلت إلى مدينة مأرب اليمنية", "اليمنية", False),            # a place noun
])
def test_doer_nisba_table(text, word, expected):
    from hadath.mentions.places_facility import doer_nisba
    tokens = _tokens(text)
    assert doer_nisba(tokens, _index(tokens, word), set()) is expected
