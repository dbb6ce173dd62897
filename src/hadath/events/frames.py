"""Frames: the asserted triggers of a sentence grouped by clause and trigger group.

One frame per clause and group (violence, protest, arrest/raid, property, agreement ...) that has
a trigger able to found an event. Violence, arrests or damage at a protest join the protest;
damage or a raid in a violent clause joins the violence. Control words that describe who holds
ground (الذي استولى، تحت سيطرتهم) and pluperfect acts (وكان المرصد قد وثق) found nothing.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from hadath.events.crowd_antecedent import blast_words, cut_antecedents
from hadath.events.frame_cuts import (SEQUEL_CLASSES, coordinated_cut, elsewhere, elsewhere_comma, introduced, occurrence_verb,
                                     other_act, sequel_cue)
from hadath.events.earlier import (backdrop_spans, counted_victims, dated_here, earlier_spans, outside, shift_spans,
                                   trimmed)
from hadath.events.index import DocIndex, Located
from hadath.events.modality import NON_BLOCKING, scope_words
from hadath.events.frame_words import FrameWords, frame_words
from hadath.events.lexicons import function_words, phrase_heads, trigger_matcher, trigger_rows
from hadath.events.roles import role_words
from hadath.events.taxonomy import GROUPS, TOLL_CLASSES
from hadath.events.trigger_vetoes import (CROWD_CLASSES, armed_after, called_off, caused_cut, dated_ahead, dispersed, gathered_for,
                                          as_right, led_after_abduction, condemned_acts, condemned_target, gathered_struck, in_armed_name, member_of, named_body, organized_by, place_name, prevented,
                                          named_protest, remembered, site_of, tear_gas, tires)
from hadath.events.trigger_background import earlier_from, not_answered, not_motives, pluperfect, pluperfect_subject, scene
from hadath.events.tuning import CONFIDENCE
from hadath.events.wordbits import CONCURRENT, within

SPLIT_GROUPS = frozenset({"violence", "arrest", "protest"})  # acts that a coordinated verb repeats elsewhere
GROUND_CLASSES = frozenset({"capture", "recapture"})
VICTIM_CLASSES = frozenset({"death", "injure"})  # verbs whose subject is the dead or wounded (استشهد، لقي مصرعه، أصيب)
AIMED_DISPERSAL = frozenset({"purpose"})  # cues of an aim that reach a dispersed crowd word (بهدف تفريق مظاهرة;
#   not plan: حاولت فض الاعتصام may tell an attempt the text later tells as a fuller act)
PARTICIPLE_BLOCKERS = frozenset({"denial", "negation", "question", "hypothetical", "claim",
                                 "generic"})


def _targeted(toks, loc: Located, modality: str) -> bool:
    """A crowd noun right after a preposition of an act's target (ضد، بحق) in a condemned act
    (أدانت المنظمة استخدام القوة المفرطة ضد المتظاهرين): the crowd is whom the act hit, and the
    condemnation tells no protest of theirs (ندد المتظاهرون بـ still is one)."""
    return modality == "condemn" and loc.start > 0 and toks[loc.start - 1].norm in scope_words().against


@dataclass
class Trig:
    loc: Located
    cls: str
    strong: bool
    nrole: str
    form: str = "verb"

    @property
    def ref(self):
        return self.loc.mention.value

    @property
    def split_head(self) -> bool:
        """The verb of a verb-and-object phrase matched apart from its object (ارتكبت قوات النظام
        مجزرة: the head verb alone, its complement after the subject): the side right after it
        is its subject, never one killed, and it counts no death of its own."""
        return self.loc.end - self.loc.start < len(self.ref.lemma.split())

@dataclass
class Frame:
    sent: int
    clause: tuple[int, int]
    group: str
    trigs: list[Trig] = field(default_factory=list)
    sequel: bool = False  # the frame tells a fight that followed the act before it (frame_cuts.sequel_cue)


def frames(ix: DocIndex) -> list[Frame]:
    rows = trigger_rows()
    classes = {k: r["class"] for k, r in rows.items()}
    matcher = trigger_matcher()
    toks = ix.doc.tokens
    sc = ix.scan
    forms_at = sc.forms_at
    out: list[Frame] = []
    for sent in sorted(ix.by_sent["trigger"]):
        by_key: dict[tuple[tuple[int, int], str], Frame] = {}
        off: set[tuple[int, int]] = set()  # clauses telling a protest called off
        called: set[tuple[int, int]] = set()  # ... or called for, planned, threatened
        struck = condemned_acts(ix, sent, CROWD_CLASSES, classes)
        for loc in ix.get("trigger", sent):
            ref = loc.mention.value
            row = rows.get(ref.lemma)
            if row is None or loc.start in struck:
                continue  # (أدانت الخارجية في بيان صدر أمس الاعتداء على المتظاهرين: the act condemned)
            form = forms_at.get(loc.start)
            if form is None:
                hit = matcher.match_at(toks, loc.start)
                form = hit.value.form if hit is not None else "verb"
            if ref.negated or (ref.modality is not None and (
                    form != "participle" or ref.modality in PARTICIPLE_BLOCKERS or _targeted(toks, loc, ref.modality))
                    and not (ref.modality in AIMED_DISPERSAL and dispersed(ix, sent, loc))):
                # (في محاولة لتفريق تظاهرة، بهدف تفريق مظاهرة: the aim is the dispersal; the crowd is there)
                if GROUPS.get(row["class"]) == "protest" and form != "participle":
                    called.add(sc.clause(loc.start, loc.end))  # دعا المحتجون إلى مظاهرة: a call, no protest
                continue
            cls = row["class"]
            if cls == "arrest" and led_after_abduction(ix, sent, loc, classes):
                continue  # اختطفت عددا من المدنيين واقتادتهم: the abducted led away, no arrest
            if cls == "explode" and tear_gas(ix, sent, loc):
                continue  # ألقت عليهم قنابل الغاز: dispersal of a crowd, no explosion
            if form == "noun" and site_of(toks, loc):
                continue  # تجمع الأهالي في موقع الانفجار: the spot of an act, no act told here
            if form in ("verb", "imperfect") and place_name(ix, sent, loc):
                continue  # وصلت تعزيزات إلى تدمر، في ريف تدمر: the town, no verb
            if loc.start and not function_words("halt").isdisjoint(toks[loc.start - 1].forms) \
                    and GROUPS.get(cls) == "violence":
                continue  # اتفاق وقف إطلاق النار: a ceasefire, no shooting
            if cls == "burn" and tires(ix, sent, loc, sc.clause(loc.start, loc.end)[1]):
                continue  # أحرق المحتجون الإطارات، العلم: a road block or a symbol, no destruction
            if GROUPS.get(cls) == "protest" and (form == "noun" and remembered(toks, loc) or form != "participle" and as_right(toks, loc)):
                continue  # الذكرى الأولى لانطلاق الاحتجاجات، حق التظاهر: the protests remembered, a right, none told
            if ref.lemma in function_words("road_cut") and caused_cut(toks, loc, sc.clause(loc.start, loc.end)[0]):
                continue  # ما نتج عنه تعطل حركة المرور وقطع الطريق: what an act caused, no road block
            if cls == "protest" and gathered_for(toks, loc, sc.clause(loc.start, loc.end)[1]):
                continue  # احتشد الآلاف لاستقبال المنتخب: a gathering for no protest
            if cls == "protest" and gathered_struck(toks, loc, sc.clause(loc.start, loc.end)[0]):
                continue  # استهدفت طائرة مجموعة من المواطنين تجمعوا: the strike's target, no protest
            if GROUPS.get(cls) == "protest" and form == "noun" and organized_by(toks, loc, ix.bounds[sent][0]):
                continue  # تجمع المهنيين الذي يقود الاحتجاجات: what the group does, no protest
            if GROUPS.get(cls) == "protest" and form != "participle" and prevented(toks, loc, sc.clause(loc.start, loc.end)[0]):
                continue  # منعت السلطات إقامة مظاهرة، ترخيص لتنظيم مسيرة: a protest kept from being held
            if GROUPS.get(cls) == "protest" and form not in ("verb", "passive", "participle") \
                    and dated_ahead(ix, sent, loc, sc.clause(loc.start, loc.end)[1]):
                called.add(sc.clause(loc.start, loc.end))  # وقفة احتجاجية يوم الأحد المقبل: a protest
                continue  # planned, none told yet
            if GROUPS.get(cls) == "protest" and form not in ("verb", "imperfect", "passive", "participle") \
                    and named_protest(ix, sent, loc):
                continue  # أطلقت اللجان على تظاهرات اليوم "مليونية ..."، احتجاجا على: a name given, no protest
            if GROUPS.get(cls) == "protest" and form != "participle" and called_off(toks, loc):
                off.add(sc.clause(loc.start, loc.end))  # تعليق الاحتجاجات، إلغاء المسيرة: a protest called
                continue  # off, none held (أعلن المحتجون إنهاء الاعتصام: the crowd word names who did)
            if cls in CROWD_CLASSES and form == "participle" and condemned_target(ix, sent, loc, sc.clause(loc.start, loc.end)):
                continue  # أدان الحزب في بيان أمس قمع قوات الأمن للمحتجين: whom a condemned act hit, no protest
            if cls in CROWD_CLASSES and (in_armed_name(ix, sent, loc) or member_of(toks, loc) or named_body(toks, loc)) \
                    or in_armed_name(ix, sent, loc, head=False):
                continue  # قوات الحشد الشعبي، حركة فتح، الناشط في الاحتجاجات: a name or a person, no act
            group = GROUPS.get(cls)
            if group is None or group == "none":
                continue
            clause = sc.clause(loc.start, loc.end)
            if ((pluperfect(toks, loc.start, clause[0]) or group == "protest" and pluperfect_subject(
                    toks, loc.start, loc.end, *clause)) and not dated_here(
                    ix, sent, clause, loc.start, victim=cls in VICTIM_CLASSES
                    or cls == "kill" and counted_victims(ix, sent, clause, loc.start, loc.end))) \
                    or scene(toks, loc, form, clause[1]):
                continue
            if ref.lemma in function_words("expel") and not armed_after(ix, sent, loc, clause[1]):
                continue  # طردت السلطات اللاجئين من البلدة: people driven out, no ground taken
            key = (clause, group)
            fr = by_key.get(key)
            if fr is None:   # (a Frame only for a new clause and group, not one per trigger)
                fr = by_key[key] = Frame(sent, clause, group)
            strong = loc.mention.confidence >= CONFIDENCE.founding_trigger or (
                group == "protest" and dispersed(ix, sent, loc))
            nrole = row.get("nrole") or "agent"
            if ref.voice == "nominal" and any((ref.lemma, f) in phrase_heads() for f in toks[loc.start].forms):
                nrole = "agent"  # إضرام مسلحين النار: the genitive between head and complement did it
            fr.trigs.append(Trig(loc, cls, strong, nrole, form))
        for clause in off | called:  # (the crowd word only names who called it off, or - itself in
            # the cue's scope - who called for it: خرج المحتجون داعين إلى اعتصام is a protest)
            if (fr := by_key.get((clause, "protest"))) is not None and all(
                    t.form == "participle" and (clause in off or _cue_subject(sc, t)) for t in fr.trigs if t.strong):
                del by_key[(clause, "protest")]
        # violence, arrests or damage at a protest are part of the protest (intervention,
        # excessive force, riot)
        protest = next((f for (c, g), f in by_key.items()
                        if g == "protest" and any(t.strong for t in f.trigs)), None)
        if protest is not None:
            for (clause, group), fr in list(by_key.items()):
                if group in ("violence", "arrest", "property") and fr is not protest and not blast_words(ix, fr):
                    # (تظاهرات ضد عنف الشرطة بعد وفاة شاب وسحل قاصر: the protest's motives, no act of it)
                    fr.trigs = not_motives(toks, fr.trigs, clause[0])
                    protest.trigs.extend(fr.trigs)
                    protest.clause = (min(protest.clause[0], clause[0]), max(protest.clause[1], clause[1]))
                    del by_key[(clause, group)]
            earlier = earlier_from(ix, sent)  # (اجتياح ... في يوليو 2025، والتي أسفرت عن مقتل: an earlier act)
            protest.trigs = [t for t in protest.trigs if GROUPS.get(t.cls) == "protest"
                             or earlier is None or t.loc.start <= earlier]
        # property damage or a raid (no arrests) in a violent clause is part of that violence;
        # damage in a raid's clause is what the raid did (اقتحمت المخيم وأحرقت المنازل ونهبت)
        for (clause, group), fr in list(by_key.items()):
            if (clause, "violence") in by_key and (group == "property" or (
                    group == "arrest" and not any(t.cls == "arrest" for t in fr.trigs))):
                by_key[(clause, "violence")].trigs.extend(fr.trigs)
                del by_key[(clause, group)]
            elif group == "property" and (raid := by_key.get((clause, "arrest"))) is not None \
                    and not any(t.cls == "arrest" for t in raid.trigs):
                raid.trigs.extend(fr.trigs)
                del by_key[(clause, group)]
        _join_contrast_tolls(ix, sent, by_key)
        cut_antecedents(ix, list(by_key.values()))  # (تجمع المتظاهرون بعد انفجار عبوة: two acts, one clause each)
        for f in by_key.values():  # معارك اندلعت للسيطرة على المدينة: what the fight was for, no ground taken
            if any(t.cls not in GROUND_CLASSES and t.strong for t in f.trigs):
                f.trigs = [t for t in f.trigs if not (t.cls in GROUND_CLASSES and _purpose(toks, t.loc))]
        for f in sorted(by_key.values(), key=lambda f: f.clause):
            if f.group == "violence":  # (ردا على اغتيال قادتها: what the act answers is no part of it)
                f.trigs = not_answered(toks, f.trigs, f.clause[0])
            _not_earlier(ix, f)
            for h in (f, *_shifted_off(ix, f)):
                if any(t.strong for t in h.trigs):
                    parts = _split_coordinated(ix, h) if h.group in SPLIT_GROUPS else [h]
                    out.extend(p for g in parts for c in _split_concurrent(ix, g) for p in _split_sequel(ix, c)
                               if any(t.strong for t in p.trigs))
    return out


CUE_SUBJECT_GAP = 2  # words between a cue verb and the crowd word, its subject (دعا عشرات المحتجين)


def _cue_subject(sc, t: Trig) -> bool:
    """The crowd word stands right after a cue of modality (an appeal, a plan, a threat), maybe
    past count words: it is the cue's subject (دعا المحتجون إلى مظاهرة، يعتزم المعتصمون)."""
    k = t.loc.start
    return any(0 <= k - c.end <= CUE_SUBJECT_GAP and c.entry.kind not in NON_BLOCKING
               for c in sc.cues_in(max(0, k - CUE_SUBJECT_GAP - 3), k))  # (خرج المحتجون: they went out)


