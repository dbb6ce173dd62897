"""The deaths and injuries of a frame's clause, and the tolls of the places it names (issue
#9): what :mod:`hadath.events.realize` gives each event of a frame."""
from __future__ import annotations

from dataclasses import replace

from hadath.events.contrast_toll import contrast_cut, lower_of_two
from hadath.events.doer_death import doer_death
from hadath.events.fatalities import Toll, tally
from hadath.events.frames import Frame
from hadath.events.index import DocIndex, Located
from hadath.events.lexicons import function_words
from hadath.events.modality import scope_words
from hadath.events.ordinal_toll import next_sentence_rank
from hadath.events.place_choice import introduced
from hadath.events.place_locators import _attacked
from hadath.events.records import evolve
from hadath.events.wordbits import RESPONSE, SINCE_STOP, within
from hadath.events.role_words import role_words, topic_tokens
from hadath.events.same_act import same_act_dead
from hadath.events.toll_objects import continuing_period
from hadath.events.toll_words import toll_words
from hadath.events.trigger_background import earlier_from
from hadath.events.tuning import CONFIDENCE, WINDOWS
from hadath.types import Event

# deaths told beside a trigger of these kinds are no toll of another act of the sentence: a
# period's total (56 مدنيا قتلوا منذ بدء القتال), deaths of hunger or an accident (الجوع الذي تسبب
# في وفاة العشرات)
NOT_THE_ACTS = frozenset({"generic", "accident"})
DEATH_CLASSES = frozenset({"kill", "death", "execute", "assassinate", "death_noun"})
TALLY_GAP = 3  # words between a count and a death word told as a period's total
OBJECT_GAP = 1  # words between a death verb and the count it governs (قتل خمسة، مقتل ما يزيد عن 56)
SHARE_CUE = 1  # words between في and a share's place (في قرية النيرب: the place's cue)
OWN, SHARE, SHARE_OF = 0, 1, 2  # a place's toll: its own, a share, a share pointing back (منهم)


