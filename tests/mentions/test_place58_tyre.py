"""A town whose name is also a common word, where a clause places its act (place58:
hadath.mentions.places_shapes.ends_located): صور is "pictures" and Tyre. After a locative في
(or ب-), with nothing after it that could complete a noun - the clause ends, or و turns to the
next place with a preposition (وعند مداخل صيدا) or a town that is no common word (والنبطية) -
a big town's name is read as the town, in a report on its country only."""
from __future__ import annotations

import pytest

from tests.mentions.conftest import refs_by_surface


def _places(place_stage, text: str) -> dict[str, str | None]:
    return {k: (r.place.name if r.place else None) for k, r in refs_by_surface(place_stage, text).items()}


TOWNS = [   # all None on main
    "كما اغلق المحتجون اللبنانيون الطرق في صور وعند مداخل صيدا",
    "قطع محتجون لبنانيون طرقا في صور والنبطية",
    "تجمع المحتجون اللبنانيون في صور، ثم ساروا نحو الكورنيش",
    "وأقام الجيش اللبناني حواجز في صور.",
    "نفذ عناصر الدفاع المدني اللبناني مناورة بصور وعلى طريق صيدا",
]


@pytest.mark.parametrize("text", TOWNS)
def test_common_word_town_at_a_clause_end(place_stage, text):
    assert _places(place_stage, text).get("صور") == "Tyre"


PICTURES = [   # a verb, a noun or an adjective follows: pictures
    "ظهر المحتجون اللبنانيون في صور نشرتها الوكالة",
    "ونشر الجيش اللبناني في صور الأقمار الصناعية مواقع القصف",
    "وأظهرت صور نشرها ناشطون لبنانيون في بيروت الدمار",
    "وثق الناشطون اللبنانيون الاعتداء في صور ومقاطع فيديو",
    "خرجت مسيرة في صور.",   # no country said: no town
]


@pytest.mark.parametrize("text", PICTURES)
def test_pictures_stay_pictures(place_stage, text):
    assert _places(place_stage, text).get("صور") is None


def test_namesake_of_the_reports_country(place_stage):
    assert _places(place_stage, "أعلنت السلطات العمانية إغلاق الطرق في صور")["صور"] == "Sur"

