"""The ``events`` stage: triggers, roles, deaths, dates and places into ACLED-style events.

Per sentence, the asserted triggers (no blocking modality) are grouped into frames: one per
clause and trigger group (violence, protest, arrest/raid, property, agreement ...). A frame needs
one trigger able to found an event. Each frame becomes one event per place it names
(في الرقة والطبقة وسارين → three events); frames with neither place nor date of their own that
follow a frame of the same group continue it (وأسفر الانفجار عن مقتل 3). Events of one day,
place and type are merged. Background (dates over a month before the report, years only,
"منذ ..."), generic plurals without anchor, and modal triggers yield nothing.
"""
from __future__ import annotations

from dataclasses import MISSING, dataclass, field, fields, replace
from datetime import date, timedelta
from typing import ClassVar

from hadath.events.index import DocIndex, Located
from hadath.events.lexicons import function_words, trigger_matcher, trigger_rows, words
from hadath.events.place_choice import choose_places, place_key
from hadath.events.roles import ActorSlot, assign, civilian_property, target_category
from hadath.events.fatalities import tally
from hadath.events.taxonomy import (GROUPS, REMOTE_CLASSES, WEAPON_PRIORITY, decide, disorder_type,
                                    interaction)

REMOTE_WEAPONS = frozenset(WEAPON_PRIORITY)
from hadath.text.normalize import normalize_key
from hadath.types import ActorRef, DateValue, Doc, Event, Span

# An act dated more than half a year before the report is background; one more than a month
# old is kept (correctly dated, it merges with earlier reports downstream) but flagged.
BACKGROUND_DAYS = 183
LATE_DAYS = 31
# nouns that a following date qualifies (ذكرى 14 آذار، انقلاب 6 أغسطس، حرب تموز 2006)
ATTRIBUTIVE_NOUNS = words({"انقلاب", "ذكري", "حرب", "ثوره", "انتفاضه", "اتفاق", "اتفاقيه",
                           "انتخابات", "احداث", "مجزره", "نكبه", "نكسه", "حركه", "تيار", "قوي",
                           "عدوان", "زلزال", "بيان", "قرار", "مؤتمر", "قمه", "دستور"})
TERRITORY = frozenset({"capture", "recapture"})
DEATH_CLASSES = frozenset({"kill", "death", "execute", "assassinate", "death_noun"})
INTRANSITIVE_DEATH = frozenset({"death"})
SPEAKER_GROUPS = frozenset({"arrest", "defuse", "agreement", "base", "withdraw", "change_group"})
CIVILIANS = ActorRef("Civilians ({country})", 7, kind="generic")
UNIDENTIFIED = ActorRef("Unidentified Armed Group ({country})", 3, kind="generic")
PROTESTERS = ActorRef("Protesters ({country})", 6, kind="generic")
RIOTERS = ActorRef("Rioters ({country})", 5, kind="generic")


OWNED_BY = words({"تابعه", "التابعه", "تابع", "التابع", "تابعتين", "التابعتين"})
PARTICIPLE_BLOCKERS = frozenset({"denial", "negation", "question", "hypothetical", "claim",
                                 "generic"})


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


@dataclass
class Frame:
    sent: int
    clause: tuple[int, int]
    group: str
    trigs: list[Trig] = field(default_factory=list)


class EventStage:
    name: ClassVar[str] = "events"
    requires: ClassVar[tuple[str, ...]] = ("tokens", "mentions:quantity", "mentions:date",
                                           "mentions:actor", "mentions:place", "mentions:trigger")
    assigns: ClassVar[tuple[str, ...]] = ("events",)

    def __init__(self, config=None) -> None:
        self.config = config

    def __call__(self, doc: Doc) -> Doc:
        if not doc.tokens or not any(m.kind == "trigger" for m in doc.mentions):
            return replace(doc, events=())
        ix = DocIndex.build(doc)
        events: list[Event] = []
        sents: list[int] = []  # the sentence of each event
        last: dict[str, tuple[int, list[int]]] = {}  # group -> (sentence, event indexes)
        for frame in frames(ix):
            if frame.group == "violence" and _accusation(ix, frame.sent, frame.clause[1]) \
                    and any(e.event_type in VIOLENT for e in events):
                continue  # اتهم X بقصف ...: who did an act already reported (see below)
            made, own_anchor = realize(ix, frame)
            if made and events and _same_time(ix, frame):
                made = [_dated_as(e, events[-1]) for e in made]
            prev = last.get(frame.group)
            if prev is None and frame.group == "property" and not own_anchor:
                prev = last.get("violence")  # هاجموا القرية ... وأحرقوا منازل: part of the attack
            if (not own_anchor and prev is not None and frame.sent - prev[0] <= 2 and prev[1]):
                for k in prev[1]:
                    events[k] = continue_event(events[k], made[0]) if made else events[k]
                continue
            if made:
                last[frame.group] = (frame.sent, list(range(len(events), len(events) + len(made))))
                events.extend(made)
                sents.extend([frame.sent] * len(made))
        _attribute(ix, events, sents)
        return _with_events(doc, tuple(merge(events)))


def _with_events(doc: Doc, events: tuple[Event, ...]) -> Doc:
    """``dataclasses.replace(doc, events=events)`` without re-running ``__init__`` (Doc has no
    ``__post_init__``; the other fields are copied as they are)."""
    new = object.__new__(Doc)
    d = new.__dict__
    d.update(doc.__dict__)
    d["events"] = events
    return new


