"""Dating of the twenty-sixth round (issue #9): an act told after غداة ("the day after") happened
the day before the sentence's date (dating._day_after), and so did what the next sentence goes on
to tell of it (dating._choose_date's context date); the act noun before غداة that only retells an
act told before makes no record (dating.anchor_retold); a day of "the same month" is that day of
the month last dated, or no date (dating._same_month_day)."""
from __future__ import annotations

from datetime import date

import pytest

from tests.events.conftest import events


PUB = date(2025, 12, 14)  # a Sunday


@pytest.mark.parametrize("text, want", [
    ("قتل مسلحون أربعة من عناصر الأمن في مدينة إدلب اليوم الأحد، غداة هجوم على وفد عسكري في مدينة تدمر "
     "أسفر عن مقتل ثلاثة جنود.", [("Idlib", date(2025, 12, 14)), ("Tadmur", date(2025, 12, 13))]),
    ("قتل مسلحون أربعة من عناصر الأمن في ريف إدلب الأحد. ويأتي هجوم الأحد غداة استهداف وفد عسكري "
     "مشترك في تدمر وسط سوريا والذي تسبب بمقتل ثلاثة جنود.",
     [("Idlib", date(2025, 12, 14)), ("Tadmur", date(2025, 12, 13))]),
    ("قتل مسلحون أربعة من عناصر الأمن في مدينة إدلب اليوم الأحد، غداة هجوم على وفد عسكري في مدينة "
     "تدمر. وأعلن الجيش مقتل منفذ الهجوم في مدينة تدمر.",
     [("Idlib", date(2025, 12, 14)), ("Tadmur", date(2025, 12, 13))]),
    # "after" an attack on no day of its own: no record of it, as before
    ("قتل مسلحون أربعة من عناصر الأمن في مدينة إدلب اليوم الأحد، بعد هجوم على وفد عسكري في مدينة "
     "تدمر أسفر عن مقتل ثلاثة جنود.", [("Idlib", date(2025, 12, 14))]),
])
def test_round26_day_after(full_pipeline, text, want):
    got = events(full_pipeline, text, PUB)
    assert sorted((e.location, e.event_date) for e in got) == sorted(want), got


@pytest.mark.parametrize("text, want", [
    # a day of "the same month": that day of the month last dated in the report
    ("قتل مسلحون خمسة جنود في مدينة جاو في الثاني من ديسمبر الماضي. وفي 18 من الشهر نفسه قتل 77 "
     "شخصا في تفجير انتحاري في مدينة تمبكتو.", [("Timbuktu", date(2017, 12, 18))]),
    ("قتل مسلحون خمسة جنود في مدينة جاو في الثاني من ديسمبر الماضي. وفي الثامن عشر من الشهر ذاته "
     "قتل 77 شخصا في تفجير انتحاري في مدينة تمبكتو.", [("Timbuktu", date(2017, 12, 18))]),
    # ... and no month told before: a day is stated, so no publication date - no record
    ("وفي 18 من الشهر ذاته، نجحت حركة مرابطون في قتل 77 شخصا في تفجير انتحاري على معسكر للجيش في "
     "مدينة جاو بمالي.", []),
])
def test_round26_same_month(full_pipeline, text, want):
    got = events(full_pipeline, text, date(2018, 1, 9))
    assert sorted((e.location, e.event_date) for e in got) == sorted(want), got
