"""Reliability of event confidences: bins of predicted confidence vs. the observed share matched.

A candidate's confidence (``confidence["event"]``, set by the ``accept`` stage) is calibrated
when, among the candidates given about 0.7, about 70% pair with a gold event under the lenient
(coder-to-coder) matching. :func:`reliability` bins (confidence, matched) pairs;
:func:`format_reliability` prints the table ``hadath eval --calibration`` shows, with the
expected calibration error (the bins' |confidence - observed| weighted by their size).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable, Mapping, Sequence


@dataclass(frozen=True)
class Bin:
    low: float
    high: float
    n: int
    mean_confidence: float
    observed: float          # share of the bin's candidates that matched a gold event


def reliability(pairs: Iterable[tuple[float, bool]], bins: int = 10) -> list[Bin]:
    """Equal-width bins over [0, 1] (the last one closed)."""
    if bins < 1:
        raise ValueError("bins must be at least 1")
    n = [0] * bins
    conf = [0.0] * bins
    hit = [0] * bins
    for p, matched in pairs:
        p = min(max(float(p), 0.0), 1.0)
        k = min(int(p * bins), bins - 1)
        n[k] += 1
        conf[k] += p
        hit[k] += bool(matched)
    return [Bin(round(k / bins, 4), round((k + 1) / bins, 4), n[k],
                conf[k] / n[k] if n[k] else 0.0, hit[k] / n[k] if n[k] else 0.0)
            for k in range(bins)]


def expected_calibration_error(table: Sequence[Bin]) -> float:
    total = sum(b.n for b in table)
    return sum(b.n * abs(b.mean_confidence - b.observed) for b in table) / total if total else 0.0


def matched_confidences(docs, predictions: Mapping[str, Sequence[Mapping[str, Any]]],
                        km: float = 10.0, lenient_km: float | None = None) -> list[tuple[float, bool]]:
    """(confidence, matched) for every prediction that carries ``confidence["event"]``; matched
    means paired with a gold event by the lenient matching of its report."""
    from hadath.evaluation.score import LENIENT_KM, lenient_pairs

    out: list[tuple[float, bool]] = []
    for doc in docs:
        preds = list(predictions.get(doc.article.id, ()))
        paired = {i for i, _ in lenient_pairs(list(doc.events), preds, km, lenient_km or LENIENT_KM)}
        for i, p in enumerate(preds):
            c = (p.get("confidence") or {}).get("event")
            if isinstance(c, (int, float)):
                out.append((float(c), i in paired))
    return out


def format_reliability(table: Sequence[Bin]) -> str:
    lines = ["reliability (lenient matching)", "  confidence      n   mean conf   observed"]
    for b in table:
        if b.n:
            lines.append(f"  {b.low:.1f}-{b.high:.1f} {b.n:>9} {b.mean_confidence:>11.3f} {b.observed:>10.3f}")
        else:
            lines.append(f"  {b.low:.1f}-{b.high:.1f} {0:>9} {'-':>11} {'-':>10}")
    total = sum(b.n for b in table)
    lines.append(f"  candidates {total}, expected calibration error "
                 f"{expected_calibration_error(table):.3f}")
    return "\n".join(lines)
