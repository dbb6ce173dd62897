"""Does a feature of the acceptance model pay? Out-of-fold comparison on the same candidates.

    python scripts/accept_features_cv.py FEATURE[,FEATURE...] [--seeds 10] [GOLD[:SPLIT] ...]

Labels the candidates of the training files once (the files of scripts/train-accept.sh by
default), then fits the model of ``hadath train`` (standardized logistic regression, Platt
calibration, the cut in the middle of the out-of-fold F1 curve's flat top) with the features of
``hadath.accept.features`` minus the named ones ("old"), with each named one added back, and with
all of them, over ``--seeds`` fold assignments (5 folds grouped by report, the report key hashed
with a salt; C chosen by out-of-fold log-loss from 0.003 / 0.01 / 0.03). Prints, averaged over
the seeds: out-of-fold log-loss, lenient F1 at the chosen cut, and the negative reports (no gold
event) that keep a record. A feature is worth a retraining only if it lowers the log-loss and
does not lower F1 or raise the negatives - one fold assignment alone moves F1 by a record or two.
Needs scikit-learn (training only). Trains on the `dev` split of news_dev only.
"""
from __future__ import annotations

import argparse
import hashlib
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def default_gold() -> list[str]:
    shared = os.environ.get("HADATH_SHARED") or str(ROOT.parent / "shared")
    return [f"{shared}/data/news_dev/reports.jsonl:dev", str(ROOT / "examples/gold.jsonl"),
            str(ROOT / "tests/events/data/dev_reports.jsonl"),
            str(ROOT / "benchmarks/blind/blind_reports.jsonl")]


def run(reports, names, seed: int) -> tuple[float, float, int]:
    import numpy as np

    from hadath.accept import train as T

    X, y = T._matrix(reports, names)
    salt = str(seed)
    g = np.asarray([int(hashlib.sha1((salt + r.key).encode()).hexdigest()[:8], 16) % T.FOLDS
                    for r in reports for _ in r.labels])
    w = np.ones(len(y))
    losses = {C: T._log_loss(y, T._oof_scores(X, y, g, C, names, w)) for C in (0.003, 0.01, 0.03)}
    C = min(losses, key=lambda c: (round(losses[c], 6), c))
    oof = T._oof_scores(X, y, g, C, names, w)
    a, b = T.platt(oof, y)
    probs = T._split_by_report(1 / (1 + np.exp(-(a * oof + b))), reports)
    cut, f1 = T.best_cut(reports, probs)
    negs = sum(1 for r, ps in zip(reports, probs) if not r.golds and any(p >= cut for p in ps))
    return losses[C], f1, negs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("features", help="comma-separated feature names to test")
    ap.add_argument("gold", nargs="*", help="gold files (PATH or PATH:SPLIT); default: train-accept.sh's")
    ap.add_argument("--seeds", type=int, default=10)
    args = ap.parse_args(argv)
    from hadath.accept.dataset import candidate_pipeline, gold_reports, label
    from hadath.accept.features import feature_names

    new = [n for n in args.features.split(",") if n]
    every = list(feature_names())
    unknown = [n for n in new if n not in every]
    if unknown:
        print(f"accept_features_cv: not computed by hadath.accept.features: {', '.join(unknown)}", file=sys.stderr)
        return 2
    reports = label(gold_reports(args.gold or default_gold()), candidate_pipeline(),
                    on_error=lambda r, e: print(f"skipped {r.key}: {e}", file=sys.stderr))
    reports = sorted(reports, key=lambda r: r.key)
    base = [n for n in every if n not in new]
    sets = [("old", base)] + [("+" + n, base + [n]) for n in new] + ([("all", every)] if len(new) > 1 else [])
    print(f"{len(reports)} reports, {sum(len(r.labels) for r in reports)} candidates, "
          f"{sum(sum(r.labels) for r in reports)} matched; {args.seeds} fold assignments")
    for name, names in sets:
        rows = [run(reports, names, s) for s in range(args.seeds)]
        ll, f1, negs = (sum(x) / len(rows) for x in zip(*rows))
        print(f"{name:24s} log-loss {ll:.4f}  lenient F1 at cut {f1:.4f}  negative reports kept {negs:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
