"""Places that only locate another, and the tests that move the pick to the place an act
fell on (split from :mod:`hadath.events.place_choice`): a town followed by a direction from it
(بادية السخنة شرقي حمص), a landmark (الواقعة شمال شرق بغداد), a country across a border, a sea off
a coast, a scene set before the act that yields to a town inside it, a container that yields to
the town it holds, and the place right after على a violent trigger."""
from __future__ import annotations

from typing import TYPE_CHECKING, Sequence

from hadath.events.lexicons import function_words
from hadath.events.tuning import WINDOWS
from hadath.geo import haversine_km
from hadath.gazetteer.lexicon import place_lexicon
from hadath.mentions.places_people import QUOTES
from hadath.types import PlaceRef, Token
from hadath.events.place_words import _contains, _town, place_cues

if TYPE_CHECKING:  # pragma: no cover
    from hadath.events.index import Located


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
