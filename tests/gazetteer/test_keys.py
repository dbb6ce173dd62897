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
