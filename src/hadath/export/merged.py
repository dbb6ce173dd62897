"""``hadath export --merged``: one row per real-world event, read from the store's merged events.

Which reports form one event comes from the ``merged_events`` table that ingest keeps up to date
(incrementally, with the sentence encoder when it was on): nothing is clustered again, so the
export is as fast as reading the events and always agrees with the store's merged view. Each
event's row is summarized from its member events as they are now (human corrections applied,
rejected reports left out), with the table's id. A merged event is exported when one of its
reports matches the filters. Events not merged yet (posted through the API since the last
ingest) are exported as events of one report, and counted in :attr:`MergedExport.unmerged`; a
store whose merged events table was never filled (written by an older hadath) is merged in
memory, as before, and says so in :attr:`MergedExport.recomputed`.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any, Mapping

from sqlalchemy import select

from hadath.types import Event


@dataclass
class MergedExport:
    rows: list[tuple[Event, None]] = field(default_factory=list)
    unmerged: int = 0             # events exported alone because no merge has seen them yet
    recomputed: bool = False      # the store had no merged events: merged in memory instead


def _stored_groups(store, filters: Mapping[str, Any]):
    """(cluster id -> member Reports, Reports of unmerged events) for the events the filters
    select; a merged event comes whole (every member, matching or not)."""
    from hadath.store import merged as MS
    from hadath.store import query as Q

    E, M = MS.E, MS.M
    with store.engine.connect() as conn:
        hits = conn.execute(select(E.id, E.cluster_id).where(*Q.conditions(filters))).all()
        cids = sorted({c for _, c in hits if c})
        members: dict[str, list[int]] = {}
        for i in range(0, len(cids), MS._PART):
            for cid, ids in conn.execute(select(M.cluster_id, M.members).where(M.cluster_id.in_(cids[i:i + MS._PART]))):
                members[cid] = [int(x) for x in ids]
    # no cluster id yet, or one a merge interrupted before its table row was written: alone
    lone = [pk for pk, c in hits if c not in members]
    reports = {r.key: r for r, _ in MS.reports_of(store, [pk for ids in members.values() for pk in ids] + lone)}
    groups = {cid: [reports[str(pk)] for pk in ids if str(pk) in reports] for cid, ids in members.items()}
    return {c: g for c, g in groups.items() if g}, [reports[str(pk)] for pk in lone if str(pk) in reports]


def merged_export(store, filters: Mapping[str, Any]) -> MergedExport:
    """The merged events for ``hadath export --merged`` (see the module docstring)."""
    from hadath.dedupe.merge import summarize
    from hadath.store.merged import counts

    out = MergedExport()
    if counts(store)[0] == 0:
        from hadath.batch.engine import merged_events

        merged = merged_events(store, **filters)
        out.recomputed = bool(merged)
    else:
        groups, lone = _stored_groups(store, filters)
        merged = [replace(m, cluster_id=cid, event=replace(m.event, event_id_cnty=cid))
                  for cid, m in ((cid, summarize(g)) for cid, g in groups.items())]
        merged += [summarize([r]) for r in lone]
        out.unmerged = len(lone)
        merged.sort(key=lambda m: (m.event.event_date or date.min, m.cluster_id))
    out.rows = [(export_event(m), None) for m in merged]
    return out


def export_event(m) -> Event:
    """A merged event in the export's columns: every outlet, article and URL, fatalities
    low/best/high across sources, the source count and the figures in ``tags``."""
    figures = ",".join(str(f) for f in m.figures)
    tags = f"sources={m.source_count}" + (f"; fatality figures={figures}" if figures else "")
    return replace(
        m.event,
        article_id=";".join(m.article_ids),
        event_id_cnty=m.cluster_id,
        source="; ".join(m.outlets) or m.event.source,
        source_url=" ".join(m.urls) or m.event.source_url,
        fatalities=m.fatalities_best or 0,
        fatalities_low=m.fatalities_low,
        fatalities_high=m.fatalities_high,
        tags=tags if not m.event.tags else f"{m.event.tags}; {tags}",
        evidence={},
    )
