"""Who's On First (WOF) records: reading, filtering and the rules for records that disagree.

Read from the flattened TSV layout of ``shared/data/whosonfirst_arab`` (``wof_id, country,
placetype, name, name_ar, name_ar_variants, name_ckb, name_latin_variants, lat, lon, region_*,
county_*, locality_*, parent_id, population, geonames_id, wikidata_id, ..., deprecated,
superseded_by, lastmodified``; plain or gzipped) or from WOF's own GeoJSON records (a
``.geojson`` file or a directory of them, as in the ``whosonfirst-data-admin-XX`` repositories).

Rules (each tested in tests/gazetteer/test_wof.py):

- kept: records with an Arabic-script name or variant (``arabic_only``), not deprecated and not
  superseded; placetypes map to hadath's feature classes (``PLACETYPES``), others are skipped;
- **one record per GeoNames id** (``merge_duplicates``): two records of one placetype that carry
  the same GeoNames id are one place. When their points are within ``SAME_PLACE_KM`` the record
  with more names (then the lower WOF id) is kept and takes the other's names; when they are
  farther apart, the one nearer the median point of its region's other records is kept (the
  other point is the far-off one) and the other's names are dropped with it;
- **far-off points** (``drop_far_off``): a record at 0,0 or outside its country's box (the
  1st–99th percentile of the country's points, widened by the box's own span plus
  ``BOX_PAD_DEG`` on every side) is dropped; a record farther from the median point of its
  region's records than ``FAR_FACTOR`` times the region's 90th-percentile distance plus
  ``FAR_PAD_KM`` (at least ``FAR_MIN_KM``) keeps its point but loses its region and county:
  the point and the hierarchy disagree, and WOF's hierarchies are the likelier error (Najran
  filed under Riyadh); hadath's admin1 then comes from the nearest seat;
- **a borrowed Arabic name** (``drop_borrowed_names``): an Arabic name whose consonant key
  (hadath.gazetteer.consonant_key) meets none of its record's own Latin name's keys, while
  another record of the same country and placetype carries it with a Latin name that agrees, is
  that other record's name and is dropped (WOF's Samawa county carries سامراء, Samarra's; some
  Moroccan communes carry their neighbour's name); a record left with no Arabic name goes;
- **a unit's class noun** (``bare_unit_names``): a name headed by an administrative unit's
  class noun (ناحية الاسحاقي; the nouns are data/gazetteer/unit_prefixes.txt) also gets the rest
  of the name as a name, as the news names the unit with another noun or none.
"""
from __future__ import annotations

import csv
import gzip
import io
import json
import statistics
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Iterable, Iterator

from hadath.errors import InputError
from hadath.gazetteer.consonant_key import arabic_key, latin_keys, lookup_keys
from hadath.gazetteer.keys import is_arabic, name_key
from hadath.gazetteer.store import haversine_km

PLACETYPES = {"country": "country", "region": "admin1", "county": "admin2",
              "localadmin": "admin3", "locality": "populated_place",
              "neighbourhood": "neighbourhood", "microhood": "neighbourhood", "campus": "poi"}
SAME_PLACE_KM = 10.0
REGION_MIN = 10       # records a region (country) needs before its spread is trusted
FAR_FACTOR = 3.0
FAR_PAD_KM = 50.0
FAR_MIN_KM = 400.0
BOX_PAD_DEG = 1.0
TSV_REQUIRED = ("wof_id", "country", "placetype", "name", "lat", "lon")


@dataclass
class WofPlace:
    """One WOF record, flattened (names ``|``-free, Arabic first)."""
    wof_id: int
    cc: str
    placetype: str
    name: str
    name_ar: str
    names_ar: list[str]
    names_latin: list[str]
    lat: float
    lon: float
    population: int = 0
    region_id: int = 0
    region: str = ""
    region_ar: str = ""
    county_id: int = 0
    county: str = ""
    county_ar: str = ""
    locality_id: int = 0
    locality: str = ""
    geonames_id: int = 0
    wikidata_id: str = ""
    lastmodified: int = 0
    extra: dict = field(default_factory=dict)

    @property
    def feature_class(self) -> str:
        return PLACETYPES[self.placetype]

    def all_arabic(self) -> list[str]:
        return [n for n in dict.fromkeys([self.name_ar, *self.names_ar]) if n]


def _split(v: str | None) -> list[str]:
    return [x.strip() for x in (v or "").split("|") if x.strip()]


