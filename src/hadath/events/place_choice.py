"""Which place mentions an event happened at, and lists of places that split one act.

The place layer has already recognized and disambiguated the mentions; here we pick the ones
tied to the trigger: in its clause, preferably after a locative preposition (في، ب، قرب، على،
شمال ...), and extend the pick over a coordinated list (في الرقة وريفها (الكرامة) والطبقة) so that
each named place gets its own event. Places inside actor names (قوات سوريا الديمقراطية) are
not locations; a region that contains another chosen place is dropped.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Sequence

from hadath.events.datelines import glued_dateline, is_dateline, sentence_dateline_end, struck_abroad
from hadath.events.lexicons import function_words
from hadath.events.roles import role_words
from hadath.events.tuning import CONFIDENCE, RANK, WINDOWS
from hadath.geo import haversine_km
from hadath.gazetteer.lexicon import place_lexicon
from hadath.events.place_roads import off_road_names, one_road
from hadath.events.place_disruption import disrupted
from hadath.events.place_elsewhere import answered_place, destination, hails_from, headed_to, motive_place, office, origin, other_act, reporter, speaker, venue
from hadath.events.place_lists import list_start
from hadath.events.place_struck import struck_first
from hadath.events.town_parts import in_story_town, named_part, other_town
from hadath.mentions.places_people import QUOTES
from hadath.types import PlaceRef, Token
from hadath.events.place_chain import _chain, likewise
from hadath.events.place_locators import (_across_border, _anchored, _attacked, _held_town, _inside_scene,
                                          _landmark, _locates, _off_coast)
from hadath.events.place_words import (  # noqa: F401  (re-exported: events.merge, frame_tolls, tests)
    PLACE_CUES, REGION_CLASSES, PlaceCues, _clitic_lead, _contains, _joined, _locative_before, _region,
    _town, introduced, place_cues, place_id, place_key)

if TYPE_CHECKING:  # pragma: no cover
    from hadath.events.index import DocIndex, Located


def _rank(tokens: Sequence[Token], p: "Located", t_start: int, t_end: int, lo: int,
          intro: bool = False, resolved_near: bool = False) -> float:
    """Lower is better: introduced as a place, close to the trigger, after it with a locative,
    known to the gazetteer when a known town is named with it, the most specific (town before
    governorate before country)."""
    dist = t_start - p.end if p.end <= t_start else p.start - t_end if p.start >= t_end else 0
    score = float(dist)
    if intro:
        score += RANK.introduced
    if p.start >= t_end and _locative_before(tokens, p.start, lo):
        score += RANK.locative_after
    ref = p.mention.value
    if ref.place is None:
        if resolved_near:  # أحياء سكنية وسط مدينة إدلب: the unknown word yields to the town
            score += RANK.unknown_beside_town
    elif ref.place.feature_class == "country":
        score += RANK.country
    elif ref.cue in place_cues().region or ref.place.feature_class in REGION_CLASSES or _countryside(tokens, p, lo):
        score += RANK.region  # ريف حماة، محافظة المنيا، ولاية سنار: a region, after any town named with it
    return score


def _countryside(tokens: Sequence[Token], p: "Located", lo: int) -> bool:
    """The name's region told before it with ل (الريف الغربي لحلب، ريف لحماة): a region."""
    cues = place_cues()
    k = p.start - 1
    if k > lo and not cues.direction.isdisjoint(tokens[k].forms) and cues.region.isdisjoint(tokens[k].forms):
        k -= 1
    return k >= lo and not cues.region.isdisjoint(tokens[k].forms) and tokens[p.start].has_proclitic(role_words().lam)


def _city_of_part(tokens: Sequence[Token], cands: list["Located"], k: int, text: str) -> int:
    """A neighbourhood or district followed by its city (مديرية المنصورة بمدينة عدن، حي
    الشجاعية في مدينة غزة): the city."""
    cues = place_cues()
    p = cands[k]
    ref = p.mention.value
    if k + 1 < len(cands) and named_part(ref) and ref.container.id == place_id(cands[k + 1].mention.value):
        return k  # حي السريان في حلب، منطقة أم المعالف في جنوب غرب بغداد: a place of its own in its city
    if k + 1 < len(cands) and _outside_container(tokens, p, cands[k + 1], text):
        return k + 1
    part = (ref.cue in cues.city_part) or (ref.place is not None and ref.place.feature_class == "neighbourhood")
    if not part or k + 1 >= len(cands):
        return k
    nxt = cands[k + 1]
    if _own_point(ref, nxt.mention.value):
        return k  # a quarter with its own point in the gazetteer is coded there (CODING.md)
    cue = nxt.mention.value.cue
    if nxt.start - p.end <= WINDOWS.city_after_part and cue in cues.city and introduced(tokens, nxt, text):
        return k + 1
    # حي الأمل غربي مدينة خان يونس: the part placed relative to its city
    if nxt.start - p.end <= WINDOWS.direction_after_part and cue in cues.direction \
            and _town(nxt.mention.value):
        return k + 1
    return k


