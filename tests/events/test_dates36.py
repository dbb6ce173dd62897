"""One forward reader of "بعد + duration + من/على" (issue #11 review leftover, docs/notes/dates36.md):
events.earlier.read_after reads the head, the approximators or vague count, the count, the unit
and the link once; dating.days_before (a counted few days back from the act noun),
dating.days_earlier_vague (days or longer, no count) and earlier._shift_at (the background cut,
months and years too) each take what they accept from its reading. The phrases are made up."""
from __future__ import annotations

from datetime import date

import pytest

from hadath.events.dating import days_before, days_earlier_vague
from hadath.events.wordbits import class_positions
from hadath.events.earlier import LONG_DAYS, _shift_at, read_after
from hadath.text.normalize import normalize
from hadath.text.sentences import split_sentences
from hadath.text.tokenize import tokenize
from tests.events.conftest import events


def _toks(text):
    n = normalize(text)
    return tokenize(n, split_sentences(n))


def _noun(toks):
    """Index of the other act's noun (every phrase ends with it)."""
    return len(toks) - 1


# phrase, (unit, count, skipped approximators, vague count word), days_before, vague, _shift_at days
CASES = [
    ("بعد يومين من الهجوم", ("day", 2, False, False), 2, False, 2),
    ("بعد يوم من الهجوم", ("day", 1, False, False), 1, False, 1),
    ("بعد ثلاثة أيام من الهجوم", ("day", 3, False, False), 3, False, 3),
    ("بعد 3 أيام من الهجوم", ("day", 3, False, False), 3, False, 3),
    ("بعد أسبوع من الهجوم", ("week", 1, False, False), 7, False, 7),
    ("بعد أسبوعين على الهجوم", ("week", 2, False, False), 14, False, 14),
    # eleven and more: the singular accusative unit after the count (بعد 15 يوما من)
    ("بعد 15 يوما من الهجوم", ("day", 15, False, False), 15, False, 15),
    # a conjunction on the head (days_before and days_earlier_vague read the bare word only)
    ("وبعد يومين من الهجوم", ("day", 2, False, False), 2, False, 2),
    ("وبعد أيام من الهجوم", ("day", None, False, False), 0, True, LONG_DAYS),
    ("بعد خمسة عشر يوما من الهجوم", None, 0, False, None),    # (a compound count word: not read)
    # no count: an act some days before, its day untold
    ("بعد أيام من الهجوم", ("day", None, False, False), 0, True, LONG_DAYS),
    ("بعد عدة أيام من الهجوم", ("day", None, False, True), 0, True, None),
    ("بعد بضعة أسابيع من الهجوم", ("week", None, False, True), 0, True, None),
    ("بعد أشهر من الهجوم", ("month", None, False, False), 0, True, LONG_DAYS),
    # months and years: background, never dated back
    ("بعد شهرين من الهجوم", ("month", 2, False, False), 0, False, 60),
    ("بعد عام على الهجوم", ("year", 1, False, False), 0, False, 365),
    # approximators: only the background cut reads through them
    ("بعد نحو شهرين من الهجوم", ("month", 2, True, False), 0, False, 60),
    ("بعد مرور عام على الهجوم", ("year", 1, True, False), 0, False, 365),
    ("بعد أكثر من أسبوع من الهجوم", ("week", 1, True, False), 0, False, 7),
    ("بعد حوالي ثلاثة أيام من الهجوم", ("day", 3, True, False), 0, False, 3),
    # hours: read, dated by nobody
    ("بعد ساعات من الهجوم", ("hour", None, False, False), 0, False, None),
    ("بعد ساعتين من الهجوم", ("hour", 2, False, False), 0, False, None),
]


@pytest.mark.parametrize("text, want, back, vague, shift", CASES)
def test_one_forward_reader(text, want, back, vague, shift):
    toks = _toks(text)
    noun = _noun(toks)
    got = read_after(toks, 0, len(toks))
    if want is None:
        assert got is None or got.count is None or got.end != noun
    else:
        assert got is not None and got.end == noun
        assert (got.unit, got.count, bool(got.approx), got.vague) == want
    at = class_positions(toks)
    assert days_before(toks, noun, at) == back
    assert days_earlier_vague(toks, noun, at) == vague
    s = _shift_at(toks, 0, len(toks))
    assert (s[0] if s else None) == shift


