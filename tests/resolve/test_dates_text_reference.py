"""A report without a publication date is dated by the date its text states (issue #9)."""
from __future__ import annotations

from datetime import date

import pytest

from hadath.resolve.dates import text_reference
from hadath.resolve.dates_parse import scan
from hadath.text.normalize import normalize

TODAY = date(2026, 12, 1)


@pytest.mark.parametrize("text, expected", [
    ("استشهد طفل، الجمعة 24 مايو / أيار 2019، برصاص قناص", date(2019, 5, 24)),
    ("تجددت الاحتجاجات يوم الجمعة 28 ديسمبر / كانون الأول 2018، وذلك", date(2018, 12, 28)),
    # day and month with the weekday: the latest year, not after today, that fits
    ("بمقتل سبعة مدنيين، مساء الثلاثاء 19 ديسمبر/ كانون الأول، جراء تفجير", date(2023, 12, 19)),
    ("قتل ثلاثة يوم الاثنين 1 ديسمبر", date(2025, 12, 1)),
    # nothing the text dates itself
    ("قتل ثلاثة أمس في قصف", None),
    ("قتل ثلاثة في 5 مارس", None),          # no year, no weekday: not enough
    ("منذ 5 مارس 2011 قتل الآلاف", None),   # a "since" point is background
])
def test_text_reference(text, expected):
    norm = normalize(text).text
    got = text_reference(scan(norm), today=TODAY, norm_text=norm)
    assert (got[1] if got else None) == expected


def test_undated_report_is_dated_from_its_text():
    import hadath
    from hadath.types import Article

    text = ("استشهد طفل، الجمعة 24 مايو / أيار 2019، برصاص قناص حوثي في مديرية مقبنة بمحافظة تعز.\n"
            "وأصيب مواطن بجروح خطيرة، مساء الخميس، برصاص قناص حوثي في مديرية حيس جنوبي محافظة الحديدة.")
    doc = hadath.load()(Article("x", text))
    assert {e.event_date for e in doc.events} == {date(2019, 5, 24), date(2019, 5, 23)}
