"""The ``accept`` stage: the last default stage, a confidence on every event, the cut."""
from __future__ import annotations

from datetime import date

import pytest

import hadath
from hadath.accept.model import load_model
from hadath.accept.stage import FLAG, AcceptStage, accept_options, cut
from hadath.errors import PipelineError
from hadath.pipeline import CANDIDATE_STAGES, DEFAULT_STAGES, PipelineConfig
from hadath.types import Article

TEXT = ("شنت طائرات حربية روسية غارات جوية على مدينة سراقب في ريف إدلب يوم الثلاثاء، ما أسفر عن "
        "مقتل خمسة مدنيين. وفي سياق آخر، تظاهر مئات الأهالي في مدينة بنش يوم الأربعاء.\n"
        "وكانت اشتباكات قد اندلعت في سوريا منذ عام 2011 وقتل فيها آلاف الأشخاص.")
PUB = date(2024, 3, 14)


def stage(**options) -> AcceptStage:
    return AcceptStage(PipelineConfig(options=options))


@pytest.fixture(scope="module")
def doc(candidates):
    return candidates(Article("a", TEXT, published=PUB))


def test_accept_judges_the_candidates_and_only_attribution_follows():
    # the model judges what `hadath train` labels: every stage before it, none after it but the
    # attribution of accepted records (hadath.attribute)
    k = DEFAULT_STAGES.index("accept")
    assert CANDIDATE_STAGES == DEFAULT_STAGES[:k]
    assert DEFAULT_STAGES[k + 1:] == ("attribute",)
    assert hadath.load().names[-2:] == ["accept", "attribute"]


def test_every_kept_event_gets_a_confidence(doc):
    assert doc.events
    out = stage(min_confidence=0)(doc)
    assert len(out.events) == len(doc.events)
    for before, after in zip(doc.events, out.events):
        p = after.confidence["event"]
        assert 0.0 <= p <= 1.0
        assert {k: v for k, v in after.confidence.items() if k != "event"} == dict(before.confidence)
        assert (after.event_type, after.location, after.flags) == (before.event_type, before.location, before.flags)


def test_the_cut_drops_or_flags(doc):
    probs = [e.confidence["event"] for e in stage(min_confidence=0)(doc).events]
    t = sorted(probs)[len(probs) // 2] + 1e-6 if len(set(probs)) > 1 else 1.0
    kept = stage(min_confidence=t)(doc).events
    assert [e.confidence["event"] for e in kept] == [p for p in probs if p >= t]
    flagged = stage(min_confidence=t, keep_rejected=True)(doc).events
    assert len(flagged) == len(doc.events)
    assert [FLAG in e.flags for e in flagged] == [p < t for p in probs]
    assert stage(min_confidence=1.0)(doc).events == () or all(p >= 1.0 for p in probs)


def test_default_cut_is_the_models(doc):
    s = stage()
    assert s.min_confidence == load_model().min_confidence
    probs = [e.confidence["event"] for e in stage(min_confidence=0)(doc).events]
    assert len(s(doc).events) == sum(p >= s.min_confidence for p in probs)


def test_deterministic(doc):
    a = [e.confidence["event"] for e in stage(min_confidence=0)(doc).events]
    b = [e.confidence["event"] for e in stage(min_confidence=0)(doc).events]
    assert a == b


@pytest.mark.parametrize("value", [-0.1, 1.5, "high", float("nan")])
def test_bad_min_confidence_is_refused(value):
    with pytest.raises(PipelineError, match="min_confidence"):
        stage(min_confidence=value)


def test_no_events_no_work(candidates):
    d = candidates(Article("n", "عقد مجلس الوزراء جلسته الأسبوعية أمس.", published=PUB))
    assert stage()(d) is d


def test_options_and_cut_of_records():
    assert accept_options() == {}
    assert accept_options(0.5, "m.json", True) == {"min_confidence": 0.5, "accept_model": "m.json",
                                                   "keep_rejected": True}
    recs = [{"confidence": {"event": 0.2}, "flags": [FLAG]}, {"confidence": {"event": 0.7}, "flags": []},
            {"confidence": {}, "flags": []}]
    assert cut(recs, None) == recs[1:]
    assert cut(recs, 0.1) == recs            # an explicit cut re-decides the flagged ones
    assert cut(recs, 0.8) == recs[2:]        # records without a confidence are kept
