"""Which place mentions an event happened at, and lists of places that split one act.

The place layer has already recognized and disambiguated the mentions; here we pick the ones
tied to the trigger: in its clause, preferably after a locative preposition (في، ب، قرب، على،
شمال ...), and extend the pick over a coordinated list (في الرقة وريفها (الكرامة) والطبقة) so that
each named place gets its own event. Places inside actor names (قوات سوريا الديمقراطية) are
not locations; a region that contains another chosen place is dropped.
"""
from __future__ import annotations

from functools import lru_cache

from typing import TYPE_CHECKING, NamedTuple, Sequence

from hadath.events.datelines import is_dateline, sentence_dateline_end, struck_abroad
from hadath.events.lexicons import function_words, word_flags
from hadath.events.roles import role_words
from hadath.events.tuning import CONFIDENCE, RANK, WINDOWS
from hadath.geo import haversine_km
from hadath.gazetteer.lexicon import place_lexicon
from hadath.events.place_roads import off_road_names, one_road
from hadath.events.place_disruption import disrupted
from hadath.events.place_elsewhere import destination, origin, reporter, speaker, venue
from hadath.events.place_lists import list_start, past_unknown, qualifier_tail, qualifies
from hadath.events.town_parts import in_story_town, named_part, other_town
from hadath.mentions.places_people import QUOTES
from hadath.text.normalize import normalize_key
from hadath.types import PlaceRef, Token

if TYPE_CHECKING:  # pragma: no cover
    from hadath.events.index import DocIndex, Located

PLACE_CUES = "lexicons/event_places.tsv"


class PlaceCues(NamedTuple):
    """The classes of data/lexicons/event_places.tsv (see its header), normalized."""
    locative: frozenset[str]
    chain_gap: frozenset[str]
    intro: frozenset[str]
    direction: frozenset[str]
    region: frozenset[str]
    city_part: frozenset[str]
    locative_clitic: frozenset[str]
    joiner: frozenset[str]
    list_joiner: frozenset[str]
    city: frozenset[str]
    onto: frozenset[str]


@lru_cache(maxsize=1)
def place_cues() -> PlaceCues:
    return word_flags(PLACE_CUES, PlaceCues)


def _clitic_lead(lead: str, clitics: frozenset[str]) -> bool:
    """The proclitics before a place's first word carry a locative one: a one-letter clitic
    anywhere among them (بال، وب), a longer one at their end (وفي)."""
    return any(c in lead if len(c) == 1 else lead.endswith(c) for c in clitics)


# cues that name a settlement: an unknown name after them is still a place of its own
REGION_CLASSES = frozenset({"admin1", "admin2"})


def place_key(ref: PlaceRef | None) -> str | None:
    if ref is None:
        return None
    if ref.place is not None:
        return ref.place.id
    return ref.name


def place_id(ref: PlaceRef) -> str | None:
    return ref.place.id if ref.place is not None else None


def _locative_before(tokens: Sequence[Token], i: int, lo: int) -> bool:
    cues = place_cues()
    if tokens[i].has_proclitic(cues.locative_clitic):
        return True
    for j in range(i - 1, max(lo, i - WINDOWS.locative_left) - 1, -1):
        if not cues.locative.isdisjoint(tokens[j].forms):
            return True
    return False


def introduced(tokens: Sequence[Token], p: "Located", text: str) -> bool:
    """The place is introduced as one: a cue word (مدينة، بلدة، قرية، حي، مخيم ...), a locative
    preposition right before it, or a ب / في proclitic on its first word."""
    ref = p.mention.value
    if ref.cue and ref.cue != "nisba":
        return True
    tok = tokens[p.start]
    if p.mention.span.start > tok.span.start:
        lead = normalize_key(text[tok.span.start:p.mention.span.start])
        if _clitic_lead(lead, place_cues().locative_clitic):
            return True
    j = p.start - 1
    return j >= 0 and tokens[j].sentence == tok.sentence \
        and not place_cues().intro.isdisjoint(tokens[j].forms)