SAME_TIME_NOUNS = words({"اليوم", "الليله", "الوقت", "التوقيت", "الساعه", "الساعات", "الموعد",
                         "الصباح", "المساء", "الاثناء", "الفتره", "يوم", "ليله", "وقت"})
SAME_WORDS = words({"ذاته", "ذاتها", "نفسه", "نفسها", "عينه", "عينها"})


def _same_time(ix: DocIndex, frame: "Frame") -> bool:
    """في اليوم ذاته، في الليلة نفسها، في الوقت نفسه: the time of the act reported before."""
    toks = ix.doc.tokens
    a, b = ix.bounds[frame.sent]
    for i in range(a + 1, min(b, frame.trigs[0].loc.start + 12)):
        if toks[i].norm in SAME_WORDS and not SAME_TIME_NOUNS.isdisjoint(toks[i - 1].forms):
            return True
    return False


def _dated_as(ev: Event, prev: Event) -> Event:
    if prev.event_date is None or ev.event_date == prev.event_date:
        return ev
    flags = tuple(f for f in ev.flags if f != "date_from_publication")
    return _evolve(ev, event_date=prev.event_date, time_precision=prev.time_precision,
                   flags=flags + ("date_by_anaphora",))


def frames(ix: DocIndex) -> list[Frame]:
    rows = trigger_rows()
    matcher = trigger_matcher()
    toks = ix.doc.tokens
    sc = ix.scan
    forms_at = sc.forms_at
    out: list[Frame] = []
    for sent in sorted(ix.by_sent["trigger"]):
        by_key: dict[tuple[tuple[int, int], str], Frame] = {}
        for loc in ix.get("trigger", sent):
            ref = loc.mention.value
            row = rows.get(ref.lemma)
            if row is None:
                continue
            form = forms_at.get(loc.start)
            if form is None:
                hit = matcher.match_at(toks, loc.start)
                form = hit.value.form if hit is not None else "verb"
            if ref.negated or (ref.modality is not None and (
                    form != "participle" or ref.modality in PARTICIPLE_BLOCKERS)):
                continue
            cls = row["class"]
            if cls == "explode" and _tear_gas(ix, sent, loc):
                continue  # ألقت عليهم قنابل الغاز: dispersal of a crowd, no explosion
            group = GROUPS.get(cls)
            if group is None or group == "none":
                continue
            clause = sc.clause(loc.start, loc.end)
            if _pluperfect(toks, loc.start, clause[0]):
                continue
            key = (clause, group)
            fr = by_key.setdefault(key, Frame(sent, clause, group))
            fr.trigs.append(Trig(loc, cls, loc.mention.confidence >= 0.6,
                                 row.get("nrole") or "agent", form))
        # violence, arrests or damage at a protest are part of the protest (intervention,
        # excessive force, riot)
        protest = next((f for (c, g), f in by_key.items()
                        if g == "protest" and any(t.strong for t in f.trigs)), None)
        if protest is not None:
            for (clause, group), fr in list(by_key.items()):
                remote = any(t.cls in REMOTE_CLASSES for t in fr.trigs) or any(
                    w.mention.value.lemma in REMOTE_WEAPONS and clause[0] <= w.start < clause[1]
                    for w in ix.get("weapon", sent))
                if group in ("violence", "arrest", "property") and fr is not protest and not remote:
                    protest.trigs.extend(fr.trigs)
                    protest.clause = (min(protest.clause[0], clause[0]), max(protest.clause[1], clause[1]))
                    del by_key[(clause, group)]
        # property damage or a raid (no arrests) in a violent clause is part of that violence
        for (clause, group), fr in list(by_key.items()):
            if (clause, "violence") in by_key and (group == "property" or (
                    group == "arrest" and not any(t.cls == "arrest" for t in fr.trigs))):
                by_key[(clause, "violence")].trigs.extend(fr.trigs)
                del by_key[(clause, group)]
        out.extend(f for f in sorted(by_key.values(), key=lambda f: f.clause)
                   if any(t.strong for t in f.trigs))
    return out


def _tear_gas(ix: DocIndex, sent: int, loc: Located) -> bool:
    """The bombs thrown are tear-gas or sound grenades (a weapon of class teargas in or just
    after the trigger)."""
    return any(w.mention.value.lemma == "teargas" and loc.start <= w.start <= loc.end + 3
               for w in ix.get("weapon", sent))


def _held(toks, start: int) -> bool:
    """A control word that opens a relative clause (الذي استولى، التي سيطرت) or follows
    تحت/خاضعة (تحت سيطرتهم): who holds ground, not a change of hands."""
    if start == 0:
        return False
    prev = toks[start - 1].norm
    return prev in function_words("relative") or prev in function_words("held")


PAST_AUX = words({"كان", "كانت", "كانوا", "وكان", "وكانت", "وكانوا", "فكان", "فكانت"})


def _pluperfect(toks, start: int, a: int) -> bool:
    """كان ... قد before the trigger (وكان المرصد قد وثق مقتل 7، التي كانت قد سيطرت على
    المدينة): an act earlier than the report's news (background, or an earlier figure of the
    same act, superseded by the one reported now)."""
    for i in range(start - 1, max(a, start - 7) - 1, -1):
        if toks[i].norm in ("قد", "وقد"):
            return any(toks[j].norm in PAST_AUX for j in range(max(a, i - 6), i))
    return False


_PLURAL: dict[str, bool] = {}  # trigger surface -> a plural noun form (memo)


