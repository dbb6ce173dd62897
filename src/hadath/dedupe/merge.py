"""Merging events across reports: one real-world event, every source that reported it.

Two event reports are *compatible* when they come from different articles and have
compatible types (:data:`COMPATIBLE_TYPES`), dates at most ``max_days`` apart, the same
resolved place or coordinates within ``max_km`` (or the same location name in the same country
when neither was geocoded), and actors that do not contradict each other (unidentified actors
fit anything). Pairs that fail only on actors, or whose distance is in the grey zone up to
``grey_km``, are *borderline*: a ``similarity(text_a, text_b)`` callable (for instance
:class:`SemanticJudge`, the multilingual sentence encoder) may accept them.

Clusters grow by complete linkage: candidate pairs are taken best first, in an order fixed by
their score and their stable keys, and two clusters join only when every cross pair is
compatible. The result depends only on the set of reports, never on their order.

Fatalities are reconciled the ACLED way: the most conservative credible figure is the best
estimate (specific figures beat vague ones such as "dozens"); low and high span every figure
reported; every figure is kept with its source.
"""
from __future__ import annotations

import hashlib
import heapq
import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any, Callable, Iterable, Mapping, Sequence

from hadath.text.normalize import normalize_key
from hadath.geo import haversine_km
from hadath.types import Event

COMPATIBLE_TYPES: frozenset[frozenset[str]] = frozenset({
    frozenset({"Explosions/Remote violence", "Violence against civilians"}),
    frozenset({"Protests", "Riots"}),
})
WILDCARD_ACTORS = ("unidentified", "unknown")
Similarity = Callable[[str, str], float]
Progress = Callable[[str, int, "int | None"], None]
EVERY = 2000   # progress is reported every EVERY steps of a stage


@dataclass(frozen=True)
class Report:
    """One event as extracted from one article, with a stable ``key`` (store pk or article#n)."""
    key: str
    event: Event
    url: str | None = None
    outlet: str | None = None
    published: date | None = None
    text: str | None = None      # sentence(s) behind the event, for the semantic check


@dataclass(frozen=True)
class SourceRef:
    key: str
    article_id: str
    url: str | None
    outlet: str | None
    published: date | None
    fatalities: int | None        # None: this source gives no figure
    fatalities_low: int | None = None
    fatalities_high: int | None = None
    estimate: bool = False


@dataclass(frozen=True)
class MergedEvent:
    cluster_id: str
    event: Event                  # representative fields, reconciled fatalities, all outlets
    members: tuple[str, ...]      # Report keys, sorted
    sources: tuple[SourceRef, ...]
    fatalities_low: int | None
    fatalities_best: int | None
    fatalities_high: int | None
    figures: tuple[int, ...] = ()

    @property
    def source_count(self) -> int:
        return len({s.article_id for s in self.sources})

    @property
    def article_ids(self) -> tuple[str, ...]:
        return tuple(sorted({s.article_id for s in self.sources}))

    @property
    def urls(self) -> tuple[str, ...]:
        return tuple(sorted({s.url for s in self.sources if s.url}))

    @property
    def outlets(self) -> tuple[str, ...]:
        return tuple(sorted({s.outlet for s in self.sources if s.outlet}))


@dataclass
class _R:
    """Pre-computed comparison features of a Report."""
    i: int
    rep: Report
    day: int | None
    lat: float | None
    lon: float | None
    place: str | None
    loc: str | None
    actors: frozenset[str]


def _actor_key(name: str | None) -> str | None:
    if not name:
        return None
    k = normalize_key(name)
    return None if not k or k.startswith(WILDCARD_ACTORS) else k


def _features(i: int, rep: Report) -> _R:
    e = rep.event
    d = e.event_date or rep.published
    place = None
    if e.place is not None and e.place.place is not None:
        place = e.place.place.id
    loc = e.location or e.location_ar or (e.place.name if e.place is not None else None)
    loc_key = f"{normalize_key(loc)}|{(e.country or '').lower()}" if loc else None
    actors = frozenset(k for k in map(_actor_key, (e.actor1, e.assoc_actor_1, e.actor2, e.assoc_actor_2)) if k)
    return _R(i, rep, d.toordinal() if d else None,
              e.latitude if e.latitude is not None and e.longitude is not None else None,
              e.longitude if e.latitude is not None and e.longitude is not None else None,
              place, loc_key, actors)


@dataclass
class MergeConfig:
    max_days: int = 1
    max_km: float = 10.0
    grey_km: float = 25.0
    min_similarity: float = 0.8
    similarity: Similarity | None = None
    cell_deg: float = field(default=0.25)
    progress: Progress | None = None    # (stage, done, total): grouping, summarizing


