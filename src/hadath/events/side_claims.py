"""A party's figure for one side of an act whose first toll counted both sides.

"قتل تسعة من المتمردين واثنان من جنود الجيش في هجوم ... . من جانبه أعلن الناطق باسم الحركة
مقتل 21 من القوات الحكومية": the first toll counts the dead of both sides (9 + 2); the rebels'
figure after من جانبه (doers.TOLL_OTHER) is another figure for one of those counts - the
soldiers' -, not more dead. The record keeps the lower figure for that side (CODING.md: the
lowest credible) and the other side's count as it was: 9 + min(2, 21) = 11, not 32. The side a
count is of is the actor named in its group right after it (من جنود الجيش، من القوات الحكومية).
"""
from __future__ import annotations

from hadath.events.doers import TOLL_OTHER
from hadath.events.fatalities import JOINT, classify
from hadath.events.index import DocIndex
from hadath.events.records import evolve
from hadath.events.toll_words import conj_led
from hadath.types import Event

SIDE_WORDS = 3  # words between a count and the actor naming its side (اثنان من جنود الجيش)


def claimed_side(ix: DocIndex, ev: Event, more: Event, folded: Event) -> Event:
    """``folded`` (``ev`` continued by ``more``) with the toll of :mod:`this module <hadath.events.side_claims>`
    when ``more`` is the other side's figure (TOLL_OTHER, its doer the side ``ev`` hit and its
    victims ``ev``'s doers) for one count of ``ev``'s toll - a count whose group names an actor
    of the side ``more`` counts, with other dead beside it -; ``folded`` otherwise."""
    if TOLL_OTHER not in more.flags or not (ev.fatalities and more.fatalities) or ev.fatalities_estimate \
            or more.fatalities_estimate or ev.actor2 is None or more.actor1 != ev.actor2 or more.actor2 != ev.actor1 \
            or more.inter2 is None or more.inter2 == ev.inter2:
        return folded
    count = side_count(ix, ev, more.inter2)
    if count is None or count >= ev.fatalities:
        return folded  # (no count of that side, or it is the whole toll: the other readings hold)
    n = ev.fatalities - count + min(count, more.fatalities)
    return evolve(folded, fatalities=n, fatalities_low=n, fatalities_high=n)


def side_count(ix: DocIndex, ev: Event, inter: int) -> int | None:
    """The figure of the dead count in ``ev``'s toll whose group names an actor of ``inter``
    within SIDE_WORDS words after it, no word led by و or punctuation between; None if none."""
    toks = ix.doc.tokens
    for span in ev.evidence.get("fatalities", ()):
        a, b = ix.token_range(span)
        if a >= b or b >= len(toks):
            continue
        sent = toks[a].sentence
        q = next((loc.mention.value for loc in ix.get("quantity", sent) if loc.start == a), None)
        if q is None or getattr(q, "best", None) is None:
            continue
        lo, hi = ix.bounds[sent]
        if classify(toks, a, b, lo, hi)[0] in ("injury", JOINT):
            continue  # (the wounded's count: no dead of the side)
        side = next((loc.mention.value for loc in ix.get("actor", sent) if b <= loc.start <= b + SIDE_WORDS
                     and not any(t.kind == "punct" or conj_led(t) for t in toks[b:loc.start + 1])), None)
        if side is not None and side.inter == inter:
            return q.best
    return None