def _joined(tokens: Sequence[Token], p: "Located", text: str) -> bool:
    """The place's first word carries the conjunction و (وسعير), not a و of its own (ولاية)."""
    tok = tokens[p.start]
    if p.mention.span.start <= tok.span.start:
        return False
    return normalize_key(text[tok.span.start:p.mention.span.start]).startswith(tuple(place_cues().joiner))


def _without_glosses(gap: Sequence[Token]) -> list[Token]:
    """The gap between two listed places without a short parenthesised gloss (بجاية وعنابة
    (شرق) وتيزي وزو): the list goes on after it. The brackets themselves stay."""
    out: list[Token] = []
    depth = 0
    for t in gap:
        if t.norm == "(":
            depth += 1
            out.append(t)
        elif t.norm == ")":
            depth = max(0, depth - 1)
            out.append(t)
        elif depth == 0:
            out.append(t)
    return out if len(gap) - len(out) <= 3 else list(gap)


def _chain(tokens: Sequence[Token], places: list["Located"], first: int, hi: int,
           text: str = "") -> list["Located"]:
    cues = place_cues()
    out = [places[first]]
    cur = places[first]
    tail = False
    for nxt in places[first + 1:]:
        if nxt.start >= hi:
            break
        if nxt.start - cur.end > WINDOWS.place_list_gap + 3:
            break   # too long for a list even without a gloss (which drops at most 3 tokens)
        if cur is out[-1] and qualifies(tokens, cur, nxt):
            cur, tail = nxt, True   # (ميس الجبل بقضاء مرجعيون وأطراف ...: the list goes on)
            continue
        gap = _without_glosses(tokens[cur.end:nxt.start])
        gap = gap[1:] if tail and gap and qualifier_tail(gap[0]) else gap
        gap, tail = past_unknown(gap, cues.chain_gap)   # (الخرطوم وبحري وأم درمان: a name the gazetteer lacks)
        if tail and not gap and not _joined(tokens, nxt, text):
            break
        # (بلدة بنش ومدينة سرمين: the joiner on the second place's class noun)
        lead = gap[0] if gap else None
        joiner = lead is not None and lead.kind == "word" and lead.norm[:1] in cues.list_joiner \
            and lead.norm[1:] in cues.chain_gap
        joined = joiner or _joined(tokens, nxt, text) or any(t.norm in cues.list_joiner for t in gap)
        if len(gap) <= WINDOWS.place_list_gap and all(
                t.norm in cues.chain_gap or t.kind == "punct" or (joiner and t is lead) for t in gap) and (
                joined or any(t.norm in ("(", ")") for t in gap)):
            out.append(nxt)
            cur = nxt
        else:
            break
    return out


def _contains(big: PlaceRef, small: PlaceRef) -> bool:
    if big.place is None or small.place is None or big.place.id == small.place.id:
        return False
    fc = big.place.feature_class
    if fc == "country":
        return small.place.country_code == big.place.country_code
    if fc == "admin1":
        return small.place.admin1 == big.place.name and small.place.feature_class != "admin1"
    if fc == "admin2":
        return small.place.admin2 == big.place.name and small.place.feature_class not in ("admin1", "admin2")
    return False


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


def _town(ref: PlaceRef) -> bool:
    return ref.place is not None and ref.place.feature_class not in REGION_CLASSES \
        and ref.place.feature_class != "country"


def _region(ref: PlaceRef) -> bool:
    return ref.place is not None and ref.place.feature_class in REGION_CLASSES


def _anchored(cands: list["Located"], k: int) -> bool:
    """A known town followed by a place relative to it (بادية السخنة شرقي حمص): the town is
    where it happened, the other only locates it."""
    if k + 1 >= len(cands) or not _town(cands[k].mention.value):
        return False
    nxt = cands[k + 1]
    return 0 <= nxt.start - cands[k].end <= 1 and nxt.mention.value.cue in place_cues().direction


