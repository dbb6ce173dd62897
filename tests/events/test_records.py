"""hadath.events.records: folding a continuation into the event it continues."""
from __future__ import annotations

from datetime import date

from hadath.events.records import continue_event
from hadath.types import Event, Span


def _ev(actor_span, trig):
    return Event(article_id="a", event_type="Battles", sub_event_type="Armed clash", event_date=date(2024, 1, 2),
                 actor1="Military Forces of Sudan", inter1=1,
                 evidence={"actor1": (actor_span,), "trigger": (Span(*trig),)})


def test_a_continuation_adds_its_spans_once():
    same = Span(10, 20)
    got = continue_event(_ev(same, (0, 5)), _ev(same, (30, 35)))
    assert got.evidence["actor1"] == (same,)  # the side both name, once
    assert got.evidence["trigger"] == (Span(0, 5), Span(30, 35))
