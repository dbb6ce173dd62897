"""Read views for the API, dashboard and ``hadath stats``: counted and sorted pages, facets
with counts, grouped statistics and a binned timeline. Every function takes the Store and the
same filters as :func:`hadath.store.query.conditions`.
"""
from __future__ import annotations

from collections import OrderedDict
from dataclasses import replace
from datetime import date, timedelta
from typing import Any, Iterator

import numpy as np
from sqlalchemy import func, select

from hadath.store.models import MergedEventRow
from hadath.store.convert import to_article, to_event
from hadath.store.query import E, FilterError, _fetch, _truthy, load_records
from hadath.store.summary import group_counts, select_rows, top

M = MergedEventRow.__table__.c
SORTS = ("event_date", "fatalities", "country", "admin1", "event_type", "sub_event_type", "actor1", "actor2",
         "location", "status", "id")
FACETS = ("country", "admin1", "event_type", "sub_event_type", "actor", "location", "source", "status")
GROUPS = ("month", "week", "year", "day", "country", "admin1", "event_type", "sub_event_type", "actor",
          "source", "interaction", "status")
BINS = ("day", "week", "month")
MAX_PAGE_ROWS = 500
KEPT_PAGES = 8
MERGED_FIELDS = ("fatalities_low", "fatalities_best", "fatalities_high", "event_count", "source_count")


def warm(store) -> None:
    """Read the store's snapshot now (a server starting); a failure shows on the first request."""
    import logging

    try:
        select_rows(store, merged=True)
    except Exception as exc:  # noqa: BLE001 - the request that needs it reports the error
        logging.getLogger(__name__).warning("dashboard warm-up failed: %s", exc)


def count(store, **filters) -> int:
    return int(select_rows(store, **filters)[1].rows.size)


def fatalities(store, **filters) -> int:
    """Fatalities of the matching events (merged: each merged event's best figure)."""
    return int(select_rows(store, **filters)[1].fatalities.sum())


def listing(store, *, page: int = 1, limit: int = 50, sort: str = "event_date", order: str = "desc",
            with_text: bool = False, total: bool = True, **filters) -> dict[str, Any]:
    """One page (1-based) of records sorted by ``sort``, with the total count of matches and,
    for merged events, how many reports each one merges and its merged figures (``merged``:
    fatalities low/best/high across its reports, reports and outlets counted)."""
    if sort not in SORTS:
        raise FilterError(f"sort: one of {', '.join(SORTS)}, got {sort!r}")
    if order not in ("asc", "desc"):
        raise FilterError(f"order: asc or desc, got {order!r}")
    limit = max(1, min(int(limit), MAX_PAGE_ROWS))
    page = max(1, int(page))
    snap, sel = select_rows(store, **filters)
    # the last few pages asked, kept with the selection (so until the store changes): the
    # dashboard's opening page and a page gone back to cost nothing the second time
    kept = sel.memo.setdefault("listing", OrderedDict())
    key = (page, limit, sort, order, with_text, total)
    got = kept.get(key)
    if got is None:
        got = kept[key] = _listing(store, snap, sel, page, limit, sort, order, with_text, total)
        while len(kept) > KEPT_PAGES:
            kept.popitem(last=False)
    return dict(got, events=[dict(r) for r in got["events"]])


