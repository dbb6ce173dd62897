"""The small gazetteer data lists: names added to cities500 towns, phrases that are no places,
frequent names with their word frequency."""
from __future__ import annotations

from hadath.gazetteer.data import ANY_WORD, NAME_SLOT, aliases, frequent_names, not_places
from hadath.text.normalize import normalize_key


def test_aliases_name_cities500_towns_by_geonames_id():
    got = aliases()
    assert "سري كانيه" in got[165509]          # Ras al-Ain's Kurdish name
    assert all(isinstance(k, int) and v for k, v in got.items())


def test_not_places_are_indexed_by_their_words():
    idx = not_places()
    words, k, name = next(e for e in idx[normalize_key("المسيلة")] if len(e[0]) == 2)
    assert words == (normalize_key("المسيلة"), normalize_key("للدموع")) and k == 0 and not name
    assert [(w[0], k) for w, k, _n in idx[NAME_SLOT + normalize_key("برس")]] == [(NAME_SLOT, 0)]
    assert ANY_WORD not in idx                 # a wildcard never indexes a phrase
    assert any(n for _w, _k, n in idx[normalize_key("بغداد")])   # بغداد اليوم: a medium's name


def test_frequent_names_carry_their_zipf():
    f = frequent_names()
    assert f[normalize_key("خبر")] > 4.5 and 3.5 <= min(f.values())
