"""Fights of people rather than armed sides (:mod:`hadath.events.realize`): between tribes,
clans or families (``communal_fight``), a crowd's brawl between two parties (``brawl_between``),
a crowd named around a doerless burning (``crowd_story``), and people meeting a state force
(``crowd_confronts_force``: ACLED's violent demonstration)."""
from __future__ import annotations

from hadath.events.dual_sides import after_between
from hadath.events.frames import Frame
from hadath.events.index import DocIndex
from hadath.events.lexicons import function_words
from hadath.events.role_words import acts_on, agent_pairs
from hadath.events.roles import ActorSlot, Roles, role_words
from hadath.events.taxonomy import CIVILIANS_INTER, CROWD_INTERS, NON_STATE_ARMED, STATE_INTERS
from hadath.events.tuning import WINDOWS
from hadath.events.unnumbered import protester_noun, singles
from hadath.events.victims import counted_nationals
from hadath.mentions.actor_refs import hit_as


def communal_fight(ix: DocIndex, frame: Frame) -> bool:
    """The frame's fight is told as one between tribes, clans or families (نزاع عشائري مسلح،
    اشتباكات قبلية، اشتباكات بين عشيرتين): a communal word right after one of its triggers, or
    after بين, maybe past the men and من (بين مسلحين من قبيلتي X وY)."""
    if frame.group != "violence":
        return False
    toks = ix.doc.tokens
    words = function_words("communal")
    hi = frame.clause[1]
    return any(not words.isdisjoint(toks[j].forms) and (
        j < t.loc.end + WINDOWS.communal_right or after_between(toks, j))
        for t in frame.trigs for j in range(t.loc.start, hi))
    # (وقع اشتباك مسلح، ليل السبت، بين عائلتين: بين names the two sides past an insert)


def brawl_between(ix: DocIndex, frame: Frame) -> bool:
    """A crowd's fight told as one between two parties (مشاجرة بين عائلتين، تشاجر شبان من
    القريتين): "between" right after a mob word of the frame - both sides are rioters."""
    toks = ix.doc.tokens
    between = role_words().between
    return any(t.cls == "mob" and any(toks[k].norm in between for k in range(
        t.loc.end, min(frame.clause[1], t.loc.end + WINDOWS.communal_right)))
        for t in frame.trigs)


def crowd_story(ix: DocIndex, frame: Frame) -> bool:
    """Protesters or rioters are named in the frame's sentence or the WINDOWS.story_sentences
    before it: a burning told with no doer there (بعد حرق مماثل في ناحية X) is the crowd's."""
    return any(loc.mention.value.inter in CROWD_INTERS
               for s in range(max(0, frame.sent - WINDOWS.story_sentences), frame.sent + 1)
               for loc in ix.get("actor", s))


AGENT_LEFT = 5  # words before the people where an agent pair stands (على يد مجموعة من الأهالي)


def crowd_confronts_force(ix: DocIndex, frame: Frame, roles: Roles) -> str:
    """The frame's fight is a confrontation (مواجهات، صدامات، مناوشات: every clash trigger) between
    people (youths, residents: a civilians noun) and a state force: "force", ACLED's violent
    demonstration; or between such people and a non-state armed group (صدامات بين المواطنين وقوات
    الدعم السريع): "armed", ACLED's mob violence - the people are no armed side. With only words of
    confrontation and the people the one side told, the other untold (شهدت المنطقة مواجهات عنيفة
    ... تمكن الشبان من اقتلاع السياج), "force" too: youths confront no armed side by name; so
    also with no side told at all, after a story of the people's confrontation
    (:func:`people_confronted_before`), or with a state force the one side named and people
    counted by their nationality the others (victims.counted_nationals). "" otherwise."""
    toks = ix.doc.tokens
    words = function_words("confront")
    clashes = [t for t in frame.trigs if t.cls == "clash"]
    sides = [r.ref for r in (roles.actor1, roles.actor2) if r is not None]
    if clashes and any(r.kind == "generic" and r.inter in CROWD_INTERS for r in sides):
        return "force"  # اشتبك أنصار الرئيس مع معارضيه: a crowd's fight
    every = bool(clashes) and not any(words.isdisjoint(toks[t.loc.start].forms) for t in clashes)
    if every and not sides and people_confronted_before(ix, frame):
        return "force"  # (... خلال مواجهات مع قوات الاحتلال. كما اندلعت مواجهات مماثلة في بلدة X: the same people's)
    if every and len(sides) == 1 and sides[0].inter in STATE_INTERS and counted_nationals(ix, frame):
        return "force"  # (أصيب عشرات الفلسطينيين خلال مواجهات مع جيش الاحتلال: people counted by nationality)
    if not clashes or not any(r.inter == 7 and r.kind == "generic" for r in sides):
        return ""
    # (اشتباكات بين المصلين وشرطة الاحتلال: people unarmed by name fight no battle, whatever the word)
    if any(r.inter in STATE_INTERS for r in sides) \
            and (every or any(r.inter == 7 and r.kind == "generic" for r in sides[:1])):
        return "force"
    if every and len(sides) == 1:
        return "force"  # (شهدت المنطقة مواجهات عنيفة ... تمكن الشبان من: the people's side alone told)
    if every and any(r.inter in NON_STATE_ARMED for r in sides) and not any(t.cls == "attack" for t in frame.trigs):
        return "armed"  # (only a word of confrontation: اشتبك مسلحون مع الأهالي stays a fight; شن المستوطنون
        # هجوما اندلعت خلاله مواجهات مع الأهالي is the armed side's attack, not the people's riot)
    return ""