def _int(v: object) -> int:
    try:
        return int(float(v)) if v not in (None, "") else 0  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return 0


def _open_text(path: Path) -> io.TextIOBase:
    with open(path, "rb") as fh:
        magic = fh.read(2)
    if magic == b"\x1f\x8b":
        return io.TextIOWrapper(gzip.open(path, "rb"), encoding="utf-8")  # type: ignore[return-value]
    return open(path, encoding="utf-8-sig")  # type: ignore[return-value]


def read_tsv(path: Path, arabic_only: bool = True) -> Iterator[WofPlace]:
    """Records of a flattened WOF TSV (gzip or plain), deprecated/superseded ones left out."""
    with _open_text(path) as fh:
        reader = csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        missing = [c for c in TSV_REQUIRED if c not in (reader.fieldnames or [])]
        if missing:
            raise InputError(str(path), f"not a Who's On First TSV: missing column(s) {', '.join(missing)}", 1)
        for line, r in enumerate(reader, start=2):
            if r.get("deprecated") or r.get("superseded_by"):
                continue
            pt = (r.get("placetype") or "").strip()
            if pt not in PLACETYPES:
                continue
            try:
                lat, lon = float(r["lat"]), float(r["lon"])
                wid = int(r["wof_id"])
            except (TypeError, ValueError):
                raise InputError(str(path), "wof_id, lat and lon must be numbers", line) from None
            place = _from_row(r, wid, pt, lat, lon)
            if arabic_only and not place.all_arabic():
                continue
            yield place


def _from_row(r: dict, wid: int, pt: str, lat: float, lon: float) -> WofPlace:
    name_ar = (r.get("name_ar") or "").strip()
    names_ar = [n for n in _split(r.get("name_ar_variants")) if is_arabic(n)]
    if name_ar and not is_arabic(name_ar):
        name_ar = ""
    name = (r.get("name") or "").strip()
    latin = [n for n in _split(r.get("name_latin_variants")) if not is_arabic(n)]
    if is_arabic(name):  # WOF's default name is sometimes Arabic: keep a Latin one as the name
        names_ar.append(name)
        name = latin[0] if latin else name
    if not name_ar and names_ar:
        name_ar = names_ar.pop(0)
    names_ar = [n for n in dict.fromkeys(names_ar) if n != name_ar]
    return WofPlace(
        wof_id=wid, cc=(r.get("country") or "").strip().upper(), placetype=pt, name=name,
        name_ar=name_ar, names_ar=names_ar, names_latin=[n for n in latin if n != name],
        lat=lat, lon=lon, population=_int(r.get("population")), region_id=_int(r.get("region_id")),
        region=(r.get("region_name") or "").strip(), region_ar=(r.get("region_name_ar") or "").strip(),
        county_id=_int(r.get("county_id")), county=(r.get("county_name") or "").strip(),
        county_ar=(r.get("county_name_ar") or "").strip(), locality_id=_int(r.get("locality_id")),
        locality=(r.get("locality_name") or "").strip(), geonames_id=_int(r.get("geonames_id")),
        wikidata_id=(r.get("wikidata_id") or "").strip(), lastmodified=_int(r.get("lastmodified")))


def read_geojson(path: Path, arabic_only: bool = True) -> Iterator[WofPlace]:
    """Records of WOF GeoJSON files (one file, or every ``*.geojson`` under a directory except
    alternate geometries ``-alt-``). Hierarchy names are filled from the records read."""
    files = [path] if path.is_file() else sorted(
        p for p in path.rglob("*.geojson") if "-alt-" not in p.name)
    if not files:
        raise InputError(str(path), "no .geojson records found")
    raw: list[WofPlace] = []
    names: dict[int, tuple[str, str]] = {}
    for f in files:
        try:
            props = json.loads(f.read_text(encoding="utf-8")).get("properties") or {}
        except (json.JSONDecodeError, UnicodeDecodeError, AttributeError) as exc:
            raise InputError(str(f), f"not a GeoJSON record: {exc}") from None
        p = _from_props(props)
        if p is None:
            continue
        names[p.wof_id] = (p.name, p.name_ar)
        raw.append(p)
    for p in raw:
        for attr, id_attr in (("region", "region_id"), ("county", "county_id"), ("locality", "locality_id")):
            got = names.get(getattr(p, id_attr))
            if got:
                setattr(p, attr, got[0])
                if attr != "locality":
                    setattr(p, attr + "_ar", got[1])
        if not arabic_only or p.all_arabic():
            yield p


