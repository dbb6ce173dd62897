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
from typing import TYPE_CHECKING, Callable, NamedTuple, Sequence

from hadath.resolve.dates_lexicon import key, lexicon, number_word
from hadath.resolve.dates_shifts import DAYS, shift_patterns
from hadath.events.toll_words import toll_words
from hadath.events.tuning import WINDOWS
from hadath.events.wordbits import BACKDROP, SHIFT_HEAD, within
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


def shift_heads() -> frozenset[str]:
    """The one-word forward heads of dates_shifts.tsv (بعد): read_after's first test, the class
    of :data:`hadath.events.wordbits.SHIFT_HEAD`."""
    return _shift_words()[0]


def _skip_words() -> frozenset[str]:
    from hadath.events.dating import date_words
    return date_words().long_skip


class After(NamedTuple):
    """One reading of "بعد + duration + link" (:func:`read_after`)."""
    head: int            # index of the head بعد
    unit: str            # day, week, month, year, hour (dates_words.tsv unit)
    count: int | None    # the count told (a number, or the unit's own: يومين 2, أسبوع 1); None: أيام، أسابيع
    approx: int          # approximators read through (نحو، مرور، أكثر من: event_dates.tsv long_skip)
    vague: bool          # a vague count before the unit (عدة، بضعة: dates_words.tsv vague_count)
    end: int             # index after the link: the other act starts here


def read_after(toks: Sequence[Token], i: int, b: int) -> After | None:
    """The one forward reader of "بعد + duration + من/على" at token i (within tokens[:b]): the
    head (a one-word forward head of dates_shifts.tsv, a conjunction allowed), up to MAX_SKIP
    approximators or one vague count word, a count (a figure or number word), a unit of
    dates_words.tsv and a link (dates_shifts.tsv ``link``). A dual unit with a count (no such
    phrase) and a missing link read nothing. Each user takes what it accepts from the reading:
    :func:`days_back`, :func:`vague_back`, :func:`_shift_at`."""
    heads, links = _shift_words()
    t = toks[i]
    if t.kind != "word" or (t.norm not in heads and heads.isdisjoint(t.forms)):
        return None
    skip, vague_words = _skip_words(), lexicon().cls("vague_count")
    j = i + 1
    while j < b and j - i <= MAX_SKIP and toks[j].norm in skip:
        j += 1
    approx = j - i - 1
    vague = j < b and key(toks[j].norm) in vague_words
    count = None
    if vague:
        j += 1
    elif j < b and (n := number_word(toks[j].norm)) is not None:
        count, j = n, j + 1
    if j >= b:
        return None
    units = lexicon().cls("unit")
    unit = next((units[f] for f in (toks[j].norm, *toks[j].forms) if f in units), None)
    if unit is None:
        return None
    name, _, n = unit.partition(":")
    per = int(n or 0)
    if count is None:
        count = per or None
    elif per > 1:
        return None
    j += 1
    if count is None and j < b and toks[j].norm in shift_patterns().unit_adj:
        j += 1   # بعد ساعات قليلة من، بعد أيام معدودة من
    if j >= b or (toks[j].norm not in links and links.isdisjoint(toks[j].forms)):
        return None
    return After(i, name, count or None, approx, vague, j + 1)


def reading_to(toks: Sequence[Token], start: int, at: dict[int, list[int]]) -> After | None:
    """The reading of :func:`read_after` whose link ends right before token ``start`` (the other
    act's noun), the nearest head first. ``at``: the document's class positions (DocIndex.positions)."""
    # (start - 3 down to start - 4 - MAX_SKIP, at the heads only: read_after's first test)
    for k in reversed(within(at[SHIFT_HEAD], start - 4 - MAX_SKIP, start - 2)):
        got = read_after(toks, k, start)
        if got is not None and got.end == start:
            return got
    return None


