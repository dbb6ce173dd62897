"""Dask engine: the same chunks run on a ``distributed`` cluster.

By default a LocalCluster (``workers`` processes, one thread each) is started and stopped
here; with ``scheduler="tcp://host:8786"`` an existing cluster is used (its workers need
hadath installed). Results are funnelled back to this process, which writes them (SQLite has
one writer). With ``write_url`` (PostgreSQL, which takes many writers) each worker writes its
own chunks and only a summary comes back.
"""
from __future__ import annotations

import logging
from typing import Iterable, Iterator

from hadath.batch.worker import ChunkResult, PipelineSpec, die_with, pipeline_for, run_chunk
from hadath.types import Article

_STORES: dict[str, object] = {}

# Settings for the LocalCluster this runner starts (workers get them when they spawn). Dask's
# defaults are for interactive use: a statistical profiler in every worker samples the running
# task's stack every 10 ms, the event loops check their health every 20 ms, the nannies read each
# worker's memory every 100 ms and the scheduler polls psutil every 500 ms. On a 2-core machine that
# was 36 ms of CPU per second per idle worker and 56 ms/s in this process (scheduler and nannies
# live here), CPU the extraction needs. The memory limit still applies, checked once a second.
QUIET_CLUSTER = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "500ms",
    "distributed.admin.system-monitor.interval": "5s",
    "distributed.worker.memory.monitor-interval": "1s",
}


def dask_chunk(seq: int, articles: list[Article], spec: PipelineSpec,
               write_url: str | None = None, version: str | None = None) -> ChunkResult:
    res = run_chunk(seq, articles, spec)
    if write_url:
        store = _STORES.get(write_url)
        if store is None:
            from hadath.store import open_store

            store = _STORES[write_url] = open_store(write_url)
        results = store.add_many(res.items, pipeline_version=version or "")  # type: ignore[attr-defined]
        res.written = [(a.id, r.created, r.events_written) for (a, _), r in zip(res.items, results)]
        res.items = []
    return res


def _warm(spec: PipelineSpec) -> bool:
    pipeline_for(spec)
    return True


class DaskRunner:
    name = "dask"

    def __init__(self, spec: PipelineSpec, workers: int | None = None, scheduler: str | None = None,
                 processes: bool = True, write_url: str | None = None, version: str | None = None):
        from distributed import Client, LocalCluster

        self.spec, self.write_url, self.version = spec, write_url, version
        self.cluster = None
        if scheduler:
            self.client = Client(scheduler)
        else:
            import dask

            with dask.config.set(QUIET_CLUSTER):
                self.cluster = LocalCluster(n_workers=workers or 2, threads_per_worker=1, processes=processes,
                                            dashboard_address=None, silence_logs=logging.ERROR)
            # results come straight from the worker, not relayed through the scheduler (which
            # runs in this process and would receive and resend every result)
            self.client = Client(self.cluster, direct_to_workers=True)
            if processes:  # worker processes of our own cluster end with this process, even on kill -9
                import os

                self.client.run(die_with, os.getpid())
        self.workers = max(1, len(self.client.scheduler_info().get("workers", {})) or (workers or 2))

    def warm_up(self) -> None:
        self.client.run(_warm, self.spec)

    def run(self, chunks: Iterable[tuple[int, list[Article]]]) -> Iterator[ChunkResult]:
        from distributed import as_completed

        window = self.workers * 2
        ac = as_completed()
        for seq, articles in chunks:
            ac.add(self.client.submit(dask_chunk, seq, articles, self.spec, self.write_url, self.version,
                                      pure=False))
            while ac.count() >= window:
                yield next(ac).result()
        for fut in ac:
            yield fut.result()

    def close(self) -> None:
        try:
            self.client.close()
        finally:
            if self.cluster is not None:
                self.cluster.close()
