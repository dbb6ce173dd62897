"""Dates told by the Islamic calendar's holidays (hadath.resolve.dates_holidays).

Umm al-Qura facts used below: 1 Ramadan 1445 = 2024-03-11, 27 Ramadan 1445 = 2024-04-06,
1 Shawwal 1444 = 2023-04-21, 1 Shawwal 1445 = 2024-04-10, 10 Dhu al-Hijja 1444 = 2023-06-28,
9/10 Dhu al-Hijja 1445 = 2024-06-15/16, 10 Muharram 1446 = 2024-07-16.
"""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from hijridate import Gregorian

from hadath.mentions.dates import DateStage
from hadath.resolve.dates import resolve_expr
from hadath.resolve.dates_holidays import find, holiday_lexicon, merge
from hadath.resolve.dates_parse import DateExpr, Found, scan
from hadath.resources import load_tsv
from hadath.text.normalize import normalize, normalize_key
from hadath.text.stage import TextStage
from hadath.types import Article, Doc

CASES = [
    # (sentence, published, expected date, precision); None: no dated mention
    ("هاجمت قوات الدعم السريع قرية العمارة ثاني أيام عيد الأضحى المبارك", "2024-06-22",
     "2024-06-17", 1),
    ("قتل شخصان في أول أيام عيد الفطر بقصف على المدينة", "2024-04-15", "2024-04-10", 1),
    ("اندلعت اشتباكات عنيفة عشية عيد الفطر في الحي الشرقي", "2024-04-12", "2024-04-09", 1),
    ("قصفت الطائرات البلدة يوم عرفة", "2024-06-20", "2024-06-15", 1),
    ("استهدفت غارة سوقا شعبيا ليلة القدر", "2024-04-08", "2024-04-06", 1),
    ("قتل ثلاثة مدنيين في آخر أيام عيد الأضحى", "2024-07-01", "2024-06-19", 1),
    ("أطلق مسلحون النار على المصلين صبيحة عيد الأضحى", "2024-06-20", "2024-06-16", 1),
    ("خرج المئات في مظاهرة ليلة العيد", "2024-04-15", "2024-04-09", 1),
    ("وفي ثالث أيام العيد قتل طفل برصاص قناص", "2024-06-25", "2024-06-18", 1),
    ("وفي ثالث أيام العيد قتل طفل برصاص قناص", "2024-05-01", "2024-04-12", 1),
    ("هاجم مسلحون موكبا يوم عاشوراء", "2024-07-20", "2024-07-16", 1),
    ("اعتقلت القوات عشرة شبان في أول أيام شهر رمضان", "2024-03-20", "2024-03-11", 1),
    # the most recent occurrence not after the publication date
    ("قتل شخصان في أول أيام عيد الأضحى بقصف على المدينة", "2024-03-01", "2023-06-28", 1),
    ("قتل شخصان في أول أيام عيد الفطر الماضي", "2024-04-10", "2023-04-21", 1),
    # local observance a day before Umm al-Qura's: this year's feast, coded on the report's day
    ("خرجت مظاهرات صباح أول أيام عيد الفطر", "2024-04-09", "2024-04-09", 1),
    # a feast of several days told with a preposition: its middle, the week known
    ("قتل خمسة في عيد الأضحى بغارة على السوق", "2024-06-25", "2024-06-17", 2),
    # a season: its middle, the month known; never after the report
    ("تصاعدت الهجمات خلال شهر رمضان المبارك", "2024-04-20", "2024-03-25", 3),
    ("تصاعدت الهجمات في شهر رمضان", "2024-03-15", "2024-03-15", 3),
    # no day cue, or a name: no date
    ("هنأ الرئيس المواطنين بمناسبة عيد الأضحى", "2024-06-16", None, None),
    ("التقى الوزير رمضان عبد الله بالوفد", "2024-06-16", None, None),
    ("تبادل المواطنون التهاني بالعيد", "2024-06-16", None, None),
    ("تظاهر المئات يوم العيد الوطني للبلاد", "2024-06-16", None, None),
    ("أقيم عرض عسكري في اليوم الأول من العيد الذهبي لتأسيس الجيش", "2024-06-16", None, None),
]


def dated(text: str, published: date | None):
    doc = DateStage(None)(TextStage()(Doc(Article("t", text, published=published))))
    return [m for m in doc.mentions_of("date") if m.value.date is not None]


@pytest.mark.parametrize("text,published,expected,precision", CASES)
def test_case(text, published, expected, precision):
    got = dated(text, date.fromisoformat(published))
    if expected is None:
        assert not got, [(m.surface, m.value) for m in got]
        return
    assert got, "no date found"
    m = got[0]
    assert m.span.of(text) == m.surface
    assert (m.value.date, m.value.time_precision) == (date.fromisoformat(expected), precision), \
        (m.surface, m.value)
    assert not m.value.future


