"""Trigger vetoes: a trigger word read where it tells no act of its class.

Tear-gas or sound bombs (no explosion), burnt tyres (a road block, no destruction) or flags and
pictures (a symbol), a verb form
that is the name of a place, a crowd word inside an armed group's name or describing a person,
an expulsion with no armed side driven out, a protest called off, prevented, asked for or dated after
the report's day, a road cut an act caused;
and the dispersal that makes a gathering a protest.
Each takes the sentence's index and the trigger's Located (:func:`hadath.events.frames.frames`).
"""
from __future__ import annotations

from hadath.events.index import DocIndex, Located
from hadath.events.lexicons import function_words
from hadath.events.modality import scope_words
from hadath.events.role_words import QUOTE_MARKS
from hadath.events.taxonomy import ARMED_INTERS, PROTESTS
from hadath.events.toll_words import conj_led
from hadath.events.tuning import WINDOWS
from hadath.events.unnumbered import word_before
from hadath.text.clitics import clitics


def tear_gas(ix: DocIndex, sent: int, loc: Located) -> bool:
    """The bombs thrown are tear-gas or sound grenades (a weapon of class teargas in, just
    after or just before the trigger: ألقى قنابل صوتية دوى انفجارها)."""
    return any(w.mention.value.lemma == "teargas"
               and loc.start - WINDOWS.teargas_left <= w.start <= loc.end + WINDOWS.teargas_right
               for w in ix.get("weapon", sent))


def tires(ix: DocIndex, sent: int, loc: Located, end: int) -> bool:
    """What is burnt, within a few words after the trigger in its clause (past its subject and a
    place told between them, whose name is not counted), is tyres (أحرقوا إطارات السيارات، أحرق
    محتجون غاضبون إطارات، أحرق المتظاهرون في مدينة جونيه الإطارات): a road block, as the dev gold
    codes it (dev-d-14); or a symbol (أحرق المحتجون العلم الإسرائيلي، صور المرشد، دمية تمثل
    الرئيس): the crowd's sign of anger, no destruction (ACLED: a peaceful protest)."""
    toks, tires = ix.doc.tokens, function_words("tires") | function_words("symbol")
    names = {p.start: p.end for p in ix.get("place", sent) if p.start >= loc.end}
    k, seen = loc.end, 0
    while k < end and seen < WINDOWS.tires:
        if k in names:
            k = max(names[k], k + 1)
            continue
        if not tires.isdisjoint(toks[k].forms):
            return True
        k, seen = k + 1, seen + 1
    return False


def armed_after(ix: DocIndex, sent: int, loc: Located, b: int) -> bool:
    """An armed side is named after the trigger and its subject in its clause, which ends
    before token ``b`` (its object: طردت قسد عناصر تنظيم داعش)."""
    return any(loc.end < x.start < b and x.mention.value.inter in ARMED_INTERS for x in ix.get("actor", sent))


def dispersed(ix: DocIndex, sent: int, loc: Located) -> bool:
    """A crowd word is the object of a dispersal verb shortly before it (فرقت قوات الأمن تجمعا،
    فضت الشرطة اعتصاما): a gathering that was broken up was a protest."""
    return any(w.mention.value.lemma == "intervention" and w.end <= loc.start <= w.end + WINDOWS.dispersed_object
               for w in ix.get("weapon", sent))


def place_name(ix: DocIndex, sent: int, loc: Located) -> bool:
    """A verb form is the name of a place read there, after its class noun or right after a
    preposition, where no verb stands (إلى تدمر، مدينة تدمر)."""
    toks = ix.doc.tokens
    place = next((p for p in ix.get("place", sent) if p.start <= loc.start and loc.end <= p.end), None)
    if place is None:
        return False
    if place.mention.value.cue is not None or place.start < loc.start:
        return True
    prev = toks[loc.start - 1].norm if loc.start else ""
    return prev in function_words("noun_prep") or prev in function_words("in")


CROWD_CLASSES = frozenset({"mob", "protest", "riot"})


def in_armed_name(ix: DocIndex, sent: int, loc: Located, head: bool = True) -> bool:
    """The trigger lies inside a longer actor mention that names an armed or state group; without
    ``head``, not as its first word (حركة فتح: a name; غارة إسرائيلية: a strike and its owner)."""
    return any(a.start <= loc.start and loc.end <= a.end and a.end - a.start > loc.end - loc.start
               and (head or a.start < loc.start)
               and a.mention.value.inter in ARMED_INTERS for a in ix.get("actor", sent))


