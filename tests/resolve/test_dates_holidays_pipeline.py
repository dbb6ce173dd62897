"""End to end: an act dated by a holiday gets that holiday's Gregorian day as its event date."""
from __future__ import annotations

from datetime import date

import hadath
from hadath.types import Article

TEXT = ("حلب - قتل ثلاثة مدنيين وأصيب خمسة آخرون، صباح ثاني أيام عيد الأضحى، جراء قصف مدفعي "
        "لقوات النظام استهدف حي الشعار في مدينة حلب. وقال الدفاع المدني إن القصف طال سوقا شعبيا.")


def test_holiday_dated_act_through_the_whole_pipeline():
    events = hadath.load()(Article("t", TEXT, published=date(2024, 6, 22))).events
    assert events, "no event"
    # 10 Dhu al-Hijja 1445 = 2024-06-16 (Umm al-Qura): the second day is the 17th
    assert {(e.event_date, e.time_precision) for e in events} == {(date(2024, 6, 17), 1)}