def _outside_container(tokens: Sequence[Token], p: "Located", nxt: "Located", text: str) -> bool:
    """A place the gazetteer does not know, or knows only far from (and in another governorate
    than) the area named right after it as its container (منطقة بني الصياح بمديرية رازح، منطقة مران بمديرية حيدان): the act is
    coded to that container (CODING.md: an area not found goes to what holds it)."""
    box = nxt.mention.value
    if box.place is None or box.place.feature_class == "country" \
            or nxt.start - p.end > WINDOWS.city_after_part + 1 \
            or any(t.norm not in function_words("belongs") and box.cue not in t.forms
                   and t.norm not in QUOTES for t in tokens[p.end:nxt.start]):
        return False
    a = p.mention.value.place
    if box.cue in place_cues().direction and box.cue not in place_lexicon().container:
        return a is None  # منطقة القطرانة (شرق الكرك): an unknown place placed from a town
    if box.cue not in place_lexicon().container or not introduced(tokens, nxt, text):
        return False
    if a is None:   # (a village or mountain of a province stays: جبل السمامة بولاية القصرين is
        lex = place_lexicon()   # coded at the province with precision 2 by the geocoder)
        return box.place.feature_class != "admin1" \
            or p.mention.value.cue not in lex.village | lex.natural
    b = box.place
    if a.id == b.id or (a.admin1 and a.admin1 == b.admin1):
        return False  # البوكمال بريف دير الزور: in the governorate, however far its capital
    return haversine_km(a.latitude, a.longitude, b.latitude, b.longitude) > WINDOWS.container_km


def _own_point(part: PlaceRef, city: PlaceRef) -> bool:
    """The part (حي، منطقة ...) is a gazetteer place of its own inside the city named after it."""
    a, b = part.place, city.place
    if a is None or b is None or a.feature_class in REGION_CLASSES or a.feature_class == "country":
        return False
    if a.id == b.id:
        return False
    return haversine_km(a.latitude, a.longitude, b.latitude, b.longitude) <= WINDOWS.part_km