def _plural_nominal(ix: DocIndex, tr: Trig) -> bool:
    """A plural verbal noun (هجمات، عمليات دهم) not introduced by an occurrence verb
    (اندلعت مظاهرات، شن غارات): a generic reference unless a date or toll anchors it."""
    if tr.form != "noun":
        return False
    surface = tr.loc.mention.surface
    plural = _PLURAL.get(surface)
    if plural is None:
        s = normalize_key(surface)
        plural = s.endswith("ات") or s.endswith("معارك")
        if len(_PLURAL) >= 100_000:
            _PLURAL.clear()
        _PLURAL[surface] = plural
    if not plural:
        return False
    for c in ix.occur.get(tr.loc.mention.sentence, ()):
        if 0 <= tr.loc.start - c < 4 or 0 <= c - tr.loc.end <= 3:  # اندلعت مظاهرات / التفجيرات وقعت
            return False
    return not _caused_toll(ix, tr)


TOLL_CLASSES = frozenset({"kill", "death", "death_noun", "injure"})


def _caused_toll(ix: DocIndex, tr: Trig) -> bool:
    """مقتل مدنيين اثنين في غارات إسرائيلية، إصابة خمسة جراء اشتباكات: the plural names the
    cause of a toll just reported - a specific act, not a generic reference."""
    toks = ix.doc.tokens
    i = tr.loc.start
    if i == 0:
        return False
    prev = toks[i - 1]
    caused = prev.norm in function_words("cause") or any("ب" in an.prefixes for an in toks[i].analyses)
    if not caused:
        return False
    return any(c in TOLL_CLASSES and 0 < i - loc.end <= 8 for loc, c in ix_triggers(ix, tr.loc.mention.sentence))


def _choose_date(ix: DocIndex, frame: Frame, main: Trig):
    """(DateValue | None, span | None, confidence, from_text)."""
    best = None
    toks = ix.doc.tokens
    for loc in ix.get("date", frame.sent):
        v = loc.mention.value
        if not isinstance(v, DateValue) or v.date is None:
            continue
        if _since(toks, loc) or _attributive(ix, loc):
            continue
        if loc.start > main.loc.end and _pluperfect(toks, loc.start, main.loc.end):
            continue  # استعاد الجيش المدينة التي كانت قد سقطت في يونيو: dates the earlier act
        inside = frame.clause[0] <= loc.start < frame.clause[1]
        dist = abs(loc.start - main.loc.start)
        speech = _speech_date(ix, frame.sent, loc) if frame.group == "violence" else 0
        key = (0 if inside else 1, speech, dist)
        if best is None or key < best[0]:
            best = (key, loc)
    if best is not None:
        loc = best[1]
        return loc.mention.value, loc.mention.span, 0.9 if best[0][0] == 0 else 0.75, True, loc
    ctx = _context_date(ix, frame.sent)
    if ctx is not None:
        return ctx.mention.value, ctx.mention.span, 0.5, False, None
    if ix.reference is not None:
        got = ix.memo.get("reference")
        if got is None:  # one value for every frame of the document
            got = ix.memo["reference"] = (DateValue(ix.reference, 1), ix.reference_span,
                                          0.5 if ix.reference_span else 0.4, False, None)
        return got
    return None, None, 0.0, False, None


CONTEXT_SENTENCES = 8   # how far back an undated sentence looks for the story's day
CONTEXT_DAYS = 7        # ... a day no further back than this from the reference


def _context_date(ix: DocIndex, sent: int):
    """The day the story is about, for a clause that names none: the nearest date of a day
    (not "since", not attributive, not background, not after the reference) in the sentences
    just before it (قتل ثلاثة أمس ... . كما قتل رضيع في بلدة مجاورة: also yesterday)."""
    ref = ix.reference
    toks = ix.doc.tokens
    for s in range(sent - 1, max(-1, sent - 1 - CONTEXT_SENTENCES), -1):
        for loc in reversed(ix.get("date", s)):
            v = loc.mention.value
            if not isinstance(v, DateValue) or v.date is None or v.time_precision != 1 or v.future:
                continue
            if ref is not None and not (ref - timedelta(days=CONTEXT_DAYS) <= v.date <= ref):
                continue
            if _since(toks, loc) or _attributive(ix, loc):
                continue
            return loc
    return None


def ix_triggers(ix: DocIndex, sent: int):
    """(Located, class) of the sentence's triggers."""
    rows = trigger_rows()
    out = []
    for loc in ix.get("trigger", sent):
        row = rows.get(loc.mention.value.lemma)
        if row is not None:
            out.append((loc, row["class"]))
    return out


def _speech_date(ix: DocIndex, sent: int, loc: Located) -> int:
    """1 for the date of a statement (أعلنت الخلية، اليوم الخميس، مقتل ...: right after the
    speech verb and its speaker): another date in the sentence dates the act itself."""
    toks = ix.doc.tokens
    for e in ix.speech_ends.get(sent, ()):
        if 0 <= loc.start - e <= 8 and all(t.kind != "punct" or t.norm in ("،", ",")
                                           for t in toks[e:loc.start]) \
                and (loc.start == e or toks[loc.start - 1].norm in ("،", ",")):
            return 1
    return 0


def _since(toks, loc: Located) -> bool:
    """منذ شهرين، منذ الثلاثاء، منذ سقوط النظام في 8 ديسمبر: a duration's start, not the date
    of the act."""
    first = toks[loc.start]
    if first.norm in ("منذ", "ومنذ"):
        return True
    for i in range(loc.start - 1, max(-1, loc.start - 5), -1):
        t = toks[i]
        if t.kind == "punct" or t.sentence != first.sentence:
            return False
        if t.norm in ("منذ", "ومنذ"):
            return True
    return False


