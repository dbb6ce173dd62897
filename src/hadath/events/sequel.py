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
from hadath.events.records import UNIDENTIFIED_GROUP
from hadath.events.taxonomy import ARMED_INTERS, BATTLES, CIVILIANS_INTER, interaction
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
    actor2 the side named. A fight that names no side of its own (no evidence for its actor1):
    :func:`_met_unnamed`."""
    spans = ev.evidence.get("actor1", ())
    if ev.actor1 is None or act.actor1 is None or act.actor1 == ev.actor1:
        return ev
    if not spans:
        return _met_unnamed(ev, act)
    if ev.actor2 is not None:
        return ev
    before = _LAST_WORD.search(text[:spans[0].start])
    if before is None or normalize_key(before.group(1)) not in role_words().partner:
        return ev
    evidence = dict(ev.evidence)
    evidence["actor2"], evidence["actor1"] = spans, act.evidence.get("actor1", ())
    conf = {**ev.confidence, "actor2": ev.confidence.get("actor1", 0.0), "actor1": act.confidence.get("actor1", 0.0)}
    return evolve(ev, actor1=act.actor1, inter1=act.inter1, actor2=ev.actor1, inter2=ev.inter1,
                  interaction=interaction(act.inter1, ev.inter1), evidence=evidence, confidence=conf)


def _met_unnamed(ev: Event, act: Event) -> Event:
    """A fight that names no side of its own (its actor1 the unidentified group by convention, no
    actor2) told as following an armed side's act (اقتحمت قوة إسرائيلية المخيم، ما أدى لاندلاع
    اشتباكات مسلحة مع عشرات الفلسطينيين؛ داهمت قوات الأمن الحي، وتلا ذلك اشتباك مسلح): that side
    fought the unnamed one - actor1 the act's doer, actor2 the unidentified group. People named
    as the fight's other side are no civilians (مع عشرات الشبان: ACLED's battles are between
    armed sides), so a Civilians actor2 gives way too."""
    if (ev.actor2 is not None and ev.inter2 != CIVILIANS_INTER) or ev.event_type != BATTLES \
            or not ev.actor1.startswith(UNIDENTIFIED_GROUP) or act.inter1 not in ARMED_INTERS \
            or act.actor1.startswith(UNIDENTIFIED_GROUP) or not act.evidence.get("actor1"):
        return ev
    evidence = {k: v for k, v in ev.evidence.items() if k != "actor2"}
    evidence["actor1"] = act.evidence["actor1"]
    conf = {**ev.confidence, "actor2": ev.confidence.get("actor1", 0.0), "actor1": act.confidence.get("actor1", 0.0)}
    return evolve(ev, actor1=act.actor1, inter1=act.inter1, actor2=ev.actor1, inter2=ev.inter1, assoc_actor_2=None,
                  civilian_targeting=None, interaction=interaction(act.inter1, ev.inter1), evidence=evidence,
                  confidence=conf)
