"""The watch loop: read the sources that are due, ingest what is new, merge, alert, sleep.

Sources are read in a thread pool (polite per-host limits live in the fetcher); each finished
source is ingested on the main thread through the same pieces as ``hadath ingest``: article
de-duplication (URL, content hash, MinHash near-duplicates), the pipeline (``PipelineSpec`` and
the local runner), ``Store.add_many`` and event merging (``merged_events`` + ``set_clusters``).
A source that fails (timeout, HTTP error, garbage, too big) is reported, backs off (doubling its
interval, capped) and never stops the others. Items are marked seen only once their articles are
stored, so a watch killed at any point loses nothing and, restarted, re-reads only what it had
not stored; alerts already fired are in the store and do not fire again.
"""
from __future__ import annotations

import sys
import threading
import time
from concurrent.futures import Future, ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from typing import Callable

from hadath.errors import HadathError, InputError
from hadath.types import Article
from hadath.watch.alerts import Alerter
from hadath.watch.config import SourceSpec, WatchConfig
from hadath.watch.fetch import Fetcher, FetchError
from hadath.watch.sources import Item, check_language, list_items, take_new
from hadath.watch.state import SourceState, WatchState, backoff, utcnow

DEDUPE_SEED = 2000         # recent stored articles the near-duplicate index starts with
MERGE_MARGIN_DAYS = 3      # events this close to a new event's date are merged again with it
SEEN_KEEP = timedelta(days=30)   # a seen item the source no longer lists is forgotten after this
PRUNE_EVERY = 24 * 3600.0        # seconds between two prunings of one source's seen items


@dataclass
class WatchOptions:
    workers: int = 1                  # pipeline processes (1: in this process)
    chunk_size: int = 32
    gazetteer: str | None = None
    near_duplicates: bool = True
    near_threshold: float = 0.6
    merge: bool = True
    semantic: bool = False
    max_km: float = 10.0


