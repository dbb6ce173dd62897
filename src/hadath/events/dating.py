"""Which date an event of a frame gets, and which dates say the act is not news.

A date of the trigger's clause wins over one elsewhere in its sentence, a statement's date
(أعلنت الخلية، اليوم الخميس، ...) yields to the act's; dates after منذ, dates of a noun (ذكرى 14
آذار) and dates of a pluperfect act date nothing. Without a date of its own a frame takes the day
of the sentences before, else the reference date. Acts over half a year old, years alone and
states "since" long ago are background; a sentence opened by يذكر أن recalls background.
"""
from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from functools import lru_cache
from typing import NamedTuple

from hadath.events.earlier import days_back, read_after, reading_to, vague_back
from hadath.events.frames import Frame, Trig
from hadath.events.trigger_background import pluperfect
from hadath.events.trigger_vetoes import said_ahead
from hadath.events.crowd_dates import began_date
from hadath.events.datelines import DASHES, sentence_dateline_end
from hadath.events.index import DocIndex, Located
from hadath.events.lexicons import function_words, word_classes, word_pairs
from hadath.events.modality import scope_words
from hadath.events.morphology import imperfect_forms
from hadath.events.records import evolve
from hadath.events.toll_words import toll_words
from hadath.events.tuning import CONFIDENCE, WINDOWS
from hadath.events.unnumbered import preceded_by
from hadath.events.wordbits import SAME_MONTH, within
from hadath.resolve.dates_context import day_before
from hadath.resolve.dates_lexicon import key, lexicon, number_word
from hadath.text.normalize import normalize_key
from hadath.types import DateValue, Event

WEEKDAY_AFTER_TODAY = 4  # words from "today" to the weekday that names it (اليوم عقب صلاة الجمعة)

DATE_WORDS = "lexicons/event_dates.tsv"


class DateWords(NamedTuple):
    """The word classes of data/lexicons/event_dates.tsv (see its header), normalized."""
    attributive: frozenset[str]
    same_time: frozenset[str]
    same_word: frozenset[str]
    recall: frozenset[str]
    since: frozenset[str]
    until: frozenset[str]
    year_word: frozenset[str]
    day_word: frozenset[str]
    next_word: frozenset[str]
    day_after: frozenset[str]
    same_month: frozenset[str]
    long_skip: frozenset[str]
    still: frozenset[str]
    holding: frozenset[str]


@lru_cache(maxsize=1)
def date_words() -> DateWords:
    return word_classes(DATE_WORDS, DateWords)


@lru_cache(maxsize=1)
def holding_forms() -> frozenset[str]:
    """Every person of the imperfects of the holding class (يحاصر → تحاصر، يحاصرون ...)."""
    return frozenset(f for w in date_words().holding for f in imperfect_forms(w))


@lru_cache(maxsize=1)
def recall_pairs() -> frozenset[tuple[str, ...]]:
    """Openers of a recalled background sentence as word pairs (يذكر أن)."""
    return word_pairs(date_words().recall)


def same_time(ix: DocIndex, frame: Frame) -> int | None:
    """في اليوم ذاته، في الليلة نفسها، في الوقت نفسه: the time of the act reported before (0);
    في اليوم التالي: the day after it (1); None when the sentence says neither."""
    w = date_words()
    toks = ix.doc.tokens
    a, b = ix.bounds[frame.sent]
    for i in range(a + 1, min(b, frame.trigs[0].loc.start + WINDOWS.same_time_right)):
        if not w.same_time.isdisjoint(toks[i - 1].forms) and toks[i].norm in w.same_word | w.next_word:
            return 1 if toks[i].norm in w.next_word else 0
    return None


def dated_as(ev: Event, prev: Event, days: int = 0) -> Event:
    if prev.event_date is None:
        return ev
    day = prev.event_date + timedelta(days=days)
    if ev.event_date == day:
        return ev
    flags = tuple(f for f in ev.flags if f != "date_from_publication")
    return evolve(ev, event_date=day, time_precision=prev.time_precision,
                   flags=flags + ("date_by_anaphora",))