def _join_contrast_tolls(ix: DocIndex, sent: int, by_key: dict) -> None:
    """Two violent clauses joined by a contrastive word (event_frames.tsv ``toll_contrast``), one
    of them (only one) telling only deaths or injuries, the two not each naming a place, tell one act:
    the other side's toll (مقتل خمسة من عناصر داعش فيما قتل عنصر بالبيشمركة) or the act of a
    toll told first (قتل ثلاثة مدنيين فيما أصيب 20 خلال هجوم بطائرة مسيرة). They are one frame,
    whose toll counts both sides (CODING.md) and whose act types the deaths."""
    toks, words = ix.doc.tokens, frame_words().toll_contrast
    violent = sorted(((c, f) for (c, g), f in by_key.items() if g == "violence"), key=lambda x: x[0])
    prev = None
    for clause, f in violent:
        a, b = clause
        if prev is not None and prev.clause[1] <= a and (_tolls_only(f) != _tolls_only(prev)) \
                and any(not words.isdisjoint(toks[k].forms) for k in range(max(prev.clause[1], a - 1), min(a + 2, b))) \
                and not (_has_place(ix, sent, prev.clause) and _has_place(ix, sent, clause)):
            prev.trigs.extend(f.trigs)
            prev.clause = (prev.clause[0], b)
            del by_key[(clause, "violence")]
            continue
        prev = f


