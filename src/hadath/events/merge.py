"""Events of one report folded together: accusations name the perpetrator of an act reported
before them, an undated mention of a dated act is that act, and one event remains per day,
place and event type (ACLED)."""
from __future__ import annotations

from hadath.events.handover import OTHER_ACT
from hadath.events.doers import DOERS_DEAD, doers_added
from hadath.events.frame_words import frame_words
from hadath.events.frames import ix_triggers
from hadath.events.trigger_background import pluperfect
from hadath.events.index import DocIndex, Located
from hadath.events.lexicons import function_words
from hadath.events.modality import scope_words
from hadath.events.place_choice import place_key
from hadath.events.records import continue_event, evolve_noted, said_unknown
from hadath.events.state_forces import place_preps, state_force
from hadath.events.role_words import QUOTE_MARKS, role_words
from hadath.events.taxonomy import ARMED_INTERS, CLASSES, NON_STATE_ARMED, REMOTE_CLASSES, VIOLENT, interaction
from hadath.events.wordbits import DID_IT, within
from hadath.events.tuning import CONFIDENCE, WINDOWS
from hadath.mentions.actors_country import definite_nisbas
from hadath.mentions.actors_speaker import statement_noun
from hadath.types import Event

BY_ACCUSATION = "actor1_by_accusation"  # (the flag of a doer named by an accusation: accept.features)
STATEMENT_GAP = 3  # words of a speaker between an accusation's verb and the side it speaks for (المتحدث الرسمي باسم)

STRATEGIC = "Strategic developments"  # a type whose sub-types are different acts
PLACES_IN_REGION = frozenset({"populated_place", "neighbourhood", "camp", "admin2", "admin3"})


def accusation(ix: DocIndex, sent: int, before: int):
    """The armed actor accused in sentence ``sent`` (اتهم ناشطون قوات النظام بتنفيذ الضربة،
    حمّلت الوزارة X مسؤولية الهجوم) by an accusation ending before token ``before``."""
    for end in ix.accuse.get(sent, ()):
        if end >= before or _claimed_in_general(ix.doc.tokens, end, ix.bounds[sent]):
            continue
        if end >= 2 and not function_words("claim_tail").isdisjoint(ix.doc.tokens[end - 1].forms):
            # (إن تنظيم داعش يقف وراء الهجوم: the subject before the two-word claim is the doer)
            if (loc := _claimant_at(ix, sent, end - 2)) is not None:
                return loc
            continue
        claim = not function_words("claim_verb").isdisjoint(ix.doc.tokens[end - 1].forms)  # (تبنى، يتبنى)
        after = [loc for loc in ix.get("actor", sent)
                 if loc.start >= end and loc.start - end <= WINDOWS.accused_right]
        if len(after) > 1 and _subject_at(ix.doc.tokens, end, after[0].start) and not claim:
            # تتهم قوات الجيش الوطني مجلس شورى ثوار بنغازي: its subject, then the accused (not
            # after a claim, whose subject is the doer: وتبنت حركة الشباب المرتبطة بتنظيم القاعدة)
            after = after[1:]
        elif len(after) == 1 and _subject_at(ix.doc.tokens, end, after[0].start) and not claim \
                and (loc := _accused_country(ix, sent, after[0].end)) is not None \
                and not _definite_nisba(ix.doc.tokens[loc.start]):
            # حمّلت قسد تركيا مسؤولية الغارة: its subject, then the accused country (no actor name);
            # not the subject's own adjective (اتهمت الحكومة السورية: السورية is no accused)
            return None if _acts_in_general(ix.doc.tokens, loc.end, ix.bounds[sent][1]) else loc
        for loc in after:
            if loc.mention.value.inter in ARMED_INTERS:
                return None if _acts_in_general(ix.doc.tokens, loc.end, ix.bounds[sent][1]) else loc
        if not after and not claim and (loc := _accused_country(ix, sent, end)) is not None:  # (تبني تركيا: no accused)
            return None if _acts_in_general(ix.doc.tokens, loc.end, ix.bounds[sent][1]) else loc
        if not after and claim:
            # وتنظيم الدولة يتبنى، وجماعة نصرة الإسلام تتبنى الهجوم: the claimant before its verb
            if (loc := _claimant_at(ix, sent, end - 1)) is not None:
                return loc
    doer = _doer_of_the_act(ix, sent, before)
    if doer is not None:
        return doer
    for start in ix.claims.get(sent, ()):  # أعلن تنظيم داعش مسؤوليته عن ...
        if start >= before or _claimed_in_general(ix.doc.tokens, start, ix.bounds[sent]):
            continue
        start = _before_insert(ix.doc.tokens, start, ix.bounds[sent][0])
        for loc in reversed(ix.get("actor", sent)):
            ref = loc.mention.value
            if loc.end <= start and start - loc.end <= WINDOWS.claimant_left and ref.inter in NON_STATE_ARMED:
                if loc.start > 0 and not function_words("tied_to").isdisjoint(ix.doc.tokens[loc.start - 1].forms):
                    start = loc.start - 1  # حركة الشباب المرتبطة بتنظيم القاعدة: the group tied to it claims
                    continue
                return loc
        if (loc := _announcer(ix, sent, start)) is not None:
            return loc
    return None


