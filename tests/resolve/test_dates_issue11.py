"""Date phrases whose words were written in code un-normalized and so could never match
(issue #11): the patterns are now built from the normalized date lexicon."""
from __future__ import annotations

from datetime import date

import pytest

from hadath.resolve.dates import parse_date_expression
from hadath.resolve.dates_parse import scan
from hadath.resolve.dates_patterns import patterns
from hadath.text.normalize import normalize, normalize_key

REF = date(2023, 3, 12)


@pytest.mark.parametrize("text", [
    "قتل جنديان قبل يومين على الحادث",      # relative to the incident, not to publication
    "وصلت التعزيزات قبل يومين من الانتخابات",
])
def test_a_count_of_days_before_another_event_is_no_date(text: str) -> None:
    assert scan(normalize(text).text) == []


@pytest.mark.parametrize("text", [
    "على مدى الأيام الثلاثة الماضية",
    "قتل خمسة مدنيين على مدار الأيام الثلاثة الماضية في إدلب",
    "خلال الأيام الثلاثة الماضية",
])
def test_over_the_past_three_days_is_a_range_ending_at_the_reference(text: str) -> None:
    found = scan(normalize(text).text)
    assert len(found) == 1
    expr = found[0].expr
    assert (expr.kind, expr.unit, expr.count, expr.mod, expr.span_range) == \
        ("ago", "day", 3, "past", True)
    value = parse_date_expression(text, REF)
    assert value is not None and value.date == date(2023, 3, 11)


def test_two_days_ago_still_counts_from_the_reference() -> None:
    value = parse_date_expression("قتل جنديان قبل يومين", REF)
    assert value is not None and value.date == date(2023, 3, 10)


@pytest.mark.parametrize("text, year", [("استمر الحصار حتى 2015", 2015), ("في 2014", 2014)])
def test_a_bare_year_after_until_is_a_year(text: str, year: int) -> None:
    found = scan(normalize(text).text)
    assert [f.expr.year for f in found] == [year]


def test_two_weekdays_joined_by_on_are_one_range() -> None:
    found = scan(normalize("ليلة الجمعة على السبت").text)
    assert len(found) == 1 and found[0].expr.weekday2 is not None


def test_pattern_words_are_normalized() -> None:
    p = patterns()
    for rx in (p.ago, p.prep_before_month, p.prep_before_year, p.ago_block, p.weekday):
        assert "ى" not in rx.pattern and "ة" not in rx.pattern and "أ" not in rx.pattern
    assert normalize_key("على مدى") in p.ago.pattern.replace("\\s+", " ")
