"""Clitic-aware tokens: inflected forms reach their lexicon entries, spans stay exact."""
from __future__ import annotations

import pickle

import pytest

from hadath.text.matcher import PhraseMatcher
from hadath.text.normalize import normalize
from hadath.text.sentences import split_sentences
from hadath.text.tokenize import tokenize
from hadath.types import Span, Token

LEXICON = [
    ("الرقة", "place:raqqa"),
    ("اللاذقية", "place:latakia"),
    ("القوات", "actor:forces"),
    ("قوات سوريا الديمقراطية", "actor:sdf"),
    ("داعش", "actor:is"),
    ("عناصر", "actor:members"),
    ("المدينة", "place:city"),
    ("الجيش", "actor:army"),
    ("يقتل", "trigger:kill"),
    ("قتل", "trigger:kill"),
    ("قيادة", "org:command"),
    ("مدينة", "place:city"),
]

# (text, original text of the match, value, pronoun suffix). A one-token match spans the stem
# (proclitics and the pronoun are outside it; ة written as ت before a pronoun stays ت).
CASES = [
    ("سيطرت القوات على الرقة", "الرقة", "place:raqqa", ""),
    ("وصلت التعزيزات بالرقة", "الرقة", "place:raqqa", ""),
    ("وصلت التعزيزات وبالرقة", "الرقة", "place:raqqa", ""),
    ("وصلت التعزيزات للاذقية", "لاذقية", "place:latakia", ""),
    ("وصلت التعزيزات وللقوات", "قوات", "actor:forces", ""),
    ("تصدت وللقوات", "قوات", "actor:forces", ""),
    ("قالت قوات سوريا الديمقراطية إن", "قوات سوريا الديمقراطية", "actor:sdf", ""),
    ("وقوات سوريا الديمقراطية", "قوات سوريا الديمقراطية", "actor:sdf", ""),
    ("أعلنت لداعش", "داعش", "actor:is", ""),
    ("وفر عناصرها", "عناصر", "actor:members", "ها"),
    ("وفر وعناصرها", "عناصر", "actor:members", "ها"),
    ("دخلوا فبالمدينة", "المدينة", "place:city", ""),
    ("انتشروا كالجيش", "الجيش", "actor:army", ""),
    ("قال إنه سيقتل", "يقتل", "trigger:kill", ""),
    ("وسيقتل", "يقتل", "trigger:kill", ""),
    ("أعلنت قيادتها", "قيادت", "org:command", "ها"),
    ("دخلوا مدينتهم", "مدينت", "place:city", "هم"),
    ("سيطرت القُوّات على الرَّقَّة", "الرَّقَّة", "place:raqqa", ""),
    ("سيطرت القوات على الـــرقة", "الـــرقة", "place:raqqa", ""),
    ("سيطرت القوات على ﺍﻟﺮﻗﺔ", "ﺍﻟﺮﻗﺔ", "place:raqqa", ""),
    ("وصلت التعزيزات بالـرَّقَّة", "الـرَّقَّة", "place:raqqa", ""),
    ("قتل ﺩﺍﻋﺶ", "ﺩﺍﻋﺶ", "actor:is", ""),
]


@pytest.fixture(scope="module")
def matcher() -> PhraseMatcher:
    return PhraseMatcher().add_all(LEXICON)


def _tokens(text: str):
    norm = normalize(text)
    return tokenize(norm, split_sentences(norm))


@pytest.mark.parametrize("text,surface,value,suffix", CASES)
def test_inflected_forms_resolve(matcher, text, surface, value, suffix):
    found = [m for m in matcher.find(_tokens(text)) if m.value == value]
    assert found, f"{value} not found in {text!r}"
    m = found[-1]
    assert m.span.of(text) == surface
    assert m.suffix == suffix


SEGMENTS = [
    ("وبالرقة", ("و", "ب", "ال"), "رقه"),
    ("وللقوات", ("و", "ل", "ال"), "قوات"),
    ("لداعش", ("ل",), "داعش"),
    ("فبالمدينة", ("ف", "ب", "ال"), "مدينه"),
    ("كالجيش", ("ك", "ال"), "جيش"),
    ("سيقتل", ("س",), "يقتل"),
    ("وسيقتلون", ("و", "س"), "يقتلون"),
    ("والقصف", ("و", "ال"), "قصف"),
]


