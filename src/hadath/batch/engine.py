"""The batch driver: read -> de-duplicate -> extract (local or Dask workers) -> store -> merge.

Resumable by construction: each chunk's articles and events are written in one transaction
(``Store.add_many``), and before extraction every article is checked against the store
(``has_article``), so a run killed at any point and started again re-extracts only what was
not committed; nothing is lost and nothing is written twice. Near-duplicate detection sees
every input article again on a restart (already stored ones included), so it decides exactly
as an uninterrupted run would. At the end, the events of the days the run touched are merged
with their neighbours (incremental: :mod:`hadath.dedupe.incremental`).
"""
from __future__ import annotations

import sys
import time
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Callable, Iterable, Iterator

from hadath.batch.worker import ChunkResult, PipelineSpec
from hadath.errors import HadathError, InputError
from hadath.types import Article


LOOKUP = 64   # articles checked against the store in one query


@dataclass
class IngestOptions:
    db: str | None = None
    engine: str = "local"                 # local | dask
    workers: int | None = None            # default: all cores (local), 2 (dask LocalCluster)
    scheduler: str | None = None          # dask: address of an existing scheduler
    chunk_size: int = 32
    stages: tuple[str, ...] | None = None
    gazetteer: str | None = None
    factory: str | None = None            # "module:callable" building a whole pipeline
    published: date | None = None         # for articles that carry no date
    near_duplicates: bool = True
    near_threshold: float = 0.6
    merge: bool = True
    remerge: bool = False                 # merge the whole store, not only the days this run touched
    semantic: bool = True                 # sentence encoder for borderline merge pairs
    max_km: float = 10.0
    progress: bool | None = None          # None: a bar when stderr is a terminal
    dask_processes: bool = True
    write_on_workers: bool | None = None  # None: yes for dask + PostgreSQL
    timed: bool = False                   # per-stage timings (benchmark)


@dataclass
class IngestReport:
    read: int = 0                 # articles read from the inputs
    stored: int = 0               # new articles written by this run
    already: int = 0              # articles found in the store (earlier or interrupted run)
    duplicates: Counter = field(default_factory=Counter)   # url | hash | near
    events: int = 0               # events written by this run
    input_errors: int = 0
    article_errors: int = 0
    merged_events: int = 0        # events with more than one source
    clusters: int = 0
    bytes_read: int = 0
    seconds: float = 0.0
    extract_seconds: float = 0.0
    merge_seconds: float = 0.0
    stage_seconds: Counter = field(default_factory=Counter)
    messages: list[str] = field(default_factory=list)

    @property
    def failed(self) -> int:
        return self.input_errors + self.article_errors

    def summary(self) -> str:
        dups = ", ".join(f"{k} {v}" for k, v in sorted(self.duplicates.items())) or "none"
        rate = self.read / self.seconds if self.seconds else 0.0
        return (f"read {self.read} articles ({self.bytes_read / 1e6:.1f} MB) in {self.seconds:.1f} s"
                f" ({rate:.0f}/s): stored {self.stored} new with {self.events} events, {self.already} already"
                f" stored, duplicates: {dups}; {self.clusters} events after merging"
                f" ({self.merged_events} with several sources, merge {self.merge_seconds:.2f} s); {self.failed} failed")


def pipeline_version() -> str:
    from hadath import __version__

    return __version__


def make_runner(options: IngestOptions, spec: PipelineSpec, write_url: str | None = None):
    if options.engine == "local":
        from hadath.batch.local import LocalRunner

        return LocalRunner(spec, options.workers)
    if options.engine == "dask":
        from hadath.batch.dask import DaskRunner

        return DaskRunner(spec, options.workers, options.scheduler, processes=options.dask_processes,
                          write_url=write_url, version=pipeline_version())
    raise HadathError(f"unknown engine {options.engine!r} (local or dask)")


