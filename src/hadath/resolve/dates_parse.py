"""Finding date expressions in normalized Arabic text (regexes built from the date lexicons).

:func:`scan` returns ``Found`` records with offsets into the *normalized* text and an
unresolved :class:`DateExpr`; :mod:`hadath.resolve.dates` turns an expression into a DateValue
against a reference date. Patterns expect text from :func:`hadath.text.normalize.normalize`
(أ→ا، ة→ه، ى→ي، tatweel dropped so "الـ26" is "ال26", Arabic comma is ",").
"""
from __future__ import annotations

import re
from functools import lru_cache
from itertools import accumulate, compress
from operator import attrgetter
from typing import NamedTuple, Sequence

from hadath.resolve.dates_context import day_before, numeral_after
from hadath.resolve.dates_lexicon import AR, key, lexicon, number_word
from hadath.resolve.dates_numeric import numeric
from hadath.resolve.dates_patterns import RUNS, clitic_prefixes, first_words, patterns
from hadath.resolve.dates_patterns import unit_words as unit_words_
from hadath.text.clitics import clitics
from hadath.text.vocab import FactTable, WordType, vocab
from hadath.types import Token


class DateExpr(NamedTuple):
    """A parsed, unresolved date expression.

    kind: abs (day+month), month, numeric, weekday, rel (fixed offset), ago (n units before),
    period (week/month/year + modifier), year, holiday (hadath.resolve.dates_holidays),
    shift (hadath.resolve.dates_shifts).
    """
    kind: str
    day: int | None = None
    month: int | None = None
    year: int | None = None
    calendar: str = "gregorian"
    weekday: int | None = None
    weekday2: int | None = None
    offset: int = 0
    unit: str | None = None
    count: int | None = None   # 0 = vague plural (أيام، ساعات)
    mod: str | None = None     # past | future | current
    edge: str | None = None    # early | mid | late | weekend
    night: bool = False
    since: bool = False        # منذ + point: a start point (background)
    span_range: bool = False   # خلال الأيام الثلاثة الماضية: a range ending at the reference
    holiday: str | None = None  # a holiday's normalized phrase (kind holiday)
    anchor: DateExpr | None = None  # the dated mention a shift moves from (kind shift)


class Found(NamedTuple):
    start: int
    end: int
    expr: DateExpr
    confidence: float = 1.0


def _month_of(m: re.Match) -> tuple[int, str, bool] | None:
    """(month, calendar, confirmed-by-second-name) or None when the two names disagree."""
    months = lexicon().months
    info = months[key(m.group("m1"))]
    m2 = m.group("m2")
    if m2:
        info2 = months[key(m2)]
        if (info2.month, info2.calendar) != (info.month, info.calendar):
            return None
    return info.month, info.calendar, bool(m2)


def _mod(m: re.Match) -> str | None:
    if m.groupdict().get("past2"):
        return "past2"
    if m.group("past"):
        return "past"
    if m.group("fut"):
        return "future"
    if m.group("cur"):
        return "current"
    return None


def _year_and_calendar(m: re.Match, calendar: str) -> tuple[int | None, str, bool]:
    """(year, calendar, year_ok). Hijri if the month is Hijri, the era says ه, or the year is
    in the Hijri range with a Hijri marker."""
    y = m.group("y")
    if not y:
        return None, calendar, True
    year = int(y)
    era = m.group("era")
    if era and lexicon().cls("era").get(key(era)) == "hijri":
        calendar = "hijri"
    if calendar == "hijri":
        return year, calendar, 1300 <= year <= 1600
    return year, calendar, 1800 <= year <= 2100


