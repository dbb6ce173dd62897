"""The finer place of an act told twice (issue #9, CODING.md: "the most specific place of the act
wins"): when a record at a town or region absorbs another telling of the same act that names a
village or town the gazetteer lacks (بلدة كالانا beside the summary's سيكاسو), the merged record
is coded at that village, placed at the known town's point (flagged ``place_approximate``, its
own name in location_ar), as ``country_records.place_near_known`` codes an unknown village
alone. Beside a town the precision stays the town's: the act was coded there, and the
acceptance model reads a precision 2 as a vaguer telling of it (the pool's coders code a village
told with its own name at precision 1: Kalana, Bambara Maoude); in a region (منطقة موبتي, precision
3) the village is precision 2, as geocode codes an unknown place a region holds.

Read where records of one act merge: :func:`hadath.reconcile.rules.fold_coarser` (the village kept
at its country) and :func:`hadath.reconcile.one_type.one_type_per_act` (the village already placed
at the town's point, the town's record of another type: هاجم مسلحون موقعا للجيش في سيكاسو …
استهدف الهجوم قرية دوغوفري).

Only a settlement's class noun (قرية، بلدة، مستوطنة …: ``lexicon.village``) makes the unknown name
finer: a quarter or a square of a city (حي، ساحة) is coded at the city itself, and a road, a
direction or a bare "area" names no settlement of its own. A known record that is itself a
village, a quarter or an unknown place stays as it is: two villages are two places, not one
finer than the other; nor is a village with a toll of its own beside a town with another toll
(``_own_tolls``).
"""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from hadath.reconcile.rules import country_level
from hadath.types import Event

FLAG = "place_approximate"


@lru_cache(maxsize=1)
def _classes() -> tuple[frozenset[str], frozenset[str]]:
    """(the settlement class nouns that name a village of its own, the class nouns of a known
    record's place that are already that fine: villages, quarters, streets)."""
    from hadath.gazetteer.lexicon import place_lexicon

    lex = place_lexicon()
    return frozenset(lex.village), frozenset(lex.village | lex.part | lex.street)


def unknown_village(ev: Event, at: Event) -> bool:
    """A village or town the gazetteer lacks, named after its class noun (بلدة كالانا), with no
    point of its own: kept at its country, or already placed at ``at``'s point
    (``country_records.place_near_known``: قرية دوغوفري near the report's Sikasso)."""
    ref = ev.place
    return "place_unresolved" in ev.flags and ref is not None and ref.place is None \
        and bool(ev.location_ar) and ref.cue in _classes()[0] \
        and (country_level(ev) or FLAG in ev.flags and (ev.latitude, ev.longitude) == (at.latitude, at.longitude))


def _town_or_region(ev: Event) -> bool:
    """A known place coarser than a village: a town, a city, a district or a region the gazetteer
    resolves, not itself a village, a quarter or an approximate place."""
    ref = ev.place
    return ref is not None and ref.place is not None and ev.latitude is not None \
        and "place_unresolved" not in ev.flags and FLAG not in ev.flags \
        and ref.cue not in _classes()[1]


def _own_tolls(kept: Event, gone: Event) -> bool:
    """Both records count their own dead, and not the same number (مقتل 10 في مدينة تمبول …
    وقتيلان في قرية البويضاء): two places of a list, each with its toll, not one act told at a
    finer place."""
    return bool(kept.fatalities) and bool(gone.fatalities) and kept.fatalities != gone.fatalities


def keep_finer_place(kept: Event, gone: Event) -> Event:
    """``kept`` (the merged record) coded at ``gone``'s village when ``gone`` names a village the
    gazetteer lacks and ``kept`` sits at a known town or region of the same country; else
    ``kept`` unchanged. The point and the admin units stay the known place's; the precision is
    the town's, or 2 in a region."""
    if not unknown_village(gone, kept) or not _town_or_region(kept) or kept.country != gone.country \
            or _own_tolls(kept, gone):
        return kept
    evidence = dict(kept.evidence)   # (the village's name after the known place's: the act's
    #                                   telling there stays the first, as the acceptance reads it)
    evidence["location"] = tuple(kept.evidence.get("location") or ()) + tuple(gone.evidence.get("location") or ())
    return replace(kept, location=f"{gone.location_ar} (near {kept.location})", location_ar=gone.location_ar,
                   geo_precision=min(kept.geo_precision or 3, 2), evidence=evidence,
                   flags=kept.flags + (FLAG,))
