"""Date words loaded from ``data/lexicons/dates_*.tsv``, normalized, as lookups and regex pieces.

Everything is built lazily once (lru_cache); nothing happens at import time.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from hadath.resources import load_tsv
from hadath.text.normalize import normalize_key

AR = r"\u0621-\u064a\u0671-\u06d3\u06fa-\u06ff"  # a regex class body (Arabic letters)


@dataclass(frozen=True)
class MonthInfo:
    month: int
    calendar: str  # gregorian | hijri
    ambiguous: bool


@dataclass(frozen=True)
class DateLexicon:
    months: dict[str, MonthInfo]
    weekdays: dict[str, int]
    words: dict[str, dict[str, str]]  # class -> normalized word -> value

    def cls(self, name: str) -> dict[str, str]:
        return self.words.get(name, {})


def alternation(keys) -> str:
    """A regex alternation of normalized phrases, longest first; spaces match any whitespace."""
    parts = sorted(set(keys), key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(w) for w in k.split()) for k in parts)


def key(text: str) -> str:
    """Normalized lookup key for a matched phrase (whitespace collapsed)."""
    return normalize_key(text)


@lru_cache(maxsize=1)
def lexicon() -> DateLexicon:
    months: dict[str, MonthInfo] = {}
    for row in load_tsv("lexicons/dates_months.tsv"):
        months[normalize_key(row["name"])] = MonthInfo(
            int(row["month"]), row["calendar"], row["ambiguous"] == "1")
    weekdays = {normalize_key(r["name"]): int(r["weekday"])
                for r in load_tsv("lexicons/dates_weekdays.tsv")}
    words: dict[str, dict[str, str]] = {}
    for row in load_tsv("lexicons/dates_words.tsv"):
        words.setdefault(row["class"], {})[normalize_key(row["word"])] = row["value"]
    return DateLexicon(months, weekdays, words)


def number_word(word: str) -> int | None:
    """Value of a small cardinal number word (or digits).

    Uses ``hadath.text.numbers`` when it is importable and offers a parser; otherwise (and when
    it does not know the word) the 1..10 table in dates_words.tsv.
    """
    return _number_word(normalize_key(word))


@lru_cache(maxsize=4096)
def _number_word(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    parser = _numbers_parser()
    if parser is not None:
        try:
            value = parser(word)
        except Exception:  # the other layer may reject words it does not know
            value = None
        value = getattr(value, "best", value)
        if isinstance(value, int) and not isinstance(value, bool):
            return value
    table = lexicon().cls("number")
    if word in table:
        return int(table[word])
    return None


@lru_cache(maxsize=1)
def _numbers_parser():
    try:
        from hadath.text import numbers  # written concurrently; optional
    except Exception:
        return None
    for name in ("number_value", "parse_number_word", "parse_number", "word_to_number", "parse_cardinal",
                 "to_int", "parse"):
        fn = getattr(numbers, name, None)
        if callable(fn):
            return fn
    return None