def _purpose(toks, loc: Located) -> bool:
    """A verbal noun of change of ground told as a purpose: with the proclitic of purpose (للسيطرة
    على، لاستعادة) or after a word of purpose or attempt (بهدف السيطرة، في محاولة لاستعادة). Beside
    another act of its clause (a fight, deaths), it is what the act was for, and no trigger."""
    w, tok = frame_words(), toks[loc.start]
    if any(c + f in tok.forms for c in w.purpose_clitic for f in tok.forms if not f.startswith(c)):
        return True
    return loc.start > 0 and not w.purpose_word.isdisjoint(toks[loc.start - 1].forms)


def _tolls_only(f: Frame) -> bool:
    return all(t.cls in TOLL_CLASSES for t in f.trigs)


def _has_place(ix: DocIndex, sent: int, clause: tuple[int, int]) -> bool:
    return any(clause[0] <= p.start < clause[1] for p in ix.get("place", sent))


def _split_coordinated(ix: DocIndex, frame: Frame) -> list[Frame]:
    """A violent frame cut where a comma and a conjunction start a coordinated verb (or a
    coordinated subject and its verb, or a comma and بالتزامن مع an act told beside the first:
    :func:`_opening_comma`) that goes on to a place of its own, the part before
    having a place too (شن غارات على منطقة X ...، واستهدف بغارتين منزلا في مدينة Y؛ قسد تستهدف
    حي X، وقوات الجيش تشتبك معها في محور Y): two acts at two places, one frame each. So is a
    protest's (تظاهر الآلاف في الخرطوم وأم درمان، واعتقلت الشرطة محتجين في أم درمان: the force
    intervened at one place of the protest's, the rest stays peaceful). An act noun told as
    another (، وخرجت مظاهرة أخرى في المدينة: frame_cuts.other_act) or at another place (، وفي
    مكان آخر من المدينة تظاهر العشرات: frame_cuts.elsewhere) needs no place of its own."""
    toks = ix.doc.tokens
    w = frame_words()
    a, b = frame.clause
    places = [p for p in ix.get("place", frame.sent) if a <= p.start < b]
    if len(places) < (1 if frame.group == "protest" else 2):
        return [frame]   # (a cut needs a place before it and, but for a crowd told as another, one after)
    cuts: list[int] = []
    for t in frame.trigs:
        k = t.loc.start
        c = _opening_comma(ix, frame, t, w)
        if (cut := coordinated_cut(toks, t, c, a, places, w.comma, w.coord_clitic)) is None:
            continue  # (، واستهدف; قريتي X وY واستهدف: a coordinated verb opens an act of its own)
        lo = cuts[-1] if cuts else a
        known = lambda p: t.form == "verb" or p.mention.value.place is not None  # noqa: E731
        told_other = other_act(toks, t) or elsewhere(toks, cut, k) is not None   # (، وفي مكان آخر تظاهر)
        if any(lo <= p.start < cut and known(p) for p in places) and (frame.group == "protest" and told_other or any(
                k <= p.start < b and introduced(toks, p, ix.doc.text) and known(p) for p in places)):
            # (an act noun cuts between known places only: في محيط المكان is none, nor is an
            # unknown mountain the act before it keeps alone)
            cuts.append(cut)
    if not cuts:
        return [frame]
    bounds = [a] + cuts + [b]
    parts = [Frame(frame.sent, (x, y), frame.group,
                   [t for t in frame.trigs if x <= t.loc.start < y])
             for x, y in zip(bounds, bounds[1:])]
    return [p for p in parts if any(t.strong for t in p.trigs)]


