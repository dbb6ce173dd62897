"""User place lists in a documented CSV format (comma or tab separated, UTF-8, header line).

Columns (name or name_ar, latitude, longitude and country_code are required):
  id, name, name_ar, alt_names (| separated, any script), feature_class (country, admin1, admin2,
  admin3, populated_place, neighbourhood, camp, checkpoint, crossing, poi, region),
  country_code (ISO alpha-2), admin1, admin2, admin3, latitude, longitude, population
"""
from __future__ import annotations

import csv
from pathlib import Path
from typing import Iterator

from hadath.errors import InputError
from hadath.gazetteer.importers import AdminResolver
from hadath.gazetteer.store import FEATURE_CLASSES, PlaceRecord

COLUMNS = ("id", "name", "name_ar", "alt_names", "feature_class", "country_code", "admin1",
           "admin2", "admin3", "latitude", "longitude", "population")


def read_csv_list(path: Path, admin: AdminResolver) -> Iterator[PlaceRecord]:
    text = path.read_text(encoding="utf-8-sig")
    head = text.split("\n", 1)[0]
    reader = csv.DictReader(text.splitlines(), delimiter="\t" if head.count("\t") > head.count(",") else ",")
    missing = {"latitude", "longitude", "country_code"} - set(reader.fieldnames or [])
    if missing:
        raise InputError(str(path), f"missing column(s): {', '.join(sorted(missing))}", 1)
    for line, r in enumerate(reader, start=2):
        r = {k: (v or "").strip() for k, v in r.items() if k}
        name, name_ar = r.get("name") or "", r.get("name_ar") or ""
        if not name and not name_ar:
            raise InputError(str(path), "a row needs name or name_ar", line)
        try:
            lat, lon = float(r["latitude"]), float(r["longitude"])
        except ValueError:
            raise InputError(str(path), "latitude/longitude must be numbers", line) from None
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            raise InputError(str(path), f"coordinates out of range: {lat}, {lon}", line)
        fclass = r.get("feature_class") or "populated_place"
        if fclass not in FEATURE_CLASSES:
            raise InputError(str(path), f"unknown feature_class {fclass!r}", line)
        cc = r["country_code"].upper()
        yield PlaceRecord(
            id=f"csv:{r.get('id') or f'{path.stem}:{line}'}", name=name or name_ar,
            feature_class=fclass, country_code=cc, latitude=lat, longitude=lon,
            names=tuple(a for a in (r.get("alt_names") or "").split("|") if a.strip()),
            name_ar=name_ar or None, country=admin.country_name(cc),
            admin1=r.get("admin1") or admin.nearest_admin1(cc, lat, lon),
            admin2=r.get("admin2") or None, admin3=r.get("admin3") or None,
            population=int(float(r.get("population") or 0)), source="csv")
