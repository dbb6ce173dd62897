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


def _refs(stage, text):
    doc = TextStage()(Doc(Article("t", text)))
    return [(m.surface, m.value) for m in stage(doc).mentions_of("place")]


def test_a_quoted_list_of_quarters_is_held_by_the_town_named_after_it(stage):
    # every quoted quarter after أحياء is a place; the town after the last holds them all, so
    # a name read elsewhere (بري: an English town) is coded to it instead
    refs = dict(_refs(stage, 'فرقت الشرطة المتظاهرين أمس في أحياء "شمبات" و"بري" و"كوبر" في الخرطوم.'))
    assert {"شمبات", "بري", "كوبر"} <= set(refs), refs
    for name in ("شمبات", "بري", "كوبر"):
        ref = refs[name]
        assert ref.container is not None and ref.container.name == "Khartoum", (name, ref)
        assert ref.place is None or ref.place.country_code == "SD", (name, ref)


def test_a_quoted_list_with_nothing_to_place_it_keeps_its_first_name_only(stage):
    refs = [s for s, _r in _refs(stage, 'سيطرت القوات أمس على قرى "حمراء" و"صولان" و"رفقة".')]
    assert "حمراء" in refs and "صولان" not in refs and "رفقة" not in refs, refs
