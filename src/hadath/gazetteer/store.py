"""The on-disk gazetteer: an SQLite index of places and their names, read-only at run time.

Tables: ``places`` (one row per record), ``names`` (exact key, fuzzy skeleton, language, weak
flag), ``countries`` (name, Arabic name, ISO numeric, ACLED region, centroid), ``meta``, and
``skeletons``: the rows of each fuzzy key's lookup packed into one row (``pack_skeletons``; made
from ``names`` when a Writer closes and when the base index loads).
A :class:`Gazetteer` merges a base index with an optional user index (imported lists).
"""
from __future__ import annotations

import math
import sqlite3
from dataclasses import dataclass
from itertools import compress
from operator import itemgetter
from pathlib import Path
from typing import Container, Iterable, Iterator, NamedTuple

from hadath.errors import DataError
from hadath.gazetteer.keys import ARABIC_RE, arabic_skeleton, hamza_free, name_keys, skeleton
from hadath.gazetteer.skeletons import (SKELETON_LIMIT, SkeletonRows, index_skeleton, is_packed,
                                        pack_skeletons)
from hadath.types import Place

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (k TEXT PRIMARY KEY, v TEXT);
CREATE TABLE IF NOT EXISTS places (
  pid INTEGER PRIMARY KEY, id TEXT UNIQUE, name TEXT, name_ar TEXT, fclass TEXT, cc TEXT,
  country TEXT, admin1 TEXT, admin2 TEXT, admin3 TEXT, lat REAL, lon REAL, pop INTEGER,
  source TEXT);
CREATE TABLE IF NOT EXISTS names (key TEXT, skel TEXT, pid INTEGER, lang TEXT, weak INTEGER);
CREATE TABLE IF NOT EXISTS countries (
  cc TEXT PRIMARY KEY, name TEXT, name_ar TEXT, iso INTEGER, region TEXT, lat REAL, lon REAL);
CREATE TABLE IF NOT EXISTS skeletons (skel TEXT PRIMARY KEY, keys TEXT, flags TEXT, pids TEXT,
  ids TEXT) WITHOUT ROWID;
"""
INDEXES = """
CREATE INDEX IF NOT EXISTS names_key ON names(key);
CREATE INDEX IF NOT EXISTS names_skel ON names(skel);
CREATE INDEX IF NOT EXISTS names_pid ON names(pid);
"""

FEATURE_CLASSES = ("country", "admin1", "admin2", "admin3", "populated_place", "neighbourhood",
                   "camp", "checkpoint", "crossing", "poi", "region")


@dataclass(slots=True)
class PlaceRecord:
    """A place to write into an index, with all its names. Treated as a value (changed only
    through ``dataclasses.replace``); not frozen, as the index build makes some 300 000 of them
    and a frozen dataclass's constructor costs about three times as much."""
    id: str
    name: str
    feature_class: str
    country_code: str
    latitude: float
    longitude: float
    names: tuple[str, ...] = ()
    name_ar: str | None = None
    country: str = ""
    admin1: str | None = None
    admin2: str | None = None
    admin3: str | None = None
    population: int = 0
    source: str = ""
    weak: bool = False


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(a)))


