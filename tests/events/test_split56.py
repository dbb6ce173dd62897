"""A place told in brackets right after a town is a gloss of it, no place of its list (round
split56): "بلدة قانا (الخريبة)" - a part of the town, another name, the town it lies by - gave a
record at the gloss and none at the town (events.place_chain._gloss). After an area the bracket
names the town hit (ريف حلب الغربي (الأتارب)) and stays one; words in brackets that are no place
(بجاية وعنابة (شرق)) still let the list go on."""
from __future__ import annotations

from datetime import date

import pytest

from hadath.types import Article


@pytest.mark.parametrize("text, places", [
    ("شن الطيران الحربي غارات على بلدة زبقين وبلدة قانا (الخريبة) وبلدة الشعيتية.",
     ["Ech Chaaitiye", "Qana", "Zebqine"]),
    ("قصفت المدفعية بلدة كفرنبل (معرة النعمان) وبلدة حاس.", ["Hassef", "Kafranbel"]),
    ("شن الطيران الحربي غارات على قضاء صور، مستهدفا بلدات زبقين وقانا (الخريبة) والشعيتية.",
     ["Ech Chaaitiye", "Qana", "Zebqine"]),   # (الشعيتية after the bracket: listed since place71)
    # controls: a town glossing an area; directions in brackets; a city part in brackets
    ("قصفت المدفعية ريف حلب الغربي (الأتارب) وبلدة دارة عزة.",   # (Aleppo: as on main, unchanged)
     ["Al Atarib", "Aleppo", "Darat Izzah"]),
    ("خرجت مسيرات في بجاية وعنابة (شرق) والبويرة (وسط) ووهران (غرب) الجمعة.",
     ["Annaba", "Bejaia", "Bouira", "Oran"]),
    ("قصفت المدفعية مدينة حلب (الشيخ مقصود) ومدينة إدلب.", ["Aleppo", "Idlib"]),
])
def test_a_bracketed_place_after_a_town_is_its_gloss(full_pipeline, text, places):
    evs = full_pipeline(Article("t", text, published=date(2024, 3, 14))).events
    assert sorted(e.location for e in evs) == places
