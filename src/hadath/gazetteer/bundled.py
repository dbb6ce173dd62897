"""The Arab-world place rows: their layout, and their merge with GeoNames cities500 into one
entry per real place.

The rows are derived by ``scripts/build_gazetteer.py`` from Who's On First and OCHA's Yemen
admin list (attribution: ``data/gazetteer/NOTICE``) and merged into the index the package ships
(``data/gazetteer/base_index.xz``); ``--rows FILE`` writes them as a TSV (``write_rows``). Columns: ``id cc class name name_ar alt
lat lon pop admin1 admin1_ar admin2 admin3 parent gn wd`` (``alt``: other names, ``|``
separated; ``admin1``/``admin1_ar``: the source's first-level unit, mapped to hadath's admin1
names when the index is built; ``parent``: a neighbourhood's city; ``gn``/``wd``: GeoNames and
Wikidata ids).

Merge rule (``Concordance``; tested in tests/gazetteer/test_bundled_merge.py): a bundled
populated place or neighbourhood is the same place as a cities500 record when both carry the
same GeoNames id, their points lie within ``FAR_KM`` and some name of each shares a consonant
skeleton; else when one of its Arabic names has the cities500 record's key (same country) and
their points lie within ``NAME_MATCH_KM``. The merged entry keeps the cities500 id, point and
admin1 and adds the bundled names, admin2/admin3 and the larger population. Records that fail
the test (a shared GeoNames id on far-apart or differently named places: a concordance error)
stay two entries.
"""
from __future__ import annotations

import csv
import gzip
import io
import math
from dataclasses import dataclass, replace
from typing import Iterable, Iterator

from hadath.gazetteer.keys import arabic_names, is_arabic, name_key, name_keys
from hadath.gazetteer.store import haversine_km

COLUMNS = ("id", "cc", "class", "name", "name_ar", "alt", "lat", "lon", "pop", "admin1",
           "admin1_ar", "admin2", "admin3", "parent", "gn", "wd")
NAME_MATCH_KM = 8.0
FAR_KM = 25.0
# sources without the resolver's bonus for curated local lists: the bundled index's, and
# imported Who's On First extracts (the same kind of data as the bundled file)
PLACES_SOURCE = "hadath-places"   # data/gazetteer/places_extra.tsv
BUNDLED_SOURCES = frozenset({"geonames", "hadath-admin1", "hadath-countries", "wof",
                             "geonames+wof", "ocha-cod", "wof-import", PLACES_SOURCE})


@dataclass
class Row:
    id: str
    cc: str
    fclass: str
    name: str
    name_ar: str
    alt: tuple[str, ...]
    lat: float
    lon: float
    pop: int
    admin1: str
    admin1_ar: str
    admin2: str
    admin3: str
    parent: str
    gn: int
    wd: str

    def arabic_names(self) -> list[str]:
        return [n for n in (self.name_ar, *self.alt) if n and is_arabic(n)]


def _line(r: Row) -> str:
    cells = (r.id, r.cc, r.fclass, r.name, r.name_ar, "|".join(r.alt), f"{r.lat:.5f}",
             f"{r.lon:.5f}", str(r.pop or ""), r.admin1, r.admin1_ar, r.admin2, r.admin3,
             r.parent, str(r.gn or ""), r.wd)
    return "\t".join(c.replace("\t", " ").replace("\n", " ") for c in cells) + "\n"


def _parse(fh, where: object) -> Iterator[Row]:
    reader = csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
    head = next(reader)
    if tuple(head) != COLUMNS:
        from hadath.errors import DataError
        raise DataError(f"{where}: unexpected columns {head[:4]}...")
    for c in reader:
        yield Row(c[0], c[1], c[2], c[3], c[4], tuple(a for a in c[5].split("|") if a),
                  float(c[6]), float(c[7]), int(c[8] or 0), c[9], c[10], c[11], c[12],
                  c[13], int(c[14] or 0), c[15])


def write_rows(rows: Iterable[Row], fh) -> int:
    """Write rows as the bundled TSV (to a binary file object; gzip with mtime 0 so that the
    same input gives the same bytes)."""
    n = 0
    with gzip.GzipFile(fileobj=fh, mode="wb", mtime=0, compresslevel=9) as gz:
        out = io.TextIOWrapper(gz, encoding="utf-8", newline="\n")
        out.write("\t".join(COLUMNS) + "\n")
        for r in rows:
            out.write(_line(r))
            n += 1
        out.flush()
        out.detach()
    return n


