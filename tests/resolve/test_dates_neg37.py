"""A daypart and اليوم before a weekday and a full date (فجر اليوم الأربعاء 27 مارس 2024) are one
date mention: the daypart is the date's, so the triggers stage never reads فجر as a blast (neg37)."""
from __future__ import annotations

from datetime import date

import pytest

from tests.resolve.test_dates_cases import first_date

CASES = [
    # (text, the date mention's surface, its date)
    ("أصدرت المحكمة، فجر اليوم الأربعاء 27 مارس 2024، أحكامها", "فجر اليوم الأربعاء 27 مارس 2024", "2024-03-27"),
    ("قصفت الطائرات، صباح اليوم الخميس 14 آذار 2024، بلدة سرمين", "صباح اليوم الخميس 14 آذار 2024", "2024-03-14"),
    # without the daypart the date is still the weekday and the day (اليوم is read by its own rule)
    ("وقالت الوزارة اليوم الخميس 14 آذار 2024 إن", "الخميس 14 آذار 2024", "2024-03-14"),
]


@pytest.mark.parametrize("text,surface,expected", CASES)
def test_daypart_today_and_full_date_are_one_mention(text, surface, expected):
    m = first_date(text, date(2024, 3, 30))
    assert m is not None
    assert (m.surface, m.value.date) == (surface, date.fromisoformat(expected))
