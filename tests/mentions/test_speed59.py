"""speed59: the recognizer asks whether a one-word common-word name is a big town
(places_words.big_town, now kept per key) before it asks whether its clause ends with it
(places_shapes.ends_located): both are pure tests, so the names and their frame marks are the
very ones of the other order (output identical), and ends_located runs only for the few keys
that name a big town."""
from __future__ import annotations

import pytest

import hadath.mentions.places_recognize as R
from hadath.mentions.places_words import BIG_TOWN
from hadath.text.stage import TextStage
from hadath.types import Article, Doc

# (text, names with their frame marks) - the marks main gives (the test order before speed59)
TEXTS = [
    ("قصفت الطائرات مواقع في صور وعند مداخل صيدا.", [("صور", True), ("صيدا", False)]),
    ("نشرت الوكالة في صور التقطتها الأقمار الصناعية مواقع الجيش.", []),
    ("وفي صور، استهدفت غارة مبنى سكنيا.", [("صور", True)]),
    ("سقطت قذيفة في صور والنبطية مساء أمس.", [("صور", True), ("النبطيه", False)]),
    ("قال في بيان إن القوات وصلت إلى حلب.", [("حلب", False)]),
    ("وأكد في المقابل أن الهجوم وقع بعد الظهر في حماة.", [("حماه", False)]),
    ("انفجرت عبوة في السوق، وقتل اثنان في الخالدية.", [("الخالديه", False)]),
    ("جرى الاشتباك في الحراك الشعبي في الجزائر.", [("الحراك", False), ("الجزاير", False)]),
]


def _found(place_stage, text):
    tokens = TextStage()(Doc(Article("t", text))).tokens
    return tokens, R.recognize(tokens, place_stage.words)[0]


def _plain_big_town(gz, key):
    return any(h.place.feature_class == "populated_place" and h.place.population >= BIG_TOWN
               for h in gz.exact(key))


@pytest.mark.parametrize("text,want", TEXTS)
def test_frames_as_main(place_stage, text, want):
    _tokens, found = _found(place_stage, text)
    assert [(f.key, f.frame) for f in found] == want


@pytest.mark.parametrize("text,_want", TEXTS)
def test_clause_test_only_for_big_towns(place_stage, monkeypatch, text, _want):
    """ends_located is asked only of a key that names a big town (on main it was asked of
    نشرت، بيان، المقابل، الظهر، السوق ... first)."""
    asked = []
    plain = R.ends_located
    with monkeypatch.context() as m:
        m.setattr(R, "ends_located", lambda t, infos, i: asked.append(t[i]) or plain(t, infos, i))
        _found(place_stage, text)
    gz = place_stage.gz
    assert all(_plain_big_town(gz, place_stage.words.infos([t])[0].single[2]) for t in asked)


@pytest.mark.parametrize("text,_want", TEXTS)
def test_frames_as_without_the_memo(place_stage, monkeypatch, text, _want):
    """The names and frame marks with big_town's memo bypassed (the plain gazetteer test
    each time) are the ones the recognizer gives."""
    _tokens, found = _found(place_stage, text)
    gz = place_stage.gz
    with monkeypatch.context() as m:
        m.setattr(place_stage.words, "big_town", lambda key: _plain_big_town(gz, key))
        _tokens, plain = _found(place_stage, text)
    assert [(f.start, f.end, f.key, f.frame) for f in found] == \
        [(f.start, f.end, f.key, f.frame) for f in plain]


@pytest.mark.parametrize("key", ["صور", "حلب", "دمشق", "بيروت", "صيدا", "الخالديه", "بيان",
                                 "المقابل", "السوق", "الظهر", "القاهره", "حماه"])
def test_big_town_kept_per_key_as_the_plain_test(place_stage, key):
    gz = place_stage.gz
    want = _plain_big_town(gz, key)
    assert place_stage.words.big_town(key) == want
    assert place_stage.words.big_town(key) == want   # (the kept answer)


def test_big_towns_among_the_keys(place_stage):
    """The table holds big towns and words that are none."""
    got = {k: place_stage.words.big_town(k) for k in ("صور", "حلب", "بيان", "السوق")}
    assert got == {"صور": True, "حلب": True, "بيان": False, "السوق": False}
