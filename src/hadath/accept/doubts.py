"""Features that doubt a candidate's place (accept62).

The older features (:mod:`hadath.accept.features`) see whether a candidate is an act at all;
out of sample most of the false records the model lets through are acts coded with a wrong
place, day or type (accept60, accept61). ``place_coarse_finer_doc`` looks at the place: the
record is placed at a country or a governorate (admin1/admin2) while the report names a finer
place of the same country (a district, a town, a quarter ...) - the act's own place is likely
the finer one, or the record restates an act told with it.

Tried and left out by accept62 (retrained with each, one at a time: none raised the
cross-validated F1, news_dev dev and the fix sets' clean parts together): the same finer place
in the trigger's own sentence, no place / another place in the trigger's sentence, a date read
from a background clause, a trigger class of another event type than the record's, a trigger
shared with another record, the modality kinds the cue one-hots leave out (judicial ...).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from hadath.types import Event, PlaceRef

if TYPE_CHECKING:  # (no import cycle at run time: features imports this module)
    from hadath.accept.features import _DocView

# gazetteer feature class -> how fine it is (every other class - quarters, camps ... - is finer)
PLACE_RANK = {"country": 0, "admin1": 1, "admin2": 2, "admin3": 3, "populated_place": 4}
FINEST = 5
COARSE = 2  # admin2 and coarser: a record placed there may miss a finer place named for the act
NAMES = ("place_coarse_finer_doc",)


def place_rank(feature_class: str | None) -> int:
    return PLACE_RANK.get(feature_class or "", FINEST)


def finer_places(doc) -> dict[str, int]:
    """country -> the finest rank of a resolved place the report names there (once per Doc)."""
    out: dict[str, int] = {}
    for m in doc.mentions:
        if m.kind == "place" and isinstance(m.value, PlaceRef) and m.value.place is not None:
            p = m.value.place
            out[p.country] = max(out.get(p.country, -1), place_rank(p.feature_class))
    return out


def doubt_features(view: _DocView, f: dict[str, float], ev: Event) -> None:
    """Add :data:`NAMES` to ``f`` for ``ev``."""
    ref = ev.place if isinstance(ev.place, PlaceRef) else None
    own = ref.place if ref is not None else None
    rank = place_rank(own.feature_class) if own is not None else FINEST
    finest = view.finest_places.get(own.country, -1) if own is not None else -1
    f["place_coarse_finer_doc"] = float(rank <= COARSE and finest > max(rank, COARSE))