def read_rows(p) -> Iterator[Row]:
    """The rows of a file written by ``write_rows``."""
    with gzip.open(p, "rt", encoding="utf-8", newline="\n") as fh:
        yield from _parse(fh, p)


def as_written(rows: Iterable[Row]) -> list[Row]:
    """The rows as ``read_rows`` gives them back from ``write_rows`` (points to 5 decimals, tabs
    and line breaks in names as spaces): the index is assembled from these, so that the rows
    and their TSV make the same index."""
    text = "\t".join(COLUMNS) + "\n" + "".join(map(_line, rows))
    return list(_parse(io.StringIO(text, newline="\n"), "rows"))


class Concordance:
    """Finds the cities500 record a bundled row is (GeoNames id, else Arabic name + distance)."""

    def __init__(self, cities: dict, ccs: frozenset[str] | None = None):
        self.by_gn: dict[int, dict] = {}
        self.by_key: dict[tuple[str, str], list[dict]] = {}
        for c in cities.values():
            if ccs is not None and c["countrycode"] not in ccs:
                continue
            self.by_gn[int(c["geonameid"])] = c
            cc = c["countrycode"]
            ar = arabic_names(c["alternatenames"])
            for key in name_keys(ar):
                self.by_key.setdefault((cc, key), []).append(c)

    def match(self, r: Row) -> dict | None:
        if r.fclass not in ("populated_place", "neighbourhood"):
            return None
        c = self.by_gn.get(r.gn) if r.gn else None
        if c is not None and c["countrycode"] == r.cc and _names_meet(r, c) \
                and haversine_km(r.lat, r.lon, c["latitude"], c["longitude"]) <= FAR_KM:
            return c
        best, best_d = None, NAME_MATCH_KM
        for nm in r.arabic_names():
            for c in self.by_key.get((r.cc, name_key(nm)), ()):
                d = haversine_km(r.lat, r.lon, c["latitude"], c["longitude"])
                if d <= best_d:
                    best, best_d = c, d
        return best


def _names_meet(r: Row, c: dict) -> bool:
    """Some name of the bundled row and of the cities500 record share a consonant skeleton (a
    GeoNames id on two differently named places is a concordance error, not one place)."""
    from hadath.gazetteer.keys import skeleton
    mine = {skeleton(n) for n in (r.name, r.name_ar, *r.alt) if n}
    return any(skeleton(n) in mine for n in (c["name"], *c["alternatenames"]) if n)


class AdminNames:
    """Maps a source's first-level unit (Arabic or Latin name, point) to hadath's admin1 name."""

    def __init__(self, admin1_rows: list[dict], seats: dict[tuple[str, str], tuple[float, float]],
                 towns: dict[str, list[tuple[str, float, float]]] | None = None):
        from hadath.gazetteer.keys import skeleton
        self._sk = skeleton
        self.by_key: dict[tuple[str, str], str] = {}
        self.points: dict[str, list[tuple[str, float, float]]] = {}
        for r in admin1_rows:
            cc, name = r["cc"], r["name"]
            names = [r.get("name_ar") or "", *(r.get("alt_ar") or "").split("|"), name]
            for nm in names:
                if nm:
                    k = name_key(nm)
                    for x in (k, k.removeprefix("محافظه ").removeprefix("ولايه "), skeleton(nm)):
                        if x:
                            self.by_key.setdefault((cc, x), name)
            pt = seats.get((cc, r["code"]))
            if pt:
                self.points.setdefault(cc, []).append((name, *pt))
        self.towns = towns or {}   # country -> (unit, lat, lon) of the towns whose unit is known
        self._cache: dict[tuple[str, str, str], str | None] = {}

    def by_name(self, cc: str, admin1: str, admin1_ar: str) -> str | None:
        """hadath's admin1 name for a unit named so (no point fallback)."""
        for nm in (admin1_ar, admin1):
            if nm:
                key = name_key(nm)
                for x in (key, key.removeprefix("محافظه "), self._sk(nm)):
                    got = self.by_key.get((cc, x))
                    if got:
                        return got
        return None

    def name(self, cc: str, admin1: str, admin1_ar: str, lat: float, lon: float) -> str | None:
        k = (cc, admin1, admin1_ar)
        if k in self._cache:
            got = self._cache[k]
        else:
            got = self._cache[k] = self.by_name(cc, admin1, admin1_ar)
        if got is None:
            pts = self.towns.get(cc) or self.points.get(cc)
            if pts:  # the unit of the nearest town of cities500 (else the nearest seat): a place
                #      with no unit or one the table does not list by name (WOF leaves 3 000
                #      villages without a region; the nearest seat put Rif Dimashq's villages
                #      south-west of Damascus in the city's governorate)
                got = min(pts, key=lambda p: _d2(lat, lon, p[1], p[2]))[0]
        return got


