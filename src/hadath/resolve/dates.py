"""Resolving date expressions to ACLED-style dates against a reference (publication) date.

Conventions (see also docs in the module functions):

* time_precision (ACLED): 1 day known; 2 only the week or weekend known (the middle is coded);
  3 only the month known (day 15 is coded). Year-only expressions get granularity "year",
  time_precision None and ``background=True``.
* Weeks run Sunday..Saturday (the Levant, Iraq, the Gulf); the middle of a week is its
  Wednesday; a weekend is Friday-Saturday and codes the Friday.
* A date without a year, a weekday or a month name is the most recent one *not after* the
  reference ("26 ديسمبر الماضي" published 2022-12-29 is 2022-12-26; a bare "يوم الأحد" is the
  latest Sunday on or before the reference; "الأحد الماضي" is strictly before it). With
  المقبل/القادم (or غدا) it is the next one and the value carries ``future=True``; an absolute
  date after the reference is flagged future too.
* A month-only date coded day 15 never lands after the reference: it is capped to the
  reference date (same for the middle of the current week).
* Nights: "ليلة الجمعة - السبت" codes the first day (Friday) with ``end`` = Saturday; a bare
  "ليلة الجمعة" codes Friday (news usage), "الليلة الماضية" codes the day before the reference.
* Without a reference, relative and year-less expressions come back with ``resolved=False``
  and ``date=None`` (never today's date).
"""
from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

from hadath.resolve.dates_parse import DateExpr, Found, scan
from hadath.text.normalize import normalize
from hadath.types import DateValue, Doc

MIN_YEAR, MAX_YEAR = 1800, 2100


def _safe_date(y: int, m: int, d: int) -> date | None:
    if not (MIN_YEAR <= y <= MAX_YEAR):
        return None
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _hijri_to_gregorian(y: int, m: int, d: int) -> date | None:
    try:
        from hijridate import Hijri
        g = Hijri(y, m, d).to_gregorian()
        return date(g.year, g.month, g.day)
    except (ValueError, OverflowError, ImportError):
        return None


def _gregorian_to_hijri_year(g: date) -> int | None:
    try:
        from hijridate import Gregorian
        return Gregorian(g.year, g.month, g.day).to_hijri().year
    except (ValueError, OverflowError, ImportError):
        return None


