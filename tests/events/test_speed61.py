"""speed61: more loops of the events stage read the per-document word-class positions
(hadath.events.wordbits): the death words (wordbits.DEATH, toll_words death_left) gate
``ordinal_toll.ordinal_dead`` and ``unnumbered.named_death``, the positions reaching them
through ``fatalities.tally(..., at=)``. Each gated rule gives its plain loop's answers."""
from __future__ import annotations

import pytest

import hadath.events.index as I
import hadath.events.wordbits as W
from hadath.events.fatalities import tally
from hadath.events.frame_tolls import frame_toll
from hadath.events.frames import frames
from hadath.events.ordinal_toll import next_sentence_rank, ordinal_dead
from hadath.events.role_words import supported
from hadath.events.shares import share_places
from hadath.events.tallies import tally_of_acts
from hadath.events.toll_words import toll_words
from hadath.events.unnumbered import named_death
from tests.events.test_speed60 import _docs, _every, gates_open_same, test_every_class_is_met as every_class_met

# made-up reports: an ordinal dead after a death verb (or ranking a noun), one protester or
# policeman killed at a protest, vague counts after death words
TEXTS = [
    "قتل ثلاثة جنود في هجوم على حاجز للجيش، فيما قتل رابع برصاص قناص في المدينة.",
    "أصيب خمسة مدنيين في قصف على البلدة أمس. وتوفي سادس متأثرا بجراحه في المستشفى.",
    "قتل ثالث قيادي في التنظيم خلال شهر في غارة بطائرة مسيرة على سيارته.",
    "خرج المئات في مظاهرة وسط المدينة، ولقي متظاهر مصرعه برصاص قوات الأمن.",
    "تظاهر آلاف المحتجين في العاصمة، وأفادت مصادر طبية بمقتل متظاهرين اثنين.",
    "اندلعت مواجهات بين المحتجين والشرطة في الحي، وقتل شرطي خلال المواجهات.",
    "قتل سبعة أشخاص في انفجار سيارة مفخخة، وقتل خامس عشر في اليوم التالي، وأصيب العشرات.",
    "تظاهر العشرات احتجاجا على مقتل متظاهر برصاص الشرطة الأسبوع الماضي.",
    # (speed61, second commit) shares of an act, tallies of acts, support and source words
    "شنت طائرات التحالف 12 غارة على محافظة مأرب، تركزت 5 منها على مديرية صرواح.",
    "قصفت المدفعية قرى ريف حماة، وسقطت معظمها على بلدة كفرزيتا.",
    "قتل جندي في حملة عسكرية لا تزال مستمرة في ريف درعا، ووقعت معظم الهجمات في الشرق.",
    "قتل عشرة أشخاص في أكثر من هجوم على قرى المنطقة خلال الأسبوع.",
    "هاجم مسلحون قافلة بحماية جنود الاحتلال قرب المدينة، فيما قصفت قذائف مصدرها مواقع قوات النظام الحي.",
    "اقتحمت قوات الأمن مدعومة بالدبابات حي الميدان واعتقلت عشرين شابا.",
]


@pytest.fixture(scope="module")
def indexes():
    return [I.DocIndex.build(doc) for doc in _docs(TEXTS)]


def test_death_positions_are_the_plain_tests_tokens(indexes):
    death = toll_words().death_left
    for ix in indexes:
        toks = ix.doc.tokens
        assert ix.positions[W.DEATH] == [k for k, t in enumerate(toks) if not death.isdisjoint(t.forms)]



def test_every_new_class_is_met():
    every_class_met(TEXTS, (W.DEATH, W.SHARE, W.SCOPE, W.SUPPORT))


def _ranges(n):
    return [(0, n), (3, n - 2), (n // 2, n), (5, 6), (4, 4), (7, 3), (0, n + 3)]


def test_gated_death_rules_as_their_plain_loops(indexes):
    found = set()
    for ix in indexes:
        toks, n, at = ix.doc.tokens, len(ix.doc.tokens), ix.positions[W.DEATH]
        plain = _every(ix)
        for a, b in _ranges(n):
            for last in (None, a + 2, b):
                got = ordinal_dead(toks, a, min(b, n), last, at=at)
                assert got == ordinal_dead(toks, a, min(b, n), last)
                found.update("ordinal" for _ in [got] if _ is not None)
            got = named_death(toks, a, min(b, n), at)
            assert got == named_death(toks, a, min(b, n))
            found.update("named" for _ in [got] if _ is not None)
            assert tally(toks, [], a, min(b, n), [], at=ix.positions) == tally(toks, [], a, min(b, n), [])
        for end in range(n):
            assert next_sentence_rank(ix, end) == next_sentence_rank(plain, end)
            found.update("next rank" for _ in [next_sentence_rank(ix, end)] if _)
        for f in frames(ix):
            got = frame_toll(ix, f)
            assert got == frame_toll(plain, f)
            found.update("toll" for _ in [got.deaths] if _)
    assert found == {"ordinal", "named", "next rank", "toll"}   # (each rule found something)


def test_gated_share_scope_support_rules_as_their_plain_loops():
    """share_places (wordbits.SHARE), tally_of_acts (SCOPE), supported (SUPPORT)."""
    found = set()
    for ix in [I.DocIndex.build(doc) for doc in _docs(TEXTS[8:])]:
        toks, n, plain = ix.doc.tokens, len(ix.doc.tokens), _every(ix)
        for f in frames(ix):
            places = ix.get("place", f.sent)[:1]
            got = share_places(ix, f, places)
            assert got == share_places(plain, f, places)
            found.update("share" for _ in got[len(places):])
            assert tally_of_acts(ix, f) == tally_of_acts(plain, f)
            found.update("tally" for _ in [tally_of_acts(ix, f)] if _)
        for a, b in _ranges(n):
            got = supported(toks, a, min(b, n), (), ix.positions[W.SUPPORT])
            assert got == supported(toks, a, min(b, n))
            found.update("support" for _ in got)
    assert found == {"share", "tally", "support"}


def test_events_unchanged_with_every_gate_open(pipeline, monkeypatch):
    gated = gates_open_same(pipeline, monkeypatch, TEXTS)
    assert sum(e.fatalities or 0 for es in gated for e in es) > 0
