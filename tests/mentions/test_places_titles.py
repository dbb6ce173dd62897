"""A country's bare title word names the kingdom the report is about (issue #10, tenth round)."""
from __future__ import annotations

import pytest

from hadath.mentions.places_titles import title_countries
from tests.mentions.conftest import refs_by_surface


def test_titles_come_from_the_country_names():
    names = [("المملكه", "SA"), ("المملكه العربيه السعوديه", "SA"), ("الاردن", "JO"),
             ("المملكه الاردنيه الهاشميه", "JO"), ("مملكه البحرين", "BH"), ("مصر", "EG"),
             ("جمهوريه مصر العربيه", "EG")]
    assert title_countries(names) == {"المملكه": frozenset({"SA", "JO", "BH"})}


@pytest.mark.parametrize("text, cc", [
    ("#سيول_الاردن مراسل المملكة : انتشال جثة طفلة في منطقة النزهة في مأدبا", "JO"),
    ("أعلنت وزارة الداخلية المغربية أن المملكة ستشارك في القمة التي تعقد في الرباط", "MA"),
    # nothing else points elsewhere: Saudi Arabia, as before
    ("قال ولي العهد إن المملكة ستستضيف القمة في الرياض", "SA"),
    ("أعلنت المملكة عن حزمة مساعدات جديدة", "SA"),
    # a list of Gulf states names no one kingdom the report is about
    ("معدل الوفيات لكل مليون نسمة #الكويت 53 #الإمارات 27 #المملكة 16 #قطر 15 #البحرين 11", "SA"),
])
def test_the_bare_title_is_the_reports_kingdom(place_stage, text, cc):
    place = refs_by_surface(place_stage, text)["المملكة"].place
    assert place is not None and place.country_code == cc, place
