"""Streets and squares (شارع، ساحة، دوار) in the names found: the name after a street word is
the street's, not the person or town it is named after; the street is an unknown place in the
town named after it, or a landmark alone (:mod:`hadath.mentions.places_recognize`)."""
from __future__ import annotations

from hadath.gazetteer.lexicon import place_lexicon
from hadath.mentions.places_found import Found
from hadath.mentions.places_landmarks import landmark_end
from hadath.mentions.places_match import WordInfo, behind_b
from hadath.mentions.places_slots import IN
from hadath.mentions.places_unknown import stem_span
from hadath.types import Span, Token

STREET_NAME_MAX = 3     # words of a street's name after شارع، ساحة، دوار


def without_street_names(tokens: tuple[Token, ...], infos: list[WordInfo], found: list[Found]
                          ) -> list[Found]:
    """The names found, less a street word and the name after it (شارع جمال عبد الناصر، ساحة رياض
    الصلح، دوار شيحان: a person or a town the street is named after, not where it is). The street's
    name is at most STREET_NAME_MAX words and ends before a stop word, a place cue, punctuation or
    a word with a proclitic (شارع الثورة بمدينة الرقة، ساحة التحرير ببغداد، وسط بغداد)."""
    stop = place_lexicon().stop
    n = len(tokens)
    inside: set[int] = set()
    streets: list[Found] = []
    starts = {f.start: f for f in found}
    for i, info in enumerate(infos):
        if not info.street:
            continue
        inside.add(i)
        j = i + 1
        while j < n and j - i <= STREET_NAME_MAX and tokens[j].kind == "word" \
                and tokens[j].sentence == tokens[i].sentence and tokens[j].norm not in stop \
                and not infos[j].cue and not infos[j].clitic and not infos[j].street:
            inside.add(j)
            j += 1
        if j > i + 1 and _town_after(tokens, starts, j):
            streets.append(_street(tokens, i, j))
        elif j > i + 1 and (k := landmark_end(tokens, i, j, _street(tokens, i, j).key.split()[0])):
            streets.append(_street(tokens, i, k))   # ميدان التحرير alone: places_landmarks
    # a gazetteer name that starts with the street word is the street itself (شارع الحمرا)
    kept = [f for f in found if f.start not in inside or (infos[f.start].street
                                                          and f.end - f.start > 1)]
    if streets:
        have = {f.start for f in kept}
        kept = sorted(kept + [s for s in streets if s.start not in have], key=lambda f: f.start)
    return kept


def _town_after(tokens: tuple[Token, ...], starts: dict[int, Found], j: int) -> bool:
    """A known town's name (not a common word; no cue but a compass word or a town's class
    noun) follows token j-1 as في X or بX, after a comma too (شارع السعدون، في وسط بغداد، شارع
    الثورة بمدينة الرقة)."""
    sent = tokens[j - 1].sentence
    if j + 1 < len(tokens) and tokens[j].norm == "," and tokens[j + 1].norm == IN:
        j += 1
    lex = place_lexicon()
    compass = lex.compass
    if j < len(tokens) and tokens[j].norm == IN:
        j += 1
        if j + 1 < len(tokens) and tokens[j].norm in compass:
            j += 1  # في وسط بغداد، في جنوب غرب بغداد (the Found starts at the town's name)
            if j + 1 < len(tokens) and tokens[j].norm in compass:
                j += 1
    elif j >= len(tokens) or not behind_b(tokens[j]):
        return False
    g = starts.get(j)
    if g is None and j + 1 < len(tokens) and starts.get(j + 1) is not None \
            and starts[j + 1].cue in lex.settlement:
        g = starts[j + 1]  # بمدينة الرقة: the class noun, then the town
    return g is not None and g.known and not g.weak and not g.common \
        and (g.cue is None or g.cue in compass or g.cue in lex.settlement) and tokens[j].sentence == sent


def _street(tokens: tuple[Token, ...], i: int, j: int) -> Found:
    """The street named by tokens [i, j) (the street word and its name) as an unknown name
    after its part cue: _mark_slots makes the town after it its container (coded to the town)."""
    street = place_lexicon().street
    cue = next((seg[1] for seg in tokens[i].word_type.segs if seg[1] in street and not seg[2]),
               tokens[i].norm)
    span = Span(stem_span(tokens[i], cue).start, tokens[j - 1].span.end)
    key = " ".join([cue] + [t.norm for t in tokens[i + 1:j]])
    return Found(i, j, span, key, cue=cue, hint=1, known=False)
