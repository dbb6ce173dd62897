"""A column snapshot of the events table for the dashboard's aggregates (see store/summary.py):
the columns the views read as numpy arrays, text as codes in sorted order, one row per event
in id order; read in full once, then brought up to date with what changed (new events, events
written since - cluster ids included: every write stamps updated_at -, merged events' figures)
instead of read again.
"""
from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from sqlalchemy import func, select, text

from hadath.store.models import MergedEventRow
from hadath.store.query import E

M = MergedEventRow.__table__.c


@dataclass
class Column:
    """Text values as codes: ``labels[code]``, code 0 = no value, the others in sorted order
    (``ordered=False``: in order of appearance)."""
    codes: np.ndarray
    labels: list
    index: dict = field(default_factory=dict)
    ordered: bool = True


def encode(values: list, ordered: bool = True) -> Column:
    if ordered:
        uniq = set(values)
        uniq.discard(None)
        labels = [None] + sorted(uniq)
    else:
        labels = [None] + [v for v in dict.fromkeys(values) if v is not None]
    index = {v: i for i, v in enumerate(labels)}
    return Column(np.fromiter(map(index.__getitem__, values), np.int32, len(values)), labels, index, ordered)


def patch(col: Column, values: list, touched: list[int]) -> Column:
    """``col`` for ``values`` where only the ``touched`` positions (and those beyond the old end)
    changed: the codes patched, or the column encoded again when a value is new to it (sorted)."""
    new = [values[p] for p in touched]
    unknown = [v for v in new if v not in col.index]
    if unknown and col.ordered:
        return encode(values)
    labels, index = col.labels, col.index
    if unknown:
        labels, index = list(labels), dict(index)
        for v in dict.fromkeys(unknown):
            index[v] = len(labels)
            labels.append(v)
    codes = np.zeros(len(values), np.int32)
    codes[:len(col.codes)] = col.codes
    codes[touched] = [index[v] for v in new]
    return Column(codes, labels, index, col.ordered)


def _place_key(t: tuple) -> tuple:
    return t[0], t[1] or ""


def _patch_array(old: np.ndarray, values: list, touched: list[int], dtype, none) -> np.ndarray:
    out = np.empty(len(values), old.dtype)
    out[:len(old)] = old
    if touched:
        out[touched] = _num([values[p] for p in touched], dtype, none)
    return out


# the columns read, in this order ("source" is the article's outlet, by article_pk)
RAW = ("id", "sort_day", "fatalities", "interaction", "latitude", "longitude", "status", "event_type",
       "sub_event_type", "country", "admin1", "location", "location_ar", "actor1", "actor2", "assoc_actor_1",
       "assoc_actor_2", "cluster_id", "article_pk", "search_text", "updated_at")  # updated_at last (refresh)


@dataclass
class Snapshot:
    raw: dict[str, list]      # the columns as read (kept to apply changes), "source" = the outlet
    stamp: Any                # the newest updated_at read
    best_of: dict[str, int]   # cluster id -> the merged event's best fatality figure
    ids: np.ndarray
    day: np.ndarray           # sort_day (0 = undated)
    fatalities: np.ndarray
    interaction: np.ndarray   # -1 = none
    lat: np.ndarray           # NaN = none
    lon: np.ndarray
    text: dict[str, Column]
    actors: Column            # codes of actor1, actor2, assoc_actor_1, assoc_actor_2: one row each
    place: Column             # (location or location_ar, location_ar): one map place
    live: np.ndarray          # not rejected
    cluster: Column
    rep: np.ndarray           # the row the merged view shows for its cluster
    best: np.ndarray          # the merged event's best fatality figure on its row (-1 = none)
    article: np.ndarray       # article_pk (-1 = none): a text search's article hits
    filters: "OrderedDict[tuple, Any]" = field(default_factory=OrderedDict)  # summary.Selection
    orders: dict[tuple[str, str], np.ndarray] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)
    outlets: dict[int, str] = field(default_factory=dict)
    merged_stamp: Any = None

    @property
    def size(self) -> int:
        return len(self.ids)

    @property
    def actor1(self) -> np.ndarray:
        return self.actors.codes[0]

    @property
    def actor2(self) -> np.ndarray:
        return self.actors.codes[1]

    def order(self, sort: str, desc: bool) -> np.ndarray:
        """Row positions sorted by ``sort`` (then day newest first, then id), as the SQL listing."""
        key = (sort, "desc" if desc else "asc")
        got = self.orders.get(key)
        if got is not None:
            return got
        sign = -1 if desc else 1
        ids = self.ids * sign
        if sort == "id":
            keys: tuple = (ids,)
        elif sort == "event_date":
            keys = (ids, self.day * sign)
        else:
            col = {"fatalities": self.fatalities, "actor1": self.actor1, "actor2": self.actor2}.get(sort)
            col = self.text[sort].codes if col is None else col
            keys = (ids, -self.day, col.astype(np.int64) * sign)
        got = self.orders[key] = np.lexsort(keys)
        return got