def _announcer(ix: DocIndex, sent: int, start: int) -> Located | None:
    """The named armed group right after a verb of announcing, the subject whose claim starts at
    ``start`` past the words of where it was said (وأعلنت حركة الشباب في بيان نقلته إذاعة الأندلس
    التابعة لها مسؤوليتها عن التفجير), no other side named between."""
    toks, announce = ix.doc.tokens, function_words("announce")
    before = [loc for loc in ix.get("actor", sent) if loc.end <= start]
    if not before:
        return None
    loc = before[-1]
    ref = loc.mention.value
    if ref.inter not in NON_STATE_ARMED or ref.kind != "named" or start - loc.end > WINDOWS.claimant_far \
            or loc.start == 0 or announce.isdisjoint(toks[loc.start - 1].forms):
        return None
    return loc


def _claimant_at(ix: DocIndex, sent: int, verb: int) -> Located | None:
    """The named armed side ending right before the claim verb at token ``verb`` (its subject), or
    before the particle of a pluperfect between them (وكان تنظيم داعش قد تبنى التفجير) and the
    quotation marks closing its name."""
    toks = ix.doc.tokens
    if verb > 0 and toks[verb - 1].norm in frame_words().perfect_particle:
        verb -= 1
    while verb > 0 and toks[verb - 1].norm in QUOTE_MARKS:
        verb -= 1  # (التابع لـ"داعش" قد تبنى: the name's closing quote)
    led = function_words("led_by")
    lead = next((k for k in range(verb - 2, max(0, verb - 2 - WINDOWS.leader_name), -1) if not led.isdisjoint(toks[k].forms)), None)
    if lead is not None and all(t.kind == "word" for t in toks[lead + 1:verb]):
        verb = lead  # (جماعة «الموقعون بالدماء» بقيادة مختار بلمختار قد تبنت: past its leader's name)
        while verb > 0 and toks[verb - 1].norm in QUOTE_MARKS:
            verb -= 1
    return next((loc for loc in ix.get("actor", sent) if loc.end == verb
                 and loc.mention.value.inter in ARMED_INTERS and loc.mention.value.kind in ("named", "generic")
                 and not loc.mention.value.name.startswith("Unidentified")), None)


def _accused_country(ix: DocIndex, sent: int, end: int) -> Located | None:
    """A country named as the accused (اتهمت إيران إسرائيل بتنفيذ الغارة، ألقت طهران باللوم على
    إسرائيل): its military on the publication date, on the name - the last country in the few
    words after the accusation, as the first of two is its subject (اتهمت إيران إسرائيل)."""
    places = [p for p in ix.get("place", sent) if end <= p.start and p.start - end <= WINDOWS.accused_right
              and p.mention.value.place is not None and p.mention.value.place.feature_class == "country"
              and p.mention.value.cue is None]
    if not places or (len(places) == 1 and places[0].start == end and _subject_follows(ix, sent, places[0])):
        return None
    p = places[-1] if len(places) > 1 and places[0].start == end else places[0]
    if p.start > end and ix.doc.tokens[p.start - 1].norm in place_preps():
        return None  # (من لبنان، في سوريا: where, not who)
    ref = p.mention.value
    force = state_force(ref.place.country or ref.place.name, ix.doc.article.published)
    return None if force is None else Located(p.start, p.end, p.mention._replace(kind="actor", value=force))


