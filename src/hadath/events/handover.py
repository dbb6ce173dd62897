"""The marks the events stage hands to the reconcile stage (issue #11: stages talk only through
the Doc, by declared contracts).

While a document is between the two stages, a few facts about a record that only reconcile
needs ride in ``Event.flags`` (its doers' own dead, a toll told as the act's total, an act told
again ...). Each is declared here, with what it tells, which module sets it and which read it;
``strip`` removes every one of them. The reconcile stage strips its records before they go on,
and the pipeline strips whatever is left at its end, so that no mark leaves hadath - not even
from a pipeline built without reconcile (``hadath extract --stages ...``). A mark is a whole
flag, or for a counted one a prefix followed by a number (``doers_added:2``).
"""
from __future__ import annotations

from typing import Sequence

from hadath.types import Doc, Event, evolve


# The marks. Each is set by events.realize (through the module named) and read by the modules
# named; counted marks are a prefix followed by a number.
DOERS_DEAD = "doers_dead"    # the whole toll is the doers' own dead (events.doers; read by events.merge,
#                              events.doers, reconcile.rules)
DOERS_ADDED = "doers_added:"  # + how many of a summed toll's dead are the doers' own (events.doers;
#                              read by events.doers, reconcile.city, reconcile.headline)
TOLL_TOTAL = "toll_total"    # the toll is told as the act's total (events.doers; read by reconcile.rules)
TOLL_OTHER = "toll_other_source"  # another source's figure for the act (events.doers; read by events.doers)
TOLL_MORE = "toll_more"      # the toll counts more dead of an act told before (قتل أيضا ثلاثة: events.doers;
#                              read by events.doers, events.records, reconcile.rules)
TOLL_CLAIM = "toll_claim"    # the toll is the doers' claim (تبنى التنظيم قتل 14 جنديا: events.doers; read by
#                              events.records)
TOLD_AGAIN = "told_again"    # a definite noun points back to an act told before (events.told_again;
#                              read by reconcile.told_again)
TOLD_SAME = "told_same"      # ... and the act is said to be the same one (events.told_again; read by
#                              reconcile.told_again)
PEACEFUL = "crowd_peaceful"  # the report calls the crowd peaceful (المتظاهرين السلميين: events.crowd_fights;
#                              read by reconcile.rules: a clash folded in is the force's, no riot)
BARE_ATTACK = "attack_bare"  # an Attack told by attack words alone, no harm, shot or weapon named (هاجم
#                              مستوطنون القرية، نتيجة الهجوم: events.realize; read by reconcile.one_type)
SEQUEL = "sequel_act"     # a fight told as following an act of another type (وتلا ذلك اشتباك مسلح: events.assemble,
#                              frame_cuts.sequel_cue; read by reconcile.one_type: another act, never folded into it)
OTHER_ACT = "other_act"   # an act noun told as another (مسيرة أخرى: events.assemble; read by events.merge and
#                              reconcile.one_type: of another sub-type, never folded into the act before)
ANTECEDENT = "crowd_antecedent"  # a blast told as what a crowd gathered after or about (احتشدوا بعد تفجير:
#                              events.crowd_antecedent; read by reconcile.rules: no crowd's own violence)

WHOLE: frozenset[str] = frozenset({DOERS_DEAD, TOLL_TOTAL, TOLL_OTHER, TOLL_MORE, TOLL_CLAIM, TOLD_AGAIN, TOLD_SAME,
                                   PEACEFUL, BARE_ATTACK, SEQUEL, OTHER_ACT, ANTECEDENT})
COUNTED: tuple[str, ...] = (DOERS_ADDED,)


def is_mark(flag: str) -> bool:
    """Whether ``flag`` is one of the hand-over marks (never a flag a user sees)."""
    return flag in WHOLE or flag.startswith(COUNTED)


def unmarked(ev: Event) -> Event:
    """The record without its hand-over marks (itself when it has none)."""
    if not any(map(is_mark, ev.flags)):
        return ev
    return evolve(ev, flags=tuple(f for f in ev.flags if not is_mark(f)))


def strip(events: Sequence[Event]) -> tuple[Event, ...]:
    """The records without any hand-over mark."""
    return tuple(map(unmarked, events))


def strip_doc(doc: Doc) -> Doc:
    """The document with its records' hand-over marks removed (the document itself when none
    carries one: the common case costs one look at each record's flags)."""
    if not any(is_mark(f) for e in doc.events for f in e.flags):
        return doc
    return doc.with_events(strip(doc.events))