def people_confronted_before(ix: DocIndex, frame: Frame) -> bool:
    """The frame's story - its sentence and the WINDOWS.story_sentences before it - tells people
    (a civilians noun: الشبان، الأهالي، المواطنين; or protesters or rioters, a protester noun too) in a sentence with a
    word of confrontation (مواجهات، صدامات) or a clash trigger (اشتبك), and names no non-state armed group: a confrontation
    told later with no side of its own (كما اندلعت مواجهات مماثلة في بلدة X، واندلعت مواجهات أخرى
    في قرية Y) is the same people's with the force, no battle of unnamed armed men."""
    toks = ix.doc.tokens
    words = function_words("confront")
    people = False
    for s in range(max(0, frame.sent - WINDOWS.story_sentences), frame.sent + 1):
        refs = [loc.mention.value for loc in ix.get("actor", s)]
        if any(r.inter in NON_STATE_ARMED and not hit_as(r) for r in refs):
            return False  # (settlers - civilians when hit, actors.tsv hit_as - are no armed side of it)
        lo, hi = ix.bounds.get(s, (0, 0))
        people = people or ((any(r.inter in CROWD_INTERS or r.inter == 7 and r.kind == "generic" for r in refs)
                             or any(protester_noun(toks[k]) for k in range(lo, hi)))
                            and (any(not words.isdisjoint(toks[k].forms) for k in range(lo, hi))
                                 or any(t.mention.value.sub_event_type == "Armed clash" for t in ix.get("trigger", s))))
    return people


def called_peaceful(ix: DocIndex, frame: Frame) -> bool:
    """The crowd of the frame is called peaceful (المتظاهرين السلميين، المحتجين السلميون، متظاهرين
    عزل): a protester noun with a word of role ``peaceful`` right after it, in the frame's sentence
    or the WINDOWS.story_sentences before it. Then a clash or scuffle told in its story (حدث
    اشتباك بين أحدهم وفرد أمن) is no riot of the crowd's: the force's violence is what is told."""
    toks = ix.doc.tokens
    words = function_words("peaceful")
    for s in range(max(0, frame.sent - WINDOWS.story_sentences), frame.sent + 1):
        lo, hi = ix.bounds.get(s, (0, 0))
        if any(protester_noun(toks[k]) and toks[k + 1].kind == "word" and not words.isdisjoint(toks[k + 1].forms)
               for k in range(lo, hi - 1)):
            return True
    return False


def people_act(ix: DocIndex, frame: Frame, people: ActorSlot) -> bool:
    """The people named as the frame's actor1 did its act to the civilians it hit - a mob: a
    patient marker follows them (اعتدى عشرات من الأهالي على رجلين), they are named by an agent
    phrase (قتل شاب على يد مجموعة من الأهالي), or a verb of the frame after them takes its
    victim with a patient marker (اقتحم عشرات المواطنين المستشفى واعتدوا على الطاقم الطبي)."""
    toks = ix.doc.tokens
    pairs = agent_pairs()
    return acts_on(toks, people.end) or pronoun_after(toks, people.end) or any(
        (toks[k].norm, toks[k + 1].norm) in pairs for k in range(max(0, people.start - AGENT_LEFT), people.start - 1)) \
        or any(t.form == "verb" and t.loc.start >= people.end and acts_on(toks, t.loc.end) for t in frame.trigs)


def people_doers(ix: DocIndex, frame: Frame, roles: Roles) -> None:
    """No doer named and the side hit read a people noun (a civilians slot, not one person: no
    singles() word heads it) that a patient marker with a pronoun follows (function_words ``patient_pronoun``: لقي أربعة مصرعهم إثر اعتداء مئات من
    أهالي القرية عليهم): the people acted on the ones the marker names - they are the doer (a
    mob, taxonomy.decide's ``mob``), and the side hit is left to settle."""
    hit = roles.actor1 is None and roles.actor2
    if not hit or hit.start < 0 or hit.ref.inter != CIVILIANS_INTER or hit.ref.kind != "generic":
        return
    toks = ix.doc.tokens
    if frame.group == "violence" and singles().isdisjoint(toks[hit.start].forms) \
            and pronoun_after(toks, hit.end, {t.start for t in ix.get("trigger", frame.sent)}):
        roles.actor1, roles.conf1, roles.actor2, roles.conf2 = hit, roles.conf2, None, 0.0


def pronoun_after(toks, end: int, stops: set[int] = frozenset()) -> bool:
    """A patient marker with a pronoun suffix (function_words ``patient_pronoun``: عليهم) after
    the people ending at ``end``, within WINDOWS.people_pronoun words and no punctuation between
    (the people's village and district between: أهالي قرية X التابعة لمركز Y عليهم) nor a
    trigger (``stops``: قتل طفلان بقصف من مناطق تسيطر عليها - the pronoun is the shelling's
    clause's): they acted on the ones it points back to."""
    words = function_words("patient_pronoun")
    for k in range(end, min(len(toks), end + WINDOWS.people_pronoun)):
        if toks[k].kind == "punct" or k in stops:
            return False
        if not words.isdisjoint(toks[k].forms):
            return True
    return False
