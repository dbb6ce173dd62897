"""The proclitic ك- (like, as) before a one-word place name (place59:
hadath.mentions.places_match.WordCache._likened): only a country or a large town is likened to
(كالعراق، كبغداد). A smaller place's name behind ك is a misreading of a word or a name that
starts with ك: كسروان (Keserwan) is not ك + سروان (Sirvan, Azerbaijan)."""
from __future__ import annotations

import pytest

from tests.mentions.conftest import refs_by_surface


def _places(place_stage, text: str) -> dict[str, str | None]:
    return {k: (r.place.name if r.place else None) for k, r in refs_by_surface(place_stage, text).items()}


KESERWAN = [   # all read سروان as Sirvan on main
    "اندلعت اشتباكات في كسروان أمس.",
    "قطع محتجون الطريق في كسروان احتجاجا على الغلاء.",
    "نصب مسلحون حاجزا في كسروان وجبيل.",
    "قطع محتجون اوتوستراد كسروان بالإطارات المشتعلة.",
    "وشهدت منطقة كسروان تظاهرة حاشدة.",
]


@pytest.mark.parametrize("text", KESERWAN)
def test_no_small_place_behind_like(place_stage, text):
    got = _places(place_stage, text)
    assert "سروان" not in got
    assert "Sirvan" not in got.values()


READ = [
    # a country or a large town behind ك is still read
    ("شهدت دول كالعراق وسوريا احتجاجات.", "العراق", "Iraq"),
    ("خرجت تظاهرات في مدن كبغداد والبصرة.", "بغداد", "Baghdad"),
    ("وتكررت الهجمات في دول كمصر والأردن.", "مصر", "Egypt"),
    # names that start with ك are read whole, as before
    ("قتل شخصان في كسلا شرق السودان.", "كسلا", "Kassala"),
    ("وقع هجوم في كفرزيتا بريف حماة.", "كفرزيتا", "Kafr Zayta"),
    ("اندلعت اشتباكات في كوستي أمس.", "كوستي", "Kosti"),
    ("اندلعت اشتباكات في كلار أمس.", "كلار", "Kelar"),
    ("تظاهر المئات في كربلاء.", "كربلاء", "Karbala"),
]


@pytest.mark.parametrize("text,surface,name", READ)
def test_read_as_before(place_stage, text, surface, name):
    assert _places(place_stage, text).get(surface) == name
