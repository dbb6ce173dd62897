"""Who an act's dead were, told in a sentence of its own (issue #9, actors56): "انفجرت سيارة
مفخخة قرب سوق ... . وقال مصدر أمني إن بين القتلى ثلاثة من عناصر الشرطة". The sentence has no act
word, so no frame reads the side hit it names; the act told before it keeps civilians (the
market) or no side hit. ACLED: a state's forces among the dead of a bomb or a fight are its side
hit (civilians are the side hit only when hit alone)."""
from __future__ import annotations

from dataclasses import replace

from hadath.events.index import DocIndex, Located
from hadath.events.lexicons import function_words
from hadath.events.taxonomy import BATTLES, CIVILIANS_INTER, ERV, interaction
from hadath.events.wordbits import THE_DEAD, within
from hadath.types import Event

LINK_GAP = 5       # words at most between the dead noun and the force named as some of them
SENTENCES_BACK = 2  # the act told at most this many sentences before


def _force_among_dead(ix: DocIndex, sent: int) -> Located | None:
    """A state's force (inter 1) named as some of the dead in sentence ``sent``: after a noun of
    the dead (function_words ``the_dead``) with a word of inclusion between them (``dead_link``:
    بين القتلى ثلاثة من عناصر الشرطة، القتلى هم ثلاثة مجندين) - not a killer after it (القتلى
    سقطوا برصاص الجيش، نقلت جثث القتلى من قبل الجيش: a word of the agent, ``dead_by``)."""
    toks = ix.doc.tokens
    link, by = function_words("dead_link"), function_words("dead_by")
    forces = [a for a in ix.get("actor", sent) if a.mention.value.inter == 1]
    if not forces:
        return None
    acts = [t.start for t in ix.get("trigger", sent)]  # (القتلى سقطوا في قصف من الجيش: an act between)
    for k in within(ix.positions[THE_DEAD], *ix.bounds[sent]):   # (the tokens whose forms meet the_dead)
        for a in forces:
            gap = toks[k + 1:a.start]
            if a.start > k and len(gap) <= LINK_GAP and any(not link.isdisjoint(t.forms) for t in gap) \
                    and all(t.kind != "punct" and by.isdisjoint(t.forms) for t in gap) \
                    and not any(k < t < a.start for t in acts):
                return a
    return None


def dead_named(ix: DocIndex, events: list[Event], sents: list[int], framed: set[int]) -> None:
    """A sentence with no act of its own naming a state's force among the dead of the one bomb
    or fight told in the sentence or two before (:func:`_force_among_dead`) gives that record
    the force as its side hit, when it had civilians or none and the force is not its doer."""
    for sent in range(len(ix.bounds)):
        if sent in framed or (force := _force_among_dead(ix, sent)) is None:
            continue
        before = [k for k, s in enumerate(sents) if s < sent]
        if not before or sent - sents[before[-1]] > SENTENCES_BACK:
            continue
        ones = [k for k in before if sents[k] == sents[before[-1]]]
        ev = events[ones[0]] if len(ones) == 1 else None
        ref = force.mention.value
        if ev is None or ev.event_type not in (ERV, BATTLES) or ev.inter2 not in (None, CIVILIANS_INTER) \
                or ref.name == ev.actor1:
            continue
        evidence = {**ev.evidence, "actor2": (force.mention.span,)}
        events[ones[0]] = replace(ev, actor2=ref.name, inter2=ref.inter, interaction=interaction(ev.inter1, ref.inter),
                                  civilian_targeting=None, evidence=evidence)
