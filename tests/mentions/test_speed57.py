"""speed57: _titled_countries returns the names at once when no nisba name starts where
another name ends (the only place a title and an adjective can join), and gives the very
names of its plain loop otherwise (output identical)."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

import hadath.mentions.places_recognize as R
from hadath.mentions.places_found import Found
from hadath.text.stage import TextStage
from hadath.types import Article, Doc, Span

TEXTS = [
    # a country's title before another country's adjective: one name (joined)
    "أعلنت المملكة الأردنية أمس أنها تدعم الحل في سوريا.",
    "زار وزير خارجية الأردن المملكة السعودية قادما من عمان.",
    # the title is part of a longer gazetteer name: the name stands
    "زار الوزير المملكة الأردنية الهاشمية أمس، وقال إن المملكة تدعم الحل.",
    "وصل الوفد إلى المملكة المغربية قادما من الجزائر.",
    # two adjectives: two countries, nothing joins
    "بحث الوزيران العلاقات السعودية الأمريكية في الرياض.",
    # a nisba after a town or after a word no name: nothing to join
    "قتل جنديان في دمشق السورية، وأصيب آخرون في قصف للقوات التركية على عفرين.",
    "قالت الحكومة العراقية إن الهجوم وقع في بغداد والموصل.",
    # no nisba at all
    "قتل ثلاثة أشخاص في قصف على دير الزور والرقة يوم الثلاثاء.",
    "سقطت قذائف على قرية تل رفعت القريبة من بلدة اعزاز، وعلى بلدة مارع شمال شرق حلب.",
]


_PASS = R._titled_countries


def _plain(infos, found, words):
    """The pass with its gate open: the loop over every name."""
    gate = R._may_join
    try:
        R._may_join = lambda found: True
        return _PASS(infos, list(found), words)
    finally:
        R._may_join = gate


def _names(found):
    return [(f.start, f.end, f.key, f.cue, f.span.start, f.span.end) for f in found]


@pytest.mark.parametrize("text", TEXTS)
def test_titled_countries_as_the_plain_loop(place_stage, monkeypatch, text):
    words = place_stage.words
    tokens = TextStage()(Doc(Article("t", text))).tokens
    seen, joined, inputs = [], [], []
    real = _PASS

    def spy(infos, found, w):
        got = real(infos, list(found), w)
        joined.append(got)
        inputs.append(found)
        seen.append((_names(got), _names(_plain(infos, found, w))))
        return got
    monkeypatch.setattr(R, "_titled_countries", spy)
    R.recognize(tokens, words)
    assert seen, "the pass runs on a text with two names or more"
    for got, plain in seen:
        assert got == plain
    assert any(len(got) < len(found) for got, found in zip(joined, inputs)) is (text in TEXTS[:2])


def _f(start, end, key, cue=None):
    return Found(start, end, Span(start * 10, end * 10 - 1), key, cue=cue)


@pytest.mark.parametrize("found,joins", [
    ([_f(0, 1, "a"), _f(3, 4, "b")], False),                               # no nisba
    ([_f(0, 1, "a"), _f(2, 3, "nisba:SY", "nisba")], False),               # a word between
    ([_f(0, 1, "nisba:SA", "nisba"), _f(1, 2, "nisba:US", "nisba")], True),   # adjoining: the loop decides
    ([_f(4, 5, "nisba:IQ", "nisba"), _f(0, 1, "a")], False),               # the nisba first
])
def test_titled_countries_gate(place_stage, found, joins):
    """With no nisba name starting where a name ends, the very list comes back (no loop);
    else the plain loop's names."""
    infos = [SimpleNamespace(demonym=None)] * 6
    got = R._titled_countries(infos, found, place_stage.words)
    assert (got is found) is not joins
    assert _names(got) == _names(_plain(infos, found, place_stage.words))
