"""dateparser as a fallback and validator for absolute dates (off the hot path).

dateparser knows the Levantine months only under the ar-SY/ar-IQ/ar-LB/... locales and the
Maghrebi ones under ar-DZ/ar-TN/ar-MA, and needs cleanup first (article on numbers "الـ26",
"من", diacritics, punctuation). Its RELATIVE_BASE defaults to now: we always pass the
reference date, and return nothing for relative text without a reference.
"""
from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache

from hadath.types import DateValue

LOCALES = ("ar-SY", "ar-EG", "ar-DZ", "ar-MA", "ar-TN", "ar-IQ", "ar-LB", "ar-SA")
_DIACRITICS = re.compile("[\u064b-\u065f\u0670\u0640]")
_CLEAN = (
    (re.compile(r"(?<![\u0621-\u064a])ال\s?(?=\d)"), ""),        # الـ26 → 26
    (re.compile(r"(?<![\u0621-\u064a])من(?![\u0621-\u064a])"), " "),  # 26 من كانون → 26 كانون
    (re.compile(r"(?<![\u0621-\u064a])(?:عام|سنة|لعام)(?![\u0621-\u064a])"), " "),
    (re.compile(r"[،,؛;:()\[\]\"“”«»]"), " "),
    (re.compile(r"\s*/\s*[\u0621-\u064a ]+?(?=\s\d|$)"), ""),   # كانون الأول/ ديسمبر → first name
    (re.compile(r"\s+"), " "),
)


def clean(text: str) -> str:
    """Cleanup that lets dateparser read Arabic news dates."""
    text = _DIACRITICS.sub("", text)
    for rx, rep in _CLEAN:
        text = rx.sub(rep, text)
    return text.strip()


@lru_cache(maxsize=2048)
def dateparser_date(text: str, reference: date | None) -> DateValue | None:
    """An absolute day-precision date read by dateparser, or None. Requires day and month;
    a year-less date needs a reference (most recent one not after it)."""
    if not any(c.isdigit() for c in text):
        return None
    try:
        import dateparser
    except ImportError:  # pragma: no cover - dependency declared in pyproject
        return None
    cleaned = clean(text)
    settings = {
        "DATE_ORDER": "DMY", "PREFER_DATES_FROM": "past", "REQUIRE_PARTS": ["day", "month"],
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    if reference is not None:
        settings["RELATIVE_BASE"] = datetime(reference.year, reference.month, reference.day)
    for loc in LOCALES:
        try:
            got = dateparser.parse(cleaned, locales=[loc], settings=settings)
        except Exception:  # dateparser raises assorted errors on odd input
            got = None
        if got is None:
            continue
        d = got.date()
        has_year = bool(re.search(r"\d{4}", cleaned))
        if not has_year and reference is None:
            return DateValue(None, 1, resolved=False, relative=True)
        if not 1800 <= d.year <= 2100:
            return None
        return DateValue(d, 1, relative=not has_year,
                         future=reference is not None and d > reference)
    return None