def told_before(ix: DocIndex, frame) -> bool:
    """The frame's first founding trigger is the act a duration's reading ends at (بعد أسبوع من
    غارة أسفرت عن مقتل عشرة، بعد يومين من هجوم، بعد ساعات من تفجير): an act the reported one came
    after, on a day of its own, with what it caused - never more of the act told before it, nor
    its toll (CODING.md: a toll of another act told as background is not the act's). So is an
    act named right after "since" (الأعنف منذ تفجير أودى بحياة 30 شخصا، الأول منذ الهجوم الذي
    قتل فيه ...: event_tolls.tsv ``since``): the one the reported act is measured from."""
    strong = [t.loc.start for t in frame.trigs if t.strong]
    if not strong:
        return False
    toks, first = ix.doc.tokens, min(strong)
    if first >= 1 and toks[first - 1].norm in toll_words().since:
        return True
    return first >= 3 and reading_to(toks, first, ix.positions) is not None


def days_back(r: After | None) -> int:
    """Days a plainly counted few days or weeks go back (بعد يومين من، بعد 15 يوما من، بعد ثلاثة
    أسابيع على): what dating.days_before dates the other act back by; 0 for anything else (no
    count, an approximator, months, years, hours)."""
    if r is None or r.approx or r.vague or r.count is None or r.unit not in DAYS:
        return 0
    return r.count * DAYS[r.unit]


def vague_back(r: After | None) -> bool:
    """Days or longer with no count (بعد أيام من، بعد عدة أسابيع من، بعد أشهر من): an act some
    time before the one told, on no day the text gives."""
    return r is not None and not r.approx and r.count is None and r.unit in UNIT_DAYS


def _to_punct(toks: Sequence[Token], a: int, b: int, opens: Callable[[int], int | None],
              at: Sequence[int]) -> list[tuple[int, int]]:
    """Ranges [i, e) in tokens[a:b] from each token ``opens`` accepts (it gives the index after
    the opening phrase) to the next punctuation after that phrase (or b). ``at``: the
    ascending indexes in [a, b) where ``opens`` may accept (its first test, per word type:
    :mod:`hadath.events.wordbits`); it is asked there only."""
    out: list[tuple[int, int]] = []
    i = a
    for k in at:
        if k < i:
            continue
        j = opens(k)
        if j is None:
            continue
        e = next((m for m in range(j, b) if toks[m].kind == "punct"), b)
        out.append((k, e))
        i = e
    return out


def _shift_at(toks: Sequence[Token], i: int, b: int) -> tuple[int, int] | None:
    """(days, index after the link) of "بعد + duration + من/على" at token i, else None. Days,
    weeks, months or years without a count (بعد أيام من مقتل مدني بقصف مماثل) are long
    (LONG_DAYS): the act is told as what came before, its day left untold."""
    r = read_after(toks, i, b)
    if r is None or r.unit not in UNIT_DAYS or r.vague:
        return None
    return (r.count * UNIT_DAYS[r.unit] if r.count else LONG_DAYS), r.end


def earlier_spans(toks: Sequence[Token], a: int, b: int, at: dict[int, list[int]]) -> list[tuple[int, int]]:
    """Token ranges [s, e) in tokens[a:b] that tell an act long before the reported one: from
    the head بعد to the next punctuation (or b). ``at``: the class positions (DocIndex.positions)."""
    def opens(i: int) -> int | None:
        got = _shift_at(toks, i, b)
        return got[1] if got is not None and got[0] >= LONG_DAYS else None
    return _to_punct(toks, a, b, opens, within(at[SHIFT_HEAD], a, b))


def shift_spans(toks: Sequence[Token], a: int, b: int, at: dict[int, list[int]]) -> list[tuple[int, int]]:
    """Token ranges [s, e) in tokens[a:b] that tell an act a counted few days or weeks before the
    reported one (بعد يومين من هجوم ...، بعد ثلاثة أسابيع من): from بعد to the next punctuation;
    what dating.days_before dates back."""
    def opens(i: int) -> int | None:
        r = read_after(toks, i, b)
        return r.end if r is not None and r.end < b and 0 < days_back(r) < LONG_DAYS else None
    return _to_punct(toks, a, b, opens, within(at[SHIFT_HEAD], a, b))


