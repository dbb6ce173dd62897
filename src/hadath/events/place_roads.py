"""A road named by its two ends is one place (issue #10, eleventh round).

على الطريق بين درنة وطبرق، الطريق الواصل بين حمص وتدمر: the towns after "between" (``between`` in
place_words.tsv) that follows a road's noun (``road`` in place_cues.tsv, with up to
places_between.LINK words of ``road_link`` between: الواصل، الدولي، الذي يربط) are the ends of
the road where the act happened, not a list of places each with an event of its own: ACLED codes
one event, at one of the towns. So too an area's noun (``own_point``: المنطقة الواقعة بين
كفركلا والعديسة). The first named end is kept. A road named by its towns with no
"between" (على طريق حلب الحسكة الدولي) only names the road: a town named after it (قرب بلدة تل
تمر) says where on it the act was (``off_road_names``).
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Callable, Sequence

from hadath.gazetteer.lexicon import place_lexicon
from hadath.mentions.places_between import after_between
from hadath.types import Token

if TYPE_CHECKING:  # pragma: no cover
    from hadath.events.index import Located

def road_ends(tokens: Sequence[Token], p: "Located", lo: int) -> bool:
    """The place at ``p`` is the first town named after a road's or an area's "between"
    (mentions.places_between: المنطقة الواقعة بين X وY is one place too)."""
    return after_between(tokens, p.start, lo)


def one_road(tokens: Sequence[Token], chosen: list["Located"], lo: int) -> list["Located"]:
    """The chosen places, with the second end of a road named by its ends left out."""
    if len(chosen) > 1 and road_ends(tokens, chosen[0], lo):
        return chosen[:1]
    return chosen


def road_name(tokens: Sequence[Token], p: "Located", prev: "Located | None", lo: int) -> bool:
    """The place at ``p`` names a road (طريق حلب الحسكة الدولي): right after a road's noun, or
    right after another place that is (the road's second end)."""
    j = p.start - 1
    if j < lo:
        return False
    if not place_lexicon().road.isdisjoint(tokens[j].forms):
        return True
    joined = prev is not None and (prev.end == p.start or prev.end == j and tokens[j].kind == "punct")
    return joined and road_name(tokens, prev, None, lo)  # (طريق بانياس - طرطوس)


def off_road_names(tokens: Sequence[Token], cands: list["Located"], lo: int,
                   town: Callable[["Located"], bool]) -> list["Located"]:
    """The candidates without the towns that only name a road (على طريق حلب الحسكة الدولي قرب
    بلدة تل تمر: the act was near Tell Tamr), when a ``town`` after the road says where on it;
    a region there does not (طريق خان الشيح - زاكية بريف دمشق: the road's ends are finer)."""
    roads = [p for k, p in enumerate(cands) if road_name(tokens, p, cands[k - 1] if k else None, lo)]
    if not roads or not any(town(p) and p.start > roads[0].start and p not in roads for p in cands):
        return cands
    return [p for p in cands if p not in roads]
