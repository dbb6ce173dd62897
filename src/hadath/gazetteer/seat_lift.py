"""A district's seat before its small namesakes (issue #10, place71): many seats of Yemen's,
Iraq's and Syria's districts carry no population in GeoNames or Who's On First (رداع: Rada,
the seat of Rada' district, population 0), so a hamlet of the same name with two people
(Ridā‘ of Taizz) outranked it on the population prior. A populated place whose candidate list
also holds its own district's record (an admin2 of its country and admin1 named as the place's
admin2) is scored as a town of SEAT_POP people - in ``disambiguate`` and only when the
document's focus is on its country (a seat's name in a report on another country gains
nothing and votes nothing more) - but never above the list's best score before the lift: the
seat takes a namesake's place, it does not make a bare name more of a place than the
namesake was (اشتباكات في تريم alone still needs its evidence)."""
from __future__ import annotations

import math

SEAT_POP = 20_000      # a district seat's size when its sources give none (a bare name's prior
#                        needs about this much: 0.35 * log10(pop + 1) >= 1.5)
POP_WEIGHT = 0.35      # candidates.prior's weight of log10(population + 1) for populated places
SEAT_FOCUS = 0.5       # the focus on the seat's country the lift needs
SEAT_EDGE = 1e-6       # a lifted seat's edge over the namesake whose score it takes
SMALL_CLASSES = frozenset({"populated_place", "neighbourhood"})   # a namesake a seat may outrank


def seat_lifts(places: list) -> list[float] | None:
    """Per candidate, what scoring as a SEAT_POP town adds to a district seat's prior (0 for
    the others); None when no candidate is a seat."""
    units = {(p.country_code, p.admin1, p.name) for p in places if p.feature_class == "admin2"}
    if not units:
        return None
    lifts = [0.0] * len(places)
    top = POP_WEIGHT * math.log10(SEAT_POP + 1)
    for x, p in enumerate(places):
        if p.feature_class == "populated_place" and p.population < SEAT_POP and p.admin2 \
                and (p.country_code, p.admin1, p.admin2) in units:
            lifts[x] = top - POP_WEIGHT * math.log10(p.population + 1)
    return lifts if any(lifts) else None


def lift_seats(scores: list[float], lifts: list[float], places: list, fget) -> None:
    """Lift in place the first-pass ``scores`` of the seats (``lifts``: seat_lifts) whose
    country has the document's focus (``fget``: focus.get), capped at the best score before -
    only when that best is a small settlement (a namesake of under SEAT_POP people): a district
    or governorate the cue asks for (قضاء العمادية: Amedi district) keeps its place."""
    top = max(scores)
    best = places[scores.index(top)]
    if best.feature_class not in SMALL_CLASSES or best.population >= SEAT_POP:
        return
    for x, lift in enumerate(lifts):
        if lift and fget(places[x].country_code, 0.0) >= SEAT_FOCUS and scores[x] < top:
            scores[x] = min(scores[x] + lift, top + SEAT_EDGE)