def _types_ok(a: Event, b: Event) -> bool:
    return a.event_type == b.event_type or frozenset({a.event_type, b.event_type}) in COMPATIBLE_TYPES


def _compare(a: _R, b: _R, cfg: MergeConfig) -> tuple[str, float]:
    """("yes" | "borderline" | "no", score) for a pair of reports."""
    ea, eb = a.rep.event, b.rep.event
    if ea.article_id == eb.article_id or not _types_ok(ea, eb):
        return "no", 0.0
    if a.day is None or b.day is None or abs(a.day - b.day) > cfg.max_days:
        return "no", 0.0
    border = False
    if a.place is not None and a.place == b.place:
        dist = 0.0
    elif a.lat is not None and b.lat is not None:
        dist = haversine_km(a.lat, a.lon, b.lat, b.lon)  # type: ignore[arg-type]
        if dist > cfg.grey_km:
            return "no", 0.0
        border = dist > cfg.max_km
    elif a.loc is not None and a.loc == b.loc:
        dist = 0.0
    else:
        return "no", 0.0
    shared = len(a.actors & b.actors)
    if a.actors and b.actors and not shared:
        border = True
    score = (1.0 - min(dist, cfg.grey_km) / cfg.grey_km) + 0.5 * shared \
        + (0.5 if ea.sub_event_type == eb.sub_event_type else 0.0) + (0.25 if a.day == b.day else 0.0)
    return ("borderline" if border else "yes"), score


def _blocks(rs: list[_R], cfg: MergeConfig) -> Iterable[tuple[_R, _R]]:
    """Candidate pairs (each once, i < j): same or adjacent days and nearby grid cells, or the
    same place / location name."""
    grid: dict[tuple[int, int, int], list[_R]] = defaultdict(list)
    named: dict[tuple[int, str], list[_R]] = defaultdict(list)
    for r in rs:
        if r.day is None:
            continue
        if r.lat is not None:
            grid[(r.day, math.floor(r.lat / cfg.cell_deg), math.floor(r.lon / cfg.cell_deg))].append(r)  # type: ignore[operator]
        for k in (r.place, r.loc):
            if k is not None:
                named[(r.day, k)].append(r)
    seen: set[tuple[int, int]] = set()

    def pairs(members: list[_R], others: list[_R] | None) -> Iterable[tuple[_R, _R]]:
        for a in members:
            for b in others or ():
                p = (a.i, b.i) if a.i < b.i else (b.i, a.i)
                if p[0] != p[1] and p not in seen:
                    seen.add(p)
                    yield (a, b) if a.i < b.i else (b, a)

    reach = max(1, math.ceil(cfg.grey_km / (111.0 * cfg.cell_deg)))
    for (day, gy, gx), members in grid.items():
        for dd in range(0, cfg.max_days + 1):
            for dy in range(-reach, reach + 1):
                for dx in range(-reach, reach + 1):
                    yield from pairs(members, grid.get((day + dd, gy + dy, gx + dx)))
    for (day, k), members in named.items():
        for dd in range(0, cfg.max_days + 1):
            yield from pairs(members, named.get((day + dd, k)))


def _text(r: Report) -> str:
    e = r.event
    return r.text or e.notes or " ".join(x for x in (e.event_type, e.sub_event_type, e.actor1 or "",
                                                     e.actor2 or "", e.location or "") if x)


class LazyJudge:
    """Borderline pairs (pair -> (text a, text b, score)) judged on demand by ``similarity``.
    Embeddings the judge can find without the encoder are fetched up front (``prefetch``); the
    first pair that needs the encoder has every borderline text embedded, in batches
    (``prepare``), so the encoder loads only when some verdict matters."""

    def __init__(self, border: dict[tuple[int, int], tuple[str, str, float]], similarity: Similarity | None,
                 min_similarity: float):
        self.pending = border
        self.similarity = similarity
        self.min = min_similarity
        self.judged = 0
        self._texts = sorted({t for a, b, _ in border.values() for t in (a, b)})
        self._prepared = False
        prefetch = getattr(similarity, "prefetch", None)
        if prefetch is not None and self._texts:
            prefetch(self._texts)

    def verdict(self, p: tuple[int, int]) -> float | None:
        """Judge pending pair ``p``: its score when accepted (the score of a sure pair less what
        the similarity falls short of 1), else None."""
        a, b, score = self.pending.pop(p)
        if not self._prepared:
            cached, prepare = getattr(self.similarity, "cached", None), getattr(self.similarity, "prepare", None)
            if prepare is not None and not (cached is not None and cached(a) and cached(b)):
                prepare(self._texts)
                self._prepared = True
        self.judged += 1
        sim = min(1.0, self.similarity(a, b))  # type: ignore[misc]
        return score + sim - 1.0 if sim >= self.min else None


