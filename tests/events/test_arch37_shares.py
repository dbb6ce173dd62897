"""Two readers of "N منها/منهم" that are not one rule (arch37; session 27's review), one case per
line: events.shares._share adds the place a share of an act's strikes went to and reads no
number (معظمها too); events.frame_tolls._share reads a counted share as the toll of the place
after it. Pinned so that a later merge of the two shows what it would change."""
from __future__ import annotations

from datetime import date

import pytest

from tests.events.conftest import events

PUB = date(2019, 5, 20)


@pytest.mark.parametrize("text, want", [
    # shares of strikes: the share's place is a place of the act; no toll is read from the share
    ("شنت طائرات التحالف أمس 12 غارة على محافظة مأرب، تركزت 5 منها على مديرية صرواح.",
     [("صرواح", 0)]),
    ("شن طيران التحالف أمس 20 غارة على محافظة صعدة، تركز معظمها على مديرية حيدان.",
     [("حيدان", 0)]),
    ("شن طيران التحالف أمس 15 غارة على محافظة صنعاء، تركزت أغلبها على مديرية نهم.",
     [("نهم", 0)]),
])
def test_a_share_of_strikes_places_the_act(full_pipeline, text, want):
    got = events(full_pipeline, text, PUB)
    assert sorted((e.location_ar, e.fatalities or 0) for e in got) == want, got


@pytest.mark.parametrize("text, want", [
    # shares of a toll: each counted share is the toll of its place; the total's place keeps the rest
    ("قتل تسعة مدنيين في قصف على ريف إدلب، خمسة منهم في بلدة النيرب.", [("An Nayrab", 5), ("Idlib", 4)]),
    ("قتل سبعة مدنيين في قصف طاول مدينة إدلب، وسبعة آخرون في غارات على مدينة بنش.",
     [("Binnish", 7), ("Idlib", 7)]),
])
def test_a_counted_share_of_a_toll_is_its_place_toll(full_pipeline, text, want):
    got = events(full_pipeline, text, PUB)
    assert sorted((e.location, e.fatalities) for e in got if e.fatalities) == want, got
