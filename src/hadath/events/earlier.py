"""Acts told as what the reported act came long after, or as what goes on meanwhile: background,
not part of the act.

"قتل ثلاثة جنود في هجوم على حاجز، بعد أسابيع من هجومين على كنيستين أسفرا عن مقتل 45" — after
بعد (dates_shifts.tsv ``head`` with direction 1), a duration (a count, or none, and a unit of
dates_words.tsv; approximators such as نحو، مرور between: event_dates.tsv ``long_skip``) and a
link (من، على), what follows up to the next punctuation is another act, dated that long before
the reported one. When the duration is a month or more (or weeks without a count) that act is
background (CODING.md: more than ~30 days before): its triggers found nothing and its toll is no
toll of the act told beside it. A shorter duration (بعد يومين من هجوم) is left as it is. The
other way round, a pluperfect act (كان ... قد) that names its own recent day and place is told as
an act of the report (:func:`dated_here`), not as background.

"فيما تتواصل المواجهات بين الجيش والدعم السريع، قتل 30 شخصا في هجوم بطائرة مسيرة" — a word
opening what goes on meanwhile (event_frames.tsv ``backdrop_lead``: فيما، بينما، وسط، مع) right
before a verb of going on in the imperfect or its verbal noun (``ongoing_verb``: تتواصل، يستمر;
``ongoing_noun``: استمرار، تصاعد) opens the backdrop of the act, up to the next punctuation: the
fighting that goes on is no act of the report's day, and not the act told after it (frames keeps
it when it names a place of its own or follows a word of simultaneity: an act told beside).
"""
from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Callable, Sequence

from hadath.resolve.dates_lexicon import lexicon, number_word
from hadath.resolve.dates_shifts import DAYS, shift_patterns
from hadath.events.tuning import WINDOWS
from hadath.types import DateValue, Token

if TYPE_CHECKING:
    from hadath.events.index import DocIndex

LONG_DAYS = 28          # a duration this long (four weeks) or longer puts the act after it in the background
UNIT_DAYS = {**DAYS, "month": 30, "year": 365}  # (a day and a week as the dates stage counts them)
MAX_SKIP = 3            # approximators between the head and the count (بعد أكثر من شهر، بعد مرور نحو عام)


@lru_cache(maxsize=1)
def _shift_words() -> tuple[frozenset[str], frozenset[str]]:
    """(one-word heads pointing forward: بعد; links: من، على) of dates_shifts.tsv."""
    p = shift_patterns()
    return frozenset(w for w, d in p.direction.items() if d == 1 and " " not in w), p.links


def _skip_words() -> frozenset[str]:
    from hadath.events.dating import date_words
    return date_words().long_skip


def _duration(toks: Sequence[Token], i: int, b: int) -> tuple[int | None, int]:
    """(days, index after the unit) of the duration after the head at ``i``; days None when
    there is none. Days, weeks, months or years without a count (بعد أيام من مقتل مدني بقصف
    مماثل) are long (LONG_DAYS): the act is told as what came before, its day left untold."""
    units = lexicon().cls("unit")
    skip = _skip_words()
    j = i + 1
    while j < b and j - i <= MAX_SKIP and toks[j].norm in skip:
        j += 1
    count = 0
    if j < b and (n := number_word(toks[j].norm)) is not None:
        count, j = n, j + 1
    if j >= b:
        return None, j
    unit = next((units[f] for f in (toks[j].norm, *toks[j].forms) if f in units), None)
    if unit is None:
        return None, j
    name, _, n = unit.partition(":")
    if name not in UNIT_DAYS:
        return None, j
    per = int(n or 0)
    if not count:
        count = per
    elif per > 1:   # (a dual unit with a count: no such phrase)
        return None, j
    if not count:   # أيام، أسابيع، أشهر، سنوات: an earlier act whose day is not told - background
        return LONG_DAYS, j + 1
    return count * UNIT_DAYS[name], j + 1


def _to_punct(toks: Sequence[Token], a: int, b: int, opens: Callable[[int], int | None]) -> list[tuple[int, int]]:
    """Ranges [i, e) in tokens[a:b] from each token ``opens`` accepts (it gives the index after
    the opening phrase) to the next punctuation after that phrase (or b)."""
    out: list[tuple[int, int]] = []
    i = a
    while i < b:
        j = opens(i)
        if j is None:
            i += 1
            continue
        e = next((k for k in range(j, b) if toks[k].kind == "punct"), b)
        out.append((i, e))
        i = e
    return out


def _shift_at(toks: Sequence[Token], i: int, b: int) -> tuple[int, int] | None:
    """(days, index after the link) of "بعد + duration + من/على" at token i, else None."""
    heads, links = _shift_words()
    t = toks[i]
    if t.kind != "word" or (t.norm not in heads and heads.isdisjoint(t.forms)):
        return None
    days, j = _duration(toks, i, b)
    if days is None or j >= b or (toks[j].norm not in links and links.isdisjoint(toks[j].forms)):
        return None
    return days, j + 1


