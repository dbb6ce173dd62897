"""Dates told by the Islamic calendar's holidays: "ثاني أيام عيد الأضحى", "عشية العيد",
"يوم عرفة", "أول أيام رمضان", "خلال شهر رمضان".

The words are in ``data/lexicons/dates_holidays.tsv`` (normalized on load). :func:`find` returns
``Found`` records of kind ``holiday`` (the holiday's normalized phrase in ``DateExpr.holiday``);
:func:`resolve` turns one into a Gregorian DateValue with ``hijridate`` (Umm al-Qura):

* the occurrence is the most recent one not after the reference (the report's publication
  date) - or the next one after it with المقبل/القادم;
* a day ordinal or eve shifts the day (ثاني أيام = first day + 1, عشية = the day before,
  آخر أيام = its last day) and codes precision 1;
* a holiday of several days told only with a preposition ("في عيد الفطر") codes its middle
  day with precision 2 (ACLED: the week is known); a season ("خلال شهر رمضان") codes its
  middle with precision 3; neither is ever coded after the reference;
* the local observance of a feast may start a day or two before Umm al-Qura's: an occurrence
  up to two days after the reference is taken (coded on the reference day), not last year's;
* without a reference the value is unresolved (never today's date).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from hadath.errors import LexiconError
from hadath.resolve.dates_lexicon import AR, alternation, key
from hadath.resolve.dates_parse import DateExpr, Found
from hadath.resources import load_tsv
from hadath.text.normalize import normalize_key
from hadath.types import DateValue

_NEXT_WORD = re.compile(rf"\s+([{AR}]+)")
SLACK = 2  # days an occurrence may lie after the reference (local sighting before Umm al-Qura)


@dataclass(frozen=True)
class Holiday:
    occurrences: tuple[tuple[int, int, int], ...]  # (hijri month, day, length in days)
    cue: str      # none | any | day
    season: bool  # month-long (رمضان)


@dataclass(frozen=True)
class HolidayLexicon:
    holidays: dict[str, Holiday]
    words: dict[str, dict[str, str]]  # class -> normalized phrase -> value
    pattern: re.Pattern
    needles: tuple[str, ...]  # a text holding none of these words has no holiday date


def _occurrences(row) -> tuple[tuple[int, int, int], ...]:
    """The MONTH-DAY-LENGTH occurrences of a holiday row; LexiconError (file, line) if bad."""
    out = []
    for part in row.get("value", "").split(";"):
        try:
            m, d, n = (int(x) for x in part.split("-"))
        except ValueError:
            m = d = n = 0
        if not (1 <= m <= 12 and 1 <= d <= 30 and n >= 1):
            raise LexiconError(row.source, row.line,
                               f"a holiday needs MONTH-DAY-LENGTH in the Hijri year, not {part!r}")
        out.append((m, d, n))
    return tuple(out)


@lru_cache(maxsize=1)
def holiday_lexicon() -> HolidayLexicon:
    from hadath.resolve.dates_lexicon import lexicon
    from hadath.resolve.dates_patterns import proclitics

    holidays: dict[str, Holiday] = {}
    words: dict[str, dict[str, str]] = {}
    for row in load_tsv("lexicons/dates_holidays.tsv"):
        cls, phrase = row["class"], normalize_key(row["phrase"])
        if cls in ("holiday", "season"):
            holidays[phrase] = Holiday(_occurrences(row), row.get("cue") or "any",
                                       cls == "season")
        else:
            words.setdefault(cls, {})[phrase] = row.get("value", "")
    conj, prep = proclitics()
    lex = lexicon()

    def alt(cls: str) -> str:
        return alternation(words.get(cls, {})) or "(?!)"
    mods = (rf"(?:(?P<past>{alternation(lex.cls('past'))})|"
            rf"(?P<fut>{alternation(lex.cls('future'))}))")
    pattern = re.compile(
        rf"(?<![{AR}\d])[{conj}]?[{prep}]?(?:(?P<prep>{alt('prep')})\s+)?"
        rf"(?P<x>(?:(?P<dp>{alt('daycue')})\s+)?(?:(?P<eve>{alt('eve')})\s+)?"
        rf"(?:(?P<dof>{alt('day_of')})\s+)?(?P<h>{alternation(holidays)})"
        rf"(?:\s+(?:{alt('epithet')})(?![{AR}]))?(?:\s+{mods}(?![{AR}]))?)(?![{AR}])")
    # the longest word of each phrase that holds no other holiday phrase
    needles = tuple(sorted({max(p.split(), key=len) for p in holidays
                            if not any(q != p and q in p for q in holidays)}))
    return HolidayLexicon(holidays, words, pattern, needles)


def find(text: str) -> list[Found]:
    """Holiday date expressions in normalized ``text``, in text order."""
    lex = holiday_lexicon()
    out: list[Found] = []
    if not any(n in text for n in lex.needles):
        return out
    not_after = lex.words.get("not_after", {})
    for m in lex.pattern.finditer(text):
        after = _NEXT_WORD.match(text, m.end())
        if after and after.group(1) in not_after:
            continue  # يوم العيد الوطني: another feast
        f = _found(m, lex)
        if f is not None:
            out.append(f)
    return out


def _found(m: re.Match, lex: HolidayLexicon) -> Found | None:
    name = key(m.group("h"))
    h = lex.holidays[name]
    dof, eve, dp, prep = m.group("dof"), m.group("eve"), m.group("dp"), m.group("prep")
    if h.cue == "day" and not (dof or eve or dp):
        return None
    if h.cue == "any" and not (dof or eve or dp or prep):
        return None
    offset, edge = 0, None
    if dof:
        v = lex.words["day_of"][key(dof)]
        if v == "last":
            edge = "last"
        else:
            offset = int(v)
    elif h.season:
        edge = "month"
    elif not (eve or dp) and max(n for _, _, n in h.occurrences) > 1:
        edge = "span"
    if eve:
        offset += int(lex.words["eve"][key(eve)])
    mod = "past" if m.group("past") else "future" if m.group("fut") else None
    expr = DateExpr("holiday", calendar="hijri", offset=offset, edge=edge, mod=mod,
                    holiday=name)
    return Found(m.start("x"), m.end("x"), expr, 1.0 if (dof or eve or dp or h.cue == "none") else 0.85)


def merge(found: list[Found], extra: list[Found]) -> list[Found]:
    """``found`` with the ``extra`` expressions that overlap none of them, in text order; an
    extra one that covers a found one wholly replaces it (the longest reading wins)."""
    if not extra:
        return found
    out = list(found)
    for e in extra:
        inside = [f for f in out if f.start < e.end and e.start < f.end]
        if all(e.start <= f.start and f.end <= e.end for f in inside):
            out = [f for f in out if f not in inside]
            out.append(e)
    out.sort(key=lambda f: f.start)
    return out


def _hijri_year(g: date) -> int | None:
    try:
        from hijridate import Gregorian
        return Gregorian(g.year, g.month, g.day).to_hijri().year
    except (ValueError, OverflowError):
        return None


def _start(y: int, m: int, d: int) -> date | None:
    try:
        from hijridate import Hijri
        g = Hijri(y, m, d).to_gregorian()
    except (ValueError, OverflowError):
        return None
    return date(g.year, g.month, g.day)


def _day(expr: DateExpr, start: date, length: int) -> date:
    """The day the expression points to in an occurrence starting on ``start``."""
    if expr.edge == "last":
        return start + timedelta(days=length - 1 + expr.offset)
    if expr.edge == "month":
        return start + timedelta(days=14)
    if expr.edge == "span":
        return start + timedelta(days=(length - 1) // 2)
    return start + timedelta(days=expr.offset)


def resolve(expr: DateExpr, ref: date | None) -> DateValue | None:
    """The DateValue of a ``holiday`` expression against ``ref`` (see the module doc)."""
    h = holiday_lexicon().holidays.get(expr.holiday or "")
    if h is None:
        return None
    precision, gran = {"month": (3, "month"), "span": (2, "week")}.get(expr.edge or "", (1, "day"))
    if ref is None:
        return DateValue(None, precision, resolved=False, relative=True, calendar="hijri",
                         granularity=gran)
    hy = _hijri_year(ref)
    if hy is None:
        return None
    future = expr.mod == "future"
    best: tuple[date, date] | None = None  # (the start of the occurrence, the day coded)
    for y in (hy - 1, hy, hy + 1):
        for m, d, n in h.occurrences:
            start = _start(y, m, d)
            if start is None:
                continue
            day = _day(expr, start, n)
            if future:
                ok = day > ref and (best is None or day < best[1])
            else:
                limit = ref - timedelta(days=1) if expr.mod == "past" else ref + timedelta(days=SLACK)
                first = start if expr.edge in ("month", "span") else day
                ok = first <= limit and (best is None or day > best[1])
            if ok:
                best = (start, day)
    if best is None:
        return None
    day = best[1]
    if not future and day > ref:
        day = ref  # the feast as observed locally, or the middle of a season still running
    return DateValue(day, precision, relative=True, calendar="hijri", granularity=gran,
                     future=future)
