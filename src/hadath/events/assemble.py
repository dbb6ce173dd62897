"""The ``events`` stage: triggers, roles, deaths, dates and places into ACLED-style events.

Per sentence, the asserted triggers (no blocking modality) are grouped into frames: one per
clause and trigger group (violence, protest, arrest/raid, property, agreement ...). A frame needs
one trigger able to found an event. Each frame becomes one event per place it names
(في الرقة والطبقة وسارين → three events); frames with neither place nor date of their own that
follow a frame of the same group continue it (وأسفر الانفجار عن مقتل 3). Events of one day,
place and type are merged. Background (dates over a month before the report, years only,
"منذ ..."), generic plurals without anchor, and modal triggers yield nothing.
"""
from __future__ import annotations

from dataclasses import replace
from typing import ClassVar

from hadath.events.dating import dated_as as _dated_as, same_time as _same_time
from hadath.events.dead_named import dead_named
from hadath.events.earlier import told_before
from hadath.events.fatalities import UPDATE, classify, governor
from hadath.events.frame_words import frame_words
from hadath.events.frames import Frame, Trig, concurrent_frame, frames, ix_triggers
from hadath.events.handover import OTHER_ACT, SEQUEL, TOLD_AGAIN
from hadath.events.index import DocIndex
from hadath.events.joint_places import joint_targets
from hadath.events.merge import VIOLENT, accusation as _accusation, attribute as _attribute, merge, pluperfect_doer
from hadath.events.frame_tolls import split_toll
from hadath.events.realize import realize
from hadath.events.records import beside, continue_event, said_unknown
from hadath.events.sequel import fought_with, sequel, told_other
from hadath.events.taxonomy import BOMB, REMOTE_MEANS
from hadath.events.side_claims import claimed_side
from hadath.events.toll_words import toll_words
from hadath.events.town_breakdown import by_towns
from hadath.events.tuning import CONFIDENCE
from hadath.types import Doc, Event, evolve

__all__ = ["EventStage", "Frame", "Trig", "continue_event", "frames", "merge", "realize"]


