"""The ``quantities`` stage: every count in the article as a ``quantity`` mention.

The reading itself (number words, digits, duals, bounds, vague words) lives in
:mod:`hadath.text.numbers`; stages that need the counted noun call
:func:`hadath.text.numbers.find_quantities` on ``doc.tokens`` directly.
"""
from __future__ import annotations

from typing import ClassVar

from hadath.text.numbers import QuantityMatch, find_quantities
from hadath.types import Doc, Mention

__all__ = ["QuantityStage", "quantity_mentions", "QuantityMatch"]

_CONFIDENCE = {"number": 1.0, "dual": 0.9, "vague": 0.7, "bare": 0.5}


def quantity_mentions(doc: Doc) -> tuple[Mention, ...]:
    text = doc.article.text
    out = []
    cols = doc.columns
    for m in find_quantities(doc.tokens, cols.type_ids if cols is not None else ()):
        sentence = doc.tokens[m.start].sentence
        out.append(Mention("quantity", m.span, m.span.of(text), m.quantity, sentence,
                           _CONFIDENCE.get(m.kind, 1.0)))
    return tuple(out)


class QuantityStage:
    name: ClassVar[str] = "quantities"
    requires: ClassVar[tuple[str, ...]] = ("tokens",)
    assigns: ClassVar[tuple[str, ...]] = ("mentions:quantity",)

    def __init__(self, config=None) -> None:
        self.config = config

    def __call__(self, doc: Doc) -> Doc:
        return doc.with_mentions(quantity_mentions(doc))
