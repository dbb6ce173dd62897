"""A quarter of a named city known only by its Latin name (place58:
hadath.mentions.places_latin_quarters): a name after حي / ضاحية no Arabic name resolves is the
one Latin-only place within the radius of the big town the text puts it in, else of a big town
the document names."""
from __future__ import annotations

import pytest

from tests.mentions.conftest import refs_by_surface


def _places(place_stage, text: str) -> dict[str, str | None]:
    return {k: (r.place.name if r.place else None) for k, r in refs_by_surface(place_stage, text).items()}


CASES = [
    # (text, surface, expected): all failed on main (None) but the controls
    ("شهدت عدة مناطق تونسية احتجاجات. وشهد حي التضامن وحي الزهروني، وهي أحياء تابعة للعاصمة، "
     "مواجهات ليلية", "التضامن", "Ettadhamen"),
    ("شهدت عدة مناطق تونسية احتجاجات. وشهد حي التضامن وحي الزهروني، وهي أحياء تابعة للعاصمة، "
     "مواجهات ليلية", "الزهروني", "Zahrouni"),
    ("اندلعت مواجهات ليلية في حي التضامن بالعاصمة تونس", "التضامن", "Ettadhamen"),
    ("اندلعت احتجاجات في حي التضامن وحي الزهروني غرب العاصمة تونس", "الزهروني", "Zahrouni"),
    ("أغلق شبان الطرق في حي التضامن وأحرقوا العجلات، وفي تونس العاصمة انتشرت قوات الأمن",
     "التضامن", "Ettadhamen"),
    # controls: no big town of that country named; a frequent word; Damascus's namesake
    ("قصف حي التضامن في دمشق", "التضامن", None),
]


@pytest.mark.parametrize("text,surface,expected", CASES)
def test_latin_quarter(place_stage, text, surface, expected):
    assert _places(place_stage, text).get(surface, "absent") == expected


@pytest.mark.parametrize("text", [
    "اندلعت مواجهات في حي التضامن",                       # no town named: no Latin look-up
    "قتل شخصان في حي التضامن جنوب دمشق",                  # Damascus: not Tunisia's
    "احتجاجات في حي التضامن بمدينة صفاقس",                 # Sfax: Ettadhamen lies beyond its radius
])
def test_no_latin_quarter_elsewhere(place_stage, text):
    assert _places(place_stage, text).get("التضامن") != "Ettadhamen"