def earlier_spans(toks: Sequence[Token], a: int, b: int) -> list[tuple[int, int]]:
    """Token ranges [s, e) in tokens[a:b] that tell an act long before the reported one: from
    the head بعد to the next punctuation (or b)."""
    def opens(i: int) -> int | None:
        got = _shift_at(toks, i, b)
        return got[1] if got is not None and got[0] >= LONG_DAYS else None
    return _to_punct(toks, a, b, opens)


def shift_spans(toks: Sequence[Token], a: int, b: int) -> list[tuple[int, int]]:
    """Token ranges [s, e) in tokens[a:b] that tell an act a counted few days or weeks before the
    reported one (بعد يومين من هجوم ...، بعد ثلاثة أسابيع من): from بعد to the next punctuation;
    what dating.days_before dates back."""
    from hadath.events.dating import days_before

    def opens(i: int) -> int | None:
        got = _shift_at(toks, i, b)
        return got[1] if got is not None and got[0] < LONG_DAYS and got[1] < b \
            and days_before(toks, got[1]) == got[0] else None
    return _to_punct(toks, a, b, opens)


def backdrop_spans(toks: Sequence[Token], a: int, b: int) -> list[tuple[int, int]]:
    """Token ranges [s, e) in tokens[a:b] telling what goes on meanwhile (فيما تتواصل المواجهات
    ...، وسط استمرار المعارك ...): from the opening word to the next punctuation (or b)."""
    from hadath.events.frames import frame_words
    w = frame_words()
    ongoing = w.ongoing_verb | w.ongoing_noun

    def opens(i: int) -> int | None:
        t = toks[i]
        if i + 1 >= b or t.kind != "word" or w.backdrop_lead.isdisjoint(t.forms):
            return None
        nxt = toks[i + 1]
        return i + 2 if nxt.norm in ongoing or not ongoing.isdisjoint(nxt.forms) else None
    return _to_punct(toks, a, b, opens)


def outside(spans: list[tuple[int, int]], k: int) -> bool:
    return not any(s <= k < e for s, e in spans)


def trimmed(clause: tuple[int, int], spans: list[tuple[int, int]], first: int, last: int) -> tuple[int, int]:
    """The clause less the earlier acts' spans around the kept triggers (tokens first..last)."""
    a, b = clause
    for s, e in spans:
        if e <= first:
            a = max(a, e)
        elif s > last:
            b = min(b, s)
    return a, b


def dated_here(ix: "DocIndex", sent: int, clause: tuple[int, int], start: int) -> bool:
    """The pluperfect act at ``start`` names, after its كان, its own day, a recent one (not
    "since", under a month before the report), and a place of its own (وكان مسلحون قد هاجموا أمس
    كمينا للشرطة في مدينة رفح): an act the report tells, not background (التي كانت قد سيطرت على
    المدينة في يونيو الماضي) or an earlier figure of its act."""
    from hadath.events.dating import since
    from hadath.events.frames import frame_words
    toks, ref = ix.doc.tokens, ix.reference
    aux = frame_words().past_aux
    a = next((k for k in range(start - 1, clause[0] - 1, -1) if toks[k].norm in aux), None)
    if a is None or ref is None:
        return False
    b = clause[1]
    dated = any(
        a <= d.start < b and isinstance(v := d.mention.value, DateValue) and v.date is not None
        and v.time_precision == 1 and not since(toks, d) and 0 <= (ref - v.date).days <= WINDOWS.late_days
        for d in ix.get("date", sent))
    placed = any(a <= p.start < b and p.mention.value.place is not None for p in ix.get("place", sent))
    return placed and (dated or _told_plain(ix, sent, clause, a, start))


def _told_plain(ix: "DocIndex", sent: int, clause: tuple[int, int], aux: int, start: int) -> bool:
    """A main-clause pluperfect whose own verb is the act, with no date at all (وكانت قد استهدفت
    غارة إسرائيلية محيط بلدة X، وكان الجيش قد قصف بلدة Y، وكانت مسيرة قد استهدفت سيارة في Z):
    the report tells the act beside its news. Not after a relative pronoun (التي كانت قد سيطرت:
    what a noun did before), nor an act named after a speech or count verb (وكان المرصد قد وثق
    مقتل 7: an earlier figure), nor one dated at all (a date of its own that is not recent is
    background)."""
    from hadath.events.frames import frame_words
    from hadath.events.lexicons import function_words
    toks = ix.doc.tokens
    if start == 0 or toks[start - 1].norm not in frame_words().perfect_particle:
        return False
    if aux > clause[0] and not function_words("relative").isdisjoint(toks[aux - 1].forms):
        return False
    return not any(clause[0] <= d.start < clause[1] for d in ix.get("date", sent))