def cluster(reports: Sequence[Report], config: MergeConfig | None = None,
            fixed: Mapping[str, str] | None = None) -> list[list[Report]]:
    """Groups of reports of the same event (each group sorted by key; groups by first key).

    ``fixed`` (report key -> group id) holds groups decided earlier (incremental merging): they
    stay together, two of them never join, and only pairs with a report outside them are
    compared, so new reports join existing groups or form new ones."""
    cfg = config or MergeConfig()
    ordered = sorted(reports, key=lambda r: r.key)
    if len({r.key for r in ordered}) != len(ordered):
        raise ValueError("report keys must be unique")
    rs = [_features(i, r) for i, r in enumerate(ordered)]
    fixed = fixed or {}
    old = [r.key in fixed for r in ordered]
    ok: dict[tuple[int, int], float] = {}
    border: dict[tuple[int, int], tuple[str, str, float]] = {}
    for a, b in _blocks(rs, cfg):  # blocking by day and place first: no embedding for other pairs
        if old[a.i] and old[b.i]:
            continue
        verdict, score = _compare(a, b, cfg)
        if verdict == "yes":
            ok[(a.i, b.i)] = score
        elif verdict == "borderline" and cfg.similarity is not None:
            border[(a.i, b.i)] = (_text(a.rep), _text(b.rep), score)
    judge = LazyJudge(border, cfg.similarity, cfg.min_similarity)
    owner = list(range(len(rs)))
    groups: dict[int, list[int]] = {i: [i] for i in range(len(rs))}
    arts: dict[int, set[str]] = {i: {r.rep.event.article_id} for i, r in enumerate(rs)}
    first: dict[str, int] = {}
    for r in rs:  # the fixed groups, formed up front
        gid = fixed.get(r.rep.key)
        if gid is None:
            continue
        keep = first.setdefault(gid, r.i)
        if keep != r.i:
            owner[r.i] = keep
            groups[keep].extend(groups.pop(r.i))
            arts[keep] |= arts.pop(r.i)
    # pairs best first (score, then keys); a borderline pair enters at its best possible score
    # (similarity 1) and is judged only when its groups could still join, so the encoder runs for
    # the pairs whose verdict matters; the result is that of judging every pair first
    heap = [(-sc, p, True) for p, sc in ok.items()] + [(-sc, p, False) for p, (_, _, sc) in border.items()]
    heapq.heapify(heap)
    pairs, popped, report = len(heap), 0, cfg.progress

    def accepted(p: tuple[int, int]) -> bool:
        if p in ok:
            return True
        if p not in judge.pending:
            return False
        sc = judge.verdict(p)
        if sc is not None:
            ok[p] = sc
            heapq.heappush(heap, (-sc, p, True))
        return sc is not None

    while heap:
        _, (i, j), exact = heapq.heappop(heap)
        popped += 1
        if report is not None and popped % EVERY == 0:  # an accepted borderline pair comes back once
            report("grouping", min(popped, pairs), pairs)
        gi, gj = owner[i], owner[j]
        if gi == gj or arts[gi] & arts[gj]:
            continue
        cross = [(min(x, y), max(x, y)) for x in groups[gi] for y in groups[gj]]
        if not all(p in ok or p in judge.pending for p in cross):
            continue  # some pair can never be accepted: no verdict would let these join
        if not exact:
            accepted((i, j))  # judged now: when accepted it comes back at its exact score
            continue
        if all(accepted(p) for p in cross):
            keep, gone = min(gi, gj), max(gi, gj)
            for x in groups[gone]:
                owner[x] = keep
            groups[keep].extend(groups.pop(gone))
            arts[keep] |= arts.pop(gone)
    if report is not None:
        report("grouping", pairs, pairs)
    return [[ordered[i] for i in sorted(members)] for _, members in sorted(groups.items())]


def _reported(e: Event) -> bool:
    return bool(e.evidence.get("fatalities")) or e.fatalities > 0 \
        or e.fatalities_low is not None or e.fatalities_high is not None


def reconcile(sources: Sequence[SourceRef]) -> tuple[int | None, int | None, int | None]:
    """(low, best, high) over the sources' figures; best is the most conservative credible one."""
    figs = [s for s in sources if s.fatalities is not None]
    if not figs:
        return None, None, None
    specific = [s for s in figs if not s.estimate] or figs
    best = min(s.fatalities for s in specific)  # type: ignore[type-var]
    low = min(min(s.fatalities, s.fatalities_low if s.fatalities_low is not None else s.fatalities) for s in figs)  # type: ignore[type-var]
    high = max(max(s.fatalities, s.fatalities_high if s.fatalities_high is not None else s.fatalities) for s in figs)  # type: ignore[type-var]
    return low, best, high