@dataclass
class SourceRead:
    spec: SourceSpec
    status: str = "ok"                # ok | not-modified | error
    error: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    complete: bool = True             # every new item loaded: the validators may be saved
    loaded: list[tuple[Item, list]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    listed: set[str] = field(default_factory=set)   # every item key the source lists now


@dataclass
class CycleReport:
    sources_read: int = 0
    failed: int = 0
    not_modified: int = 0
    items: int = 0
    articles: int = 0
    duplicates: int = 0
    stored: int = 0
    events: int = 0
    alerts: int = 0
    errors: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return (f"read {self.sources_read} source(s) ({self.not_modified} unchanged, {self.failed} failed): "
                f"{self.items} new item(s), {self.stored} new article(s) with {self.events} event(s), "
                f"{self.duplicates} duplicate(s), {self.alerts} alert(s)")


class Watcher:
    def __init__(self, config: WatchConfig, store, options: WatchOptions | None = None,
                 say: Callable[[str], None] | None = None, fetcher: Fetcher | None = None,
                 verbose: bool = False):
        self.config = config
        self.verbose = verbose   # also say so when a round found nothing new
        self.settings = config.settings
        self.store = store
        self.options = options or WatchOptions()
        self.say = say or (lambda m: print(m, file=sys.stderr, flush=True))
        self.fetcher = fetcher or Fetcher.from_settings(self.settings)
        self.state = WatchState(store)
        self.rows: dict[str, SourceState] = self.state.sync_sources(config.sources)
        self.state.sync_rules(config.rules)
        self.alerter = Alerter(store, self.state, config.rules, self.say)
        self._runner = None
        self._deduper = None
        self._pruned: dict[str, float] = {}
        if self.options.workers > 1:
            self._pipeline()   # worker processes fork before any fetch thread exists
        self._pool = ThreadPoolExecutor(max(1, self.settings.workers), thread_name_prefix="watch-fetch")
        self.stop_event = threading.Event()

    # ---- scheduling -------------------------------------------------------------------------
    def due(self, now: datetime) -> list[SourceSpec]:
        return [s for s in self.config.sources
                if self.rows[s.name].next_due_at is None or self.rows[s.name].next_due_at <= now]

    def next_wake(self) -> datetime | None:
        times = [r.next_due_at for r in self.rows.values() if r.next_due_at is not None]
        return min(times) if times else None

    def run(self, *, once: bool = False, max_cycles: int | None = None) -> list[CycleReport]:
        """Read sources as they fall due until stopped (``once``: every source once, then return)."""
        reports = []
        try:
            while not self.stop_event.is_set():
                now = utcnow()
                specs = self.config.sources if once else self.due(now)
                pause = None
                if specs:
                    try:
                        reports.append(self.cycle(specs))
                    except Exception as exc:  # noqa: BLE001 - e.g. the database went away: say so, try again
                        reports.append(CycleReport(failed=len(specs), errors=[f"{type(exc).__name__}: {exc}"]))
                        self.say(f"error: this round failed ({type(exc).__name__}: {exc}); trying again later")
                        pause = min(60.0, min(s.interval for s in specs))
                    r = reports[-1]
                    if pause is None and (once or self.verbose or r.items or r.failed or r.alerts):
                        self.say(r.summary())
                if once or (max_cycles is not None and len(reports) >= max_cycles):
                    break
                wake = self.next_wake()
                wait = 1.0 if wake is None else max(0.05, (wake - utcnow()).total_seconds())
                self.stop_event.wait(pause if pause is not None else min(wait, 60.0))
        finally:
            self.close()
        return reports

    # ---- one cycle --------------------------------------------------------------------------
    def cycle(self, specs: list[SourceSpec]) -> CycleReport:
        report = CycleReport()
        since = self.state.checked_upto()
        futures: dict[Future, SourceSpec] = {self._pool.submit(self._read, s): s for s in specs}
        new_pks: list[int] = []
        origin: dict[str, dict] = {}
        for fut in as_completed(futures):
            spec = futures[fut]
            try:
                read = fut.result()
            except Exception as exc:  # noqa: BLE001 - a bug in one source's reading stops only that source
                read = SourceRead(spec, "error", f"{spec.location}: {type(exc).__name__}: {exc}")
            try:
                self._finish(read, report, new_pks, origin)
            except Exception as exc:  # noqa: BLE001 - storing one source's items failed: the others go on
                report.sources_read -= 1
                msg = str(exc) if isinstance(exc, HadathError) else f"{type(exc).__name__}: {exc}"
                self._finish(SourceRead(spec, "error", msg[:2000]), report, new_pks, origin)
        if new_pks and self.options.merge:
            merged = self._merge(new_pks)
            alerts = self.alerter.check(merged, since, origin)
            report.alerts += len(alerts.fired)
            report.errors.extend(alerts.errors)
        elif new_pks:
            self.say("note: --no-merge: alerts need merged events and were not checked")
        self.state.set_meta("alerts_checked_upto", str(max([since, *new_pks])))
        return report

    def _read(self, spec: SourceSpec) -> SourceRead:
        """In a fetch thread: list the source, then load its new items."""
        row = self.rows[spec.name]
        try:
            listing = list_items(spec, self.fetcher, etag=row.etag, last_modified=row.last_modified,
                                 summary_chars=self.settings.summary_chars)
        except FetchError as exc:
            return SourceRead(spec, "error", str(exc))
        read = SourceRead(spec, listing.status, None, listing.etag, listing.last_modified, notes=listing.notes,
                          listed={i.key for i in listing.items})
        seen = self.state.seen(row.id, [i.key for i in listing.items])
        new, left = take_new(listing.items, seen, self.settings.max_items)
        if left:
            read.complete = False
            read.notes.append(f"{spec.name}: {left} more new item(s) left for the next read")
        for item in new:
            if self.stop_event.is_set():
                read.complete = False
                break
            loaded = check_language(spec, item.load())
            read.loaded.append((item, loaded))
        return read

    def _finish(self, read: SourceRead, report: CycleReport, new_pks: list[int], origin: dict) -> None:
        """On the main thread: ingest a source's new articles and record how the read went."""
        spec, row = read.spec, self.rows[read.spec.name]
        report.sources_read += 1
        for note in read.notes:
            self.say(f"note: {note}")
        if read.status == "error":
            report.failed += 1
            failures = row.failures + 1
            wait = backoff(spec.interval, failures, self.settings.max_backoff)
            self.say(f"error: source {spec.name}: {read.error} (retry in {wait.total_seconds():.0f} s)")
            report.errors.append(f"{spec.name}: {read.error}")
            self._record(spec, status="error", error=read.error, failures=failures, wait=wait)
            return
        if read.status == "not-modified":
            report.not_modified += 1
        articles: list[Article] = []
        done_keys: list[str] = []
        for item, loaded in read.loaded:
            report.items += 1
            failed = False
            for a in loaded:
                if isinstance(a, InputError):
                    self.say(f"error: source {spec.name}: {a}")
                    report.errors.append(f"{spec.name}: {a}")
                    failed = failed or "timed out" in a.message or "HTTP 5" in a.message
                    continue
                if not a.source:
                    a = replace(a, source=spec.name)
                articles.append(a)
                origin[a.id] = {"watch_source": spec.name, "source_country": spec.country}
            if failed:
                read.complete = False   # a transient failure: try the item again next read
            else:
                done_keys.append(item.key)
        stored = self._ingest(articles, report, new_pks) if articles else 0
        self.state.mark_seen(row.id, done_keys)
        if read.status == "ok" and time.monotonic() >= self._pruned.get(spec.name, 0.0):
            self.state.prune_seen(row.id, read.listed, utcnow() - SEEN_KEEP)
            self._pruned[spec.name] = time.monotonic() + PRUNE_EVERY
        self._record(spec, status=read.status, error=None, failures=0, wait=timedelta(seconds=spec.interval),
                     etag=read.etag if read.complete else None,
                     last_modified=read.last_modified if read.complete else None,
                     items=len(done_keys), articles=stored, success=True)

    def _record(self, spec: SourceSpec, *, status: str, error: str | None, failures: int, wait: timedelta,
                etag: str | None = None, last_modified: str | None = None, items: int = 0, articles: int = 0,
                success: bool = False) -> None:
        row = self.rows[spec.name]
        due = utcnow() + wait
        self.state.record_read(row.id, status=status, error=error, etag=etag, last_modified=last_modified,
                               failures=failures, next_due_at=due, items=items, articles=articles, success=success)
        if success:
            row.etag, row.last_modified = etag, last_modified
        row.failures, row.next_due_at = failures, due

    # ---- ingest: the same dedupe, pipeline, store and merge as `hadath ingest` ---------------------
    def _dedupe(self):
        if self._deduper is None and self.options.near_duplicates:
            from sqlalchemy import select

            from hadath.dedupe.articles import ArticleDeduper
            from hadath.store.models import ArticleRow

            A = ArticleRow.__table__.c
            self._deduper = ArticleDeduper(threshold=self.options.near_threshold)
            with self.store.engine.connect() as conn:
                rows = conn.execute(select(A.ext_id, A.text, A.url, A.content_hash)
                                    .order_by(A.id.desc()).limit(DEDUPE_SEED)).all()
            for r in reversed(rows):
                self._deduper.check(r.ext_id, r.text, r.url, chash=r.content_hash)
        return self._deduper

    def _pipeline(self):
        if self._runner is None:
            from hadath.batch.engine import IngestOptions, make_runner
            from hadath.batch.worker import PipelineSpec

            spec = PipelineSpec(gazetteer=self.options.gazetteer)
            self._runner = make_runner(IngestOptions(engine="local", workers=self.options.workers), spec)
        return self._runner

    def _ingest(self, articles: list[Article], report: CycleReport, new_pks: list[int]) -> int:
        from hadath.batch.engine import pipeline_version
        from hadath.dedupe.articles import content_hash

        dedupe = self._dedupe()
        fresh: list[Article] = []
        for a in articles:
            h = content_hash(a.text)
            if dedupe is not None and dedupe.check(a.id, a.text, a.url, chash=h) is not None:
                report.duplicates += 1
                continue
            if self.store.has_article(content_hash=h):
                report.duplicates += 1
                continue
            fresh.append(a)
        report.articles += len(articles)
        if not fresh:
            return 0
        size = self.options.chunk_size
        chunks = ((i // size, fresh[i:i + size]) for i in range(0, len(fresh), size))
        version, stored, with_events = pipeline_version(), 0, []
        for res in self._pipeline().run(chunks):
            for where, msg in res.failures:
                self.say(f"error: {where}: {msg}")
                report.errors.append(f"{where}: {msg}")
            for ar in self.store.add_many(res.items, pipeline_version=version):
                stored += bool(ar.created)
                report.events += ar.events_written
                if ar.events_written:
                    with_events.append(ar.article_pk)
        new_pks.extend(self._events_of(with_events))
        report.stored += stored
        return stored

    def _events_of(self, article_pks: list[int]) -> list[int]:
        from sqlalchemy import select

        from hadath.store.models import EventRow

        E = EventRow.__table__.c
        out: list[int] = []
        with self.store.engine.connect() as conn:
            for i in range(0, len(article_pks), 500):
                out += conn.execute(select(E.id).where(E.article_pk.in_(article_pks[i:i + 500]))).scalars().all()
        return out

    def _merge(self, new_pks: list[int]) -> list:
        """Merge the new events with the stored events near their dates (a merged event spans at
        most ``max_days``, so nothing farther can join it) and store the cluster ids."""
        from hadath.batch.engine import merged_events
        from hadath.dedupe.merge import assignments

        days, undated = self._event_days(new_pks)
        merged = []
        if days:
            lo, hi = min(days) - timedelta(days=MERGE_MARGIN_DAYS), max(days) + timedelta(days=MERGE_MARGIN_DAYS)
            merged = merged_events(self.store, max_km=self.options.max_km, semantic=self.options.semantic,
                                   date_from=lo, date_to=hi)
        for article_pk in undated:  # undated reports merge with nothing: each is an event of its own
            merged += [m for m in merged_events(self.store, max_km=self.options.max_km, article_pk=article_pk)
                       if m.event.event_date is None]
        self.store.set_clusters({int(k): cid for k, cid in assignments(merged).items() if str(k).isdigit()})
        return merged

    def _event_days(self, pks: list[int]) -> tuple[list[date], list[int]]:
        """The dates of these events, and the articles of those without a date."""
        from sqlalchemy import select

        from hadath.store.models import EventRow

        E = EventRow.__table__.c
        days, undated = [], set()
        with self.store.engine.connect() as conn:
            for i in range(0, len(pks), 500):
                for d, apk in conn.execute(select(E.event_date, E.article_pk).where(E.id.in_(pks[i:i + 500]))):
                    if d is None:
                        undated.add(apk)
                    else:
                        days.append(d)
        return days, sorted(undated)

    def close(self) -> None:
        self.stop_event.set()
        self._pool.shutdown(wait=True, cancel_futures=True)
        if self._runner is not None:
            self._runner.close()
            self._runner = None
