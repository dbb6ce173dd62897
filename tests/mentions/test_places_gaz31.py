"""Issue #10, thirty-first round (docs/notes/gaz31.md): a bare name the text puts in a town
("X في Y") is bounded by it as a held village is; a place by a big city may lie farther from
it than from a town. The sentences are the contributors' own."""
from __future__ import annotations

import pytest

from hadath.mentions.places_quarters import BIG_CITY_KM, _by_big_city
from hadath.types import Place
from tests.mentions.conftest import refs_by_surface
from tests.mentions.test_places_round27 import _where


# "X في Y", Y a known town: X's far namesake (Tall Hamad, 500 km south) is no reading; the
# name stays a place, unresolved (coded to the town by geocode).
@pytest.mark.parametrize("text, surface", [
    ("قتل مدني في قصف استهدف تل حمدي في داقوق جنوب كركوك.", "تل حمدي"),
    ("سقطت قذيفة على تل حمدي في داقوق فجر اليوم.", "تل حمدي"),
])
def test_a_bare_name_in_a_town_is_no_far_namesake(place_stage, text, surface):
    refs = refs_by_surface(place_stage, text)
    assert surface in refs, refs
    assert _where(refs, surface) is None
    assert refs[surface].container is not None and refs[surface].container.name == "Daquq"


# ... but after a preposition of going or coming the "في Y" is where the people are, not where
# the name lies: the town keeps its own reading and no container.
@pytest.mark.parametrize("text, surface, name", [
    ("قتل نازحون من حلب في إدلب.", "حلب", "Aleppo"),
    ("وصل النازحون إلى حلب في سيارات مدنية.", "حلب", "Aleppo"),
])
def test_a_name_after_from_or_to_keeps_its_reading(place_stage, text, surface, name):
    refs = refs_by_surface(place_stage, text)
    assert _where(refs, surface) == (name, "SY")
    assert refs[surface].container is None


# A town the text puts by a capital 75 km off keeps its reading (a town's container reaches
# 60 km, a big city's BIG_CITY_KM).
@pytest.mark.parametrize("text, surface, name, cc", [
    ("قتل جنديان في هجوم على بلدة جنالي القريبة من العاصمة مقديشو.", "جنالي", "Jannaale", "SO"),
])
def test_a_town_near_a_capital(place_stage, text, surface, name, cc):
    assert _where(refs_by_surface(place_stage, text), surface) == (name, cc)


def _pl(lat, lon, pop, cc="SO"):
    return Place(id=f"t:{lat}", name="x", feature_class="populated_place", country="",
                 country_code=cc, latitude=lat, longitude=lon, population=pop)


@pytest.mark.parametrize("place, city, want", [
    (_pl(1.81, 44.70, 0), _pl(2.04, 45.34, 2_500_000), True),           # 75 km from a big city
    (_pl(1.81, 44.70, 0), _pl(2.04, 45.34, 50_000), False),             # ... from a small town
    (_pl(1.81, 44.70, 0, "KE"), _pl(2.04, 45.34, 2_500_000), False),    # in another country
    (_pl(2.04 - (BIG_CITY_KM + 10) / 111.0, 45.34, 0), _pl(2.04, 45.34, 2_500_000), False),
])
def test_by_big_city(place, city, want):
    assert _by_big_city(place, city) is want


# A broad region named after a gazetteer name (broad_regions.txt) stays a mention with no
# point: not Morocco's Oriental region, nor Morocco; the region's own word keeps its reading.
@pytest.mark.parametrize("text, surface, want", [
    ("قالت الحكومة المغربية إن التوتر في منطقة الشرق الأوسط يهدد الرباط.", "الشرق", None),
    ("دعا الملك إلى وحدة المغرب العربي في خطاب بالرباط.", "المغرب", None),
    ("قتل ثلاثة في غارة على مدينة وجدة في جهة الشرق.", "جهة الشرق", ("Oriental", "MA")),
    ("قالت الحكومة إن المغرب يرفض القرار في خطاب بالرباط.", "المغرب", ("Morocco", "MA")),
])
def test_a_broad_region_has_no_point(place_stage, text, surface, want):
    refs = refs_by_surface(place_stage, text)
    assert surface in refs, refs
    assert _where(refs, surface) == want
