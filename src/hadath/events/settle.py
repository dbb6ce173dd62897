"""ACLED's actor conventions on the roles a frame found (issue #9): the crowd of a protest or
riot, unidentified attackers, civilians as the side hit, the force that intervened, the owner
of seized weapons. Split from :mod:`hadath.events.realize`, which calls :func:`settle_actors`
once per frame."""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Callable

from hadath.events.index import Located
from hadath.events.records import INTERVENED
from hadath.events.roles import ActorSlot, Roles
from hadath.events.taxonomy import (ARMED_INTERS, BATTLES, CROWD_INTERS, ERV, MILITARY_OF, NON_STATE_ARMED, POLICE_OF, RIOTS,
                                    STATE_NAMES, VAC)
from hadath.events.victims import hit_by_others
from hadath.events.tuning import CONFIDENCE
from hadath.types import ActorRef

CIVILIANS = ActorRef("Civilians ({country})", 7, kind="generic")
UNIDENTIFIED = ActorRef("Unidentified Armed Group ({country})", 3, kind="generic")
UNKNOWN_AIR = ActorRef("Unidentified Military Forces", 8, kind="generic", actor_id="unidentified-military")
TRIBAL = ActorRef("Unidentified Tribal Militia ({country})", 4, kind="generic")
PROTESTERS = ActorRef("Protesters ({country})", 6, kind="generic")
RIOTERS = ActorRef("Rioters ({country})", 5, kind="generic")
POLICE = ActorRef(POLICE_OF + "{country}", 1, kind="state-generic")
EXCESSIVE = "Excessive force against protesters"
FORCE_BY_DEFINITION = frozenset({"Protest with intervention", EXCESSIVE})


@dataclass
class Actors:
    """The event's actors after ACLED's conventions: the slots they came from (for evidence;
    None when the actor is a default), their references, associates and confidences."""
    actor1: ActorSlot | None
    actor2: ActorSlot | None
    ref1: ActorRef | None
    ref2: ActorRef | None
    assoc1: list[str] = field(default_factory=list)
    assoc2: list[str] = field(default_factory=list)
    conf1: float = 0.0
    conf2: float = 0.0

    @property
    def name1(self) -> str | None:
        return self.ref1.name if self.ref1 else None

    @property
    def name2(self) -> str | None:
        return self.ref2.name if self.ref2 else None

    @property
    def inter1(self) -> int | None:
        return self.ref1.inter if self.ref1 else None

    @property
    def inter2(self) -> int | None:
        return self.ref2.inter if self.ref2 else None

    @property
    def civilian_targeting(self) -> str | None:
        # (protesters attacked by an armed group are civilians targeted too: ACLED's VAC on them)
        return "Civilian targeting" if self.ref2 is not None and (
            self.ref2.inter == 7 or (self.ref2.inter == 6 and self.ref1 is not None
                                     and self.ref1.inter not in CROWD_INTERS)) else None


VIOLENT_OR_RIOT = (VAC, BATTLES, ERV, RIOTS)
GROUND_CHANGES = frozenset({"Government regains territory", "Non-state actor overtakes territory",
                            "Non-violent transfer of territory"})


