"""speed56: recognize's passes after its loop read only the words that may yield in them
(per-word-type marks of WordInfo), and give the very names of the plain passes (output
identical): the marks against the tests the passes make, recognize against itself with the
gates opened."""
from __future__ import annotations

import pytest

import hadath.mentions.places_recognize as R
import copy

from hadath.gazetteer.data import NAME_SLOT, not_places
from hadath.gazetteer.lexicon import place_lexicon
from hadath.mentions import places_slots as S
from hadath.mentions.places_between import between_ends
from hadath.mentions.places_people import without_phrases
from hadath.mentions.places_match import ARTICLE
from hadath.text.clitics import clitics
from hadath.text.stage import TextStage
from hadath.types import Article, Doc

TEXTS = [
    # an appositive after the comma: the article + a class noun, or a pronoun + a class noun
    "قتل شخصان في يارجاتينا، القرية القريبة من الحدود مع مالي.",
    "سقطت قذيفة على تاكالا، وهي بلدة في ولاية شمال دارفور، صباح اليوم.",
    "وصل النازحون إلى كومبا، وهو مخيم يقع قرب الحدود، بعد هجوم على المدينة.",
    "اندلعت اشتباكات في المدينة، البلدة التي شهدت معارك الشهر الماضي.",
    # a building's or water's noun before its adjective or a town
    "استهدف القصف القصر الجمهوري بالخرطوم والمركز الثقافي في أم درمان.",
    "غرق قارب للمهاجرين في خليج عدن قبالة سواحل اليمن.",
    "اقتحم مسلحون مبنى وزارة الداخلية في طرابلس.",
    # an accusative nationality adjective, spelt as its country, after the word it agrees with
    "نفذت الطائرات قصفا جويا روسيا على بلدة كفرنبل بريف إدلب.",
    "شن الجيش قصفا مدفعيا تركيا قرب عفرين، وقصفا سوريا على حلب.",
    "قتل جنديا مصريا في هجوم بشمال سيناء.",
    # between, near / compass, located words; fixed expressions and media names
    "سيطرت القوات على المنطقة الواقعة بين بلدتي كفركلا والعديسة، والطريق الرابط بين السواني والكريمية.",
    "قصفت الطائرات قرية الزهراء الواقعة في ريف حلب الشمالي، والتابعة لناحية نبل.",
    "سقطت قذائف على قرية تل رفعت القريبة من بلدة اعزاز، وعلى بلدة مارع شمال شرق حلب.",
    "قتل مدنيان في قرية معرشورين على بعد 15 كيلومترا جنوب شرق معرة النعمان.",
    "أطلقت الشرطة القنابل المسيلة للدموع على المتظاهرين في بغداد، بحسب موقع مأرب برس و(بغداد اليوم).",
    # none of these: the passes have nothing to read
    "قال المتحدث، الذي رفض ذكر اسمه، إن الهجوم وقع في حمص وحماة.",
    "قتل ثلاثة أشخاص في قصف على دير الزور وريفها يوم الثلاثاء.",
]


def _doc(text: str) -> Doc:
    return TextStage()(Doc(Article("t", text)))


@pytest.mark.parametrize("text", TEXTS)
def test_marks_as_the_plain_tests(place_stage, text):
    """Each mark holds exactly where the pass's own test on the token would (whatever the
    token's kind), and every marked word is in recognize's one scan."""
    words = place_stage.words
    lex = place_lexicon()
    acc = clitics().accusative
    nouns = lex.klass | lex.camp
    tokens = _doc(text).tokens
    for tok, info in zip(tokens, words.infos(tokens)):
        norm = tok.norm
        assert info.building == (not lex.water.isdisjoint(tok.forms)
                                 or not lex.building.isdisjoint(tok.forms)), norm
        assert info.appositive == (norm in lex.apposition or norm.startswith(ARTICLE)
                                   and norm[len(ARTICLE):] in nouns), norm
        if tok.kind == "word":
            assert info.accusative == (norm.endswith(acc) and norm[:-len(acc)] in words.demonyms), norm
        assert info.between == (not lex.between.isdisjoint(tok.forms)), norm
        assert info.relational == (norm in lex.near or norm in lex.compass or not lex.near.isdisjoint(
            tok.forms) or not lex.compass.isdisjoint(tok.forms)), norm
        assert info.located == (norm in lex.located), norm
        assert info.phrase == (norm in not_places()), norm
        assert info.phrase_next == (NAME_SLOT + norm in not_places()), norm
        if info.building or info.appositive:
            assert info.marked, norm


