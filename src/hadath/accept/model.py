"""The acceptance model file and its run-time application (plain Python, no scikit-learn).

A model file is one JSON object::

    {"format": "hadath-accept", "format_version": 1, "model_version": "...",
     "kind": "logistic",
     "features": [names], "mean": [...], "scale": [...], "coef": [...], "intercept": b,
     "calibration": {"a": a, "b": c},          # Platt scaling of the linear score
     "min_confidence": t,                       # chosen by cross-validation (max lenient F1)
     "trained_on": {...}, "cv": {...}}          # provenance and cross-validated figures

The event's confidence is ``sigmoid(a * s + c)`` with ``s = intercept + sum(coef_i * (x_i -
mean_i) / scale_i)``. The bundled model lives in ``hadath/data/models/accept.json``.
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any, Mapping, Sequence

from hadath.errors import DataError

FORMAT = "hadath-accept"
FORMAT_VERSION = 1
BUNDLED = "models/accept.json"


@dataclass(frozen=True)
class AcceptModel:
    features: tuple[str, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    coef: tuple[float, ...]
    intercept: float
    calib_a: float = 1.0
    calib_b: float = 0.0
    min_confidence: float = 0.5
    model_version: str = ""
    meta: Mapping[str, Any] = field(default_factory=dict)

    @cached_property
    def _terms(self) -> dict[str, tuple[float, float, float]]:
        """Feature name -> (mean, scale, coef)."""
        return {n: (m, sc, w) for n, m, sc, w in zip(self.features, self.mean, self.scale, self.coef)}

    def score(self, feats: Mapping[str, float]) -> float:
        """The linear score of one feature dict (missing features count as their mean, so they
        add nothing: the one-hot features an event lacks cost no time)."""
        terms = self._terms
        s = self.intercept
        for name, x in feats.items():
            t = terms.get(name)
            if t is not None and x is not None:
                m, sc, w = t
                s += w * (x - m) / sc
        return s

    def probability(self, feats: Mapping[str, float]) -> float:
        """The calibrated probability that the candidate is a real, codable event."""
        return _sigmoid(self.calib_a * self.score(feats) + self.calib_b)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "format": FORMAT, "format_version": FORMAT_VERSION, "model_version": self.model_version,
            "kind": "logistic", "features": list(self.features),
            "mean": [round(x, 8) for x in self.mean], "scale": [round(x, 8) for x in self.scale],
            "coef": [round(x, 8) for x in self.coef], "intercept": round(self.intercept, 8),
            "calibration": {"method": "platt", "a": round(self.calib_a, 8), "b": round(self.calib_b, 8)},
            "min_confidence": round(self.min_confidence, 4),
        }
        out.update({k: v for k, v in self.meta.items() if k not in out})
        return out


def _sigmoid(z: float) -> float:
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


def _floats(obj: Mapping[str, Any], key: str, n: int, where: str) -> tuple[float, ...]:
    v = obj.get(key)
    if not isinstance(v, list) or len(v) != n or not all(isinstance(x, (int, float)) for x in v):
        raise DataError(f"{where}: \"{key}\" must be a list of {n} numbers")
    return tuple(float(x) for x in v)


def _number(obj: Mapping[str, Any], key: str, where: str, default: float | None = None) -> float:
    v = obj.get(key, default)
    if not isinstance(v, (int, float)) or isinstance(v, bool) or not math.isfinite(v):
        raise DataError(f"{where}: \"{key}\" must be a number")
    return float(v)


def from_json(obj: Any, where: str = "model") -> AcceptModel:
    """Validate a parsed model file; DataError names what is wrong."""
    from hadath.accept.features import feature_names, retired_features

    if not isinstance(obj, dict) or obj.get("format") != FORMAT:
        raise DataError(f"{where}: not a hadath acceptance model (\"format\": \"{FORMAT}\" missing)")
    if obj.get("format_version") != FORMAT_VERSION:
        raise DataError(f"{where}: model format version {obj.get('format_version')!r}; this hadath reads "
                        f"version {FORMAT_VERSION} (retrain with `hadath train`)")
    if obj.get("kind") != "logistic":
        raise DataError(f"{where}: unknown model kind {obj.get('kind')!r}")
    names = obj.get("features")
    if not isinstance(names, list) or not all(isinstance(x, str) for x in names):
        raise DataError(f"{where}: \"features\" must be a list of names")
    unknown = sorted(set(names) - set(feature_names()) - retired_features())
    if unknown:
        raise DataError(f"{where}: the model uses features this hadath does not compute "
                        f"({', '.join(unknown[:5])}); retrain it with `hadath train`")
    n = len(names)
    scale = _floats(obj, "scale", n, where)
    if any(s <= 0 for s in scale):
        raise DataError(f"{where}: \"scale\" values must be positive")
    calib = obj.get("calibration") or {}
    if not isinstance(calib, dict):
        raise DataError(f"{where}: \"calibration\" must be an object")
    t = _number(obj, "min_confidence", where, 0.5)
    if not 0.0 <= t <= 1.0:
        raise DataError(f"{where}: \"min_confidence\" must lie in [0, 1]")
    meta = {k: v for k, v in obj.items() if k in ("trained_on", "cv", "created_by", "notes")}
    return AcceptModel(
        features=tuple(names), mean=_floats(obj, "mean", n, where), scale=scale,
        coef=_floats(obj, "coef", n, where), intercept=_number(obj, "intercept", where),
        calib_a=_number(calib, "a", where, 1.0), calib_b=_number(calib, "b", where, 0.0),
        min_confidence=t, model_version=str(obj.get("model_version") or ""), meta=meta)


def read_model(path: str | Path) -> AcceptModel:
    path = Path(path)
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise DataError(f"{path}: cannot read the model file ({exc.strerror})") from exc
    except UnicodeDecodeError:
        raise DataError(f"{path}: the model file is not UTF-8 text") from None
    try:
        obj = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise DataError(f"{path}: not valid JSON ({exc.msg}, line {exc.lineno})") from None
    return from_json(obj, str(path))


def load_model(path: str | Path | None = None) -> AcceptModel:
    """The model at ``path``, or the bundled one; read once per file version (a retrained
    file at the same path is read again)."""
    if path:
        p = Path(path)
        try:
            stamp = p.stat().st_mtime_ns
        except OSError as exc:
            raise DataError(f"{p}: cannot read the model file ({exc.strerror})") from exc
        return _load(str(p), stamp)
    from hadath.resources import data_path

    return _load(str(data_path(BUNDLED)), 0)


@lru_cache(maxsize=8)
def _load(path: str, stamp: int) -> AcceptModel:
    return read_model(path)


def write_model(model: AcceptModel, path: str | Path) -> None:
    text = json.dumps(model.to_json(), ensure_ascii=False, indent=1, sort_keys=False)
    Path(path).write_text(text + "\n", encoding="utf-8")


def probabilities(model: AcceptModel, rows: Sequence[Mapping[str, float]]) -> list[float]:
    return [model.probability(r) for r in rows]
