"""CPU time of the full pipeline in one process, for A/B comparisons on a shared machine.

Not a test. Run: PYTHONPATH=<checkout>/src .venv/bin/python benchmarks/bench_pipeline_cpu.py LABEL
[--articles N] [--stages text,quantities,...] [--repeat R]. Counts ``time.process_time`` (CPU seconds of this process), which other
processes on the machine disturb far less than the wall time ``hadath bench`` reports; run two
checkouts alternately (before, after, before, after) and compare. The articles are timed in
chunks of 20, each chunk ``--repeat`` times; a figure sums the least time of every chunk (the
pass least disturbed by other processes). The corpus is the bench
generator's (2-3 KB articles, seed 0), written once to the temporary directory.
"""
from __future__ import annotations

import argparse
import gc
import tempfile
import time
from pathlib import Path

from hadath.bench.runner import make_corpus
from hadath.ingest import read_inputs
from hadath.pipeline import build_pipeline
from hadath.text.normalize import normalize


def _cpu(run) -> float:
    t = time.process_time()
    run()
    return time.process_time() - t


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("label")
    ap.add_argument("--articles", type=int, default=600)
    ap.add_argument("--stages", default=None, help="comma-separated stage names (default: all)")
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    corpus = Path(tempfile.gettempdir()) / f"hadath-cpu-bench-{args.articles}.jsonl"
    if not corpus.exists():
        make_corpus(corpus, args.articles, (2000, 3000), 0)
    arts = list(read_inputs([str(corpus)]))
    chunks = [arts[i:i + 20] for i in range(0, len(arts), 20)]
    raw = sum(min(_cpu(lambda: [normalize(a.text) for a in c]) for _ in range(3 * args.repeat))
              for c in chunks)
    pipe = build_pipeline(args.stages.split(",") if args.stages else None)
    for a in arts[:8]:  # fill the caches
        pipe(a)
    try:
        from hadath.cli.gc_tuning import tune_after_warm_up  # as the CLI and workers do
        tune_after_warm_up()
    except ImportError:  # older trees tune inside the pipeline
        pass
    full = sum(min(_cpu(lambda: [pipe(a) for a in c]) for _ in range(args.repeat)) for c in chunks)
    print(f"{args.label} [{args.stages or 'all stages'}]: normalize {len(arts) / raw:.0f} art/s, pipeline {len(arts) / full:.1f} art/s "
          f"({1000 * full / len(arts):.1f} ms CPU/article, {full / raw:.0f}x normalize), "
          f"gc threshold {gc.get_threshold()}")


if __name__ == "__main__":
    main()