def frame_toll(ix: DocIndex, frame: Frame) -> Toll:
    """Deaths and injuries of the frame's clause (unnumbered deaths only in violence; none for an
    arrest, whose clause's dead are the violence frame's: استشهد ثلاثة واعتقل آخرون)."""
    if frame.group == "arrest":
        return Toll()
    date_locs = ix.get("date", frame.sent)
    dates = [d.mention.span for d in date_locs]
    tallies = [t for t in ix.get("trigger", frame.sent) if t.mention.value.modality in NOT_THE_ACTS]
    counts = [q for q in ix.get("quantity", frame.sent) if not any(
        d.start <= q.mention.span.start and q.mention.span.end <= d.end for d in dates)]  # (اليوم الاثنين: a day)
    days = [d for d in date_locs if d.mention.value.time_precision == 1]
    told = [q for q in counts if not _tally_count(q, tallies, days)]  # (56 مدنيا قتلوا منذ بدء القتال)
    quants = [(q.start, q.end, q.mention.value, q.mention.span) for q in told]
    if frame.group == "protest":  # (متظاهرين يطالبون بمحاسبة المسؤولين عن مقتل 79 شخصا: what they
        topic = topic_tokens(ix, frame.sent)  # protest about, no toll of the protest)
        quants = [q for q in quants if q[0] not in topic]
    a, b = frame.clause
    toks, attempt = ix.doc.tokens, scope_words().attempt
    since = continuing_period(toks, a, b, ix.positions[SINCE_STOP])
    if since is not None and not any(a <= d.start < since for d in date_locs):
        return Toll()  # (قتل ستة في قصف تتعرض له القرية منذ ثلاثة أيام: the span's total, no day told)
    tallied = [q.start for q in counts if q not in told]
    death_trigs = [(t.loc.start, t.loc.end, t.loc.mention.span) for t in frame.trigs
                   if t.cls in DEATH_CLASSES and not (t.loc.start > a and toks[t.loc.start - 1].norm in attempt)
                   and not any(0 <= k - t.loc.end <= OBJECT_GAP for k in tallied)]
    # (قتل 56 مدنيا منذ بدء القتال: the verb's dead are the period's, no unnumbered guess for it)
    # (نجا من محاولة اغتيال: no one died of the attempt unless the text counts them)
    answered = answered_span(ix, frame) | since_span(ix, frame)
    if frame.group == "protest" and (earlier := earlier_from(ix, frame.sent)) is not None:
        answered |= set(range(earlier, b))  # (اجتياح ... في يوليو 2025، والتي أسفرت عن مقتل عشرات: its dead)
    if answered:  # (ردا على قصف ... التي أسفرت عن وقوع شهداء: the toll of the act answered)
        quants = [q for q in quants if q[0] not in answered]
        death_trigs = [t for t in death_trigs if t[0] not in answered]
    violence = frame.group == "violence"
    skip = {k for t in tallies for k in range(t.end, t.end + TALLY_GAP + 1)} | answered
    toll = tally(ix.doc.tokens, quants, a, b, death_trigs if violence else [],
                 [t.loc.end for t in frame.trigs if t.cls not in DEATH_CLASSES],
                 kill_verbs=[] if violence else death_trigs, skip=skip, at=ix.positions)
    if violence and toll.deaths and (cut := contrast_cut(ix, a, b)) is not None:
        # (قتل خمسة جنود، بينما قال التنظيم إنه قتل 20: two figures, the lower kept)
        toll = lower_of_two(toks, quants, death_trigs, cut, a, b, lambda qs, lo, hi, dt: tally(
            toks, qs, lo, hi, dt, [], skip=skip, at=ix.positions)) or toll
    rank = next_sentence_rank(ix, b) if toll.deaths else 0  # (... اليوم. وقتل سادس متأثرا بجراحه)
    if rank > toll.deaths:
        return replace(toll, deaths=rank, low=rank, high=rank, estimate=False)
    more = same_act_dead(ix, b, lambda qs, lo, hi, kv: tally(toks, qs, lo, hi, kv, at=ix.positions)) if toll.deaths else 0
    # (... اليوم. كما قتل مدنيان في الغارة ذاتها: two more dead of the act)
    if violence and toll.deaths and not toll.estimate:  # (قتل مستوطنا قبل أن يستشهد: the doer too)
        more += doer_death(toks, a, b, [te for _ts, te, _sp in death_trigs])
    return replace(toll, deaths=toll.deaths + more, low=(toll.low or toll.deaths) + more,
                   high=None if toll.high is None else toll.high + more) if more else toll


def _tally_count(q: Located, tallies: list[Located], days: list[Located]) -> bool:
    """A count this close to a trigger of a period's total or an accident (56 مدنيا قتلوا منذ بدء
    القتال) is that total's - unless a day is told between them (قتل خمسة جنود اليوم في المعارك
    المستمرة: the day's dead in a long fight)."""
    return any((0 <= t.start - q.end <= TALLY_GAP or 0 <= q.start - t.end <= TALLY_GAP)
               and not any(min(q.end, t.end) <= d.start and d.end <= max(q.start, t.start) for d in days)
               for t in tallies)


def since_span(ix: DocIndex, frame: Frame) -> set[int]:
    """The tokens of an act named right after "since", after the frame's first trigger (event_tolls.tsv
    ``since``: في أعنف هجوم منذ تفجير أودى بحياة 30 شخصا، الأكثر دموية منذ الهجوم الذي قتل فيه 15):
    the act the reported one is measured from, its toll not this act's - to the clause's end or a
    comma (not منذ بدء القصف، منذ اندلاع الاشتباكات: a span of this act, no act after منذ)."""
    toks, (a, b) = ix.doc.tokens, frame.clause
    first = min((t.loc.start for t in frame.trigs), default=b)
    acts = {t.start for t in ix.get("trigger", frame.sent)}
    since, comma = toll_words().since, toll_words().comma
    for r in within(ix.positions[SINCE_STOP], max(a, first + 1), b - 1):   # (stops and words of since)
        if toks[r].norm in since and r + 1 in acts:
            k = r + 1
            while k < b and toks[k].norm not in comma:
                k += 1
            return set(range(r, k))
    return set()


