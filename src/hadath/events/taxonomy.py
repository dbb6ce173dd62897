"""ACLED's event taxonomy: trigger classes, weapon cues, disorder types and interaction codes.

A trigger class (triggers.tsv) names what a word says happened (kill, shell, protest ...); the
final event and sub-event type of an event is decided here from all the classes and weapons of
its clause and from who was hit (civilians, armed men, protesters).
"""
from __future__ import annotations

BATTLES = "Battles"
ERV = "Explosions/Remote violence"
VAC = "Violence against civilians"
PROTESTS = "Protests"
RIOTS = "Riots"
SD = "Strategic developments"
GATHERINGS = frozenset({PROTESTS, RIOTS})  # the event types of a crowd's gathering
VIOLENT = frozenset({BATTLES, ERV, VAC})  # the event types of political violence (an armed act)

SUB_EVENT_TYPES: dict[str, tuple[str, ...]] = {
    BATTLES: ("Armed clash", "Government regains territory", "Non-state actor overtakes territory"),
    ERV: ("Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack",
          "Remote explosive/landmine/IED", "Grenade"),
    VAC: ("Sexual violence", "Attack", "Abduction/forced disappearance"),
    PROTESTS: ("Peaceful protest", "Protest with intervention", "Excessive force against protesters"),
    RIOTS: ("Violent demonstration", "Mob violence"),
    SD: ("Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
         "Headquarters or base established", "Looting/property destruction",
         "Non-violent transfer of territory", "Other"),
}

# class -> (event_type, sub_event_type) before weapons and targets are considered
CLASSES: dict[str, tuple[str | None, str | None]] = {
    "kill": (VAC, "Attack"), "death": (VAC, "Attack"), "death_noun": (VAC, "Attack"),
    "execute": (VAC, "Attack"), "torture": (VAC, "Attack"), "injure": (VAC, "Attack"),
    "attack": (VAC, "Attack"), "shoot": (VAC, "Attack"), "assassinate": (VAC, "Attack"),
    "aggression": (VAC, "Attack"),  # عدوان X: names the doer of the acts told with it, no means
    "clash": (BATTLES, "Armed clash"),
    "airstrike": (ERV, "Air/drone strike"),
    "shell": (ERV, "Shelling/artillery/missile attack"),
    "explode": (ERV, "Remote explosive/landmine/IED"),
    "suicide": (ERV, "Suicide bomb"),
    "chemical": (ERV, "Chemical weapon"),
    "abduct": (VAC, "Abduction/forced disappearance"),
    "sexual": (VAC, "Sexual violence"),
    "arrest": (SD, "Arrests"), "raid": (SD, "Other"),
    "protest": (PROTESTS, "Peaceful protest"),
    "riot": (RIOTS, "Violent demonstration"), "mob": (RIOTS, "Mob violence"),
    "burn": (SD, "Looting/property destruction"), "loot": (SD, "Looting/property destruction"),
    "destroy": (SD, "Looting/property destruction"),
    "capture": (BATTLES, "Non-state actor overtakes territory"),
    "recapture": (BATTLES, "Government regains territory"),
    "withdraw": (SD, "Non-violent transfer of territory"),
    "agreement": (SD, "Agreement"), "base": (SD, "Headquarters or base established"),
    "defuse": (SD, "Disrupted weapons use"), "change_group": (SD, "Change to group/activity"),
    "none": (None, None),  # fixed expressions that only look like triggers (مذكرة احتجاج)
}

# which classes may share one event (a frame); classes of different groups make separate events
GROUPS: dict[str, str] = {c: "violence" for c in (
    "kill", "death", "death_noun", "execute", "torture", "injure", "attack", "shoot",
    "assassinate", "clash", "airstrike", "shell", "explode", "suicide", "chemical", "abduct",
    "sexual", "mob", "capture", "recapture", "aggression")}
GROUPS.update({"protest": "protest", "riot": "protest", "arrest": "arrest", "raid": "arrest",
               "burn": "property", "loot": "property", "destroy": "property",
               "withdraw": "withdraw", "agreement": "agreement", "base": "base",
               "defuse": "defuse", "change_group": "change_group"})

WEAPONS: dict[str, tuple[str | None, str | None]] = {
    "air": (ERV, "Air/drone strike"), "drone": (ERV, "Air/drone strike"),
    "artillery": (ERV, "Shelling/artillery/missile attack"),
    "missile": (ERV, "Shelling/artillery/missile attack"),
    "ied": (ERV, "Remote explosive/landmine/IED"), "landmine": (ERV, "Remote explosive/landmine/IED"),
    "suicide": (ERV, "Suicide bomb"), "grenade": (ERV, "Grenade"), "chemical": (ERV, "Chemical weapon"),
    "gun": (None, None), "live": (None, None),  # (live ammunition: a gun named as lethal)
    "blade": (None, None), "teargas": (PROTESTS, "Protest with intervention"),
    "intervention": (PROTESTS, "Protest with intervention"),
    "nonviolent": (SD, "Non-violent transfer of territory"),  # سيطروا على البلدة دون مقاومة
}
# when several weapons are named, the most specific decides
WEAPON_PRIORITY = ("chemical", "suicide", "drone", "air", "grenade", "landmine", "ied", "missile",
                   "artillery")