def _from_props(pr: dict) -> WofPlace | None:
    pt = pr.get("wof:placetype")
    if pt not in PLACETYPES or pr.get("edtf:deprecated") or pr.get("wof:superseded_by"):
        return None
    lat = pr.get("lbl:latitude", pr.get("geom:latitude"))
    lon = pr.get("lbl:longitude", pr.get("geom:longitude"))
    if lat is None or lon is None or pr.get("wof:id") is None:
        return None
    ar: list[str] = []
    latin: list[str] = []
    for k, v in sorted(pr.items()):
        if not k.startswith("name:") or not isinstance(v, list):
            continue
        lang = k[5:].split("_", 1)[0]
        for n in v:
            if isinstance(n, str) and n.strip():
                if is_arabic(n) and lang not in ("fas", "urd", "pus", "ckb", "kur", "uig"):
                    (ar.insert(0, n) if k == "name:ara_x_preferred" else ar.append(n))
                elif lang in ("eng", "fra") and not is_arabic(n):
                    latin.append(n)
    hier = (pr.get("wof:hierarchy") or [{}])[0] or {}
    conc = pr.get("wof:concordances") or {}
    row = {"name": pr.get("wof:name") or "", "name_ar": ar[0] if ar else "",
           "name_ar_variants": "|".join(ar[1:]), "name_latin_variants": "|".join(latin),
           "country": pr.get("wof:country") or "", "population": pr.get("wof:population") or 0,
           "region_id": hier.get("region_id") or 0, "county_id": hier.get("county_id") or 0,
           "locality_id": hier.get("locality_id") or 0,
           "geonames_id": conc.get("gn:id") or pr.get("gn:id") or 0,
           "wikidata_id": conc.get("wd:id") or "", "lastmodified": pr.get("wof:lastmodified") or 0}
    return _from_row({k: str(v) for k, v in row.items()}, int(pr["wof:id"]), pt, float(lat), float(lon))


def read(path: Path, arabic_only: bool = True) -> Iterator[WofPlace]:
    """WOF records from a TSV(.gz) extract or GeoJSON record(s)."""
    path = Path(path)
    if path.is_dir() or path.suffix == ".geojson":
        return read_geojson(path, arabic_only)
    return read_tsv(path, arabic_only)


def _region_medians(places: list[WofPlace]) -> dict[tuple[str, int], tuple[float, float]]:
    by: dict[tuple[str, int], list[WofPlace]] = {}
    for p in places:
        by.setdefault((p.cc, p.region_id), []).append(p)
    return {k: (statistics.median(p.lat for p in v), statistics.median(p.lon for p in v))
            for k, v in by.items()}


def merge_duplicates(places: Iterable[WofPlace]) -> list[WofPlace]:
    """One record per (GeoNames id, placetype): see the module docstring for the rule."""
    places = list(places)
    groups: dict[tuple[int, str], list[WofPlace]] = {}
    for p in places:
        if p.geonames_id:
            groups.setdefault((p.geonames_id, p.placetype), []).append(p)
    dup = {k: v for k, v in groups.items() if len(v) > 1}
    if not dup:
        return places
    med = _region_medians(places)
    drop: set[int] = set()
    out_of: dict[int, WofPlace] = {}
    for members in dup.values():
        members = sorted(members, key=lambda p: (-(len(p.all_arabic()) + len(p.names_latin)), p.wof_id))
        keep = members[0]
        for other in members[1:]:
            if haversine_km(keep.lat, keep.lon, other.lat, other.lon) > SAME_PLACE_KM:
                m = med.get((keep.cc, keep.region_id))
                if m and haversine_km(other.lat, other.lon, *m) < haversine_km(keep.lat, keep.lon, *m):
                    drop.add(keep.wof_id)
                    keep = other
                else:
                    drop.add(other.wof_id)
                continue  # far apart: the far-off record goes, names and all
            drop.add(other.wof_id)
            keep = _absorb(keep, other)
        out_of[keep.wof_id] = keep
    return [out_of.get(p.wof_id, p) for p in places if p.wof_id not in drop]


