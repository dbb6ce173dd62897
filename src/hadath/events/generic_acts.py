"""Generic plurals and control words that report no act (split out of realize.py, issue #11):
a plural verbal noun (هجمات، عمليات دهم) with no occurrence verb, instrument or toll of its own is a
generic reference, not the act of its frame; a control word whose object is no ground (السيطرة على
الحريق) or that says who holds ground (الخاضعة لسيطرتها) is no change of hands. Read by
:func:`hadath.events.realize.realize` through :func:`without_generic`."""
from __future__ import annotations

from hadath.events.frame_words import frame_words
from hadath.events.frames import Frame, Trig, concurrent_act, ix_triggers
from hadath.events.taxonomy import TOLL_CLASSES
from hadath.events.index import DocIndex, Located
from hadath.events.lexicons import function_words
from hadath.events.place_words import place_cues
from hadath.events.frame_cuts import sequel_cue
from hadath.events.toll_words import consequence
from hadath.events.trigger_background import held
from hadath.events.tuning import WINDOWS
from hadath.text.normalize import normalize_key

TERRITORY = frozenset({"capture", "recapture"})


def without_generic(ix: DocIndex, frame: Frame) -> tuple[Frame, bool]:
    """The frame without its generic plurals (هجمات إرهابية ...) when it has a specific
    trigger too, and whether all its triggers are generic."""
    # a control word with no ground after it (السيطرة على الحريق) reports no act at all
    # ... nor does one that says who holds ground (الخاضعة لسيطرتها)
    toks = ix.doc.tokens
    trigs = [t for t in frame.trigs
             if t.cls not in TERRITORY or (_ground_after(ix, t) and not held(toks, t.loc.start))]
    if len(trigs) < len(frame.trigs):
        frame = Frame(frame.sent, frame.clause, frame.group, trigs)
    generic = [t for t in trigs if _plural_nominal(ix, t) and not _instrument(ix, t, frame)
               and not concurrent_act(toks, t.loc.start, frame.clause[0])]  # (تزامن القصف مع اشتباكات: that day's)
    if len(generic) == len(frame.trigs) or (frame.group == "protest" and generic
                                            and all(t in generic for t in trigs if t.strong)):
        return frame, True  # (a crowd's weak word beside them - تخللتها أعمال عنف - makes no specific act)
    return Frame(frame.sent, frame.clause, frame.group, [t for t in frame.trigs if t not in generic]), False


_PLURAL: dict[str, bool] = {}  # trigger surface -> a plural noun form (memo)


def _plural_nominal(ix: DocIndex, tr: Trig) -> bool:
    """A plural verbal noun (هجمات، عمليات دهم) not introduced by an occurrence verb
    (اندلعت مظاهرات، شن غارات): a generic reference unless a date or toll anchors it."""
    if tr.form != "noun":
        return False
    surface = tr.loc.mention.surface
    plural = _PLURAL.get(surface)
    if plural is None:
        plural = normalize_key(surface).endswith(tuple(frame_words().plural_ending))
        if len(_PLURAL) >= 100_000:
            _PLURAL.clear()
        _PLURAL[surface] = plural
    if not plural:
        return False
    start, sent = _list_head(ix, tr), tr.loc.mention.sentence
    if sequel_cue(ix, sent, start, ix.bounds[sent][0]) is not None:
        return False  # وأعقبتها اشتباكات، ما أدى لاندلاع مواجهات: the fights that followed an act told
    for c in ix.occur.get(sent, ()):
        if 0 <= _words_between(ix, sent, c, start) < WINDOWS.occurrence_left \
                or 0 <= c - tr.loc.end <= WINDOWS.occurrence_right:
            # اندلعت مظاهرات / التفجيرات وقعت / شنت حملة مداهمات واختطافات
            return False
    return not _caused_toll(ix, tr)


def _words_between(ix: DocIndex, sent: int, a: int, b: int) -> int:
    """Tokens a..b-1 less those of place names and the place cues around them (في، بلدة، بريف،
    الشرقي - event_places.tsv): an occurrence verb's place told between it and its plural,
    whatever its length (شهدت أحياء عدة في تونس العاصمة مواجهات، اندلعت في بلدة الحراك بريف درعا
    الشرقي اشتباكات); negative when b < a. (Dates count: one between anchors the act anyway, and
    منذ + a date - وتشهد المدينة منذ الأربعاء الماضي تظاهرات - tells a state that goes on.)"""
    if b < a:
        return b - a
    named = {k for m in ix.get("place", sent) for k in range(max(m.start, a), min(m.end, b))}
    c = place_cues()
    cues = c.locative | c.intro | c.region | c.direction | c.city_part
    toks = ix.doc.tokens
    return sum(1 for k in range(a, b) if k not in named and cues.isdisjoint(toks[k].forms))