RECALL = frozenset((normalize_key(x), normalize_key(y)) for x, y in (
    ("يذكر", "أن"), ("يشار", "إلى"), ("جدير", "بالذكر"), ("تجدر", "الإشارة"),
    ("الجدير", "بالذكر"), ("ويذكر", "أن"), ("ويشار", "إلى")))
RECALL_FIRST = frozenset(x for x, _ in RECALL)


def _recalled(ix: DocIndex, sent: int) -> bool:
    """A sentence opened by يُذكر أن / يشار إلى / الجدير بالذكر recalls background."""
    toks = ix.doc.tokens
    a, b = ix.bounds[sent]
    return b - a > 2 and toks[a].norm in RECALL_FIRST and (toks[a].norm, toks[a + 1].norm) in RECALL


def _ongoing_since(ix: DocIndex, frame: "Frame", before: int | None = None) -> bool:
    """The clause dates itself only by منذ + a time over a month before the report (with
    ``before``: a منذ fronted before that token - ومنذ أبريل 2023 ... أسفرت عن مقتل)."""
    toks = ix.doc.tokens
    a, b = frame.clause
    ref = ix.reference
    for loc in ix.get("date", frame.sent):
        v = loc.mention.value
        if not (a <= loc.start < b) or not isinstance(v, DateValue) or not _since(toks, loc):
            continue
        if before is not None and loc.start > before:
            continue
        if v.background or v.time_precision is None or v.date is None or (
                ref is not None and v.date < ref - timedelta(days=LATE_DAYS)):
            return True
    return False


def _attributive(ix: DocIndex, loc: Located) -> bool:
    """A date right after a plain noun that is not an event word (انقلاب السادس من أغسطس،
    ذكرى 14 آذار) dates that noun, not the clause."""
    if loc.start == 0:
        return False
    prev = ix.doc.tokens[loc.start - 1]
    if prev.kind != "word" or prev.sentence != ix.doc.tokens[loc.start].sentence:
        return False
    if any(t.start <= loc.start - 1 < t.end for t in ix.get("trigger", prev.sentence)):
        return False
    return prev.norm in ATTRIBUTIVE_NOUNS or any(f in ATTRIBUTIVE_NOUNS for f in prev.forms)


def _is_background(ix: DocIndex, dv: DateValue, loc: Located | None) -> bool:
    if loc is not None:
        surface = normalize_key(loc.mention.surface)
        if dv.time_precision not in (1, 2, 3) or (
                any(w in surface.split() for w in ("عام", "العام", "سنه")) and not any(
                    ch.isdigit() for ch in surface.replace(str(dv.date.year), ""))
                and len(surface.split()) <= 3 and "يوم" not in surface):
            return True
    pub = ix.doc.article.published or ix.reference
    return bool(pub and dv.date and dv.date < pub - timedelta(days=BACKGROUND_DAYS))


def _slots(ix: DocIndex, frame: Frame) -> list[ActorSlot]:
    trig_tokens = {i for t in frame.trigs for i in range(t.loc.start, t.loc.end)}
    out = []
    for loc in ix.get("actor", frame.sent):
        if not trig_tokens.isdisjoint(range(loc.start, loc.end)):
            continue
        out.append(ActorSlot(loc.start, loc.end, loc.mention.value, loc.mention))
    return out


def _doer_of_noun(ix: DocIndex, frame: Frame, main: Trig, strong: list[Trig], slots: list[ActorSlot],
                  roles) -> None:
    """The main trigger names no doer, but a verbal noun of the frame does by its genitive
    (قتل ثلاثة مدنيين جراء قصف مليشيات حفتر، إثر غارة للتحالف): that actor is actor1."""
    toks = ix.doc.tokens
    speech = ix.speech_ends.get(frame.sent, [])
    cause = function_words("cause")
    for t in strong:
        if t is main or t.nrole != "agent":
            continue
        if t.ref.voice != "nominal" and not (t.loc.start > 0 and toks[t.loc.start - 1].norm in cause):
            continue  # (an unvocalized قصف after جراء، إثر، في is the verbal noun)
        got = assign(toks, slots, t.loc.start, t.loc.end, "nominal", "agent", frame.clause, speech)
        if got.actor1 is None or got.conf1 < 0.75 or got.actor1.start < t.loc.end:
            continue
        if roles.actor2 is not None and got.actor1.ref.name == roles.actor2.ref.name:
            continue
        roles.actor1, roles.conf1 = got.actor1, 0.7
        return


