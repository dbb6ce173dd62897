"""hadath.resolve.dates_context: the day of the month written before "من" (the dates stage's
cases are in test_dates_cases.py)."""
from __future__ import annotations

import pytest

from hadath.resolve.dates_context import day_before


@pytest.mark.parametrize("text, want", [
    ("في 8 من ", 8), ("يوم الثامن من ", 8), ("في الثامن والعشرين من ", 28), ("في 45 من ", None),
    ("في بيان من ", None), ("في 8 ", None),
])
def test_day_before(text, want):
    got = day_before(text, len(text))
    assert (got[0] if got else None) == want