def answered_span(ix: DocIndex, frame: Frame) -> set[int]:
    """The tokens of a response phrase told after the frame's act (function_words.tsv
    ``response``: استهدفت الفصائل مواقع النظام ردا على قصف قوات النظام القرى، التي أسفرت عن
    وقوع شهداء): the act answered, its toll not this act's. The phrase runs to the clause's
    end, or to a comma - past it only when a relative pronoun goes on about the act answered (a
    consequence after the comma is this act's: ردا على القصف، ما أدى إلى مقتل خمسة)."""
    toks, (a, b) = ix.doc.tokens, frame.clause
    first = min((t.loc.start for t in frame.trigs), default=b)
    response, comma, relative = function_words("response"), toll_words().comma, function_words("relative")
    for r in within(ix.positions[RESPONSE], max(a, first + 1), b):   # (the response words)
        if toks[r].norm not in response and response.isdisjoint(toks[r].forms):
            continue
        k = r + 1
        while k < b and not (toks[k].norm in comma and not (k + 1 < b and toks[k + 1].norm in relative)):
            k += 1
        return set(range(r, k))
    return set()


def tally_across(ix: DocIndex, frame: Frame) -> bool:
    """The clause tells its toll across a whole country (سقط أكثر من ثلاثين قتيلا في أنحاء سوريا
    امس، حيث كثفت روسيا غاراتها على إدلب وحلب: event_tolls.tsv across, then the country or
    البلاد): the country's tally of the day, no toll of the places it lists (CODING.md: tallies
    never go to one event)."""
    a, b = frame.clause
    toks, across, country = ix.doc.tokens, toll_words().across, function_words("nationwide")
    nations = {p.start for p in ix.get("place", frame.sent) if p.mention.value.place is not None
               and p.mention.value.place.feature_class == "country"}
    return any(not across.isdisjoint(toks[k].forms) and (k + 1 in nations or not country.isdisjoint(toks[k + 1].forms))
               for k in range(a, b - 1))