def _weapon_owner(ix: DocIndex, frame: Frame, slots: list[ActorSlot]):
    """The side named inside the strike phrase itself: an actor phrase that contains a trigger
    (غارة إسرائيلية، طائرات الاحتلال), else a nationality adjective right after a strike word or
    weapon (قصف مدفعي إسرائيلي، طائرات F-16 العراقية) -> that state's military."""
    trig_tokens = {i for t in frame.trigs for i in range(t.loc.start, t.loc.end)}
    a, b = frame.clause
    trig_tokens |= {i for w in ix.get("weapon", frame.sent) for i in range(w.start, w.end)}
    for loc in ix.get("actor", frame.sent):
        if a <= loc.start < b and loc.end - loc.start > 1 and loc.mention.value.inter in (1, 8) \
                and not trig_tokens.isdisjoint(range(loc.start, loc.end)):
            return loc.mention.value, loc.mention
    heads = [t.loc.end for t in frame.trigs if t.cls in REMOTE_CLASSES or t.cls == "attack"]
    heads += [w.end for w in ix.get("weapon", frame.sent) if a <= w.start < b]
    if not heads:
        return None
    toks = ix.doc.tokens
    for loc in ix.get("actor", frame.sent):  # طائرة مسيرة تابعة لجيش الاحتلال التركي
        ref = loc.mention.value
        if a <= loc.start < b and ref.inter in (1, 2, 3, 4, 8) and ref.kind != "generic" and any(
                0 < loc.start - e <= 2 and not OWNED_BY.isdisjoint(toks[loc.start - 1].forms
                                                               + toks[e].forms)
                for e in heads):
            return ref, loc.mention
    for p in ix.get("place", frame.sent):
        ref = p.mention.value
        if ref.cue != "nisba" or ref.place is None or not (a <= p.start < b):
            continue
        if any(0 <= p.start - e <= 2 for e in heads) or any(  # ضربة إسرائيلية: inside the trigger
                t.loc.start < p.start < t.loc.end for t in frame.trigs):
            entry = _state_military(ref.place.country, ix.doc.article.published)
            if entry is not None:
                return ActorRef(entry.name, entry.inter, entry.country, "named", entry.actor_id), p.mention
    return None


def _state_military(country: str, published):
    from hadath.mentions.actors_lexicon import actor_lexicon
    return actor_lexicon().role_entry("military", country, published)


def _coalition(ix: DocIndex, name: str, before_sent: int) -> list[ActorSlot]:
    """Partners named with ``name`` (X وY) in the latest earlier sentence that pairs them."""
    from hadath.events.roles import coordinated
    toks = ix.doc.tokens
    for sent in range(before_sent, -1, -1):
        locs = ix.get("actor", sent)
        for a, b in zip(locs, locs[1:]):
            sa = ActorSlot(a.start, a.end, a.mention.value, a.mention)
            sb = ActorSlot(b.start, b.end, b.mention.value, b.mention)
            if coordinated(toks, sa, sb):
                if sa.ref.name == name and sb.ref.name != name:
                    return [sb]
                if sb.ref.name == name and sa.ref.name != name:
                    return [sa]
    return []


