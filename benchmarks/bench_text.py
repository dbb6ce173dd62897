"""Speed of the text layer (normalize + sentences + tokens) and of the quantities reader.

Not a test. Run: .venv/bin/python benchmarks/bench_text.py [--articles N]
Articles are ~2.5 KB built from the shared UniversalPetrarch sentences (or the bundled example
when the shared folder is absent). Prints articles/s, tokens/s and ms per article for each step.
"""
from __future__ import annotations

import argparse
import json
import os
import time
from pathlib import Path

from hadath.text.normalize import normalize
from hadath.text.numbers import find_quantities
from hadath.text.sentences import split_sentences
from hadath.text.tokenize import tokenize

ROOT = Path(__file__).resolve().parents[1]


def _sentences() -> list[str]:
    for base in (os.environ.get("HADATH_SHARED"), ROOT.parent / "shared", "/work/shared"):
        if not base:
            continue
        p = Path(base) / "data" / "universalpetrarch_ar" / "dev.jsonl"
        if p.exists():
            return [json.loads(ln)["text"] for ln in p.open(encoding="utf-8") if ln.strip()]
        ex = Path(base) / "examples" / "sdf-raqqa-statement.ar.txt"
        if ex.exists():
            return ex.read_text(encoding="utf-8").split("\n")
    return ["قتل ثلاثة وعشرون مدنياً في قصف على مدينة الرقة، وأصيب العشرات بجروح."] * 20


def articles(n: int, size: int = 2500) -> list[str]:
    sents = _sentences()
    out, k = [], 0
    for _ in range(n):
        parts: list[str] = []
        while sum(len(p) for p in parts) < size:
            parts.append(sents[k % len(sents)])
            k += 1
        out.append("\n".join(parts))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=2000)
    args = ap.parse_args()
    arts = articles(args.articles)
    # warm caches on a separate pass (word-type caches are meant to be warm in production)
    for a in arts[:200]:
        n = normalize(a)
        tokenize(n, split_sentences(n))
    t = {"normalize": 0.0, "sentences": 0.0, "tokenize": 0.0, "quantities": 0.0}
    ntok = 0
    for a in arts:
        t0 = time.perf_counter()
        n = normalize(a)
        t1 = time.perf_counter()
        s = split_sentences(n)
        t2 = time.perf_counter()
        toks = tokenize(n, s)
        t3 = time.perf_counter()
        find_quantities(toks)
        t4 = time.perf_counter()
        t["normalize"] += t1 - t0
        t["sentences"] += t2 - t1
        t["tokenize"] += t3 - t2
        t["quantities"] += t4 - t3
        ntok += len(toks)
    total = sum(t.values())
    kb = sum(len(a) for a in arts) / len(arts) / 1000
    print(f"{len(arts)} articles of {kb:.1f} K chars, {ntok / len(arts):.0f} tokens each")
    for k, v in t.items():
        print(f"  {k:<11} {1000 * v / len(arts):6.3f} ms/article")
    print(f"  {'total':<11} {1000 * total / len(arts):6.3f} ms/article = {len(arts) / total:,.0f} articles/s"
          f" = {ntok / (t['normalize'] + t['sentences'] + t['tokenize']):,.0f} tokens/s (text layer)")


if __name__ == "__main__":
    main()
