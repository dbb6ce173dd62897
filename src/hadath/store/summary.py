"""The aggregates the dashboard, the API and ``hadath stats`` show (totals, facets, timeline,
grouped statistics, sorted pages, map points), from a column snapshot of the events table.

The snapshot (store/snapshot.py) holds the columns those views read as numpy arrays, one row
per event. It is read in full once (when the server starts) and brought up to date when the
store changes, and is shared by every filter: a filter's matches are array comparisons for the
columns it holds (dates, names, status, fatalities, outlet, actors: parsed as
:func:`hadath.store.query.conditions` parses them) and event ids from SQL for the others; every
count, facet, timeline bin or page order is then array work (milliseconds).

The store version: on a SQLite file, ``PRAGMA data_version`` read on a connection of its own
(it changes whenever another connection, in any process, commits); elsewhere a fingerprint of
the events, reviews and merged events tables, and every commit made through this process's
engine. New events, a review or a re-clustering are seen by the next request.
"""
from __future__ import annotations

import re
import sqlite3
import threading
import weakref
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Mapping

import numpy as np
from sqlalchemy import event, func, select

from hadath.store import search
from hadath.store.models import MergedEventRow, ReviewRow
from hadath.store.query import (E, _actor_patterns, _as_ints, _as_list, _date_range, _truthy, conditions,
                                normalize_filters, parse_bbox)
from hadath.store.snapshot import Column, Snapshot, load, refresh
from hadath.store.vocab import name_variants

R = ReviewRow.__table__.c
M = MergedEventRow.__table__.c
MAX_FILTERS = 64          # filter results kept per snapshot


@dataclass
class Selection:
    """The rows one filter set matches (positions in the snapshot, id order) and their fatalities
    (in the merged view the merged event's best figure where the store has one)."""
    rows: np.ndarray
    mask: np.ndarray
    fatalities: np.ndarray
    merged: bool
    memo: dict = field(default_factory=dict)


class _Watch:
    """The store's version, cheaply: see the module's docstring."""

    def __init__(self, store) -> None:
        self.commits = 0
        self.lock = threading.Lock()
        self.conn: sqlite3.Connection | None = None
        db = store.engine.url.database
        if store.dialect == "sqlite" and db and db != ":memory:" and not db.startswith("file:"):
            try:
                self.conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, check_same_thread=False)
            except sqlite3.Error:
                self.conn = None
        event.listen(store.engine, "commit", self._commit)
        event.listen(store.engine, "engine_disposed", self._close)  # Store.close

    def _commit(self, _conn) -> None:
        self.commits += 1

    def _close(self, _engine) -> None:
        with self.lock:
            if self.conn is not None:
                self.conn.close()
                self.conn = None

    def version(self, store) -> tuple:
        if self.conn is not None:
            with self.lock:
                try:
                    return self.commits, self.conn.execute("PRAGMA data_version").fetchone()[0]
                except sqlite3.Error:
                    self.conn = None
        with store.engine.connect() as conn:
            ev = conn.execute(select(func.count(), func.max(E.id), func.max(E.updated_at))).one()
            rv = conn.execute(select(func.count(), func.max(R.id))).one()
            mv = conn.execute(select(func.count(), func.max(M.updated_at))).one()
        return (self.commits,) + tuple(ev) + tuple(rv) + tuple(mv)


class _State:
    def __init__(self, store) -> None:
        self.watch = _Watch(store)
        self.lock = threading.Lock()      # one snapshot read at a time
        self.snapshot: Snapshot | None = None
        self.version: tuple | None = None


_STATES: "weakref.WeakKeyDictionary[Any, _State]" = weakref.WeakKeyDictionary()
_STATES_LOCK = threading.Lock()


def snapshot(store) -> Snapshot:
    """The store's snapshot, read again when the store changed."""
    with _STATES_LOCK:
        st = _STATES.get(store)
        if st is None:
            st = _STATES[store] = _State(store)
    ver = st.watch.version(store)
    if st.snapshot is not None and st.version == ver:
        return st.snapshot
    with st.lock:
        ver = st.watch.version(store)  # read before the rows: a commit meanwhile reads them again next time
        if st.snapshot is None or st.version != ver:
            try:
                with store.engine.connect() as conn:
                    st.snapshot = load(conn) if st.snapshot is None else refresh(conn, st.snapshot)
                    st.version = ver
            except BaseException:
                st.snapshot = st.version = None  # a refresh changes the old snapshot's rows: read all again
                raise
        return st.snapshot


