"""Where a violent frame is cut before a coordinated verb that opens an act of its own (issue #9,
round 37; used by events.frames._split_coordinated).

After a comma (شن غارات على منطقة X ...، واستهدف بغارتين منزلا في مدينة Y) the cut stands right
after the comma. A coordinated perfect verb right after a place that ends the first act's list
opens the second act without a comma too: استهدفت براجمات الصواريخ قريتي البارة وبليون واستهدفت
بالمدفعية الثقيلة قرى دوير الأكراد والسرمانية - two acts at their own places, one frame each
(the caller still asks the part after the cut for a place of its own).
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Sequence

from hadath.events.place_choice import introduced  # (re-exported for events.frames)
from hadath.types import Token

if TYPE_CHECKING:  # pragma: no cover
    from hadath.events.index import Located


def coordinated_cut(toks: Sequence[Token], t, c: int | None, a: int, places: Sequence["Located"],
                    comma: frozenset[str], coord: frozenset[str]) -> int | None:
    """The first token of the act trigger ``t`` opens, given where its comma would stand (``c``,
    events.frames._opening_comma), or None."""
    if c is None or c <= a:
        return None
    if toks[c].norm in comma:
        return c + 1
    k = t.loc.start
    if t.form == "verb" and toks[k].has_proclitic(coord) and any(p.end == k for p in places):
        return k
    return None


__all__ = ["coordinated_cut", "introduced"]
