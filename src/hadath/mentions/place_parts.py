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


UNIT_CLASSES = frozenset({"admin1", "admin2", "admin3"})
DATELINE_MARKS = frozenset("-–:")


def site_cue(cue: str | None) -> bool:
    """A cue naming a site inside a town or area: a part of a town (حي، مخيم), a natural
    feature (جبل) or a facility that is its own place (مطار، سجن: precision 1, no class noun)."""
    if cue is None:
        return False
    lex = place_lexicon()
    if cue in lex.plural or cue in lex.street or cue in lex.road:
        return False
    return cue in lex.part or cue in lex.natural or (
        lex.cues.get(cue) == 1 and cue not in lex.klass and cue not in lex.village)


def sites_in_towns(fs: list["Found"], refs: list[PlaceRef], tokens) -> list[PlaceRef]:
    """A site the gazetteer lacks (site_cue) that the text ties to no town: its container is
    the nearest governorate or district resolved in its sentence (مخيم زمزم للنازحين في شمال
    دارفور), else the dateline's town (حلب - ... حي الشيخ مقصود), as حي X في حلب is coded to its
    town. A town of its sentence is left to the slot rules and the events stage (ضاحية سيدي حسين
    بالعاصمة تونس: tying it here split one protest in two in news_dev dev-d-17). With none, the
    site stays as it was."""
    todo = [k for k, (f, r) in enumerate(zip(fs, refs))
            if r.place is None and r.container is None and site_cue(r.cue)]
    if not todo:
        return refs
    towns = [(f.start, tokens[f.start].sentence, r.place) for f, r in zip(fs, refs)
             if r.place is not None and r.place.feature_class in UNIT_CLASSES]
    dateline = None
    if fs and refs[0].place is not None and refs[0].place.feature_class in TOWN_CLASSES \
            and fs[0].start == 0 and fs[0].end < len(tokens) \
            and tokens[fs[0].end].norm in DATELINE_MARKS:
        dateline = refs[0].place
    out = list(refs)
    for k in todo:
        f, r = fs[k], refs[k]
        sent = tokens[f.start].sentence
        near = [(abs(s - f.start), p.id, p) for s, ss, p in towns if ss == sent]
        box = min(near, key=lambda x: x[:2])[2] if near else dateline
        if box is not None:
            out[k] = _place_ref(r.name, None, r.score, r.precision_hint, r.cue, box,
                                r.candidates)
    return out