def choose_date(ix: DocIndex, frame: Frame, main: Trig):
    """(DateValue | None, span | None, confidence, from_text, located date). An act told as
    what another came N days after (يأتي هذا الإعدام بعد 10 أيام من سيطرة التنظيم على المدينة)
    is dated N days before the day its sentence is about."""
    got = _choose_date(ix, frame, main)
    if got[4] is not None and (today := _story_today(ix)) is not None and _bare_today(ix, got[4]):
        got = (replace(got[0], date=today), *got[1:])
    back = days_before(ix.doc.tokens, main.loc.start, ix.positions) or _day_after(ix, frame.sent, main, got[4])
    dv = got[0]
    if back and dv is not None and dv.date is not None and dv.time_precision == 1:
        return (replace(dv, date=dv.date - timedelta(days=back)), *got[1:])
    return got


def _bare_today(ix: DocIndex, loc: Located) -> bool:
    """A lone "today" (اليوم) dated the reference day."""
    v = loc.mention.value
    return bool(v.relative) and v.date == ix.reference and loc.end - loc.start == 1 \
        and key(ix.doc.tokens[loc.start].norm) in lexicon().cls("today")


def _story_today(ix: DocIndex):
    """The report's own today when it names it as the day before the reference (قتل أربعة جنود
    قبل ظهر اليوم الأربعاء ... نفذه مسلحان اليوم, under a Hijri dateline of Thursday or in a
    report published after midnight): every "today + weekday" of the report names that one day,
    so a lone "today" in it is that day too; None otherwise."""
    if "story_today" in ix.memo:
        return ix.memo["story_today"]
    toks, ref, today, days = ix.doc.tokens, ix.reference, lexicon().cls("today"), lexicon().weekdays
    named = {d.mention.value.date for s in range(len(ix.bounds)) for d in ix.get("date", s)
             if ref is not None and isinstance(d.mention.value, DateValue) and d.mention.value.date is not None
             and key(toks[d.end - 1].norm) in days
             and any(key(toks[k].norm) in today for k in range(d.start, d.end - 1))}
    got = ix.memo["story_today"] = named.pop() if len(named) == 1 and (ref - next(iter(named))).days == 1 else None
    return got


def _day_after(ix: DocIndex, sent: int, main: Trig, loc: Located | None) -> int:
    """1 when غداة (event_dates.tsv day_after) comes before the act's word in its sentence and
    after the date chosen for it (ويأتي هجوم الأحد غداة استهداف وفد في تدمر والذي تسبب بمقتل
    ثلاثة: the attack and its deaths on Saturday); 0 otherwise."""
    after = date_words().day_after
    a = ix.bounds[sent][0]
    toks = ix.doc.tokens
    k = next((k for k in range(main.loc.start - 1, a - 1, -1) if toks[k].norm in after), None)
    return int(k is not None and (loc is None or loc.start < k))


def days_before(toks, start: int, at: dict[int, list[int]]) -> int:
    """N for a verbal noun right after "بعد N أيام/أسابيع من" (events.earlier.read_after's reading,
    plainly counted days or weeks: earlier.days_back), else 0."""
    return days_back(reading_to(toks, start, at)) if start >= 3 else 0


def _today_named(ix: DocIndex, sent: int, loc: Located) -> bool:
    """"Today" with a weekday a few words after it (اليوم عقب صلاة الجمعة، اليوم الخميس) in a
    report of a later day: the speaker's today is that weekday, which dates the act."""
    v = loc.mention.value
    if not v.relative or v.date != ix.reference or loc.end - loc.start != 1:
        return False
    days = lexicon().weekdays
    return any(0 < d.start - loc.end <= WEEKDAY_AFTER_TODAY and d.mention.value.date is not None
               and d.mention.value.date < v.date and key(ix.doc.tokens[d.end - 1].norm) in days
               for d in ix.get("date", sent))


