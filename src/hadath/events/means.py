"""The means of a frame's act: the weapons of its clause that did it (issue #9), read by
:mod:`hadath.events.realize` to type the act."""
from __future__ import annotations

from hadath.events.frame_words import frame_words
from hadath.events.frames import Frame, ix_triggers
from hadath.events.index import DocIndex, Located
from hadath.events.lexicons import function_words
from hadath.events.role_words import role_words
from hadath.events.taxonomy import DISRUPTABLE, REMOTE_CLASSES, TOLL_CLASSES, WEAPON_PRIORITY
from hadath.mentions.trigger_drone import instrumental_object
from hadath.text.clitics import conjunctions
from hadath.events.tuning import WINDOWS

POSITION_RIGHT = 4  # a launch position this close after the act's verb (استهدفت القوات الحكومية من مواقعها)
AIMING = REMOTE_CLASSES | {"attack"}  # verbs of striking a target from afar or near
CARRYING = frozenset({"attack", "shell"})  # acts told again with no means: aimed, or shelled (عادت وقصفت)


def frame_weapons(ix: DocIndex, frame: Frame) -> list[Located]:
    """The weapons of the frame's clause, not those a seizure found (ضبطت أسلحة وعبوات) nor a
    word of a place's name after its first word (ساحة الطيران، حي المدفعية), nor,
    beside another weapon, aircraft only flying over (قصفت المدفعية القرى بالتزامن مع اختراق
    الطائرات الحربية سماء المنطقة): their presence is not the means."""
    a, b = frame.clause
    sent_weapons = ix.get("weapon", frame.sent)
    if not sent_weapons:
        return []
    seized = [loc.end for loc, c in ix_triggers(ix, frame.sent) if c == "defuse"]
    toks = ix.doc.tokens
    hit = role_words().patient
    named = [(p.start, p.end) for p in ix.get("place", frame.sent) if p.mention.value.cue != "nisba"]
    used = [w for w in sent_weapons if a <= w.start < b
            and not any(s < w.start and w.end <= e for s, e in named)  # (ساحة الطيران: a square's name)
            and not any(0 <= w.start - e <= WINDOWS.seized_right for e in seized)
            and not (w.start > a and toks[w.start - 1].norm in hit
                     and not function_words("military_object").isdisjoint(toks[w.start].forms))
            and not (toks[w.start].norm in function_words("from") and not _fired_from(frame, w))
            and not remembered_crackdown(toks, w, a)]
    # (هجوما على دبابة: a vehicle that was hit, no means; not تحتوي على غاز الكلور)
    over = [w for w in used if _flying_over(ix, w)]
    # (aircraft that hover and then strike are the means when no other weapon is named)
    return [w for w in used if w not in over] if len(over) < len(used) else used


REMEMBERED_LEFT = 4  # words from a word of remembrance to the crackdown it remembers (للذكرى الثامنة لقمع)


def struck_with(ix: DocIndex, weapons_loc: list[Located]) -> str | None:
    """The weapon a force can destroy (taxonomy.DISRUPTABLE: a missile, a bomb, a mine, a grenade)
    told with the instrumental preposition (triggers_context.tsv instrument_prep) - the means of a
    destruction, not the thing destroyed: دمرت القوات بصاروخ موجه سيارة، دمرت المقاومة بعبوة ناسفة
    آلية. A weapon destroyed takes no ب (دمرت القوات عبوة ناسفة: a disrupted weapon). The ب is
    read as the mentions stage reads it for a destroying verb's complement
    (:func:`hadath.mentions.trigger_drone.instrumental_object`)."""
    toks = ix.doc.tokens
    means = {w.mention.value.lemma for w in weapons_loc if instrumental_object(toks, w.start)}
    return next((w for w in WEAPON_PRIORITY if w in means & DISRUPTABLE), None)


def remembered_crackdown(toks, w: Located, lo: int) -> bool:
    """A crackdown word (weapons.tsv ``intervention``: قمع، فض، تفريق) with a word of remembrance
    (function_words ``anniversary``) a few words before it in one phrase - no punctuation, no و
    between (إحياء لذكرى حملة القمع في مارس 2011، للذكرى الثامنة لقمع الاحتجاجات، في ذكرى فض
    الاعتصام) - is the old crackdown the crowd remembers, not one met now: no means of the act."""
    if w.mention.value.lemma != "intervention":
        return False
    words = function_words("anniversary")
    for k in range(w.start - 1, max(lo, w.start - 1 - REMEMBERED_LEFT), -1):
        if toks[k].kind != "word":
            return False
        if not words.isdisjoint(toks[k].forms):
            return True
        if toks[k].has_proclitic(conjunctions()):
            return False
    return False


