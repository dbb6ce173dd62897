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


@pytest.mark.parametrize("text, published, expected", [
    # "today Thursday" in a report published on Friday: written on Thursday
    ("انطلقت مسيرة مساء اليوم الخميس في مدينة صيدا", date(2021, 1, 29), date(2021, 1, 28)),
    ("قتل عشرة أشخاص اليوم (الأحد) في هجوم", date(2016, 12, 19), date(2016, 12, 18)),
    # the publication's own weekday, or one too far back to be a late publication: today
    ("قال المرصد اليوم الاثنين إن الغارات استهدفت مستشفى", date(2023, 3, 13), date(2023, 3, 13)),
    ("قتل عشرة أشخاص اليوم (الأحد) في هجوم", date(2021, 1, 29), date(2021, 1, 29)),
])
def test_today_with_a_weekday(text, published, expected):
    from hadath.resolve.dates import resolve_expr

    norm = normalize(text).text
    (f,) = [f for f in scan(norm) if f.expr.kind == "rel"]
    assert resolve_expr(f.expr, published).date == expected


def test_an_undated_clause_takes_the_storys_day():
    import hadath
    from hadath.types import Article

    text = ("قتل ثلاثة مدنيين أمس في غارة على بلدة السواني جنوب طرابلس.\n"
            "كما قتل رضيع في قصف على مدينة ترهونة.")
    doc = hadath.load()(Article("x", text, published=date(2019, 8, 24)))
    assert {e.event_date for e in doc.events} == {date(2019, 8, 23)}