def realize(ix: DocIndex, frame: Frame) -> tuple[list[Event], bool]:
    """Events of one frame, and whether the frame has a place or date of its own."""
    doc = ix.doc
    toks = doc.tokens
    lo, hi = ix.bounds[frame.sent]
    a, b = frame.clause
    generic = [t for t in frame.trigs if _plural_nominal(ix, t)]
    all_generic = len(generic) == len(frame.trigs)  # (a frame has at least one trigger)
    if not all_generic:  # generic plurals beside a specific act: not part of it
        frame = Frame(frame.sent, frame.clause, frame.group,
                      [t for t in frame.trigs if t not in generic])
    strong = [t for t in frame.trigs if t.strong]
    if not strong:
        return [], False
    if all(t.cls in TERRITORY and _held(toks, t.loc.start) for t in strong):
        # قوات النظام الذي استولى على مساحات، المناطق التي سيطرت عليها، تحت سيطرتهم: who
        # holds ground (background or a state), not a change of hands reported now
        return [], False
    # a verb right after a weapon phrase has the weapon as its subject (عبوة ناسفة استهدفت
    # دوريتهم): it describes the weapon; another trigger heads the frame
    sent_weapons = ix.get("weapon", frame.sent)
    wends = {w.end for w in sent_weapons}
    heads = [t for t in strong if t.ref.voice == "nominal" or t.loc.start not in wends] or strong
    main = min(heads, key=lambda t: (t.ref.voice == "nominal", t.loc.start))
    classes = {t.cls for t in frame.trigs}
    seized = [loc.end for loc, c in ix_triggers(ix, frame.sent) if c == "defuse"] \
        if sent_weapons else []
    weapons_loc = [w for w in sent_weapons if a <= w.start < b
                   and not any(0 <= w.start - e <= 10 for e in seized)]  # ضبطت أسلحة وعبوات
    weapons = {w.mention.value.lemma for w in weapons_loc}
    slots = _slots(ix, frame)
    voice = main.ref.voice
    if voice == "active" and main.cls in INTRANSITIVE_DEATH:
        voice = "passive"  # استشهد مقاتلان من X، لقي جندي مصرعه: the subject is the one killed
    roles = assign(toks, slots, main.loc.start, main.loc.end, voice, main.nrole,
                   (a, b), ix.speech_ends.get(frame.sent, []),
                   frame.group in SPEAKER_GROUPS or bool(classes & TERRITORY))
    if roles.actor1 is None:
        _doer_of_noun(ix, frame, main, strong, slots, roles)
    if roles.actor1 is not None and roles.actor1.ref.kind == "pronoun" and not roles.assoc1:
        roles.assoc1 = _coalition(ix, roles.actor1.ref.name, frame.sent)
    owner = None
    if frame.group == "violence" and (roles.actor1 is None or roles.actor1.ref.kind == "generic"
                                      or roles.actor1.ref.inter == 7):
        owner = _weapon_owner(ix, frame, slots)
        if owner is not None:
            if roles.actor1 is not None and roles.actor2 is None and roles.actor1.ref.inter == 7:
                roles.actor2, roles.conf2 = roles.actor1, roles.conf1
            roles.actor1 = ActorSlot(-1, -1, owner[0], owner[1])
            roles.conf1 = 0.7
    target = target_category(toks, roles, a, b)
    arrests = "arrest" in classes
    inter1 = roles.actor1.ref.inter if roles.actor1 else None

    # quantities and deaths
    quants = [(q.start, q.end, q.mention.value, q.mention.span) for q in ix.get("quantity", frame.sent)]
    death_trigs = [(t.loc.start, t.loc.end, t.loc.mention.span) for t in frame.trigs
                   if t.cls in DEATH_CLASSES]
    toll = tally(toks, quants, a, b, death_trigs if frame.group == "violence" else [],
                 [t.loc.end for t in frame.trigs if t.cls not in DEATH_CLASSES])
    ev_type, sub = decide(classes, weapons, target, inter1, frame.group == "protest", arrests,
                          toll.deaths > 0 and not toll.estimate)

    # a generic plural without anchor (هجمات إرهابية ...) is not a reported act
    dv, dspan, dconf, from_text, dloc = _choose_date(ix, frame, main)
    if all_generic and not from_text and not toll.deaths \
            and not toll.injuries:
        return [], False
    if dv is not None and from_text and _is_background(ix, dv, dloc):
        return [], True
    imperfect = any(t.form == "imperfect" for t in strong) and not any(t.form == "verb" for t in strong)
    if not from_text and _ongoing_since(ix, frame, None if imperfect else main.loc.start):
        # وتحتل X المدينتين منذ 2019: a state since long ago; ومنذ أبريل 2023 ... أسفرت عن
        # مقتل أكثر من 20 ألف: a period total - neither an act nor a toll of another act
        return [], False
    if _recalled(ix, frame.sent) and not (from_text and dv is not None and ix.reference
                                         and dv.date >= ix.reference - timedelta(days=LATE_DAYS)):
        return [], False  # يذكر أن ... في كانون الثاني الماضي: a reminder of earlier events

    actor1, actor2 = roles.actor1, roles.actor2
    a1_ref = actor1.ref if actor1 else None
    a2_ref = actor2.ref if actor2 else None
    assoc1 = [s.ref.name for s in roles.assoc1]
    assoc2 = [s.ref.name for s in roles.assoc2]
    conf1, conf2 = roles.conf1, roles.conf2
    if ev_type in ("Protests", "Riots") and sub != "Mob violence":
        crowd = PROTESTERS if ev_type == "Protests" else RIOTERS
        named = [r for r in (a1_ref, a2_ref) if r is not None]
        state = [r for r in named if r.inter in (1, 8)]
        others = [r for r in named if r.inter not in (1, 8, 5, 6, 7)]  # citizens who protest are the protesters
        assoc1 = [r.name for r in others] + assoc1
        a1_ref, conf1 = crowd, max(conf1, 0.6)
        a2_ref = state[0] if state else None
        conf2 = conf2 if a2_ref else 0.0
        if a2_ref is None and sub in INTERVENED:
            # the force that intervened, named in the sentence but not in the frame's slots
            force = _state_force(ix, frame.sent, main.loc.start)
            if force is not None:
                actor2 = ActorSlot(force.start, force.end, force.mention.value, force.mention)
                a2_ref, conf2 = actor2.ref, 0.5
    elif ev_type in ("Violence against civilians", "Battles", "Explosions/Remote violence", "Riots"):
        if a1_ref is not None and a1_ref.inter == 7 and sub != "Mob violence":
            if a2_ref is None:  # مقتل مدنيين بقصف ...: the civilians are the ones hit
                a2_ref, conf2, actor2 = a1_ref, conf1, actor1
            a1_ref, actor1 = None, None
        if a1_ref is None:
            a1_ref, conf1 = UNIDENTIFIED, 0.3
        if a2_ref is None and (ev_type == "Violence against civilians" or target == "civilian"):
            a2_ref, conf2 = CIVILIANS, 0.5
    if a1_ref is not None and a2_ref is not None and a1_ref.name == a2_ref.name:
        a2_ref, actor2, conf2 = None, None, 0.0  # اتهم X عناصر من Y باغتصاب: not both sides
        if ev_type == "Violence against civilians":
            a2_ref, conf2 = CIVILIANS, 0.5
    if a2_ref is not None and a2_ref.inter == 7 and a2_ref.kind == "generic" \
            and a2_ref.name != CIVILIANS.name:
        # بينهم أربعة أطفال وثلاث نساء، صحفيون: civilians, the group named as associated
        assoc2 = [a2_ref.name] + assoc2
        a2_ref = CIVILIANS
    if sub == "Peaceful protest":
        a2_ref, conf2 = None, 0.0  # the authority a protest addresses is not a party to it
    if sub == "Looting/property destruction" and (a2_ref is None or a2_ref.inter == 7) \
            and civilian_property(toks, a, b):
        a2_ref, conf2 = CIVILIANS, 0.5  # هدمت القوات منزلين، جرفت أراضي زراعية
    civilian_targeting = "Civilian targeting" if a2_ref is not None and a2_ref.inter == 7 else None
    inter1 = a1_ref.inter if a1_ref else None
    inter2 = a2_ref.inter if a2_ref else None

    places, pconf, own_place = choose_places(ix, frame, main, slots)
    own_anchor = own_place or from_text
    evidence: dict[str, tuple[Span, ...]] = {
        "trigger": tuple(t.loc.mention.span for t in frame.trigs)}
    if actor1 is not None and a1_ref is actor1.ref:
        evidence["actor1"] = (actor1.mention.span,)
    if actor2 is not None and a2_ref is actor2.ref:
        evidence["actor2"] = (actor2.mention.span,)
    if roles.assoc1:
        evidence["assoc_actor_1"] = tuple(s.mention.span for s in roles.assoc1)
    if dspan is not None:
        evidence["event_date"] = (dspan,)
    if toll.spans:
        evidence["fatalities"] = toll.spans
    if weapons_loc:
        evidence["weapon"] = tuple(w.mention.span for w in weapons_loc)
    confidence = {"trigger": main.loc.mention.confidence, "event_type": 0.8 if weapons or target else 0.65,
                  "actor1": conf1, "actor2": conf2, "event_date": dconf,
                  "fatalities": toll.confidence if toll.spans else 0.8}
    flags: list[str] = []
    if dv is None:
        flags.append("date_unresolved")
    elif not from_text:
        flags.append("date_from_publication")
    elif doc.article.published and dv.date and dv.date < doc.article.published - timedelta(days=LATE_DAYS):
        flags.append("reported_late")
    art = doc.article
    base = _event(
        article_id=art.id, event_type=ev_type, sub_event_type=sub,
        disorder_type=disorder_type(ev_type, sub),
        event_date=dv.date if dv else None, time_precision=dv.time_precision if dv else None,
        actor1=a1_ref.name if a1_ref else None, assoc_actor_1="; ".join(dict.fromkeys(assoc1)) or None,
        inter1=inter1, actor2=a2_ref.name if a2_ref else None,
        assoc_actor_2="; ".join(dict.fromkeys(assoc2)) or None, inter2=inter2,
        interaction=interaction(inter1, inter2), civilian_targeting=civilian_targeting,
        source=art.source, source_url=art.url,
        fatalities=toll.deaths, fatalities_low=toll.low if toll.spans else None,
        fatalities_high=toll.high if toll.spans else None, fatalities_estimate=toll.estimate,
        injuries=toll.injuries, evidence=evidence, confidence=confidence,
    )
    out: list[Event] = []
    for loc in places or [None]:
        ev_e = dict(evidence)
        conf = dict(confidence)
        fl = list(flags)
        if loc is None:
            fl.append("unplaced")
            conf["location"] = 0.0
            place = None
        else:
            place = loc.mention.value
            ev_e["location"] = (loc.mention.span,)
            conf["location"] = pconf
        out.append(_evolve(base, place=place, location_ar=place.name if place else None,
                           evidence=ev_e, confidence=conf, flags=tuple(fl),
                           notes=_notes(base, place)))
    return out, own_anchor


