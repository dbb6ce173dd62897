"""Throughput and memory: each configuration runs in a fresh subprocess (clean peak RSS).

Modes: ``raw`` (read the JSONL + normalize: the floor no extractor can beat), ``local1`` (one
process), ``localN`` (N processes), ``dask1`` / ``dask2`` (a LocalCluster with 1 / 2 workers),
``ingest`` (end to end into a fresh SQLite store, one process, ``hadath ingest``'s default options:
near-duplicates and merging with the sentence encoder; the note gives the merge's share).
"""
from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

MODES = ("raw", "local1", "localN", "dask1", "dask2", "ingest")


@dataclass
class Measure:
    mode: str
    articles: int
    seconds: float
    mb: float
    peak_rss_mb: float
    events: int = 0
    workers: int = 1
    stage_seconds: dict[str, float] = field(default_factory=dict)
    note: str = ""
    load_avg: float = 0.0  # the machine's 1-minute load average when the mode started

    @property
    def rate(self) -> float:
        return self.articles / self.seconds if self.seconds else 0.0

    @property
    def mb_s(self) -> float:
        return self.mb / self.seconds if self.seconds else 0.0


def _peak_rss_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, kids) / 1024.0  # Linux: KiB


def _load(corpus: str):
    from hadath.ingest import read_inputs
    from hadath.types import Article

    return [a for a in read_inputs([corpus]) if isinstance(a, Article)]