def _abs(m: re.Match, text: str) -> Found | None:
    mc = _month_of(m)
    if mc is None:
        return None
    month, cal, _ = mc
    if m.group("d"):
        day = int(m.group("d"))
    else:
        day = int(lexicon().cls("ordinal")[key(m.group("dw"))])
        if not patterns().ordinal_of.search(text[m.start("dw"):m.start("m1")]):
            return None  # "الأول كانون" is not a date; ordinals need "من"
    year, cal, ok = _year_and_calendar(m, cal)
    end = m.end("x")
    mod = _mod(m)
    if year is not None and not ok:
        if m.group("ycomma"):   # "26 ديسمبر، 1500 مقاتل": not a year
            year, end, mod = None, m.end("m2") if m.group("m2") else m.end("m1"), None
        else:
            return None
    wd = lexicon().weekdays[key(m.group("wd"))] if m.group("wd") else None
    dp = m.group("dp")
    night = bool(dp) and key(dp) in lexicon().cls("night")
    expr = DateExpr("abs", day=day, month=month, year=year, calendar=cal, weekday=wd, mod=mod,
                    night=night)
    return Found(m.start("x"), end, expr, 1.0)


def _month_only(m: re.Match, text: str) -> Found | None:
    mc = _month_of(m)
    if mc is None:
        return None
    month, cal, double = mc
    ambiguous = lexicon().months[key(m.group("m1"))].ambiguous
    year, cal, ok = _year_and_calendar(m, cal)
    mod = _mod(m)
    end = m.end("x")
    if year is not None and not ok:
        if not m.group("ycomma"):
            return None
        year, mod, end = None, None, m.end("m2") if m.group("m2") else m.end("m1")
    edge = m.group("edge")
    cue = bool(m.group("shahr") or year or double or mod or edge)
    if not cue:
        if ambiguous:
            return None
        if not patterns().prep_before_month.search(text, max(0, m.start("x") - 12), m.start("x")):
            return None
    if cal == "hijri" and year is None:
        return None  # "شهر رمضان" without a year: a season, not a datable month
    expr = DateExpr("month", month=month, year=year, calendar=cal, mod=mod,
                    edge=lexicon().cls("edge").get(key(edge)) if edge else None)
    return Found(m.start("x"), end, expr, 1.0)


def _name_head_before(text: str, start: int) -> bool:
    """Is the word before ``start`` a noun that heads a name (سوق/مسجد/شارع …, with clitics)?"""
    words = text[max(0, start - 24):start].split()
    if not words:
        return False
    heads = lexicon().cls("namehead")
    w = words[-1]
    return any(w[i:] in heads for i in range(0, min(3, len(w) - 1)))


def _weekday(m: re.Match, text: str) -> Found | None:
    lex = lexicon()
    w = key(m.group("wd"))
    wd = lex.weekdays[w]
    dp = m.group("dp")
    wd2 = lex.weekdays[key(m.group("wd2"))] if m.group("wd2") else None
    bare = not dp and not m.group("day") and wd2 is None and not _mod(m)
    conf = 1.0
    after = text[m.end("x"):m.end("x") + 12]
    if bare:
        if _name_head_before(text, m.start("x")):
            return None  # سوق الجمعة، مسجد الجمعة: part of a name
        block = patterns().not_weekday.get(w)
        if block is not None and block.match(after):
            return None  # الأحد عشر "eleven", الاثنين منهم "the two of them"
        if numeral_after(text, m.start("x"), w):
            return None  # مرافقيه الاثنين "his two escorts"
        conf = float(lex.cls("weak_weekday").get(w, 0.85))
    if wd2 is not None and (wd2 - wd) % 7 > 3:
        wd2 = None  # "الجمعة السبت" fine, "السبت الخميس" is no range
    night = bool(dp) and key(dp) in lex.cls("night")
    expr = DateExpr("weekday", weekday=wd, weekday2=wd2, mod=_mod(m), night=night)
    return Found(m.start("x"), m.end("x"), expr, conf)


def _relative(m: re.Match, text: str) -> Found | None:
    lex = lexicon()
    r = key(m.group("rel"))
    if r in lex.cls("today"):
        if not m.group("dp") and not m.group("wd"):
            p = patterns()
            if p.not_today.match(text, m.end("x")):
                return None
            if p.that_before.search(text[max(0, m.start("x") - 6):m.start("x")]):
                return None
    offset = int(lex.cls("relative")[r])
    wd = lex.weekdays[key(m.group("wd"))] if m.group("wd") else None
    dp = m.group("dp")
    night = bool(dp) and key(dp) in lex.cls("night")
    expr = DateExpr("rel", offset=offset, weekday=wd, night=night)
    return Found(m.start("x"), m.end("x"), expr, 1.0)