CONCURRENT_GAP = 3  # words between مع and the act told beside (تزامن مع سماع أصوات اشتباكات)


def concurrent_act(toks, k: int, lo: int) -> bool:
    """The trigger at ``k`` follows a word of simultaneity and مع (تزامن مع سماع أصوات اشتباكات،
    بالتزامن مع غارات): an act told at the time of another, no generic plural."""
    w = frame_words()
    return any(toks[j + 1].norm in role_words().partner and not w.concurrent.isdisjoint(toks[j].forms)
               for j in range(max(lo, k - 2 - CONCURRENT_GAP), k - 1))


def concurrent_frame(ix: DocIndex, frame: Frame) -> bool:
    """The frame opens with a word of simultaneity and مع (cut by :func:`_split_concurrent`)."""
    a = frame.clause[0]
    return a + 1 < frame.clause[1] and concurrent_act(ix.doc.tokens, a + 2, a)


def _split_concurrent(ix: DocIndex, frame: Frame) -> list[Frame]:
    """A violent frame cut at a word of simultaneity and مع (event_frames.tsv ``concurrent``)
    with triggers on both sides, those after it of other classes (فإن القصف تزامن مع سماع أصوات
    اشتباكات بين X وY): what is before tells the act again, what is after is another act told
    beside it, a frame of its own (so its type is no longer the first act's)."""
    toks, w = ix.doc.tokens, frame_words()
    a, b = frame.clause
    if frame.group != "violence":
        return [frame]
    for k in within(ix.positions[CONCURRENT], a + 1, b - 1):   # (the words of simultaneity)
        if w.concurrent.isdisjoint(toks[k].forms) or toks[k + 1].norm not in role_words().partner:
            continue
        before = [t for t in frame.trigs if t.loc.start < k]
        after = [t for t in frame.trigs if k + 1 < t.loc.start <= k + 2 + CONCURRENT_GAP]
        if before and after and any(t.strong for t in after) \
                and {t.cls for t in after}.isdisjoint(t.cls for t in before):
            rest = [t for t in frame.trigs if t.loc.start > k]
            return [Frame(frame.sent, (a, k), frame.group, before), Frame(frame.sent, (k, b), frame.group, rest)]
    return [frame]