def _choose_date(ix: DocIndex, frame: Frame, main: Trig):
    best = None
    toks = ix.doc.tokens
    for loc in ix.get("date", frame.sent):
        v = loc.mention.value
        if not isinstance(v, DateValue) or v.date is None:
            continue
        night = _overnight(ix, frame.sent)
        if (since(toks, loc) and loc.start not in night) or _attributive(ix, loc) \
                or _agency_word(ix, frame.sent, loc) or _today_named(ix, frame.sent, loc) \
                or loc.start in night.values():
            continue
        if frame.group == "protest" and began_date(toks, loc, main):
            continue  # الاحتجاجات، التي بدأت يوم الجمعة الماضي، تحولت: the movement's first day
        if main.form == "verb" and loc.start > main.loc.end and said_ahead(ix, loc):
            continue  # تظاهر المعلمون ... وقرروا تنظيم اعتصام الأسبوع المقبل: dates the plan, not the act
        if loc.start > main.loc.end and pluperfect(toks, loc.start, main.loc.end):
            continue  # استعاد الجيش المدينة التي كانت قد سقطت في يونيو: dates the earlier act
        if loc.start > main.loc.end and preceded_by(toks, loc.start, main.loc.end, function_words("response"),
                                                    loc.start - main.loc.end, punct_only=True):
            continue  # انتقاما لمقتل أحد أفرادها ... الثلاثاء الماضي: dates the act answered
        inside = frame.clause[0] <= loc.start < frame.clause[1]
        dist = abs(loc.start - main.loc.start)
        speech = _speech_date(ix, frame.sent, loc, main)
        # (the dateline's own date, run into the first sentence - الأحد 10 يونيو 2012 - قتل ثلاثة
        # أمس - is what the story's days count from, not the act's day when another is told)
        dateline = int(ix.reference_span is not None and loc.mention.span == ix.reference_span)
        key = (dateline, 0 if inside else 1, speech, dist)
        if best is None or key < best[0]:
            best = (key, loc)
    if best is not None:
        loc = best[1]
        conf = CONFIDENCE.date_in_clause if best[0][1] == 0 else CONFIDENCE.date_in_sentence
        return loc.mention.value, loc.mention.span, conf, True, loc
    same = _same_month_day(ix, frame.sent)
    if same is not None:  # في 18 من الشهر ذاته: that day of the month told before, or no date
        return same
    ctx = _context_date(ix, frame.sent)
    if ctx is not None:
        loc, s = ctx
        v = loc.mention.value
        toks, after = ix.doc.tokens, date_words().day_after
        if any(toks[k].norm in after for k in range(loc.end, ix.bounds[s][1])):
            # قتل أربعة الأحد غداة هجوم على وفد في تدمر. وأعلنت القيادة مقتل منفذ الهجوم: the
            # story goes on with the act told last, the day before
            v = replace(v, date=v.date - timedelta(days=1))
        return v, loc.mention.span, CONFIDENCE.date_context, False, None
    if ix.reference is not None:
        got = ix.memo.get("reference")
        if got is None:  # one value for every frame of the document
            # CODING.md: a day the text does not state is the publication date at precision 2
            # (the week); a day the text itself fixes (a dateline date) stays a day
            got = ix.memo["reference"] = (DateValue(ix.reference, 1 if ix.reference_span else 2),
                                          ix.reference_span,
                                          CONFIDENCE.date_reference if ix.reference_span
                                          else CONFIDENCE.date_publication, False, None)
        return got
    return None, None, 0.0, False, None


UNTIL_GAP = 2   # tokens between a since-date and its until word (منذ مساء أمس وحتى فجر اليوم)
SINCE_SPANS = frozenset({"month", "year"})  # منذ + a month or a year (منذ نيسان الماضي): a span weeks long at least


def _overnight(ix: DocIndex, sent: int) -> dict[int, int]:
    """{start of a since-date: start of its end} for the ranges of a sentence closed on the next
    day or the same one (منذ مساء أمس وحتى فجر اليوم، منذ ليل السبت حتى صباح الأحد): a night or a
    day, dated by its first day (CODING.md: ليل الأحد الإثنين is the Sunday), not a duration's
    start. A longer range (منذ مطلع الشهر وحتى اليوم) stays a duration."""
    memo = ix.memo.setdefault("overnight", {})
    if sent in memo:
        return memo[sent]
    toks, until = ix.doc.tokens, date_words().until
    days = [d for d in ix.get("date", sent) if isinstance(d.mention.value, DateValue)
            and d.mention.value.date is not None and d.mention.value.time_precision == 1]
    out: dict[int, int] = {}
    for a in days:
        if not since(toks, a):
            continue
        k = next((k for k in range(a.end, min(a.end + UNTIL_GAP, len(toks)))
                  if toks[k].norm in until), None)
        b = next((d for d in days if k is not None and k < d.start <= k + UNTIL_GAP), None)
        if b is not None and 0 <= (b.mention.value.date - a.mention.value.date).days <= 1:
            out[a.start] = b.start
    memo[sent] = out
    return out


