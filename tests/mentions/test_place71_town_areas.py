"""An area named in a town the text calls a town or the capital is no far namesake (place71,
issue #10; place69 item 1): "منطقة الرابية بالعاصمة عمان" read Ar Rabiyah of Aqaba, 300 km
off, and "العاصمة عمان" the governorate (admin1.tsv held the phrase as its alt_ar), "مدينة
عمان" the country Oman. Now the capital cue and a town's class noun (also with the article,
also after ب) make the town the area's container (places_slots), an area read outside a town
so named is coded to the town (places_quarters.outside_town ``town``), and a country's name
that is another country's capital, called a town or the capital, is that capital
(places_capitals.town_cued). A governorate named like its seat (في دهوك) stays an area's
container only as before."""
from __future__ import annotations

from datetime import date

import pytest

import hadath
from hadath.types import Article
from tests.mentions.conftest import refs_by_surface

AREAS = [   # (text, the area, the town that holds it); each read Ar Rabiyah (Aqaba) on main
    ("تظاهر العشرات في منطقة الرابية بالعاصمة عمان احتجاجا على الحرب.", "الرابية", "Amman"),
    ("تظاهر العشرات في منطقة الرابية في العاصمة عمان احتجاجا على الحرب.", "الرابية", "Amman"),
]


@pytest.mark.parametrize("text,area,town", AREAS)
def test_area_in_named_town(place_stage, text, area, town):
    got = refs_by_surface(place_stage, text)
    assert got[area].place is None and got[area].container is not None \
        and got[area].container.name == town, {k: (v.place, v.container) for k, v in got.items()}


CITY = [   # (text, surface): the country's name called a town is the capital (main: Oman, Amman governorate)
    ("تظاهر العشرات في مدينة عمان احتجاجا على الحرب.", "عمان"),
    ("تظاهر العشرات في العاصمة عمان احتجاجا على الحرب.", "عمان"),
]


@pytest.mark.parametrize("text,surface", CITY)
def test_town_called_amman(place_stage, text, surface):
    got = refs_by_surface(place_stage, text)
    hit = next(r for s, r in got.items() if s.endswith(surface))
    assert hit.place is not None and hit.place.name == "Amman" and hit.place.feature_class == "populated_place"


def test_oman_kept(place_stage):   # control: the Sultanate keeps Oman
    got = refs_by_surface(place_stage, "وصل وزير الخارجية إلى سلطنة عمان في زيارة رسمية.")
    assert any(r.place is not None and r.place.country_code == "OM" for r in got.values())


def test_record_at_amman():
    doc = hadath.load()(Article("t", "تظاهر العشرات في منطقة الرابية بالعاصمة عمان احتجاجا على الحرب.",
                                published=date(2024, 5, 10)))
    assert [e.location for e in doc.events] == ["Amman"]