def _split_sequel(ix: DocIndex, frame: Frame) -> list[Frame]:
    """A violent frame cut where a cue of sequence opens a fight (frame_cuts.sequel_cue: وتلا ذلك
    اشتباك مسلح مع قوات الأمن، ما أدى لاندلاع اشتباكات) after an act of other classes (a bombing,
    a raid, a strike): the fight is another act at the act's place, a frame of its own marked
    ``sequel``; the act keeps what is before the cue."""
    if frame.group != "violence":
        return [frame]
    a, b = frame.clause
    for t in frame.trigs:
        if t.cls not in SEQUEL_CLASSES or not t.strong or t.form == "verb":
            continue
        cue = sequel_cue(ix, frame.sent, t.loc.start, a)
        before = [u for u in frame.trigs if cue is not None and u.loc.start < cue]
        fight = [u for u in frame.trigs if u.loc.start >= t.loc.start]  # (the act's noun in the cue, الانفجار in
        if cue is not None and not before:  # وأعقب الانفجار اشتباك, points back: no trigger of the fight's)
            return [Frame(frame.sent, frame.clause, frame.group, fight, sequel=True)]  # (. وتلا ذلك اشتباك مسلح)
        if cue is None or not any(u.strong for u in before) or any(u.cls in SEQUEL_CLASSES for u in before):
            continue
        return [Frame(frame.sent, (a, cue), frame.group, before), Frame(frame.sent, (cue, b), frame.group, fight, sequel=True)]
    return [frame]