def _ago(m: re.Match, text: str) -> Found | None:
    lex = lexicon()
    head = lex.cls("ago_head")[key(m.group("pre"))]   # point | since | range
    unit_s, _, cnt = lex.cls("unit")[key(m.group("unit"))].partition(":")
    count = int(cnt)
    if m.group("n") and count == 1 and text[:m.start("unit")].endswith(clitics().article):
        return None  # "في 28 الشهر الماضي": a day of the month, not 28 months
    mod = _mod(m)
    ranged = head == "range"
    block = patterns().ago_block
    if not ranged and (block.match(text, m.end("unit")) or block.match(text, m.end("x"))):
        return None   # "قبل يومين من الانتخابات، قبل يومين على الحادث": relative to another event
    if ranged and count == 1 and not m.group("n") and unit_s in ("week", "month", "year"):
        return None  # "خلال الأسبوع الماضي": the calendar period (see _period)
    end = m.end("x")
    past_words = lex.cls("past")
    article = clitics().article
    vague = lex.cls("vague_count")
    for g in ("n", "nw2"):
        raw = m.group(g)
        if not raw:
            continue
        w = key(raw)
        if g == "nw2" and w in past_words:
            mod = "past"
            continue
        bare = w[len(article):].strip() if w.startswith(article) else None
        w = bare if bare is not None and bare.isdigit() else w
        n = number_word(w)
        if n is None and bare is not None:
            n = number_word(w[len(article):])
        if n is not None and n > 0:
            if count not in (0, 1):
                return None  # "ثلاثة يومين"
            count = n
        elif w in vague:
            count = 0
        elif g == "n":
            return None  # "قبل وصول أيام": not a count
        elif not mod:
            end = m.end("unit")
    if ranged and mod != "past":
        return None   # "خلال يومين" (within two days) is no date
    if not ranged and mod and unit_s != "hour":
        return None  # "منذ الأيام الماضية" is odd phrasing; skip
    expr = DateExpr("ago", unit=unit_s, count=count, mod=mod, since=head == "since",
                    span_range=ranged)
    return Found(m.start("x"), end, expr, 1.0)


def _period(m: re.Match, text: str) -> Found | None:
    lex = lexicon()
    if m.group("bare"):  # في 21 الجاري: a day of the current month (no month word)
        day = day_before(text, m.start("x"), cued=True)
        return day and Found(day[1], m.end("x"), DateExpr("period", unit="month", mod="current", day=day[0]), 1.0)
    unit = lex.cls("period_unit")[key(m.group("unit"))]
    mod = _mod(m)
    if m.group("this"):
        if mod:
            return None
        mod = "current"
    if mod is None:
        return None
    edge = m.group("edge")
    day = day_before(text, m.start("x"), cued=True) \
        if unit == "month" and not edge and mod in ("past", "current") else None
    if day is not None:  # في الثامن من الشهر الجاري: that day of the month
        return Found(day[1], m.end("x"), DateExpr("period", unit=unit, mod=mod, day=day[0]), 1.0)
    e = None
    if edge:
        ek = key(edge)
        e = lex.cls("weekend").get(ek) or (unit == "week" and lex.cls("week_edge").get(ek)) or \
            lex.cls("edge").get(ek)
    return Found(m.start("x"), m.end("x"), DateExpr("period", unit=unit, mod=mod, edge=e), 1.0)


def _year(m: re.Match, text: str) -> Found | None:
    year, cal, ok = _year_and_calendar(m, "gregorian")
    if not ok or cal == "hijri":
        return None
    since = bool(m.group("since"))
    if not (since or m.group("cue") or m.group("era")):
        if not patterns().prep_before_year.search(text[max(0, m.start("x") - 8):m.start("x")]):
            return None
    return Found(m.start("x"), m.end("x"), DateExpr("year", year=year, since=since), 1.0)


