"""The dates stage on whole articles: spans, sentences, datelines, missing publication dates."""
from __future__ import annotations

from datetime import date

import pytest

from hadath.pipeline import build_pipeline
from hadath.types import Article


@pytest.fixture(scope="module")
def pipe():
    return build_pipeline(["text", "dates"])


def run(pipe, text, published=None):
    return pipe(Article("t", text, published=published))


def test_worked_example(pipe, example_text):
    doc = run(pipe, example_text, date(2022, 12, 29))
    dates = doc.mentions_of("date")
    first = dates[0]
    assert first.surface == "الـ26 من كانون الأول/ ديسمبر الماضي"
    assert first.span.of(example_text) == first.surface
    assert first.value.date == date(2022, 12, 26) and first.value.time_precision == 1
    today = [m for m in dates if m.surface == "اليوم"]
    assert today and today[0].value.date == date(2022, 12, 29)
    years = [m for m in dates if m.value.granularity == "year"]
    assert {m.value.date.year for m in years} >= {2017, 2022}
    assert all(m.value.time_precision is None and m.value.background for m in years)
    assert not doc.mentions_of("dateline")
