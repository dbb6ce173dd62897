"""Instructions (not seconds) spent by pipeline stages, for A/B comparisons on a busy machine.

Not a test. Wall-clock and even CPU-time figures swing by 30% when other processes share the
two cores; an instruction count does not. Run under callgrind, which counts only inside
``operator.call`` (the marker this script wraps the measured work in)::

    PYTHONHASHSEED=0 PYTHONPATH=<checkout>/src valgrind --tool=callgrind --collect-atstart=no \\
        --toggle-collect=_operator_call --callgrind-out-file=/tmp/cg.out \\
        .venv/bin/python benchmarks/bench_instructions.py STAGES N

``STAGES``: comma-separated stage names, ``all`` (the full pipeline) or ``raw`` (normalize
only: the floor the bench's ratio compares with). The script warms the pipeline (and the
normalizer) on 40 articles, tunes the collector as the CLI does, then processes N others of
the bench generator's corpus (2-3 KB articles, seed 0); callgrind prints "Collected: <count>".
"""
from __future__ import annotations

import argparse
import operator
import tempfile
from pathlib import Path

from hadath.bench.runner import make_corpus
from hadath.ingest import read_inputs
from hadath.pipeline import build_pipeline
from hadath.text.normalize import normalize

WARM = 40


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("stages")
    ap.add_argument("n", type=int)
    args = ap.parse_args()
    corpus = Path(tempfile.gettempdir()) / "hadath-instr-bench.jsonl"
    if not corpus.exists():
        make_corpus(corpus, WARM + args.n + 100, (2000, 3000), 0)
    arts = list(read_inputs([str(corpus)]))
    measured = arts[100:100 + args.n]
    if args.stages == "raw":
        for a in arts[:WARM]:
            normalize(a.text)
        operator.call(lambda: [normalize(a.text) for a in measured])
        return
    pipe = build_pipeline(None if args.stages == "all" else args.stages.split(","))
    for a in arts[:WARM]:
        pipe(a)
    from hadath.cli.gc_tuning import tune_after_warm_up

    tune_after_warm_up()
    operator.call(lambda: [pipe(a) for a in measured])


if __name__ == "__main__":
    main()