def _fired_from(frame: Frame, w: Located) -> bool:
    """A launch position (weapons.tsv: من مواقعها، من مرابضه) is the means of a strike only right
    after the striking verb and its doer (استهدفت القوات الحكومية من مواقعها في معسكر جورين قرى
    ...: shelling from afar); elsewhere in the clause it is where someone left or stood
    (هاجم مسلحون حاجزا، فانسحب الجنود من مواقعهم)."""
    return any(t.cls in AIMING and 0 <= w.start - t.loc.end <= POSITION_RIGHT for t in frame.trigs)


def _flying_over(ix: DocIndex, w: Located) -> bool:
    """An aircraft with a word of flight or of the sky right around it (سماء، أجواء، تحليق)."""
    if w.mention.value.lemma not in ("air", "drone"):
        return False
    toks = ix.doc.tokens
    words = function_words("overflight")
    lo, hi = max(0, w.start - WINDOWS.overflight), min(len(toks), w.end + WINDOWS.overflight)
    return any(not words.isdisjoint(toks[i].forms) for i in range(lo, hi))


def into_the_air(ix: DocIndex, frame: Frame, every: bool = True) -> bool:
    """The frame's shootings are aimed at the sky (أطلقوا النار في الهواء احتفالا، أعيرة نارية في
    الهواء): fire at no one. ``every``: all its founding triggers are such shootings (no attack by
    itself); else its shootings are (warning shots at a protest: an intervention, no lethal force)."""
    toks = ix.doc.tokens
    sky = function_words("sky")
    shots = [t for t in frame.trigs if t.cls == "shoot"]
    if not shots or (every and any(t.strong and t.cls != "shoot" for t in frame.trigs)):
        return False
    return all(any(not sky.isdisjoint(toks[k].forms)
                   for k in range(t.loc.end, min(frame.clause[1], t.loc.end + WINDOWS.sky_right)))
               for t in shots)


def told_in_it(ix: DocIndex, t) -> bool:
    """A verb with a back-pointing preposition right after it (قتل فيها، أصيب خلالها): an outcome
    of the act named before, which heads the frame."""
    toks = ix.doc.tokens
    k = t.loc.end
    return t.ref.voice != "nominal" and k < len(toks) and toks[k].norm in function_words("in_it")


def means_carried(ix: DocIndex, frame: Frame, classes: set[str]) -> tuple[set[str], list[Located]]:
    """(classes, weapons) a clause takes from the act its sentence told before it: the
    clause's act is only aimed or shelled (استهدف، هاجم، قصف), with no means of its own, and its verb is coordinated
    with no doer named before it (، واستهدفت مدينة Y؛ ثم عادت واستهدفت، وعادت لتستهدف) - the same
    doer struck again, with the same means (قصفت قوات النظام داريا بالبراميل، وعادت واستهدفت
    المعضمية: a second air strike, no Attack). The remote classes of the earlier triggers and the
    weapons named before the clause; empty when there are none."""
    if not classes & CARRYING or not classes <= CARRYING | TOLL_CLASSES:
        return set(), []
    a = frame.clause[0]
    verbs = [t for t in frame.trigs if t.cls in CARRYING and t.form in ("verb", "imperfect")]
    if not verbs:
        return set(), []
    first = min(t.loc.start for t in verbs)
    toks = ix.doc.tokens
    if not toks[first].has_proclitic(conjunctions()) and not (
            first > 0 and not frame_words().resume.isdisjoint(toks[first - 1].forms)):
        return set(), []  # (a verb opening a sentence of its own names its doer after it)
    if any(a <= loc.start < first or loc.start == first + 1 for loc in ix.get("actor", frame.sent)):
        return set(), []  # (، والجيش استهدف، واستهدفت فصائل المعارضة مواقع: a doer of its own)
    earlier = {c for loc, c in ix_triggers(ix, frame.sent) if loc.start < a and c in REMOTE_CLASSES}
    if not earlier:
        return set(), []
    return earlier, [w for w in ix.get("weapon", frame.sent) if w.end <= a]