class Writer:
    """Adds records to an index file (created when missing). Use as a context manager."""

    def __init__(self, path: str | Path, latin_skeleton_ccs: frozenset[str] | None = None):
        self.path = Path(path)
        self.latin_skeleton_ccs = latin_skeleton_ccs  # None: fuzzy keys for all Latin names
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.fresh = not self.path.exists()   # a new file: no record to replace
        self._ids: set[str] = set()           # ids written (fresh file only)
        self.con = sqlite3.connect(str(self.path))
        self.con.executescript("PRAGMA journal_mode=DELETE; PRAGMA synchronous=OFF;" + SCHEMA)
        from hadath.gazetteer.data import weak_names
        self._weak = weak_names()

    def __enter__(self) -> "Writer":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close(commit=exc[0] is None)

    def close(self, commit: bool = True) -> None:
        if commit:
            self.con.executescript(INDEXES)
            pack_skeletons(self.con)
            self.con.commit()
        self.con.close()

    def set_meta(self, key: str, value: str) -> None:
        self.con.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))

    def add_country(self, cc: str, name: str, name_ar: str | None, iso: int | None,
                    region: str | None, lat: float | None, lon: float | None) -> None:
        self.con.execute("INSERT OR REPLACE INTO countries VALUES (?,?,?,?,?,?,?)",
                         (cc, name, name_ar, iso, region, lat, lon))

    def add(self, records: Iterable[PlaceRecord]) -> int:
        n = 0
        cur = self.con.cursor()
        rows: list[tuple] = []
        places: list[tuple] = []
        fresh = self.fresh
        pid = cur.execute("SELECT COALESCE(MAX(pid), 0) FROM places").fetchone()[0]
        batch: dict[str, int] = {}   # id -> pid of this batch (a later record replaces it)
        replaced: set[int] = set()
        records = records if isinstance(records, list) else list(records)
        # every name of the batch keyed at once (name_keys), then Arabic skeletons from the keys
        flat = [nm for r in records for nm in (r.name, r.name_ar, *r.names) if nm]
        keys = iter(name_keys(flat))
        ar_skel = arabic_skeleton
        weak_names = self._weak
        latin_ccs = self.latin_skeleton_ccs
        arabic = ARABIC_RE.search
        for r in records:
            if fresh:  # ids written so far are known: ask the file only for an earlier batch's
                old = cur.execute("SELECT pid FROM places WHERE id=?", (r.id,)).fetchone() \
                    if r.id in self._ids and r.id not in batch else None
                self._ids.add(r.id)
            else:
                old = cur.execute("SELECT pid FROM places WHERE id=?", (r.id,)).fetchone()
            if old:  # re-import replaces
                cur.execute("DELETE FROM names WHERE pid=?", (old[0],))
                cur.execute("DELETE FROM places WHERE pid=?", (old[0],))
            pid += 1
            if r.id in batch:
                replaced.add(batch[r.id])
                n -= 1
            batch[r.id] = pid
            places.append((pid, r.id, r.name, r.name_ar, r.feature_class, r.country_code, r.country,
                           r.admin1, r.admin2, r.admin3, r.latitude, r.longitude, r.population,
                           r.source))
            seen: set[str] = set()
            latin_skel = latin_ccs is None or r.country_code in latin_ccs
            rweak = r.weak
            for nm in (r.name, r.name_ar, *r.names):
                if not nm:
                    continue
                key = next(keys)
                if not key or key in seen:
                    continue
                seen.add(key)
                weak = 1 if (rweak or key in weak_names) else 0
                if arabic(nm) is not None:   # is_arabic
                    rows.append((key, ar_skel(key), pid, "ar", weak))
                    bare = hamza_free(key)   # شداء is also written شدا
                    if bare != key and bare not in seen:
                        seen.add(bare)
                        rows.append((bare, ar_skel(bare), pid, "ar",
                                     1 if (weak or bare in weak_names) else 0))
                else:
                    rows.append((key, skeleton(nm) if latin_skel else "", pid, "la", weak))
            n += 1
        if replaced:
            places = [p for p in places if p[0] not in replaced]
            rows = [x for x in rows if x[2] not in replaced]
        cur.executemany("INSERT INTO places (pid,id,name,name_ar,fclass,cc,country,admin1,admin2,"
                        "admin3,lat,lon,pop,source) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)", places)
        cur.executemany("INSERT INTO names VALUES (?,?,?,?,?)", rows)
        return n


