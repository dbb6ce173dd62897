"""Helpers other packages read are public where they are defined (review33): number_words.cue_words
(events.joined, events.unnumbered), export.table.display_width / cut_to_width (cli.stats)."""
from __future__ import annotations

import pytest

from hadath.export.table import cut_to_width, display_width
from hadath.text.normalize import normalize_key
from hadath.text.number_words import cue_words


@pytest.mark.parametrize("role, word", [("unit_after", "عاما"), ("unit_after", "أيام"), ("month", "يناير")])
def test_cue_words(role, word):
    assert normalize_key(word) in cue_words(role)


@pytest.mark.parametrize("s, n, width, cut", [
    ("Aleppo", 10, 6, "Aleppo"), ("Aleppo", 4, 6, "Ale…"), ("中文", 4, 4, "中文"), ("中文字", 4, 6, "中…"),
])
def test_display_width_and_cut(s, n, width, cut):
    assert display_width(s) == width and cut_to_width(s, n) == cut