@pytest.mark.parametrize("text", [
    "بعد ثلاثة أشهر قضاها في السجن",     # no link: a duration of something else
    "بعد الهجوم بيومين",                  # no duration after the head
    "بعد يومين",                          # no link
    "قبل يومين من الهجوم",               # a backward head
])
def test_no_reading(text):
    toks = _toks(text)
    got = read_after(toks, 0, len(toks))
    assert got is None


# -- a date told in the act another was counted from is not carried on ---------------------

MONDAY = date(2024, 12, 2)


@pytest.mark.parametrize("text", [
    # the date belongs to the arrival the advance came hours after; the last act has no date of
    # its own and takes the story's day (Monday), not Sunday
    "سيطر الجيش على بلدة في ريف حلب اليوم الاثنين. وتقدم الجيش بعد ساعات قليلة من وصول قائد"
    " المنطقة، مساء أمس الأحد، إلى الخطوط الأمامية. وقتل ثلاثة مدنيين في قصف على مدينة إدلب.",
    "قتل جنديان في هجوم على حاجز في مدينة درعا اليوم الاثنين. وجاء الهجوم بعد أيام معدودة من"
    " زيارة وزير الدفاع للمدينة أمس الأحد. وقتل مدنيان في قصف على مدينة حمص.",
    "قتل جنديان في هجوم على حاجز في مدينة درعا اليوم الاثنين. ووقع الهجوم بعد ساعتين من"
    " اجتماع للمحافظ مع الوجهاء، مساء أمس. وقتل مدنيان في قصف على مدينة حمص.",
])
def test_a_date_counted_from_is_not_the_story_day(pipeline, text):
    got = {e.location: e.event_date for e in events(pipeline, text, MONDAY)}
    assert got.get("Homs", got.get("Idlib")) == MONDAY


@pytest.mark.parametrize("text", [
    # the date after the reading dates the act told after the shift's clause: a story date
    "قتل جنديان في هجوم على حاجز في مدينة درعا أمس الأحد. وقتل مدنيان في قصف على مدينة حمص.",
    # a date right after the head's own clause, past a full stop: carried as before
    "قتل جنديان في هجوم على حاجز في مدينة درعا بعد ساعات من الاجتماع. وقال مصدر أمس الأحد إن"
    " الاشتباكات تواصلت. وقتل مدنيان في قصف على مدينة حمص.",
])
def test_a_story_date_is_still_carried(pipeline, text):
    got = {e.location: e.event_date for e in events(pipeline, text, MONDAY)}
    assert got.get("Homs") == date(2024, 12, 1)


# -- the report's own today --------------------------------------------------------------

THURSDAY = date(2024, 12, 5)


@pytest.mark.parametrize("text", [
    # a report dated Thursday (a Hijri dateline converted, or published after midnight) that
    # names its today as Wednesday: a lone "today" in it is Wednesday too
    "قتل أربعة جنود قبل ظهر اليوم الأربعاء في هجوم على دورية في مدينة رفح. وأكدت مصادر أن"
    " مسلحين هاجموا اليوم حاجزا للجيش في مدينة خان يونس.",
    "أعلن الجيش اليوم الأربعاء مقتل جنديين في مدينة درعا. وقتل اليوم مدنيان في قصف على مدينة حمص.",
    "قتل ثلاثة مدنيين صباح اليوم الأربعاء في غارة على مدينة إدلب، فيما قتل اليوم جندي في هجوم"
    " على حاجز في مدينة حماة.",
])
def test_a_lone_today_is_the_report_today(pipeline, text):
    got = [e.event_date for e in events(pipeline, text, THURSDAY)]
    assert got and all(d == date(2024, 12, 4) for d in got)


