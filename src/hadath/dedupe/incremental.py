"""Merging events in a store incrementally: new articles join existing merged events.

The events not merged yet (no cluster id: a run's new events, those of a run killed before it
merged, of the API or of re-extraction) are compared with the stored events within
``max_days`` of their days and with every member of those events' merged events (complete
linkage needs them all). Existing merged events stay as they are (two never join, none is split);
a new event joins one when it is compatible with every member, or forms a new one with other
new events. A merged event that gains members keeps its id. Nothing else in the store is read,
so adding one article costs the same in a small or a large store. ``full=True`` (or an empty
merged events table) merges the whole store from scratch (``hadath ingest --remerge``).
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace

from hadath.dedupe.merge import MergeConfig, MergedEvent, merge_events


@dataclass
class MergeStats:
    clusters: int          # merged events in the store
    multi: int             # of which with more than one report
    loaded: int            # events read for this merge
    written: int           # merged events (re)written
    encoded: int = 0       # texts embedded by the sentence encoder
    reused: int = 0        # embeddings found in the store's cache instead


def _intervals(days: set[int], reach: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for d in sorted(x for x in days if x > 0):
        lo, hi = d - reach, d + reach
        if out and lo <= out[-1][1] + 1:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


def _keep_old_id(m: MergedEvent, old: dict[str, str | None]) -> MergedEvent:
    """A merged event that grew from a stored one keeps the stored id."""
    ids = Counter(old[k] for k in m.members if old.get(k))
    if not ids:
        return m
    cid = min(ids, key=lambda c: (-ids[c], c))  # type: ignore[type-var]
    return replace(m, cluster_id=cid, event=replace(m.event, event_id_cnty=cid))


def merge_store(store, *, full: bool = False, config: MergeConfig | None = None) -> MergeStats:
    """Merge the store's unmerged events (all of them when ``full``); a semantic judge without a
    backing store uses the store's embeddings table for the time of the merge. A transient
    database failure (a server restart) runs the merge again: it writes in one transaction."""
    from hadath.store.tx import retrying

    cfg = config or MergeConfig()
    judge = cfg.similarity
    attach = hasattr(judge, "backing") and judge.backing is None  # type: ignore[union-attr]
    if attach:
        from hadath.store.embeddings import StoredEmbeddings

        judge.backing = StoredEmbeddings(store)  # type: ignore[union-attr]
    show = cfg.progress is not None and getattr(judge, "progress", False) is None
    if show:
        judge.progress = cfg.progress  # type: ignore[union-attr]
    try:
        # a database restart mid-merge rolls the one write transaction back: merge again
        return retrying(lambda: _merge(store, full, cfg))
    finally:
        if attach:
            judge.backing = None  # type: ignore[union-attr]
        if show:
            judge.progress = None  # type: ignore[union-attr]


def _merge(store, full: bool, cfg: MergeConfig) -> MergeStats:
    from hadath.store import merged as MS

    everything = full or not MS.any_merged(store)
    if everything:
        rows = MS.reports_for(store, progress=cfg.progress)
        merged = merge_events([r for r, _ in rows], cfg)
        chosen: list[MergedEvent] = merged
        drop: set[str] = set()
    else:
        days = MS.touched_days(store)
        if not days:
            total, multi = MS.counts(store)
            return MergeStats(total, multi, 0, 0)
        rows = MS.reports_for(store, _intervals(days, cfg.max_days), unmerged=True, progress=cfg.progress)
        old = {r.key: c for r, c in rows}
        fixed = {k: c for k, c in old.items() if c}
        merged = merge_events([r for r, _ in rows], cfg, fixed=fixed)
        chosen = [_keep_old_id(m, old) for m in merged if any(k not in fixed for k in m.members)]
        drop = {c for m in chosen for k in m.members if (c := old.get(k))}
    assign = {int(k): m.cluster_id for m in chosen for k in m.members}
    if cfg.progress is not None:
        cfg.progress("writing", 0, len(chosen))
    MS.write(store, assign, [MS.merged_row(m) for m in chosen], drop, everything=everything)
    if cfg.progress is not None:
        cfg.progress("writing", len(chosen), len(chosen))
    total, multi = MS.counts(store)
    return MergeStats(total, multi, len(rows), len(chosen), getattr(cfg.similarity, "encoded", 0),
                      getattr(cfg.similarity, "reused", 0))