class EventStage:
    name: ClassVar[str] = "events"
    requires: ClassVar[tuple[str, ...]] = ("tokens", "mentions:quantity", "mentions:date",
                                           "mentions:actor", "mentions:place", "mentions:trigger")
    assigns: ClassVar[tuple[str, ...]] = ("events",)

    def __init__(self, config=None) -> None:
        self.config = config

    def __call__(self, doc: Doc) -> Doc:
        if not doc.tokens or not any(m.kind == "trigger" for m in doc.mentions):
            return replace(doc, events=())
        ix = DocIndex.build(doc)
        events: list[Event] = []
        sents: list[int] = []  # the sentence of each event
        last: dict[str, tuple[int, list[int]]] = {}  # group -> (sentence, event indexes)
        framed: set[int] = set()  # the sentences that tell acts of their own
        for frame in frames(ix):
            framed.add(frame.sent)
            means = False
            made, own_anchor = realize(ix, frame)
            if frame.group == "violence" and _accusation(ix, frame.sent, frame.clause[1]) \
                    and any(e.event_type in VIOLENT for e in events) and not _elsewhere(made, own_anchor, events):
                _claimed_toll(events, made, own_anchor, frame.sent, last.get(frame.group))
                continue  # اتهم X بقصف ...: who did an act already reported (see below)
            if made and events and (after := _same_time(ix, frame)) is not None:
                made = [_dated_as(e, events[-1], after) for e in made]  # (في اليوم ذاته/التالي)
            prev = last.get(frame.group)
            if seq := sequel(frame, made, events, prev):  # (وتلا ذلك اشتباك مسلح: another act at the act's place)
                made = [evolve(e, flags=(*e.flags, SEQUEL)) for e in made]
            other = bool(made) and frame.group == "protest" and told_other(ix.doc.tokens, frame)  # (مسيرة أخرى)
            if prev is None and frame.group == "property" and not own_anchor:
                prev = last.get("violence")  # هاجموا القرية ... وأحرقوا منازل: part of the attack
            if not own_anchor and prev is not None and told_before(ix, frame):
                continue  # قتل شخصان في غارة، بعد أسبوع من غارة أسفرت عن مقتل عشرة: an earlier act (events.earlier)
            if (not own_anchor and prev is not None and frame.sent - prev[0] <= 2 and len(prev[1]) == 1
                    and (towns := by_towns(events[prev[1][0]], made))):
                k = prev[1][0]  # ومن بين المعتقلين ثلاثة من الخليل، وسبعة من رام الله: one record a town
                events[k] = towns[0]
                last[frame.group] = (frame.sent, [k, *range(len(events), len(events) + len(towns) - 1)])
                events.extend(towns[1:])
                sents.extend([sents[k]] * (len(towns) - 1))
                continue
            if (not own_anchor and prev is not None and frame.sent - prev[0] <= 2 and prev[1]
                    and not (made and _another_act(made[0], events[prev[1][-1]]))
                    and not seq and not other and not _beside_act(ix, frame, made, [events[k] for k in prev[1]])
                    and not (means := _other_means(ix, frame, made, [events[k] for k in prev[1]]))):
                targets = joint_targets(ix, frame, made, events, prev[1])  # (على المدن الثلاث)
                more = split_toll([made[0]] * len(targets), made[0].fatalities) \
                    if made and len(targets) > 1 and made[0].fatalities and not made[0].fatalities_estimate \
                    else [made[0]] * len(targets) if made else []
                # (a toll told after a list of places is shared between them: أسفرت العمليات عن
                # سقوط 92 قتيلا after strikes في الجوبة والكسارة)
                for k, m in zip(targets, more):
                    events[k] = claimed_side(ix, events[k], m, continue_event(
                        events[k], m, doer_unknown=said_unknown(events[k], ix.doc.text),
                        explains=_explains(ix, frame, m) and not _fight_told(ix, events[k])))
                continue
            if made and not own_anchor and prev is not None and prev[1] and (concurrent_frame(ix, frame) or means or seq or other):
                act = next((e for e in reversed(events) if e.place is not None and e.place.place is not None),
                           events[prev[1][-1]])  # (the last act told with a resolved place)
                made = [fought_with(beside(evolve(e, place=None), act), act, ix.doc.text) if seq else beside(e, act)
                        for e in made]
                # (a fight that followed the act, no place of its own: at the act's place, as sure of it)
            elif seq:  # (its own place told: still the act's doer's fight)
                made = [fought_with(e, events[prev[1][-1]], ix.doc.text) for e in made]
            if other:
                made = [evolve(e, flags=(*e.flags, OTHER_ACT)) for e in made]
            if made:
                last[frame.group] = (frame.sent, list(range(len(events), len(events) + len(made))))
                events.extend(made)
                sents.extend([frame.sent] * len(made))
        _toll_updates(ix, events, sents, framed)
        dead_named(ix, events, sents, framed)
        _attribute(ix, events, sents)
        pluperfect_doer(ix, events, sents)
        return _with_events(doc, tuple(merge(events, doc.text)))


def _explains(ix: DocIndex, frame: Frame, made: Event) -> bool:
    """A continuation that tells how the act before it came about: in a source's words, its act
    after a speech verb (وقال الدفاع المدني إن طائرات حربية استهدفت سوقا؛ وأفاد شهود بأن مسيرة
    قصفت القرية), or pointing back to it with a definite noun (وتبين أن الهجوم نفذ بسيارة مفخخة) -
    not a new act told beside it (وسقط خمسة رجال شرطة في هجوم بسيارة مفخخة)."""
    if TOLD_AGAIN in made.flags:
        return True
    first = min(t.loc.start for t in frame.trigs)
    return any(e <= first for e in ix.speech_ends.get(frame.sent, ()))


def _fight_told(ix: DocIndex, ev: Event) -> bool:
    """A trigger of the record's evidence is a word of fighting (class clash: اشتباكات، معارك):
    a battle told as one, not typed by its armed dead alone."""
    starts = {s.start for s in ev.evidence.get("trigger", ())}
    return any(c == "clash" and loc.mention.span.start in starts
               for sent in range(len(ix.bounds)) for loc, c in ix_triggers(ix, sent))


def _another_act(ev: Event, before: Event) -> bool:
    """A fight told after an act with two named sides of its own, neither the act's pair nor its
    kind (قصف مدفعي شنته قوات الدعم السريع على مخيم ... . وأضافت المصادر أن اشتباكات اندلعت بين
    الجيش السوداني وقوات الدعم السريع): another act, no continuation of the first. So is a fight
    whose two sides are both told in its words (an unidentified one too: مجموعات مسلحة) and
    neither is the named doer of the act before (استهدفت غارات إسرائيلية أرتالا للجيش في محيط
    السويداء، في حين تواصلت الاشتباكات داخل المدينة بين قوى الأمن ... ومجموعات مسلحة): the
    striker does not fight in it (CODING.md: one event per type and actor pair)."""
    if ev.sub_event_type != "Armed clash" or before.sub_event_type == ev.sub_event_type \
            or ev.actor1 is None or ev.actor2 is None:
        return False
    if not ev.actor1.startswith("Unidentified") and not ev.actor2.startswith("Unidentified"):
        return {ev.actor1, ev.actor2} != {before.actor1, before.actor2}
    return bool(ev.evidence.get("actor1")) and bool(ev.evidence.get("actor2")) \
        and before.actor1 is not None and not before.actor1.startswith("Unidentified") \
        and before.actor1 not in (ev.actor1, ev.actor2)