def _opening_comma(ix: DocIndex, frame: Frame, t: Trig, w: FrameWords) -> int | None:
    """Where the comma before the act of trigger ``t`` would stand if ``t`` opens an act of its
    own: a strong trigger after a word of simultaneity and مع (، بالتزامن مع قصف ...) or of addition
    and its preposition (، بالإضافة إلى قصف ...، علاوة على غارات ...), or a
    coordinated verb after a conjunction (، واستهدف، كما استهدف) or after its coordinated
    subject (، وقوات الجيش تشتبك), or such an occurrence verb before an act noun (، وخرجت
    مظاهرات في X، واندلعت اشتباكات: frame_cuts.occurrence_verb), or an act noun itself right after
    a comma and و (غارة على X ...، وغارة أخرى على Y); None otherwise."""
    toks, a, k = ix.doc.tokens, frame.clause[0], t.loc.start
    if not t.strong:
        return None
    if k - 3 > a and (toks[k - 1].norm in role_words().partner and not w.concurrent.isdisjoint(toks[k - 2].forms)
                      or toks[k - 1].norm in w.addition_link and not w.addition.isdisjoint(toks[k - 2].forms)):
        return k - 3  # (، بالتزامن مع قصف صاروخي على قرى X، بالإضافة إلى قصف على مخيم Y: another act beside the first)
    if t.form != "verb" and toks[k - 1].norm in w.comma and toks[k].has_proclitic(w.coord_clitic) \
            and t.cls not in TOLL_CLASSES:
        return k - 1   # (غارة على X أدت إلى ...، وغارة أخرى على Y: a coordinated act noun)
    if k - 2 > a and toks[k - 2].norm in w.comma and not w.follow.isdisjoint(toks[k - 1].forms):
        return k - 2   # (، تلتها غارة ثانية على مدينة Y، تبعها قصف: the act that followed the first)
    if t.form in ("noun", "phrase") and (v := occurrence_verb(ix, frame.sent, k, a, frame.group == "protest")) is not None:
        k = v  # (، وخرجت مظاهرات في X: the noun's verb opens the act)
    elif t.form != "verb" or k - 1 <= a:
        return None
    elif toks[k].has_proclitic(w.coord_clitic) and k - 2 > a and not w.resume.isdisjoint(toks[k - 1].forms):
        k -= 1  # (، ثم عاد وقصف بلدة Y: the verb of coming back opens the act)
    if frame.group == "protest" and (e := elsewhere_comma(toks, k, a)) is not None:
        return e  # (، وفي موقع آخر من المدينة نظم العشرات وقفة: another crowd at another place)
    subject = next((loc.start for loc in ix.get("actor", frame.sent)
                    if loc.end == k and loc.start - 1 > a and toks[loc.start].has_proclitic(w.coord_clitic)), None)
    if subject is not None:
        return subject - 1  # ...، وقوات الجيش تشتبك معها في محور X: a subject, then its verb
    if w.coord_word.isdisjoint(toks[k - 1].forms):
        return k - 1 if toks[k].has_proclitic(w.coord_clitic) else None
    return k - 2