def _definite_nisba(tok) -> bool:
    """The token is a country's definite adjective (السوري، الإسرائيلية), not its name."""
    return not definite_nisbas().isdisjoint(tok.forms)


def _subject_follows(ix: DocIndex, sent: int, p: Located) -> bool:
    """An actor named right after the one country after an accusation verb: the country is the
    accuser (اتهمت إيران الجيش الإسرائيلي) - the actor case, read before."""
    return any(a.start == p.end for a in ix.get("actor", sent))


def _doer_of_the_act(ix: DocIndex, sent: int, before: int):
    """A named armed side told as the subject of a verb of doing whose object is the act
    already told (وقالت مصادر إن قوات الدعم السريع نفذت الهجوم، أكد شهود أن طائرات روسية شنت
    الغارات): the doer of that act. Not after a denial in the sentence (نفى أن تكون قواته نفذت
    الهجوم)."""
    toks = ix.doc.tokens
    the_act = function_words("the_act")
    lo = ix.bounds[sent][0]
    for end in ix.occur.get(sent, ()):
        if end >= before or end >= len(toks) or toks[end].norm not in the_act:
            continue
        if any(lo <= d < end for d in ix.denial_ends):
            return None
        if (loc := _named_armed_at(ix, sent, end - 1)) is not None:
            return loc
    return _doer_by_pronoun(ix, sent, before)


def _named_armed_at(ix: DocIndex, sent: int, end: int) -> Located | None:
    """The named armed side whose mention ends at token ``end`` (the subject of a verb of doing)."""
    return next((loc for loc in ix.get("actor", sent) if loc.end == end
                 and loc.mention.value.inter in ARMED_INTERS and loc.mention.value.kind == "named"), None)


def _doer_by_pronoun(ix: DocIndex, sent: int, before: int):
    """A named armed side told as the subject of a verb of doing whose object pronoun points at
    the act already told (إن تنظيم داعش نفذه، إن حركة حسم قامت به، إن داعش هو من نفذها): its
    doer, as for نفذ الهجوم. The words of a cleft (هو من، هي التي) may stand between them; not
    after a denial in the sentence (نفى أن يكون نفذه)."""
    toks = ix.doc.tokens
    lo, hi = ix.bounds[sent][0], min(before, ix.bounds[sent][1])
    did_it, did_by, it_by, cleft = (function_words(c) for c in ("did_it", "did_by", "it_by", "cleft"))
    for k in within(ix.positions[DID_IT], lo + 1, hi):   # (the tokens that may be such a verb)
        if did_it.isdisjoint(toks[k].forms[:2]) and not (
                k + 1 < hi and not did_by.isdisjoint(toks[k].forms) and toks[k + 1].norm in it_by):
            continue
        if any(lo <= d <= k for d in ix.denial_ends):
            return None
        end = k
        while end > lo and end > k - 2 and toks[end - 1].norm in cleft:
            end -= 1
        if (loc := _named_armed_at(ix, sent, end)) is not None:
            return loc
    return None


def _subject_at(toks, end: int, start: int) -> bool:
    """The actor at ``start`` opens the accusation's subject: right after its verb, after the
    persons of it who speak (ويتهم مسؤولون في قسد خلايا داعش), or after the speaker or statement
    that speaks for it (واتهم المتحدث باسم قوات الوفاق قوات حفتر، اتهم بيان الجيش: a statement
    noun of actors_words.tsv right before it)."""
    if start == end:
        return True
    member = role_words().member_in
    gap = toks[end:start]
    if 0 < len(gap) <= STATEMENT_GAP and statement_noun(gap[-1]):
        return True
    return len(gap) == 2 and not member.isdisjoint(gap[0].forms) and gap[1].norm in function_words("in")


def _acts_in_general(toks, start: int, hi: int) -> bool:
    """The accused is blamed for acts in general (بالوقوف وراء معظم الهجمات في المنطقة), a
    quantifier a few words after it."""
    most = function_words("most")
    return any(not most.isdisjoint(toks[k].forms) for k in range(start, min(hi, start + WINDOWS.accused_right)))


