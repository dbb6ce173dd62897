"""A toll told for "the N places" named before (issue #9): 15 شخصا قتلوا في القصف على المدن الثلاث
after three sentences that each name one of the towns hit. CODING.md: a toll reported jointly
for several places is split evenly between them - here the places are named in earlier
sentences, so the toll's clause, a continuation with no place of its own, names only how many."""
from __future__ import annotations

from hadath.events.frames import Frame
from hadath.events.index import DocIndex
from hadath.events.toll_words import toll_words
from hadath.text.number_words import word_number
from hadath.types import Event

MOST_PLACES = 10  # "the N places" told for a toll: more are a tally, no list of records


def joint_count(ix: DocIndex, frame: Frame) -> int:
    """How many places the frame's clause points back to as one: a definite plural place noun
    before a number word (event_tolls.tsv ``joint_places``: المدن الثلاث، البلدات الأربع) or a
    definite dual place noun (``joint_places_two``: المدينتين، البلدتين); 0 when it names none."""
    toks, w = ix.doc.tokens, toll_words()
    a, b = frame.clause
    for k in range(a, b):
        forms = {toks[k].norm, *toks[k].forms}
        if not w.joint_places_two.isdisjoint(forms):
            return 2
        if k + 1 < b and not w.joint_places.isdisjoint(forms) and toks[k + 1].kind == "word":
            hit = word_number(toks[k + 1].norm)
            if hit is not None and hit[0].cls == "unit" and 2 < hit[0].value <= MOST_PLACES:
                return hit[0].value
    return 0


def joint_targets(ix: DocIndex, frame: Frame, made: list[Event], events: list[Event],
                  prev: list[int]) -> list[int]:
    """The records a continuation's toll goes to: the previous frame's (``prev``), or, when the
    toll is told for "the N places" (:func:`joint_count`) and the previous frame made fewer
    records, the N records of the act's type and day placed at distinct places whose names are
    told last before the clause, the previous frame's among them (a sentence a town, then the
    toll: وقال المرصد إن 15 شخصا قتلوا في القصف التركي على المدن الثلاث)."""
    if not made or not made[0].fatalities or made[0].fatalities_estimate or not prev:
        return prev
    n = joint_count(ix, frame)
    if n <= len(prev):
        return prev
    last = events[prev[-1]]
    start = frame_start(ix, frame)
    named: dict[str, tuple[int, int]] = {}  # location -> (where its name is told last, record)
    for k, ev in enumerate(events):
        spans = ev.evidence.get("location", ())
        if (ev.event_type != last.event_type or ev.event_date != last.event_date or ev.place is None
                or ev.place.place is None or not spans or ev.fatalities):
            continue
        at = max(s.start for s in spans)
        key = ev.place.place.id
        if at < start and (key not in named or named[key][0] < at):
            named[key] = (at, k)
    chosen = sorted(named.values())[-n:]
    picked = sorted(k for _at, k in chosen)
    if len(picked) < n or not set(prev) <= set(picked):
        return prev
    return picked


def frame_start(ix: DocIndex, frame: Frame) -> int:
    """The character offset where the frame's clause starts."""
    return ix.doc.tokens[frame.clause[0]].start
