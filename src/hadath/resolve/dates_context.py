"""Words around a date expression that change what it is (issue #9): "the two" after a
pronoun-suffixed plural is no Monday (مرافقيه الاثنين), and a day of the month before a month
counted from the publication (في الثامن من الشهر الجاري، 28 من الشهر الماضي) makes the month a day."""
from __future__ import annotations

import re
from functools import lru_cache

from hadath.resolve.dates_lexicon import alternation, key, lexicon
from hadath.resolve.dates_numeric import opener
from hadath.text.clitics import clitics


def numeral_after(text: str, start: int, weekday: str) -> bool:
    """Is the bare weekday ``weekday`` at ``start`` the numeral it also is, agreeing with the
    pronoun-suffixed dual or plural before it (مرافقيه الاثنين; not a definite word, which takes
    no pronoun: السودانية الاثنين)?"""
    words = text[max(0, start - 24):start].split()
    if not words or len(words[-1]) < 5:
        return False
    w = words[-1]
    if clitics().definite(w):
        return False  # (قوات الأمن السودانية الاثنين: a nisba adjective with ال takes no pronoun)
    return any(w.endswith(e) and key(v) == weekday for e, v in lexicon().cls("numeral_after").items())


@lru_cache(maxsize=1)
def _day_of() -> tuple[re.Pattern, re.Pattern]:
    lex = lexicon()
    ordinal = alternation(lex.cls("ordinal"))
    of = alternation(lex.cls("of"))
    day = rf"(?:(?P<d>\d{{1,2}})|(?P<dw>{ordinal}))"
    return (re.compile(rf"(?:^|\s){day}\s+(?:{of})\s+$"),
            re.compile(rf"(?:^|\s){opener()}\s+{day}\s+$"))


def day_before(text: str, start: int, cued: bool = False) -> tuple[int, int] | None:
    """(day of month, where it starts) for a day number or ordinal and "من" right before
    ``start`` (الثامن من، 28 من), with ``cued`` (before a month counted from the report) also a
    day with no "من" after a word that opens a date (في، منذ، يوم: في 21 الجاري، يوم 28 الشهر
    الماضي; not a count: قتل 21 الشهر الماضي), or None."""
    lo = max(0, start - 40)
    of, after_cue = _day_of()
    m = of.search(text, lo, start) or (after_cue.search(text, lo, start) if cued else None)
    if m is None:
        return None
    group = "d" if m.group("d") else "dw"
    day = int(m.group("d")) if group == "d" else int(lexicon().cls("ordinal")[key(m.group("dw"))])
    return (day, m.start(group)) if 1 <= day <= 31 else None
