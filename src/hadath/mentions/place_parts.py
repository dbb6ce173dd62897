"""A part of a town the gazetteer lacks (a quarter, street, road or area named inside a town the
text names: حي السريان في حلب، شارع السعدون في وسط بغداد، منطقة أم المعالف جنوب غرب بغداد).

CODING.md: separate named places are separate events, and a place without its own point is coded
at the city it lies in (precision 1). The events stage keeps such a part as the place of its act
(hadath.events.place_choice), the geocoder codes it at its town with its name as written, and the
reconcile stage keeps two parts of one town apart.
"""
from __future__ import annotations

from hadath.gazetteer.lexicon import place_lexicon
from hadath.types import PlaceRef

TOWN_CLASSES = frozenset({"populated_place", "neighbourhood"})


def part_cue(ref: PlaceRef) -> bool:
    """Named after a word for a part of a town: a quarter, street, road or area (حي، شارع،
    طريق، منطقة), not a plural (أحياء سكنية: no name of its own)."""
    lex = place_lexicon()
    cue = ref.cue
    if cue is None or cue in lex.plural:
        return False
    return cue in lex.part or cue in lex.street or cue in lex.road or cue in lex.region and cue in lex.container


def part_of_town(ref: PlaceRef) -> bool:
    """Unknown to the gazetteer, named after a part word, held by a town (its container)."""
    box = ref.container
    return ref.place is None and box is not None and box.feature_class in TOWN_CLASSES and part_cue(ref)