def member_of(toks, loc: Located) -> bool:
    """The crowd word says what a person takes part in (الناشط في الاحتجاجات، أحد المشاركين في
    التظاهرات، ناشطا بارزا في الاحتجاجات - an adjective of the person between): it describes the
    person, reports no protest."""
    i = loc.start
    if i < 2 or toks[i - 1].norm not in function_words("in") or not any(map(clitics().definite, toks[i].forms)):
        return False  # (عشرات المشاركين في مسيرة: one march, told here)
    person = function_words("participant")
    return not person.isdisjoint(toks[i - 2].forms) or (
        i >= 3 and toks[i - 2].kind == "word" and not person.isdisjoint(toks[i - 3].forms)
        and agrees(toks[i - 3].norm, toks[i - 2].norm))


def site_of(toks, loc: Located) -> bool:
    """The trigger is a definite act noun right after a noun of the spot where an act took place
    (function_words ``site``: موقع الانفجار، مكان التفجير، مسرح الهجوم): the spot named - where a
    crowd gathered or help came (تجمع الأهالي في موقع الانفجار) - no act told by it."""
    i = loc.start
    return i > 0 and not function_words("site").isdisjoint(toks[i - 1].forms) \
        and any(map(clitics().definite, toks[i].forms))


NAMING_LEFT = 4   # words between the verb of naming and على (أطلقت لجان المقاومة على)
NAME_RIGHT = 4    # words after the protest noun where the name or its quote mark stands


def named_protest(ix: DocIndex, sent: int, loc: Located) -> bool:
    """The protest word is what a sentence of naming names (أطلقت اللجان على تظاهرات اليوم
    "مليونية التعايش"، أطلق الناشطون على احتجاجات الجمعة اسم جمعة الغضب): a verb of naming, على
    right before the protest noun and a name noun or a quote mark a few words after it - the name
    of a protest told elsewhere, none told by it; nor by a protest word that is no finite verb
    after it in the sentence (the naming's motive: احتجاجا على العنف القبلي). A shot at a crowd
    (أطلقت الشرطة الرصاص على التظاهرة) names nothing."""
    toks = ix.doc.tokens
    return _named(toks, loc.start, ix.bounds[sent][0]) or any(
        t.start < loc.start and t.mention.value.event_type == PROTESTS and _named(toks, t.start, ix.bounds[sent][0])
        for t in ix.get("trigger", sent))


def _named(toks, i: int, lo: int) -> bool:
    if i - 1 < lo or toks[i - 1].norm not in function_words("naming_on"):
        return False
    if not word_before(toks, i - 1, lo, function_words("naming"), NAMING_LEFT):
        return False
    names = function_words("naming_name")
    return any(toks[k].text in QUOTE_MARKS or not names.isdisjoint(toks[k].forms)
               for k in range(i + 1, min(len(toks), i + 1 + NAME_RIGHT)) if toks[k].sentence == toks[i].sentence)


def called_off(toks, loc: Located) -> bool:
    """A word of calling off stands right before the protest word (تعليق الاحتجاجات، إلغاء المسيرة،
    تأجيل الوقفة الاحتجاجية، ألغت النقابة إضرابها has a subject between: not read): the protest was
    suspended, ended or put off - none is told by it. (A participle is the crowd, the subject:
    علق المتظاهرون لافتة is no calling off.)"""
    return loc.start > 0 and not function_words("calloff").isdisjoint(toks[loc.start - 1].forms)


PREVENT_LEFT = 4  # words before the staging noun (or the protest noun) where the word of preventing stands


def prevented(toks, loc: Located, lo: int) -> bool:
    """The protest noun, maybe after a staging noun (تنظيم، إقامة), is the object of a word of
    preventing or banning a few words before it in its clause, past its subject (منعت السلطات
    المصرية إقامة مظاهرة، حالت قوات الأمن دون تنظيم مسيرة، حظرت الوزارة التظاهر، قرار منع
    المسيرات), or of a permit noun right before (رفضت المحافظة منح ترخيص لتنظيم مظاهرة، طلبوا
    تصريحا بالتظاهر): a protest kept from being held, or asked for - none told by it. Starts at
    ``lo`` (the clause's first token)."""
    k = loc.start - 1
    if k >= lo and not function_words("staging").isdisjoint(toks[k].forms):
        k -= 1
    if k >= lo and not function_words("permit").isdisjoint(toks[k].forms):
        return True
    return word_before(toks, k + 1, lo, function_words("prevent"), PREVENT_LEFT)


def agrees(noun: str, word: str) -> bool:
    """``word`` may be an adjective of ``noun``: both definite or both not (الناشط البارز، ناشطا
    بارزا, not ناشط الحزب)."""
    c = clitics()
    return c.definite(noun) == c.definite(word)


def organized_by(toks, loc: Located, lo: int) -> bool:
    """The protest word is the object of an imperfect verb of organizing or leading, in a relative
    clause that begins after ``lo`` (تجمع المهنيين الذي يقود الاحتجاجات، التجمع الذي ينظم نفسه
    وينظم الاحتجاجات في البلاد): what a group habitually does, no protest told."""
    i = loc.start
    if i < 2 or function_words("organizes").isdisjoint(toks[i - 1].forms):
        return False
    rel = function_words("relative")
    return any(toks[k].norm in rel for k in range(max(lo, i - 1 - WINDOWS.organizer_left), i - 1))


