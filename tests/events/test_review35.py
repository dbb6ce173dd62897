"""review35: a word-before test written once (hadath.events.unnumbered), read by the modules that
had their own copy (crowd_antecedent, trigger_vetoes, place_elsewhere)."""
from __future__ import annotations

import pytest

from hadath.events.toll_words import toll_words
from hadath.events.unnumbered import MOTIVE_LEFT, motive, motive_at, preceded_by, preceding, word_before
from hadath.text.normalize import normalize
from hadath.text.sentences import split_sentences
from hadath.text.tokenize import tokenize


def _tokens(text: str):
    n = normalize(text)
    return tokenize(n, split_sentences(n))


def _at(toks, word: str) -> int:
    return next(k for k, t in enumerate(toks) if t.text == word)


@pytest.mark.parametrize("text, death, cue", [
    ("خرج المئات احتجاجا على مقتل شاب", "مقتل", "احتجاجا"),
    ("تظاهر العشرات على خلفية اغتيال الناشط", "اغتيال", "خلفية"),
    ("تجمع الأهالي إثر انفجار عبوة ناسفة", "انفجار", "إثر"),
    ("تجمع الأهالي بعد انفجار عبوة ناسفة", "انفجار", "بعد"),
    ("خرج المئات في أعقاب مقتل شاب", "مقتل", "أعقاب"),
    # (no motive word, or a comma between: none)
    ("قتل شاب في انفجار عبوة ناسفة", "انفجار", None),
    ("تجمع الأهالي بعد ساعات، انفجار عبوة ناسفة", "انفجار", None),
])
def test_motive_at_is_the_word_motive_finds(text, death, cue):
    toks = _tokens(text)
    k = _at(toks, death)
    j = motive_at(toks, k, 0)
    assert (j is not None) == motive(toks, k, 0) == (cue is not None)
    if cue is not None:
        assert toks[j].text == cue and not toll_words().motive.isdisjoint(toks[j].forms)
        assert k - j <= MOTIVE_LEFT


@pytest.mark.parametrize("text, word, left, punct_only, found", [
    ("أعلن الجيش مقتل ثلاثة", "مقتل", 3, False, "أعلن"),
    ("أعلن الجيش صباح اليوم مقتل ثلاثة", "مقتل", 3, False, None),   # (too far)
    ("أعلن، الجيش مقتل ثلاثة", "مقتل", 3, False, None),               # (a comma between)
    ("أعلن، الجيش مقتل ثلاثة", "مقتل", 3, True, None),
    ("أعلن 3 مقتل", "مقتل", 3, True, "أعلن"),                          # (a number passes punct_only)
    ("أعلن 3 مقتل", "مقتل", 3, False, None),
])
def test_preceding_is_the_token_preceded_by_finds(text, word, left, punct_only, found):
    toks = _tokens(text)
    words = frozenset({"اعلن"})
    k = _at(toks, word)
    j = preceding(toks, k, 0, words, left, punct_only)
    assert (j is not None) == preceded_by(toks, k, 0, words, left, punct_only) == (found is not None)
    assert j is None or toks[j].text == found


@pytest.mark.parametrize("text, word, lo, left, before", [
    ("محادثات السلام في جنيف", "جنيف", 0, 3, True),
    ("وفي المحادثات جرت في جنيف", "جنيف", 0, 3, True),      # (a clitic aside: ال+محادثات)
    ("محادثات، في جنيف", "جنيف", 0, 3, True),            # (a comma does not stop it)
    ("محادثات السلام التي جرت أمس في جنيف", "جنيف", 0, 3, False),   # (too far)
    ("محادثات السلام في جنيف", "جنيف", 1, 3, False),         # (before lo)
])
def test_word_before_any_token_between(text, word, lo, left, before):
    toks = _tokens(text)
    assert word_before(toks, _at(toks, word), lo, frozenset({"محادثات"}), left) == before


def test_violent_types_stand_once_in_taxonomy():
    # (three modules wrote the three types of political violence each: merge, coarse, headline - now rules)
    from hadath.events import merge, taxonomy
    from hadath.reconcile import coarse, rules

    assert taxonomy.VIOLENT == {taxonomy.BATTLES, taxonomy.ERV, taxonomy.VAC} == set(taxonomy.SUB_EVENT_TYPES) - {
        taxonomy.PROTESTS, taxonomy.RIOTS, taxonomy.SD}
    assert merge.VIOLENT is coarse.VIOLENT is rules.VIOLENT is taxonomy.VIOLENT


@pytest.mark.parametrize("key, name", [
    ("مسلحين من الزنتان", "الزنتان"),           # (the longest men word: مسلحين من, not a shorter one)
    ("كتائب مسلحة من مصراتة", "مصراتة"),
    ("مقاتلي المساليت", "المساليت"),
    ("الزنتان", None),                           # (no men word: nothing read)
    ("مسلحين", None),                            # (the men word alone)
])
def test_the_name_after_a_band_word_is_read_once(key, name):
    # (actors_lexicon._kin_keys and _band_keys read the name after the men word with one helper)
    from hadath.mentions.actors_lexicon import WORDS_FILE, _after_men
    from hadath.resources import word_roles
    from hadath.text.normalize import normalize_key

    men = word_roles(WORDS_FILE)["band_men"]
    got = _after_men(normalize_key(key), men)
    assert got == (None if name is None else normalize_key(name))


@pytest.mark.parametrize("word, definite", [
    ("السوري", True), ("السورية", True), ("الإسرائيلية", True), ("التركي", True),
    ("سوريا", False), ("تركيا", False),            # (the country's name)
    ("سوري", False), ("السوريون", False),          # (indefinite, plural: no definite singular)
])
def test_definite_nisbas_are_the_definite_singular_adjectives(word, definite):
    # (merge's accusation reader asks them of actors_country, beside singular_nisbas and people_nisbas)
    from hadath.mentions.actors_country import definite_nisbas
    from hadath.text.normalize import normalize_key

    assert (normalize_key(word) in definite_nisbas()) == definite


def test_kept_answers_once_per_arguments_and_forgets_at_its_bound(monkeypatch):
    # (places_words' big_town and joined_name memos, written twice, are one helper; None is an answer)
    from hadath.mentions import places_words

    monkeypatch.setattr(places_words, "KEPT", 3)
    asked = []

    def ask(*args):
        asked.append(args)
        return None if args[0] == "none" else len(args)

    k = places_words.kept(ask)
    assert [k("a"), k("a"), k("none"), k("none"), k("a", "b"), k("a", "b")] == [1, 1, None, None, 2, 2]
    assert asked == [("a",), ("none",), ("a", "b")]
    k("c")  # (a fourth key: the three kept are forgotten first)
    k("a")
    assert asked[-2:] == [("c",), ("a",)]
