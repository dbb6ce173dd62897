"""The regular expressions of the date finder, built from the date lexicons.

Every Arabic word in a pattern comes from ``data/lexicons/dates_*.tsv`` (normalized on load, so a
pattern can never hold a spelling the normalized text does not have) or from the clitics of
``lexicons/clitics.tsv``. :func:`patterns` compiles them once; :func:`first_words` maps the
words a pattern can start with to a bitmask over :data:`RUNS`, so that the scanner tries a
pattern only where one of its first words stands.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from hadath.resolve.dates_lexicon import AR, alternation, lexicon
from hadath.text.clitics import clitics

B = rf"(?<![{AR}\d])"                  # start of a word
E = rf"(?![{AR}])"                       # end of a word
RUNS = ("absolute", "month", "numeric_dmy", "numeric_ymd", "weekday", "relative", "ago",
        "period", "year")


def words(cls: str, *values: str) -> list[str]:
    """The normalized words of a dates_words.tsv class (only those with one of ``values``)."""
    table = lexicon().cls(cls)
    return [w for w, v in table.items() if not values or v in values]


def alt(cls: str, *values: str) -> str:
    """A regex alternation of a class's words (longest first)."""
    return alternation(words(cls, *values))


@lru_cache(maxsize=1)
def proclitics() -> tuple[str, str]:
    """(conjunction letters, preposition letters) kept out of a date's span."""
    return "".join(words("proclitic", "conj")), "".join(words("proclitic", "prep"))


@lru_cache(maxsize=1)
def clitic_prefixes() -> tuple[str, ...]:
    """Every proclitic combination a date's first word may carry ("" first)."""
    conj, prep = proclitics()
    return ("", *conj, *prep, *(c + p for c in conj for p in prep))


@dataclass(frozen=True)
class Patterns:
    absolute: re.Pattern
    month: re.Pattern
    numeric_dmy: re.Pattern
    numeric_ymd: re.Pattern
    weekday: re.Pattern
    relative: re.Pattern
    ago: re.Pattern
    period: re.Pattern
    year: re.Pattern
    # context checks around a match
    prep_before_month: re.Pattern  # a preposition right before a bare month name
    prep_before_year: re.Pattern   # ... before a bare year
    not_today: re.Pattern          # after اليوم: no date (اليوم نفسه)
    that_before: re.Pattern        # before اليوم: no date (ذلك اليوم)
    ago_block: re.Pattern          # after the unit: relative to another event
    ordinal_of: re.Pattern         # between an ordinal day and its month (الأول من أيار)
    not_weekday: dict[str, re.Pattern]  # weekday key -> what after it makes it no date


