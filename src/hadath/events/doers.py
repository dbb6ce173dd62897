"""The doers' own dead (issue #9, round 27): a toll whose victims are the act's doers - an
attacker noun (أحد المهاجمين، مقتل منفذ الهجوم، لقي الانتحاري حتفه) or a definite noun of armed
men, the anaphor of the doers (فيما قتل أحد المسلحين) - is the other side's dead of the act the
clause before told. ACLED and CODING.md count all deaths of the event, all sides (a suicide
bomber's own death when the text reports it), so when such a toll joins the toll of the side
hit (a continuation or another mention of the act merged), the two add up instead of the larger
being kept. Remote acts (air strikes, shelling) have no doers on the ground to die: there
the dead armed men are the side hit, and the larger toll is kept as before."""
from __future__ import annotations

from typing import TYPE_CHECKING

from hadath.events.toll_words import toll_words
from hadath.types import Event, evolve

if TYPE_CHECKING:  # (records imports this module: no import of the frame readers at run time)
    from hadath.events.fatalities import Toll
    from hadath.events.frames import Frame
    from hadath.events.index import DocIndex

DOERS_DEAD = "doers_dead"  # the flag of an event whose whole toll is its doers' dead (stage-internal)
REMOTE_SUBTYPES = frozenset({"Air/drone strike", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED"})


def doers_toll(ix: "DocIndex", frame: "Frame", toll: "Toll") -> bool:
    """Every count of the frame's toll is of the act's doers (event_tolls.tsv ``doer_victim``,
    ``doer_definite``): the doer noun is the counted word, right after it, or after من (أحد
    المهاجمين، مقتل منفذ الهجوم، اثنان من المسلحين; not حصيلة قتلى التفجير الانتحاري)."""
    if not toll.deaths or toll.estimate or not toll.spans or frame.group != "violence":
        return False
    toks, (a, b) = ix.doc.tokens, frame.clause
    w = toll_words()
    for span in toll.spans:
        k = next((i for i in range(a, b) if toks[i].start <= span.start < toks[i].end), None)
        if k is None:
            return False
        at = [k, k + 1] + ([k + 2] if k + 2 < b and toks[k + 1].norm in w.partitive else [])
        if not any(_doer(toks[j], w) for j in at if j < b):
            return False
    return True


def _doer(tok, w) -> bool:
    return not w.doer_victim.isdisjoint(tok.forms) or not w.doer_definite.isdisjoint({tok.norm, *tok.forms})


def doers_sum(ev: Event, more: Event) -> dict:
    """The toll fields of one act told by two mentions, one counting the side hit and the other
    only the doers' own dead (:data:`DOERS_DEAD`): the sum (all sides); {} otherwise."""
    if (DOERS_DEAD in ev.flags) == (DOERS_DEAD in more.flags) or not (ev.fatalities and more.fatalities) \
            or ev.fatalities_estimate or more.fatalities_estimate \
            or ev.sub_event_type in REMOTE_SUBTYPES or more.sub_event_type in REMOTE_SUBTYPES:
        return {}
    low = (ev.fatalities_low or ev.fatalities) + (more.fatalities_low or more.fatalities)
    high = (ev.fatalities_high or ev.fatalities) + (more.fatalities_high or more.fatalities)
    return dict(fatalities=ev.fatalities + more.fatalities, fatalities_low=low, fatalities_high=high)


def doers_flag(ev: Event, more: Event, changes: dict) -> tuple[str, ...] | None:
    """The flags of ``ev`` continued by ``more``: the toll is the doers' own when both tolls were
    (or only one of them told deaths, and it was); None when the flags do not change."""
    flags = changes.get("flags", ev.flags)
    mine, theirs = DOERS_DEAD in ev.flags, DOERS_DEAD in more.flags
    doers = (mine or not ev.fatalities) and (theirs or not more.fatalities) and (mine or theirs)
    if doers == (DOERS_DEAD in flags):
        return None
    return (*flags, DOERS_DEAD) if doers else tuple(f for f in flags if f != DOERS_DEAD)


def without_doers_flag(events: tuple[Event, ...]) -> tuple[Event, ...]:
    """The events without the stage-internal flag."""
    return tuple(evolve(e, flags=tuple(f for f in e.flags if f != DOERS_DEAD)) if DOERS_DEAD in e.flags else e
                 for e in events)
