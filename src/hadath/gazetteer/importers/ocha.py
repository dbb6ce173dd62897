"""OCHA P-code community lists.

Two shapes are read:
- OCHA's CSV/TSV exports with columns ``admin{N}Name_en``, ``admin{N}Name_ar``,
  ``admin{N}Pcode`` (the deepest level present is the community) and ``latitude``/``longitude``
  (or ``Latitude_y``/``Longitude_x``);
- the Syrian Archive JSON export of the OCHA Syria community list (``search_name_ar``,
  ``search_name_en``: "community - subdistrict - district --- (((id)))", ``closest_geonames_post_code``
  = the P-code, ``lat``, ``lon``).
"""
from __future__ import annotations

import csv
import json
import re
from pathlib import Path
from typing import Iterator

from hadath.errors import InputError
from hadath.gazetteer.importers import AdminResolver
from hadath.gazetteer.store import PlaceRecord

_ID_RE = re.compile(r"\s*-*\s*\(\(\(\d+\)\)\)\s*$")


def _parts(s: str) -> list[str]:
    s = _ID_RE.sub("", s or "").replace("---", " - ")
    return [p.strip(" \u200f\u200e") for p in re.split(r"\s*-\s+|\s+-\s*", s) if p.strip(" \u200f\u200e")]


def read_ocha(path: Path, admin: AdminResolver, country_code: str = "SY") -> Iterator[PlaceRecord]:
    text = path.read_text(encoding="utf-8-sig")
    if text.lstrip().startswith("["):
        yield from _read_sa_json(path, json.loads(text), admin, country_code)
    else:
        yield from _read_csv(path, text, admin, country_code)


def _read_sa_json(path: Path, rows: list, admin: AdminResolver, cc: str) -> Iterator[PlaceRecord]:
    for i, r in enumerate(rows):
        if not isinstance(r, dict):
            raise InputError(str(path), "expected an object", i + 1)
        lat, lon = r.get("lat"), r.get("lon")
        if lat in (None, "") or lon in (None, ""):
            continue
        ar = _parts(r.get("search_name_ar", ""))
        en = _parts(r.get("search_name_en", ""))
        short = _parts(r.get("search_name_ar_short", ""))
        if not ar and not en:
            continue
        name_ar = (short or ar)[0]
        name_en = en[0] if en else name_ar
        district_ar = ar[-1] if len(ar) >= 3 else None
        district_en = en[-1] if len(en) >= 3 else None
        sub_en = en[1] if len(en) >= 3 else None
        lat, lon = float(lat), float(lon)
        admin1 = (admin.admin1_of_seat(cc, district_ar or "") or admin.admin1_of_seat(cc, district_en or "")
                  or admin.nearest_admin1(cc, lat, lon))
        pcode = r.get("closest_geonames_post_code") or f"sa{r.get('id', i)}"
        yield PlaceRecord(
            id=f"ocha:{cc}:{pcode}", name=name_en, feature_class="populated_place",
            country_code=cc, latitude=lat, longitude=lon,
            names=tuple(n for n in {ar[0] if ar else "", name_ar} if n),
            name_ar=name_ar, country=admin.country_name(cc), admin1=admin1, admin2=district_en,
            admin3=sub_en, source="ocha")


def _read_csv(path: Path, text: str, admin: AdminResolver, cc: str) -> Iterator[PlaceRecord]:
    dialect = "excel-tab" if text.split("\n", 1)[0].count("\t") > text.split("\n", 1)[0].count(",") else "excel"
    reader = csv.DictReader(text.splitlines(), dialect=dialect)
    fields = reader.fieldnames or []
    levels = sorted({int(m.group(1)) for f in fields if (m := re.match(r"admin(\d)Name_en", f, re.I))})
    if not levels:
        raise InputError(str(path), "no admin{N}Name_en column: not an OCHA P-code list")
    lat_col = next((f for f in fields if f.lower() in ("latitude", "lat", "latitude_y", "y")), None)
    lon_col = next((f for f in fields if f.lower() in ("longitude", "lon", "long", "longitude_x", "x")), None)
    if not lat_col or not lon_col:
        raise InputError(str(path), "no latitude/longitude columns")
    top = levels[-1]
    for line, r in enumerate(reader, start=2):
        try:
            lat, lon = float(r[lat_col]), float(r[lon_col])
        except (TypeError, ValueError):
            continue
        g = lambda lvl, lang: (r.get(f"admin{lvl}Name_{lang}") or "").strip() or None  # noqa: E731
        code = (r.get(f"admin{top}Pcode") or "").strip() or f"row{line}"
        ccode = (r.get("admin0Pcode") or cc).strip()[:2].upper() or cc
        name_en, name_ar = g(top, "en"), g(top, "ar")
        if not name_en and not name_ar:
            continue
        fclass = {1: "admin1", 2: "admin2", 3: "admin3"}.get(top, "populated_place")
        yield PlaceRecord(
            id=f"ocha:{ccode}:{code}", name=name_en or name_ar, feature_class=fclass,
            country_code=ccode, latitude=lat, longitude=lon, names=(), name_ar=name_ar,
            country=admin.country_name(ccode), admin1=g(1, "en") if top > 1 else name_en,
            admin2=g(2, "en") if top > 2 else None, admin3=g(3, "en") if top > 3 else None,
            source="ocha")