def _claimed_in_general(toks, at: int, bounds: tuple[int, int]) -> bool:
    """A claim or accusation whose words at token ``at`` speak of acts in general - a word of
    habit or of acts before two words before it or in the few after it (عادة ما يتبنى تنظيم X مثل
    هذه الهجمات، تبنى تنظيم X هجمات مماثلة في السابق، يتهم X بالوقوف وراء معظم الهجمات): it names
    no doer of this act."""
    words = function_words("habitual") | scope_words().similar | function_words("most")
    lo, hi = max(bounds[0], at - 2 - WINDOWS.claimant_left), min(bounds[1], at + WINDOWS.accused_right)
    return any(not words.isdisjoint(toks[k].forms) for k in range(lo, hi))


def _before_insert(toks, start: int, lo: int) -> int:
    """The token where a claim's words begin once a comma-set insert right before them is
    skipped (أعلن تنظيم داعش، عبر صفحاته بمواقع التواصل، مسؤوليته: the claimant is before it)."""
    if start - 1 <= lo or toks[start - 1].norm != ",":
        return start
    for k in range(start - 2, max(lo, start - 2 - WINDOWS.insert_words) - 1, -1):
        if toks[k].norm == ",":
            return k
    return start


def attribute(ix: DocIndex, events: list[Event], sents: list[int]) -> None:
    """An accusation names the perpetrator of the act reported before it: actor1 of the
    latest earlier violent event whose perpetrator is unknown."""
    for sent in sorted(ix.bounds):  # (a sentence with no cue names a doer by pronoun only)
        loc = accusation(ix, sent, ix.bounds[sent][1])
        if loc is None:
            continue
        acts = list(dict.fromkeys(sents[k] for k in range(len(events) - 1, -1, -1)
                                  if sents[k] <= sent and events[k].event_type in VIOLENT))
        if not acts:
            continue
        # (the act's other places, told in the same sentence: تعرضت منشأتان في بقيق وخريص لهجوم;
        # the two acts of a dual object told in two sentences: تبنت جماعة X الهجومين)
        told = set(acts[:2] if _two_acts(ix, sent, loc.end) else acts[:1])
        accusers = _accusers(ix, sent, loc)
        for j in [j for j in range(len(events)) if sents[j] in told and events[j].event_type in VIOLENT]:
            ev = events[j]
            if ev.actor1 is not None and not ev.actor1.startswith("Unidentified") and ev.inter1 != 7 \
                    and not (ev.actor1 in accusers and _blamed_for(ix, sent, loc, ev)):
                continue  # (the accuser read as the doer: واتهمت قسد تركيا بالوقوف وراء القصف - the accused)
            ref = loc.mention.value
            evidence = dict(ev.evidence)
            evidence["actor1"] = (loc.mention.span,)
            conf = dict(ev.confidence)
            conf["actor1"] = CONFIDENCE.accusation
            hit = {} if ev.actor2 != ref.name else dict(actor2=None, inter2=None)  # (وتبنت حركة الشباب
            if hit:  # الهجوم: the claimant read as the side hit too)
                evidence.pop("actor2", None)
            events[j] = evolve_noted(ev, actor1=ref.name, inter1=ref.inter, evidence=evidence,
                                     confidence=conf, interaction=interaction(ref.inter, None if hit else ev.inter2),
                                     flags=ev.flags + (BY_ACCUSATION,), **hit)


def _accusers(ix: DocIndex, sent: int, accused: Located) -> frozenset[str]:
    """The sides that accuse in sentence ``sent``: an actor opening the subject of an accusation
    verb (اتهمت قسد تركيا، حمّل الجيش قوات الدعم السريع) before the accused - a source, never
    the doer of the act it blames on another."""
    toks = ix.doc.tokens
    claims = function_words("claim_verb") | function_words("claim_tail")
    return frozenset(a.mention.value.name for end in ix.accuse.get(sent, ()) if claims.isdisjoint(toks[end - 1].forms)
                     for a in ix.get("actor", sent) if a.end <= accused.start and a.start >= end
                     and _subject_at(toks, end, a.start) and a.mention.value.name != accused.mention.value.name)


