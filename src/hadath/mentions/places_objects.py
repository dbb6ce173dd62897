"""The places stage's output objects, built by their constructors (positional shorthands)."""
from __future__ import annotations

from hadath.types import Doc, Mention, PlaceRef, Span


def place_ref(name: str, place, score: float, hint: int, cue: str | None, container,
              cands: tuple) -> PlaceRef:
    return PlaceRef(name=name, place=place, score=score, precision_hint=hint, cue=cue,
                    container=container, candidates=cands)


PLACE = "place"   # the mentions' kind


def mention(span: Span, surface: str, ref: PlaceRef, sentence: int, conf: float) -> Mention:
    return Mention(PLACE, span, surface, ref, sentence, conf)


def with_mentions(doc: Doc, mentions: tuple) -> Doc:
    return doc.with_mentions(mentions, replace=True)