def _d2(a: float, b: float, c: float, d: float) -> float:
    return (a - c) ** 2 + ((b - d) * math.cos(math.radians(a))) ** 2


class Merged:
    """The bundled file merged with cities500 (see ``merge_bundled``)."""

    def __init__(self) -> None:
        self.admin1_names: dict[str, tuple[str, ...]] = {}   # "name\0cc" -> Arabic names
        self.new_admin1: list = []        # PlaceRecords of units the admin1 table lacks
        self.new_places: list = []        # PlaceRecords of bundled places cities500 lacks
        self.same: dict[int, list[Row]] = {}   # GeoNames id -> the bundled rows of that place
        self.admin1_of: dict[str, str] = {}    # bundled id -> hadath admin1 name
        self._grid: dict[tuple[str, int, int], list[Row]] = {}
        self._ccs: set[str] = set()

    def touches(self, cc: str, gid: int) -> bool:
        """Whether ``complete`` may change a record of this country and GeoNames id."""
        return cc in self._ccs or gid in self.same

    def complete(self, rec, gid: int):
        """A cities500 record with the names, admin2/admin3 and population of the bundled rows
        that are the same place, and their first-level unit (named as one of the admin1 table)
        when GeoNames' code maps to none (Algeria's wilayas of 2019: In Salah, Timimoun); else
        admin2/admin3 of the nearest bundled place within ``FILL_KM`` (same country). (Where
        both name a unit, GeoNames' stays: Who's On First's hierarchy files New Cairo under
        Giza, Bordj el Kiffan under Boumerdes.)"""
        from dataclasses import replace
        rows = self.same.get(gid)
        if rows:
            names = list(rec.names)
            for r in rows:
                names.extend(n for n in (r.name, r.name_ar, *r.alt) if n)
            a2 = next((r.admin2 for r in rows if r.admin2), None)
            a3 = next((r.admin3 for r in rows if r.admin3), None)
            if a2 is None:   # rows with no county (Sidon): the nearest place's, as below
                near = self.nearest(rec.country_code, rec.latitude, rec.longitude)
                if near is not None:
                    a2, a3 = near.admin2, a3 or near.admin3 or None
            a1 = rec.admin1 or next((self.admin1_of[r.id] for r in rows
                                     if r.id in self.admin1_of), None)
            return replace(rec, names=tuple(dict.fromkeys(names)), admin2=a2, admin3=a3, admin1=a1,
                           name_ar=rec.name_ar or next((r.name_ar for r in rows if r.name_ar), None),
                           population=max(rec.population, *(r.pop for r in rows)),
                           source="geonames+wof")
        near = self.nearest(rec.country_code, rec.latitude, rec.longitude)
        if near is not None:
            return replace(rec, admin2=near.admin2 or None, admin3=near.admin3 or None)
        return rec

    def index(self, r: Row) -> None:
        if r.admin2:
            self._ccs.add(r.cc)
            self._grid.setdefault((r.cc, int(r.lat * 10), int(r.lon * 10)), []).append(r)

    def nearest(self, cc: str, lat: float, lon: float) -> Row | None:
        if cc not in self._ccs:
            return None
        best, best_d = None, FILL_KM
        gy, gx = int(lat * 10), int(lon * 10)
        for dy in (-1, 0, 1):
            for dx in (-1, 0, 1):
                for r in self._grid.get((cc, gy + dy, gx + dx), ()):
                    d = haversine_km(lat, lon, r.lat, r.lon)
                    if d < best_d:
                        best, best_d = r, d
        return best


FILL_KM = 10.0