def named_body(toks, loc: Located) -> bool:
    """The crowd word follows a noun of the people who speak or act for the crowd, maybe past
    عن، من or باسم (ممثلين عن المتظاهرين، تنسيقية المتظاهرين، قادة الاحتجاجات، المتحدث باسم
    المعتصمين): a body named, no protest told by it. So is a noun of the crowd's demands or of talks
    with it, maybe past مع (استجابت الحكومة لمطالب المعتصمين، بدأت الحكومة حوارا مع المحتجين): the
    crowd named as whom others answer."""
    i, body, addressed = loc.start, function_words("body"), function_words("addressed")
    if i >= 1 and not (body | addressed).isdisjoint(toks[i - 1].forms):
        return True
    return i >= 2 and (toks[i - 1].norm in function_words("body_link") and not body.isdisjoint(toks[i - 2].forms)
                       or toks[i - 1].norm in function_words("addressed_link")
                       and not addressed.isdisjoint(toks[i - 2].forms))


def gathered_for(toks, loc: Located, end: int) -> bool:
    """A verb of gathering whose purpose, later in its clause (before ``end``), is no protest's
    (احتشد الآلاف لاستقبال المنتخب، تجمع المصلون لأداء الصلاة، تجمع الأهالي لمساعدة فرق الإنقاذ):
    people gathered, no protest told."""
    if function_words("gathering").isdisjoint(toks[loc.start].forms):
        return False
    purpose = function_words("gather_purpose")
    return any(not purpose.isdisjoint(toks[k].forms) for k in range(loc.end, end))


GATHER_STRUCK_LEFT = 8  # words back from a verb of gathering to the verb of striking its gathering


def gathered_struck(toks, loc: Located, lo: int) -> bool:
    """A verb of gathering told of the people a strike hit (استهدفت طائرة بصاروخ مجموعة من المواطنين
    تجمعوا قرب مدرسة، قصفت المدفعية حشدا من الأهالي تجمعوا قرب المسجد): a verb of striking
    (function_words ``gather_struck``) at most ``GATHER_STRUCK_LEFT`` words before it, in its clause
    (from token ``lo``) - the gathering is the strike's target, no protest."""
    if function_words("gathering").isdisjoint(toks[loc.start].forms):
        return False
    return word_before(toks, loc.start, lo, function_words("gather_struck"), GATHER_STRUCK_LEFT)


def as_right(toks, loc: Located) -> bool:
    """The protest noun is the genitive of a noun of a right, a freedom or a law (function_words
    ``right``), right after it, past في or a staging noun (حق التظاهر، الحق في الاحتجاج، قانون
    تنظيم التظاهر), or it ends a list whose first noun follows that word (حرية التعبير والتظاهر):
    the right or the law named, no protest told. (A preposition of an act's target is no right:
    بحق المتظاهرين is whom an act hit.)"""
    k = loc.start - 1
    if k > 0 and conj_led(toks[loc.start]) and function_words("right").isdisjoint(toks[k].forms):
        k -= 1  # حرية التعبير والتظاهر: past the list's first noun
    if k > 0 and (toks[k].norm in function_words("in") or not function_words("staging").isdisjoint(toks[k].forms)):
        k -= 1
    return k >= 0 and toks[k].norm not in scope_words().against and not function_words("right").isdisjoint(toks[k].forms)


ANNIVERSARY_LEFT = 3  # words before a protest noun where the word of remembrance stands


def remembered(toks, loc: Located) -> bool:
    """A word of remembrance stands a few words before the protest noun (أحيا العراقيون الذكرى
    الأولى لانطلاق الاحتجاجات، في ذكرى المظاهرات): the protests remembered, none told by it."""
    return word_before(toks, loc.start, 0, function_words("anniversary"), ANNIVERSARY_LEFT)


CAUSED_CUT_LEFT = 6  # words back from a road block to the consequence verb of its clause


def caused_cut(toks, loc: Located, lo: int) -> bool:
    """A road block told as what an act caused (ما نتج عنه تعطل حركة المرور وقطع الطريق، مما أدى
    إلى قطع الطريق): a consequence verb (function_words ``consequence``) at most
    ``CAUSED_CUT_LEFT`` words before it, in its clause (from token ``lo``) - a disruption, no
    crowd's road block."""
    return word_before(toks, loc.start, lo, function_words("consequence"), CAUSED_CUT_LEFT)