def choose_places(ix: "DocIndex", frame, main, slots) -> tuple[list["Located"], float, bool]:
    """(place mentions, confidence, whether the clause names a place of its own).

    Nisba adjectives (الإسرائيلي) name a side, not a place; the dateline (رام الله - ...) is
    where the report was filed, used only when the sentence names no other place. A clause's
    own place is one introduced as a place (في، قرب، مدينة، بلدة، مخيم ...) in the clause."""
    toks = ix.doc.tokens
    text = ix.doc.text
    lo, hi = ix.bounds[frame.sent]
    a, b = frame.clause
    places = ix.get("place", frame.sent)
    if not places:
        return _previous(ix, frame.sent)
    dl_end = sentence_dateline_end(ix, frame.sent)
    if slots:
        actor_tokens = {i for s in slots for i in range(s.start, s.end)}
        cands = [p for p in places
                 if p.mention.value.cue != "nisba"
                 and actor_tokens.isdisjoint(range(p.start, p.end))
                 and (p.start >= dl_end or p.start == lo)]  # تعز - سبأ: the agency is no place
    else:
        cands = [p for p in places
                 if p.mention.value.cue != "nisba" and (p.start >= dl_end or p.start == lo)]
    if frame.group == "withdraw":  # (انسحب الجيش إلى ولاية القضارف: where it went, not what it left)
        cands = [p for p in cands if not destination(toks, p, lo) and not headed_to(toks, p, lo)]
    if frame.group in ("violence", "protest") and other_act(toks, main.loc, lo, places) and any(
            other_act(toks, p, lo, places) for p in cands):
        return [], 0.0, False  # (تضامنا مع المحتجين في X: the supported people's act is no act here)
    if frame.group in ("violence", "protest"):
        cands = off_road_names(toks, [p for p in cands if not venue(toks, p, lo) and not destination(toks, p, lo)
                                      and not origin(toks, p, lo)
                                      and not other_act(toks, p, lo, places)
                                      and not _across_border(toks, p, lo)], lo, lambda p: _town(p.mention.value))
    if frame.group == "violence":  # (ردا على اغتيال ... في X، شن الحزب هجوما على Y: X is the answered act's,
        # unless no other place is left: ردا على توغل القوات في X، استهدف المقاتلون آلية: met there)
        acts = [t.start for t in ix.get("trigger", frame.sent)]
        cands = [p for p in cands if not answered_place(toks, p, lo, main.loc.start, acts)] or cands
    if frame.group == "violence":  # (استشهد الشاب فلان من مخيم X خلال مواجهات في Y: X is his home)
        cands = [p for p in cands if not hails_from(toks, p, lo)] or cands
    if frame.group == "protest":  # (مظاهرات في صنعاء احتجاجا على الغارات على الحديدة: what was protested)
        cands = [p for p in cands if not motive_place(toks, p, lo)] or cands
    cands = [q for k, q in enumerate(cands) if not (k + 1 < len(cands) and _off_coast(toks, q, cands[k + 1]))]
    # (the cheap test first: the first candidate has no place before it to locate)
    cands = [p for k, p in enumerate(cands) if not (any(
        _town(q.mention.value) or _region(q.mention.value) for q in cands[:k])
        and _landmark(toks, p, lo)) and not (k and _locates(toks, cands[k - 1], p))]
    cands = [p for p in cands if not reporter(toks, p, lo)] or cands
    cands = [p for p in cands if p.start == lo or not glued_dateline(toks, p, text)] or cands  # (الفاشر)الخرطوم – (كونا) —
    cands = [p for p in cands if not speaker(toks, p, lo)]  # (غداة إعلان موسكو: the state speaks)
    cands = [p for p in cands if not office(toks, p, lo)]  # (قائد جبهة الجنوب: a commander's title)
    cands = [p for p in cands if not disrupted(toks, p, lo)]  # (ما أدى إلى تعليق الرحلات في مطار X)
    if not cands:
        return _previous(ix, frame.sent)
    datelines = [p for p in cands if p.start == lo and is_dateline(toks, p, text)] \
        if cands[0].start == lo else []
    if datelines and len(cands) > len(datelines) and not all(p in datelines or (  # (حسب لجنة أطباء السودان)
            getattr(p.mention.value.place, "feature_class", "") == "country" and not introduced(toks, p, text)) for p in cands):
        cands = [p for p in cands if p not in datelines]
    elif datelines:
        if _nationwide(toks, a, b) or struck_abroad(ix, frame, datelines[0]):
            return [], 0.0, False  # الاحتجاجات التي تشهدها البلاد: the whole country, not the dateline's town
        return [datelines[0]], CONFIDENCE.place_dateline, False
    intro = [introduced(toks, p, text) or _anchored(cands, k) or _attacked(toks, p, frame)
             for k, p in enumerate(cands)]
    in_clause = [k for k, p in enumerate(cands) if a <= p.start < b]
    also = [cands[k] for k in in_clause if likewise(toks, cands[k], lo)]   # (، وكذلك مديرية Y)
    in_clause = [k for k in in_clause if cands[k] not in also] or in_clause
    if in_clause:
        towns = {place_id(cands[k].mention.value) for k in in_clause if _town(cands[k].mention.value)}
        first = min(in_clause, key=lambda k: _rank(toks, cands[k], main.loc.start, main.loc.end,
                                                   lo, intro[k], other_town(cands[k].mention.value, towns)))
        first = _inside_scene(toks, cands, in_clause, intro, first, main) or first
        first = _held_town(cands, in_clause, intro, first)
        conf, own = (CONFIDENCE.place_introduced, True) if intro[first] \
            else (CONFIDENCE.place_in_clause, False)
    else:
        first = min(range(len(cands)), key=lambda k: abs(cands[k].start - main.loc.start)
                    + (RANK.introduced if intro[k] else 0))
        conf, own = CONFIDENCE.place_in_sentence, False
    first = struck_first(toks, cands, first, hi, lambda p: _countryside(toks, p, lo))   # (ريف X، مستهدفا بلدات Y وZ)
    first = list_start(cands, _city_of_part(toks, cands, first, text), lambda j: _chain(toks, cands, j, hi, text))
    chosen = one_road(toks, _chain(toks, cands, first, hi, text), lo)   # الطريق بين X وY
    chosen += [p for p in also if p not in chosen and p.start > main.loc.start]
    # one event per place: drop repeats (الرقة وريفها) and regions containing a chosen place
    uniq: list["Located"] = []
    keys: set = set()
    for p in chosen:
        p = in_story_town(ix, frame.sent, p)
        k = place_key(p.mention.value)
        if k in keys:
            continue
        keys.add(k)
        uniq.append(p)
    refs = [p.mention.value for p in uniq]
    if len(uniq) > 1:
        uniq = [p for p in uniq if not any(_contains(p.mention.value, r) for r in refs)]
    return uniq, conf, own


def _nationwide(toks, a: int, b: int) -> bool:
    """The clause [a, b) places its act in the whole country: البلاد behind a preposition
    (بالبلاد) or after a scope word (في، أنحاء، شمال، تشهدها البلاد; not رئيس البلاد)."""
    country, scope = function_words("nationwide"), function_words("nationwide_scope")
    return any(not country.isdisjoint(toks[k].forms) and (toks[k].norm not in country or (
        k > a and (toks[k - 1].norm in scope or not scope.isdisjoint(toks[k - 1].forms)))) for k in range(a, b))


def _previous(ix: "DocIndex", sent: int) -> tuple[list["Located"], float, bool]:
    """A sentence that names no place continues the place of the one before: its first known
    town introduced as a place (وفي مدينة جبلة ... . واعتقلت ...)."""
    if sent - 1 not in ix.bounds:
        return [], 0.0, False
    toks, text = ix.doc.tokens, ix.doc.text
    dl_end = sentence_dateline_end(ix, sent - 1)
    for p in ix.get("place", sent - 1):
        ref = p.mention.value
        if p.start >= dl_end and ref.cue != "nisba" and _town(ref) and introduced(toks, p, text):
            return [p], CONFIDENCE.place_previous, False
    return [], 0.0, False
