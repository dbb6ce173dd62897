"""Instructions (not seconds) spent by pipeline stages, for A/B comparisons on a busy machine.

Not a test. Wall-clock and even CPU-time figures swing by 30% when other processes share the
two cores; an instruction count does not. Run under callgrind, which counts only inside
``operator.call`` (the marker this script wraps the measured work in)::

    PYTHONHASHSEED=0 PYTHONPATH=<checkout>/src valgrind --tool=callgrind --collect-atstart=no \\
        --toggle-collect=_operator_call --callgrind-out-file=/tmp/cg.out \\
        .venv/bin/python benchmarks/bench_instructions.py STAGES N

``STAGES``: comma-separated stage names, ``all`` (the full pipeline) or ``raw`` (normalize
only: the floor the bench's ratio compares with). ``--split`` runs the whole pipeline with each stage
called through a different C function (see ``CALLERS``) and prints the ``--toggle-collect``
options to give callgrind; ``callgrind_annotate --inclusive=yes`` then shows each stage's count
under its caller's name (one run for the per-stage split of the full pipeline). The script warms the pipeline (and the
normalizer) on 40 articles, tunes the collector as the CLI does, then processes N others of
the bench generator's corpus (2-3 KB articles, seed 0); callgrind prints "Collected: <count>".
"""
from __future__ import annotations

import argparse
import contextvars
import functools
import itertools
import operator
import sys
import tempfile
from pathlib import Path
from typing import Any, Callable, Iterator

from hadath.bench.runner import make_corpus
from hadath.ingest import read_inputs
from hadath.pipeline import build_pipeline
from hadath.text.normalize import normalize
from hadath.types import Doc

WARM = 40


def _through_iterator(make: Callable[[Callable[[Any], Any], tuple], Iterator]) -> Callable:
    """stage(doc) as the predicate of an itertools iterator (it returns None: falsy)."""
    def call(stage: Callable, doc: Any) -> Any:
        out: list = []
        next(make(lambda d: out.append(stage(d)), (doc,)), None)
        return out[0]
    return call


# (C function in CPython 3.11, a call of stage(doc) through it): none is used by the pipeline, so
# callgrind's count for each is one stage's (collection toggles on entering it, off on leaving)
CALLERS: list[tuple[str, Callable[[Callable, Any], Any]]] = [
    ("_operator_call", operator.call),
    ("methodcaller_call", lambda stage, doc: operator.methodcaller("__call__", doc)(stage)),
    ("context_run", lambda stage, doc: contextvars.copy_context().run(stage, doc)),
    ("sys_call_tracing", lambda stage, doc: sys.call_tracing(stage, (doc,))),
    # (not iter(callable, sentinel): calliter_iternext also runs every re.finditer step, so
    # a stage's regex searches would toggle another stage's count)
    ("groupby_next", lambda stage, doc: next(itertools.groupby((doc,), key=stage))[0]),
    ("functools_reduce", lambda stage, doc: functools.reduce(lambda _, d: stage(d), (doc,), None)),
    ("starmap_next", lambda stage, doc: next(itertools.starmap(stage, ((doc,),)))),
    ("takewhile_next", _through_iterator(itertools.takewhile)),
    ("dropwhile_next", _through_iterator(itertools.dropwhile)),
    ("filterfalse_next", _through_iterator(itertools.filterfalse)),
    ("zip_longest_next", lambda stage, doc: next(itertools.zip_longest(stage(d) for d in (doc,)))[0]),
]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("stages")
    ap.add_argument("n", type=int)
    ap.add_argument("--split", action="store_true", help="each stage through its own C caller")
    ap.add_argument("--corpus", help="a JSONL of articles instead of the generated one: warm on its "
                                     "first 40, measure the next N (real-length articles)")
    args = ap.parse_args()
    if args.corpus:
        arts = list(read_inputs([args.corpus]))
        measured = arts[WARM:WARM + args.n]
    else:
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
    if not args.split:
        operator.call(lambda: [pipe(a) for a in measured])
        return
    if len(pipe.stages) > len(CALLERS):
        raise SystemExit(f"--split: at most {len(CALLERS)} stages")
    calls = list(zip(pipe.stages, CALLERS))
    print(" ".join(f"--toggle-collect={sym}" for sym, _ in CALLERS[:len(calls)]))
    print(" ".join(f"{stage.name}={sym}" for stage, (sym, _) in calls))
    for a in measured:
        doc = Doc(article=a)
        for stage, (_, call) in calls:
            doc = call(stage, doc)


if __name__ == "__main__":
    main()