@lru_cache(maxsize=1)
def patterns() -> Patterns:
    lex = lexicon()
    cl = clitics()
    art, lam = re.escape(cl.article), re.escape(cl.lam)
    conj, prep = proclitics()
    clit = rf"(?:[{conj}]?[{prep}]?)"
    mon = alternation(lex.months)
    wd = alternation(lex.weekdays)
    mod = (rf"(?:\s+(?:(?P<past2>{alt('past2')})|(?P<past>{alt('past')})|(?P<fut>{alt('future')})|(?P<cur>{alt('current')}))"
           rf"(?![{AR}]))?")
    edge = alt("edge")
    dp = alternation(list(lex.cls("daypart")) + list(lex.cls("night")))
    of, shahr, year_word = alt("of"), alt("month_word"), alt("year_word")
    day_abs, day_any = alt("day_word", "day", "daytime"), alt("day_word")
    months2 = rf"(?P<m1>{mon})(?:\s*(?:/|\()\s*(?P<m2>{mon})\s*\)?)?"
    era = rf"(?:\s*(?P<era>{alt('era')})(?![{AR}]))?"
    year = (rf"(?:\s*(?P<ycomma>,)?\s*(?:(?:{of})\s+)?(?:(?:{lam}|{art})?(?:{year_word})\s+)?"
            rf"(?P<y>\d{{4}})(?!\d){era})?")
    day = rf"(?:{art}\s?)?(?P<d>(?<![\d/.:])\d{{1,2}})(?!\d)|(?P<dw>{alt('ordinal')})"
    wd_prefix = (rf"(?:(?:(?P<dp>{dp})\s+)?(?:(?:{alt('today')})\s+)?(?:(?:{day_abs})\s+)?(?P<wd>{wd})\s*,?\s*"
                 rf"(?:(?:{alt('concordance')})\s*(?:{lam}\s*)?)?)?")
    absolute = re.compile(
        rf"{B}{clit}(?P<x>{wd_prefix}(?:{day})\s*(?:(?:{of})\s+)?(?:(?:{shahr})\s+)?{months2}"
        rf"{year}{mod}){E}")
    month = re.compile(
        rf"{B}{clit}(?P<x>(?:(?P<edge>{edge})\s+)?(?P<shahr>(?:{shahr})\s+)?{months2}{year}{mod}){E}")
    num_tail = rf"(?!\d|[/.\-:]\d){era}"
    numeric_dmy = re.compile(
        rf"(?P<x>{wd_prefix}(?<![\d/.\-:])(?P<d>\d{{1,2}})\s?(?P<sep>[/.\-])\s?(?P<m>\d{{1,2}})"
        rf"(?:\s?(?P=sep)\s?(?P<y>\d{{4}}|\d{{2}}))?{num_tail})")
    numeric_ymd = re.compile(
        rf"(?P<x>{wd_prefix}(?<![\d/.\-:])(?P<y>\d{{4}})(?P<sep>[/.\-])(?P<m>\d{{1,2}})"
        rf"(?P=sep)(?P<d>\d{{1,2}}){num_tail})")
    join = (rf"\s*[-/]\s*|\s+(?:{alt('weekday_join', '-')})\s+|\s+(?:{alt('weekday_join', 'attached')})"
            rf"|\s+")
    weekday = re.compile(
        rf"{B}{clit}(?P<x>(?:(?P<dp>{dp})\s+)?(?P<day>(?:{day_any})\s+)?(?P<wd>{wd})"
        rf"(?:(?:{join})(?P<wd2>{wd}))?{mod}){E}")
    relative = re.compile(
        rf"{B}{clit}(?P<x>(?:(?P<dp>{dp})\s+)?(?:(?:{alt('day_word', 'day')})\s+)?"
        rf"(?P<rel>{alt('relative')})(?:\s*[,(]?\s*(?P<wd>{wd})\)?)?){E}")
    ago = re.compile(
        rf"{B}{clit}(?P<x>(?P<pre>{alt('ago_head')})\s+(?:(?:{alt('ago_approx')})\s+)?"
        rf"(?:(?P<n>(?:{art}\s?)?\d+|[{AR}]+)\s+)?(?:{art})?(?P<unit>{alt('unit')})"
        rf"(?:\s+(?P<nw2>[{AR}]+))?{mod}){E}")
    period = re.compile(
        rf"{B}{clit}(?P<x>(?:(?P<edge>{edge}|{alt('weekend')})\s+)?(?:(?P<this>{alt('this')})\s+)?"
        rf"(?:(?P<unit>{alt('period_unit')}){mod}|(?P<bare>{alt('current')}))){E}")
    year_re = re.compile(
        rf"{B}{clit}(?P<x>(?:(?P<since>{alt('ago_head', 'since')})\s+)?"
        rf"(?:(?P<cue>(?:{lam}|{art})?(?:{year_word}))\s+)?(?P<y>\d{{4}})(?!\d){era})")
    not_weekday: dict[str, list[str]] = {}
    for phrase, how in lex.cls("not_weekday").items():
        head, _, rest = phrase.partition(" ")
        not_weekday.setdefault(head, []).append(re.escape(rest) + ("" if how == "prefix" else E))
    return Patterns(
        absolute, month, numeric_dmy, numeric_ymd, weekday, relative, ago, period, year_re,
        prep_before_month=re.compile(
            rf"(?:^|[\s(\"',])(?:[{conj}]?(?:{alt('prep_month')}))\s+$"),
        prep_before_year=re.compile(rf"(?:^|\s)[{conj}]?(?:{alt('prep_year')})\s+$"),
        not_today=re.compile(rf"\s+(?:{alt('not_today')}){E}"),
        that_before=re.compile(rf"(?:{alt('that')})\s+$"),
        ago_block=re.compile(rf"\s+(?:{alt('ago_block')}){E}(?!\s+(?:{alt('ago_now')}){E})"),
        ordinal_of=re.compile(rf"\s+(?:{of})\s+|{shahr}"),
        not_weekday={k: re.compile(rf"\s+(?:{'|'.join(v)})") for k, v in not_weekday.items()})


@lru_cache(maxsize=1)
def first_words() -> dict[str, int]:
    """Normalized word -> bitmask of the patterns (index in RUNS) that can start with it."""
    lex = lexicon()
    art = clitics().article

    def first(items) -> set[str]:
        return {w.split()[0] for w in items}
    dp = first(lex.cls("daypart")) | first(lex.cls("night"))
    wd = set(lex.weekdays)
    edge = first(lex.cls("edge"))
    day_abs = set(words("day_word", "day", "daytime"))
    year_words = set(words("year_word"))
    table = {
        "absolute": dp | wd | day_abs | {art} | first(lex.cls("ordinal")),
        "month": edge | set(words("month_word")) | first(lex.months),
        "numeric_dmy": dp | wd | day_abs,
        "numeric_ymd": dp | wd | day_abs,
        "weekday": dp | wd | set(words("day_word")),
        "relative": dp | set(words("day_word", "day")) | first(lex.cls("relative")),
        "ago": first(lex.cls("ago_head")),
        "period": edge | first(lex.cls("weekend")) | set(words("this")) | set(words("period_unit"))
        | set(words("current")),
        "year": set(words("ago_head", "since")) | year_words | {art + w for w in year_words},
    }
    out: dict[str, int] = {}
    for i, name in enumerate(RUNS):
        for w in table[name]:
            out[w] = out.get(w, 0) | (1 << i)
    return out


@lru_cache(maxsize=1)
def unit_words() -> frozenset[str]:
    """Words that can hold the time unit of an "ago" expression (يومين، الايام): the pattern
    puts it within four words of its head (على مدى ال 3 ايام), so a head word without one
    among its next four words is skipped before the regex runs (في، على are everywhere)."""
    units = lexicon().cls("unit")
    art = clitics().article
    return frozenset(units) | frozenset(art + u for u in units)