def _blamed_for(ix: DocIndex, sent: int, accused: Located, ev: Event) -> bool:
    """The accusation names the event's own act: a word of the same act as one of the event's
    trigger words follows the accused within ``WINDOWS.accused_act`` words (قتل ثلاثة بقصف ...
    واتهمت قسد تركيا بالوقوف وراء القصف) - not بخرق وقف إطلاق النار, an accusation of something
    else, whose accuser may be the act's doer."""
    lemmas = {t.mention.value.lemma for t, _ in ix_triggers(ix, sent) if 0 <= t.start - accused.end <= WINDOWS.accused_act}
    own = {sp.start for sp in ev.evidence.get("trigger", ())}
    return any(m.value.lemma in lemmas for m in ix.doc.mentions if m.kind == "trigger" and m.span.start in own)


def _two_acts(ix: DocIndex, sent: int, after: int) -> bool:
    """A dual noun of acts (function_words ``two_acts``: الهجومين، التفجيرين) after the claimant
    in the claim's sentence: it claims two acts."""
    words = function_words("two_acts")
    lo, hi = ix.bounds[sent]
    return any(not words.isdisjoint(t.forms) for t in ix.doc.tokens[max(lo, after):hi])


def pluperfect_doer(ix: DocIndex, events: list[Event], sents: list[int]) -> None:
    """A toll told with no doer, then the doer in a pluperfect sentence right after it (قتل 4
    مواطنين في مدينة الفاشر أمس. وكانت قوات الدعم السريع قد قصفت أحياء المدينة): the armed side
    named as that sentence's subject, before its verb, did the act (its verb is no act of its own:
    frames skip pluperfect triggers) - not when the toll's doer is told unknown (مسلحون مجهولون)."""
    toks = ix.doc.tokens
    for k, ev in enumerate(events):
        if ev.event_type not in VIOLENT or (ev.actor1 is not None and not ev.actor1.startswith("Unidentified")) \
                or said_unknown(ev, ix.doc.text):
            continue  # (a doer told unknown is told: اغتال مسلحون مجهولون ... وكان التنظيم قد نفذ هجمات)
        nxt = sents[k] + 1
        if nxt >= len(ix.bounds) or any(s == nxt for s in sents):
            continue  # (the next sentence tells acts of its own)
        lo = ix.bounds[nxt][0]
        verbs = [(loc, cls) for loc, cls in ix_triggers(ix, nxt) if pluperfect(toks, loc.start, lo)]
        doer = next((a for a in ix.get("actor", nxt) for v, _c in verbs[:1] if lo <= a.start and a.end <= v.start
                     and a.mention.value.kind == "named" and a.mention.value.inter in ARMED_INTERS), None)
        if doer is not None and _exposed(toks, doer.end, verbs[0][0].start):
            doer = _doer_after(ix, nxt, verbs[0][0].end, doer.mention.value.name)
        if doer is None or doer.mention.value.name == ev.actor2:
            continue  # (never one side on both sides)
        ref = doer.mention.value
        evidence = dict(ev.evidence)
        evidence["actor1"] = (doer.mention.span,)
        means = verbs[0][1]  # (قصفت: the toll's means, when the toll named none)
        typed = dict(zip(("event_type", "sub_event_type"), CLASSES[means])) \
            if ev.sub_event_type == "Attack" and means in REMOTE_CLASSES else {}
        events[k] = evolve_noted(ev, actor1=ref.name, inter1=ref.inter, evidence=evidence,
                                 interaction=interaction(ref.inter, ev.inter2), **typed)


def _exposed(toks, lo: int, hi: int) -> bool:
    """An exposure word (function_words ``exposure``: تعرضت) stands between the subject and the
    act's verb: the subject is the side hit (وكانت دورية للشرطة قد تعرضت لهجوم شنه مسلحو X)."""
    exposure = function_words("exposure")
    return any(not exposure.isdisjoint(toks[j].forms) for j in range(lo, min(hi + 1, len(toks))))


def _doer_after(ix: DocIndex, sent: int, end: int, hit: str) -> Located | None:
    """The named armed side told after the act's noun of an exposure sentence (لهجوم شنه مسلحو
    X، لهجوم من قبل X): its doer, not the side hit."""
    return next((a for a in ix.get("actor", sent) if a.start >= end and a.mention.value.kind == "named"
                 and a.mention.value.inter in ARMED_INTERS and a.mention.value.name != hit), None)


def _doers_killer(ev: Event, act: Event) -> bool:
    """``ev`` tells the doers' own dead (events.doers) killed by the side ``act`` hit (تحييد
    الانتحاري ... مما أسفر عن مقتلهما: the security forces, the act's actor2, kill them)."""
    return (DOERS_DEAD in ev.flags or doers_added(ev) > 0) and act.actor2 is not None and ev.actor1 == act.actor2