def _absorb(keep: WofPlace, other: WofPlace) -> WofPlace:
    ar = [n for n in dict.fromkeys(keep.names_ar + other.all_arabic()) if n != keep.name_ar]
    latin = [n for n in dict.fromkeys(keep.names_latin + [other.name, *other.names_latin])
             if n and n != keep.name]
    return replace(keep, names_ar=ar, names_latin=latin,
                   population=max(keep.population, other.population),
                   wikidata_id=keep.wikidata_id or other.wikidata_id)


def drop_far_off(places: Iterable[WofPlace]) -> list[WofPlace]:
    """Points that contradict the rest of the data (see the module docstring): dropped when
    outside the country's box, their region and county forgotten when far from the region."""
    places = list(places)
    by_cc: dict[str, list[WofPlace]] = {}
    for p in places:
        by_cc.setdefault(p.cc, []).append(p)
    boxes = {}
    for cc, ps in by_cc.items():
        if len(ps) < REGION_MIN:
            continue
        lats = sorted(p.lat for p in ps)
        lons = sorted(p.lon for p in ps)
        k = max(1, int(0.01 * len(ps)))
        lo, hi = k, len(ps) - 1 - k
        ey, ex = lats[hi] - lats[lo] + BOX_PAD_DEG, lons[hi] - lons[lo] + BOX_PAD_DEG
        boxes[cc] = (lats[lo] - ey, lats[hi] + ey, lons[lo] - ex, lons[hi] + ex)
    med = _region_medians(places)
    dist: dict[tuple[str, int], list[float]] = {}
    for p in places:
        dist.setdefault((p.cc, p.region_id), []).append(
            haversine_km(p.lat, p.lon, *med[(p.cc, p.region_id)]))
    limit = {}
    for key, ds in dist.items():
        if key[1] and len(ds) >= REGION_MIN:
            ds.sort()
            limit[key] = max(FAR_FACTOR * ds[int(0.9 * (len(ds) - 1))] + FAR_PAD_KM, FAR_MIN_KM)
    out = []
    for p in places:
        b = boxes.get(p.cc)
        if (p.lat == 0 and p.lon == 0) or (b and p.placetype not in ("country", "region") and not (
                b[0] <= p.lat <= b[1] and b[2] <= p.lon <= b[3])):
            continue
        key = (p.cc, p.region_id)
        if key in limit and p.placetype not in ("country", "region") \
                and haversine_km(p.lat, p.lon, *med[key]) > limit[key]:
            p = replace(p, region_id=0, region="", region_ar="", county_id=0, county="", county_ar="")
        out.append(p)
    return out


def _agrees(arabic: str, latin: str) -> bool | None:
    """Whether an Arabic name and a Latin one share a consonant key (None: one has none)."""
    ak = arabic_key(arabic)
    lk = latin_keys(latin) if latin else ()
    if not ak or not lk:
        return None
    aks = set(lookup_keys(ak))
    return any(k in aks or not aks.isdisjoint(lookup_keys(k)) for k in lk)


def drop_borrowed_names(places: Iterable[WofPlace]) -> list[WofPlace]:
    """Arabic names borrowed from another record (see the module docstring) dropped."""
    places = list(places)
    by: dict[tuple[str, str, str], list[WofPlace]] = {}
    for p in places:
        for a in p.all_arabic():
            by.setdefault((p.cc, p.placetype, a), []).append(p)
    borrowed: dict[int, set[str]] = {}
    for (_cc, _pt, a), group in by.items():
        if len(group) < 2:
            continue
        verdict = [_agrees(a, p.name) for p in group]
        if True in verdict:
            for p, v in zip(group, verdict):
                if v is False:
                    borrowed.setdefault(p.wof_id, set()).add(a)
    out = []
    for p in places:
        gone = borrowed.get(p.wof_id)
        if gone:
            kept = [a for a in p.all_arabic() if a not in gone]
            if not kept:
                continue
            p = replace(p, name_ar=kept[0], names_ar=kept[1:])
        out.append(p)
    return out


def bare_unit_names(places: Iterable[WofPlace], nouns: frozenset[str]) -> list[WofPlace]:
    """Names headed by a unit's class noun (``nouns``: normalized) also without it."""
    out = []
    for p in places:
        names = p.all_arabic()
        bare = [rest for n in names for head, _sp, rest in [n.partition(" ")]
                if rest and name_key(head) in nouns]
        extra = [b for b in bare if b not in names]
        if extra:
            p = replace(p, names_ar=[*p.names_ar, *extra])
        out.append(p)
    return out