def _beside_act(ix: DocIndex, frame: Frame, made: list[Event], before: list[Event]) -> bool:
    """A clause opened by a conjunction word (event_frames.tsv ``coord_word``: فيما، بينما، كما)
    whose records are all placed by names inside the clause, none of them a place of the act
    told before (شن الطيران غارة على بلدة ياطر، فيما تعرضت كفركلا لقصف إسرائيلي): another act told
    beside the first, not more of it - though no class noun introduces its place."""
    toks, (a, b) = ix.doc.tokens, frame.clause
    if not made or a == 0 or frame_words().coord_word.isdisjoint(toks[a - 1].forms):
        return False
    lo, hi = toks[a].start, toks[b - 1].end
    known = {e.location_ar for e in before}
    return all(e.location_ar and e.location_ar not in known and (spans := e.evidence.get("location"))
               and all(lo <= s.start and s.end <= hi for s in spans) for e in made)


MEANS = REMOTE_MEANS  # (an act by one of them is no continuation of one by another)


def _other_means(ix: DocIndex, frame: Frame, made: list[Event], before: list[Event]) -> bool:
    """A clause with no place of its own whose verb tells an act by other means than the act
    before and by another side - its doer named in the clause (شن الطيران الروسي غارات على بلدة
    X، كما قصفت قوات النظام البلدة بالمدفعية), or a bomb, whose planter is never the striker's
    (قصفت الطائرات بلدة X، ثم انفجرت عبوة ناسفة بدورية في البلدة): another act at that place
    (CODING.md: one event per day, place, event type and actor pair), not more of the first. A
    told-again noun (وأسفر القصف عن ...) has no verb and stays the first act's; the same side's
    strike and shelling of one place are one event (reconcile.one_type folds them). So is a strike
    by a doer named in the clause who is neither side of an act of another type told before (قتل
    7 من الحشد في هجوم لداعش ...، فيما شنت طائرات التحالف غارات على مواقع التنظيم): another
    actor pair; a strike by one of that act's sides is inside it (CODING.md), and a strike told
    after dead whose killer is untold is how they died (types59)."""
    toks, (a, b) = ix.doc.tokens, frame.clause
    if not made or not before or not any(t.strong and t.form == "verb" for t in frame.trigs):
        return False
    lo, hi = toks[a].start, toks[b - 1].end

    def named(e: Event) -> bool:  # (its doer named in the clause)
        return any(lo <= s.start and s.end <= hi for s in e.evidence.get("actor1", ()))

    def own_side(e: Event) -> bool:
        return (named(e) and all(p.actor1 != e.actor1 for p in before)) or e.sub_event_type == BOMB

    def third_side(e: Event) -> bool:  # (no side of an act before of another type and a doer told)
        return named(e) and e.actor1 is not None and not e.actor1.startswith("Unidentified") and all(
            p.event_type != e.event_type and bool(p.evidence.get("actor1")) and e.actor1 not in (p.actor1, p.actor2)
            for p in before)

    return all(e.sub_event_type in MEANS and (own_side(e) and all(
        p.sub_event_type in MEANS and p.sub_event_type != e.sub_event_type for p in before) or third_side(e))
               for e in made)


def _elsewhere(made: list[Event], own_anchor: bool, events: list[Event]) -> bool:
    """An accused act told with a place of its own that no earlier record has, and a toll or a
    day of its own (اتهمت الحكومة قوات الانتقالي بقصف الأحياء في مدينة زنجبار ما أدى إلى مقتل
    مدنيين اثنين): another act, not the doer of one told - nor a standing charge (تتهم منظمة X
    التنظيم باستهداف المشافي في المدينة)."""
    known = {e.location_ar for e in events}
    return own_anchor and bool(made) and all(
        e.location_ar and e.location_ar not in known
        and (e.fatalities or e.injuries or "date_from_publication" not in e.flags) for e in made)


