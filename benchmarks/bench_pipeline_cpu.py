"""CPU time of the full pipeline in one process, for A/B comparisons on a shared machine.

Not a test. Run: PYTHONPATH=<checkout>/src .venv/bin/python benchmarks/bench_pipeline_cpu.py LABEL
[--articles N]. Counts ``time.process_time`` (CPU seconds of this process), which other
processes on the machine disturb far less than the wall time ``hadath bench`` reports; run two
checkouts alternately (before, after, before, after) and compare. The corpus is the bench
generator's (2-3 KB articles, seed 0), written once to the temporary directory.
"""
from __future__ import annotations

import argparse
import gc
import tempfile
import time
from pathlib import Path

from hadath import load
from hadath.bench.runner import make_corpus
from hadath.ingest import read_inputs
from hadath.text.normalize import normalize


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("label")
    ap.add_argument("--articles", type=int, default=600)
    args = ap.parse_args()
    corpus = Path(tempfile.gettempdir()) / f"hadath-cpu-bench-{args.articles}.jsonl"
    if not corpus.exists():
        make_corpus(corpus, args.articles, (2000, 3000), 0)
    arts = list(read_inputs([str(corpus)]))
    t = time.process_time()
    for _ in range(5):
        for a in arts:
            normalize(a.text)
    raw = (time.process_time() - t) / 5
    pipe = load()
    for a in arts[:8]:  # fill the caches
        pipe(a)
    try:
        from hadath.cli.gc_tuning import tune_after_warm_up  # as the CLI and workers do
        tune_after_warm_up()
    except ImportError:  # older trees tune inside the pipeline
        pass
    t = time.process_time()
    for a in arts:
        pipe(a)
    full = time.process_time() - t
    print(f"{args.label}: normalize {len(arts) / raw:.0f} art/s, pipeline {len(arts) / full:.1f} art/s "
          f"({1000 * full / len(arts):.1f} ms CPU/article, {full / raw:.0f}x normalize), "
          f"gc threshold {gc.get_threshold()}")


if __name__ == "__main__":
    main()