def backdrop_spans(toks: Sequence[Token], a: int, b: int, at: dict[int, list[int]]) -> list[tuple[int, int]]:
    """Token ranges [s, e) in tokens[a:b] telling what goes on meanwhile (فيما تتواصل المواجهات
    ...، وسط استمرار المعارك ...): from the opening word to the next punctuation (or b)."""
    from hadath.events.frame_words import frame_words
    w = frame_words()
    ongoing = w.ongoing_verb | w.ongoing_noun

    def opens(i: int) -> int | None:
        t = toks[i]
        if i + 1 >= b or t.kind != "word" or w.backdrop_lead.isdisjoint(t.forms):
            return None
        nxt = toks[i + 1]
        return i + 2 if nxt.norm in ongoing or not ongoing.isdisjoint(nxt.forms) else None
    return _to_punct(toks, a, b, opens, within(at[BACKDROP], a, b))


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


def dated_here(ix: "DocIndex", sent: int, clause: tuple[int, int], start: int, victim: bool = False) -> bool:
    """The pluperfect act at ``start`` names, after its كان, its own day, a recent one (not
    "since", under a month before the report), and a place of its own (وكان مسلحون قد هاجموا أمس
    كمينا للشرطة في مدينة رفح): an act the report tells, not background (التي كانت قد سيطرت على
    المدينة في يونيو الماضي) or an earlier figure of its act. Told with no date, only a doer's
    act is (:func:`_told_plain`); a ``victim``'s verb - the dead or wounded as its subject (وكان
    ثلاثة مدنيين قد فقدوا حياتهم جراء قصف على بلدة X، وكان شاب قد استشهد برصاص الجيش في Y، وكان
    طفلان قد أصيبا) - recounts the toll of an act told before the news: background."""
    from hadath.events.dating import since
    from hadath.events.frame_words import frame_words
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
    return placed and (dated or not victim and _told_plain(ix, sent, clause, a, start))


def _told_plain(ix: "DocIndex", sent: int, clause: tuple[int, int], aux: int, start: int) -> bool:
    """A main-clause pluperfect whose own verb is the act, with no date at all (وكانت قد استهدفت
    غارة إسرائيلية محيط بلدة X، وكان الجيش قد قصف بلدة Y، وكانت مسيرة قد استهدفت سيارة في Z):
    the report tells the act beside its news. Not after a relative pronoun (التي كانت قد سيطرت:
    what a noun did before), nor an act named after a speech or count verb (وكان المرصد قد وثق
    مقتل 7: an earlier figure), nor one dated at all (a date of its own that is not recent is
    background)."""
    from hadath.events.frame_words import frame_words
    from hadath.events.lexicons import function_words
    toks = ix.doc.tokens
    if start == 0 or toks[start - 1].norm not in frame_words().perfect_particle:
        return False
    if aux > clause[0] and not function_words("relative").isdisjoint(toks[aux - 1].forms):
        return False
    return not any(clause[0] <= d.start < clause[1] for d in ix.get("date", sent))


def counted_victims(ix: "DocIndex", sent: int, clause: tuple[int, int], start: int, end: int) -> bool:
    """A pluperfect kill verb told of counted people with nothing it acts on after it (وكان
    ثلاثة مدنيين قد قتلوا في قصف على بلدة X، وكان جنديان قد قتلا جراء انفجار، وكان خمسة قد قتلوا،):
    the unvowelled passive - its subject is the dead (a victim's verb for :func:`dated_here`),
    not a doer (وكان ثلاثة مسلحين قد قتلوا شرطيا: the one killed follows the verb)."""
    from hadath.events.frame_words import frame_words
    from hadath.events.lexicons import function_words
    toks = ix.doc.tokens
    aux = frame_words().past_aux
    a = next((k for k in range(start - 1, clause[0] - 1, -1) if toks[k].norm in aux), None)
    if a is None or not any(a < q.start and q.end <= start for q in ix.get("quantity", sent)):
        return False
    if end >= clause[1] or toks[end].kind == "punct":
        return True
    after = function_words("cause") | function_words("dead_by")
    return toks[end].norm in after or not after.isdisjoint(toks[end].forms)