def _admin1_primaries(admin1_rows: list[dict], rows: list[Row]) -> frozenset[tuple[str, str]]:
    """(country, name key) of every first-level unit's own Arabic name: hadath's admin1 table
    and the bundled file's admin1 rows."""
    out = {(r["cc"], name_key(r["name_ar"])) for r in admin1_rows if r.get("name_ar")}
    out.update((r.cc, name_key(r.name_ar)) for r in rows if r.fclass == "admin1" and r.name_ar)
    return frozenset(out)


def _without_others(r: Row, others: frozenset[tuple[str, str]]) -> Row:
    """A first-level unit's row without the variant names that are another unit's own name in
    the same country (sources that disagree: WOF files تعز among the variants of the Sana'a and
    Raymah governorates; the name stays with the unit that carries it as its own)."""
    own = name_key(r.name_ar) if r.name_ar else None
    alt = tuple(n for n in r.alt if not is_arabic(n) or name_key(n) == own
                or (r.cc, name_key(n)) not in others)
    return r if len(alt) == len(r.alt) else replace(r, alt=alt)


def merge_bundled(cities: dict, admin1_rows: list[dict], seats: dict, country_name: dict,
                  rows: Iterable[Row]) -> Merged:
    """Merge the bundled rows with cities500 (module docstring): which rows are a cities500
    place (``same``), the Arabic names they add to the admin1 table, and the records of the
    places only the bundled file has (source ``wof`` or ``ocha-cod``)."""
    from hadath.gazetteer.store import PlaceRecord
    rows = list(rows)
    conc = Concordance(cities, frozenset(r.cc for r in rows))
    units = {(r["cc"], r["code"]): r["name"] for r in admin1_rows}
    towns: dict[str, list[tuple[str, float, float]]] = {}
    for c in cities.values():
        unit = units.get((c["countrycode"], c["admin1code"]))
        if unit is not None:
            towns.setdefault(c["countrycode"], []).append((unit, c["latitude"], c["longitude"]))
    admin = AdminNames(admin1_rows, seats, towns)
    out = Merged()
    by_name_cc = {}
    for r in admin1_rows:
        by_name_cc[(r["cc"], r["name"])] = r["name"] + "\0" + r["cc"]
    others = _admin1_primaries(admin1_rows, rows)
    for r in rows:
        a1 = admin.name(r.cc, r.admin1, r.admin1_ar, r.lat, r.lon) or r.admin1 or None
        if r.fclass == "admin1":
            r = _without_others(r, others)
            hn = admin.by_name(r.cc, r.name, r.name_ar)
            key = by_name_cc.get((r.cc, hn)) if hn else None
            if key is not None:
                out.admin1_names[key] = out.admin1_names.get(key, ()) + tuple(r.arabic_names())
                continue
            a1 = r.name
        src = "ocha-cod" if r.id.startswith("ocha:") else PLACES_SOURCE if r.id.startswith("hadath:") \
            else "wof"
        if r.fclass in ("populated_place", "neighbourhood"):
            c = conc.match(r)
            if c is not None:
                out.same.setdefault(int(c["geonameid"]), []).append(r)
                named = admin.by_name(r.cc, r.admin1, r.admin1_ar)
                if named:
                    out.admin1_of[r.id] = named
                continue
        out.index(r)
        rec = PlaceRecord(
            id=r.id, name=r.name or r.name_ar, feature_class=r.fclass, country_code=r.cc,
            latitude=r.lat, longitude=r.lon, names=r.alt, name_ar=r.name_ar or None,
            country=country_name.get(r.cc, r.cc), admin1=a1, admin2=r.admin2 or None,
            admin3=r.admin3 or None, population=r.pop, source=src)
        (out.new_admin1 if r.fclass == "admin1" else out.new_places).append(rec)
    for rs in out.same.values():
        for r in rs:
            out.index(r)
    out.new_places = [_filled(rec, out) for rec in out.new_places]
    return out


def _filled(rec, merged: Merged):
    """A bundled-only place with no second-level unit (a Who's On First village with no county:
    Darushah) takes the admin2/admin3 of the nearest bundled place within FILL_KM, as a
    cities500 town does (Merged.complete). On the rows that have one, the nearest other row's
    agrees for 94.9% (58 631 of 61 801 within 10 km)."""
    if rec.admin2 or rec.feature_class not in ("populated_place", "neighbourhood"):
        return rec
    near = merged.nearest(rec.country_code, rec.latitude, rec.longitude)
    if near is None:
        return rec
    return replace(rec, admin2=near.admin2, admin3=rec.admin3 or near.admin3 or None)