class Ingestor:
    def __init__(self, options: IngestOptions, report: Callable[[str], None] | None = None):
        self.options = options
        self.result = IngestReport()
        self._say = report or (lambda msg: print(msg, file=sys.stderr))
        self._progress = None

    # -- messages -------------------------------------------------------------------------
    def _error(self, msg: str) -> None:
        if len(self.result.messages) < 1000:
            self.result.messages.append(msg)
        if self._progress is None or not self._progress.write(f"error: {msg}"):
            self._say(f"error: {msg}")

    # -- reading and de-duplication ------------------------------------------------------
    def _articles(self, inputs: Iterable[str], store) -> Iterator[Article]:
        """New articles: bad inputs reported, duplicates within the inputs dropped, articles the
        store holds already (same text) skipped; the store is asked once per ``LOOKUP`` articles."""
        pending: list[tuple[Article, str]] = []
        for item, h in self._deduplicated(inputs):
            pending.append((item, h))
            if len(pending) >= LOOKUP:
                yield from self._unstored(store, pending)
                pending = []
        yield from self._unstored(store, pending)

    def _deduplicated(self, inputs: Iterable[str]) -> Iterator[tuple[Article, str]]:
        from hadath.dedupe.articles import ArticleDeduper, content_hash
        from hadath.ingest import read_inputs

        opts, r = self.options, self.result
        dedupe = ArticleDeduper(threshold=opts.near_threshold) if opts.near_duplicates else None
        for item in read_inputs(inputs, self._progress.meter if self._progress is not None else None):
            if isinstance(item, InputError):
                r.input_errors += 1
                self._error(str(item))
                self._tick(1 if item.line is not None else 0)
                continue
            r.read += 1
            r.bytes_read += len(item.text.encode("utf-8"))
            if opts.published is not None and item.published is None:
                item = replace(item, published=opts.published)
            h = content_hash(item.text)
            if dedupe is not None:
                dup = dedupe.check(item.id, item.text, item.url, chash=h)
                if dup is not None:
                    r.duplicates[dup.kind] += 1
                    self._tick(1)
                    continue
            yield item, h

    def _unstored(self, store, pending: list[tuple[Article, str]]) -> Iterator[Article]:
        # by content only: a known URL with new text goes through (the store updates it)
        stored = store.stored_hashes([h for _, h in pending]) if pending else set()
        for item, h in pending:
            if h in stored:
                self.result.already += 1
                self._tick(1)
            else:
                yield item

    def _chunks(self, articles: Iterator[Article]) -> Iterator[tuple[int, list[Article]]]:
        chunk: list[Article] = []
        seq = 0
        for a in articles:
            chunk.append(a)
            if len(chunk) >= self.options.chunk_size:
                yield seq, chunk
                seq, chunk = seq + 1, []
        if chunk:
            yield seq, chunk

    # -- writing ----------------------------------------------------------------------------
    def _write(self, store, res: ChunkResult, version: str) -> None:
        r = self.result
        for where, msg in res.failures:
            r.article_errors += 1
            self._error(f"{where}: {msg}")
        r.extract_seconds += res.seconds
        r.stage_seconds.update(res.stage_seconds)
        if res.written is not None:  # the worker wrote its chunk itself
            for _, created, n in res.written:
                r.stored += bool(created)
                r.already += not created
                r.events += n
            self._tick(len(res.written) + len(res.failures))
            return
        if res.items:
            for ar in store.add_many(res.items, pipeline_version=version):
                r.stored += bool(ar.created)
                r.already += not ar.created
                r.events += ar.events_written
        self._tick(len(res.items) + len(res.failures))

    def _tick(self, n: int) -> None:
        if self._progress is not None:
            self._progress.tick(n)

    # -- merging ------------------------------------------------------------------------------
    def merge(self, store) -> None:
        """Merge the events of the days this run touched with their neighbours (incremental, see
        :mod:`hadath.dedupe.incremental`); the merged events table and cluster ids follow."""
        from hadath.dedupe.incremental import merge_store

        t = time.perf_counter()
        cfg = merge_config(self.options.max_km, self.options.semantic)
        if self._progress is not None:
            cfg.progress = self._progress.stage
        stats = merge_store(store, full=self.options.remerge, config=cfg)
        self.result.clusters, self.result.merged_events = stats.clusters, stats.multi
        self.result.merge_seconds = time.perf_counter() - t

    # -- the run ------------------------------------------------------------------------------
    def run(self, inputs: Iterable[str], store=None) -> IngestReport:
        opts = self.options
        t0 = time.perf_counter()
        spec = PipelineSpec(stages=opts.stages, gazetteer=opts.gazetteer, factory=opts.factory, timed=opts.timed)
        url = opts.db
        writers = opts.write_on_workers
        if writers is None:
            writers = opts.engine == "dask" and bool(url) and url.startswith(("postgresql", "postgres:"))
        runner = make_runner(opts, spec, url if writers else None)  # workers fork before the store opens
        own = store is None
        try:
            if own:
                from hadath.store import open_store

                store = open_store(url)
            version = pipeline_version()
            inputs = list(inputs)
            if opts.progress is not False:
                from hadath.batch.progress import Progress

                # totals (so rates and ETAs) for extraction and each merge stage
                self._progress = Progress(opts.progress)
                self._progress.start(inputs)
            for res in runner.run(self._chunks(self._articles(inputs, store))):
                self._write(store, res, version)
            if opts.merge:
                self.merge(store)
        finally:
            if self._progress is not None:
                self._progress.close()
                self._progress = None
            runner.close()
            if own and store is not None:
                store.close()
        self.result.seconds = time.perf_counter() - t0
        return self.result


def merged_events(store, *, max_km: float = 10.0, semantic: bool = False, **filters) -> list:
    """The store's events merged across reports (:class:`hadath.dedupe.merge.MergedEvent`, with
    every source, figure and low/best/high). ``filters`` go to ``Store.events``."""
    from hadath.dedupe.merge import merge_events
    from hadath.dedupe.records import reports_from_rows

    return merge_events(reports_from_rows(store.events(with_text=False, **filters)), merge_config(max_km, semantic))


def merge_config(max_km: float = 10.0, semantic: bool = False):
    from hadath.dedupe.merge import MergeConfig

    cfg = MergeConfig(max_km=max_km)
    if semantic:
        from hadath.dedupe.semantic import SemanticJudge

        cfg.similarity = SemanticJudge()
    return cfg


def ingest(inputs: Iterable[str], options: IngestOptions | None = None, *, store=None,
           report: Callable[[str], None] | None = None) -> IngestReport:
    """Ingest files/directories/globs into the store at ``options.db`` (or the given ``store``)."""
    return Ingestor(options or IngestOptions(), report).run(inputs, store)
