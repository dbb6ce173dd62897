"""End to end: acts dated by a holiday or by a shift from another dated act get that day."""
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


SHIFT = ("قتل شاب برصاص قناص في حي الشعار بمدينة حلب يوم الأحد. وبعدها بيومين قتل ثلاثة مدنيين "
         "بقصف مدفعي لقوات النظام على بلدة سرمين في ريف إدلب.")


def test_shift_dated_act_through_the_whole_pipeline():
    events = hadath.load()(Article("t", SHIFT, published=date(2024, 5, 30))).events
    # Sunday 26 May; "two days after it" is Tuesday 28 May
    assert sorted(e.event_date for e in events) == [date(2024, 5, 26), date(2024, 5, 28)]
