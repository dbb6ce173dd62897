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


# collect asks pretext only for ب + a pretext noun (alone or after و); _share_list_context
# scans for a quoted list's head before its loops

import hadath.mentions.places_collect as C  # noqa: E402
from hadath.gazetteer.lexicon import place_lexicon  # noqa: E402
from hadath.mentions import places_slots as S  # noqa: E402

PRETEXT_TEXTS = [
    'اعتقلت القوات ناشطا بحجة "التحريض على العنف" في مدينة تعز.',
    'وبذريعة "مكافحة الإرهاب" قصفت الطائرات قرى في ريف إدلب.',
    "قتل مدنيان في مديرية عبس بحجة وأصيب آخرون في الحديدة.",
    "اندلعت المعارك بحجة والحديدة وتعز منذ أسبوع.",
    "وصلت التعزيزات إلى حجة وصعدة قادمة من صنعاء.",
    'قصفت الطائرات أحياء "المنشية" و"بري" و"الرياض" في الخرطوم، وقرى "الطينة" و"كرنوي" غربي الفاشر.',
    'دارت اشتباكات في أحياء "الصناعة" و"الزهور" و"غويران"، وفي حي الشيخ مقصود بحلب.',
]

WORDS = [("بحجة", True), ("وبحجة", True), ("بذريعة", True), ("وبذريعة", True), ("بحجج", True),
         ("حجة", False), ("وحجة", False), ("ببحجة", False), ("فبحجة", False), ("بحجتها", False),
         ("لحجة", False)]


class _All(frozenset):
    def __contains__(self, x):
        return True


def _first_test(norm: str) -> bool:
    """pretext's own first test on a one-word name's token."""
    conj, b = C.CONJ, C.PREP_B
    w = norm[len(conj):] if norm.startswith(conj + b) else norm
    return w.startswith(b) and w[len(b):] in place_lexicon().pretext


@pytest.mark.parametrize("word,want", WORDS)
def test_pretext_forms_as_the_first_test(word, want):
    tok = TextStage()(Doc(Article("t", f"قالوا {word} أمس"))).tokens[1]
    assert (tok.norm in C.pretext_forms(place_lexicon().pretext)) is _first_test(tok.norm) is want


def test_pretext_forms_hold_the_nouns():
    forms = C.pretext_forms(place_lexicon().pretext)
    assert len(forms) == 2 * len(place_lexicon().pretext) > 0


def _collected(place_stage, tokens):
    found = R.recognize(tokens, place_stage.words)[0]
    items, kept, media, doers, in_country, silent = C.collect(
        tokens, found, place_stage.words, place_stage._token_facts, place_stage._tok)
    return (sorted(items), _names(kept), [(f.containers, f.anchor, f.held) for f in kept], media,
            doers, in_country, silent)


@pytest.mark.parametrize("text", PRETEXT_TEXTS)
def test_gated_passes_as_open(place_stage, monkeypatch, text):
    tokens = TextStage()(Doc(Article("t", text))).tokens
    gated = _collected(place_stage, tokens)
    with monkeypatch.context() as m:
        m.setattr(C, "pretext_forms", lambda nouns: _All())
        m.setattr(S, "_LIST_HEAD", lambda f: True)
        plain = _collected(place_stage, tokens)
    assert gated == plain


def test_quoted_lists_share_their_context(place_stage):
    """The texts hold quoted lists the pass acts on (the gate lets them through)."""
    tokens = TextStage()(Doc(Article("t", PRETEXT_TEXTS[5]))).tokens
    found = R.recognize(tokens, place_stage.words)[0]
    assert any(f.list_head is not None for f in found)
