"""Local engine: one process (in-process, no pool) or N worker processes on this machine.

Each worker builds the pipeline once (process initializer). At most ``window`` chunks are in
flight, so memory stays flat however big the input; results come back in input order.
"""
from __future__ import annotations

import multiprocessing as mp
import os
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from typing import Iterable, Iterator

from hadath.batch.worker import ChunkResult, PipelineSpec, die_with, pipeline_for, run_chunk
from hadath.types import Article


def _init(spec: PipelineSpec, driver: int) -> None:
    die_with(driver)  # no orphaned workers when the driver is killed
    # one BLAS thread per worker: the processes are the parallelism
    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(var, "1")
    pipeline_for(spec)


class LocalRunner:
    name = "local"

    def __init__(self, spec: PipelineSpec, workers: int | None = None):
        self.spec = spec
        self.workers = max(1, workers or os.cpu_count() or 1)
        self._pool: ProcessPoolExecutor | None = None
        if self.workers > 1:
            method = "fork" if "fork" in mp.get_all_start_methods() else "spawn"
            self._pool = ProcessPoolExecutor(self.workers, mp_context=mp.get_context(method),
                                             initializer=_init, initargs=(spec, os.getpid()))

    def warm_up(self) -> None:
        """Build the pipeline(s) now, so that timing excludes start-up."""
        if self._pool is None:
            pipeline_for(self.spec)
        else:
            list(self._pool.map(_noop, range(self.workers * 2)))

    def run(self, chunks: Iterable[tuple[int, list[Article]]]) -> Iterator[ChunkResult]:
        if self._pool is None:
            for seq, articles in chunks:
                yield run_chunk(seq, articles, self.spec)
            return
        window = self.workers * 2
        pending: deque = deque()
        for seq, articles in chunks:
            pending.append(self._pool.submit(run_chunk, seq, articles, self.spec))
            while len(pending) >= window:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None


def _noop(_: int) -> None:
    return None
