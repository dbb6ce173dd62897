"""A list of governorates whose later members are common words (الشرقية، الغربية): each member
after a plain name is a place slot, not only the first (issue #10, sixth round)."""
from __future__ import annotations

import pytest

from hadath.mentions.places import PlaceStage
from hadath.text.stage import TextStage
from hadath.types import Article, Doc


@pytest.fixture(scope="module")
def stage():
    return PlaceStage()   # the bundled index


def _names(stage, text):
    doc = TextStage()(Doc(Article("t", text)))
    return [r.place.name if r.place else None for r in
            (m.value for m in stage(doc).mentions_of("place"))]


def test_a_list_of_weak_names_after_a_plain_one_is_a_list_of_places(stage):
    names = _names(stage, "خرجت مظاهرات أمس في محافظات دمياط والشرقية والغربية، وتحديدا في مدينة طنطا.")
    assert {"Damietta", "Sharqia", "Gharbia"} <= set(names), names


@pytest.mark.parametrize("text", [
    # no name heads the list: the adjectives are no governorates
    "انتشرت قوات الأمن في المناطق الشرقية والغربية من المدينة.",
    # ... nor does a nationality adjective (China's nisba)
    "قرأنا ما كتب عنه في المصادر الصينية والعربية والغربية.",
])
def test_weak_names_alone_stay_words(stage, text):
    names = _names(stage, text)
    assert "Gharbia" not in names and "Sharqia" not in names, names