def _compatible_actor(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b or a.startswith("Unidentified") or b.startswith("Unidentified")


def _region_of(wide, narrow) -> bool:
    """``wide`` is the province ``narrow`` lies in, or the province's seat named for it (a
    headline's "near Baghdad" for a body's Tarmiyah, north of Baghdad)."""
    w, n = wide.place, narrow.place if narrow is not None else None
    if w is None or n is None or w.country != n.country or not n.admin1 or n.feature_class not in PLACES_IN_REGION:
        return False
    return w.admin1 == n.admin1 and (w.feature_class == "admin1" or w.name == w.admin1)


def _fold_undated(events: list[Event], text: str = "") -> list[Event]:
    """An act reported without a date of its own (a headline, a lead) that matches a recent
    dated event of the same type and place (or with no place) in the report is that event - one
    told before it when it has no place and an act of its type was placed before it (مقتلهما after
    the act of the day, not the older act told after it: والاثنين الماضي قتل ...)."""
    # (an act dated weeks before the report - reported_late - is not what a headline of the
    # day's news tells: الحوثيون يختطفون مدنيين ... . ونفذوا خلال شهري سبتمبر وأكتوبر حملة اختطافات)
    dated = [k for k, e in enumerate(events) if "date_from_publication" not in e.flags
             and "reported_late" not in e.flags]
    if len(dated) == len(events) or not dated:
        return events
    out = list(events)
    drop: set[int] = set()
    for k, ev in enumerate(events):
        if "date_from_publication" not in ev.flags:
            continue
        # (an act told as another - وخرجت مظاهرة أخرى - is not the act told without a date
        # beside it: _merge alone folds them, when they are of one sub-type)
        key = place_key(ev.place)
        told = key is None and any(e.event_type == ev.event_type and e.place is not None for e in events[:k])
        t = next((d for d in dated if (d < k or not told) and out[d].event_type == ev.event_type and (
            key is None or out[d].place is None or place_key(out[d].place) == key
            or _region_of(ev.place, out[d].place))
            and (_compatible_actor(out[d].actor1, ev.actor1) or _doers_killer(ev, out[d]))
            and OTHER_ACT not in {*ev.flags, *out[d].flags}), None)
        if t is None:
            continue
        out[t] = continue_event(out[t], ev, same_act=True, doer_unknown=said_unknown(out[t], text))
        drop.add(k)
    return [e for k, e in enumerate(out) if k not in drop]


def merge(events: list[Event], text: str = "") -> list[Event]:
    """One event per day, place and event type (ACLED); the larger death toll is kept; an
    undated mention of a dated act is that act (``text``: the report's, to read the doers it
    calls unknown)."""
    return _merge(_fold_undated(events, text), text)


def _merge(events: list[Event], text: str = "") -> list[Event]:
    """One event per day, place, type and actor (ACLED): two named sides each striking the
    same town the same day (the army's shelling, Russia's air strikes) are two events. Two
    tellings that do meet are the very act: a doer named in one (داهمت مجموعات من ميليشيا قسد
    البلدة وخطفت مدنيين) is the doer of the other told without one (اختطاف مدنيين في البلدة) -
    not over a doer the text calls unknown. An act told as another (OTHER_ACT: وخرجت مظاهرة أخرى)
    of another sub-type stays apart."""
    out: list[Event] = []
    seen: dict[tuple, list[int]] = {}
    for ev in events:
        key = (ev.event_date, place_key(ev.place), ev.event_type)
        if ev.event_type == STRATEGIC:
            key = key + (ev.sub_event_type,)  # an agreement and an arrest are two acts, not one
        if ev.place is None:
            key = key + (ev.sub_event_type, ev.actor1, ev.actor2)
        ks = seen.setdefault(key, [])
        k = next((k for k in ks if _compatible_actor(out[k].actor1, ev.actor1) and not (
            OTHER_ACT in ev.flags and out[k].sub_event_type != ev.sub_event_type)), None)
        if k is None:
            ks.append(len(out))
            out.append(ev)
            continue
        out[k] = continue_event(out[k], ev, same_act=True, doer_unknown=said_unknown(out[k], text))
    return out
