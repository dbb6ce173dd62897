"""Round 26 (issue #9, docs/notes/types26.md): an act placed only by a part of a country is kept
at the country, precision 3, when the report names nothing finer there. Made-up sentences."""
from __future__ import annotations

from datetime import date

import pytest

import hadath
from hadath.pipeline import CANDIDATE_STAGES
from hadath.types import Article

PUB = date(2024, 5, 14)


@pytest.fixture(scope="module")
def pipeline():
    """Events as reconcile leaves them by default: records placed only at a country dropped."""
    return hadath.load(stages=CANDIDATE_STAGES)


def events(pipeline, text, published=PUB):
    return pipeline(Article("t", text, published=published)).events


@pytest.mark.parametrize("text, places", [
    # a deadly act at a part of a country (a compass word, an unnamed village of it): kept at
    # the country (reconcile.coarse.country_part), flagged country_part
    ("قتل خمسة جنود أمس في هجوم على موقع للجيش شمال بوركينا فاسو.", [("بوركينا فاسو", 3)]),
    ("قتل عشرة مدنيين أمس في هجوم شنه مسلحون على قرية بوسط مالي.", [("مالي", 3)]),
    # (a finer place of the report in that country wins; a country named with no part, or a
    # part with no toll, makes no record)
    ("قتل جنديان أمس في هجوم على دورية في شمال مالي، وقتل 3 مدنيين في مدينة غاو.", [("غاو", 1)]),
    ("قتل 8 أشخاص أمس في هجوم في بوركينا فاسو.", []),
    ("هاجم مسلحون أمس موقعا للجيش شمال بوركينا فاسو.", []),
])
def test_country_part(pipeline, text, places):
    got = events(pipeline, text, PUB)
    assert [(e.location_ar, e.geo_precision) for e in got] == places, got
    assert all("country_part" in e.flags for e in got if e.geo_precision == 3)