@pytest.mark.parametrize("word,building,appositive,accusative", [
    ("القرية", False, True, False),
    ("البلدة", False, True, False),
    ("وهي", False, True, False),
    ("قرية", False, False, False),     # (no article: no appositive's head)
    ("خليج", True, False, False),
    ("روسيا", False, False, True),     # روسي + ا
    ("تركيا", False, False, True),
    ("مصريا", False, False, True),
    ("قصفا", False, False, False),
    ("حمص", False, False, False),
])
def test_marks_of_words(place_stage, word, building, appositive, accusative):
    tokens = _doc(word).tokens
    info = place_stage.words.infos(tokens)[0]
    assert (info.building, info.appositive, info.accusative) == (building, appositive, accusative)


def _plain(monkeypatch):
    """recognize with its gates open: both passes over every name, every token as a comma,
    _agreeing_accusative asked for every live word without a demonym."""
    plain_app = R.appositive_names
    monkeypatch.setattr(R, "_BUILDING", lambda info: True)
    monkeypatch.setattr(R, "appositive_names",
                        lambda tokens, infos, found, unknown, at=None: plain_app(tokens, infos, found, unknown))
    monkeypatch.setattr(R, "_APPOSITIVE", lambda info: True)


def _names(found) -> list[tuple]:
    return [(f.start, f.end, f.key, f.cue, f.hint, f.slot, f.known, f.weak, f.common, f.frame,
             f.containers, f.anchor) for f in found]


@pytest.mark.parametrize("text", TEXTS)
def test_recognize_as_with_the_gates_open(place_stage, monkeypatch, text):
    words = place_stage.words
    tokens = _doc(text).tokens
    gated = _names(R.recognize(tokens, words)[0])
    with monkeypatch.context() as m:
        _plain(m)
        info_cls = type(words.infos(tokens)[0])
        m.setattr(info_cls, "accusative", property(lambda self: True))
        plain = _names(R.recognize(tokens, words)[0])
    assert gated == plain


@pytest.mark.parametrize("text", TEXTS)
def test_slot_passes_as_without_the_marks(place_stage, monkeypatch, text):
    """_relation, between_ends, without_phrases and mark_slots (its _located_in) with the
    WordInfos give the answers they give reading the tokens alone (or with the gate open)."""
    words = place_stage.words
    lex = place_lexicon()
    tokens = _doc(text).tokens
    infos = words.infos(tokens)
    n = len(tokens)
    for a in range(n):
        for b in range(a + 1, min(n, a + S.RELATION_GAP + 2)):
            assert S._relation(tokens, a, b, lex, infos) == S._relation(tokens, a, b, lex), (a, b)
    found, _infos = R.recognize(tokens, words)
    assert without_phrases(tokens, found, infos) == without_phrases(tokens, found)
    one, two = copy.deepcopy(found), copy.deepcopy(found)
    between_ends(tokens, one, infos)
    between_ends(tokens, two)
    assert [f.hint for f in one] == [f.hint for f in two]
    with monkeypatch.context() as m:
        m.setattr(S, "_LOCATED", lambda info: True)
        plain = _names(R.recognize(tokens, words)[0])
    assert _names(found) == plain


@pytest.mark.parametrize("text,kinds", [
    ("قرية الزهراء الواقعة في ريف حلب", {"located"}),
    ("الطريق الرابط بين السواني والكريمية", {"between"}),
    ("بلدة مارع شمال شرق حلب", {"relational"}),
    ("القنابل المسيلة للدموع", {"phrase"}),
])
def test_texts_have_the_marks(place_stage, text, kinds):
    """(The equivalence tests above read texts that hold each mark.)"""
    infos = place_stage.words.infos(_doc(text).tokens)
    for kind in kinds:
        assert any(getattr(i, kind) for i in infos), kind


@pytest.mark.parametrize("text,parted", [
    ("قصفت المدفعية قريتي كفركلا والعديسة جنوبي لبنان.", 2),   # the list's part handed on
    ("سقطت قذيفة على بلدة الخيام جنوب لبنان.", 1),
    ("قتل شخص في قاعدة البرج 22 شمال شرقي الأردن.", 1),
    ("قتل شخص في حمص وحماة.", 0),                               # no part: the second pass skipped
])
def test_country_parts(place_stage, text, parted):
    """mark_country_parts hands a part along a list only after it set one; the names with a
    part are those the plain two passes give."""
    from hadath.mentions.places_country_parts import mark_country_parts
    tokens = _doc(text).tokens
    found = R.recognize(tokens, place_stage.words)[0]
    assert sum(f.part is not None for f in found) == parted
    again = copy.deepcopy(found)
    for f in again:
        f.part = None
    mark_country_parts(tokens, again, place_stage.words.country_ccs)
    assert [f.part for f in again] == [f.part for f in found]
