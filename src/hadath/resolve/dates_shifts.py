"""Dates told as a shift from another dated mention: "بعد يومين من هجوم الأحد",
"قبل أسبوع من 12 أيار", "وبعدها بيومين", "بعد ثلاثة أيام من ذلك".

The words are in ``data/lexicons/dates_shifts.tsv`` (counts and units come from the date
lexicon's number and unit words). :func:`attach` turns each shift that has an anchor into a
``Found`` of kind ``shift`` whose ``DateExpr.anchor`` is the anchor's expression and
``offset`` the shift in days; resolving it resolves the anchor and moves its day.

* A head with a link ("بعد يومين من …") takes the first day-dated mention after the link in
  the same sentence (what follows من names the other act and its day). When the text only
  dated something *before* the shift ("وقع الهجوم الأحد، بعد يومين من الانتخابات") the
  shift dates the other act, not this one: no date.
* A head pointing back ("بعد يومين من ذلك", "بعدها بيومين") takes the last day-dated mention
  before it in the same paragraph.
* Only day and week units, with a count (بعد أيام: no date); the anchor must be a day
  (precision 1), never a start point, a period or another shift.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from hadath.resolve.dates_lexicon import AR, alternation, key, lexicon, number_word
from hadath.resolve.dates_parse import DateExpr, Found
from hadath.resources import load_tsv
from hadath.text.clitics import clitics
from hadath.text.normalize import normalize_key

FORWARD = 40    # characters after a link within which its anchor must start
BACK = 300      # characters before a back-pointing shift within which its anchor must end
DAYS = {"day": 1, "week": 7}
_SENTENCE_END = re.compile(r"[.!?\n]")  # normalized text: the Arabic question mark is "?"
_DAY_KINDS = frozenset({"abs", "weekday", "rel", "holiday"})


@dataclass(frozen=True)
class ShiftPatterns:
    linked: re.Pattern    # head + count + unit + link (+ back)
    pronoun: re.Pattern   # pronoun head + by + count + unit
    needles: tuple[str, ...]
    direction: dict[str, int]
    links: frozenset[str]  # من، على: between a count and what it is counted from
    unit_adj: frozenset[str] = frozenset()  # قليلة، معدودة after a unit (events.earlier reads it)


@lru_cache(maxsize=1)
def shift_patterns() -> ShiftPatterns:
    from hadath.resolve.dates_patterns import proclitics

    words: dict[str, dict[str, str]] = {}
    for row in load_tsv("lexicons/dates_shifts.tsv"):
        words.setdefault(row["class"], {})[normalize_key(row["phrase"])] = row.get("value", "")
    units = alternation(lexicon().cls("unit"))
    art = re.escape(clitics().article)
    conj = proclitics()[0]

    def alt(cls: str) -> str:
        return alternation(words.get(cls, {})) or "(?!)"
    count = rf"(?:(?P<n>(?:{art})?\d+|[{AR}]+)\s+)?(?:{art})?(?P<unit>{units})"
    linked = re.compile(
        rf"(?<![{AR}\d])[{conj}]?(?P<x>(?P<head>{alt('head')})\s+{count})\s+(?:{alt('link')})"
        rf"(?:\s+(?P<back>{alt('back')}))?(?![{AR}])")
    pronoun = re.compile(
        rf"(?<![{AR}\d])[{conj}]?(?P<x>(?P<head>{alt('pronoun')})\s+(?:{alt('by')})"
        rf"(?:(?P<n>\d+|[{AR}]+)\s+)?(?P<unit>{units}))(?![{AR}])")
    direction = {k: int(v) for cls in ("head", "pronoun") for k, v in words.get(cls, {}).items()}
    needles = tuple(sorted({w.split()[0] for w in direction}))
    return ShiftPatterns(linked, pronoun, needles, direction, frozenset(words.get("link", {})),
                         frozenset(words.get("unit_adj", {})))


def _days(m: re.Match) -> int | None:
    """The shift in days of a match (None: no count, or a unit other than days/weeks)."""
    unit, _, cnt = lexicon().cls("unit")[key(m.group("unit"))].partition(":")
    if unit not in DAYS:
        return None
    count = int(cnt)
    raw = m.group("n")
    if raw:
        w, art = key(raw), clitics().article
        n = number_word(w[len(art):] if w.startswith(art) and w[len(art):].isdigit() else w)
        if n is None or n <= 0 or count not in (0, 1):
            return None
        count = n
    return count * DAYS[unit] if count > 0 else None


def _is_day(f: Found) -> bool:
    e = f.expr
    return e.kind in _DAY_KINDS and not e.since and e.edge is None and e.mod != "future"


def _anchor_after(text: str, found: list[Found], end: int) -> Found | None:
    for f in found:
        if f.start < end:
            continue
        if f.start - end > FORWARD or _SENTENCE_END.search(text, end, f.start):
            return None
        return f if _is_day(f) else None
    return None


def _anchor_before(text: str, found: list[Found], start: int) -> Found | None:
    for f in reversed(found):
        if f.end > start:
            continue
        if start - f.end > BACK or "\n" in text[f.end:start]:
            return None
        if _is_day(f):
            return f
    return None


def attach(text: str, found: list[Found]) -> list[Found]:
    """``found`` (in text order) with the shifts of ``text`` that have an anchor in it."""
    p = shift_patterns()
    if not any(n in text for n in p.needles):
        return found
    from hadath.resolve.dates_holidays import merge

    shifts: list[Found] = []
    starts = _starts(text, p.needles)
    for rx, back in ((p.linked, False), (p.pronoun, True)):
        for m in _finditer(rx, text, starts):
            days = _days(m)
            if days is None:
                continue
            if back or m.group("back"):
                anchor = _anchor_before(text, found, m.start("x"))
            else:
                anchor = _anchor_after(text, found, m.end())
            if anchor is None:
                continue
            offset = p.direction[key(m.group("head"))] * days
            shifts.append(Found(m.start("x"), m.end("x"),
                                DateExpr("shift", offset=offset, anchor=anchor.expr),
                                anchor.confidence))
    return merge(found, shifts)


def _starts(text: str, needles: tuple[str, ...]) -> list[int]:
    """Where a shift can start: at a head's first word (``needles``) or one letter before it
    (a conjunction), in order."""
    out: set[int] = set()
    for n in needles:
        at = text.find(n)
        while at >= 0:
            out.add(at)
            out.add(at - 1)
            at = text.find(n, at + 1)
    out.discard(-1)
    return sorted(out)


def _finditer(rx: re.Pattern, text: str, starts: list[int]) -> list[re.Match]:
    """``rx.finditer(text)`` for a pattern whose matches start only at ``starts``: tried there
    alone (a search over every position of a report costs a third of a millisecond)."""
    out: list[re.Match] = []
    end = 0
    for s in starts:
        if s < end:
            continue
        m = rx.match(text, s)
        if m is not None:
            out.append(m)
            end = m.end()
    return out
