"""Numeric dates (issue #9): day/month/year with one separator (22/10/2023، 2023-10-22), and a
day/month with no year (في 22/10، يوم 22-10، يوم 22.10) after a word that opens a date: the
year is the publication's, the last such day not after it (hadath.resolve.dates). A slash
needs a preposition or a day word before it (في، منذ، يوم: prep_month and day_word of
lexicons/dates_words.tsv), a dash or a dot a day word (يوم، نهار): "قبل 2-3 أيام" is a range of
counts and "في 12.5" a decimal more often than dates. Without such a word a bare "22/10" stays
no date (a score, a fraction, a resolution's number)."""
from __future__ import annotations

import re
from functools import lru_cache

from hadath.resolve.dates_lexicon import alternation, key, lexicon
from hadath.text.clitics import clitics


@lru_cache(maxsize=2)
def opener(day_only: bool = False) -> str:
    """The regex source of a word that opens a date, after an optional و/ف: a day word (يوم،
    نهار) and, unless ``day_only``, a preposition of a date (في، منذ) - also read by
    hadath.resolve.dates_context for a day of a month counted from the report."""
    lex = lexicon()
    cue = list(lex.cls("day_word")) + ([] if day_only else list(lex.cls("prep_month")))
    conj = "".join(clitics().conj)
    return rf"[{conj}]?(?:{alternation(cue)})"


@lru_cache(maxsize=2)
def _opener(day_only: bool) -> re.Pattern:
    return re.compile(rf"(?:^|\s){opener(day_only)}\s+$")


def numeric(m: re.Match, ymd: bool, text: str):
    """The Found of a numeric date match (dates_patterns numeric_dmy / numeric_ymd), or None."""
    from hadath.resolve.dates_parse import DateExpr, Found

    d, mo, y = int(m.group("d")), int(m.group("m")), m.group("y")
    if y is None:  # 22/10: only after a word that opens a date, and only day then month
        start = m.start("d")
        if m.group("wd") is None and not _opener(m.group("sep") != "/").search(text, max(0, start - 16), start):
            return None
        if not (1 <= mo <= 12 and 1 <= d <= 31):
            return None
        return Found(m.start("x"), m.end("x"), DateExpr("abs", day=d, month=mo), 1.0)
    year = int(y)
    if len(y) == 2:
        if m.group("sep") == ".":
            return None  # "3.5.22" is more often a version or a score than a date
        year += 2000 if year < 70 else 1900
    if not ymd and mo > 12 and d <= 12:
        d, mo = mo, d   # "12/26/2022": month-first, the only valid reading
    era = m.group("era")
    hijri_era = bool(era) and lexicon().cls("era").get(key(era)) == "hijri"
    cal = "hijri" if hijri_era or (1300 <= year <= 1500 and len(y) == 4) else "gregorian"
    lo, hi = (1300, 1600) if cal == "hijri" else (1800, 2100)
    if not (lo <= year <= hi and 1 <= mo <= 12 and 1 <= d <= 31):
        return None
    wd = lexicon().weekdays[key(m.group("wd"))] if m.group("wd") else None
    return Found(m.start("x"), m.end("x"),
                 DateExpr("abs", day=d, month=mo, year=year, calendar=cal, weekday=wd), 1.0)
