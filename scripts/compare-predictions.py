#!/usr/bin/env python3
"""Compare two prediction files against one gold file, report by report (counts only).

    .venv/bin/python scripts/compare-predictions.py GOLD A.jsonl B.jsonl [--split dev|heldout|fix|clean]

A and B are `hadath extract GOLD --format jsonl` outputs of two versions of the code. For every
report whose scores differ it prints lenient matches, records, lenient field hits and strict
matches in A and in B, then the totals of the differences and whether the records themselves are
identical (ignoring confidence, evidence and time stamps). It prints ids and counts, never a
report's text or a gold field, so it is safe on a set kept clean (nobody reads it) and on a
held-out split. This is how a branch is measured before it is merged (docs/EVAL.md)."""
from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict

from hadath.evaluation.gold import SPLITS, load_gold, select_split
from hadath.evaluation.score import score

SKIP = {"timestamp", "confidence", "event_id_cnty", "flags", "evidence", "notes"}


def load(path: str) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = defaultdict(list)
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if line.strip():
                rec = json.loads(line)
                if "article_id" not in rec:
                    sys.exit(f"{path}:{n}: a prediction needs an \"article_id\"")
                out[str(rec["article_id"])].append(rec)
    return out


def counts(doc, preds) -> tuple[int, int, int, int]:
    sc = score([doc], preds)
    return sc.lenient, sc.predicted, sum(sc.lenient_hits.values()), sc.matched


def same_records(a: list[dict], b: list[dict]) -> bool:
    def key(r: dict) -> str:
        return json.dumps({k: v for k, v in r.items() if k not in SKIP}, sort_keys=True)
    return [key(r) for r in a] == [key(r) for r in b]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("gold")
    ap.add_argument("a")
    ap.add_argument("b")
    ap.add_argument("--split", choices=SPLITS, default="all")
    args = ap.parse_args(argv)
    docs = select_split(load_gold(args.gold), args.split)
    a, b = load(args.a), load(args.b)
    total, changed, differ = [0, 0, 0, 0], 0, 0
    for doc in docs:
        i = doc.article.id
        differ += not same_records(a.get(i, []), b.get(i, []))
        ca, cb = counts(doc, a), counts(doc, b)
        if ca != cb:
            changed += 1
            total = [t + y - x for t, x, y in zip(total, ca, cb)]
            print(f"{i:16s} lenient {ca[0]}->{cb[0]}  records {ca[1]}->{cb[1]}  "
                  f"field hits {ca[2]}->{cb[2]}  strict {ca[3]}->{cb[3]}")
    print(f"reports scored differently {changed}; lenient {total[0]:+d} records {total[1]:+d} "
          f"field hits {total[2]:+d} strict {total[3]:+d}; reports whose records differ {differ} of {len(docs)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
