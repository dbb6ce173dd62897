"""The armed group that broke up a protest when no state force is named (فرقت مجموعة مسلحة
مظاهرة، مسلحون فرقوا المحتجين): the non-state side named right beside the dispersal word is
the force that intervened, not the crowd's associate (issue #9, thirteenth round); else the one
that attacked the crowd (fifteenth round)."""
from __future__ import annotations

from hadath.events.index import DocIndex, Located
from hadath.events.taxonomy import DISPERSAL, NON_STATE_ARMED
from hadath.events.tuning import WINDOWS


def dispersing_group(ix: DocIndex, sent: int, attacked: bool = False) -> Located | None:
    """The non-state armed actor of sentence ``sent`` named within WINDOWS.dispersal_beside
    tokens after a dispersal word, or ending right before it; with ``attacked`` (the crowd was
    hit, it did not riot) else :func:`attacking_group`; None when there is none."""
    words = [w for w in ix.get("weapon", sent) if w.mention.value.lemma in DISPERSAL]
    if not words:
        return attacking_group(ix, sent) if attacked else None
    for loc in ix.get("actor", sent):
        ref = loc.mention.value
        if ref.inter not in NON_STATE_ARMED or ref.kind == "pronoun":
            continue
        if any(0 <= loc.start - w.end < WINDOWS.dispersal_beside or loc.end == w.start for w in words):
            return loc
    return None


def attacking_group(ix: DocIndex, sent: int) -> Located | None:
    """The non-state armed actor of sentence ``sent`` that is the subject right after an active
    verb of violence (قتل 25 متظاهرا عندما هاجم مسلحون مجهولون ساحة الخلاني): who attacked the
    crowd when no state force is named; None when there is none."""
    verbs = [t for t in ix.get("trigger", sent) if t.mention.value.voice == "active"
             and t.mention.value.event_type != "Protests"]
    for loc in ix.get("actor", sent):
        ref = loc.mention.value
        if ref.inter in NON_STATE_ARMED and ref.kind != "pronoun" and any(
                0 <= loc.start - v.end <= WINDOWS.subject_after_verb for v in verbs):
            return loc
    return None
