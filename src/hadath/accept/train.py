"""Fitting the acceptance model (scikit-learn, training time only) with grouped cross-validation.

Deterministic: reports are sorted, folds are assigned by a hash of the report key (5 folds, all
candidates of a report in one fold), the solver is lbfgs, nothing is shuffled at random.

1. Logistic regression on standardized features; its L2 strength is picked from a small grid by
   the cross-validated log-loss.
2. Out-of-fold linear scores are calibrated by Platt scaling (a 1-D logistic fit), so the
   confidence reads as "share of such candidates a coder codes".
3. The minimum confidence is the middle of the flat top of the out-of-fold lenient F1 curve over
   the training reports: the median of the cuts within 0.005 of the best (each cut re-pairs the
   kept candidates with the gold events).
4. The final model is fitted on every report; the cross-validated figures (lenient and strict
   P/R/F1 before and after the cut, on the gold-file reports) go into the model file.
"""
from __future__ import annotations

import hashlib
import math
from dataclasses import dataclass
from typing import Any, Sequence

from hadath.accept.dataset import Report
from hadath.accept.features import feature_names
from hadath.accept.model import AcceptModel
from hadath.errors import HadathError

C_GRID = (0.003, 0.01, 0.03, 0.1, 0.3, 1.0)
FOLDS = 5
CUTS = tuple(round(0.01 * i, 2) for i in range(0, 96))


class TrainingError(HadathError):
    """The training data cannot give a model (no candidates, one class only, ...)."""


def _need_sklearn():
    try:
        from sklearn.linear_model import LogisticRegression
    except ModuleNotFoundError:
        raise TrainingError("hadath train needs scikit-learn: pip install 'hadath[train]'") from None
    return LogisticRegression


def fold_of(key: str, folds: int = FOLDS) -> int:
    """A report's fold: a stable hash of its key (no random state)."""
    return int(hashlib.sha1(key.encode("utf-8")).hexdigest()[:8], 16) % folds


@dataclass
class Fitted:
    names: tuple[str, ...]
    mean: Any
    scale: Any
    coef: Any
    intercept: float

    def scores(self, X):
        return ((X - self.mean) / self.scale) @ self.coef + self.intercept


def _matrix(reports: Sequence[Report], names: Sequence[str]):
    import numpy as np

    rows = [[f.get(n, 0.0) for n in names] for r in reports for f in r.features]
    y = [y for r in reports for y in r.labels]
    return np.asarray(rows, dtype=float).reshape(len(y), len(names)), np.asarray(y, dtype=int)


def fit(X, y, C: float, weights=None, names: Sequence[str] = ()) -> Fitted:
    import numpy as np

    LogisticRegression = _need_sklearn()
    mean = X.mean(axis=0)
    scale = X.std(axis=0)
    scale[scale < 1e-9] = 1.0
    if len(set(y.tolist())) < 2:  # one class: a constant model
        p = min(max(float(y.mean()), 1e-3), 1 - 1e-3)
        return Fitted(tuple(names), mean, scale, np.zeros(X.shape[1]), math.log(p / (1 - p)))
    clf = LogisticRegression(C=C, max_iter=5000, solver="lbfgs")
    clf.fit((X - mean) / scale, y, sample_weight=weights)
    return Fitted(tuple(names), mean, scale, clf.coef_[0].copy(), float(clf.intercept_[0]))


def _oof_scores(X, y, folds, C: float, names, weights):
    import numpy as np

    out = np.zeros(len(y))
    for k in sorted(set(folds.tolist())):
        test = folds == k
        m = fit(X[~test], y[~test], C, weights=weights[~test], names=names)
        out[test] = m.scores(X[test])
    return out


def _log_loss(y, s) -> float:
    import numpy as np

    p = 1 / (1 + np.exp(-np.clip(s, -30, 30)))
    p = np.clip(p, 1e-6, 1 - 1e-6)
    return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))


