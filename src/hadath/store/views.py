"""Read views for the API, dashboard and ``hadath stats``: counted and sorted pages, facets
with counts, grouped statistics and a binned timeline. Every function takes the Store and the
same filters as :func:`hadath.store.query.conditions`.
"""
from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sqlalchemy import func, literal, select, union_all

from hadath.store.query import A, E, S, FilterError, conditions, load_records
from hadath.store.models import ArticleRow, EventRow, Source

T = EventRow.__table__

SORTS = {"event_date": E.sort_day, "fatalities": E.fatalities, "country": E.country, "admin1": E.admin1,
         "event_type": E.event_type, "sub_event_type": E.sub_event_type, "actor1": E.actor1,
         "actor2": E.actor2, "location": E.location, "status": E.status, "id": E.id}
FACETS = ("country", "admin1", "event_type", "sub_event_type", "actor", "location", "source", "status")
GROUPS = ("month", "week", "year", "day", "country", "admin1", "event_type", "sub_event_type", "actor",
          "source", "interaction", "status")
BINS = ("day", "week", "month")
MAX_PAGE_ROWS = 500


def count(store, **filters) -> int:
    with store.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(T).where(*conditions(filters))).scalar_one()


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
        n = conn.execute(select(func.count()).select_from(T).where(*conds)).scalar_one() if total else None
        clusters = [r["cluster_id"] for r in records if r.get("cluster_id")]
        sizes = dict(conn.execute(select(E.cluster_id, func.count()).where(E.cluster_id.in_(clusters),
                                                                           E.status != "rejected")
                                  .group_by(E.cluster_id)).all()) if clusters else {}
    for r in records:
        r["reports"] = sizes.get(r.get("cluster_id"), 1)
    pages = None if n is None else max(1, -(-n // limit))
    return {"events": records, "total": n, "page": page, "pages": pages, "limit": limit,
            "sort": sort, "order": order}


def _group_column(by: str):
    """(key expression, label) for a grouping; time groups key on sort_day."""
    if by in ("country", "admin1", "event_type", "sub_event_type", "interaction", "status"):
        return getattr(E, by)
    raise FilterError(f"by: one of {', '.join(GROUPS)}, got {by!r}")


def _actor_rows(conds: list, limit: int | None):
    """(actor, events, fatalities) counting an event once for each side it appears on."""
    a1 = select(E.actor1.label("k"), E.fatalities.label("f")).where(*conds, E.actor1.is_not(None), E.actor1 != "")
    a2 = select(E.actor2.label("k"), E.fatalities.label("f")).where(*conds, E.actor2.is_not(None), E.actor2 != "")
    u = union_all(a1, a2).subquery()
    q = (select(u.c.k, func.count().label("n"), func.coalesce(func.sum(u.c.f), 0))
         .group_by(u.c.k).order_by(func.count().desc(), u.c.k))
    return q.limit(limit) if limit else q


def _source_rows(conds: list, limit: int | None):
    q = (select(S.name, func.count().label("n"), func.coalesce(func.sum(E.fatalities), 0))
         .select_from(T.join(ArticleRow.__table__, A.id == E.article_pk)
                      .join(Source.__table__, S.id == A.source_id))
         .where(*conds).group_by(S.name).order_by(func.count().desc(), S.name))
    return q.limit(limit) if limit else q


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
    conds = conditions(filters)
    with store.engine.connect() as conn:
        if by in ("day", "week", "month", "year"):
            rows = conn.execute(select(E.sort_day, func.count(), func.coalesce(func.sum(E.fatalities), 0))
                                .where(*conds, E.sort_day > 0).group_by(E.sort_day).order_by(E.sort_day)).all()
            out: dict[str, list[int]] = {}
            for day, n, fat in rows:
                acc = out.setdefault(_time_key(day, by), [0, 0])
                acc[0] += n
                acc[1] += int(fat)
            items = [{"key": k, "events": v[0], "fatalities": v[1]} for k, v in out.items()]
            return items[-limit:] if limit else items
        if by == "actor":
            q = _actor_rows(conds, limit)
        elif by == "source":
            q = _source_rows(conds, limit)
        else:
            col = _group_column(by)
            q = (select(col, func.count(), func.coalesce(func.sum(E.fatalities), 0)).where(*conds)
                 .group_by(col).order_by(func.count().desc(), col))
            q = q.limit(limit) if limit else q
        return [{"key": k, "events": n, "fatalities": int(f)} for k, n, f in conn.execute(q)]


def facets(store, limit: int = 15, **filters) -> dict[str, list[dict[str, Any]]]:
    """For each facet the values present among the matching events, with their counts."""
    conds = conditions(filters)
    out: dict[str, list[dict[str, Any]]] = {}
    with store.engine.connect() as conn:
        for name in FACETS:
            if name == "actor":
                q = _actor_rows(conds, limit)
            elif name == "source":
                q = _source_rows(conds, limit)
            elif name == "location":
                loc = func.coalesce(E.location, E.location_ar)
                q = (select(loc, func.count(), E.location_ar).where(*conds, loc.is_not(None))
                     .group_by(loc, E.location_ar).order_by(func.count().desc(), loc).limit(limit))
                out[name] = [{"value": v, "n": n, "ar": ar} for v, n, ar in conn.execute(q)]
                continue
            else:
                col = getattr(E, name)
                q = (select(col, func.count(), literal(0)).where(*conds, col.is_not(None))
                     .group_by(col).order_by(func.count().desc(), col))
                q = q.limit(limit if name not in ("country", "event_type", "status") else None)
            out[name] = [{"value": v, "n": n} for v, n, _ in conn.execute(q)]
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
    conds = conditions(filters)
    with store.engine.connect() as conn:
        rows = conn.execute(select(E.sort_day, E.event_type, func.count(), func.coalesce(func.sum(E.fatalities), 0))
                            .where(*conds, E.sort_day > 0).group_by(E.sort_day, E.event_type)
                            .order_by(E.sort_day)).all()
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
        acc = totals.setdefault(k, [0, 0])
        acc[0] += n
        acc[1] += int(fat)
    return {"bin": bin, "bins": [{"key": k, "events": v[0], "fatalities": v[1]} for k, v in totals.items()],
            "series": [{"key": k, "event_type": t, "n": n} for (k, t), n in counts.items()]}
