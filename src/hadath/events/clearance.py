"""Controlled detonations of war remnants (issue #9, round 28): engineers or the state's forces
detonating mines, munitions and objects left by a war (قامت فرق الهندسة العسكرية بتفجير عدد من
الألغام، فجر الجيش أكثر من 50 ألف جسم تم جمعها) clear them; no one is attacked and no attack is
disrupted, so the clause is no act - where the transitive verb with another object (فجر مسلحون
عبوة ناسفة), a mine that blew up (انفجر لغم) or a detonation that killed or wounded is one."""
from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple, Sequence

from hadath.events.lexicons import word_classes

if TYPE_CHECKING:
    from hadath.events.fatalities import Toll
    from hadath.events.frames import Frame
    from hadath.events.index import DocIndex, Located

CLEARANCE_WORDS = "lexicons/event_clearance.tsv"
OBJECT_WINDOW = 7  # words from the verb to what it detonated (past its subject and a count)
STATE_FORCES = 1  # the ACLED inter code of the state's forces


class ClearanceWords(NamedTuple):
    """The word classes of data/lexicons/event_clearance.tsv (see its header), normalized."""
    detonate: frozenset[str]
    remnant: frozenset[str]
    engineer: frozenset[str]


@lru_cache(maxsize=1)
def clearance_words() -> ClearanceWords:
    return word_classes(CLEARANCE_WORDS, ClearanceWords)


def cleared(ix: "DocIndex", frame: "Frame", classes: set[str], inter1: int | None, toll: "Toll") -> bool:
    """The frame's only act is a detonation of war remnants by engineers (a word of theirs before
    the verb in its clause) or by the state's forces, with no one killed or wounded."""
    if classes != {"explode"} or toll.deaths or toll.injuries or toll.estimate:
        return False
    toks, (a, b) = ix.doc.tokens, frame.clause
    w = clearance_words()
    for t in frame.trigs:
        s, e = t.loc.start, t.loc.end
        if w.detonate.isdisjoint(toks[s].forms):
            continue
        if not any(not w.remnant.isdisjoint(toks[k].forms) for k in range(e, min(b, e + OBJECT_WINDOW))):
            continue
        if inter1 == STATE_FORCES or any(not w.engineer.isdisjoint(toks[k].forms) for k in range(a, s)):
            return True
    return False


def defused(ix: "DocIndex", frame: "Frame", classes: set[str], inter1: int | None, toll: "Toll",
            bombs: "Sequence[Located]") -> bool:
    """The state's forces blew up a bomb they found (فجر الجيش عبوة ناسفة زرعها مسلحون بعد
    اكتشافها): the frame's only act a transitive detonation (event_clearance.tsv detonate) by
    them, a bomb (``bombs``: the frame's weapon mentions of lemma ``ied``) its object - told after
    the verb, none before it (سيارة مفخخة فجرت حافلة: the bomb blew up something) - and no one
    killed or wounded: an attack disrupted (ACLED's Disrupted weapons use), no bombing."""
    if classes != {"explode"} or inter1 != STATE_FORCES or toll.deaths or toll.injuries or toll.estimate:
        return False
    toks = ix.doc.tokens
    w = clearance_words()
    ieds = [b.start for b in bombs if b.mention.value.lemma == "ied"]
    return any(not w.detonate.isdisjoint(toks[t.loc.start].forms) and ieds
               and all(k > t.loc.start for k in ieds) for t in frame.trigs)
