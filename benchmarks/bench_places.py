"""Place recognition + resolution speed per article (gazetteer loaded once). Prints figures.

Usage: python benchmarks/bench_places.py [N_ARTICLES]  (IDRISI tweets + the worked example)
"""
from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path

from hadath.mentions.places import PlaceStage
from hadath.text.stage import TextStage
from hadath.types import Article, Doc

SHARED = Path(__file__).resolve().parents[2] / "shared"
if not SHARED.exists():
    SHARED = Path("/work/shared")


def articles(n: int) -> list[str]:
    texts = [(SHARED / "examples" / "sdf-raqqa-statement.ar.txt").read_text(encoding="utf-8")]
    for f in sorted((SHARED / "data" / "idrisi_ar" / "LMD" / "data" / "AR").rglob("train.jsonl")):
        texts += [json.loads(line)["text"] for line in f.open(encoding="utf-8")]
    return (texts * (n // len(texts) + 1))[:n]


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    t0 = time.perf_counter()
    stage = PlaceStage()
    load = time.perf_counter() - t0
    ts = TextStage()
    docs = [ts(Doc(Article(str(i), t))) for i, t in enumerate(articles(n))]
    chars = sum(len(d.text) for d in docs)
    t1 = time.perf_counter()
    mentions = sum(len(stage(d).mentions) for d in docs)
    dt = time.perf_counter() - t1
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"gazetteer + matcher load: {load:.2f} s")
    print(f"articles: {n}, chars: {chars}, place mentions: {mentions}")
    print(f"places stage: {1000 * dt / n:.3f} ms/article ({1e6 * dt / chars:.2f} µs/char)")
    print(f"max RSS: {rss:.0f} MB")


if __name__ == "__main__":
    main()