def dated_ahead(ix: DocIndex, sent: int, loc: Located, end: int) -> bool:
    """The first date after the protest word in its clause, which ends before token ``end``, lies
    after the report's day (resolved ``future``) and says so by a word (function_words ``ahead``:
    يوم الأحد المقبل، 3 فبراير القادم، غدا): a protest planned, none told yet (تنظم النقابة وقفة
    احتجاجية أمام الوزارة يوم الأحد المقبل). (نظم المعلمون وقفة أمس وأعلنوا إضرابا الأسبوع المقبل:
    the day first named is the protest's. A bare date past the report's day is not read: a
    sentence told without its report's day would lose its protest.)"""
    first = min((d for d in ix.get("date", sent) if loc.end <= d.start < end), key=lambda d: d.start, default=None)
    return first is not None and said_ahead(ix, first)


def said_ahead(ix: DocIndex, date: Located) -> bool:
    """A date mention resolved after the report's day that says so by a word of function_words
    ``ahead`` (يوم الأحد المقبل، الأسبوع القادم، غدا)."""
    if not getattr(date.mention.value, "future", False):
        return False
    toks, ahead = ix.doc.tokens, function_words("ahead")
    return any(not ahead.isdisjoint(toks[k].forms) for k in range(date.start, date.end))


def condemned_target(ix: DocIndex, sent: int, loc: Located, clause: tuple[int, int]) -> bool:
    """A crowd word in the oblique case (event_scope ``crowd_counted``: المتظاهرين، المحتجين) after a
    condemn cue of its clause (modality.tsv ``condemn``: أدان، استنكر، ندد، شجب), at any distance
    past the speaker, its place and its day, marked as whom an act hit: right after a preposition of
    a target (``against``: ضد، بحق), with the preposition ل (قمع قوات الأمن للمحتجين), or after an
    act noun of the clause past the cue (a trigger, or a dispersal word: قمع) - as its genitive
    (قمع المتظاهرين، استهداف المحتجين) or past ``target_on`` (الاعتداء على المتظاهرين). The statement is about the crowd: it tells no
    protest of the statement's day (أدانت منظمة العفو في بيان اليوم قمع المتظاهرين في البصرة)."""
    toks, w = ix.doc.tokens, scope_words()
    tok = toks[loc.start]
    if loc.start <= clause[0] or w.crowd_counted.isdisjoint(tok.forms):
        return False
    cue = next((c for c in ix.scan.cues_in(clause[0], loc.start)
                if c.entry.kind == "condemn" and c.end <= loc.start), None)
    if cue is None:
        return False
    prev = toks[loc.start - 1]
    if prev.norm in w.against or (loc.start > cue.end and tok.has_proclitic(frozenset({clitics().lam}))):
        return True
    acts = [t for t in ix.get("trigger", sent) if cue.end <= t.start and t.end <= loc.start and t.start != loc.start]
    acts += [x for x in ix.get("weapon", sent) if x.mention.value.lemma == "intervention" and cue.end <= x.start < loc.start]
    return any(t.end == loc.start or (prev.norm in w.target_on and t.end == loc.start - 1) for t in acts)


def condemned_acts(ix: DocIndex, sent: int, crowd_classes: frozenset[str], classes: dict) -> frozenset[int]:
    """The starts of the act nouns whose target is a crowd word :func:`condemned_target` reads
    (الاعتداء على المتظاهرين، استهداف المحتجين): the condemned act itself, told as what the
    statement condemns (أدانت الخارجية في بيان صدر في باريس أمس الاعتداء على المتظاهرين في
    الجزائر) - no act of the statement's place and day, however far the cue."""
    toks, w = ix.doc.tokens, scope_words()
    trigs = ix.get("trigger", sent)
    out = set()
    for loc in trigs:
        if classes.get(loc.mention.value.lemma) not in crowd_classes:
            continue
        clause = ix.scan.clause(loc.start, loc.end)
        if not condemned_target(ix, sent, loc, clause):
            continue
        for t in trigs:
            if t.mention.value.voice == "nominal" and t.start >= clause[0] and (
                    t.end == loc.start or (toks[loc.start - 1].norm in w.target_on and t.end == loc.start - 1)):
                out.add(t.start)
    return frozenset(out)


def led_after_abduction(ix: DocIndex, sent: int, loc: Located, classes: dict[str, str]) -> bool:
    """An arrest verb with a pronoun object (اقتادتهم، احتجزوه) after an abduction told earlier
    in its sentence (اختطفت عددا من المدنيين واقتادتهم إلى جهة مجهولة): the abducted led away or
    held - part of the abduction, no arrest. An arrest with an object of its own (ثم اعتقلت
    الشرطة الخاطفين) stays an arrest."""
    pronouns = function_words("object_pronoun")
    if not any(a.suffix in pronouns for a in ix.doc.tokens[loc.end - 1].analyses):
        return False
    return any(o.start < loc.start and classes.get(o.mention.value.lemma) == "abduct"
               for o in ix.get("trigger", sent))
