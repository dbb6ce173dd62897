"""Exact and fuzzy keys: the spelling variants news uses meet, unrelated names do not."""
from __future__ import annotations

import pytest

from hadath.gazetteer.data import weak_names
from hadath.gazetteer.keys import name_key, similarity, skeleton
from hadath.text.normalize import normalize_key


@pytest.mark.parametrize("a,b", [
    ("سارين", "صرين"),            # س/ص and a long vowel
    ("الرقة", "الرقه"),           # ة/ه
    ("إدلب", "ادلب"),             # hamza on alef
    ("الطبقة", "طبقة"),           # the article
    ("كوباني", "Kobanî"),         # Kurdish name in Latin script
    ("القامشلي", "Qamishli"),
    ("سري كانيه", "Serêkaniyê"),
    ("دير الزور", "Deir ez-Zor"),
])
def test_variants_share_a_skeleton(a, b):
    assert skeleton(a) == skeleton(b)


@pytest.mark.parametrize("a,b,ok", [
    ("سارين", "صرين", True), ("الرقه", "رقه", True), ("سارين", "صوران", False),
    ("حلب", "حماه", False),
])
def test_similarity_threshold(a, b, ok):
    assert (similarity(name_key(a), name_key(b)) >= 0.8) == ok


def test_name_key_matches_text_normalizer():
    assert name_key("دير-الزور") == normalize_key("دير الزور")


def test_weak_names_survive_normalization():
    assert name_key("الكرامة") in weak_names() and "الكرامه" in weak_names()


def test_name_keys_equal_name_key_one_by_one():
    from hadath.gazetteer.keys import name_key, name_keys
    names = ["حلب", "Al-Bab", "دير_الزور", "  كفر   نبل ", "ـالـرقة", "Ḩamāh", "", "x\x00y", "Tall-Abyad"]
    assert name_keys(names) == [name_key(n) for n in names]
    assert name_keys([]) == []


def test_arabic_names_keeps_the_arabic_ones_in_order():
    from hadath.gazetteer.keys import arabic_names
    assert arabic_names(["Aleppo", "حلب", "Halab", "حلب الشهباء", "Ḩalab"]) == ["حلب", "حلب الشهباء"]
    assert arabic_names(["Paris", "Lutetia"]) == []
    assert arabic_names([]) == []


def test_skeleton_of_latin_names_word_by_word():
    from hadath.gazetteer.keys import arabic_skeleton, name_key, skeleton
    # the digraphs and letters apply word by word: a word boundary joins nothing
    assert skeleton("Khan Shaykhun") == skeleton("Khan") + skeleton("Shaykhun")
    assert skeleton("Tall-Abyad") == skeleton("Tall Abyad")
    assert skeleton("ash Shaddadi") == skeleton("Shaddadi")
    assert skeleton("دير الزور") == arabic_skeleton(name_key("دير الزور"))
    assert skeleton("Mallah") == skeleton("Malah")   # a doubled letter is written once