def settle_actors(ev_type: str, sub: str, roles: Roles, target: str | None,
                  force: Callable[[], Located | None] = lambda: None,
                  property_hit: Callable[[], bool] = lambda: False, communal: bool = False,
                  riot: bool = False, aircraft: bool = False, bombed: bool = False) -> Actors:
    """ACLED's actor conventions on the roles found: the crowd is actor1 of a protest or riot
    and the state force it faced actor2 (``force()``: the one named in the sentence when none
    was found and the sub-event says a force intervened); civilians are never actor1 of
    violence, an unknown attacker is an unidentified armed group, the side hit by violence
    against civilians is civilians, and so is the owner of destroyed civilian property
    (``property_hit()``); a fight between tribes or clans (``communal``) has the communal
    militia on both sides unless a side is named; people arrested in a riot's frame (``riot``)
    are its rioters; protesters a bomb was set off among (``bombed``) met an unidentified armed
    group, no police."""
    s = Actors(roles.actor1, roles.actor2, roles.actor1.ref if roles.actor1 else None,
               roles.actor2.ref if roles.actor2 else None,
               [x.ref.name for x in roles.assoc1], [x.ref.name for x in roles.assoc2],
               roles.conf1, roles.conf2)
    if ev_type in ("Protests", "Riots") and sub != "Mob violence":
        _crowd(s, ev_type, sub, force, bombed)
    elif sub == "Mob violence" and (s.ref1 is None or s.ref1.inter == 7 or s.ref1.name == UNIDENTIFIED.name):
        # أضرم عشرات من الأهالي النار في منازل: the mob is ACLED's Rioters
        s.ref1, s.conf1 = RIOTERS, max(s.conf1, CONFIDENCE.crowd)
        if s.ref2 is None and (target == "civilian" or property_hit()):
            s.ref2, s.conf2 = CIVILIANS, CONFIDENCE.civilians
    elif sub == "Mob violence" and s.ref1 is not None and s.ref1.inter not in CROWD_INTERS \
            and s.ref2 is not None and s.ref2.inter == 7 and s.ref2.kind == "generic":
        # (قتلت قوات الدعم السريع مواطنا في صدامات مع المواطنين: the people faced the force - ACLED's
        # Rioters are actor1, the armed side they met actor2)
        s.ref2, s.conf2, s.actor2 = s.ref1, s.conf1, s.actor1
        s.ref1, s.conf1, s.actor1 = RIOTERS, max(s.conf1, CONFIDENCE.crowd), None
    elif ev_type in VIOLENT_OR_RIOT:
        if s.ref1 is not None and s.ref1.inter == 7 and sub != "Mob violence":
            if s.ref2 is None:  # مقتل مدنيين بقصف ...: the civilians are the ones hit
                s.ref2, s.conf2, s.actor2 = s.ref1, s.conf1, s.actor1
            s.ref1, s.actor1 = None, None
        if s.ref1 is None:  # (an air strike by no named side: aircraft belong to states, not armed groups)
            s.ref1, s.conf1 = UNKNOWN_AIR if aircraft else UNIDENTIFIED, CONFIDENCE.unidentified
        if s.ref2 is None and ev_type in (VAC, ERV) and target == "protester":
            s.ref2, s.conf2 = PROTESTERS, CONFIDENCE.civilians  # مسلحون قتلوا متظاهرين: ACLED's Protesters
        if s.ref2 is None and (ev_type == "Violence against civilians" or target == "civilian"
                               or (ev_type == ERV and property_hit())):
            # (شن غارات استهدفت الأحياء السكنية: a civilian target - CODING.md)
            s.ref2, s.conf2 = CIVILIANS, CONFIDENCE.civilians
    elif sub == "Arrests" and s.ref1 is not None and s.ref1.inter == 7 and s.ref2 is not None \
            and s.ref2.inter == 1:
        # استشهد ثلاثة شبان واعتقل آخرون خلال اقتحام قوات الاحتلال: people are arrested, the
        # state force arrests
        s.actor1, s.actor2 = s.actor2, s.actor1
        s.ref1, s.ref2, s.conf1, s.conf2 = s.ref2, s.ref1, s.conf2, s.conf1
    elif sub == "Arrests" and s.ref1 is None:
        # تم القبض على المتهم: only a state force arrests; ACLED codes an unnamed one as the
        # country's police
        s.ref1, s.conf1 = POLICE, CONFIDENCE.unnamed_police
    if sub == "Arrests" and s.ref2 is None and target == "civilian":
        s.ref2, s.conf2 = CIVILIANS, CONFIDENCE.civilians  # اعتقلت قوات الاحتلال 15 فلسطينيا
    if sub == "Arrests" and riot and (s.ref2 is None or s.ref2.name == CIVILIANS.name):
        s.ref2, s.conf2 = RIOTERS, CONFIDENCE.civilians  # اعتقلت الشرطة شبانا بعد أعمال الشغب
    if communal and ev_type == "Battles":
        # نزاع عشائري مسلح: ACLED codes both sides as the (unidentified) communal militia; a
        # communal militia named as such keeps its name (فصائل درزية: Druze Ethnic Militia)
        if s.ref1 is None or (s.ref1.kind == "generic" and s.ref1.inter != TRIBAL.inter):
            s.ref1, s.actor1, s.conf1 = TRIBAL, None, CONFIDENCE.story_actor
        if s.ref2 is None or (s.ref2.kind == "generic" and s.ref2.inter != TRIBAL.inter):
            s.ref2, s.actor2, s.conf2 = TRIBAL, None, CONFIDENCE.story_actor
    elif s.ref1 is not None and s.ref2 is not None and s.ref1.name == s.ref2.name \
            and (s.actor1 is not s.actor2 or s.actor1 is None or s.ref1.kind != "generic"):
        # (one unnamed slot on both sides is a dual: بين مجموعتين مسلحتين)
        s.ref2, s.actor2, s.conf2 = None, None, 0.0  # اتهم X عناصر من Y باغتصاب: not both sides
        if ev_type == "Violence against civilians":
            s.ref2, s.conf2 = CIVILIANS, CONFIDENCE.civilians
    if ev_type == BATTLES and one_state(s.ref1, s.ref2):
        # صدت القوات المصرية هجوما استهدف حاجزا أمنيا: the army and the police of one state are
        # one side; the attacker the story leaves unnamed is the other (actor1), the side hit stays
        s.assoc2 = [s.ref1.name] + s.assoc2
        s.ref1, s.actor1, s.conf1 = UNIDENTIFIED, None, CONFIDENCE.unidentified
    hit_name = hit_by_others(s.ref1, s.ref2) if s.ref2 is not None and ev_type in (VAC, BATTLES, ERV) else None
    if hit_name:  # قتل مستوطن في عملية طعن نفذها فلسطيني: ACLED's civilians, the settlers associated
        s.assoc2 = [s.ref2.name] + s.assoc2
        s.ref2 = ActorRef(hit_name, CIVILIANS.inter)
    if s.ref2 is not None and s.ref2.inter == 7 and s.ref2.kind == "generic" \
            and s.ref2.name != CIVILIANS.name:
        # بينهم أربعة أطفال وثلاث نساء، صحفيون: civilians, the group named as associated
        s.assoc2 = [s.ref2.name] + s.assoc2
        s.ref2 = CIVILIANS
    if sub == "Disrupted weapons use" and s.ref1 is not None and s.ref1.inter in NON_STATE_ARMED \
            and s.ref2 is None and (s.actor1 is None or s.actor1.marked != "agent"):
        # (not the group that announced the shooting down: أعلنت قوات صنعاء إسقاط طائرة أمريكية)
        # ضبطت مفارز للجيش مخبأ للجماعات الإرهابية: the group owns what was seized; the force
        # named in the sentence seized it
        s.actor2, s.ref2, s.conf2 = s.actor1, s.ref1, s.conf1
        loc = force()
        s.actor1 = ActorSlot.of(loc) if loc else None
        s.ref1 = s.actor1.ref if s.actor1 else None
        s.conf1 = CONFIDENCE.intervening_force if loc else 0.0
    if sub == "Disrupted weapons use" and s.ref1 is None:
        # كشفت ودمرت مفارز للجيش مخابئ: the state force named in the sentence seized them
        loc = force()
        if loc is not None:
            s.actor1 = ActorSlot.of(loc)
            s.ref1, s.conf1 = s.actor1.ref, CONFIDENCE.intervening_force
    if sub == "Peaceful protest" or (sub in GROUND_CHANGES and s.ref2 is not None and s.ref2.inter == 7):
        # the authority a protest addresses is not a party to it; ground changes hands between
        # armed sides, never from civilians (احتفالات الأهالي بعد استعادة المدينة)
        s.actor2, s.ref2, s.conf2 = None, None, 0.0
    if sub == "Air/drone strike" and s.ref1 is not None and s.ref1.name.startswith(POLICE_OF):
        # نفذت طائرات F16 العراقية ضربات بمعلومات من وزارة الداخلية: no police force flies strike
        # aircraft - the state's air force (ACLED's Military Forces of the state) struck
        s.ref1 = replace(s.ref1, name=MILITARY_OF + s.ref1.name[len(POLICE_OF):], actor_id=None)
    if sub == "Looting/property destruction" and (s.ref2 is None or s.ref2.inter == 7) \
            and (property_hit() or armed_on_property(s.ref1, target)):
        s.ref2, s.conf2 = CIVILIANS, CONFIDENCE.civilians  # هدمت القوات منزلين، جرفت أراضي زراعية
    return s