AIR_OUTRANKED_BY = frozenset(WEAPON_PRIORITY[:WEAPON_PRIORITY.index("drone")])  # (chemical, suicide)
REMOTE_CLASSES = frozenset({"airstrike", "shell", "explode", "suicide", "chemical"})
TOLL_CLASSES = frozenset({"kill", "death", "death_noun", "injure"})  # the classes of a death or a wound told
ARMED_INTERS = frozenset({1, 2, 3, 4, 8})
STATE_INTERS = frozenset({1, 8})  # state forces, at home or abroad
RIOTERS_INTER, PROTESTERS_INTER, CIVILIANS_INTER = 5, 6, 7  # ACLED's inter codes of crowds and of civilians
CROWD_INTERS = frozenset({RIOTERS_INTER, PROTESTERS_INTER})  # ACLED's rioters and protesters
UNARMED_INTERS = CROWD_INTERS | {CIVILIANS_INTER}  # people, no armed side
MILITARY_OF, POLICE_OF, GOVERNMENT_OF = "Military Forces of ", "Police Forces of ", "Government of "
STATE_NAMES = (MILITARY_OF, POLICE_OF, GOVERNMENT_OF)  # how ACLED's names of a government's own forces begin
GROUND_TAKEN = frozenset({"Non-state actor overtakes territory", "Government regains territory"})  # taken by force
# remote means ACLED types apart: an act by one of them is no telling of one by another
BOMB = "Remote explosive/landmine/IED"
REMOTE_MEANS = frozenset({"Air/drone strike", "Shelling/artillery/missile attack", BOMB})


def forces_over_civilians(hit: int | None, other: int | None) -> bool:
    """ACLED's side hit when one harm falls on civilians (inter 7, ``hit``) and a state's forces
    (inter 1, ``other``) together is the forces: civilians are it only when the act hit civilians
    alone. Read for actor slots (events.victims) and for two tellings folding (reconcile.rules)."""
    return hit == CIVILIANS_INTER and other == 1

NON_STATE_ARMED = frozenset({2, 3, 4})  # rebels, militias, communal militias
DISPERSAL = frozenset({"teargas", "intervention"})  # weapons that disperse a crowd, not kill
LETHAL = frozenset({"kill", "death", "execute", "assassinate"})  # classes that say someone died
DISRUPTABLE = frozenset({"ied", "landmine", "grenade", "missile"})  # weapons a force can destroy
STRIKING = frozenset({"air", "drone", "artillery"})  # weapons whose destruction is a strike
BOMBS = frozenset({"suicide", "ied", "landmine"})  # bombs: set off among protesters, by no state's force


GROUPS["none"] = "none"


def default_type(cls: str) -> tuple[str | None, str | None]:
    return CLASSES.get(cls, (None, None))


def weapon_type(weapon: str) -> tuple[str | None, str | None]:
    return WEAPONS.get(weapon, (None, None))


def disorder_type(event_type: str, sub_event_type: str) -> str:
    if event_type == SD:
        return "Strategic developments"
    if event_type == PROTESTS:
        if sub_event_type == "Excessive force against protesters":
            return "Political violence; Demonstrations"
        return "Demonstrations"
    if event_type == RIOTS and sub_event_type == "Violent demonstration":
        return "Demonstrations"
    return "Political violence"


def interaction(inter1: int | None, inter2: int | None) -> int | None:
    """ACLED interaction: the two codes, lower first (17); a sole actor is inter×10 (10, 20)."""
    if inter1 is None and inter2 is None:
        return None
    if inter1 is None or inter2 is None:
        return (inter1 or inter2) * 10  # type: ignore[operator]
    a, b = sorted((inter1, inter2))
    return a * 10 + b


