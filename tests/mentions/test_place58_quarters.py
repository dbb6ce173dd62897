"""A quarter of a named city known only by its Latin name (place58:
hadath.mentions.places_latin_quarters): a name after حي / ضاحية no Arabic name resolves is the
one Latin-only place within the radius of a big town the document names (not one the text puts
it in: such a quarter is coded to that town)."""
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
    ("احتج سكان حي التضامن وحي الزهروني على البطالة، وقال شهود إن الشرطة انتشرت في تونس العاصمة",
     "الزهروني", "Zahrouni"),
    # controls: no big town of that country named; a frequent word; Damascus's namesake
    ("قصف حي التضامن في دمشق", "التضامن", None),
    # a quarter the text puts in a town is coded to it (no look-up): main's reading, kept
    ("اندلعت مواجهات ليلية في حي التضامن بالعاصمة تونس", "التضامن", None),
    ("وأطلقت قوات الأمن التونسية الرصاص على شبان في حي التضامن بالعاصمة.", "التضامن", None),
    ("اندلعت احتجاجات في حي التضامن وحي الزهروني غرب العاصمة تونس", "الزهروني", None),
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
