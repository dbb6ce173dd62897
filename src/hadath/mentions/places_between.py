"""Places named as the two ends of an area or road "between" them (issue #9, place49).

المنطقة الواقعة بين بلدتي كفركلا والعديسة، الطريق الرابط بين السواني والكريمية: the act was
between the two towns, in neither: CODING.md codes a place without its own point at the
nearest listed town with precision 2. The names right after ``between`` (place_words.tsv),
behind an area's or a road's noun (place_cues.tsv ``own_point`` or ``road``: المنطقة، الطريق)
with up to LINK words of ``road_link`` between (الواقعة، الواصل، الرابط), get hint 2; so does
the next name joined to the first by و (ومدينة كاتي); and the act has one event, at the first
(events.place_roads.one_road). A bare "between" (اشتباكات بين X وY:
who fought) and a place's own noun (بين بلدتي X وY with no area or road before it) change
nothing."""
from __future__ import annotations

from typing import TYPE_CHECKING, Sequence

from hadath.gazetteer.lexicon import place_lexicon
from hadath.mentions.places_match import conj_joined
from hadath.types import Token

if TYPE_CHECKING:  # pragma: no cover
    from hadath.mentions.places_found import Found

LINK = 3   # words between the area's noun and "between" (الطريق الدولي السريع الواصل بين)


def after_between(tokens: Sequence[Token], start: int, lo: int = 0) -> bool:
    """The name at token ``start`` comes right after an area's or road's "between" (no
    further back than token ``lo``, the clause's start)."""
    lex = place_lexicon()
    j = start - 1
    if j > lo and not lex.listing.isdisjoint(tokens[j].forms):
        j -= 1   # (بين بلدتي X وY: the towns' dual noun)
    if j <= lo or lex.between.isdisjoint(tokens[j].forms):
        return False
    sent, nouns = tokens[j].sentence, lex.own_point | lex.road
    for k in range(j - 1, max(lo, j - 1 - LINK) - 1, -1):
        t = tokens[k]
        if t.sentence != sent or t.kind != "word":
            return False
        if not nouns.isdisjoint(t.forms):
            return True
        if lex.road_link.isdisjoint(t.forms):
            return False
    return False


def between_ends(tokens: Sequence[Token], found: list["Found"], infos=None) -> None:
    """Hint 2 for the two places an area or road lies between (the module's doc). ``infos``:
    the tokens' WordInfos (after_between needs a ``between`` mark one or two tokens back)."""
    for k, f in enumerate(found):
        if f.start < 2 or infos is not None and not (infos[f.start - 1].between or infos[f.start - 2].between) \
                or not after_between(tokens, f.start):
            continue
        f.hint = max(f.hint, 2)
        if k + 1 < len(found):
            g = found[k + 1]
            if f.end <= g.start <= f.end + 1 and f.end < len(tokens) and conj_joined(tokens[f.end]):
                g.hint = max(g.hint, 2)
