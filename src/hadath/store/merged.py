"""The store side of event merging: which days a run touched, the events around them, and
the merged events table with the events' cluster ids, written in one transaction."""
from __future__ import annotations

from typing import Iterable, Mapping, Sequence

from sqlalchemy import bindparam, delete, func, insert, select, update

from hadath.store import query as Q
from hadath.store.convert import now, sort_day
from hadath.store.models import EventRow, MergedEventRow

E = EventRow.__table__.c
M = MergedEventRow.__table__.c


def touched_days(store) -> set[int]:
    """Day ordinals (0 = undated) of the events not merged yet (no cluster id): those of this
    run, of a run killed before it merged, of the API, of re-extraction."""
    with store.engine.connect() as conn:
        return set(conn.execute(select(E.sort_day).where(E.cluster_id.is_(None), E.status != "rejected")
                                .distinct()).scalars())


def rows_for(store, intervals: Sequence[tuple[int, int]] = (), unmerged: bool = False) -> list[dict]:
    """Merge inputs (event records, rejected events left out): every event when no interval is
    given and not ``unmerged``; else the events on days within ``intervals`` (inclusive), the
    unmerged ones (no cluster id), and every member of their clusters."""
    live = E.status != "rejected"
    with store.engine.connect() as conn:
        if not intervals and not unmerged:
            pks = list(conn.execute(select(E.id).where(live).order_by(E.id)).scalars())
        else:
            found: set[int] = set()
            for lo, hi in intervals:
                found.update(conn.execute(select(E.id).where(live, E.sort_day.between(lo, hi))).scalars())
            if unmerged:
                found.update(conn.execute(select(E.id).where(live, E.cluster_id.is_(None))).scalars())
            if found:
                ids = sorted(found)
                cids: set[str] = set()
                for i in range(0, len(ids), 500):
                    cids.update(c for c in conn.execute(select(E.cluster_id).where(E.id.in_(ids[i:i + 500])))
                                .scalars() if c)
                cl = sorted(cids)
                for i in range(0, len(cl), 500):
                    found.update(conn.execute(select(E.id).where(live, E.cluster_id.in_(cl[i:i + 500]))).scalars())
            pks = sorted(found)
        out: list[dict] = []
        for i in range(0, len(pks), 500):
            out += Q.load_records(conn, pks[i:i + 500], with_text=False)
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
        if assign:  # one executemany: only the events whose cluster id changes
            pks = sorted(int(pk) for pk in assign)
            current: dict[int, str | None] = {}
            for i in range(0, len(pks), 500):
                current.update(conn.execute(select(E.id, E.cluster_id).where(E.id.in_(pks[i:i + 500]))).all())
            changed = [{"pk": pk, "cid": assign[pk]} for pk in pks if current.get(pk) != assign[pk]]
            if changed:
                conn.execute(update(EventRow.__table__).where(E.id == bindparam("pk")).values(cluster_id=bindparam("cid")),
                             changed)
        for i in range(0, len(merged), 500):
            conn.execute(insert(MergedEventRow), merged[i:i + 500])


def counts(store) -> tuple[int, int]:
    """(merged events, those with more than one report)."""
    with store.engine.connect() as conn:
        total = conn.execute(select(func.count()).select_from(MergedEventRow)).scalar_one()
        multi = conn.execute(select(func.count()).select_from(MergedEventRow)
                             .where(M.event_count > 1)).scalar_one()
    return total, multi
