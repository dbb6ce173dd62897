"""A lead's act at a town named like its province, told again in the body at a place inside it
(hadath.reconcile.headline)."""
from __future__ import annotations

from datetime import date

import pytest

import hadath
from hadath.reconcile.headline import _skeleton
from hadath.types import Article


@pytest.mark.parametrize("a, b", [
    ("Dihok", "Duhok"), ("Idlib", "Idleb"), ("Ar Raqqah", "Raqqa"), ("Arbil", "Erbil"),
    ("Taizz", "Ta'izz"), ("Al Hudaydah", "Hodeidah"),
])
def test_a_town_and_its_province_spelt_two_ways(a, b):
    assert _skeleton(a) == _skeleton(b)


@pytest.mark.parametrize("a, b", [("Homs", "Hama"), ("Zakho", "Duhok"), ("Aleppo", "Idlib")])
def test_other_names_stay_apart(a, b):
    assert _skeleton(a) != _skeleton(b)


def test_the_lead_at_the_province_town_is_the_bodys_act():
    text = ("قصف تركي يقتل 9 سياح في دهوك. قتل تسعة سياح عراقيين وأصيب 23 آخرون، اليوم الأربعاء، بقصف"
            " مدفعي تركي استهدف منتجعا سياحيا في قرية برخ بقضاء زاخو في محافظة دهوك.")
    doc = hadath.load()(Article(id="t", text=text, published=date(2022, 7, 20)))
    assert [(e.location, e.fatalities) for e in doc.events] == [("Perex", 9)]