def test_future_holiday_is_the_next_one_and_flagged():
    (m,) = dated("ستنظم مسيرة في أول أيام عيد الأضحى المقبل", date(2024, 3, 1))
    assert m.value.date == date(2024, 6, 16) and m.value.future


def test_without_reference_nothing_is_guessed():
    doc = DateStage(None)(TextStage()(Doc(Article("t", "قتل شخصان ثاني أيام عيد الفطر"))))
    (m,) = doc.mentions_of("date")
    assert m.value.date is None and not m.value.resolved


def test_the_longest_reading_wins_over_a_weekday_or_month():
    # "ليلة" + a weekday is a night; "ليلة العيد" is the eve; "شهر رمضان" alone no month
    found = scan(normalize("قتل شاب ليلة العيد وأصيب آخر ليلة الجمعة").text)
    assert [f.expr.kind for f in found] == ["holiday", "weekday"]


def test_merge_keeps_text_order_and_never_overlaps():
    a, b = Found(0, 5, DateExpr("rel")), Found(10, 20, DateExpr("rel"))
    h = Found(8, 25, DateExpr("holiday", holiday="x"))
    assert merge([a, b], [h]) == [a, h]
    assert merge([a, h], [Found(3, 9, DateExpr("holiday"))]) == [a, h]  # partial overlap: dropped


# ---------------------------------------------------------------- every lexicon row

ROWS = load_tsv("lexicons/dates_holidays.tsv")
REF = date(2026, 12, 1)


def _hijri(d: date) -> tuple[int, int]:
    h = Gregorian(d.year, d.month, d.day).to_hijri()
    return h.month, h.day


@pytest.mark.parametrize("row", [r for r in ROWS if r["class"] in ("holiday", "season")],
                         ids=lambda r: r["phrase"])
def test_every_holiday_row_resolves_to_its_hijri_day(row):
    """"أول أيام X" is the first listed Hijri day of X (or of another listed occurrence)."""
    text = normalize(f"قتل شخصان أول أيام {row['phrase']}").text
    (f,) = find(text)
    assert f.expr.holiday == normalize_key(row["phrase"])
    v = resolve_expr(f.expr, REF)
    assert v is not None and v.time_precision == 1 and v.date <= REF
    firsts = {(int(o.split("-")[0]), int(o.split("-")[1])) for o in row["value"].split(";")}
    assert _hijri(v.date) in firsts


@pytest.mark.parametrize("row", [r for r in ROWS if r["class"] in ("day_of", "eve")],
                         ids=lambda r: r["phrase"])
def test_every_day_shift_row(row):
    """A day ordinal or eve before عيد الأضحى (10-13 Dhu al-Hijja) shifts the day as its value
    says."""
    f = find(normalize(f"قتل شخصان {row['phrase']} عيد الأضحى").text)[0]
    v = resolve_expr(f.expr, REF)
    shift = 3 if row["value"] == "last" else int(row["value"])
    first = v.date - timedelta(days=shift)
    assert _hijri(first) == (12, 10)


@pytest.mark.parametrize("row", [r for r in ROWS if r["class"] in ("daycue", "prep", "epithet")],
                         ids=lambda r: r["class"] + ":" + r["phrase"])
def test_every_cue_row_makes_a_date(row):
    cue = row["phrase"]
    if row["class"] == "epithet":  # kept in the span
        text = normalize(f"قتل شخصان أول أيام عيد الأضحى {cue}").text
        (f,) = find(text)
        assert text[f.start:f.end].endswith(normalize_key(cue))
    else:
        (f,) = find(normalize(f"قتل شخصان {cue} عيد الفطر").text)
    assert resolve_expr(f.expr, REF).date is not None


def test_the_lexicon_is_normalized_on_load():
    lex = holiday_lexicon()
    assert all(k == normalize_key(k) for k in lex.holidays)
    assert all(k == normalize_key(k) for cls in lex.words.values() for k in cls)


def test_a_bad_user_holiday_row_names_file_and_line(tmp_path):
    from hadath.errors import LexiconError
    from hadath.resolve.dates_holidays import _occurrences
    from hadath.resources import data_path, read_tsv

    path = tmp_path / "dates_holidays.tsv"
    path.write_text("phrase\tclass\tvalue\tcue\nعيد النصر\tholiday\t13-1-1\tany\n", encoding="utf-8")
    header, _ = read_tsv(data_path("lexicons/dates_holidays.tsv"))
    _, (row,) = read_tsv(path, header)
    with pytest.raises(LexiconError) as err:
        _occurrences(row)
    assert "dates_holidays.tsv:2" in str(err.value) and "13-1-1" in str(err.value)