class Index:
    """One read-only SQLite index."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        if not self.path.exists():
            raise DataError(f"gazetteer index not found: {self.path}")
        self.con = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
        try:
            self.con.execute("SELECT 1 FROM places LIMIT 1")
        except sqlite3.DatabaseError as exc:
            raise DataError(f"{self.path}: not a hadath gazetteer index ({exc})") from exc
        self.prefix = self.path.stem
        self.packed = is_packed(self.con)   # skeleton lookups read the skeletons table

    def meta(self) -> dict[str, str]:
        return dict(self.con.execute("SELECT k, v FROM meta"))


_COLS = "p.pid, p.id, p.name, p.name_ar, p.fclass, p.cc, p.country, p.admin1, p.admin2, p.admin3, p.lat, p.lon, p.pop, p.source"


def _place(row: tuple) -> Place:
    (_pid, pid, name, name_ar, fclass, cc, country, a1, a2, a3, lat, lon, pop, source) = row
    # (positional: Place's field order, id name feature_class country country_code latitude
    # longitude name_ar admin1 admin2 admin3 population source)
    return Place(pid, name, fclass, country or "", cc or "", lat, lon, name_ar, a1, a2, a3,
                 pop or 0, source or "")


class Hit(NamedTuple):
    """A name row's place (one per exact row and kept fuzzy row: a light record)."""
    place: Place
    key: str          # the name key that matched
    weak: bool
    lang: str


class NameRow(NamedTuple):
    """A name row of a skeleton lookup, before its place is read (``Gazetteer.hit``): most
    rows of a short skeleton are spelling neighbours the fuzzy match then rejects."""
    key: str          # the name key
    weak: bool
    lang: str
    index: int        # the index's position, user lists first (``reversed(indexes)``)
    pid: int          # the place's row id in that index


_HIT_SQL = (f"SELECT {_COLS}, n.key, n.weak, n.lang FROM names n JOIN places p ON p.pid = n.pid"
            " WHERE n.key = ?")