def _rows(conn, where: str = "", **params) -> list[tuple]:
    """The RAW columns of events, as the driver returns them (SQLAlchemy's typed rows cost as
    much again as the read on 100,000 events)."""
    sql = f"SELECT {', '.join(RAW)} FROM events {where}"  # no ORDER BY: the planner would walk the ids
    return sorted(tuple(r) for r in conn.execute(text(sql), params))


def _outlets(conn) -> dict[int, str]:
    """article id -> outlet name."""
    return dict(_cursor_rows(conn, "SELECT a.id, s.name FROM articles a JOIN sources s ON s.id = a.source_id"))


def _pairs(a: Column, b: Column) -> Column:
    """One code per (a, b) pair: the map's place, (location or location_ar, location_ar)."""
    pair = a.codes.astype(np.int64) * len(b.labels) + b.codes
    uniq, inv = np.unique(pair, return_inverse=True)
    labels = [(a.labels[p // len(b.labels)], b.labels[p % len(b.labels)]) for p in uniq.tolist()]
    labels = [(x or y, y) if (x or y) else None for x, y in labels]
    order = sorted(range(len(labels)), key=lambda i: (labels[i] is not None, labels[i] and _place_key(labels[i])))
    # equal places from different pairs ('' vs None) share one code
    out: list = [None]
    code = np.zeros(len(labels), np.int32)
    for i in order:
        if labels[i] is None:
            continue
        if labels[i] != out[-1]:
            out.append(labels[i])
        code[i] = len(out) - 1
    return Column(code[inv].astype(np.int32), out)


def _num(values: list, dtype, none) -> np.ndarray:
    x = np.array(values, np.float64)  # None -> NaN
    return x if dtype is np.float64 else np.nan_to_num(x, nan=none).astype(dtype)


NUMBERS = {"sort_day": (np.int64, 0), "fatalities": (np.int64, 0), "interaction": (np.int64, -1),
           "latitude": (np.float64, np.nan), "longitude": (np.float64, np.nan), "id": (np.int64, 0), "article_pk": (np.int64, -1)}
TEXTS = ("status", "event_type", "sub_event_type", "country", "admin1", "location", "location_ar", "source")
ACTORS = ("actor1", "actor2", "assoc_actor_1", "assoc_actor_2")


def build(raw: dict[str, list], stamp: Any, best_of: dict[str, int], prev: Snapshot | None = None,
          touched: list[int] | None = None, moved: list[int] | None = None) -> Snapshot:
    """The arrays for ``raw``; with ``prev``, only the ``touched`` positions (and those past its
    end) differ from it, and the cluster ids only at the ``moved`` ones."""
    n = len(raw["id"])
    if prev is None or touched is None:
        nums = {c: _num(raw[c], *NUMBERS[c]) for c in NUMBERS}
        text = {c: encode(raw[c]) for c in TEXTS}
        actors = encode([v for c in ACTORS for v in raw[c]])
        cl = encode(raw["cluster_id"], ordered=False)
    else:
        touched = sorted(set(touched) | set(range(prev.size, n)))
        old = {"sort_day": prev.day, "fatalities": prev.fatalities, "interaction": prev.interaction,
               "latitude": prev.lat, "longitude": prev.lon, "id": prev.ids, "article_pk": prev.article}
        nums = {c: _patch_array(old[c], raw[c], touched, *NUMBERS[c]) for c in NUMBERS}
        text = {c: patch(prev.text[c], raw[c], touched) for c in TEXTS}
        flat = Column(prev.actors.codes.reshape(-1), prev.actors.labels, prev.actors.index)
        if n > prev.size:  # rows grow: one block per actor field, so the flat positions move
            flat.codes = np.concatenate([np.concatenate([r, np.zeros(n - prev.size, np.int32)])
                                         for r in prev.actors.codes])
        actors = patch(flat, [v for c in ACTORS for v in raw[c]], [k * n + p for k in range(4) for p in touched])
        cl = patch(prev.cluster, raw["cluster_id"], sorted(set(moved or ()) | set(range(prev.size, n))))
    actors.codes = actors.codes.reshape(4, n)
    ids = nums["id"]
    live = text["status"].codes != _code(text["status"], "rejected")
    # the merged view's row of a cluster: its first report not rejected (query.merged_condition)
    first = np.full(len(cl.labels), np.iinfo(np.int64).max, np.int64)
    np.minimum.at(first, cl.codes[live], ids[live])
    rep = (cl.codes == 0) | (ids <= first[cl.codes])
    best = np.full(len(cl.labels), -1, np.int64)
    at = [(cl.index[c], b) for c, b in best_of.items() if c in cl.index]
    if at:
        best[[i for i, _ in at]] = [b for _, b in at]
    best = best[cl.codes]
    return Snapshot(raw=raw, stamp=stamp, best_of=best_of, ids=ids, day=nums["sort_day"],
                    fatalities=nums["fatalities"], interaction=nums["interaction"], lat=nums["latitude"],
                    lon=nums["longitude"], text=text, actors=actors, place=_pairs(text["location"], text["location_ar"]),
                    cluster=cl, live=live, rep=rep, best=best, article=nums["article_pk"])


def _code(col: Column, value: str) -> int:
    return col.labels.index(value) if value in col.labels else -1


def _cursor_rows(conn, sql: str) -> list:
    """Rows as the driver returns them, through its own cursor (no parameters)."""
    cur = conn.connection.cursor()
    try:
        cur.execute(sql)
        return cur.fetchall()
    finally:
        cur.close()


def _best(conn, since: Any = None) -> tuple[dict[str, int], Any]:
    """The best fatality figures of the merged events of several reports (written after
    ``since``), and the newest stamp. A single report's own figure stands for its merged event
    (the same number, and a correction made after the merge is in it)."""
    sql = "SELECT cluster_id, fatalities_best, updated_at FROM merged_events WHERE event_count > 1"
    if since is None:
        rows = _cursor_rows(conn, sql)
    else:
        rows = conn.execute(text(sql + " AND updated_at > :s"), {"s": since}).all()
    return {c: b for c, b, _ in rows if b is not None}, max((r[2] for r in rows), default=since)


def load(conn) -> Snapshot:
    """Every event's columns, read in full."""
    rows = _cursor_rows(conn, f"SELECT {', '.join(RAW)} FROM events ORDER BY id")
    raw = {c: list(v) for c, v in zip(RAW, zip(*rows))} if rows else {c: [] for c in RAW}
    outlets = _outlets(conn)
    raw["source"] = list(map(outlets.get, raw["article_pk"]))
    stamp = max((x for x in raw["updated_at"] if x is not None), default=None)
    best_of, mstamp = _best(conn)
    snap = build(raw, stamp, best_of)
    snap.outlets, snap.merged_stamp = outlets, mstamp
    return snap


def refresh(conn, snap: Snapshot) -> Snapshot:
    """The snapshot after a change: new events (ids above the last one read), events written
    since (updated_at: reviews, re-extraction, a re-clustering) and the merged events written
    since. Read in full when events were deleted."""
    last = int(snap.ids[-1]) if snap.size else 0
    total, top_id = conn.execute(select(func.count(), func.max(E.id))).one()
    fresh = _rows(conn, "WHERE id > :last", last=last) if (top_id or 0) > last else []
    if total != snap.size + len(fresh):
        return load(conn)
    # events written after the last stamp read: one writer at a time (SQLite), so a later write
    # has a later stamp
    changed = [r for r in _rows(conn, "WHERE updated_at > :stamp", stamp=snap.stamp) if r[0] <= last] \
        if snap.stamp else []
    outlets = snap.outlets
    if fresh:
        top_article = max(r[RAW.index("article_pk")] for r in fresh)
        known = max(outlets, default=0)
        if top_article > known:
            outlets = dict(outlets)
            outlets.update(conn.execute(text("SELECT a.id, s.name FROM articles a JOIN sources s ON s.id = a.source_id "
                                             "WHERE a.id > :k"), {"k": known}).all())
    raw = snap.raw  # changed in place: only refresh reads it, one at a time (the state's lock)
    pos = np.searchsorted(snap.ids, [r[0] for r in changed]).tolist() if changed else []
    # a re-clustering stamps the events it moves (Store.set_clusters, merged.write): they are in
    # ``changed``, so the cluster index is not read again
    cid = RAW.index("cluster_id")
    moved = [p for p, r in zip(pos, changed) if raw["cluster_id"][p] != r[cid]]
    for c, name in enumerate(RAW):
        col = raw[name]
        for p, r in zip(pos, changed):
            col[p] = r[c]
        col.extend(r[c] for r in fresh)
    src = RAW.index("article_pk")
    for p, r in zip(pos, changed):
        raw["source"][p] = outlets.get(r[src])
    raw["source"].extend(outlets.get(r[src]) for r in fresh)
    stamp = max((r[-1] for r in fresh + changed if r[-1] is not None), default=snap.stamp)
    newer, mstamp = _best(conn, snap.merged_stamp)
    best_of = {**snap.best_of, **newer} if newer else snap.best_of
    out = build(raw, max(stamp, snap.stamp) if snap.stamp and stamp else stamp, best_of, snap, pos, moved)
    out.outlets, out.merged_stamp = outlets, mstamp
    return out