@pytest.mark.parametrize("word,prefixes,stem", SEGMENTS)
def test_segmentation_offered(word, prefixes, stem):
    tok = _tokens(word)[0]
    assert tok.analyses[0].stem == tok.norm  # unsegmented first
    assert any(a.prefixes == prefixes and a.stem == stem for a in tok.analyses)
    for a in tok.analyses:
        text = normalize(a.span.of(word)).text
        if a.prefixes[-1:] == ("ل",) and a.stem.startswith("ال") and text.startswith("لل"):
            text = "ا" + text[1:]  # للقوات = ل + القوات: the article's alif is not written
        assert text in (a.stem, a.stem[:-1] + "ت")


def test_lam_before_the_article_offers_the_definite_form():
    """للجيش = ل + الجيش: lexicon entries written with the article (الجيش السوري) match."""
    tok = _tokens("وللجيش")[0]
    assert "الجيش" in tok.forms


SUFFIXES = [("عناصرها", "عناصر", "ها"), ("قادتهم", "قاده", "هم"), ("بيوتنا", "بيوت", "نا"),
            ("سيطرتهما", "سيطره", "هما"), ("منازلكم", "منازل", "كم")]


@pytest.mark.parametrize("word,stem,suffix", SUFFIXES)
def test_pronoun_suffixes(word, stem, suffix):
    tok = _tokens(word)[0]
    assert any(a.stem == stem and a.suffix == suffix for a in tok.analyses)


def test_ta_marbuta_is_not_a_pronoun():
    tok = _tokens("عملية")[0]
    assert all(a.suffix != "ه" for a in tok.analyses)
    tok = _tokens("عمليه")[0]  # written with ه: the pronoun reading stays available
    assert any(a.suffix == "ه" for a in tok.analyses)


def test_every_token_maps_to_exact_original_text():
    text = ("قُتِلَ ثلاثـــةٌ مدنيين في ﺍﻟﺮﻗﺔ، و١٬٥٠٠ نزحوا ﻻ غير.\r\n"
            "وقال المتحدث: «لن نتراجع». F-16 ‏دمشق‏")
    norm = normalize(text)
    toks = tokenize(norm, split_sentences(norm))
    for t in toks:
        assert t.text == t.span.of(text)
        assert normalize(t.text).text == t.norm
        assert t.analyses[0].span == t.span
    assert [t.kind for t in toks if t.norm == "1,500"] == ["number"]
    assert {t.sentence for t in toks} == {0, 1, 2}
    assert [t.index for t in toks] == list(range(len(toks)))


def test_a_token_span_is_its_start_and_end_built_once():
    text = "قصفت الطائرات مدينة الرقة."
    for t in _tokens(text):
        assert t.span.__class__ is Span and t.span == (t.start, t.end) and t.span is t.span
        assert t.stem_span(0) == t.span
    a = Token(0, (3, 7), "قصفت", "قصفت", "word", 0)
    b = Token(0, Span(3, 7), "قصفت", "قصفت", "word", 0)
    assert a == b and hash(a) == hash(b) and a.span == Span(3, 7)
    assert pickle.loads(pickle.dumps(a)) == a
    with pytest.raises(ValueError):
        Token(0, (7, 3), "قصفت", "قصفت", "word", 0)


def test_tokens_of_empty_text():
    assert _tokens("") == ()


def test_a_word_whose_first_letter_starts_no_clitic_is_not_split():
    """``_prefix_splits`` returns early for a first letter no proclitic starts with; a word
    starting with any other letter of the alphabet is split exactly when the full search
    finds a proclitic."""
    from hadath.text.tokenize import _first_letters, _prefix_splits
    first = _first_letters()
    assert {"و", "ف", "ب", "ل", "ك", "س", "ا"} <= first
    for letter in "ابتثجحخدذرزسشصضطظعغفقكلمنهوي":
        for word in (letter + "الجيش", letter + "لقوات", letter + "مدينه", letter + "يقصف"):
            splits = _prefix_splits(word)
            assert splits[0] == ((), word)
            if letter not in first:
                assert splits == [((), word)]
    assert ((("و", "ب", "ال"), "رقه")) in _prefix_splits("وبالرقه")


@pytest.mark.parametrize("text, index, led", [
    ("قتل شخص وأصيب آخر", 2, True),    # و on a verb
    ("قصفت الطائرات فقتلت ثلاثة", 2, True),   # ف on a verb
    ("قتل شخص وأصيب آخر", 0, False),   # no conjunction
    ("وصلت القوات", 0, True),          # some segmentation reads و as one (وصلت: و + صلت)
])
def test_conjunctions_are_the_proclitics_a_token_carries(text, index, led):
    from hadath.text.clitics import clitics, conjunctions
    assert conjunctions() == frozenset(clitics().conj)
    words = [t for t in _tokens(text) if t.kind == "word"]
    assert words[index].has_proclitic(conjunctions()) is led