def split_toll(events: list[Event], deaths: int) -> list[Event]:
    """A toll told once for several places (مقتل 5 في منطقتي شيلادزي وكاني ماسي) is split
    evenly between their events (CODING.md), the first places taking the remainder."""
    n = len(events)
    shares = [deaths // n + (1 if k < deaths % n else 0) for k in range(n)]
    return [evolve(ev, fatalities=share, fatalities_low=share, fatalities_high=share)
            for ev, share in zip(events, shares)]


def tolls_by_place(ix: DocIndex, frame: Frame) -> list[tuple[Located, Toll]]:
    """Places of the clause each told with a toll of its own (بمقتل 10 أشخاص في مدينة تمبول
    ومقتل 4 أشخاص في مدينة رفاعة وقتيلان في قرية البويضاء): ACLED codes one event per place,
    each with its own toll. [] unless at least two places have counted deaths of their own (a
    toll before a list, مقتل 3 في الرقة والطبقة, is one toll for the list)."""
    if frame.group != "violence":
        return []
    toks, text = ix.doc.tokens, ix.doc.text
    a, b = frame.clause
    places = [p for p in ix.get("place", frame.sent) if a <= p.start < b
              and p.mention.value.cue != "nisba" and introduced(toks, p, text)]
    if not places:
        return []
    out: list[tuple[Located, Toll, int]] = []  # (place, toll, OWN | SHARE | SHARE_OF)
    lo = a
    for p in places if len(places) >= 2 else ():
        part = Frame(frame.sent, (lo, p.end), frame.group,
                     [t for t in frame.trigs if lo <= t.loc.start < p.end])
        toll = frame_toll(ix, part)
        if toll.deaths and toll.spans and not toll.estimate:
            out.append((p, toll, OWN))
        elif (share := _share(ix, frame.sent, lo, p.start)) is not None:
            out.append((p, *share))
        lo = p.end
    if len(out) < 2:
        out = _total_then_share(ix, frame, places)   # (غارات على بعلبك أدت إلى 20 قتيلا، بينهم 11 في X)
    if len(out) >= 2 and out[0][2] == OWN and out[1][2] == SHARE_OF:
        out = _rest(out)
    return [(p, t) for p, t, _s in out] if len(out) >= 2 else []


SHARE_OPEN = 6   # words from a share's opener (، بينهم 11 في) to its place


def _total_then_share(ix: DocIndex, frame: Frame, places: list[Located]) -> list[tuple[Located, Toll, int]]:
    """A total told right after the act's place, then a share of it at another place, its
    opener (بينهم، من بينهم: ``_share``) a few words before that place: غارات العدو على بعلبك
    أدت إلى 20 شهيدا، بينهم 11 في بلدة الكنيسة؛ قصفت القوات مدينة X ما أدى إلى مقتل 9 مدنيين،
    من بينهم 4 في بلدة Y. The place before the total (a town or region introduced as one, the
    place an attack word fell on - على بعلبك - or the subject of a verb of exposure - تعرضت معرة
    النعمان لقصف) takes the total (what the share leaves, ``_rest``), the share's place its share - as when the total stands before the place (قتل
    20 في غارات على بعلبك، بينهم 11 في X). [] when the clause has no such shape."""
    toks, text = ix.doc.tokens, ix.doc.text
    a, _b = frame.clause
    for p in places:
        found = next(((m, sh) for m in range(p.start - 1, max(a, p.start - SHARE_OPEN), -1)
                      if (sh := _share(ix, frame.sent, m, p.start)) is not None and sh[1] == SHARE_OF), None)
        if found is None:
            continue
        m, share = found
        q = next((q for q in reversed(ix.get("place", frame.sent)) if a <= q.start and q.end <= m
                  and q.mention.value.cue != "nisba" and q.mention.value.place is not None
                  and q.mention.value.place.feature_class != "country"
                  and (introduced(toks, q, text) or _attacked(toks, q, frame) or _exposed(toks, q))), None)
        if q is None:
            return []
        total = frame_toll(ix, Frame(frame.sent, (q.end, m), frame.group,
                                     [t for t in frame.trigs if q.end <= t.loc.start < m]))
        if not total.deaths or not total.spans or total.estimate or total.deaths <= share[0].deaths:
            return []
        return [(q, total, OWN), (p, *share)]
    return []


def _exposed(toks, q: Located) -> bool:
    """The place is the subject right after a verb of exposure (تعرضت معرة النعمان لقصف ...:
    function_words ``exposure``): the place hit."""
    return q.start > 0 and not function_words("exposure").isdisjoint(toks[q.start - 1].forms)


def _rest(out: list[tuple[Located, Toll, int]]) -> list[tuple[Located, Toll, int]]:
    """A total told at a place, then shares of it at other places (قتل تسعة مدنيين في ريف إدلب،
    خمسة منهم في النيرب): the total's place keeps what the shares leave (ACLED codes the rest
    of a toll at the wider place), and goes when they leave nothing."""
    (place, total, own), shares = out[0], out[1:]
    rest = total.deaths - sum(t.deaths for _p, t, _s in shares)
    if rest < 0:
        return out
    if rest == 0:
        return shares
    return [(place, replace(total, deaths=rest, low=rest, high=rest, estimate=False), own), *shares]


def _share(ix: DocIndex, sent: int, lo: int, place: int) -> tuple[Toll, int] | None:
    """A count opening the words before a place, told as a share of a toll before it - past a
    comma, a conjunction or a day word: خمسة منهم في قرية النيرب، و3 في مدينة سراقب، وآخر في
    قرية الخوين، بينهم 11 في بلدة الكنيسة (toll_words ``share_of``, ``share_one``,
    ``share_among``; function_words ``in``): (its toll, SHARE_OF when it points back to the
    toll - منهم، بينهم - else SHARE).

    Not :func:`hadath.events.shares._share`, which also reads "N منها": that one adds the place
    a share of an act's strikes went to and reads no number (معظمها counts there); this one
    reads the number as the place's toll, so it needs a count (or وآخر: one), must stand right
    before the place (past a comma, a conjunction or a day word) and takes shares that point
    back to nothing (و3 في مدينة سراقب). They differ in what they give, not only in wording
    (session 27's review, arch37)."""
    toks, w = ix.doc.tokens, toll_words()
    inside, time = function_words("in"), role_words().time
    k = lo
    while k < place and (toks[k].kind == "punct" or toks[k].norm in w.conj or toks[k].norm in time
                         or toks[k].norm in w.besides
                         or (k > lo and toks[k].norm in w.besides_prep and toks[k - 1].norm in w.besides)):
        k += 1
    among = _among(toks, k, place, w.share_among)
    k += among
    if k >= place:
        return None
    quantity = next((q for q in ix.get("quantity", sent) if q.start == k), None)
    if quantity is None and not among:
        quantity = _item_count(ix, sent, lo, place)
        k = quantity.start if quantity is not None else k
    if quantity is not None:
        n, end, span = quantity.mention.value.best, quantity.end, quantity.mention.span
    elif not w.share_one.isdisjoint(toks[k].forms):
        n, end, span = 1, k + 1, toks[k].span
    else:
        return None
    refers = end < place and toks[end].norm in w.share_of
    end += refers
    refers = refers or among > 0
    others = not refers and end < place and not w.others.isdisjoint(toks[end].forms)
    end += others  # وسبعة آخرون في غارات على مدينة بنش: one more toll, at its own place
    if not n or not (end == place or (place - end <= SHARE_CUE + 1 and toks[end].norm in inside)
                     or (others and _act_between(ix, sent, end, place))):
        return None
    return Toll(deaths=n, low=n, high=n, spans=(span,), confidence=CONFIDENCE.toll_share), SHARE_OF if refers else SHARE


def _item_count(ix: DocIndex, sent: int, lo: int, place: int) -> Located | None:
    """The last count before a place that opens an item of a list of tolls after the words
    describing the place before (مدينة إدلب مركز المحافظة، فضلا عن سبعة آخرين في ...، مدينة بنش في
    ريف إدلب الشمالي الشرقي وأربعة آخرين في بلدة النيرب): after a comma, a conjunction or
    "besides", and followed by "others" (toll_words ``others``)."""
    toks, w = ix.doc.tokens, toll_words()
    counts = [q for q in ix.get("quantity", sent) if lo < q.start < place]
    if not counts:
        return None
    q = counts[-1]
    before = toks[q.start - 1]
    opens = before.kind == "punct" or before.norm in w.conj or before.norm in w.besides_prep \
        or toks[q.start].norm[:1] in w.conj
    return q if opens and q.end < place and not w.others.isdisjoint(toks[q.end].forms) else None


def _act_between(ix: DocIndex, sent: int, end: int, place: int) -> bool:
    """The words between "others" and a place tell where they died (في غارات استهدفت سوقا في
    مدينة بنش): they open with في, hold no punctuation and no other count, and are short."""
    toks = ix.doc.tokens
    return (toks[end].norm in function_words("in") and place - end <= WINDOWS.share_gap
            and not any(toks[k].kind == "punct" for k in range(end, place))
            and not any(end <= q.start < place for q in ix.get("quantity", sent)))


def _among(toks, k: int, place: int, among: frozenset[str]) -> int:
    """How many words at ``k`` open a share before its count (بينهم، من بينهم, toll_words
    ``share_among``): 0, 1 or 2."""
    if k < place and toks[k].norm in among:
        return 1
    if k + 1 < place and toks[k + 1].norm in among and toks[k].norm in function_words("from"):
        return 2
    return 0


def with_toll(ev: Event, toll: Toll) -> Event:
    """The event of one place with that place's own toll."""
    evidence = dict(ev.evidence)
    evidence["fatalities"] = toll.spans
    return evolve(ev, fatalities=toll.deaths, fatalities_low=toll.low, fatalities_high=toll.high,
                  fatalities_estimate=toll.estimate, injuries=toll.injuries, evidence=evidence)
