"""The store side of event merging: which days a run touched, the events around them, and
the merged events table with the events' cluster ids, written in one transaction."""
from __future__ import annotations

from dataclasses import replace
from typing import Any, Callable, Iterable, Mapping, Sequence

from sqlalchemy import bindparam, delete, func, insert, select, update

from hadath.store.convert import now, sort_day, to_event
from hadath.store.models import ArticleRow, EventRow, EvidenceRow, MergedEventRow, Source

E = EventRow.__table__.c
M = MergedEventRow.__table__.c
A = ArticleRow.__table__.c
S = Source.__table__.c
V = EvidenceRow.__table__.c
_PART = 500


def touched_days(store) -> set[int]:
    """Day ordinals (0 = undated) of the events not merged yet (no cluster id): those of this
    run, of a run killed before it merged, of the API, of re-extraction."""
    with store.engine.connect() as conn:
        return set(conn.execute(select(E.sort_day).where(E.cluster_id.is_(None), E.status != "rejected")
                                .distinct()).scalars())


def _pks_for(conn, intervals: Sequence[tuple[int, int]], unmerged: bool) -> list[int]:
    """Event ids to merge (rejected events left out): every event when no interval is given and
    not ``unmerged``; else the events on days within ``intervals`` (inclusive), the unmerged ones
    (no cluster id), and every member of their clusters."""
    live = E.status != "rejected"
    if not intervals and not unmerged:
        return list(conn.execute(select(E.id).where(live).order_by(E.id)).scalars())
    found: set[int] = set()
    for lo, hi in intervals:
        found.update(conn.execute(select(E.id).where(live, E.sort_day.between(lo, hi))).scalars())
    if unmerged:
        found.update(conn.execute(select(E.id).where(live, E.cluster_id.is_(None))).scalars())
    if found:
        ids = sorted(found)
        cids: set[str] = set()
        for i in range(0, len(ids), _PART):
            cids.update(c for c in conn.execute(select(E.cluster_id).where(E.id.in_(ids[i:i + _PART]))).scalars() if c)
        cl = sorted(cids)
        for i in range(0, len(cl), _PART):
            found.update(conn.execute(select(E.id).where(live, E.cluster_id.in_(cl[i:i + _PART]))).scalars())
    return sorted(found)


def _report_rows(conn, pks: Sequence[int]) -> Iterable[tuple[Any, list]]:
    """Event rows with the article fields a merge uses (no article text), and their fatality
    evidence (all a merge reads of the evidence)."""
    q = (select(EventRow.__table__, A.ext_id, A.url, A.published, S.name.label("source_name"))
         .join(ArticleRow.__table__, A.id == E.article_pk).outerjoin(Source.__table__, S.id == A.source_id)
         .where(E.id.in_(list(pks)), E.status != "rejected").order_by(E.id))
    spans: dict[int, list] = {}
    for r in conn.execute(select(V.event_pk, V.field, V.start, V.end)
                          .where(V.event_pk.in_(list(pks)), V.field == "fatalities").order_by(V.event_pk, V.id)).mappings():
        spans.setdefault(r["event_pk"], []).append(r)
    for row in conn.execute(q).mappings():
        yield row, spans.get(row["id"], [])


def reports_for(store, intervals: Sequence[tuple[int, int]] = (), unmerged: bool = False,
                progress: Callable[[str, int, int], None] | None = None) -> list[tuple[Any, str | None]]:
    """Merge inputs: (Report keyed by event id, its cluster id) for the events :func:`_pks_for`
    selects; ``progress("reading", done, total)`` after each part read."""
    with store.engine.connect() as conn:
        return _reports(conn, _pks_for(conn, intervals, unmerged), progress)


def reports_of(store, pks: Sequence[int]) -> list[tuple[Any, str | None]]:
    """(Report, cluster id) of the given events (rejected ones left out), by event id."""
    with store.engine.connect() as conn:
        return _reports(conn, sorted(set(pks)))


