"""A verb joined by و to the sentence's first verb shares its subject (واصلت إسرائيل
عدوانها على الضفة الغربية، وقتلت أمس شابين; داهمت القوات الإسرائيلية منازل في جنين، وقتلت
شابين): Arabic does not repeat the subject of coordinated verbs. Read by
:mod:`hadath.events.realize` for an act whose clause names no doer, before the story's guess."""
from __future__ import annotations

from hadath.events.frames import Frame, Trig
from hadath.events.index import DocIndex
from hadath.events.roles import ActorSlot, mark
from hadath.events.state_forces import state_force
from hadath.events.taxonomy import ARMED_INTERS
from hadath.events.toll_words import conj_led
from hadath.events.tuning import WINDOWS


def elided_subject(ix: DocIndex, frame: Frame, main: Trig) -> ActorSlot | None:
    """The subject of the sentence's first verb, for ``main``: a verb led by و whose
    clause names no doer. The subject is the sentence's first actor - or a country's name,
    read as its military - named right after the opening verb (within WINDOWS.lead_subject
    words of the sentence start), a named armed side, unmarked (no speaker, no side hit); no
    other armed side is named between it and ``main`` (else that one may be the verb's subject)."""
    toks = ix.doc.tokens
    if main.form != "verb" or main.ref.voice != "active" or not conj_led(toks[main.loc.start]):
        return None
    lo = ix.bounds[frame.sent][0]
    before = [loc for loc in ix.get("actor", frame.sent) if loc.end <= main.loc.start]
    country = _lead_country(ix, frame, lo, main.loc.start)
    if country is not None and (not before or country.start < before[0].start):
        return None if any(loc.mention.value.inter in ARMED_INTERS for loc in before) else country
    if not before or not 0 < before[0].start - lo <= WINDOWS.lead_subject:
        return None
    first, ref = before[0], before[0].mention.value
    if ref.kind != "named" or ref.inter not in ARMED_INTERS:
        return None
    if any(loc.mention.value.inter in ARMED_INTERS and loc.mention.value.name != ref.name for loc in before[1:]):
        return None
    slot = ActorSlot.of(first)
    if mark(toks, slot, lo, ix.speech_ends.get(frame.sent, ())) is not None:
        return None
    return slot


def _lead_country(ix: DocIndex, frame: Frame, lo: int, end: int) -> ActorSlot | None:
    """A country's name (no cue word, no preposition) right after the sentence's opening verb
    (واصلت إسرائيل): its military on the publication date."""
    p = next((p for p in ix.get("place", frame.sent) if p.end <= end), None)
    if p is None or not 0 < p.start - lo <= WINDOWS.lead_subject:
        return None
    ref = p.mention.value
    if ref.place is None or ref.place.feature_class != "country" or ref.cue is not None:
        return None
    force = state_force(ref.place.country or ref.place.name, ix.doc.article.published)
    return None if force is None else ActorSlot(p.start, p.end, force, p.mention)