@pytest.mark.parametrize("text", [
    # today named as the reference's own weekday, or not named at all: today is the reference
    "قتل أربعة جنود اليوم الخميس في هجوم على دورية في مدينة رفح. وقتل اليوم مدنيان في قصف على"
    " مدينة حمص.",
    "قتل مدنيان اليوم في قصف على مدينة حمص.",
    # two different weekdays told with today: no one today of the report
    "قتل أربعة جنود اليوم الأربعاء في مدينة رفح. وقال الجيش اليوم الخميس إن مدنيين قتلا اليوم في"
    " قصف على مدينة حمص.",
])
def test_today_stays_the_reference(pipeline, text):
    got = {e.location: e.event_date for e in events(pipeline, text, THURSDAY)}
    assert got.get("Homs") == THURSDAY


# -- a night told as a range: منذ X وحتى Y, Y on the next day ------------------------------


@pytest.mark.parametrize("text, want", [
    ("قتل ثلاثة مدنيين منذ مساء أمس وحتى فجر اليوم في قصف على مدينة حمص.", date(2024, 12, 4)),
    ("قتل ثلاثة مدنيين في غارات متواصلة منذ مساء أمس حتى صباح اليوم على مدينة حمص.", date(2024, 12, 4)),
    ("قتل ثلاثة مدنيين منذ ليل الثلاثاء وحتى صباح الأربعاء في قصف على مدينة حمص.", date(2024, 12, 3)),
    ("قتل ثلاثة مدنيين في قصف على مدينة حمص منذ فجر أمس ولغاية مساء أمس.", date(2024, 12, 4)),
])
def test_a_night_range_is_its_first_day(pipeline, text, want):
    assert [e.event_date for e in events(pipeline, text, THURSDAY)] == [want]


@pytest.mark.parametrize("text", [
    # a duration's start, not closed on the next day: no date of the act (the reference)
    "قتل ثلاثة مدنيين منذ يوم الإثنين وحتى اليوم في قصف على مدينة حمص.",
    "قتل ثلاثة مدنيين منذ مساء أمس في قصف على مدينة حمص.",
])
def test_a_long_range_stays_a_duration(pipeline, text):
    assert [e.event_date for e in events(pipeline, text, THURSDAY)] == [THURSDAY]


# -- "N units ago from now": the count is from the reference -------------------------------


@pytest.mark.parametrize("text, days", [
    ("قتل جنديان قبل يومين من الآن", 2),
    ("قتل جنديان قبل ثلاثة أيام من الآن", 3),
    ("قتل جنديان قبل أسبوع من الآن", 7),
    ("قتل جنديان قبل 5 أيام من الآن", 5),
])
def test_ago_from_now_counts_from_the_reference(text, days):
    from datetime import timedelta
    from hadath.resolve.dates import parse_date_expression
    ref = date(2023, 3, 12)
    value = parse_date_expression(text, ref)
    assert value is not None and value.date == ref - timedelta(days=days)


@pytest.mark.parametrize("text", [
    "وصلت التعزيزات قبل يومين من الانتخابات",   # from another event: no date
    "قتل جنديان قبل يومين على الحادث",
])
def test_ago_from_another_event_is_no_date(text):
    from hadath.resolve.dates_parse import scan
    assert scan(normalize(text).text) == []


# -- "N hours ago": a point whole days back ------------------------------------------------


@pytest.mark.parametrize("text, days, precision", [
    ("قتل جنديان قبل 48 ساعة", 2, 1),
    ("قتل جنديان قبل 72 ساعة", 3, 1),
    ("قتل جنديان قبل 24 ساعة", 1, 1),
    # fewer than a day: today; a range over the last hours stays the middle of it, a week's precision
    ("قتل جنديان قبل 12 ساعة", 0, 1),
    ("قتل جنديان قبل ساعات", 0, 1),
    ("خلال 48 ساعة الماضية", 1, 2),
])
def test_hours_ago(text, days, precision):
    from datetime import timedelta
    from hadath.resolve.dates import parse_date_expression
    ref = date(2023, 3, 12)
    value = parse_date_expression(text, ref)
    assert value is not None and (value.date, value.time_precision) == (ref - timedelta(days=days), precision)