def _listing(store, snap, sel, page: int, limit: int, sort: str, order: str, with_text: bool,
             total: bool) -> dict[str, Any]:
    ordered = snap.order(sort, order == "desc")
    ordered = ordered[sel.mask[ordered]]
    pks = [int(x) for x in snap.ids[ordered[(page - 1) * limit:page * limit]]]
    with store.engine.connect() as conn:
        records = load_records(conn, pks, with_text=with_text)
        clusters = sorted({r["cluster_id"] for r in records if r.get("cluster_id")})
        sizes, merged = {}, {}
        if clusters:
            sizes = dict(conn.execute(select(E.cluster_id, func.count()).where(E.cluster_id.in_(clusters),
                                                                               E.status != "rejected")
                                      .group_by(E.cluster_id)).all())
            merged = _merged_figures(conn, clusters)
    for r in records:
        r["reports"] = sizes.get(r.get("cluster_id"), 1)
        if sel.merged:
            r["merged"] = merged.get(r.get("cluster_id"))
    n = int(sel.rows.size) if total else None
    pages = None if n is None else max(1, -(-n // limit))
    return {"events": records, "total": n, "page": page, "pages": pages, "limit": limit,
            "sort": sort, "order": order}


def _merged_figures(conn, clusters: list[str]) -> dict[str, dict[str, Any]]:
    """cluster id -> its merged event's figures (MERGED_FIELDS), for the clusters that have one."""
    out: dict[str, dict[str, Any]] = {}
    for i in range(0, len(clusters), 500):
        q = select(M.cluster_id, *(getattr(M, c) for c in MERGED_FIELDS)).where(M.cluster_id.in_(clusters[i:i + 500]))
        out.update((r[0], dict(zip(MERGED_FIELDS, r[1:]))) for r in conn.execute(q))
    return out


def merged_figures(store, cluster_id: str | None) -> dict[str, Any] | None:
    """One merged event's figures (fatalities low/best/high, reports, outlets), or None."""
    if not cluster_id:
        return None
    with store.engine.connect() as conn:
        return _merged_figures(conn, [cluster_id]).get(cluster_id)


def points(store, limit: int = 20000, **filters) -> list[dict[str, Any]]:
    """Coordinates of the newest matching events, for the map (merged: the merged figures)."""
    snap, sel = select_rows(store, **filters)
    ordered = snap.order("event_date", True)
    ordered = ordered[sel.mask[ordered] & ~np.isnan(snap.lat[ordered]) & ~np.isnan(snap.lon[ordered])][:limit]
    fat = np.where(snap.best >= 0, snap.best, snap.fatalities) if sel.merged else snap.fatalities
    etype, loc, loc_ar = (snap.text[k] for k in ("event_type", "location", "location_ar"))
    return [{"id": int(snap.ids[i]), "lat": float(snap.lat[i]), "lon": float(snap.lon[i]),
             "event_type": etype.labels[etype.codes[i]],
             "event_date": date.fromordinal(int(snap.day[i])).isoformat() if snap.day[i] > 0 else None,
             "location": loc.labels[loc.codes[i]], "location_ar": loc_ar.labels[loc_ar.codes[i]],
             "fatalities": int(fat[i])} for i in ordered.tolist()]


def export_rows(store, **filters) -> Iterator[tuple]:
    """(Event, Article) pairs for an export of the view, newest first. Merged: one row per
    merged event carrying its figures over every report (fatalities = the best one, low and
    high; reports and outlets counted in ``tags``), as ``hadath export --merged`` writes them."""
    if not _truthy(filters.get("merged")):
        yield from store.iter_rows(**filters)
        return
    snap, sel = select_rows(store, **filters)
    ordered = snap.order("event_date", True)
    pks = snap.ids[ordered[sel.mask[ordered]]].tolist()
    for i in range(0, len(pks), 500):
        chunk = pks[i:i + 500]
        with store.engine.connect() as conn:
            rows, evidence = _fetch(conn, chunk)
            clusters = sorted({r["cluster_id"] for r in rows.values() if r["cluster_id"]})
            merged = _merged_figures(conn, clusters)
        for pk in chunk:
            row = rows.get(pk)
            if row is None:  # deleted since
                continue
            event = to_event(row, row["ext_id"], evidence.get(pk, []))
            m = merged.get(row["cluster_id"])
            if m is not None:
                tags = f"reports={m['event_count']}; sources={m['source_count']}"
                best = m["fatalities_best"]
                event = replace(event, fatalities=event.fatalities if best is None else best,
                                fatalities_low=m["fatalities_low"], fatalities_high=m["fatalities_high"],
                                tags=f"{event.tags}; {tags}" if event.tags else tags)
            yield event, to_article(row)


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
    snap, sel = select_rows(store, **filters)
    if by in ("day", "week", "month", "year"):
        days, n, f = group_counts(snap, sel, "sort_day")
        out: dict[str, list[int]] = {}
        for day, c, x in zip(days, n.tolist(), f.tolist()):
            if day and c:
                acc = out.setdefault(_time_key(day, by), [0, 0])
                acc[0] += c
                acc[1] += x
        items = [{"key": k, "events": v[0], "fatalities": v[1]} for k, v in out.items()]
        return items[-limit:] if limit else items
    return [{"key": k, "events": c, "fatalities": x}
            for k, c, x in top(*group_counts(snap, sel, by), limit, skip_none=by in ("source", "location"))]


def facets(store, limit: int = 15, **filters) -> dict[str, list[dict[str, Any]]]:
    """For each facet the values present among the matching events, with their counts."""
    snap, sel = select_rows(store, **filters)
    out: dict[str, list[dict[str, Any]]] = {}
    for name in FACETS:
        full = name in ("country", "event_type", "status")
        items = top(*group_counts(snap, sel, name), None if full else limit, skip_none=True)
        if name == "location":
            out[name] = [{"value": k[0], "n": c, "ar": k[1]} for k, c, _ in items]
        else:
            out[name] = [{"value": k, "n": c} for k, c, _ in items]
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
    snap, sel = select_rows(store, **filters)
    memo = sel.memo.get("day_type")
    if memo is None:  # (day, type code) pairs of the dated rows: events and fatalities
        days, types, fat = snap.day[sel.rows], snap.text["event_type"].codes[sel.rows], sel.fatalities
        dated, width = days > 0, len(snap.text["event_type"].labels)
        pair = days[dated] * width + types[dated]
        uniq, inv = np.unique(pair, return_inverse=True)
        n = np.bincount(inv, minlength=len(uniq))
        f = np.bincount(inv, weights=fat[dated], minlength=len(uniq)).astype(np.int64)
        labels = snap.text["event_type"].labels
        memo = sel.memo["day_type"] = [(p // width, labels[p % width], c, x)
                                       for p, c, x in zip(uniq.tolist(), n.tolist(), f.tolist())]
    rows = memo
    if bin == "auto":
        span = rows[-1][0] - rows[0][0] if rows else 0
        bin = "day" if span <= 92 else "week" if span <= 730 else "month"
    if bin not in BINS:
        raise FilterError(f"bin: one of auto, {', '.join(BINS)}, got {bin!r}")
    done = sel.memo.get(("timeline", bin))
    if done is None:
        done = sel.memo[("timeline", bin)] = _binned(rows, bin)
    return done


def _binned(rows: list[tuple], bin: str) -> dict[str, Any]:
    keys: dict[int, str] = {}  # day -> its bin's key (a few hundred days, thousands of rows)
    counts: dict[tuple[str, str], int] = {}
    totals: dict[str, list[int]] = {k: [0, 0] for k in _bin_keys(rows[0][0], rows[-1][0], bin)} if rows else {}
    for day, etype, n, fat in rows:
        k = keys.get(day)
        if k is None:
            k = keys[day] = _time_key(day, bin)
        counts[(k, etype)] = counts.get((k, etype), 0) + n
        tot = totals.setdefault(k, [0, 0])
        tot[0] += n
        tot[1] += int(fat)
    return {"bin": bin, "bins": [{"key": k, "events": v[0], "fatalities": v[1]} for k, v in totals.items()],
            "series": [{"key": k, "event_type": t, "n": n} for (k, t), n in counts.items()]}