def platt(scores, y) -> tuple[float, float]:
    """(a, b) of sigmoid(a * s + b) fitted to the labels (almost unregularized)."""
    LogisticRegression = _need_sklearn()
    if len(set(y.tolist())) < 2:
        return 1.0, 0.0
    clf = LogisticRegression(C=1e4, max_iter=5000, solver="lbfgs")
    clf.fit(scores.reshape(-1, 1), y)
    return float(clf.coef_[0][0]), float(clf.intercept_[0])


def _split_by_report(values, reports: Sequence[Report]) -> list[list[float]]:
    out, i = [], 0
    for r in reports:
        n = len(r.labels)
        out.append([float(v) for v in values[i:i + n]])
        i += n
    return out


def lenient_counts(reports: Sequence[Report], probs: Sequence[Sequence[float]], cut: float) -> tuple[int, int, int]:
    """(matched, predicted, gold) when candidates below ``cut`` are dropped."""
    from hadath.evaluation.score import lenient_pairs

    matched = predicted = gold = 0
    for r, ps in zip(reports, probs):
        kept = [rec for rec, p in zip(r.records, ps) if p >= cut]
        predicted += len(kept)
        gold += len(r.golds)
        matched += len(lenient_pairs(r.golds, kept)) if kept and r.golds else 0
    return matched, predicted, gold


def f1(matched: int, predicted: int, gold: int) -> float:
    p = matched / predicted if predicted else 0.0
    r = matched / gold if gold else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


CUT_TOLERANCE = 0.005  # lenient F1 within which cuts count as the curve's flat top