def _claimed_toll(events: list[Event], made: list[Event], own_anchor: bool, sent: int,
                  prev: tuple[int, list[int]] | None) -> None:
    """A claim of an act told just before, with no place or day of its own, tells its toll
    (هاجم مسلحون قاعدة للجيش في بلدة X . وأعلنت الحركة المسؤولية عن الهجوم، وقالت إنه أسفر عن
    مقتل 50 جنديا): the toll goes to that act's one record when it has none of its own."""
    if made and made[0].fatalities and not own_anchor and prev is not None and sent - prev[0] <= 2 \
            and len(prev[1]) == 1 and not events[prev[1][0]].fatalities:
        events[prev[1][0]] = continue_event(events[prev[1][0]], made[0])


def _toll_updates(ix: DocIndex, events: list[Event], sents: list[int], framed: set[int]) -> None:
    """A sentence with no act of its own that updates a death toll (وارتفع عدد القتلى إلى 19،
    وقال مصدر إن حصيلة القتلى ارتفعت إلى 19 قتيلا: fatalities.classify's update, not a period's
    total) gives its figure to the one violent record of the sentence or two before, when higher:
    the updated toll is the act's toll. So does one counting bodies with no day of its own and no
    other place (وانتشلت فرق الإنقاذ جثث أربعة مدنيين، وأعلن الدفاع المدني انتشال أربع جثث:
    :func:`_bodies`) - the dead of the act told before."""
    toks = ix.doc.tokens
    for sent in range(len(ix.bounds)):
        if sent in framed:
            continue
        lo, hi = ix.bounds[sent]
        quantities = [q for q in ix.get("quantity", sent) if q.mention.value.best and not q.mention.value.estimate]
        counts = [q.mention.value for q in quantities if classify(toks, q.start, q.end, lo, hi) == ("death", UPDATE)]
        bodies = [q for q in quantities if _bodies(toks, q.start, q.end, lo, hi)
                  or classify(toks, q.start, q.end, lo, hi)[0] == "death"] if _no_act_word(ix, sent) else []
        before = [k for k, s in enumerate(sents) if s < sent]
        if not (counts or bodies) or not before:
            continue
        last = sents[before[-1]]
        ones = [k for k in before if sents[k] == last]
        if sent - last > 2 or len(ones) != 1 or events[ones[0]].event_type not in VIOLENT:
            continue
        counts = counts or [q.mention.value for q in bodies if not _elsewhere_of(ix, sent, events[ones[0]])]
        if not counts:
            continue
        k, n = ones[0], max(q.best for q in counts)
        if n > (events[k].fatalities or 0):
            events[k] = replace(events[k], fatalities=n, fatalities_low=n, fatalities_high=None,
                                fatalities_estimate=False)


def _bodies(toks, start: int, end: int, lo: int, hi: int) -> bool:
    """The count at toks[start:end] counts bodies (event_tolls.tsv ``body``): governed by a noun
    of bodies (جثث أربعة مدنيين، جثامين 7 أشخاص) or counting one (أربع جثث)."""
    body = toll_words().body
    j = governor(toks, start, lo)
    return (j >= lo and not body.isdisjoint(toks[j].forms)) or (end < hi and not body.isdisjoint(toks[end].forms))


def _no_act_word(ix: DocIndex, sent: int) -> bool:
    """The sentence has no day of its own and no word that can found an act: its death words are
    weak ones (وفاة، قتيلان، جثث), not those of an act dropped as background (وكان ثلاثة قد قتلوا
    في انفجار مماثل، وقتل 200 منذ بداية العام); none of them in the scope of a cue other than a
    speaker's (وخلفت الحرب أكثر من 300 ألف قتيل: a general statement)."""
    trigs = ix.get("trigger", sent)
    return not ix.get("date", sent) and not any(
        t.mention.confidence >= CONFIDENCE.founding_trigger or t.mention.value.modality not in (None, "report")
        for t in trigs)


def _elsewhere_of(ix: DocIndex, sent: int, ev: Event) -> bool:
    """The sentence names a resolved place other than the record's (عثر على جثث ثلاثة أشخاص في
    قرية أخرى: bodies of another act)."""
    own = ev.place.place.id if ev.place is not None and ev.place.place is not None else None
    return any(p.mention.value.place is not None and p.mention.value.place.id != own
               for p in ix.get("place", sent))


def _with_events(doc: Doc, events: tuple[Event, ...]) -> Doc:
    return replace(doc, events=events)
