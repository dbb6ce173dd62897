"""Who's On First extracts: the flattened TSV(.gz) layout of the bundled file's source, or WOF's
own GeoJSON records (a file or a directory such as a ``whosonfirst-data-admin-XX`` checkout).

The same rules as the bundled file (hadath.gazetteer.wof): records with an Arabic name or
variant (``--all-names`` keeps the others too), deprecated/superseded dropped, one record per
GeoNames id, far-off points dropped. First-level units are mapped to hadath's admin1 names by
their Arabic (then Latin) name, else the nearest admin1 seat; admin2 is the WOF county.
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterator

from hadath.gazetteer import wof
from hadath.gazetteer.data import unit_prefixes
from hadath.gazetteer.importers import AdminResolver
from hadath.gazetteer.keys import name_key
from hadath.gazetteer.store import PlaceRecord


def _admin1(admin: AdminResolver, p: wof.WofPlace, name: str, name_ar: str) -> str | None:
    base = admin.base
    if base is not None:
        for nm in (name_ar, name):
            if not nm:
                continue
            for h in base.exact(name_key(nm)):
                if h.place.feature_class == "admin1" and h.place.country_code == p.cc:
                    return h.place.admin1
    return admin.nearest_admin1(p.cc, p.lat, p.lon) or name or None


def read_wof(path: Path, admin: AdminResolver, arabic_only: bool = True) -> Iterator[PlaceRecord]:
    places = wof.bare_unit_names(wof.drop_borrowed_names(wof.drop_far_off(
        wof.merge_duplicates(wof.read(path, arabic_only)))), unit_prefixes())
    for p in places:
        if p.placetype == "country":
            continue
        region = p.name if p.placetype == "region" else p.region
        region_ar = p.name_ar if p.placetype == "region" else p.region_ar
        admin2 = p.name if p.placetype == "county" else (p.county or None)
        yield PlaceRecord(
            id=f"wof:{p.wof_id}", name=p.name or p.name_ar, feature_class=p.feature_class,
            country_code=p.cc, latitude=p.lat, longitude=p.lon,
            names=tuple(dict.fromkeys([*p.names_ar, *p.names_latin])), name_ar=p.name_ar or None,
            country=admin.country_name(p.cc), admin1=_admin1(admin, p, region, region_ar),
            admin2=admin2 if p.placetype != "region" else None,
            admin3=p.name if p.placetype == "localadmin" else None,
            population=p.population, source="wof-import")
