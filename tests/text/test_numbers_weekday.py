"""A weekday whose name is also a number (الإثنين: Monday, "the two") after a word of day or
time is the day, no count (مساء أمس الإثنين إلى تسعة: not a range 2-9)."""
from __future__ import annotations

import pytest

import hadath
from hadath.types import Article


@pytest.fixture(scope="module")
def counts():
    pipe = hadath.load(stages=("text", "quantities"))
    return lambda text: [(m.value.best, m.value.high) for m in pipe(Article("t", text)).mentions_of("quantity")]


@pytest.mark.parametrize("text, want", [
    ("وارتفع عدد القتلى مساء أمس الإثنين إلى تسعة قتلى في الهجوم.", [(9, 9)]),
    ("قتل ثلاثة جنود يوم الاثنين في الهجوم.", [(3, 3)]),
    ("قتل الاثنين في الهجوم.", [(2, 2)]),  # no day word: the two
])
def test_weekday_is_no_count(counts, text, want):
    assert counts(text) == want