def best_cut(reports: Sequence[Report], probs: Sequence[Sequence[float]]) -> tuple[float, float]:
    """(cut, lenient F1): the middle of the curve's flat top - the median of the cuts whose
    out-of-fold F1 is within ``CUT_TOLERANCE`` of the best. Near the top the curve is flat and
    its argmax jumps between retrainings (0.52, 0.59 ...); the lowest such cut leans to recall
    (it kept 10 events on 21 negative reports), the highest to precision."""
    scores = [(c, f1(*lenient_counts(reports, probs, c))) for c in CUTS]
    top = max(s for _, s in scores)
    flat = [(c, s) for c, s in scores if s >= top - CUT_TOLERANCE]
    return flat[len(flat) // 2]


def curve(reports: Sequence[Report], probs: Sequence[Sequence[float]], step: int = 5) -> list[list[float]]:
    """[cut, lenient P, R, F1] every ``step`` hundredths: what a user trades with --min-confidence."""
    out = []
    for c in CUTS[::step]:
        m, pr, g = lenient_counts(reports, probs, c)
        out.append([c, round(m / pr if pr else 0.0, 3), round(m / g if g else 0.0, 3), round(f1(m, pr, g), 3)])
    return out


def figures(reports: Sequence[Report], probs: Sequence[Sequence[float]], cut: float) -> dict[str, Any]:
    """hadath eval's lenient and strict P/R/F1 on the gold-file reports, before and after the
    cut: all files together, then ``by_file``."""
    out = _figures(reports, probs, cut)
    origins = sorted({r.origin for r in reports if r.gold_doc is not None})
    if len(origins) > 1:
        out["by_file"] = {o: _figures(*zip(*[(r, p) for r, p in zip(reports, probs) if r.origin == o]), cut)
                          for o in origins}
    return out


def _figures(reports: Sequence[Report], probs: Sequence[Sequence[float]], cut: float) -> dict[str, Any]:
    from hadath.evaluation.score import score

    docs = [r for r in reports if r.gold_doc is not None]
    out: dict[str, Any] = {"reports": len(docs)}
    for name, c in (("before", None), ("after", cut)):
        preds = {r.article.id: [rec for rec, p in zip(r.records, ps) if c is None or p >= c]
                 for r, ps in zip(reports, probs) if r.gold_doc is not None}
        s = score([r.gold_doc for r in docs], preds).summary()
        le = s["lenient"]
        out[name] = {"predicted": s["predicted_events"], "gold": s["gold_events"],
                     "lenient": [round(le["precision"], 3), round(le["recall"], 3), round(le["f1"], 3)],
                     "strict": [round(s["precision"], 3), round(s["recall"], 3), round(s["f1"], 3)],
                     "events_on_negative_reports": s["events_on_negative_documents"]}
    return out


def train(reports: Sequence[Report], folds: int = FOLDS, review_weight: float = 1.0) -> tuple[AcceptModel, dict]:
    """Fit the model on labelled reports; returns the model and the cross-validation report."""
    import numpy as np

    reports = sorted(reports, key=lambda r: r.key)  # reports without candidates still count for recall
    if not any(r.labels for r in reports):
        raise TrainingError("no labelled candidates: the pipeline found no events in the gold reports")
    names = feature_names()
    X, y = _matrix(reports, names)
    if len(set(y.tolist())) < 2:
        raise TrainingError(f"all {len(y)} candidates are labelled {int(y[0])}: need both matched and "
                            "unmatched candidates to learn from")
    groups = np.asarray([fold_of(r.key, folds) for r in reports for _ in r.labels])
    weights = np.asarray([review_weight if r.gold_doc is None else 1.0 for r in reports for _ in r.labels])
    losses = {C: _log_loss(y, _oof_scores(X, y, groups, C, names, weights)) for C in C_GRID}
    C = min(C_GRID, key=lambda c: (round(losses[c], 6), c))
    oof = _oof_scores(X, y, groups, C, names, weights)
    a, b = platt(oof, y)
    oof_p = 1 / (1 + np.exp(-(a * oof + b)))
    probs = _split_by_report(oof_p, reports)
    cut, cv_f1 = best_cut(reports, probs)
    final = fit(X, y, C, weights=weights, names=names)
    cv = {"folds": folds, "grouped_by": "report", "C": C,
          "log_loss": {str(k): round(v, 4) for k, v in losses.items()},
          "candidates": int(len(y)), "positives": int(y.sum()), "min_confidence": cut,
          "lenient_f1_at_cut": round(cv_f1, 3), "figures": figures(reports, probs, cut),
          "curve": curve(reports, probs),
          "reliability": reliability_rows(oof_p, y)}
    model = AcceptModel(features=tuple(names), mean=tuple(map(float, final.mean)),
                        scale=tuple(map(float, final.scale)), coef=tuple(map(float, final.coef)),
                        intercept=final.intercept, calib_a=a, calib_b=b, min_confidence=cut)
    return model, cv


def reliability_rows(p, y, bins: int = 10) -> list[list[float]]:
    from hadath.evaluation.calibration import reliability

    return [[row.low, row.high, row.n, round(row.mean_confidence, 3), round(row.observed, 3)]
            for row in reliability(zip(map(float, p), map(bool, y)), bins) if row.n]


def file_checks(reports: Sequence[Report], origin: str, folds: int = FOLDS) -> dict[str, Any]:
    """Two honest readings of what one gold file adds (its reports keyed by ``origin``):
    ``without`` - a model trained (C and cut chosen as above) on every other report, scored on
    the file's reports (out of sample: none of them was seen); ``alone`` - the file's own
    cross-validated figures, a model trained on it alone. A reading the data cannot give (one
    class only) is left out."""
    own = [r for r in reports if r.origin == origin]
    rest = [r for r in reports if r.origin != origin]
    out: dict[str, Any] = {}
    try:
        model, _cv = train(rest, folds=folds)
    except TrainingError:
        pass
    else:
        probs = [[model.probability(f) for f in r.features] for r in own]
        out["without"] = {"min_confidence": model.min_confidence, **_figures(own, probs, model.min_confidence)}
    try:
        _model, cv = train(own, folds=folds)
    except TrainingError:
        pass
    else:
        out["alone"] = {"min_confidence": cv["min_confidence"], "C": cv["C"], **cv["figures"]}
    return out