def _reports(conn, pks: Sequence[int], progress: Callable[[str, int, int], None] | None = None
             ) -> list[tuple[Any, str | None]]:
    """Reports read straight from the rows, as :func:`hadath.dedupe.records.report_from_row`
    reads a record, without building one."""
    from hadath.dedupe.merge import Report

    out: list[tuple[Any, str | None]] = []
    for i in range(0, len(pks), _PART):
        for row, spans in _report_rows(conn, pks[i:i + _PART]):
            ev = to_event(row, row["ext_id"], spans)
            ev = replace(ev, source=ev.source or row["source_name"], source_url=ev.source_url or row["url"])
            out.append((Report(key=str(row["id"]), event=ev, url=ev.source_url, outlet=ev.source,
                               published=row["published"], text=ev.notes), row["cluster_id"]))
        if progress is not None:
            progress("reading", min(i + _PART, len(pks)), len(pks))
    return out


def merged_row(m) -> dict:
    """A merged_events row from a :class:`hadath.dedupe.merge.MergedEvent` (member keys = event ids)."""
    e = m.event
    return {"cluster_id": m.cluster_id, "event_date": e.event_date, "sort_day": sort_day(e.event_date),
            "event_type": e.event_type, "sub_event_type": e.sub_event_type, "country": e.country,
            "admin1": e.admin1, "location": e.location, "latitude": e.latitude, "longitude": e.longitude,
            "actor1": e.actor1, "actor2": e.actor2, "fatalities_low": m.fatalities_low,
            "fatalities_best": m.fatalities_best, "fatalities_high": m.fatalities_high,
            "event_count": len(m.members), "source_count": m.source_count,
            "members": sorted(int(k) for k in m.members), "outlets": list(m.outlets), "updated_at": now()}


def write(store, assign: Mapping[int, str], merged: Iterable[dict], drop: Iterable[str], *,
          everything: bool = False) -> None:
    """Cluster ids of events, merged rows upserted (delete + insert), stale ones dropped;
    ``everything``: the table is rebuilt."""
    merged = list(merged)
    with store._write() as conn:
        if everything:
            conn.execute(delete(MergedEventRow))
        else:
            gone = sorted(set(drop) | {r["cluster_id"] for r in merged})
            for i in range(0, len(gone), 500):
                conn.execute(delete(MergedEventRow).where(M.cluster_id.in_(gone[i:i + 500])))
        set_cluster_ids(conn, assign)
        for i in range(0, len(merged), 500):
            conn.execute(insert(MergedEventRow), merged[i:i + 500])


def set_cluster_ids(conn, assign: Mapping[int, str | None]) -> None:
    """Cluster ids of events (None: no cluster) in one executemany over the events whose id
    changes, each stamped with ``updated_at`` so that readers see a re-clustering."""
    if not assign:
        return
    want = {int(pk): None if cid is None else str(cid) for pk, cid in assign.items()}
    pks = sorted(want)
    current: dict[int, str | None] = {}
    for i in range(0, len(pks), 500):
        current.update(conn.execute(select(E.id, E.cluster_id).where(E.id.in_(pks[i:i + 500]))).all())
    t = now()
    changed = [{"pk": pk, "cid": want[pk], "t": t} for pk in pks if current.get(pk) != want[pk]]
    if changed:
        conn.execute(update(EventRow.__table__).where(E.id == bindparam("pk"))
                     .values(cluster_id=bindparam("cid"), updated_at=bindparam("t")), changed)


def any_merged(store) -> bool:
    """Whether the merged events table has a row (no count of a large table)."""
    with store.engine.connect() as conn:
        return conn.execute(select(M.cluster_id).limit(1)).first() is not None


def counts(store) -> tuple[int, int]:
    """(merged events, those with more than one report)."""
    with store.engine.connect() as conn:
        total = conn.execute(select(func.count()).select_from(MergedEventRow)).scalar_one()
        multi = conn.execute(select(func.count()).select_from(MergedEventRow)
                             .where(M.event_count > 1)).scalar_one()
    return total, multi