# every field of Event in declaration order with its default (the three without a default and
# the two with a default_factory are always given by realize)
_EVENT_DEFAULTS = {f.name: (None if f.default is MISSING else f.default) for f in fields(Event)}


def _event(**values) -> Event:
    """``Event(**values)`` without ``__init__``'s frozen-``__setattr__`` round trip per field
    (values are valid; the instance dict has the same keys in the same order)."""
    new = object.__new__(Event)
    d = new.__dict__
    d.update(_EVENT_DEFAULTS)
    d.update(values)
    return new


def _evolve(ev: Event, **changes) -> Event:
    """``dataclasses.replace`` for the frozen Event without re-running ``__init__`` (the
    changed values are already valid); several times faster."""
    new = object.__new__(Event)
    d = new.__dict__
    d.update(ev.__dict__)
    d.update(changes)
    return new


def _notes(ev: Event, place) -> str:
    who = (ev.actor1 or "Unknown actor").replace(" ({country})", "")
    s = f"{who}: {ev.sub_event_type.lower()}"
    if ev.actor2:
        s += f" against {ev.actor2.replace(' ({country})', '')}"
    if place is not None:
        s += f" in {place.place.name if place.place else place.name}"
    if ev.fatalities:
        s += f"; {'about ' if ev.fatalities_estimate else ''}{ev.fatalities} killed"
    if ev.injuries:
        s += f"; {ev.injuries} injured"
    return s + "."


def continue_event(ev: Event, more: Event, same_act: bool = False) -> Event:
    """Fold a continuation (same group, no own place or date) into an earlier event; with
    ``same_act`` (another mention of the very act) its named perpetrator and place count too."""
    evidence = dict(ev.evidence)
    for k, v in more.evidence.items():
        if k in ("trigger", "fatalities", "actor1", "actor2", "weapon"):
            evidence[k] = tuple(evidence.get(k, ())) + tuple(v)
    changes: dict = {"evidence": evidence}
    if more.fatalities > ev.fatalities and (ev.fatalities == 0 or not more.fatalities_estimate):
        changes.update(fatalities=more.fatalities, fatalities_low=more.fatalities_low,
                       fatalities_high=more.fatalities_high,
                       fatalities_estimate=more.fatalities_estimate)
    if more.injuries and not ev.injuries:
        changes["injuries"] = more.injuries
    if same_act and (ev.actor1 is None or ev.actor1.startswith("Unidentified")) and more.actor1 is not None \
            and not more.actor1.startswith("Unidentified") and more.inter1 not in (6, 7):
        changes.update(actor1=more.actor1, inter1=more.inter1,
                       interaction=interaction(more.inter1, ev.inter2))
    if same_act and ev.place is None and more.place is not None:
        changes.update(place=more.place, location_ar=more.location_ar)
        evidence["location"] = more.evidence.get("location", ())
    if ev.sub_event_type == "Peaceful protest" and more.sub_event_type in INTERVENED:
        # تظاهر مئات ... . وفرقتهم الشرطة بالغاز: the protest met an intervention (or turned violent)
        changes.update(event_type=more.event_type, sub_event_type=more.sub_event_type,
                       disorder_type=more.disorder_type, actor1=more.actor1, inter1=more.inter1,
                       actor2=more.actor2, inter2=more.inter2, interaction=more.interaction)
    elif ev.actor2 is None and more.actor2 is not None and ev.sub_event_type != "Peaceful protest":
        changes.update(actor2=more.actor2, inter2=more.inter2,
                       interaction=interaction(ev.inter1, more.inter2),
                       civilian_targeting=more.civilian_targeting)
    new = _evolve(ev, **changes)
    new.__dict__["notes"] = _notes(new, new.place)  # a fresh object: not yet shared
    return new


