"""Issue #10, thirtieth round (docs/notes/gaz30.md): the places stage's cheap tests before
costly ones, and place errors left by gaz29. The sentences are the contributors' own."""
from __future__ import annotations

import pytest

from hadath.mentions.places_borders import BORDER_WINDOW, border_country
from hadath.text.stage import TextStage
from hadath.types import Article, Doc
from tests.mentions.conftest import refs_by_surface
from tests.mentions.test_places_round27 import _where


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


# Places gaz29 left: a region named in full with no cue (كردستان العراق: Iraq's Kurdistan
# Region, not Iran's province, also where nothing else of the sentence points to Iraq); the
# Dummar Project quarter of Damascus (places_extra.tsv); Ouallam, whose name starts with و
# (aliases.tsv), read after a town's class noun.
@pytest.mark.parametrize("text, surface, name, cc", [
    ("قتل ثلاثة مسلحين في اشتباكات في كردستان العراق يوم الأحد.", "كردستان العراق",
     "Kurdistan Region", "IQ"),
    ("أفرج عنهم دون اتهامات من منشآت أخرى بكردستان العراق، قالوا لمنظمة حقوقية.",
     "كردستان العراق", "Kurdistan Region", "IQ"),
    ("سقطت قذيفة على حي مشروع دمر بدمشق ما أدى لمقتل طفل.", "مشروع دمر", "Dummar Project", "SY"),
    ("قتل 12 جنديا في هجوم على بلدة والام في منطقة تيلابيري غرب النيجر.", "والام", "Ouallam", "NE"),
    ("هاجم مسلحون مدينة والام شمال نيامي.", "والام", "Ouallam", "NE"),
])
def test_places_added_this_round(place_stage, text, surface, name, cc):
    assert _where(refs_by_surface(place_stage, text), surface) == (name, cc)


# A word that is a particle with proclitics (وإن) or bare (تحت) stays no name after a town's
# class noun or the capital's: only a reading that would put the article before a particle
# (والام: و + ال + أم) leaves the word as written free to be a name.
@pytest.mark.parametrize("text, word", [
    ("وصلت القافلة إلى بلدة وإن كانت الطرق مقطوعة.", "وإن"),
    ("للمرة الأولى منذ سنوات تكون العاصمة تحت سيطرة جماعة واحدة.", "تحت"),
])
def test_no_place_here(place_stage, text, word):
    refs = refs_by_surface(place_stage, text)
    assert not any(s.startswith(word) or word in s.split() for s in refs), refs


def test_border_country_reaches_the_window_end():
    # the farthest phrase: the generic noun at the window's last word, one word more, "with"
    words = "منطقة باجور " + " ".join(["كلمة"] * (BORDER_WINDOW - 1)) + " الحدود الشمالية مع أفغانستان"
    toks = _tokens(words)
    assert border_country(toks, 2, {len(toks) - 1: "AF"}) == (len(toks) - 1, "AF")
