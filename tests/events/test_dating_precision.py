"""CODING.md: an act whose day the text does not state is dated at publication, precision 2."""
from __future__ import annotations

from tests.events.conftest import PUB, events


def test_unstated_day_is_the_publication_week(pipeline):
    (ev,) = events(pipeline, "قصفت قوات النظام مدينة دوما بقذائف الهاون.")
    assert (ev.event_date, ev.time_precision) == (PUB, 2)


def test_stated_day_stays_a_day(pipeline):
    (ev,) = events(pipeline, "قصفت قوات النظام مدينة دوما بقذائف الهاون أمس.")
    assert ev.time_precision == 1 and ev.event_date < PUB
