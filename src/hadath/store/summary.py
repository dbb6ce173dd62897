"""One pass over the matching events for every aggregate the dashboard shows (total, facets,
timeline, grouped stats), cached until the store changes.

A store of 100,000 events is ~100 MB of rows; each GROUP BY over a column without an index is a
full scan, so eight facets were eight scans. Here one SELECT of the few columns needed feeds
Python counters, and the result is kept (per filter set) while the store's version — event
count, last event id, review count, last review id — stays the same (at most a minute).
"""
from __future__ import annotations

import threading
import time
from collections import Counter, OrderedDict
from operator import itemgetter
from typing import Any, Mapping

from sqlalchemy import func, select

from hadath.store.models import ArticleRow, ReviewRow, Source
from hadath.store.query import A, E, S, conditions, normalize_filters

R = ReviewRow.__table__.c
TTL = 60.0
MAX_ENTRIES = 64
_LOCK = threading.Lock()
_CACHE: "OrderedDict[tuple, tuple[float, Any]]" = OrderedDict()
COLUMNS = ("id", "cluster_id", "status", "sort_day", "event_type", "sub_event_type", "country", "admin1",
           "actor1", "actor2", "location", "location_ar", "fatalities", "interaction", "article_pk")


def version(conn) -> tuple:
    ev = conn.execute(select(func.count(), func.max(E.id))).one()
    rv = conn.execute(select(func.count(), func.max(R.id))).one()
    return tuple(ev) + tuple(rv)


def _key(store, filters: Mapping[str, Any]) -> tuple:
    f = normalize_filters(filters)
    return (id(store.engine), repr(sorted((k, repr(v)) for k, v in f.items())))


def _cached(store, key: tuple, ver: tuple, build):
    now = time.monotonic()
    with _LOCK:
        hit = _CACHE.get(key)
        if hit and hit[1][0] == ver and now - hit[0] < TTL:
            _CACHE.move_to_end(key)
            return hit[1][1]
    value = build()
    with _LOCK:
        _CACHE[key] = (now, (ver, value))
        while len(_CACHE) > MAX_ENTRIES:
            _CACHE.popitem(last=False)
    return value


def representatives(store, conn, ver: tuple) -> dict[str, int]:
    """cluster id -> the report the merged view shows (first non-rejected one)."""
    def build():
        q = (select(E.cluster_id, func.min(E.id)).where(E.cluster_id.is_not(None), E.status != "rejected")
             .group_by(E.cluster_id))
        return dict(conn.execute(q).all())
    return _cached(store, (id(store.engine), "__reps__"), ver, build)


def summary(store, **filters) -> dict[str, Any]:
    """{"rows": the matching events as tuples in COLUMNS order, "sources": {article_pk: outlet}};
    the same dict (with its aggregates) while the store is unchanged."""
    filters = dict(filters)
    merged = str(filters.pop("merged", "")).lower() in ("1", "true", "yes", "on")
    with store.engine.connect() as conn:
        ver = version(conn)

        def build():
            cols = [getattr(E, c) for c in COLUMNS]
            rows = conn.execute(select(*cols).where(*conditions(filters))).all()
            if merged:
                reps = representatives(store, conn, ver)
                rows = [r for r in rows if r[1] is None or reps.get(r[1]) == r[0]]
            return rows
        sources = _cached(store, (id(store.engine), "__sources__"), ver, lambda: dict(conn.execute(
            select(A.id, S.name).join(Source.__table__, S.id == A.source_id)).all()))
        return _cached(store, _key(store, dict(filters, merged=merged)), ver,
                       lambda: {"rows": build(), "sources": sources})


def _top(counter: Counter, limit: int | None) -> list[tuple[Any, int]]:
    items = sorted(counter.items(), key=lambda kv: (-kv[1], str(kv[0])))
    return items[:limit] if limit else items


def _keys(data: dict[str, Any], by: str):
    """The key of every row for a grouping (an iterable, in row order)."""
    rows = data["rows"]
    idx = {c: i for i, c in enumerate(COLUMNS)}
    if by == "source":
        src = data["sources"]
        return map(src.get, map(itemgetter(idx["article_pk"]), rows))
    if by == "location":
        i, j = idx["location"], idx["location_ar"]
        return ((r[i] or r[j], r[j]) if (r[i] or r[j]) else None for r in rows)
    if by == "day_type":
        i, j = idx["sort_day"], idx["event_type"]
        return ((r[i], r[j]) if r[i] else None for r in rows)
    return map(itemgetter(idx[by]), rows)


def group_counts(data: dict[str, Any], by: str, fatalities: bool = True) -> tuple[Counter, Counter]:
    """(events, fatalities) per key of ``by`` over the summary's rows (an event counts once for
    each of its two actors); kept on the summary. ``fatalities=False`` skips the sums (faster)."""
    memo = data.setdefault("_groups", {})
    got = memo.get(by)
    if got is not None and (got[1] is not None or not fatalities):
        return got[0], got[1] if got[1] is not None else Counter()
    fat = list(map(itemgetter(COLUMNS.index("fatalities")), data["rows"]))
    if by == "actor":
        a1 = list(_keys(data, "actor1"))
        a2 = list(_keys(data, "actor2"))
        n = Counter(k for k in a1 if k)
        n.update(k2 for k1, k2 in zip(a1, a2) if k2 and k2 != k1)
        f: Counter | None = None
        if fatalities:
            f = Counter()
            for k1, k2, x in zip(a1, a2, fat):
                if k1:
                    f[k1] += x or 0
                if k2 and k2 != k1:
                    f[k2] += x or 0
    else:
        keys = list(_keys(data, by))
        n = Counter(keys)
        n.pop(None, None) if by in ("source", "location", "day_type") else None
        f = None
        if fatalities:
            f = Counter()
            for k, x in zip(keys, fat):
                if x:
                    f[k] += x
    memo[by] = (n, f)
    return n, f if f is not None else Counter()
