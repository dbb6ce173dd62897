"""Speed of the actors stage alone on the bench corpus (2-3 KB generated articles). Not a test.

Usage: .venv/bin/python benchmarks/bench_actors.py [-n 1000] [--repeat 7] [--profile]

Articles come from ``hadath.bench.corpus.generate`` with the options ``hadath bench`` uses
(seed 0, 5% syndicated, 10% retold). CPU time (time.process_time: the box is shared), ms per
article, of the actors stage only:

- ``first pass``: as in ``hadath bench``: after 8 warm-up articles each article is tokenized and
  then goes through the stage once (new word types and publication dates on the way);
- ``repeat``: then ``--repeat`` passes over the same documents (every cache warm), the best.
"""
from __future__ import annotations

import argparse
import time

from hadath.bench.corpus import generate
from hadath.mentions.actors import ActorStage
from hadath.text.stage import TextStage
from hadath.types import Doc


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("-n", type=int, default=1000)
    ap.add_argument("--repeat", type=int, default=7)
    ap.add_argument("--profile", action="store_true")
    a = ap.parse_args()
    text = TextStage(None)
    stage = ActorStage(None)
    arts = list(generate(a.n + 8, seed=0, syndicate=0.05, retell=0.1))
    for art in arts[:8]:
        stage(text(Doc(article=art)))
    docs = []
    first = 0.0
    for art in arts[8:]:
        d = text(Doc(article=art))
        t = time.process_time()
        stage(d)
        first += time.process_time() - t
        docs.append(d)
    if a.profile:
        import cProfile
        import pstats
        pr = cProfile.Profile()
        pr.enable()
        for d in docs:
            stage(d)
        pr.disable()
        pstats.Stats(pr).sort_stats("tottime").print_stats(25)
        return
    best = float("inf")
    for _ in range(a.repeat):
        t = time.process_time()
        for d in docs:
            stage(d)
        best = min(best, time.process_time() - t)
    print(f"actors: first pass {1000 * first / len(docs):.3f} ms/article, repeat "
          f"{1000 * best / len(docs):.3f} ms/article (best of {a.repeat}), {len(docs)} articles")


if __name__ == "__main__":
    main()