def _across_border(tokens: Sequence[Token], p: "Located", lo: int) -> bool:
    """A country named as the neighbour across a border (قرب الحدود مع إسرائيل، على الحدود مع
    تركيا): the act was on this side of it, not in that country."""
    ref = p.mention.value
    j = p.start - 1
    if ref.place is None or ref.place.feature_class != "country" or j <= lo \
            or tokens[j].norm not in function_words("border_with"):
        return False
    border = function_words("border")
    return any(not border.isdisjoint(tokens[k].forms) for k in range(max(lo, j - 2), j))


def _landmark(tokens: Sequence[Token], p: "Located", lo: int) -> bool:
    """The place only locates another one named before it (محافظة ديالى الواقعة شمال شرق
    بغداد، منطقة X الواقعة إلى الشمال من بعقوبة): a word saying where something lies, then a
    direction, within the few words before it."""
    lies, direction = function_words("lies"), place_cues().direction
    gap = tokens[max(lo, p.start - WINDOWS.venue_left - 1):p.start]
    at = next((j for j in range(len(gap) - 1, -1, -1)
               if gap[j].norm in lies or not lies.isdisjoint(gap[j].forms)), None)
    return at is not None and any(t.norm in direction or not direction.isdisjoint(t.forms)
                                  for t in gap[at + 1:])


def _locates(tokens: Sequence[Token], q: "Located", p: "Located") -> bool:
    """``p`` only says where the known place ``q`` before it lies (المقدادية شمال شرق بعقوبة،
    منطقة القطرانة (شرق الكرك)، قضاء داقوق" جنوب شرقي كركوك، تلة موسى القريبة من بلدة فليطة،
    إقليم شبيلي السفلى المجاور للعاصمة مقديشو): between them a direction, nearness or adjacency word, with only class nouns, linking prepositions,
    commas, brackets and quotes besides; and ``q`` lies within WINDOWS.container_km of ``p``
    (a reading farther off is a namesake, coded to ``p`` as before)."""
    a, b = q.mention.value.place, p.mention.value.place
    if a is None or b is None or a.feature_class == "country" or q.mention.value.cue == "nisba" \
            or not 0 < p.start - q.end <= WINDOWS.locator_gap:
        return False
    lex = place_lexicon()
    where = lex.compass | lex.near | function_words("adjoining")   # (بإقليم X المجاور للعاصمة Y)
    glue = lex.klass | lex.skip | lex.preps | lex.capital | QUOTES  # (شمال العاصمة بغداد)
    units = function_words("distance_unit") | function_words("distance_lead")  # (على بعد 255 كلم)
    told, km = False, WINDOWS.region_km if a.feature_class in ("admin1", "admin2") else WINDOWS.container_km
    for k in range(q.end, p.start):
        t = tokens[k]
        if t.norm in lex.direction:
            continue   # (بريف إدلب الجنوبي وبلدة كفرزيتا: an adjective of the name, no locator)
        if t.norm in where or not where.isdisjoint(t.forms):
            told = True
        elif t.kind == "number" and t.norm.isdigit() and k + 1 < p.start and tokens[k + 1].norm in units:
            km = max(km, WINDOWS.stated_km_slack * int(t.norm))  # (110 كلم شرق العاصمة)
        elif t.kind != "punct" and t.norm not in glue and glue.isdisjoint(t.forms) and t.norm not in units:
            return False
    return told and haversine_km(a.latitude, a.longitude, b.latitude, b.longitude) <= km


def _off_coast(tokens: Sequence[Token], q: "Located", p: "Located") -> bool:
    """``q`` is a sea named by itself (no cue word: البحر الأحمر, not ولاية البحر الأحمر) and
    ``p`` the coast it is told off (في البحر الأحمر قبالة الحديدة): the act is coded at the
    coast, as ACLED codes acts at sea."""
    water, near = function_words("water"), function_words("nearby")
    return q.mention.value.cue is None and not water.isdisjoint(tokens[q.start].forms) \
        and 0 < p.start - q.end <= 3 and any(not near.isdisjoint(t.forms) for t in tokens[q.end:p.start])


