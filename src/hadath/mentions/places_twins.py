"""A city two countries' towns share a name in (القدس: Jerusalem, Israel and East Jerusalem,
Palestine), read again once every mention has its final reading (issue #10, round 22): the
disambiguation's twin test (hadath.gazetteer.namesakes.twin_pick) sees the first readings only,
and a quarter can be read in its city's other half later (اقتحمت قوات الاحتلال بلدة سلوان في
القدس: Silwan is read near القدس after Selouane, Morocco, proved far). The same rule, on the
final readings: the city takes the twin whose country more of the places named within TWIN_KM
lie in."""
from __future__ import annotations

from dataclasses import replace
from typing import Sequence

from hadath.gazetteer.namesakes import mixed, twin_of


def twin_refs(fs: Sequence, refs: list, live: dict) -> list:
    """``refs`` (parallel to the Found ``fs``) with a city's reading moved to its twin where
    the document's final readings near it lie in the twin's country."""
    spots = [(r.place.latitude, r.place.longitude, r.place.country_code, f.key)
             for f, r in zip(fs, refs)
             if r.place is not None and r.place.feature_class not in ("country", "admin1")]
    if len(spots) < 2 or not mixed(spots):
        return refs
    out = refs
    for i, (f, r) in enumerate(zip(fs, refs)):
        p = r.place
        it = live.get(f.key)
        if p is None or p.feature_class != "populated_place" or it is None or it.kd is None \
                or len(it.kd.places) < 2:
            continue
        t = twin_of(it.kd, p, f.key, spots)
        if t is not None:
            if out is refs:
                out = list(refs)
            out[i] = replace(r, place=it.kd.places[t])
    return out
