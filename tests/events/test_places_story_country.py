"""The story's country decides a bare العاصمة and ambiguous names (issue #10, twelfth round):
the nationality of a people or a domestic body (الشرطة التونسية، الجزائريين) names the
capital's country. Sentences of the lead's wording, run through the whole default pipeline
(``hadath.load()``)."""
from __future__ import annotations

from datetime import date

import pytest

import hadath
from hadath.types import Article


@pytest.fixture(scope="module")
def nlp():
    return hadath.load()


CASES = [
    ("اعتقلت الشرطة التونسية 20 شخصا خلال مواجهات ليلية مع شبان رشقوا قوات الأمن بالحجارة"
     " في حي التضامن بالعاصمة.", "Tunis", "Tunisia"),
    ("خرج آلاف الجزائريين في مسيرات بالعاصمة ومدن أخرى", "Algiers", "Algeria"),
    ("قتل 12 شخصا في محافظة مأرب في غارة جوية شنتها طائرة أميركية", "Marib", "Yemen"),
]


@pytest.mark.parametrize("text, location, country", CASES)
def test_the_story_country_places_the_event(nlp, text, location, country):
    evs = nlp(Article("x", text, published=date(2024, 5, 1))).events
    assert [(e.location, e.country) for e in evs] == [(location, country)]
