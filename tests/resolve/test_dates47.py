"""Issue #9, dates47 (date phrases of unseen news, docs/notes/dates47.md).

منذ + a counted span of days after a completed act dates it "ago" (قتل شخصان منذ يومين: two
days before the report), not "since": every منذ date was read as a duration's start before, so
the act got the publication date. A word of continuing before منذ (event_tolls.tsv continuing:
المستمر، تتعرض; event_dates.tsv still: لا يزال), a bare plural (منذ أيام), an until word after
the span (منذ يومين وحتى اليوم) or a point that is no count (منذ بداية الشهر) keep "since"."""
from __future__ import annotations

from datetime import date

import pytest

import hadath
from hadath.types import Article

PUB = date(2024, 10, 23)   # a Wednesday


@pytest.fixture(scope="module")
def nlp():
    return hadath.load()


def _dates(nlp, text):
    return {e.event_date for e in nlp(Article("t", text, published=PUB)).events}


AGO = [
    # (text, the act's day)
    ("قتل شخصان منذ يومين في غارة على مدينة صور.", date(2024, 10, 21)),
    ("اختطف مسلحون سبعة أشخاص منذ ثلاثة أيام في قرية قرب مدينة صور.", date(2024, 10, 20)),
    ("قتل جنديان في هجوم مسلح على حاجز للجيش في مدينة صور منذ يومين.", date(2024, 10, 21)),
    ("أصيب خمسة مدنيين بانفجار عبوة ناسفة في مدينة صور منذ أربعة أيام.", date(2024, 10, 19)),
]


@pytest.mark.parametrize("text,day", AGO)
def test_since_a_few_days_after_a_completed_act_is_ago(nlp, text, day):
    assert _dates(nlp, text) == {day}


STILL_SINCE = [
    # a span still going on, a vague plural, a range, a point: the report's day as before
    "قتل شخصان في القصف المستمر منذ يومين على مدينة صور.",
    "قتل ستة مدنيين في قصف تتعرض له مدينة صور منذ ثلاثة أيام.",
    "قتل شخصان في غارة على مدينة صور منذ أيام.",
    "قتل شخصان في غارات على مدينة صور منذ يومين وحتى اليوم.",
    "قتل شخصان في المعارك المتواصلة منذ يومين في مدينة صور.",
]


@pytest.mark.parametrize("text", STILL_SINCE)
def test_since_a_continuing_span_keeps_the_report_day(nlp, text):
    assert _dates(nlp, text) == {PUB}