_DIGIT_MASK = sum(1 << RUNS.index(n) for n in ("absolute", "numeric_dmy", "numeric_ymd", "year"))


@lru_cache(maxsize=65536)
def _mask(word: str) -> int:
    if word.isdigit():
        return _DIGIT_MASK
    table = first_words()
    prefixes, lengths = _prefixes()
    mask = 0
    for n in lengths:  # the word's own first letters that are a proclitic combination
        if len(word) > n and word[:n] in prefixes:
            mask |= table.get(word[n:], 0)
    return mask


@lru_cache(maxsize=1)
def _prefixes() -> tuple[frozenset[str], tuple[int, ...]]:
    """The proclitic combinations a date's first word may carry, and their lengths."""
    cp = clitic_prefixes()
    return frozenset(cp), tuple(sorted({len(c) for c in cp}))


@lru_cache(maxsize=None)
def _bits(mask: int) -> tuple[int, ...]:
    return tuple(i for i in range(len(RUNS)) if mask >> i & 1)


# = ([AR]+|\d+) (the words of _WORD), starting with a character class so that the regex
# engine skips ahead to them; split() yields [gap, word, gap, word, ..., gap]
_WORD_SPLIT = re.compile(rf"([{AR}\d](?:(?<=\d)\d*|[{AR}]*))")
_DIGITS = re.compile(r"\d+")
# a number token with separators (12.5, 1,000): its digit runs are words of their own
_RUNS_OF = -1


@lru_cache(maxsize=1)
def _type_masks() -> FactTable:
    """Vocabulary fact table: word-type id -> the patterns a token of that type can start
    (:func:`_mask` of an Arabic word, the digit mask of a digit run, ``_RUNS_OF`` for a number
    with separators, 0 for anything else)."""
    return vocab().table()


def _type_mask(wt: WordType) -> int:
    if wt.kind == "word":
        mask = _mask(wt.text)
    elif wt.kind == "number":
        mask = _DIGIT_MASK if wt.text.isdigit() else _RUNS_OF
    else:
        mask = 0
    _type_masks()[wt.id] = mask
    return mask


_SEPS = frozenset("/.-")
_ABS_BIT, _DMY_BIT, _YMD_BIT, _YEAR_BIT = (1 << RUNS.index(n) for n in (
    "absolute", "numeric_dmy", "numeric_ymd", "year"))


def _digit_mask(text: str, end: int, n: int) -> int:
    """Patterns that can start at a run of ``n`` digits ending at ``end``: a day (1-2 digits;
    numeric d/m/y only before a separator) or a year (4 digits; numeric y/m/d only before a
    separator)."""
    if n <= 2:
        c = text[end:end + 1]
        if c in _SEPS or (c.isspace() and text[end + 1:end + 2] in _SEPS):
            return _ABS_BIT | _DMY_BIT
        return _ABS_BIT
    if n == 4:
        return _YEAR_BIT | _YMD_BIT if text[end:end + 1] in _SEPS else _YEAR_BIT
    return 0


_AGO_BIT = 1 << RUNS.index("ago")


def scan(text: str) -> list[Found]:
    """Non-overlapping date expressions in normalized ``text``, in text order (longest wins).

    Patterns are tried only where a word that can start them stands (a dict lookup per word,
    mapped in C over the words of one ``split``; a digit run is looked at with its next
    characters), which keeps the cost of a 3 KB article around a hundred microseconds.
    """
    parts = _WORD_SPLIT.split(text)
    words = parts[1::2]
    masks = list(map(_mask, words))
    ends = list(accumulate(map(len, parts)))  # ends[2k] = start of words[k]
    return _with_holidays(text, _scan(text, [(ends[2 * k], words[k], masks[k], words[k + 1:k + 5])
                                             for k in compress(range(len(words)), masks)]))