def armed_on_property(doer: ActorRef | None, target: str | None) -> bool:
    """An armed side (a state's forces, a group, settlers) burned, razed or looted property and
    the clause names no military site or vehicle (a military target) as what it hit: ACLED codes
    the property's owners as Civilians (أحرق مستوطنون جرافة وغرفة، أضرموا النار في شاحنات) - the
    owner is rarely named, the word for the thing varies without end. (An armed noun in the
    clause is most often the doer's own: أضرم عناصر من حركة الشباب النار.)"""
    return doer is not None and doer.inter in ARMED_INTERS and target != "military_target"


def one_state(a: ActorRef | None, b: ActorRef | None) -> bool:
    """Two different forces of one state (its army and its police, of one period): one side,
    never the two sides of a fight."""
    if a is None or b is None or a.name == b.name or a.inter != 1 or b.inter != 1:
        return False
    rest = [next((x[len(lead):] for lead in STATE_NAMES if x.startswith(lead)), None) for x in (a.name, b.name)]
    return rest[0] is not None and rest[0] == rest[1] and "{" not in rest[0]


def _crowd(s: Actors, ev_type: str, sub: str, force: Callable[[], Located | None],
           bombed: bool = False) -> None:
    """Protesters or rioters as actor1, the state force among the named actors as actor2,
    other named actors (not citizens: they are the protesters) as associates of the crowd -
    except an armed group that used lethal force on them (ACLED: excessive force against
    protesters by a non-state group, or a bomb among them), which is actor2."""
    named = [r for r in (s.ref1, s.ref2) if r is not None]
    state = [r for r in named if r.inter in (1, 8)]
    armed = s.ref1 if sub == EXCESSIVE and s.ref1 is not None and s.ref1.inter in NON_STATE_ARMED else None
    others = [r for r in named if r.inter not in (1, 8, 5, 6, 7) and r is not armed]
    s.assoc1 = [r.name for r in others] + s.assoc1
    s.ref1, s.conf1 = PROTESTERS if ev_type == "Protests" else RIOTERS, max(s.conf1, CONFIDENCE.crowd)
    s.ref2 = state[0] if state else armed
    s.conf2 = s.conf2 if s.ref2 else 0.0
    if s.ref2 is None and sub == EXCESSIVE and bombed:
        s.ref2, s.conf2 = UNIDENTIFIED, CONFIDENCE.unidentified  # انفجار سيارة مفخخة وسط مظاهرة
    if s.ref2 is None and sub in INTERVENED:
        # the force that intervened, named in the sentence but not in the frame's slots
        loc = force()
        if loc is not None:
            s.actor2 = ActorSlot.of(loc)
            s.ref2, s.conf2 = s.actor2.ref, CONFIDENCE.intervening_force
        elif sub in FORCE_BY_DEFINITION:
            # أطلقت الغاز المسيل للدموع على المتظاهرين with no force named: the sub-event says a
            # force intervened, and ACLED codes an unnamed one as the country's police
            s.ref2, s.conf2 = POLICE, CONFIDENCE.unnamed_police