def _filter_key(filters: Mapping[str, Any]) -> tuple:
    return tuple(sorted((k, repr(v)) for k, v in normalize_filters(filters).items()))


def select_rows(store, **filters) -> tuple[Snapshot, Selection]:
    """The snapshot and the rows matching ``filters`` (``merged``: one row per real-world event).
    The filters on the snapshot's columns (ARRAY_KEYS) are array comparisons (an actor search
    matches the distinct actor names, not four LIKEs over the table); the others are the SQL
    conditions, read as event ids."""
    filters = normalize_filters(filters)
    merged = _truthy(filters.pop("merged", None))
    snap = snapshot(store)
    key = (_filter_key(filters), merged)
    with snap.lock:
        got = snap.filters.get(key)
        if got is not None:
            snap.filters.move_to_end(key)
            return snap, got
        conditions(filters)  # a bad filter is refused before anything is read
        given = {k: v for k, v in filters.items() if v not in (None, "", [])}
        mask = _array_mask(snap, given)
        rest = {k: v for k, v in given.items() if k not in ARRAY_KEYS}
        if rest:
            with store.engine.connect() as conn:
                term = str(rest.get("q") or "").strip()
                # (this snapshot's rows: a refresh extends the raw lists in place)
                hits = search.sqlite_hits(conn, term, snap.raw["search_text"], snap.size) if term else None
                if hits is not None:
                    del rest["q"]
                    mask &= _text_mask(snap, *hits)
                if rest:
                    rest.setdefault("status", "any")  # the status filter is applied above
                    found = np.array(conn.execute(select(E.id).where(*conditions(rest))).scalars().all(), np.int64)
                    seen = np.zeros(snap.size, bool)
                    seen[_known(snap, found)] = True
                    mask &= seen
        if merged:
            mask &= snap.rep
        fat = np.where(snap.best >= 0, snap.best, snap.fatalities) if merged else snap.fatalities
        rows = np.flatnonzero(mask)
        got = snap.filters[key] = Selection(rows=rows, mask=mask, fatalities=fat[rows], merged=merged)
        while len(snap.filters) > MAX_FILTERS:
            snap.filters.popitem(last=False)
        return snap, got


# filters read from the snapshot (same parsing as query.conditions); the others run in SQL
ARRAY_KEYS = frozenset({"date_from", "date_to", "event_date", "event_date_where", "year", "country", "admin1",
                        "event_type", "sub_event_type", "status", "fatalities_min", "fatalities_max", "source",
                        "actor", "actor1", "actor2", "bbox"})


def _in(col: Column, wanted) -> np.ndarray:
    hit = np.array([v is not None and v in wanted for v in col.labels], bool)
    return hit[col.codes]


def _array_mask(snap: Snapshot, f: dict[str, Any]) -> np.ndarray:
    mask = np.ones(snap.size, bool)
    lo, hi = _date_range(f)
    if lo:
        mask &= snap.day >= lo.toordinal()
    if hi:
        mask &= (snap.day <= hi.toordinal()) & (snap.day > 0)
    years = _as_ints(f.get("year"), "year")
    if years:
        mask &= _years(snap.day, years)
    for key in ("country", "admin1", "event_type", "sub_event_type"):
        vals = _as_list(f.get(key))
        if vals:
            mask &= _in(snap.text[key], {x for v in vals for x in name_variants(key, v)})
    status = _as_list(f.get("status"))
    if status != ["any"]:
        mask &= _in(snap.text["status"], set(status)) if status else snap.live
    lo_f, hi_f = (_as_ints(f.get(k), k) for k in ("fatalities_min", "fatalities_max"))
    if lo_f:
        mask &= snap.fatalities >= lo_f[0]
    if hi_f:
        mask &= snap.fatalities <= hi_f[0]
    sources = f.get("source")
    if sources:
        names = _as_list(sources) if isinstance(sources, (list, tuple)) else [str(sources).strip()]
        lowered = {x.lower() for x in names}
        mask &= np.array([v is not None and v.lower() in lowered for v in snap.text["source"].labels],
                         bool)[snap.text["source"].codes]
    for k in ACTOR_KEYS:
        term = str(f.get(k) or "").strip()
        if term:
            mask &= _actor_mask(snap, k, term)
    box = parse_bbox(f.get("bbox"))
    if box:  # as query.conditions: latitude between south and north, longitude across the antimeridian too
        w, s, e, n = box
        with np.errstate(invalid="ignore"):  # no coordinates (NaN): outside
            lon = (snap.lon >= w) & (snap.lon <= e) if w <= e else (snap.lon >= w) | (snap.lon <= e)
            mask &= (snap.lat >= s) & (snap.lat <= n) & lon
    return mask


