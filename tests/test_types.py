"""hadath.types: Token extents, and evolve (dataclasses.replace through the constructor)."""
from __future__ import annotations

from dataclasses import dataclass, field, replace

import pytest

from hadath.types import Event, PlaceRef, Span, evolve, field_values


def _event() -> Event:
    return Event("a1", "Battles", "Armed clash", actor1="X", fatalities=3,
                 evidence={"trigger": (Span(0, 4),)}, confidence={"event": 0.5}, flags=("f",))


def test_evolve_is_replace() -> None:
    ev = _event()
    got = evolve(ev, fatalities=5, flags=())
    assert got == replace(ev, fatalities=5, flags=()) and got is not ev
    assert got.__class__ is Event and ev.fatalities == 3
    ref = PlaceRef("x", None, score=1.5)
    assert evolve(ref, cue="c") == replace(ref, cue="c")


def test_evolve_rejects_an_unknown_field() -> None:
    with pytest.raises(TypeError):
        evolve(_event(), no_such_field=1)


def test_field_values_is_shallow() -> None:
    ev = _event()
    values = field_values(ev)
    assert list(values) == [f for f in Event.__dataclass_fields__]
    assert values["evidence"] is ev.evidence and Event(**values) == ev


@dataclass(frozen=True)
class _Derived:
    a: int
    b: int = field(init=False, default=0)


def test_a_field_outside_init_falls_back_to_replace() -> None:
    d = _Derived(1)
    assert evolve(d, a=2) == _Derived(2)
    assert field_values(d) == {"a": 1, "b": 0}


def test_doc_with_mentions_and_events_copy_every_other_field() -> None:
    from dataclasses import fields

    from hadath.pipeline import build_pipeline
    from hadath.types import Article, Doc, Mention, Quantity

    doc = build_pipeline(["text", "triggers"])(Article("a", "قتل 3 مدنيين في قصف."))
    m = Mention("quantity", Span(4, 5), "3", Quantity(3), 0)
    pairs = [(doc.with_mentions([m]), replace(doc, mentions=doc.mentions + (m,))),
             (doc.with_mentions([], scan=None), doc),
             (doc.with_events([]), replace(doc, events=())),
             (doc.with_mentions((m,), replace=True), replace(doc, mentions=(m,)))]
    for got, want in pairs:
        assert got is not doc
        for f in fields(Doc):  # scan and columns compare=False: checked by identity
            assert getattr(got, f.name) is getattr(want, f.name) or \
                getattr(got, f.name) == getattr(want, f.name), f.name
    assert doc.columns is not None and doc.scan is not None