def _within(small: PlaceRef, big: PlaceRef) -> bool:
    """The known town ``small`` lies in the area of ``big``: its governorate or district, or
    within WINDOWS.container_km of it (ريف العاصمة holds Sa'sa', not Damascus's admin1)."""
    a, b = small.place, big.place
    if a is None or b is None or a.id == b.id or b.feature_class == "country":
        return False
    if _contains(big, small) or (a.admin1 and a.admin1 == b.admin1):
        return True
    return haversine_km(a.latitude, a.longitude, b.latitude, b.longitude) <= WINDOWS.container_km


def _inside_scene(tokens: Sequence[Token], cands: list["Located"], in_clause: list[int],
                  intro: list[bool], first: int, main) -> int | None:
    """The place set as the scene before the act, cut off from it by a comma (وفي حماة، أطلقت
    قوات الأمن النار ... في مدينة حلفايا؛ نبقى في ريف العاصمة، حيث قتل ... في مدينة سعسع),
    yields to a town inside it introduced after the act's word: that town is where it
    happened. None when there is none."""
    p = cands[first]
    t_start, t_end = main.loc.start, main.loc.end
    if p.end > t_start or not any(t.norm == "," for t in tokens[p.end:t_start]):
        return None
    road = place_lexicon().road   # (اوتوستراد المتن في ضبيه: the road's name is no scene)
    inner = [k for k in in_clause if cands[k].start >= t_end and intro[k]
             and cands[k].mention.value.cue not in road
             and _town(cands[k].mention.value) and _within(cands[k].mention.value, p.mention.value)]
    return min(inner, key=lambda k: cands[k].start, default=None)


def _held_town(cands: list["Located"], in_clause: list[int], intro: list[bool], first: int) -> int:
    """The chosen place is the container the text gives another town of the clause (وتعرضت
    بلدة بداما التابعة لمدينة جسر الشغور لقصف، الغارة على بلدة شيحين في قضاء صور): the town it
    holds, the more specific place, is where it happened (its first, when it holds several)."""
    box = cands[first].mention.value
    if box.place is None or box.place.feature_class == "country":
        return first
    held = [k for k in in_clause if k != first and intro[k] and _town(cands[k].mention.value)
            and cands[k].mention.value.container is not None
            and cands[k].mention.value.container.id == box.place.id
            and _within(cands[k].mention.value, box)]
    return min(held, key=lambda k: cands[k].start, default=first)


def _attacked(tokens: Sequence[Token], p: "Located", frame) -> bool:
    """غارات العدو الإسرائيلي على بعلبك، هجوم على قرية X: the place right after على, a few
    words after a violent trigger of the frame, is the place the attack fell on."""
    j = p.start - 1
    if frame.group != "violence" or j < 0 or place_cues().onto.isdisjoint(tokens[j].forms):
        return False
    return any(0 <= j - t.loc.end <= WINDOWS.onto_left for t in frame.trigs if t.strong)


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
        cands = [p for p in cands if not destination(toks, p, lo)]
    if frame.group in ("violence", "protest"):
        cands = off_road_names(toks, [p for p in cands if not venue(toks, p, lo) and not destination(toks, p, lo)
                                      and not origin(toks, p, lo)
                                      and not _across_border(toks, p, lo)], lo, lambda p: _town(p.mention.value))
    cands = [q for k, q in enumerate(cands) if not (k + 1 < len(cands) and _off_coast(toks, q, cands[k + 1]))]
    # (the cheap test first: the first candidate has no place before it to locate)
    cands = [p for k, p in enumerate(cands) if not (any(
        _town(q.mention.value) or _region(q.mention.value) for q in cands[:k])
        and _landmark(toks, p, lo)) and not (k and _locates(toks, cands[k - 1], p))]
    cands = [p for p in cands if not reporter(toks, p, lo)] or cands
    cands = [p for p in cands if not speaker(toks, p, lo)]  # (غداة إعلان موسكو: the state speaks)
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
    first = list_start(cands, _city_of_part(toks, cands, first, text), lambda j: _chain(toks, cands, j, hi, text))
    chosen = one_road(toks, _chain(toks, cands, first, hi, text), lo)   # الطريق بين X وY
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
