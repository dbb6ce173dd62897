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


def people(doers: dict[str, bool]) -> frozenset[str]:
    """The countries named by the nationality of a people or a domestic body (no doer's)."""
    from hadath.mentions.places_recognize import NISBA

    return frozenset(k[len(NISBA):] for k, d in doers.items() if not d and k.startswith(NISBA))


def confidence(ref: PlaceRef) -> float:
    """A place mention's confidence: its resolution score, or a fixed one for a country named by
    an adjective (involved, no location) and for an unresolved name."""
    if ref.cue == "nisba":
        return 0.2
    if ref.place is None:
        return 0.3
    return round(min(1.0, max(0.1, ref.score / 10 + 0.5)), 3)