def _list_head(ix: DocIndex, tr: Trig) -> int:
    """Where the run of coordinated triggers that ``tr`` ends begins (حملة مداهمات واختطافات:
    the occurrence verb before the first holds for the second)."""
    toks = ix.doc.tokens
    coord = frame_words().coord_clitic
    by_end: dict[int, Located] = {}
    for loc, _c in ix_triggers(ix, tr.loc.mention.sentence):
        by_end.setdefault(loc.end, loc)
    k = tr.loc.start
    while k > 0 and toks[k].has_proclitic(coord) and k in by_end:
        k = by_end[k].start
    return k


def _ground_after(ix: DocIndex, tr: Trig) -> bool:
    """A control word is a change of hands unless what it controls is named right after it
    and is no ground: a fire, a fight, a situation (تمت السيطرة على الحريق، السيطرة على
    الوضع). The doer, a date and linking words may stand between the word and its object."""
    toks = ix.doc.tokens
    sent = tr.loc.mention.sentence
    w = frame_words()
    skipped = {i for kind in ("actor", "date") for m in ix.get(kind, sent)
               for i in range(m.start, m.end)}
    last = toks[tr.loc.end - 1]  # (السيطرة عليها: على with a pronoun ends the phrase)
    if last.norm not in w.ground_skip and not w.ground_skip.isdisjoint(last.forms) and any(
            not w.no_ground.isdisjoint(toks[k].forms) for k in range(max(0, tr.loc.start - 4), tr.loc.start)):
        return False  # حرائق تمت السيطرة عليها: its pronoun points back at the fire
    for k in range(tr.loc.end, min(tr.loc.end + WINDOWS.ground_right, len(toks))):
        tok = toks[k]
        if tok.sentence != sent:
            return True
        if k in skipped or not w.ground_skip.isdisjoint(tok.forms):
            continue
        return w.no_ground.isdisjoint(tok.forms)
    return True


def _instrument(ix: DocIndex, tr: Trig, frame: Frame) -> bool:
    """The plural is the instrument of a verb of the frame just before it (استهدف بعدة غارات،
    قصفت بالصواريخ): the means of that act, not a generic reference."""
    toks = ix.doc.tokens
    w = frame_words()
    k = tr.loc.start
    if not toks[k].has_proclitic(w.cause_clitic):
        k -= 1
        if k < 0 or w.quantifier.isdisjoint(toks[k].forms) or not toks[k].has_proclitic(w.cause_clitic):
            return False
    return any(t is not tr and t.form == "verb" and 0 <= k - t.loc.end <= WINDOWS.instrument_left
               for t in frame.trigs)



def _caused_toll(ix: DocIndex, tr: Trig) -> bool:
    """مقتل مدنيين اثنين في غارات إسرائيلية، إصابة خمسة جراء اشتباكات: the plural names the
    cause of a toll just reported - a specific act, not a generic reference."""
    toks = ix.doc.tokens
    i = tr.loc.start
    triggers = ix_triggers(ix, tr.loc.mention.sentence)
    if _causing_toll(ix, tr, triggers):
        return True  # (also opening the text: اشتباكات ... تخلف قتيلين)
    if i == 0:
        return False
    prev = toks[i - 1]
    clitics = frame_words().cause_clitic
    caused = prev.norm in function_words("cause") or toks[i].has_proclitic(clitics)
    if not caused:
        return False
    return any(c in TOLL_CLASSES and 0 < i - loc.end <= WINDOWS.caused_toll_left
               for loc, c in triggers)


def _causing_toll(ix: DocIndex, tr: Trig, triggers) -> bool:
    """غارات العدو على بعلبك أدت إلى 20 شهيدا: the plural is the subject of a consequence verb
    (أدت، أسفرت، خلفت) a few words after it, or right before it (أسفرت اشتباكات ... عن مقتل),
    and a toll follows that verb: a specific act."""
    toks = ix.doc.tokens
    lo, hi = ix.bounds[tr.loc.mention.sentence]
    j = tr.loc.start - 1
    if j >= lo and consequence(toks, j):
        return any(c in TOLL_CLASSES and 0 < loc.start - tr.loc.end <= WINDOWS.caused_toll_left
                   for loc, c in triggers)
    for j in range(tr.loc.end, min(hi, tr.loc.end + WINDOWS.consequence_subject)):
        if consequence(toks, j):
            return any(c in TOLL_CLASSES and 0 < loc.start - j <= WINDOWS.caused_toll_left
                       for loc, c in triggers)
    return False
