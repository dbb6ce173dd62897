"""What runs inside a worker: build the pipeline once, extract a chunk of articles.

A :class:`PipelineSpec` (picklable) says how to build the pipeline: stage names (a name with
a ``:`` is a ``module:factory`` plug-in, registered on the fly), the gazetteer, or a whole
``factory`` ("module:callable" returning a pipeline). Workers keep one pipeline per spec.
"""
from __future__ import annotations

import os
import threading
import time
from dataclasses import dataclass, field
from typing import Any, Sequence

from hadath.types import Article, Event


@dataclass(frozen=True)
class PipelineSpec:
    stages: tuple[str, ...] | None = None
    gazetteer: str | None = None
    factory: str | None = None
    timed: bool = False

    def build(self):
        import importlib

        from hadath import load
        from hadath.pipeline import REGISTRY, PipelineConfig, register

        if self.factory:
            module, _, attr = self.factory.partition(":")
            pipeline = getattr(importlib.import_module(module), attr)()
        else:
            for name in self.stages or ():
                if ":" in name and name not in REGISTRY:
                    register(name, name)
            pipeline = load(stages=list(self.stages) if self.stages else None,
                            config=PipelineConfig(gazetteer=self.gazetteer))
        return TimedPipeline(pipeline) if self.timed else pipeline


class TimedPipeline:
    """Wraps a pipeline's stages to add up the time spent in each (for the benchmark)."""

    def __init__(self, pipeline):
        self.pipeline = pipeline
        self.times: dict[str, float] = {}
        self.stages = pipeline.stages
        pipeline.stages = [self._wrap(s) for s in pipeline.stages]

    def _wrap(self, stage):
        times, name = self.times, stage.name
        times.setdefault(name, 0.0)

        class Timed:
            requires, assigns = stage.requires, stage.assigns

            def __call__(self, doc):
                t = time.perf_counter()
                try:
                    return stage(doc)
                finally:
                    times[name] += time.perf_counter() - t
        Timed.name = name  # type: ignore[attr-defined]
        return Timed()

    def __call__(self, article):
        return self.pipeline(article)

    def take_times(self) -> dict[str, float]:
        out = dict(self.times)
        for k in self.times:
            self.times[k] = 0.0
        return out


@dataclass
class ChunkResult:
    """Extraction output of one chunk: (article, events) pairs, failures, timings."""
    seq: int
    items: list[tuple[Article, tuple[Event, ...]]] = field(default_factory=list)
    failures: list[tuple[str, str]] = field(default_factory=list)   # (where, message)
    stage_seconds: dict[str, float] = field(default_factory=dict)
    seconds: float = 0.0
    written: Any = None     # set when the worker wrote to the store itself


_PIPELINES: dict[PipelineSpec, Any] = {}


def pipeline_for(spec: PipelineSpec):
    p = _PIPELINES.get(spec)
    if p is None:
        p = _PIPELINES[spec] = spec.build()
    return p


def run_chunk(seq: int, articles: Sequence[Article], spec: PipelineSpec) -> ChunkResult:
    """Extract events from ``articles``; a failing article is reported, the rest go on."""
    pipeline = pipeline_for(spec)
    t0 = time.perf_counter()
    res = ChunkResult(seq)
    for article in articles:
        try:
            doc = pipeline(article)
        except Exception as exc:  # one bad article must not sink the chunk
            res.failures.append((article.origin or article.id, f"extraction failed: {exc}"))
            continue
        res.items.append((article, tuple(doc.events)))
    if res.items:  # a batch worker is a long-running entry point (see hadath.cli.gc_tuning)
        from hadath.cli.gc_tuning import tune_after_warm_up

        tune_after_warm_up()
    res.seconds = time.perf_counter() - t0
    if isinstance(pipeline, TimedPipeline):
        res.stage_seconds = pipeline.take_times()
    return res


def die_with(driver_pid: int, interval: float = 0.5) -> bool:
    """Make this worker process exit when the driver dies (even by kill -9, which runs no
    clean-up): a daemon thread watches the driver's pid and this process's parent. Idempotent."""
    global _WATCHING
    if _WATCHING or os.getpid() == driver_pid:
        return False
    _WATCHING = True
    parent = os.getppid()

    def watch() -> None:
        while True:
            time.sleep(interval)
            try:
                os.kill(driver_pid, 0)
                alive = os.getppid() == parent
            except ProcessLookupError:
                alive = False
            except PermissionError:  # the pid is someone else's now
                alive = False
            if not alive:
                os._exit(70)

    threading.Thread(target=watch, name="hadath-die-with-driver", daemon=True).start()
    return True


_WATCHING = False