def ix_triggers(ix: DocIndex, sent: int):
    """(Located, class) of the sentence's triggers."""
    rows = trigger_rows()
    out = []
    for loc in ix.get("trigger", sent):
        row = rows.get(loc.mention.value.lemma)
        if row is not None:
            out.append((loc, row["class"]))
    return out


def _not_earlier(ix: DocIndex, f: Frame) -> None:
    """The frame less the acts :func:`cut_spans` finds in its clause: those triggers found
    nothing, and the clause, for its toll and roles, stops at them."""
    toks = ix.doc.tokens
    a, b = f.clause  # (a clause may start right after its opening word: فيما، بينما)
    spans = cut_spans(ix, f.sent, a - 1 if a and toks[a - 1].sentence == toks[a].sentence else a, b)
    if spans:
        f.trigs = [t for t in f.trigs if outside(spans, t.loc.start)]
        if f.trigs:
            f.clause = trimmed(f.clause, spans, min(t.loc.start for t in f.trigs), max(t.loc.start for t in f.trigs))


def _shifted_off(ix: DocIndex, f: Frame) -> list[Frame]:
    """The acts told a few days before the frame's (بعد يومين من هجوم على كنيسة في طنطا أسفر عن
    مقتل 5): each its own frame (dating.days_before dates it back), taken out of this one with
    its toll, when both tell an act."""
    toks = ix.doc.tokens
    out: list[Frame] = []
    for s, e in shift_spans(toks, *f.clause, ix.positions):
        inside = [t for t in f.trigs if s <= t.loc.start < e]
        rest = [t for t in f.trigs if not s <= t.loc.start < e]
        if any(t.strong for t in inside) and any(t.strong for t in rest):
            f.trigs = rest
            f.clause = trimmed(f.clause, [(s, e)], min(t.loc.start for t in rest), max(t.loc.start for t in rest))
            out.append(Frame(f.sent, (s, e), f.group, inside))
    return out


def cut_spans(ix: DocIndex, sent: int, lo: int, hi: int) -> list[tuple[int, int]]:
    """Token ranges in [lo, hi) of sentence ``sent`` that tell another act than the one reported:
    one long before it (بعد أسابيع من هجومين ... أسفرا عن مقتل 45) or what goes on meanwhile with
    no place of its own (فيما تتواصل المواجهات بين الجيش والدعم السريع، ...; not "بالتزامن مع
    تصاعد المواجهات في مديرية صرواح": an act told beside) - :mod:`hadath.events.earlier`."""
    toks = ix.doc.tokens
    places = [p.start for p in ix.get("place", sent) if p.mention.value.place is not None]
    return sorted(earlier_spans(toks, lo, hi, ix.positions) + [
        (s, e) for s, e in backdrop_spans(toks, lo, hi, ix.positions)
        if not any(s <= p < e for p in places) and not (s and concurrent_act(toks, s + 1, s - 1))])
