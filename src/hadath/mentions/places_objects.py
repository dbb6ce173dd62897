"""Fast constructors of the places stage's output objects (tens per article).

Frozen dataclasses pay an ``object.__setattr__`` round trip per field in ``__init__``; these
build the same objects directly (falling back to the constructors if the contracts in
hadath.types change shape).
"""
from __future__ import annotations

from dataclasses import fields as dc_fields, replace

from hadath.types import Doc, Mention, PlaceRef, Span, new_mention


def plain_dataclass(cls: type) -> bool:
    """A frozen dataclass with an instance __dict__, no __post_init__ and every field in
    __init__: an instance can be built by filling its __dict__ (what __init__ would do)."""
    return ("__slots__" not in cls.__dict__ and not hasattr(cls, "__post_init__")
            and all(f.init for f in dc_fields(cls)))


_REF_FIELDS = tuple(f.name for f in dc_fields(PlaceRef))
_REF_FAST = plain_dataclass(PlaceRef) and _REF_FIELDS == (
    "name", "place", "score", "precision_hint", "cue", "container", "candidates")
_new = object.__new__


def place_ref(name: str, place, score: float, hint: int, cue: str | None, container,
              cands: tuple) -> PlaceRef:
    """``PlaceRef(...)`` (tens per article) without the frozen __setattr__ round trips."""
    if not _REF_FAST:
        return PlaceRef(name=name, place=place, score=score, precision_hint=hint, cue=cue,
                        container=container, candidates=cands)
    r = _new(PlaceRef)
    r.__dict__.update(name=name, place=place, score=score, precision_hint=hint, cue=cue,
                      container=container, candidates=cands)
    return r


def mention(span: Span, surface: str, ref: PlaceRef, sentence: int, conf: float) -> Mention:
    return new_mention("place", span, surface, ref, sentence, conf)


_DOC_FAST = plain_dataclass(Doc)


def with_mentions(doc: Doc, mentions: tuple) -> Doc:
    """``dataclasses.replace(doc, mentions=mentions)`` (once per article): a __dict__ copy."""
    if not _DOC_FAST or doc.__class__ is not Doc:
        return replace(doc, mentions=mentions)
    out = _new(Doc)
    d = out.__dict__
    d.update(doc.__dict__)
    d["mentions"] = mentions
    return out