def _same_month_day(ix: DocIndex, sent: int):
    """_choose_date's value for a sentence that dates its act by a day of "the same month" (في
    18 من الشهر ذاته، في الثامن عشر من الشهر نفسه: event_dates.tsv same_month and same_word):
    that day of the month of the nearest date of a day or month told before it, else no date (a
    day is stated, so the publication date is not the act's); None when the sentence has none."""
    w, toks = date_words(), ix.doc.tokens
    a, b = ix.bounds[sent]
    for k in within(ix.positions[SAME_MONTH], a + 2, b - 1):   # (the words of "month")
        if toks[k].norm not in w.same_month or toks[k + 1].norm not in w.same_word:
            continue
        got = day_before(ix.doc.text, toks[k].start)   # (the dates stage's reading of "18 من")
        if got is None or got[1] < toks[a].start:
            continue
        day = got[0]
        before = [loc for s in range(sent - 1, -1, -1) for loc in reversed(ix.get("date", s))
                  if isinstance(loc.mention.value, DateValue) and loc.mention.value.date is not None
                  and loc.mention.value.time_precision in (1, 3)]
        if not before:
            return None, None, 0.0, False, None
        month = before[0].mention.value.date
        try:
            return DateValue(month.replace(day=day), 1), before[0].mention.span, CONFIDENCE.date_context, False, None
        except ValueError:
            return None, None, 0.0, False, None
    return None


def _agency_word(ix: DocIndex, sent: int, loc: Located) -> bool:
    """A date word inside the agency name of a dateline (العريش - المصري اليوم، موسكو - روسيا
    اليوم): part of the outlet's name, no day. (A dateline's own date - عمان 18 ديسمبر 2016 -
    stands before the dash.)"""
    toks = ix.doc.tokens
    lo = ix.bounds[sent][0]
    if loc.start - lo > WINDOWS.dateline_city + WINDOWS.dateline_agency:
        return False
    dash = next((i for i in range(lo, loc.start) if toks[i].norm in DASHES or toks[i].norm == "/"), None)
    return dash is not None and loc.start < sentence_dateline_end(ix, sent)


def _context_date(ix: DocIndex, sent: int) -> tuple[Located, int] | None:
    """The day the story is about, for a clause that names none: the nearest date of a day
    (not "since", not attributive, not background, not after the reference) in the sentences
    just before it (قتل ثلاثة أمس ... . كما قتل رضيع في بلدة مجاورة: also yesterday)."""
    ref = ix.reference
    toks = ix.doc.tokens
    for s in range(sent - 1, max(-1, sent - 1 - WINDOWS.context_sentences), -1):
        for loc in reversed(ix.get("date", s)):
            v = loc.mention.value
            if not isinstance(v, DateValue) or v.date is None or v.time_precision != 1 or v.future:
                continue
            if ref is not None and not (ref - timedelta(days=WINDOWS.context_days) <= v.date <= ref):
                continue
            if since(toks, loc) or _attributive(ix, loc) or _agency_word(ix, s, loc) \
                    or _counted_from(ix, s, loc):
                continue
            return loc, s
    return None


def _counted_from(ix: DocIndex, sent: int, loc: Located) -> bool:
    """A date told in the act another was counted from (وتقدم الجيش بعد ساعات قليلة من وصول
    كباشي، مساء أمس الأحد، إلى الفاو): after "بعد + duration + من" (earlier.read_after) in its
    sentence, commas between allowed: the day of that act, not the story's, so not carried to the
    sentences after it."""
    toks = ix.doc.tokens
    for k in range(loc.start - 1, ix.bounds[sent][0] - 1, -1):
        if toks[k].kind == "punct" and toks[k].norm != ",":
            return False
        if read_after(toks, k, loc.start) is not None:
            return True
    return False


def _speech_date(ix: DocIndex, sent: int, loc: Located, main: Trig) -> int:
    """1 for the date of a statement: right after the speech verb and its speaker (أعلنت
    الخلية، اليوم الخميس، مقتل ...; قال مصدر أمني اليوم الأحد إن مسلحين هاجموا أمس; حسب ما أفاد به
    اليوم الثلاثاء بيان) with no act's word between them: another date in the sentence dates the act."""
    toks = ix.doc.tokens
    for e in ix.speech_ends.get(sent, ()):
        if 0 <= loc.start - e <= WINDOWS.speech_date_right and all(
                t.kind != "punct" or t.norm == "," for t in toks[e:loc.start]) \
                and (loc.start == e or toks[loc.start - 1].norm == ","
                                          or not e <= main.loc.start < loc.start):
            return 1  # (، is normalized to ,)
    return 0


