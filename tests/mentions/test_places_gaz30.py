"""Issue #10, thirtieth round (docs/notes/gaz30.md): the places stage's cheap tests before
costly ones. The sentences are the contributors' own."""
from __future__ import annotations

import pytest

from hadath.mentions.places_borders import BORDER_WINDOW, border_country
from hadath.text.stage import TextStage
from hadath.types import Article, Doc


def _tokens(text: str):
    return TextStage()(Doc(Article("t", text))).tokens


# border_country: the country's token must lie within the phrase's reach after the name; the
# early exit on no country there must give what the full scan gives.
@pytest.mark.parametrize("text, end, country_at, want", [
    ("منطقة باجور على الحدود مع أفغانستان", 2, {5: "AF"}, (5, "AF")),
    ("منطقة باجور على الحدود الشمالية مع أفغانستان", 2, {6: "AF"}, (6, "AF")),
    ("منطقة باجور على الحدود مع أفغانستان", 2, {}, None),
    ("منطقة باجور على الحدود مع أفغانستان", 2, {1: "AF"}, None),
    ("منطقة باجور قرب مدينة كبيرة", 2, {4: "AF"}, None),
])
def test_border_country(text, end, country_at, want):
    assert border_country(_tokens(text), end, country_at) == want


def test_border_country_reach_is_the_window():
    # a country named past the farthest token the phrase can reach is none of the name's
    words = "منطقة باجور " + " ".join(["كلمة"] * (BORDER_WINDOW + 4)) + " على الحدود مع أفغانستان"
    toks = _tokens(words)
    assert border_country(toks, 2, {len(toks) - 1: "AF"}) is None

def test_border_country_reaches_the_window_end():
    # the farthest phrase: the generic noun at the window's last word, one word more, "with"
    words = "منطقة باجور " + " ".join(["كلمة"] * (BORDER_WINDOW - 1)) + " الحدود الشمالية مع أفغانستان"
    toks = _tokens(words)
    assert border_country(toks, 2, {len(toks) - 1: "AF"}) == (len(toks) - 1, "AF")