def _add_months(d: date, n: int, day: int = 15) -> date:
    idx = d.year * 12 + (d.month - 1) + n
    return date(idx // 12, idx % 12 + 1, day)


def _week_sunday(d: date) -> date:
    return d - timedelta(days=(d.weekday() + 1) % 7)


def _unresolved(expr: DateExpr, precision: int | None, granularity: str = "day") -> DateValue:
    return DateValue(None, precision, resolved=False, relative=True, calendar=expr.calendar,
                     granularity=granularity)


def _future_flag(d: date, ref: date | None) -> bool:
    return ref is not None and d > ref


@lru_cache(maxsize=8192)
def resolve_expr(expr: DateExpr, ref: date | None) -> DateValue | None:
    """DateValue for ``expr`` against ``ref`` (None: no reference). None when invalid."""
    fn = _RESOLVERS[expr.kind]
    return fn(expr, ref)


def _abs(expr: DateExpr, ref: date | None) -> DateValue | None:
    assert expr.month is not None and expr.day is not None
    y, m, d, cal = expr.year, expr.month, expr.day, expr.calendar
    if cal == "hijri":
        if y is not None:
            g = _hijri_to_gregorian(y, m, d)
            return DateValue(g, 1, calendar="hijri", future=_future_flag(g, ref)) if g else None
        if not 1 <= d <= 30:
            return None
        if ref is None:
            return _unresolved(expr, 1)
        hy = _gregorian_to_hijri_year(ref)
        if hy is None:
            return None
        for cand_y in ((hy + 1, hy) if expr.mod == "future" else (hy, hy - 1)):
            g = _hijri_to_gregorian(cand_y, m, d)
            if g is not None and (g <= ref) != (expr.mod == "future"):
                return DateValue(g, 1, relative=True, calendar="hijri", future=g > ref)
        return None
    if y is not None:
        g = _safe_date(y, m, d)
        return DateValue(g, 1, future=_future_flag(g, ref)) if g else None
    if _safe_date(2000, m, d) is None:   # 31 شباط / 31 نيسان: never valid (2000 is leap)
        return None
    if ref is None:
        return _unresolved(expr, 1)
    if expr.mod == "future":
        for yy in range(ref.year, ref.year + 5):
            g = _safe_date(yy, m, d)
            if g is not None and g > ref:
                return DateValue(g, 1, relative=True, future=True)
        return None
    if expr.mod == "current":
        g = _safe_date(ref.year, m, d)
        return DateValue(g, 1, relative=True, future=g > ref) if g else None
    for yy in range(ref.year, ref.year - 5, -1):
        g = _safe_date(yy, m, d)
        if g is not None and g <= ref:
            return DateValue(g, 1, relative=True)
    return None


def _month(expr: DateExpr, ref: date | None) -> DateValue | None:
    assert expr.month is not None
    m = expr.month
    if expr.calendar == "hijri":
        if expr.year is None:
            return None
        g = _hijri_to_gregorian(expr.year, m, 15)
        return DateValue(g, 3, calendar="hijri", granularity="month",
                         future=_future_flag(g, ref)) if g else None
    y = expr.year
    relative = y is None
    if y is None:
        if ref is None:
            return _unresolved(expr, 3, "month")
        if expr.mod == "past":
            y = ref.year if m < ref.month else ref.year - 1
        elif expr.mod == "future":
            y = ref.year if m > ref.month else ref.year + 1
        elif expr.mod == "current":
            y = ref.year
        else:
            y = ref.year if m <= ref.month else ref.year - 1
    g = _safe_date(y, m, 15)
    if g is None:
        return None
    future = _future_flag(g, ref) and (expr.mod == "future" or (ref is not None and (y, m) > (ref.year, ref.month)))
    if ref is not None and g > ref and not future:
        g = ref  # the current month: mid-month would be after the report
    return DateValue(g, 3, relative=relative, granularity="month", future=future)


def _weekday(expr: DateExpr, ref: date | None) -> DateValue | None:
    assert expr.weekday is not None
    if ref is None:
        return _unresolved(expr, 1)
    back = (ref.weekday() - expr.weekday) % 7
    if expr.mod == "future":
        fwd = (expr.weekday - ref.weekday()) % 7 or 7
        d, future = ref + timedelta(days=fwd), True
    else:
        if expr.mod in ("past", "past2") and back == 0:
            back = 7
        if expr.mod == "past2":
            back += 7  # الثلاثاء قبل الماضي: the Tuesday a week before the last one
        d, future = ref - timedelta(days=back), False
    end = None
    if expr.weekday2 is not None:
        delta = (expr.weekday2 - expr.weekday) % 7
        if delta:
            end = d + timedelta(days=delta)
    return DateValue(d, 1, relative=True, end=end, future=future)


def _rel(expr: DateExpr, ref: date | None) -> DateValue | None:
    if ref is None:
        return _unresolved(expr, 1)
    d = ref + timedelta(days=expr.offset)
    if expr.weekday is not None and expr.offset <= 0 and d.weekday() != expr.weekday:
        # "اليوم الخميس" in a report published on Friday: written on Thursday - the named
        # weekday wins (the latest one on or before the day the expression points to)
        back = (d.weekday() - expr.weekday) % 7
        if back <= 2:
            d = d - timedelta(days=back)
    return DateValue(d, 1, relative=True, future=expr.offset > 0)


def _ago(expr: DateExpr, ref: date | None) -> DateValue | None:
    unit, n = expr.unit, expr.count or 0
    if unit == "year":
        if ref is None:
            return _unresolved(expr, None, "year")
        yy = ref.year - (n or 2)
        return DateValue(date(yy, 1, 1), None, relative=True, granularity="year", background=True)
    if ref is None:
        return _unresolved(expr, {"month": 3, "week": 2}.get(unit or "", 1))
    if unit == "hour":
        if n >= 24 and not expr.span_range and not expr.since:
            # قبل 48 ساعة: a point whole days back (قبل ساعات، قبل 12 ساعة: today)
            return DateValue(ref - timedelta(days=n // 24), 1, relative=True)
        if n <= 24:
            return DateValue(ref, 1, relative=True)
        return DateValue(ref - timedelta(days=round(n / 48)), 2, relative=True,
                         granularity="week")
    if unit == "day":
        if n == 0:
            return DateValue(ref - timedelta(days=3), 2, relative=True, granularity="week")
        if expr.span_range:
            return DateValue(ref - timedelta(days=n // 2), 1 if n == 1 else 2, relative=True,
                             granularity="day" if n == 1 else "week")
        return DateValue(ref - timedelta(days=n), 1, relative=True)
    if unit == "week":
        if n == 0:
            return DateValue(ref - timedelta(days=14), 3, relative=True, granularity="month")
        days = 7 * n // 2 if expr.span_range else 7 * n
        return DateValue(ref - timedelta(days=days), 2, relative=True, granularity="week")
    if unit == "month":
        if n == 0:
            return DateValue(_add_months(ref, -3), None, relative=True, granularity="month",
                             background=True)
        k = max(1, n // 2) if expr.span_range else n
        return DateValue(_add_months(ref, -k), 3, relative=True, granularity="month")
    return None


BACK = {"past": -1, "past2": -2, "future": 1}  # periods a modifier moves from the current one


def _period(expr: DateExpr, ref: date | None) -> DateValue | None:
    unit, mod = expr.unit, expr.mod
    if unit == "year":
        if ref is None:
            return _unresolved(expr, None, "year")
        yy = ref.year + BACK.get(mod or "", 0)
        return DateValue(date(yy, 1, 1), None, relative=True, granularity="year",
                         background=mod in ("past", "past2"), future=mod == "future")
    if ref is None:
        return _unresolved(expr, 2 if unit == "week" else 3, unit or "day")
    if unit == "week":
        sunday = _week_sunday(ref) + timedelta(days=7 * BACK.get(mod or "", 0))
        offset = {"weekend": 5, "early": 1, "late": 4}.get(expr.edge or "", 3)
        d = sunday + timedelta(days=offset)
        future = mod == "future"
        if not future and d > ref:
            d = ref
        return DateValue(d, 2, relative=True, granularity="week", future=future)
    d = _add_months(ref, BACK.get(mod or "", 0))
    if expr.day is not None:  # في الثامن من الشهر الجاري، 28 من الشهر الماضي
        day = _safe_date(d.year, d.month, expr.day)
        return DateValue(day, 1, relative=True, future=day > ref) if day is not None else None
    if mod != "future" and d > ref:
        d = ref
    return DateValue(d, 3, relative=True, granularity="month", future=mod == "future")


def _year(expr: DateExpr, ref: date | None) -> DateValue | None:
    assert expr.year is not None
    g = _safe_date(expr.year, 1, 1)
    if g is None:
        return None
    return DateValue(g, None, granularity="year", background=True,
                     future=ref is not None and expr.year > ref.year)


def _holiday(expr: DateExpr, ref: date | None) -> DateValue | None:
    from hadath.resolve.dates_holidays import resolve
    return resolve(expr, ref)


def _shift(expr: DateExpr, ref: date | None) -> DateValue | None:
    """The anchor's day moved by ``offset`` days (only a resolved day anchor)."""
    base = resolve_expr(expr.anchor, ref) if expr.anchor is not None else None
    if base is None or base.time_precision != 1 or base.background:
        return None
    if base.date is None:
        return DateValue(None, 1, resolved=False, relative=True)
    d = base.date + timedelta(days=expr.offset)
    return DateValue(d, 1, relative=True, future=_future_flag(d, ref))


_RESOLVERS = {
    "shift": _shift, "holiday": _holiday, "abs": _abs, "month": _month, "weekday": _weekday, "rel": _rel, "ago": _ago,
    "period": _period, "year": _year,
}


# ---------------------------------------------------------------- datelines and references

def find_dateline(norm_text: str, found: list[Found] | None = None) -> Found | None:
    """The date expression of a dateline at the start of the text, if there is one.

    A dateline is within the first three non-empty lines, starts the line or follows at most
    four words (a place: "دمشق في"، "الرقة -"، "بغداد،") and is followed by the end of the
    line, a dash/colon, or an agency in brackets ("(سانا) -"). Only absolute dates count.
    """
    head_end = _head_end(norm_text)
    if found is None:
        found = scan(norm_text[:head_end])
    for f in found:
        if f.start >= head_end:
            break
        if f.expr.kind != "abs":
            continue
        line_start = norm_text.rfind("\n", 0, f.start) + 1
        prefix = norm_text[line_start:f.start]
        if len(prefix) > 40 or len(prefix.split()) > 4 or any(c in prefix for c in ".:"):
            continue
        line_end = norm_text.find("\n", f.end)
        line_end = len(norm_text) if line_end < 0 else line_end
        after = norm_text[f.end:line_end].lstrip()
        if after and not after.startswith(("-", ":", "(", "/", "|", "_")) and len(after) > 0:
            continue
        return f
    return None


def _head_end(text: str) -> int:
    pos, lines = 0, 0
    while lines < 3:
        nl = text.find("\n", pos)
        if nl < 0:
            return len(text)
        if text[pos:nl].strip():
            lines += 1
        pos = nl + 1
    return min(pos, 600)


def resolve_reference(doc: Doc) -> date | None:
    """The reference date of a document: its publication date, else a dateline's date
    (with its own year), else None."""
    if doc.article.published is not None:
        return doc.article.published
    text = doc.norm.text if doc.norm is not None else normalize(doc.text[:800]).text
    return dateline_reference(text)


def dateline_reference(norm_text: str, found: list[Found] | None = None) -> date | None:
    f = find_dateline(norm_text, found)
    if f is None:
        return None
    v = resolve_expr(f.expr, None)
    return v.date if v is not None and v.resolved else None


def _after_since(norm_text: str | None, f: Found) -> bool:
    """"since" right before a date: a start point, not the report's day."""
    if not norm_text:
        return False
    from hadath.resources import word_roles

    words = norm_text[max(0, f.start - 12):f.start].split()
    return bool(words) and words[-1] in word_roles("lexicons/function_words.tsv").get("since", ())


def text_reference(found: list[Found], today: date | None = None,
                   norm_text: str | None = None) -> tuple[Found, date] | None:
    """For a report without a publication date or dateline: the first date the text states in
    full (day, month and year: "الجمعة 24 مايو / أيار 2019"), else the first day and month
    stated with its weekday ("الثلاثاء 19 ديسمبر"), whose year is the latest one, not after
    ``today``, in which that day falls on that weekday. None when the text dates nothing itself."""
    for f in found:
        e = f.expr
        if e.kind == "abs" and e.year is not None and not e.since and e.calendar == "gregorian" \
                and not _after_since(norm_text, f):
            d = _safe_date(e.year, e.month or 0, e.day or 0)
            if d is not None and (today is None or d <= today):
                return f, d
    today = today or date.today()
    for f in found:
        e = f.expr
        if e.kind == "abs" and e.year is None and e.weekday is not None and not e.since \
                and e.calendar == "gregorian" and e.month and e.day and not _after_since(norm_text, f):
            for y in range(today.year, today.year - 30, -1):
                d = _safe_date(y, e.month, e.day)
                if d is not None and d <= today and d.weekday() == e.weekday:
                    return f, d
    return None


def parse_date_expression(text: str, reference: date | None) -> DateValue | None:
    """The DateValue of the (longest) date expression in ``text``, resolved against
    ``reference``; dateparser is tried as a fallback for absolute dates the grammar misses."""
    return _parse_cached(text, reference)


@lru_cache(maxsize=4096)
def _parse_cached(text: str, reference: date | None) -> DateValue | None:
    found = scan(normalize(text).text)
    best = max(found, key=lambda f: f.end - f.start, default=None)
    if best is not None:
        return resolve_expr(best.expr, reference)
    from hadath.resolve.dates_fallback import dateparser_date
    return dateparser_date(text, reference)
