"""The places an act fell on, listed after the area it was told at (issue #9: one record stood
for several acts): "شن الطيران غارات على قضاء صور، مستهدفا بلدات زبقين وقانا والشعيتية"،
"قصفت القوات ريف إدلب الجنوبي، طال القصف بلدات كفرنبل وحاس". The area (a countryside, a
district, a governorate, a region or country) is where the strikes fell as a whole; a verb or
participle of striking at (function_words.tsv ``struck_list``: استهدف، مستهدفا، طال، شمل) right
after it names the towns hit, each one event at its own place (ACLED: one place, one event; the
most specific place). Read by :func:`hadath.events.place_choice.choose_places`."""
from __future__ import annotations

from typing import TYPE_CHECKING, Sequence

from hadath.events.lexicons import function_words
from hadath.events.place_words import REGION_CLASSES, place_cues
from hadath.events.wordbits import STOPS as PERIOD_STOPS
from hadath.types import Token

if TYPE_CHECKING:  # pragma: no cover
    from hadath.events.index import Located

AREA_GAP = 4     # words between the area's name and the verb of striking (، الجنوبي، جنوب البلاد)
LIST_GAP = 3     # words between that verb and the first town (بلدات، قرى، كل من)
# A sentence's or clause's end: wordbits' stops but the colon (normalized text: ؛ is already ;).
STOPS = frozenset(PERIOD_STOPS) - {":"}


def is_area(tokens: Sequence[Token], p: "Located", countryside) -> bool:
    """The place is an area, not a town: a region or direction cue before it (ريف، محافظة، قضاء،
    جنوب) or a region's or country's reading, or a countryside told with ل (الريف الغربي لحلب)."""
    ref = p.mention.value
    cues = place_cues()
    k = p.start - 1
    cue = k >= 0 and not (cues.region | cues.direction).isdisjoint(tokens[k].forms)
    fc = getattr(ref.place, "feature_class", None)
    return cue or ref.cue in cues.region or fc in REGION_CLASSES or fc == "country" or countryside(p)


def struck_first(tokens: Sequence[Token], cands: list["Located"], first: int, hi: int,
                 countryside) -> int:
    """The candidate the act's list starts at: ``first``, or the first town named right after a
    verb of striking that follows the area ``cands[first]`` in the sentence (up to ``hi``)."""
    if not is_area(tokens, cands[first], countryside):
        return first
    words = function_words("struck_list")
    end = cands[first].end
    for s in range(end, min(end + AREA_GAP + 1, hi)):
        if tokens[s].norm in STOPS:
            break   # (a sentence's or clause's end: the list after it is another act's)
        if not words.isdisjoint(tokens[s].forms):
            k = next((k for k in range(first + 1, len(cands))
                      if s < cands[k].start <= s + 1 + LIST_GAP and cands[k].start < hi), None)
            if k is not None and not is_area(tokens, cands[k], countryside):
                return k
            break
    return first
