"""Issue #9, dates47 (date phrases of unseen news, docs/notes/dates47.md).

منذ + a counted span of days after a completed act dates it "ago" (قتل شخصان منذ يومين: two
days before the report), not "since": every منذ date was read as a duration's start before, so
the act got the publication date. A word of continuing before منذ (event_tolls.tsv continuing:
المستمر، تتعرض; event_dates.tsv still: لا يزال), a bare plural (منذ أيام), an until word after
the span (منذ يومين وحتى اليوم) or a point that is no count (منذ بداية الشهر) keep "since".

A day of a month counted from the report with no month name and no من (في 21 الجاري، يوم 28
الشهر الماضي) after a word that opens a date, and a day/month with no year (في 22/10، يوم
22-10) were no dates; a bare count before them (قتل 21 الشهر الماضي، القرار 22/10) stays none."""
from __future__ import annotations

from datetime import date

import pytest

import hadath
from hadath.mentions.dates import DateStage
from hadath.text.stage import TextStage
from hadath.types import Article, Doc

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


def _date_mentions(text):
    doc = DateStage(None)(TextStage()(Doc(Article("t", text, published=PUB))))
    return doc.mentions_of("date")


def _first_date(text):
    dates = _date_mentions(text)
    return dates[0].value.date if dates else None


DAY_OF_A_COUNTED_MONTH = [
    # a day with الجاري and no month word, or a month counted from the report with no "من"
    ("قتل شخصان في 21 الجاري في غارة على مدينة صور.", date(2024, 10, 21)),
    ("وقتل شخصان في 3 الجاري في غارة على مدينة صور.", date(2024, 10, 3)),
    ("قتل شخصان في الحادي والعشرين الجاري في غارة على مدينة صور.", date(2024, 10, 21)),
    ("قتل شخصان يوم 21 الشهر الماضي في غارة على مدينة صور.", date(2024, 9, 21)),
    ("قتل شخصان في 28 الشهر المنصرم في غارة على مدينة صور.", date(2024, 9, 28)),
    ("قتل شخصان في 21 الشهر الجاري في غارة على مدينة صور.", date(2024, 10, 21)),
    ("قتل شخصان في 28 الشهر الماضي في غارة على مدينة صور.", date(2024, 9, 28)),
    # guard: with من as before
    ("قتل شخصان في 21 من الشهر الجاري في غارة على مدينة صور.", date(2024, 10, 21)),
]


@pytest.mark.parametrize("text,day", DAY_OF_A_COUNTED_MONTH)
def test_day_of_a_counted_month(text, day):
    assert _first_date(text) == day


NOT_A_DAY_OF_THE_MONTH = [
    # a count before the month (no word opens a date), the current year
    "قتل 21 الشهر الماضي في غارة على مدينة صور.",
    "اعتقل 15 الشهر الجاري في حملة أمنية.",
]


@pytest.mark.parametrize("text", NOT_A_DAY_OF_THE_MONTH)
def test_a_count_before_a_counted_month_is_no_day(text):
    assert all(m.value.time_precision != 1 for m in _date_mentions(text))


NUMERIC = [
    # day/month with no year (the last such day not after the report), and full numeric dates
    ("قتل شخصان في 22/10 في غارة على مدينة صور.", date(2024, 10, 22)),
    ("قتل شخصان يوم 22-10 في غارة على مدينة صور.", date(2024, 10, 22)),
    ("قتل شخصان يوم 22.10 في غارة على مدينة صور.", date(2024, 10, 22)),
    ("قتل شخصان في 25/10 في غارة على مدينة صور.", date(2023, 10, 25)),
    ("قتل شخصان الثلاثاء 22/10 في غارة على مدينة صور.", date(2024, 10, 22)),
    ("قتل شخصان منذ 20/10 في غارات على مدينة صور.", date(2024, 10, 20)),
    ("قتل شخصان في 22/10/2023 في غارة على مدينة صور.", date(2023, 10, 22)),
    ("قتل شخصان في 2023/10/22 في غارة على مدينة صور.", date(2023, 10, 22)),
    ("قتل شخصان في 22-10-2024 في غارة على مدينة صور.", date(2024, 10, 22)),
]


@pytest.mark.parametrize("text,day", NUMERIC)
def test_numeric_dates(text, day):
    assert _first_date(text) == day


NOT_NUMERIC_DATES = [
    # a score, a range of counts, a decimal, a resolution's number: no word opens a date
    "فاز الفريق 3/1 في المباراة.",
    "قتل شخصان قبل 2-3 أيام في غارة.",
    "ارتفعت النسبة في 12.5 بالمئة من المناطق.",
    "صدر القرار 22/10 عن مجلس الأمن.",
]


@pytest.mark.parametrize("text", NOT_NUMERIC_DATES)
def test_not_numeric_dates(text):
    assert _first_date(text) is None