def days_earlier_vague(toks, start: int, at: dict[int, list[int]]) -> bool:
    """A verbal noun right after "بعد أيام من" / "بعد عدة أسابيع من" (a plural unit of a day or
    longer with no number: earlier.vague_back): an act some days before the one told, on no day
    the text gives."""
    return start >= 3 and vague_back(reading_to(toks, start, at))


def since(toks, loc: Located) -> bool:
    """منذ شهرين، منذ الثلاثاء، منذ سقوط النظام في 8 ديسمبر: a duration's start, not the date
    of the act."""
    heads = date_words().since
    first = toks[loc.start]
    if first.norm in heads:
        return not _ago(toks, loc.start, loc)
    for i in range(loc.start - 1, max(-1, loc.start - WINDOWS.since_left), -1):
        t = toks[i]
        if t.kind == "punct" or t.sentence != first.sentence:
            return False
        if t.norm in heads:
            return not _ago(toks, i, loc)
    return False


AGO_UNITS = ("day", "week")   # منذ + a count of these after a completed act: "ago"
AGO_LEFT = 6                  # words before منذ searched for a word of continuing
HOLD_LEFT = 12                # ... and for an imperfect of the holding class (it opens the clause)


def _ago(toks, head: int, loc: Located) -> bool:
    """منذ + a counted span of days or weeks right before the date's end (قتل ... منذ يومين،
    اختطفوا سبعة أشخاص منذ ثلاثة أيام، الهجوم الذي وقع منذ أسبوع) dates a completed act "ago";
    a word of continuing a few words before منذ (event_tolls.tsv continuing: القصف المستمر منذ
    يومين، تتعرض له منذ ثلاثة أيام; event_dates.tsv still: لا يزال، ما زال), a bare plural (منذ
    أيام), an imperfect of an act that goes on (event_dates.tsv holding: يحاصرون المدينة منذ يومين)
    or an until word after the span (منذ يومين وحتى اليوم) keep it a duration's start."""
    units = lexicon().cls("unit")
    last = key(toks[loc.end - 1].norm)
    unit, _, count = units.get(last, ":").partition(":")
    at = head + 1 if head + 1 < loc.end and toks[head + 1].norm in lexicon().cls("ago_approx") else head
    if unit not in AGO_UNITS or loc.end - at > 3:   # منذ (نحو) ثلاثة أيام
        return False
    if count == "0" and not (loc.end - at == 3 and (toks[at + 1].kind == "number"
                                                   or number_word(toks[at + 1].norm))):
        return False
    if loc.end < len(toks) and (toks[loc.end].norm in date_words().until
                                or (loc.end + 1 < len(toks) and toks[loc.end + 1].norm in date_words().until)):
        return False
    keep = toll_words().continuing | date_words().still
    holding = holding_forms()
    for j in range(head - 1, max(-1, head - 1 - HOLD_LEFT), -1):
        t = toks[j]
        if t.kind == "punct" or t.sentence != toks[head].sentence:
            break
        near = head - j <= AGO_LEFT
        if (near and (not keep.isdisjoint(t.forms) or t.norm in keep)) or not holding.isdisjoint(t.forms):
            return False
    return True


def recalled(ix: DocIndex, sent: int) -> bool:
    """A sentence opened by يُذكر أن / يشار إلى / الجدير بالذكر recalls background."""
    toks = ix.doc.tokens
    a, b = ix.bounds[sent]
    return b - a > 2 and (toks[a].norm, toks[a + 1].norm) in recall_pairs()


def ongoing_since(ix: DocIndex, frame: Frame, before: int | None = None, counted: bool = False) -> bool:
    """The clause dates itself only by منذ + a time over a month before the report (with
    ``before``: a منذ fronted before that token - ومنذ أبريل 2023 ... أسفرت عن مقتل; with
    ``counted``, the clause counting its dead, also one after it in the same clause - قتل 56
    مدنيا في إدلب منذ أيار الماضي: a period's total - but not in a sub-clause after it, a relative
    or a tally's verb: قتل ثلاثة، وبذلك يرتفع عدد القتلى منذ مطلع أيار إلى 45)."""
    toks = ix.doc.tokens
    a, b = frame.clause
    ref = ix.reference
    subclause = function_words("relative") | scope_words().subclause  # (ليرتفع، وبذلك يرتفع عدد القتلى منذ)
    for loc in ix.get("date", frame.sent):
        v = loc.mention.value
        if not (a <= loc.start < b) or not isinstance(v, DateValue) or not since(toks, loc):
            continue
        if before is not None and loc.start > before and not (
                counted and all(toks[k].norm not in subclause for k in range(before, loc.start))):
            continue
        if v.background or v.time_precision is None or v.date is None or v.granularity in SINCE_SPANS or (
                ref is not None and v.date < ref - timedelta(days=WINDOWS.late_days)):
            return True
    return False


