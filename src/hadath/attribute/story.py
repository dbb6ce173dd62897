"""The report's one attacker for acts it tells without a doer (issue #9, roles): records with an
unidentified attacker or none at all (هدمت القوات منزلين: "the forces", named earlier).

ACLED's coders read the whole report: when a story names one armed side for its strikes or
attacks (مليشيات حفتر تمطر أحياء طرابلس بالصواريخ ... وقتل بسوق الجمعة مدني آخر), the acts of the
same kind it lists afterwards without naming a doer are that side's, not an "Unidentified
Armed Group". :func:`inherit_story_attacker` gives such a record the actor1 of the report's
other records of the same event type, dates close, when those name exactly one armed side and
that side is not the one the record says was hit (records under the acceptance model's cut
lend nothing). An air strike only takes a side that flies (a state or a foreign force).
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from hadath.events.lexicons import function_words
from hadath.events.records import said_unknown
from hadath.events.role_words import role_words
from hadath.text.normalize import normalize_key
from hadath.events.taxonomy import ARMED_INTERS, STATE_INTERS, interaction
from hadath.events.tuning import CONFIDENCE, WINDOWS
from hadath.types import Event

AIR = "Air/drone strike"
ATTACK = "Attack"
STRIKES = frozenset({AIR, "Shelling/artillery/missile attack"})
REJECTED = "below_min_confidence"  # the accept stage's flag on a record kept under its cut


def unidentified(ev: Event) -> bool:
    return ev.actor1 is not None and ev.actor1.startswith(("Unidentified Armed Group", "Unidentified Military Forces"))


def _named_armed(ev: Event) -> bool:
    return ev.actor1 is not None and not unidentified(ev) and ev.inter1 in ARMED_INTERS


def _close(a: Event, b: Event) -> bool:
    if a.event_date is None or b.event_date is None:
        return False
    return abs((a.event_date - b.event_date).days) <= WINDOWS.story_days


def _apart(ev: Event, d: Event, text: str) -> bool:
    """Words opening another story (function_words other_story: على صعيد آخر، في سياق منفصل)
    stand between the record's act and the donor's: the donor's side is not lent across them."""
    a, b = ev.evidence.get("trigger"), d.evidence.get("trigger")
    if not text or not a or not b:
        return False
    lo, hi = sorted((min(s.start for s in a), min(s.start for s in b)))
    between = " %s " % " ".join(re.sub(r"[^\w\s]", " ", normalize_key(text[lo:hi])).split())
    return any(" %s " % w in between for w in function_words("other_story"))


def _donor(ev: Event, events: Sequence[Event], text: str = "") -> Event | None:
    donors = [d for d in events if d is not ev and _named_armed(d) and REJECTED not in d.flags
              and not _apart(ev, d, text)
              and d.event_type == ev.event_type and _close(d, ev)
              and (ev.sub_event_type != AIR or d.inter1 in STATE_INTERS)]
    if len({d.actor1 for d in donors}) != 1:
        return None
    d = donors[0]
    if d.actor1 == ev.actor2 or d.inter1 == ev.inter2 == 1:
        return None  # the side hit is not its own attacker (nor a state force its own state's)
    return d


def _aim_only(ev: Event, text: str) -> bool:
    """An attack told with a verb of aiming and nothing of its means (استهدف منزل لعائلة X ما
    أسفر عن استشهاد ثلاثة): no weapon, no doer - the act of a kind the report tells elsewhere."""
    aims = role_words().aim
    return ev.sub_event_type == ATTACK and not ev.evidence.get("weapon") and any(
        not aims.isdisjoint(normalize_key(text[s.start:s.end]).split()) for s in ev.evidence.get("trigger", ()))


def _strike_donor(ev: Event, events: Sequence[Event], text: str) -> Event | None:
    """The report's one state striking from afar (air strikes, shelling) for an aimed act told
    without means or doer: it is one of those strikes (:func:`_aim_only`)."""
    donors = [d for d in events if d is not ev and _named_armed(d) and REJECTED not in d.flags
              and d.sub_event_type in STRIKES and d.inter1 in STATE_INTERS
              and _close(d, ev) and not _apart(ev, d, text)]
    if len({(d.actor1, d.sub_event_type) for d in donors}) != 1 or donors[0].actor1 == ev.actor2:
        return None
    return donors[0]


def inherit_story_attacker(events: Sequence[Event], text: str = "") -> list[Event]:
    """Each record with an unidentified attacker (or none) takes the report's one named attacker of the
    same kind of act (see the module's docstring); its evidence points at that attacker."""
    out = []
    for ev in events:
        # (not a doer the text itself calls unknown: اغتال مسلحون مجهولون)
        doerless = (unidentified(ev) and not said_unknown(ev, text)) or ev.actor1 is None
        d = _donor(ev, events, text) if doerless else None
        strike = _strike_donor(ev, events, text) if doerless and d is None and _aim_only(ev, text) else None
        if strike is not None:  # (one of the strikes: its kind too)
            d, ev = strike, replace(ev, event_type=strike.event_type, sub_event_type=strike.sub_event_type,
                                    disorder_type=strike.disorder_type)
        if d is None:
            out.append(ev)
            continue
        evidence = dict(ev.evidence)
        evidence["actor1"] = tuple(d.evidence.get("actor1", ()))
        conf = dict(ev.confidence)
        conf["actor1"] = CONFIDENCE.story_actor
        out.append(replace(ev, actor1=d.actor1, inter1=d.inter1, assoc_actor_1=d.assoc_actor_1,
                           interaction=interaction(d.inter1, ev.inter2), evidence=evidence,
                           confidence=conf, flags=ev.flags + ("actor1_from_story",)))
    return out
