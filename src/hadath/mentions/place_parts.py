"""A part of a town the gazetteer lacks (a quarter, street, road or area named inside a town the
text names: حي السريان في حلب، شارع السعدون في وسط بغداد، منطقة أم المعالف جنوب غرب بغداد).

CODING.md: separate named places are separate events, and a place without its own point is coded
at the city it lies in (precision 1). The events stage keeps such a part as the place of its act
(hadath.events.place_choice), the geocoder codes it at its town with its name as written, and the
reconcile stage keeps two parts of one town apart.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from hadath.gazetteer.lexicon import place_lexicon
from hadath.mentions.places_objects import place_ref as _place_ref
from hadath.types import PlaceRef

if TYPE_CHECKING:
    from hadath.mentions.places_recognize import Found

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


def village_by_town(ref: PlaceRef) -> bool:
    """One of several villages the gazetteer lacks (or whose readings all lie far from the
    town), listed after a plural or dual village noun and put by a town the text names (قرى X
    وY وZ على محور "W - V"، قريتي X وY قرب بلدة W): its container is that town. Each is a
    named place of its own (CODING.md: separate named places are separate events)."""
    box = ref.container
    lex = place_lexicon()
    return ref.place is None and box is not None and box.feature_class in TOWN_CLASSES \
        and ref.cue in lex.listing and ref.cue in lex.village


def streets_in_towns(fs: list["Found"], refs: list[PlaceRef], confs: list[float]
                     ) -> tuple[list["Found"], list[PlaceRef], list[float]]:
    """A street named with its town (شارع X بY) is coded to the town only when the town itself
    is one of the document's places: بالمنيل dropped as a lone village leaves the street
    unresolved, not in Yemen's Al Munayl."""
    street = place_lexicon().street
    placed = {r.place.id for r in refs if r.place is not None}
    out = list(refs)
    for k, (f, r) in enumerate(zip(fs, refs)):
        if not f.known and f.cue in street and r.container is not None \
                and r.container.id not in placed:
            out[k] = _place_ref(r.name, None, r.score, r.precision_hint, r.cue, None,
                                r.candidates)
    return fs, out, confs