def _attributive(ix: DocIndex, loc: Located) -> bool:
    """A date right after a plain noun that is not an event word (انقلاب السادس من أغسطس،
    ذكرى 14 آذار) dates that noun, not the clause."""
    if loc.start == 0:
        return False
    prev = ix.doc.tokens[loc.start - 1]
    if prev.kind != "word" or prev.sentence != ix.doc.tokens[loc.start].sentence:
        return False
    if any(t.start <= loc.start - 1 < t.end for t in ix.get("trigger", prev.sentence)):
        return False
    nouns = date_words().attributive
    return prev.norm in nouns or any(f in nouns for f in prev.forms)


def is_background(ix: DocIndex, dv: DateValue, loc: Located | None) -> bool:
    if loc is not None:
        w = date_words()
        surface = normalize_key(loc.mention.surface)
        if dv.time_precision not in (1, 2, 3) or (
                any(y in surface.split() for y in w.year_word) and not any(
                    ch.isdigit() for ch in surface.replace(str(dv.date.year), ""))
                and len(surface.split()) <= 3 and not any(d in surface for d in w.day_word)):
            return True
    pub = ix.doc.article.published or ix.reference
    return bool(pub and dv.date and dv.date < pub - timedelta(days=WINDOWS.background_days))


def compared_act(ix: DocIndex, frame: Frame) -> bool:
    """An act noun of the frame is followed by a word saying it is another act like the one
    reported (event_scope.tsv ``similar``, the list told_again.similar_act reads a few words
    on), and the clause names no place of its own (ويأتي الهجوم بعد أسبوعين من تفجير مماثل
    استهدف مطعما في المدينة): told for comparison. (بعد حرق مماثل في ناحية بيره مكرون names
    where: another act the report tells.)"""
    toks = ix.doc.tokens
    words = scope_words().similar
    a, b = frame.clause
    if any(a <= p.start < b and p.mention.value.place is not None and p.mention.value.cue != "nisba"
           for p in ix.get("place", frame.sent)):
        return False
    return any(t.strong and t.ref.voice == "nominal" and t.loc.end < len(toks)
               and not words.isdisjoint(toks[t.loc.end].forms) for t in frame.trigs)


def backdrop(ix: DocIndex, frame: Frame) -> bool:
    """Every founding trigger of the frame comes right after في ظل ("amid": تشهد الحسكة تصعيدا
    منذ أسابيع في ظل تبادل إطلاق النار): the backdrop of what is told, not an act of it."""
    toks = ix.doc.tokens
    words = function_words("amid")
    strong = [t for t in frame.trigs if t.strong]
    return bool(strong) and all(t.loc.start > 0 and not words.isdisjoint(toks[t.loc.start - 1].forms)
                                for t in strong)


def anchor_retold(ix: DocIndex, frame: Frame) -> bool:
    """Every founding trigger of the frame is an act noun right before غداة (event_dates.tsv
    day_after), its day at most between them, and the clause names no place (ويأتي هجوم الأحد
    غداة استهداف وفد في تدمر): the act told before, retold as what the new one is dated by."""
    toks, after = ix.doc.tokens, date_words().day_after
    a, b = frame.clause
    if any(a <= p.start < b and p.mention.value.place is not None for p in ix.get("place", frame.sent)):
        return False
    dates = ix.get("date", frame.sent)
    strong = [t for t in frame.trigs if t.strong]

    def before_after(t: Trig) -> bool:
        k = t.loc.end
        day = next((d for d in dates if d.start == k), None)
        k = day.end if day is not None else k
        return t.ref.voice == "nominal" and k < len(toks) and toks[k].norm in after
    return bool(strong) and all(before_after(t) for t in strong)

