"""A fight told as following an act of another type (issue #9, "covered by another"): هاجم
انتحاري مطعما في مقديشو وتلا ذلك اشتباك مسلح مع قوات الأمن; انفجرت عبوة بدورية، تبعها اشتباك؛
قصفت الطائرات البلدة، ثم اندلعت اشتباكات. The fight is another act at the act's place
(events.frames._split_sequel cuts it off, frame_cuts.sequel_cue finds the cue); its record is
marked SEQUEL so that reconcile.one_type keeps it apart from the act."""
from __future__ import annotations

import re

from hadath.events.frames import Frame
from hadath.events.roles import role_words
from hadath.events.frame_cuts import elsewhere, other_act
from hadath.events.taxonomy import interaction
from hadath.text.normalize import normalize_key
from hadath.types import Event, evolve

_LAST_WORD = re.compile(r"(\w+)\W*$")


def sequel(frame: Frame, made: list[Event], events: list[Event], prev: tuple[int, list[int]] | None) -> bool:
    """The frame tells a fight that followed an act of its group told just before, of another
    type than every record of that act: an act of its own."""
    return frame.sequel and bool(made) and prev is not None and bool(prev[1]) and frame.sent - prev[0] <= 2 \
        and all(events[k].sub_event_type != made[0].sub_event_type for k in prev[1])


def told_other(toks, frame: Frame) -> bool:
    """An act noun of the frame is said to be another (مسيرة أخرى: frame_cuts.other_act), or the
    frame opens on another place (وفي مكان آخر تظاهر العشرات: _elsewhere)."""
    return any(other_act(toks, t) for t in frame.trigs) or _elsewhere(toks, frame)


def _elsewhere(toks, frame: Frame) -> bool:
    """A noun of place with a word of otherness after it (frame_cuts.elsewhere) before the
    frame's first trigger, in its clause: في مكان آخر، وفي موقع آخر من المدينة."""
    first = min((t.loc.start for t in frame.trigs), default=frame.clause[0])
    return elsewhere(toks, frame.clause[0], first) is not None


def fought_with(ev: Event, act: Event, text: str) -> Event:
    """The fight names only whom it was fought with (اشتباك مسلح مع قوات الأمن: the side after
    مع read as its actor1, no actor2): the act's doer fought that side - actor1 the act's doer,
    actor2 the side named."""
    spans = ev.evidence.get("actor1", ())
    if ev.actor2 is not None or ev.actor1 is None or act.actor1 is None or act.actor1 == ev.actor1 or not spans:
        return ev
    before = _LAST_WORD.search(text[:spans[0].start])
    if before is None or normalize_key(before.group(1)) not in role_words().partner:
        return ev
    evidence = dict(ev.evidence)
    evidence["actor2"], evidence["actor1"] = spans, act.evidence.get("actor1", ())
    conf = {**ev.confidence, "actor2": ev.confidence.get("actor1", 0.0), "actor1": act.confidence.get("actor1", 0.0)}
    return evolve(ev, actor1=act.actor1, inter1=act.inter1, actor2=ev.actor1, inter2=ev.inter1,
                  interaction=interaction(act.inter1, ev.inter1), evidence=evidence, confidence=conf)
