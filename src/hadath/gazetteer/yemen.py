"""Yemen's admin levels from OCHA's COD-AB list (CSO Yemen / OCHA, CC BY-IGO 3.0).

The list (``yem_cod_ab_adm1_3_centroids.tsv``: level, pcode, name_en, name_ar, adm1_pcode,
adm2_pcode, centroid, inside point, bbox) has no polygons, so a place is assigned to units by:

- admin2 (district, مديرية): the district whose Arabic or Latin name matches the place's
  WOF county (within the same governorate), else the district whose box holds the point and
  whose centroid is nearest, else the nearest centroid;
- admin3 (sub-district, عزلة): among the district's sub-districts, the one whose box holds the
  point with the nearest inside point, else the nearest inside point. Boxes overlap, so this is
  the likeliest unit, not a point-in-polygon test.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from hadath.errors import InputError
from hadath.gazetteer.keys import name_key, skeleton
from hadath.gazetteer.store import haversine_km

_DISTRICT_WORDS = ("مديريه ", "مديرية ")


@dataclass(frozen=True)
class Unit:
    level: int
    pcode: str
    name_en: str
    name_ar: str
    adm1: str
    adm2: str
    lat: float          # inside point (on the unit's surface)
    lon: float
    clat: float         # area centroid
    clon: float
    bbox: tuple[float, float, float, float]   # minx, miny, maxx, maxy

    def holds(self, lat: float, lon: float) -> bool:
        x0, y0, x1, y1 = self.bbox
        return x0 <= lon <= x1 and y0 <= lat <= y1


def read_units(path: Path) -> list[Unit]:
    out = []
    with open(path, encoding="utf-8") as fh:
        reader = csv.DictReader(fh, delimiter="\t")
        for line, r in enumerate(reader, start=2):
            try:
                bbox = tuple(float(x) for x in r["bbox"].split(","))
                out.append(Unit(int(r["level"][-1]), r["pcode"], r["name_en"].strip(),
                                r["name_ar"].strip(), r["adm1_pcode"], r["adm2_pcode"] or "",
                                float(r["inside_lat"]), float(r["inside_lon"]),
                                float(r["centroid_lat"]), float(r["centroid_lon"]),
                                bbox))  # type: ignore[arg-type]
            except (KeyError, ValueError, IndexError) as exc:
                raise InputError(str(path), f"bad OCHA admin row: {exc}", line) from None
    return out


def _district_key(name: str) -> str:
    k = name_key(name)
    for w in _DISTRICT_WORDS:
        if k.startswith(name_key(w)):
            k = k[len(name_key(w)):].strip()
    return k


class YemenAdmin:
    def __init__(self, units: list[Unit]):
        self.units = units
        self.adm1 = {u.pcode: u for u in units if u.level == 1}
        self.adm2 = [u for u in units if u.level == 2]
        self.adm2_by = {u.pcode: u for u in self.adm2}
        self.adm3_of: dict[str, list[Unit]] = {}
        for u in units:
            if u.level == 3:
                self.adm3_of.setdefault(u.adm2, []).append(u)
        self._by_key: dict[str, list[Unit]] = {}
        for u in self.adm2:
            for k in {_district_key(u.name_ar), skeleton(u.name_en), skeleton(u.name_ar)}:
                if k:
                    self._by_key.setdefault(k, []).append(u)

    def district(self, lat: float, lon: float, county: str = "", county_ar: str = "") -> Unit:
        named: list[Unit] = []
        for k in (_district_key(county_ar) if county_ar else "", skeleton(county_ar) if county_ar else "",
                  skeleton(county) if county else ""):
            if k and k in self._by_key:
                named = self._by_key[k]
                break
        near = lambda u: haversine_km(lat, lon, u.clat, u.clon)  # noqa: E731
        if named:
            best = min(named, key=near)
            if near(best) < 80:
                return best
        holding = [u for u in self.adm2 if u.holds(lat, lon)]
        return min(holding or self.adm2, key=near)

    def subdistrict(self, district: Unit, lat: float, lon: float) -> Unit | None:
        subs = self.adm3_of.get(district.pcode) or []
        if not subs:
            return None
        holding = [u for u in subs if u.holds(lat, lon)]
        return min(holding or subs, key=lambda u: haversine_km(lat, lon, u.lat, u.lon))

    def assign(self, lat: float, lon: float, county: str = "", county_ar: str = ""
               ) -> tuple[Unit, Unit, Unit | None]:
        """(governorate, district, sub-district) of a point."""
        d = self.district(lat, lon, county, county_ar)
        return self.adm1[d.adm1], d, self.subdistrict(d, lat, lon)