def decide(
    classes: set[str],
    weapons: set[str],
    target: str | None,
    actor1_inter: int | None,
    protesters: bool = False,
    arrests: bool = False,
    deaths: bool = False,
    mob: bool = False,
    confront: bool | str = False,
    peaceful: bool = False,
) -> tuple[str, str]:
    """The event and sub-event type of one frame.

    ``target``: "civilian", "armed", "protester", "military_target" or None (unknown);
    ``protesters``: a protest trigger or protesters take part; ``arrests``: arrests reported;
    ``mob``: the doer is a crowd of residents (هاجمت مجموعة من المواطنين); ``confront``: the
    fight is people's confrontation with a state force (مواجهات بين الشبان وقوات الاحتلال; "armed":
    with a non-state armed group, crowd_fights.crowd_confronts_force);
    ``peaceful``: the report calls the crowd peaceful (المتظاهرين السلميين).
    """
    group = {GROUPS.get(c) for c in classes}
    lethal = deaths or bool(classes & LETHAL)
    if "protest" in group and "protest" not in classes and actor1_inter in ARMED_INTERS:
        # رشق/شغب by armed men or settlers (هاجم مستوطنون المنازل ورشقوها بالحجارة): an attack,
        # not a demonstration
        # (اعتقلت قوات الأمن شبانا بعد أعمال الشغب: the arrest is the force's act)
        group = (group - {"protest"}) | (set() if "arrest" in classes else {"violence"})
        classes = classes - {"riot"}
    if "protest" in group and actor1_inter in NON_STATE_ARMED and classes & {"burn", "destroy", "loot"} \
            and not lethal and "riot" not in classes:
        return SD, "Looting/property destruction"  # أقدم مجهولون على إحراق خيام المعتصمين
    if "protest" in group:
        violent = classes & {"riot", "clash"}
        if peaceful and actor1_inter not in CROWD_INTERS:
            violent -= {"clash"}  # (اعتداء الأمن على المتظاهرين السلميين ... اشتباك بين أحدهم وفرد أمن: the force's)
        if not (lethal and actor1_inter in STATE_INTERS):  # forces that kill at a sit-in and burn
            violent |= classes & {"burn", "destroy", "loot", "raid"}  # its tents: no riot
        if actor1_inter not in ARMED_INTERS and not weapons & DISPERSAL:
            violent |= classes & {"explode"}  # المحتجون ألقوا قنابل يدوية / عبوة مولوتوف
        if actor1_inter in CROWD_INTERS:  # قتل شرطي على يد محتجين، هاجم متظاهرون مركزا للشرطة: the crowd's own violence
            violent |= classes & {"kill", "attack", "injure", "shoot"}
        shot = "shoot" in classes or (bool(weapons & {"gun", "live"}) and "injure" in classes) \
            or ("live" in weapons and "warning" not in classes)  # أصيبوا بالرصاص الحي، قمعت المظاهرة بالرصاص الحي
        if not violent and (lethal or (shot and ("teargas" not in weapons or "live" in weapons))):
            # (الرصاص الحي والقنابل الدخانية: live ammunition beside the gas is still lethal force)
            # أطلقت قوات الأمن النار على المتظاهرين (لتفريقهم): live fire is lethal force, whether
            # or not the report counts dead and whatever its aim (rubber bullets, tear gas: dispersal)
            return PROTESTS, "Excessive force against protesters"
        if "riot" in classes or violent:
            return RIOTS, "Violent demonstration"
        if weapons & DISPERSAL or arrests or classes & {"shoot", "attack", "injure", "warning"}:
            return PROTESTS, "Protest with intervention"
        if "mob" in classes and classes - {"mob", "protest"}:  # (خرجت حشود ... للمطالبة: a crowd, no violence)
            return RIOTS, "Mob violence"
        return PROTESTS, "Peaceful protest"
    if "violence" in group:
        if mob and target in ("armed", "military_target") and classes & {"attack", "burn", "destroy", "loot"} \
                and not classes & LETHAL and not classes & REMOTE_CLASSES:
            return RIOTS, "Mob violence"  # هاجمت مجموعة من المواطنين الغاضبين مركزا للشرطة وأحرقت سيارات
        if mob and target == "civilian" and classes & {"attack", "kill", "injure"} and not weapons \
                and not classes & REMOTE_CLASSES:
            return RIOTS, "Mob violence"  # اعتدى عشرات من أهالي القرية على رجلين وضربوهما حتى الموت
        if actor1_inter == RIOTERS_INTER and not classes & REMOTE_CLASSES and "clash" not in classes:
            return RIOTS, "Mob violence"  # هاجم مشجعون غاضبون حافلة الفريق، اعتدى مثيرو الشغب على: rioters' violence
        if target == "protester" and actor1_inter == PROTESTERS_INTER:
            return RIOTS, "Violent demonstration"  # المحتجون الذين ألقوا قنابل: the crowd's own violence
        if target == "protester":
            if not lethal and weapons & DISPERSAL and not classes & {"shoot"}:
                # ألقت قنابل الغاز على المتظاهرين: dispersal, not lethal force
                return PROTESTS, "Protest with intervention"
            return PROTESTS, "Excessive force against protesters"
        if "mob" in classes and not classes & REMOTE_CLASSES and actor1_inter not in STATE_INTERS:
            return RIOTS, "Mob violence"  # (فجر نفسه وسط حشد: a bombing; قتل شاب برصاص أمين شرطة خلال
            # مشاجرة: a state force's attack, no mob's)
        if "sexual" in classes:
            return VAC, "Sexual violence"
        if ("recapture" in classes or "capture" in classes) and "nonviolent" in weapons \
                and not classes & {"clash", "kill", "death", "shell", "airstrike", "explode"}:
            return SD, "Non-violent transfer of territory"
        if "recapture" in classes or "capture" in classes:
            if actor1_inter == 1 or ("recapture" in classes and actor1_inter is None):
                return BATTLES, "Government regains territory"
            return BATTLES, "Non-state actor overtakes territory"
        if "clash" in classes and "attack" in classes and target == "civilian" and not confront \
                and (actor1_inter is None or actor1_inter in ARMED_INTERS):
            return VAC, "Attack"  # شن المستوطنون هجوما اندلعت خلاله مواجهات مع الأهالي: an armed side's
            # attack on civilians; the fight the people put up makes no battle (ACLED: civilians are unarmed)
        if "clash" in classes:
            return _battle(confront)
        if "gun" in weapons and "attack" in classes and target in ("armed", "military_target") and not classes & REMOTE_CLASSES:
            return _battle(confront)  # هاجم مسلحون قسم شرطة بالأسلحة الآلية والقذائف: an assault, shells and all
        if "airstrike" in classes and not weapons & AIR_OUTRANKED_BY:
            return CLASSES["airstrike"]  # غارات إسرائيلية بالصواريخ: rockets fired from aircraft
        if "suicide" in classes and "chemical" not in weapons:
            return CLASSES["suicide"]  # انتحاري يقود سيارة مفخخة فجر نفسه: the car is the bomber's
        for w in WEAPON_PRIORITY:
            if w in weapons:
                return WEAPONS[w]  # type: ignore[return-value]
        for c in ("chemical", "suicide", "airstrike", "shell", "explode"):
            if c in classes:
                return CLASSES[c]
        if "abduct" in classes and not classes & LETHAL:
            return VAC, "Abduction/forced disappearance"
        if target in ("armed", "military_target"):
            return _battle(confront)
        if classes & {"burn", "destroy", "loot"} and actor1_inter == CIVILIANS_INTER and not lethal and not weapons:
            return RIOTS, "Mob violence"  # هاجم عشرات من أهالي القرية منزل رجل وأضرموا النار فيه: people's, as below
        if classes & {"burn", "destroy", "loot"} and not lethal and not classes & {"injure", "shoot", "abduct"}:
            return SD, "Looting/property destruction"  # هاجمت القوات قرية وأحرقت عشرات المنازل: no one hurt
        return VAC, "Attack"
    if "arrest" in group:
        if "arrest" in classes or arrests:
            return SD, "Arrests"
        if "property" not in group:  # (اقتحمت القرية ونهبت الممتلكات: the looting is the act)
            return SD, "Other"
    if "property" in group and actor1_inter == CIVILIANS_INTER and classes & {"burn", "destroy", "loot"}:
        return RIOTS, "Mob violence"  # أضرم عشرات من أهالي القرية النار في منازل: a mob's
    if "property" in group and actor1_inter == PROTESTERS_INTER and classes & {"burn", "destroy", "loot"}:
        return RIOTS, "Violent demonstration"  # اقتحم أنصار الحزب مقر القناة وحطموا محتوياتها: a crowd's
    if "property" in group and protesters and actor1_inter is None:
        return RIOTS, "Violent demonstration"  # بعد حرق مماثل, in a story of protesters: theirs
    if "property" in group and weapons & STRIKING:
        # دمرت طائرات F-16 العراقية وكرا لداعش، دمرت المدفعية آليات: what aircraft or guns destroy
        # they struck
        return WEAPONS[next(w for w in WEAPON_PRIORITY if w in weapons & STRIKING)]  # type: ignore[return-value]
    if "property" in group and weapons & DISRUPTABLE and not lethal:
        return CLASSES["defuse"]  # كشفت ودمرت مخابئ و6 قنابل تقليدية الصنع: weapons destroyed
    for g, cls in (("property", "burn"), ("agreement", "agreement"), ("defuse", "defuse"),
                   ("base", "base"), ("withdraw", "withdraw"), ("change_group", "change_group")):
        if g in group:
            return CLASSES[cls]
    return SD, "Other"


def _battle(confront: bool | str) -> tuple[str, str]:
    """An armed clash - or, when the fight is people's confrontation with a state force, ACLED's
    violent demonstration; with a non-state armed group ("armed"), mob violence."""
    if confront == "armed":
        return RIOTS, "Mob violence"
    return (RIOTS, "Violent demonstration") if confront else (BATTLES, "Armed clash")
