"""The text stage's token columns (norms, sentences, word-type ids, original starts) are the
tokens' own fields, so that document passes can read them instead of each token."""
from __future__ import annotations

import pytest

from hadath.mentions.actors import _match
from hadath.mentions.actors_lexicon import actor_lexicon
from hadath.resolve.dates_parse import scan_tokens
from hadath.text.normalize import normalize
from hadath.text.numbers import find_quantities
from hadath.text.sentences import split_sentences
from hadath.text.tokenize import tokens_and_columns

TEXTS = [
    "قتل ثلاثة مدنيين في حلب. وأصيب 12 آخرون!\n\nوفي إدلب، قُتِلَ شخصان بقصف على مدينتها.",
    "دمشق - سانا: سقطت قذيفة. ثم أخرى؛ جراء القصف. هل انتهى؟ لا.",
    "الشاطىء والمدرسة، والمدينة ومدينته ١٥ قتيلا",   # a final ة read as ه, a hamza apart, digits
    "",
    "...   !!",
    "قالت قوات الأمن إن الجيش السوري قصف القرية قبل ثلاثة أيام، يوم 5 آذار، وأمس أيضا.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_columns_are_the_tokens_fields(text):
    norm = normalize(text)
    tokens, cols = tokens_and_columns(norm, split_sentences(norm))
    assert list(cols.norms) == [t.norm for t in tokens]
    assert list(cols.sentences) == [t.sentence for t in tokens]
    assert list(cols.type_ids) == [t.word_type.id for t in tokens]
    assert list(cols.starts) == [t.start for t in tokens]


@pytest.mark.parametrize("text", TEXTS)
def test_actors_and_dates_from_the_ids_column_are_those_read_from_the_tokens(text):
    norm = normalize(text)
    tokens, cols = tokens_and_columns(norm, split_sentences(norm))
    lex = actor_lexicon()
    assert _match(tokens, None, (), lex, cols.type_ids) == _match(tokens, None, (), lex)
    assert scan_tokens(norm.text, tokens, cols.norm_starts, cols.type_ids) \
        == scan_tokens(norm.text, tokens, cols.norm_starts)


@pytest.mark.parametrize("text", TEXTS)
def test_quantities_from_the_ids_column_are_those_read_from_the_tokens(text):
    norm = normalize(text)
    tokens, cols = tokens_and_columns(norm, split_sentences(norm))
    assert find_quantities(tokens, cols.type_ids) == find_quantities(tokens)


def test_the_ids_column_survives_a_vocabulary_reset_in_the_middle_of_a_text():
    from hadath.text.vocab import vocab

    voc = vocab()
    keep = voc.max_types
    text = " ".join(f"كلمه{chr(0x628 + i)}{chr(0x628 + j)}" for i in range(6) for j in range(6)) + " والمدينة"
    try:
        voc.max_types = len(voc) + 5   # the vocabulary resets while the text's new types are made
        resets = voc.resets
        norm = normalize(text)
        tokens, cols = tokens_and_columns(norm, split_sentences(norm))
        assert voc.resets > resets
    finally:
        voc.max_types = keep
    assert list(cols.type_ids) == [t.word_type.id for t in tokens]
