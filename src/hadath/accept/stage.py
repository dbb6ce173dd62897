"""The ``accept`` stage: a calibrated confidence for every candidate event, and the cut.

Runs last. Each event gets ``confidence["event"]``, the acceptance model's calibrated
probability that a coder would code it (see :mod:`hadath.accept.model`); events below the
minimum confidence are dropped, or kept with the flag ``below_min_confidence`` when the option
``keep_rejected`` is set (for JSONL review files).

Options (``PipelineConfig.options``):

- ``min_confidence``: a number in [0, 1]; default the model's own, chosen by cross-validation
  to maximize lenient F1 on the development set. 0 keeps everything.
- ``accept_model``: path of a model file written by ``hadath train`` (default: the bundled one).
- ``keep_rejected``: keep the events below the cut, flagged.
"""
from __future__ import annotations

from typing import Any, ClassVar

from hadath.accept.features import event_features
from hadath.accept.model import AcceptModel, load_model
from hadath.errors import PipelineError
from hadath.types import Doc, Event, evolve

FLAG = "below_min_confidence"


def min_confidence_option(value: Any) -> float | None:
    """The ``min_confidence`` option as a float in [0, 1] (None: the model's default)."""
    if value is None or value == "":
        return None
    try:
        t = float(value)
    except (TypeError, ValueError):
        raise PipelineError(f"min_confidence must be a number in [0, 1], not {value!r}") from None
    if not 0.0 <= t <= 1.0:
        raise PipelineError(f"min_confidence must lie in [0, 1], not {t}")
    return t


class AcceptStage:
    name: ClassVar[str] = "accept"
    requires: ClassVar[tuple[str, ...]] = ("tokens", "events:geo")
    assigns: ClassVar[tuple[str, ...]] = ("events:confidence",)

    def __init__(self, config=None, model: AcceptModel | None = None) -> None:
        opts = dict(getattr(config, "options", None) or {})
        self.model = model if model is not None else load_model(opts.get("accept_model"))
        t = min_confidence_option(opts.get("min_confidence"))
        self.min_confidence = self.model.min_confidence if t is None else t
        self.keep_rejected = bool(opts.get("keep_rejected"))

    def __call__(self, doc: Doc) -> Doc:
        if not doc.events:
            return doc
        out: list[Event] = []
        for ev, feats in zip(doc.events, event_features(doc)):
            p = round(self.model.probability(feats), 4)
            below = p < self.min_confidence
            if below and not self.keep_rejected:
                continue
            out.append(_with_confidence(ev, p, below))
        return doc.with_events(out)


def _with_confidence(ev: Event, p: float, below: bool) -> Event:
    """``ev`` with ``confidence["event"] = p`` and, when ``below`` the cut, the flag."""
    flags = ev.flags + (FLAG,) if below and FLAG not in ev.flags else ev.flags
    return evolve(ev, confidence={**ev.confidence, "event": p}, flags=flags)


def accept_options(min_confidence: float | None = None, model: str | None = None,
                   keep_rejected: bool = False) -> dict[str, Any]:
    """PipelineConfig options for this stage from command-line values (None: not given)."""
    opts: dict[str, Any] = {}
    if min_confidence is not None:
        opts["min_confidence"] = min_confidence_option(min_confidence)
    if model:
        opts["accept_model"] = str(model)
    if keep_rejected:
        opts["keep_rejected"] = True
    return opts


def cut(records: list[dict[str, Any]], min_confidence: float | None) -> list[dict[str, Any]]:
    """The records an output keeps: none flagged below the cut, and with ``min_confidence`` none
    whose ``confidence["event"]`` is lower (records without one are kept)."""
    out = []
    for r in records:
        c = (r.get("confidence") or {}).get("event")
        if min_confidence is not None and isinstance(c, (int, float)):
            if c >= min_confidence:
                out.append(r)
        elif FLAG not in (r.get("flags") or ()):
            out.append(r)
    return out
