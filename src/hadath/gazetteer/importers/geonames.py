"""GeoNames country dumps (``SY.txt``: the 19-column geoname table) and, optionally, the
alternate names table (``alternateNamesV2.txt`` or a country's ``alternateNames``) for Arabic names.

Kept: populated places (P), administrative divisions (A), refugee camps, border posts and
regions; other features (hydrography, terrain, buildings) are skipped.
"""
from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Iterator

from hadath.errors import InputError
from hadath.gazetteer.importers import AdminResolver
from hadath.gazetteer.keys import is_arabic
from hadath.gazetteer.store import PlaceRecord

FEATURES = {
    ("A", "ADM1"): "admin1", ("A", "ADM2"): "admin2", ("A", "ADM3"): "admin3",
    ("A", "ADM4"): "admin3", ("A", "PCLI"): "country", ("A", "PCLD"): "country",
    ("P", "PPLX"): "neighbourhood", ("S", "CMPRF"): "camp", ("S", "PSTB"): "crossing",
    ("S", "PSTC"): "crossing", ("L", "RGN"): "region", ("L", "AREA"): "region",
    ("S", "AIRP"): "poi", ("S", "AIRB"): "poi", ("S", "MILB"): "poi", ("S", "PRN"): "poi",
}
LANGS = ("ar", "ku", "ckb", "tr", "fa", "en", "")


def read_alternate_names(path: Path, ids: set[int] | None = None) -> dict[int, list[str]]:
    out: dict[int, list[str]] = defaultdict(list)
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            cols = line.rstrip("\n").split("\t")
            if len(cols) < 4:
                continue
            try:
                gid = int(cols[1])
            except ValueError:
                continue
            lang = cols[2]
            if (ids is None or gid in ids) and (lang in LANGS or is_arabic(cols[3])) \
                    and not (len(cols) > 7 and cols[7] == "1"):  # not historic
                out[gid].append(cols[3])
    return out


def read_geonames(path: Path, admin: AdminResolver, alternate: Path | None = None) -> Iterator[PlaceRecord]:
    rows = []
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, start=1):
            cols = line.rstrip("\n").split("\t")
            if len(cols) < 15:
                raise InputError(str(path), f"expected 19 tab-separated columns, got {len(cols)}", n)
            fcl, fcode = cols[6], cols[7]
            fclass = "populated_place" if fcl == "P" and fcode != "PPLX" else FEATURES.get((fcl, fcode))
            if fclass is None:
                continue
            rows.append((cols, fclass))
    alts = read_alternate_names(alternate, {int(c[0]) for c, _ in rows}) if alternate else {}
    for cols, fclass in rows:
        gid = int(cols[0])
        names = [cols[1], cols[2], *[a for a in cols[3].split(",") if a]] + alts.get(gid, [])
        ar = [a for a in names if is_arabic(a)]
        cc = cols[8]
        admin1 = admin.admin1_by_code(cc, cols[10]) or None
        yield PlaceRecord(
            id=f"gn:{gid}", name=cols[2] or cols[1], feature_class=fclass, country_code=cc,
            latitude=float(cols[4]), longitude=float(cols[5]), names=tuple(names),
            name_ar=ar[0] if ar else None, country=admin.country_name(cc),
            admin1=admin1 if fclass != "country" else None,
            population=int(cols[14] or 0), source="geonames-dump")
