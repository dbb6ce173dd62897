"""End-to-end speed of the default pipeline (hadath.load()) on 2-3 KB Arabic articles.

Not a test. Run:

    .venv/bin/python benchmarks/bench_pipeline.py [--articles 400] [--repeat 3] [--stages text,...]

Articles are 1,400-2,600 characters (2-3 KB of UTF-8), built from the project's own example
reports (examples/reports.jsonl) and the worked example
/work/shared/examples/sdf-raqqa-statement.ar.txt (published 2022-12-29): paragraphs shuffled,
concatenated and varied (numbers, weekdays, order) until the article reaches its size.

Prints articles/s and chars/s (CPU time, time.process_time: the box is shared, wall time is
noisy), each stage's ms per article and share, and peak RSS (resource.getrusage). The first
pass over the articles warms word-type caches and lexicons and is not counted; ``--repeat``
timed passes follow and the best (lowest CPU time) pass is reported per stage.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import resource
import sys
import time
from datetime import date
from pathlib import Path

import hadath
from hadath.types import Article, Doc

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE_DATE = date(2022, 12, 29)
DAYS = ("الأحد", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت")
NUMBER_WORDS = ("ثلاثة", "خمسة", "سبعة", "عشرة", "أربعة", "ستة")


def _example_path() -> Path | None:
    for base in (os.environ.get("HADATH_SHARED"), ROOT.parent / "shared", "/work/shared"):
        if base and (p := Path(base) / "examples" / "sdf-raqqa-statement.ar.txt").exists():
            return p
    return None


def _sources() -> list[tuple[list[str], date | None]]:
    """(paragraphs, publication date) of every source report."""
    out: list[tuple[list[str], date | None]] = []
    with (ROOT / "examples" / "reports.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                r = json.loads(line)
                pub = date.fromisoformat(r["published"]) if r.get("published") else None
                out.append(([p for p in r["text"].split("\n") if p.strip()], pub))
    ex = _example_path()
    if ex is not None:
        out.append(([p for p in ex.read_text(encoding="utf-8").split("\n") if p.strip()], EXAMPLE_DATE))
    return out


def _vary(p: str, rnd: random.Random) -> str:
    """Small edits so that articles are not byte-identical (digits, weekdays, number words)."""
    for d in DAYS:
        if d in p and rnd.random() < 0.5:
            p = p.replace(d, rnd.choice(DAYS), 1)
    for w in NUMBER_WORDS:
        if w in p and rnd.random() < 0.5:
            p = p.replace(w, rnd.choice(NUMBER_WORDS), 1)
    if rnd.random() < 0.3:
        p = "".join(str(rnd.randint(2, 9)) if c.isdigit() and rnd.random() < 0.3 else c for c in p)
    return p


def build_articles(n: int, seed: int = 7) -> list[Article]:
    rnd = random.Random(seed)
    sources = _sources()
    out: list[Article] = []
    for k in range(n):
        paras, pub = sources[k % len(sources)]
        target = rnd.randint(1400, 2600)
        parts = [_vary(p, rnd) for p in paras]
        size = sum(len(p) + 1 for p in parts)
        while size < target:  # append paragraphs of other reports, shuffled
            other, _ = rnd.choice(sources)
            p = _vary(rnd.choice(other), rnd)
            parts.append(p)
            size += len(p) + 1
        text = "\n".join(parts)
        if len(text) > 2600:  # cut at the last sentence end before the limit
            cut = max(text.rfind(".", 0, 2600), text.rfind("\n", 0, 2600))
            text = text[:cut + 1] if cut > 1400 else text[:2600]
        out.append(Article(f"bench-{k}", text, published=pub, source="bench"))
    return out


def run_pass(stages, arts: list[Article]) -> tuple[dict[str, float], float]:
    """CPU seconds per stage over all articles, and total CPU seconds."""
    per = {s.name: 0.0 for s in stages}
    clock = time.process_time
    t_all = clock()
    for a in arts:
        doc = Doc(article=a)
        for s in stages:
            t0 = clock()
            doc = s(doc)
            per[s.name] += clock() - t0
    return per, clock() - t_all


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, default=400)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--stages", default="", help="comma-separated stage names (default: all)")
    ap.add_argument("--profile", action="store_true", help="cProfile one pass, print the top 35")
    args = ap.parse_args(argv)

    arts = build_articles(args.articles)
    chars = sum(len(a.text) for a in arts)
    t0 = time.process_time()
    pipe = hadath.load(stages=args.stages.split(",") if args.stages else None)
    load_s = time.process_time() - t0
    t0 = time.process_time()
    run_pass(pipe.stages, arts)  # warm-up: lexicons, gazetteer, word-type caches
    warm_s = time.process_time() - t0

    if args.profile:
        import cProfile
        import pstats
        prof = cProfile.Profile()
        prof.enable()
        run_pass(pipe.stages, arts)
        prof.disable()
        pstats.Stats(prof).sort_stats("tottime").print_stats(35)

    best: dict[str, float] = {}
    totals: list[float] = []
    for _ in range(args.repeat):
        per, total = run_pass(pipe.stages, arts)
        totals.append(total)
        for k, v in per.items():
            best[k] = min(best.get(k, v), v)
    total = min(totals)
    n = len(arts)
    rss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    if sys.platform == "darwin":
        rss_kb //= 1024
    print(f"{n} articles, {chars / n:,.0f} chars avg ({min(len(a.text) for a in arts)}-"
          f"{max(len(a.text) for a in arts)}), {sum(len(a.text.encode()) for a in arts) / n / 1000:.1f} KB avg;"
          f" load {load_s:.2f} s CPU, first (cold) pass {1000 * warm_s / n:.2f} ms/article")
    print(f"stages: {','.join(pipe.names)}")
    stage_sum = sum(best.values())
    for k, v in best.items():
        print(f"  {k:<11} {1000 * v / n:7.3f} ms/article  {100 * v / stage_sum:5.1f} %")
    print(f"  {'sum':<11} {1000 * stage_sum / n:7.3f} ms/article (best pass per stage)")
    print(f"throughput  {n / total:,.0f} articles/s  {chars / total / 1000:,.0f} K chars/s"
          f"  (best of {args.repeat} passes: {1000 * total / n:.3f} ms/article CPU, one core)")
    print(f"peak RSS    {rss_kb / 1024:.0f} MB")


if __name__ == "__main__":
    main()