def scan_tokens(text: str, tokens: Sequence[Token], starts: Sequence[int],
                type_ids: Sequence[int] = ()) -> list[Found]:
    """:func:`scan` of normalized ``text`` through its tokens (``starts``: their starts in
    ``text``, ``type_ids``: their word-type ids when given, :class:`~hadath.types.TokenColumns`)
    instead of a split of the text: the same words (an Arabic word token, a digit run), each with
    its mask from a fact table of the vocabulary (one C-level lookup per token)."""
    if len(type_ids) != len(tokens):
        type_ids = list(map(_ID, map(_TYPE, tokens)))
    masks = list(map(_type_masks().get, type_ids))
    if None in masks:
        masks = [_type_mask(tok.word_type) if m is None else m for m, tok in zip(masks, tokens)]
    cands: list[tuple[int, str, int, list[str]]] = []
    for k in compress(range(len(tokens)), masks):
        mask, w = masks[k], tokens[k].word_type.text
        if mask != _RUNS_OF:  # the next words matter only to the "ago" pattern of a word
            after = _words_after(tokens, masks, k) if mask & _AGO_BIT and not w[0].isdigit() else []
            cands.append((starts[k], w, mask, after))
            continue
        for m in _DIGITS.finditer(w):  # a digit run: its next words are never read
            cands.append((starts[k] + m.start(), m.group(), _DIGIT_MASK, []))
    return _with_holidays(text, _scan(text, cands))


def _with_holidays(text: str, found: list[Found]) -> list[Found]:
    """``found`` merged with the holiday expressions of ``text`` (hadath.resolve.dates_holidays)
    and the shifts from its dated mentions (hadath.resolve.dates_shifts)."""
    from hadath.resolve import dates_holidays, dates_shifts

    return dates_shifts.attach(text, dates_holidays.merge(found, dates_holidays.find(text)))


_TYPE = attrgetter("word_type")
_ID = attrgetter("id")


def _words_after(tokens: Sequence[Token], masks: list[int], k: int) -> list[str]:
    """The next four words after token k as :func:`scan` splits them (word tokens and digit
    runs; a masked-out word counts too)."""
    out: list[str] = []
    for j in range(k + 1, len(tokens)):
        if len(out) >= 4:
            break
        wt = tokens[j].word_type
        if wt.kind == "word":
            out.append(wt.text)
        elif wt.kind == "number":
            out.extend(_DIGITS.findall(wt.text) if masks[j] == _RUNS_OF else (wt.text,))
    return out[:4]


def _scan(text: str, cands_at: list[tuple[int, str, int, list[str]]]) -> list[Found]:
    """The expressions starting at candidate words ``(start, word, mask, next four words)``."""
    p = patterns()
    handlers = (
        (p.absolute, _abs), (p.month, _month_only), (p.numeric_dmy, _numeric_dmy),
        (p.numeric_ymd, _numeric_ymd), (p.weekday, _weekday), (p.relative, _relative),
        (p.ago, _ago), (p.period, _period), (p.year, _year),
    )
    cands: list[Found] = []
    seen: set[tuple[int, int, int]] = set()
    unit_words = unit_words_()
    for pos, w, mask, after in cands_at:
        if w[0].isdigit():
            mask = _digit_mask(text, pos + len(w), len(w))
            if not mask:
                continue
        elif mask & _AGO_BIT and unit_words.isdisjoint(after):
            mask &= ~_AGO_BIT  # no time unit among the next four words: no "ago" match
            if not mask:
                continue
        for i in _bits(mask):
            rx, fn = handlers[i]
            m = rx.match(text, pos)
            if m is None:
                continue
            sk = (i, m.start("x"), m.end("x"))
            if sk in seen:
                continue
            seen.add(sk)
            f = fn(m, text)
            if f is not None and f.end > f.start:
                cands.append(f)
    if not cands:
        return cands
    cands.sort(key=lambda f: (-(f.end - f.start), f.start))
    taken: list[Found] = []
    for f in cands:
        if all(f.end <= t.start or f.start >= t.end for t in taken):
            taken.append(f)
    taken.sort(key=lambda f: f.start)
    return taken


def _numeric_dmy(m: re.Match, text: str) -> Found | None:
    return numeric(m, False, text)


def _numeric_ymd(m: re.Match, text: str) -> Found | None:
    return numeric(m, True, text)