class Gazetteer:
    """Base index plus user indexes. Lookups are cached per key."""

    def __init__(self, paths: Iterable[str | Path]):
        self.indexes = [Index(p) for p in paths if p and Path(p).exists()]
        if not self.indexes:
            raise DataError("no gazetteer index to open")
        self._exact: dict[str, tuple[Hit, ...]] = {}
        self._skel: dict[str, SkeletonRows] = {}
        self._countries: dict[str, tuple] | None = None
        self._admin1: dict[tuple[str, str], Place | None] = {}
        self._country_place: dict[str, Place | None] = {}
        self._made: dict[tuple[int, int], Place] = {}

    def _rows(self, sql: str, arg: str, id_col: int, key_col: int) -> list[tuple[int, list[tuple]]]:
        """(index position, its rows) of every index, user lists first: each place id's rows
        from the first index holding it, each (place id, name key) once (their columns:
        ``id_col``, ``key_col``), in the query's order."""
        indexes = self.indexes
        if len(indexes) == 1:
            rows = indexes[0].con.execute(sql, (arg,)).fetchall()
            # one index: the rows as read unless a (place id, name key) repeats (none does in
            # an index this module writes; set and zip run in C)
            if len(set(zip(map(itemgetter(id_col), rows), map(itemgetter(key_col), rows)))) == len(rows):
                return [(0, rows)]
        seen: set[tuple[str, str]] = set()
        owner: dict[str, int] = {}
        out: list[tuple[int, list[tuple]]] = []
        for n, idx in enumerate(reversed(indexes)):  # user lists first: they override the base
            kept = []
            for row in idx.con.execute(sql, (arg,)):
                pk = (row[id_col], row[key_col])
                if pk in seen or owner.setdefault(pk[0], n) != n:
                    continue
                seen.add(pk)
                kept.append(row)
            out.append((n, kept))
        return out

    def _place_at(self, n: int, pid: int, row: tuple | None = None) -> Place:
        """The Place of row ``pid`` of index ``n`` (user lists first), made once: one place
        answers many keys. ``row``: a row starting with its columns when the query read them."""
        made = self._made
        place = made.get((n, pid))
        if place is None:
            if row is None:
                idx = self.indexes[len(self.indexes) - 1 - n]
                row = idx.con.execute(f"SELECT {_COLS} FROM places p WHERE p.pid = ?",
                                      (pid,)).fetchone()
            if len(made) >= 200_000:
                made.clear()
            place = made[(n, pid)] = _place(row[:14])
        return place

    def exact(self, key: str) -> tuple[Hit, ...]:
        hits = self._exact.get(key)
        if hits is None:
            place_at = self._place_at
            hits = tuple([Hit(place_at(n, row[0], row), row[14], bool(row[15]), row[16])
                          for n, rows in self._rows(_HIT_SQL, key, 1, 14) for row in rows])
            if len(self._exact) > 100_000:
                self._exact.clear()
            self._exact[key] = hits
        return hits

    def skeleton(self, skel: str) -> SkeletonRows:
        """The name rows whose fuzzy key is ``skel`` (at most SKELETON_LIMIT per index), in the
        order ``by_skeleton`` gives their hits, as columns; ``skeleton_hits`` reads places."""
        got = self._skel.get(skel)
        if got is None:
            got = self._skeleton(skel) if skel else SkeletonRows([], [], [], [], [])
            if len(self._skel) > 100_000:
                self._skel.clear()
            self._skel[skel] = got
        return got

    def _skeleton(self, skel: str) -> SkeletonRows:
        indexes = self.indexes
        if len(indexes) == 1 and indexes[0].packed:   # packed: each (place id, key) once
            keys, weaks, langs, pids, _ids = index_skeleton(indexes[0], skel)
            return SkeletonRows(keys, weaks, langs, [0] * len(keys), pids)
        # as _rows: user lists first, each place id's rows from the first index holding it,
        # each (place id, name key) once
        out = SkeletonRows([], [], [], [], [])
        seen: set[tuple[str, str]] = set()
        owner: dict[str, int] = {}
        for n, idx in enumerate(reversed(indexes)):
            keys, weaks, langs, pids, ids = index_skeleton(idx, skel)
            for i, pk in enumerate(zip(ids, keys)):
                if pk in seen or owner.setdefault(pk[0], n) != n:
                    continue
                seen.add(pk)
                for col, val in zip(out, (keys[i], weaks[i], langs[i], n, pids[i])):
                    col.append(val)
        return out

    def skeleton_rows(self, skel: str) -> tuple[NameRow, ...]:
        """The rows of ``skeleton(skel)`` one by one; ``hit`` reads a row's place."""
        return tuple(map(NameRow, *self.skeleton(skel)))

    def skeleton_hits(self, skel: str, keys: Container[str]) -> list[Hit]:
        """The hits of the rows of ``skeleton(skel)`` whose key is in ``keys``, in row order
        (their places read in one query per index)."""
        rows = self.skeleton(skel)
        sel = list(compress(range(len(rows.keys)), map(keys.__contains__, rows.keys)))
        index, pids = rows.index, rows.pids
        self._read_places([(index[i], pids[i]) for i in sel])
        place_at = self._place_at
        return [Hit(place_at(index[i], pids[i]), rows.keys[i], rows.weaks[i], rows.langs[i])
                for i in sel]

    def _read_places(self, wanted: list[tuple[int, int]]) -> None:
        """Make the places of (index position, row id) pairs not made yet: one query per index."""
        made = self._made
        missing: dict[int, set[int]] = {}
        for n, pid in wanted:
            if (n, pid) not in made:
                missing.setdefault(n, set()).add(pid)
        for n, pids in missing.items():
            idx = self.indexes[len(self.indexes) - 1 - n]
            marks = ",".join("?" * len(pids))
            for row in idx.con.execute(f"SELECT {_COLS} FROM places p WHERE p.pid IN ({marks})",
                                       sorted(pids)):
                self._place_at(n, row[0], row)

    def hit(self, row: NameRow) -> Hit:
        """The hit of a skeleton row, with its place."""
        return Hit(self._place_at(row.index, row.pid), row.key, row.weak, row.lang)

    def by_skeleton(self, skel: str) -> tuple[Hit, ...]:
        return tuple([self.hit(r) for r in self.skeleton_rows(skel)])

    def arabic_keys(self) -> Iterator[tuple[str, bool]]:
        """(key, all_weak) for every Arabic name key, for building a phrase matcher."""
        agg: dict[str, bool] = {}
        for idx in self.indexes:
            for key, weak in idx.con.execute(
                    "SELECT key, MIN(weak) FROM names WHERE lang = 'ar' GROUP BY key"):
                agg[key] = agg.get(key, True) and bool(weak)
        return iter(agg.items())

    def country(self, cc: str) -> tuple | None:
        """(cc, name, name_ar, iso, region, lat, lon) for an ISO alpha-2 code."""
        if self._countries is None:
            self._countries = {}
            for idx in self.indexes:
                for row in idx.con.execute("SELECT * FROM countries"):
                    self._countries[row[0]] = row
        return self._countries.get(cc)

    def admin1_place(self, cc: str, admin1: str) -> Place | None:
        k = (cc, admin1)
        try:
            return self._admin1[k]
        except KeyError:
            pass
        if len(self._admin1) > 100_000:
            self._admin1.clear()
        place = self._admin1[k] = self._admin1_place(cc, admin1)
        return place

    def _admin1_place(self, cc: str, admin1: str) -> Place | None:
        for idx in reversed(self.indexes):
            row = idx.con.execute(f"SELECT {_COLS} FROM places p WHERE p.cc=? AND p.fclass='admin1'"
                                  " AND p.admin1=? LIMIT 1", (cc, admin1)).fetchone()
            if row:
                return _place(row)
        return None

    def country_names(self) -> list[tuple[str, str]]:
        """(Arabic name key, cc) of every country record."""
        out: set[tuple[str, str]] = set()
        for idx in self.indexes:
            out.update(idx.con.execute(
                "SELECT n.key, p.cc FROM names n JOIN places p ON p.pid = n.pid"
                " WHERE p.fclass = 'country' AND n.lang = 'ar'"))
        return sorted(out)

    def place(self, place_id: str) -> Place | None:
        """The place with this gazetteer id (``gn:170654``), user lists first; None if absent."""
        key = "id:" + place_id
        try:
            return self._country_place[key]
        except KeyError:
            pass
        found = None
        for idx in reversed(self.indexes):
            row = idx.con.execute(f"SELECT {_COLS} FROM places p WHERE p.id=?", (place_id,)).fetchone()
            if row:
                found = _place(row)
                break
        self._country_place[key] = found
        return found

    def country_place(self, cc: str) -> Place | None:
        try:
            return self._country_place[cc]
        except KeyError:
            pass
        if len(self._country_place) > 10_000:
            self._country_place.clear()
        place = self._country_place[cc] = self._country_place_row(cc)
        return place

    def _country_place_row(self, cc: str) -> Place | None:
        for idx in reversed(self.indexes):
            row = idx.con.execute(f"SELECT {_COLS} FROM places p WHERE p.cc=? AND p.fclass='country'"
                                  " LIMIT 1", (cc,)).fetchone()
            if row:
                return _place(row)
        return None

    def info(self) -> dict[str, object]:
        out: dict[str, object] = {}
        for idx in self.indexes:
            counts = dict(idx.con.execute("SELECT fclass, COUNT(*) FROM places GROUP BY fclass"))
            names = idx.con.execute("SELECT COUNT(*) FROM names").fetchone()[0]
            out[str(idx.path)] = {"meta": idx.meta(), "places": counts, "names": names}
        return out