def _chunks(arts, size=32):
    return [(i // size, arts[i:i + size]) for i in range(0, len(arts), size)]


def measure(mode: str, corpus: str, workers: int = 2, stages: tuple[str, ...] | None = None) -> Measure:
    """One configuration, in this process (call it in a fresh one: see :func:`run_mode`)."""
    load = os.getloadavg()[0]
    m = _measure(mode, corpus, workers, stages)
    m.load_avg = load
    return m


def _measure(mode: str, corpus: str, workers: int, stages: tuple[str, ...] | None) -> Measure:
    from hadath.batch.worker import PipelineSpec

    mb = os.path.getsize(corpus) / 1e6
    if mode == "raw":
        from hadath.ingest import read_inputs
        from hadath.text.normalize import normalize

        t = time.perf_counter()
        n = 0
        for a in read_inputs([corpus]):
            normalize(a.text)
            n += 1
        return Measure(mode, n, time.perf_counter() - t, mb, _peak_rss_mb())
    if mode == "ingest":
        from hadath.batch.engine import IngestOptions, ingest

        # hadath ingest's default options (near-duplicates, merging with the sentence encoder), one
        # process; a first small run warms the caches (gazetteer, encoder weights on disk)
        with tempfile.TemporaryDirectory() as d:
            warm = os.path.join(d, "warm.jsonl")
            with open(corpus, encoding="utf-8") as src, open(warm, "w", encoding="utf-8") as dst:
                dst.writelines(line for _, line in zip(range(20), src))
            ingest([warm], IngestOptions(db=os.path.join(d, "w.sqlite"), stages=stages, workers=1, progress=False),
                   report=lambda m: None)
            from hadath.dedupe import encoder

            encoder.forget()  # the measured run loads the sentence encoder itself (from the disk cache)
            t = time.perf_counter()
            rep = ingest([corpus], IngestOptions(db=os.path.join(d, "b.sqlite"), stages=stages, workers=1,
                                                 progress=False), report=lambda m: None)
            secs = time.perf_counter() - t
        share = 100 * rep.merge_seconds / secs if secs else 0.0
        return Measure(mode, rep.read, secs, mb, _peak_rss_mb(), rep.events, 1,
                       stage_seconds={"merge": rep.merge_seconds, "extract": rep.extract_seconds},
                       note=f"stored {rep.stored}, duplicates {sum(rep.duplicates.values())}, {rep.clusters} merged"
                            f" events, merge {rep.merge_seconds:.2f} s ({share:.0f}%)"
                            + (f", {rep.failed} FAILED" if rep.failed else ""))
    arts = _load(corpus)
    spec = PipelineSpec(stages=stages, timed=mode == "local1")
    if mode.startswith("local"):
        from hadath.batch.local import LocalRunner

        n_workers = 1 if mode == "local1" else workers
        runner = LocalRunner(spec, n_workers)
    elif mode.startswith("dask"):
        from hadath.batch.dask import DaskRunner

        n_workers = int(mode[4:] or workers)
        runner = DaskRunner(spec, n_workers)
    else:
        raise ValueError(f"unknown mode {mode!r}; choose from {', '.join(MODES)}")
    try:
        runner.warm_up()
        list(runner.run(_chunks(arts[:8], 4)))  # first calls fill caches
        if mode == "local1":
            from hadath.batch.worker import pipeline_for

            pipeline_for(spec).take_times()
        t = time.perf_counter()
        events, stage, failed, first = 0, {}, 0, ""
        for res in runner.run(_chunks(arts)):
            events += sum(len(ev) for _, ev in res.items)
            failed += len(res.failures)
            first = first or (res.failures[0][1] if res.failures else "")
            for k, v in res.stage_seconds.items():
                stage[k] = stage.get(k, 0.0) + v
        secs = time.perf_counter() - t
    finally:
        runner.close()
    note = f"{failed} articles FAILED ({first[:200]})" if failed else ""
    return Measure(mode, len(arts), secs, mb, _peak_rss_mb(), events, n_workers, stage, note)


def run_mode(mode: str, corpus: str, workers: int = 2, stages: tuple[str, ...] | None = None,
             timeout: float = 3600) -> Measure:
    """:func:`measure` in a fresh Python process; returns its Measure."""
    code = ("import json,sys; from dataclasses import asdict; from hadath.bench.runner import measure; "
            f"m = measure({mode!r}, {corpus!r}, {workers!r}, {stages!r}); print('BENCH' + json.dumps(asdict(m)))")
    env = dict(os.environ, OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=timeout, env=env)
    line = next((ln for ln in out.stdout.splitlines() if ln.startswith("BENCH")), None)
    if out.returncode != 0 or line is None:
        raise RuntimeError(f"bench mode {mode} failed:\n{out.stderr[-3000:]}")
    return Measure(**json.loads(line[5:]))


def make_corpus(path: Path, n: int, size: tuple[int, int], seed: int = 0) -> Path:
    from hadath.bench.corpus import write_jsonl

    return write_jsonl(path, n, seed=seed, size=size, syndicate=0.05, retell=0.1)


def report(measures: list[Measure], n_workers: int) -> str:
    by = {m.mode: m for m in measures}
    lines = [f"{'mode':<8} {'workers':>7} {'articles':>8} {'seconds':>8} {'art/s':>8} {'MB/s':>7} "
             f"{'peak RSS MB':>11} {'events':>7}  note"]
    for m in measures:
        lines.append(f"{m.mode:<8} {m.workers:>7} {m.articles:>8} {m.seconds:>8.2f} {m.rate:>8.1f} {m.mb_s:>7.2f} "
                     f"{m.peak_rss_mb:>11.0f} {m.events:>7}  {m.note}")
    if measures:
        lines.append("load average (1 min) when each mode started: "
                     + ", ".join(f"{m.mode} {m.load_avg:.1f}" for m in measures)
                     + f" ({os.cpu_count()} cores; on a busy machine compare ratios from one run)")
    raw = by.get("raw")
    if raw and raw.rate:
        for m in measures:
            if m.mode != "raw" and m.rate:
                lines.append(f"raw scan / {m.mode}: {raw.rate / m.rate:.1f}x (the extractor runs at "
                             f"{100 * m.rate / raw.rate:.1f}% of the read+normalize floor)")
    if "dask1" in by and "dask2" in by and by["dask1"].rate:
        lines.append(f"dask 2 workers / 1 worker: {by['dask2'].rate / by['dask1'].rate:.2f}x")
    if "local1" in by and "ingest" in by and by["local1"].rate:
        lines.append(f"ingest (default options) / extract (local1): {by['ingest'].rate / by['local1'].rate:.2f}x")
    if "local1" in by and "localN" in by and by["local1"].rate:
        lines.append(f"local {n_workers} processes / 1: {by['localN'].rate / by['local1'].rate:.2f}x")
    one = by.get("local1")
    if one and one.stage_seconds:
        total = sum(one.stage_seconds.values()) or 1.0
        lines.append("per-stage time share (1 process):")
        for k, v in sorted(one.stage_seconds.items(), key=lambda kv: -kv[1]):
            lines.append(f"  {k:<12} {100 * v / total:5.1f}%  {1000 * v / max(1, one.articles):7.3f} ms/article")
    return "\n".join(lines)


def run_bench(n: int = 2000, modes: tuple[str, ...] = MODES, workers: int | None = None,
              size: tuple[int, int] = (2000, 3000), seed: int = 0, corpus: str | None = None,
              stages: tuple[str, ...] | None = None, echo=print) -> list[Measure]:
    workers = workers or os.cpu_count() or 2
    with tempfile.TemporaryDirectory(prefix="hadath-bench-") as d:
        path = corpus or str(make_corpus(Path(d) / "corpus.jsonl", n, size, seed))
        echo(f"corpus: {path} ({os.path.getsize(path) / 1e6:.1f} MB)")
        out = []
        for mode in modes:
            before = os.getloadavg()[0]
            m = run_mode(mode, path, workers, stages)
            # the machine's load around the run: other processes share the cores (a shared
            # machine's figures are only comparable at a similar load)
            m.note = (m.note + "; " if m.note else "") + f"load average {before:.1f} -> {os.getloadavg()[0]:.1f}"
            echo(f"  {mode}: {m.rate:.1f} articles/s, peak RSS {m.peak_rss_mb:.0f} MB, {m.note}")
            out.append(m)
    return out


def to_json(measures: list[Measure]) -> str:
    return json.dumps([dict(asdict(m), rate=m.rate, mb_s=m.mb_s) for m in measures], indent=2, ensure_ascii=False)