def _years(day: np.ndarray, years: list[int]) -> np.ndarray:
    out = np.zeros(len(day), bool)
    for y in years:
        out |= (day >= date(y, 1, 1).toordinal()) & (day <= date(y, 12, 31).toordinal())
    return out


# actor filters: which of the snapshot's actor rows (actor1, actor2, assoc_actor_1, assoc_actor_2) they search
ACTOR_KEYS = {"actor": (0, 1, 2, 3), "actor1": (0,), "actor2": (1,)}


def like_regex(pattern: str) -> re.Pattern:
    """A SQL LIKE pattern (``\\`` escapes) as a case-insensitive regular expression."""
    out, i = [], 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\" and i + 1 < len(pattern):
            out.append(re.escape(pattern[i + 1]))
            i += 2
            continue
        out.append(".*" if ch == "%" else "." if ch == "_" else re.escape(ch))
        i += 1
    return re.compile("".join(out), re.I | re.S)


def _actor_mask(snap: Snapshot, key: str, term: str) -> np.ndarray:
    """Rows whose actor fields ``key`` searches match ``term`` as query.conditions' ILIKEs do."""
    pats = [like_regex(p) for p in _actor_patterns(term)]
    hit = np.array([False] + [any(p.fullmatch(name) for p in pats) for name in snap.actors.labels[1:]], bool)
    return hit[snap.actors.codes[list(ACTOR_KEYS[key])]].any(axis=0)


def _text_mask(snap: Snapshot, events: np.ndarray, article_pks: list[int]) -> np.ndarray:
    """Rows whose fields matched (``events``: ids, or a mask over the rows) or whose article's
    text did (``article_pks``)."""
    if events.dtype == bool:
        hit = events.copy()
    else:
        hit = np.zeros(snap.size, bool)
        hit[_known(snap, events)] = True
    if article_pks:
        hit |= np.isin(snap.article, np.array(article_pks, np.int64))
    return hit


def _known(snap: Snapshot, found: np.ndarray) -> np.ndarray:
    """Positions of the ids the snapshot holds (events newer than it are left for the next one)."""
    pos = np.searchsorted(snap.ids, found)
    ok = pos < snap.size
    pos, found = pos[ok], found[ok]
    return pos[snap.ids[pos] == found]


def group_counts(snap: Snapshot, sel: Selection, by: str) -> tuple[list, np.ndarray, np.ndarray]:
    """(keys, events, fatalities) per value of ``by`` among the selected rows; an event counts
    once for each of its two actors. Keys: the column's values (None = no value)."""
    got = sel.memo.get(by)
    if got is not None:
        return got
    rows, fat = sel.rows, sel.fatalities
    if by == "actor":
        a1, a2 = snap.actor1[rows], snap.actor2[rows]
        two = (a2 != a1) & (a2 != 0)
        codes = np.concatenate([a1[a1 != 0], a2[two]])
        weights = np.concatenate([fat[a1 != 0], fat[two]])
        labels = snap.actors.labels
    elif by in ("sort_day", "interaction"):
        vals = (snap.day if by == "sort_day" else snap.interaction)[rows]
        uniq, codes = np.unique(vals, return_inverse=True)
        labels, weights = [None if by == "interaction" and u < 0 else int(u) for u in uniq], fat
    else:
        col = snap.place if by == "location" else snap.text[by]
        codes, labels, weights = col.codes[rows], col.labels, fat
    n = np.bincount(codes, minlength=len(labels))
    f = np.bincount(codes, weights=weights, minlength=len(labels)).astype(np.int64)
    got = sel.memo[by] = (labels, n, f)
    return got


def top(labels: list, n: np.ndarray, f: np.ndarray, limit: int | None, *, skip_none: bool = False) -> list[tuple]:
    """(key, events, fatalities) of the present keys, most events first (ties by name)."""
    items = [(labels[i], int(n[i]), int(f[i])) for i in np.flatnonzero(n)
             if not (skip_none and labels[i] is None)]
    items.sort(key=lambda t: (-t[1], str(t[0])))
    return items[:limit] if limit else items