VIOLENT = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})


INTERVENED = frozenset({"Protest with intervention", "Excessive force against protesters", "Violent demonstration"})


def _state_force(ix: DocIndex, sent: int, near: int):
    """The state force (police, army) named in sentence ``sent`` nearest to token ``near``."""
    forces = [loc for loc in ix.get("actor", sent) if loc.mention.value.inter == 1
              and loc.mention.value.kind != "pronoun"]
    return min(forces, key=lambda loc: abs(loc.start - near), default=None)


def _accusation(ix: DocIndex, sent: int, before: int):
    """The armed actor accused in sentence ``sent`` (اتهم ناشطون قوات النظام بتنفيذ الضربة،
    حمّلت الوزارة X مسؤولية الهجوم) by an accusation ending before token ``before``."""
    for end in ix.accuse.get(sent, ()):
        if end >= before:
            continue
        for loc in ix.get("actor", sent):
            ref = loc.mention.value
            if loc.start >= end and loc.start - end <= 6 and ref.inter in (1, 2, 3, 4, 8):
                return loc
    for start in ix.claims.get(sent, ()):  # أعلن تنظيم داعش مسؤوليته عن ...
        if start >= before:
            continue
        for loc in reversed(ix.get("actor", sent)):
            ref = loc.mention.value
            if loc.end <= start and start - loc.end <= 3 and ref.inter in (2, 3, 4):
                return loc
    return None


def _attribute(ix: DocIndex, events: list[Event], sents: list[int]) -> None:
    """An accusation names the perpetrator of the act reported before it: actor1 of the
    latest earlier violent event whose perpetrator is unknown."""
    for sent in sorted(set(ix.accuse) | set(ix.claims)):
        loc = _accusation(ix, sent, ix.bounds[sent][1])
        if loc is None:
            continue
        k = next((k for k in range(len(events) - 1, -1, -1)
                  if sents[k] <= sent and events[k].event_type in VIOLENT), None)
        if k is None:
            continue
        ev = events[k]
        if ev.actor1 is not None and not ev.actor1.startswith("Unidentified") and ev.inter1 != 7:
            continue
        ref = loc.mention.value
        evidence = dict(ev.evidence)
        evidence["actor1"] = (loc.mention.span,)
        conf = dict(ev.confidence)
        conf["actor1"] = 0.6
        new = _evolve(ev, actor1=ref.name, inter1=ref.inter, evidence=evidence, confidence=conf,
                      interaction=interaction(ref.inter, ev.inter2),
                      flags=ev.flags + ("actor1_by_accusation",))
        new.__dict__["notes"] = _notes(new, new.place)
        events[k] = new


def _compatible_actor(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b or a.startswith("Unidentified") or b.startswith("Unidentified")


def _fold_undated(events: list[Event]) -> list[Event]:
    """An act reported without a date of its own (a headline, a lead) that matches a dated
    event of the same type and place (or with no place) in the report is that event."""
    dated = [k for k, e in enumerate(events) if "date_from_publication" not in e.flags]
    if len(dated) == len(events) or not dated:
        return events
    out = list(events)
    drop: set[int] = set()
    for k, ev in enumerate(events):
        if "date_from_publication" not in ev.flags:
            continue
        key = place_key(ev.place)
        t = next((d for d in dated if out[d].event_type == ev.event_type and (
            key is None or out[d].place is None or place_key(out[d].place) == key)
            and _compatible_actor(out[d].actor1, ev.actor1)), None)
        if t is None:
            continue
        out[t] = continue_event(out[t], ev, same_act=True)
        drop.add(k)
    return [e for k, e in enumerate(out) if k not in drop]


def merge(events: list[Event]) -> list[Event]:
    """One event per day, place and event type (ACLED); the larger death toll is kept; an
    undated mention of a dated act is that act."""
    return _merge(_fold_undated(events))


def _merge(events: list[Event]) -> list[Event]:
    """One event per day, place, type and actor (ACLED): two named sides each striking the
    same town the same day (the army's shelling, Russia's air strikes) are two events."""
    out: list[Event] = []
    seen: dict[tuple, list[int]] = {}
    for ev in events:
        key = (ev.event_date, place_key(ev.place), ev.event_type)
        if ev.place is None:
            key = key + (ev.sub_event_type, ev.actor1, ev.actor2)
        ks = seen.setdefault(key, [])
        k = next((k for k in ks if _compatible_actor(out[k].actor1, ev.actor1)), None)
        if k is None:
            ks.append(len(out))
            out.append(ev)
            continue
        out[k] = continue_event(out[k], ev)
    return out