def _mode(values: Iterable[Any], tie: Callable[[Any], Any] = lambda v: v) -> Any:
    counts = Counter(v for v in values if v not in (None, ""))
    if not counts:
        return None
    return min(counts, key=lambda v: (-counts[v], tie(v)))


def cluster_id(keys: Iterable[str]) -> str:
    return "m-" + hashlib.sha1("\x1f".join(sorted(keys)).encode("utf-8")).hexdigest()[:16]


def summarize(group: Sequence[Report]) -> MergedEvent:
    """One MergedEvent from a group of reports of the same event."""
    group = sorted(group, key=lambda r: r.key)
    sources = tuple(SourceRef(
        key=r.key, article_id=r.event.article_id, url=r.url or r.event.source_url,
        outlet=r.outlet or r.event.source, published=r.published,
        fatalities=r.event.fatalities if _reported(r.event) else None,
        fatalities_low=r.event.fatalities_low, fatalities_high=r.event.fatalities_high,
        estimate=r.event.fatalities_estimate) for r in group)
    low, best, high = reconcile(sources)
    events = [r.event for r in group]
    etype = _mode(e.event_type for e in events)
    sub = _mode(e.sub_event_type for e in events if e.event_type == etype)
    day = _mode((e.event_date for e in events), tie=lambda d: d.toordinal())
    # the most precisely placed report gives the geography (then the most common location)
    loc_counts = Counter(e.location for e in events)
    geo = min(group, key=lambda r: (r.event.geo_precision or 9, r.event.latitude is None,
                                    -loc_counts[r.event.location], r.key)).event
    lead = min(group, key=lambda r: (r.event.event_type != etype, r.published or date.max, r.key))
    a1 = _mode(e.actor1 for e in events)
    a2 = _mode(e.actor2 for e in events if e.actor2 != a1)
    outlets = sorted({s.outlet for s in sources if s.outlet})
    cid = cluster_id(r.key for r in group)
    first_a1 = next((e for e in events if e.actor1 == a1), lead.event)
    first_a2 = next((e for e in events if e.actor2 == a2), lead.event)
    tp = [e.time_precision for e in events if e.event_date == day and e.time_precision]
    ev = replace(
        lead.event, event_type=etype, sub_event_type=sub or lead.event.sub_event_type,
        event_date=day, time_precision=min(tp) if tp else lead.event.time_precision,
        actor1=a1, inter1=first_a1.inter1 if a1 else None, assoc_actor_1=first_a1.assoc_actor_1 if a1 else None,
        actor2=a2, inter2=first_a2.inter2 if a2 else None, assoc_actor_2=first_a2.assoc_actor_2 if a2 else None,
        iso=geo.iso, region=geo.region, country=geo.country, admin1=geo.admin1, admin2=geo.admin2,
        admin3=geo.admin3, location=geo.location, location_ar=geo.location_ar, latitude=geo.latitude,
        longitude=geo.longitude, geo_precision=geo.geo_precision, place=geo.place,
        source="; ".join(outlets) or lead.event.source,
        fatalities=best or 0, fatalities_low=low, fatalities_high=high,
        fatalities_estimate=bool(best is not None and all(s.estimate for s in sources if s.fatalities is not None)),
        event_id_cnty=cid,
        flags=tuple(sorted(set(lead.event.flags) | ({"merged"} if len(group) > 1 else set()))),
    )
    figures = tuple(sorted(s.fatalities for s in sources if s.fatalities is not None))
    return MergedEvent(cid, ev, tuple(r.key for r in group), sources, low, best, high, figures)


def merge_events(reports: Sequence[Report], config: MergeConfig | None = None,
                 fixed: Mapping[str, str] | None = None, **options) -> list[MergedEvent]:
    """Merge reports of the same event; returns every event (single reports too), sorted by
    date then cluster id. ``options`` are :class:`MergeConfig` fields; ``fixed``: see
    :func:`cluster`."""
    cfg = config or MergeConfig(**options)
    groups = cluster(reports, cfg, fixed)
    merged = []
    for n, g in enumerate(groups, 1):
        merged.append(summarize(g))
        if cfg.progress is not None and (n % EVERY == 0 or n == len(groups)):
            cfg.progress("summarizing", n, len(groups))
    return sorted(merged, key=lambda m: (m.event.event_date or date.min, m.cluster_id))


def assignments(merged: Iterable[MergedEvent]) -> dict[str, str]:
    """Report key -> cluster id (what Store.set_clusters stores, once keys are event pks)."""
    return {k: m.cluster_id for m in merged for k in m.members}
