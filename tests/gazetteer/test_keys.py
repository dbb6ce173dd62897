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


def _plain_distance(a: str, b: str) -> float:
    """The weighted Levenshtein of ``similarity`` written plainly (the full table, no bound)."""
    from hadath.gazetteer.keys import letters
    group, vowels = letters().group, letters().long_vowels
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            same = group.get(ca, -1) == group.get(cb, -2)
            cost = 0 if ca == cb else (0.4 if same else 1)
            cur.append(min(prev[j] + (0.5 if ca in vowels else 1),
                           cur[j - 1] + (0.5 if cb in vowels else 1), prev[j - 1] + cost))
        prev = cur
    return prev[-1]


def test_similarity_bounds_never_change_what_reaches_the_floor():
    """The letter-count bound and the row cut-off return early only below ``floor``: every
    pair at or above it gets the full table's value, every pair below it stays below."""
    import random
    rnd = random.Random(7)
    alphabet = "ابتثحخدذرزسشصضطظعغقكلمنهويء"
    seeds = ["سارين", "صرين", "الرقه", "دير الزور", "مورك", "الباب", "عين العرب", "خان شيخون"]
    pairs = []
    for _ in range(3000):
        a = rnd.choice(seeds) if rnd.random() < 0.5 else "".join(
            rnd.choice(alphabet) for _ in range(rnd.randint(1, 9)))
        b = list(a)
        for _k in range(rnd.randint(0, 3)):
            pos = rnd.randrange(len(b) + 1)
            if rnd.random() < 0.5 and b:
                b[min(pos, len(b) - 1)] = rnd.choice(alphabet)
            else:
                b.insert(pos, rnd.choice(alphabet))
        pairs.append((a, "".join(b)))
    reached = 0
    for a, b in pairs:
        full = similarity(a, b)
        aa = " ".join(w[2:] if w.startswith("ال") and len(w) > 3 else w for w in a.split())
        bb = " ".join(w[2:] if w.startswith("ال") and len(w) > 3 else w for w in b.split())
        if aa != bb and aa and bb:
            assert full == max(0.0, 1.0 - _plain_distance(aa, bb) / max(len(aa), len(bb)))
        for floor in (0.5, 0.8, 0.9):
            got = similarity(a, b, floor)
            assert (got >= floor) == (full >= floor), (a, b, floor)
            if full >= floor:
                reached += 1
                assert got == full
    assert reached > 500   # the pairs exercise both sides of the floors
