"""A road named by its two ends is one place (issue #10, eleventh round).

على الطريق بين درنة وطبرق، الطريق الواصل بين حمص وتدمر: the towns after "between" (``between`` in
place_words.tsv) that follows a road's noun (``road`` in place_cues.tsv, with up to
ROAD_LINK words of ``road_link`` between: الواصل، الدولي، الذي يربط) are the ends of the road
where the act happened, not a list of places each with an event of its own: ACLED codes one
event, at one of the towns. The first named end is kept.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Sequence

from hadath.gazetteer.lexicon import place_lexicon
from hadath.types import Token

if TYPE_CHECKING:  # pragma: no cover
    from hadath.events.index import Located

ROAD_LINK = 3     # words between the road's noun and "between" (الطريق الدولي السريع الواصل بين)


def road_ends(tokens: Sequence[Token], p: "Located", lo: int) -> bool:
    """The place at ``p`` is the first town named after a road's "between"."""
    lex = place_lexicon()
    j = p.start - 1
    if j <= lo or lex.between.isdisjoint(tokens[j].forms):
        return False
    sent = tokens[j].sentence
    for k in range(j - 1, max(lo, j - 1 - ROAD_LINK) - 1, -1):
        t = tokens[k]
        if t.sentence != sent or t.kind != "word":
            return False
        if not lex.road.isdisjoint(t.forms):
            return True
        if lex.road_link.isdisjoint(t.forms):
            return False
    return False


def one_road(tokens: Sequence[Token], chosen: list["Located"], lo: int) -> list["Located"]:
    """The chosen places, with the second end of a road named by its ends left out."""
    if len(chosen) > 1 and road_ends(tokens, chosen[0], lo):
        return chosen[:1]
    return chosen
