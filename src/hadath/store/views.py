"""Read views for the API, dashboard and ``hadath stats``: counted and sorted pages, facets
with counts, grouped statistics and a binned timeline. Every function takes the Store and the
same filters as :func:`hadath.store.query.conditions`.
"""
from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from collections import Counter

from sqlalchemy import func, select

from hadath.store.query import E, FilterError, conditions, load_records
from hadath.store.summary import _top, group_counts, summary

SORTS = {"event_date": E.sort_day, "fatalities": E.fatalities, "country": E.country, "admin1": E.admin1,
         "event_type": E.event_type, "sub_event_type": E.sub_event_type, "actor1": E.actor1,
         "actor2": E.actor2, "location": E.location, "status": E.status, "id": E.id}
FACETS = ("country", "admin1", "event_type", "sub_event_type", "actor", "location", "source", "status")
GROUPS = ("month", "week", "year", "day", "country", "admin1", "event_type", "sub_event_type", "actor",
          "source", "interaction", "status")
BINS = ("day", "week", "month")
MAX_PAGE_ROWS = 500


def count(store, **filters) -> int:
    return len(summary(store, **filters)["rows"])


def listing(store, *, page: int = 1, limit: int = 50, sort: str = "event_date", order: str = "desc",
            with_text: bool = False, total: bool = True, **filters) -> dict[str, Any]:
    """One page (1-based) of records sorted by ``sort``, with the total count of matches and,
    for merged events, how many reports each one merges."""
    if sort not in SORTS:
        raise FilterError(f"sort: one of {', '.join(SORTS)}, got {sort!r}")
    if order not in ("asc", "desc"):
        raise FilterError(f"order: asc or desc, got {order!r}")
    limit = max(1, min(int(limit), MAX_PAGE_ROWS))
    page = max(1, int(page))
    col = SORTS[sort]
    keys = (col.asc(), E.id.asc()) if order == "asc" else (col.desc(), E.id.desc())
    if sort != "event_date" and sort != "id":
        keys = (keys[0], E.sort_day.desc(), keys[1])
    conds = conditions(filters)
    with store.engine.connect() as conn:
        pks = [r[0] for r in conn.execute(select(E.id).where(*conds).order_by(*keys)
                                          .limit(limit).offset((page - 1) * limit))]
        records = load_records(conn, pks, with_text=with_text)
        n = None
        clusters = [r["cluster_id"] for r in records if r.get("cluster_id")]
        sizes = dict(conn.execute(select(E.cluster_id, func.count()).where(E.cluster_id.in_(clusters),
                                                                           E.status != "rejected")
                                  .group_by(E.cluster_id)).all()) if clusters else {}
    for r in records:
        r["reports"] = sizes.get(r.get("cluster_id"), 1)
    if total:
        n = count(store, **filters)
    pages = None if n is None else max(1, -(-n // limit))
    return {"events": records, "total": n, "page": page, "pages": pages, "limit": limit,
            "sort": sort, "order": order}


def _time_key(day: int, by: str) -> str:
    d = date.fromordinal(day)
    if by == "day":
        return d.isoformat()
    if by == "week":
        return (d - timedelta(days=d.weekday())).isoformat()
    if by == "month":
        return d.strftime("%Y-%m")
    return str(d.year)


def stats(store, by: str = "month", limit: int | None = None, **filters) -> list[dict[str, Any]]:
    """Events and fatalities grouped ``by`` one of GROUPS: [{key, events, fatalities}], time
    groups in time order, the others largest first."""
    if by not in GROUPS:
        raise FilterError(f"by: one of {', '.join(GROUPS)}, got {by!r}")
    data = summary(store, **filters)
    if by in ("day", "week", "month", "year"):
        n, f = group_counts(data, "sort_day")
        out: dict[str, list[int]] = {}
        for day in sorted(d for d in n if d):
            acc = out.setdefault(_time_key(day, by), [0, 0])
            acc[0] += n[day]
            acc[1] += f[day]
        items = [{"key": k, "events": v[0], "fatalities": v[1]} for k, v in out.items()]
        return items[-limit:] if limit else items
    n, f = group_counts(data, by)
    return [{"key": k, "events": c, "fatalities": f[k]} for k, c in _top(n, limit)]


def facets(store, limit: int = 15, **filters) -> dict[str, list[dict[str, Any]]]:
    """For each facet the values present among the matching events, with their counts."""
    data = summary(store, **filters)
    out: dict[str, list[dict[str, Any]]] = {}
    for name in FACETS:
        n, _ = group_counts(data, name, fatalities=False)
        if name == "location":
            out[name] = [{"value": k[0], "n": c, "ar": k[1]} for k, c in _top(n, limit)]
            continue
        n = Counter({k: c for k, c in n.items() if k is not None})
        full = name in ("country", "event_type", "status")
        out[name] = [{"value": k, "n": c} for k, c in _top(n, None if full else limit)]
    return out


def _bin_keys(first: int, last: int, bin: str) -> list[str]:
    """Every bin from the first event's to the last one's, so that empty bins show as gaps."""
    step = 7 if bin == "week" else 1
    start = first - (date.fromordinal(first).weekday() if bin == "week" else 0)
    keys: list[str] = []
    for day in range(start, last + 1, step):
        k = _time_key(day, bin)
        if not keys or keys[-1] != k:
            keys.append(k)
    return keys


def timeline(store, bin: str = "auto", **filters) -> dict[str, Any]:
    """Events per bin and event type, and fatalities per bin. ``auto``: day for up to ~3 months,
    week up to ~2 years, month beyond."""
    n, f = group_counts(summary(store, **filters), "day_type")
    rows = sorted((d, t, c, f[(d, t)]) for (d, t), c in n.items())
    if bin == "auto":
        span = rows[-1][0] - rows[0][0] if rows else 0
        bin = "day" if span <= 92 else "week" if span <= 730 else "month"
    if bin not in BINS:
        raise FilterError(f"bin: one of auto, {', '.join(BINS)}, got {bin!r}")
    counts: dict[tuple[str, str], int] = {}
    totals: dict[str, list[int]] = {k: [0, 0] for k in _bin_keys(rows[0][0], rows[-1][0], bin)} if rows else {}
    for day, etype, n, fat in rows:
        k = _time_key(day, bin)
        counts[(k, etype)] = counts.get((k, etype), 0) + n
        tot = totals.setdefault(k, [0, 0])
        tot[0] += n
        tot[1] += int(fat)
    return {"bin": bin, "bins": [{"key": k, "events": v[0], "fatalities": v[1]} for k, v in totals.items()],
            "series": [{"key": k, "event_type": t, "n": n} for (k, t), n in counts.items()]}
