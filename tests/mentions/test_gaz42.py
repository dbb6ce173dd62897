"""Spelling variants outside the governorate the report names (issue #9, round gaz42,
gazetteer.named_units): in a report that names محافظة ديالى, كشكول read only as a spelling variant
of a Sulaymaniyah village (Kawsh Kalah, 270 km away) anchors no namesake of the next names and is
no reading of its own (unresolved, held by Diyala); and the verb شنّه (هجوم شنه داعش) is no
village Shannah."""
from __future__ import annotations

import pytest

from hadath.gazetteer.named_units import outside_named
from hadath.types import Place
from tests.mentions.conftest import refs_by_surface

# محافظة ديالى named with its class noun, كشكول (a village the gazetteer has only as spelling
# variants in Sulaymaniyah), قرة تبة (a namesake in Diyala and in Sulaymaniyah)
DIYALA = [
    "أصيب ثلاثة من الحشد في هجوم بمحافظة ديالى، وقال مختار قرية كشكول إن المهاجمين انسحبوا نحو "
    "بلدة قرة تبة.",
    "هاجم مسلحون نقطة أمنية بمحافظة ديالى شرقي العراق. وقال أحد سكان قرية كشكول إن الهجوم وقع "
    "قرب بلدة قرة تبة.",
    "قتل اثنان في هجوم بمحافظة ديالى قرب قرية كشكول المجاورة لبلدة قرة تبة.",
    "قتل اثنان من الحشد العشائري في هجوم شنه تنظيم داعش بمحافظة ديالى. وقال أحد سكان قرية "
    "\"كشكول\" إن الهجوم استهدف نقطة بمحيط القرية قرب بلدة قرة تبة.",
]


@pytest.mark.parametrize("text", DIYALA)
def test_a_variant_outside_the_named_governorate_pulls_no_namesake(place_stage, text):
    got = refs_by_surface(place_stage, text)
    ref = got["قرة تبة"]
    assert ref.place is not None and ref.place.admin1 == "Diyala", ref
    village = got["كشكول"]
    assert village.place is None and village.container is not None \
        and village.container.name == "Diyala", village


# The verb شنّه / شنّها after an attack (هجوم شنه داعش) is no village Shannah of Sulaymaniyah
# (common_words.txt): its exact reading pulled قرة تبة to Sulaymaniyah's Qarah Tabbah.
@pytest.mark.parametrize("text", [
    "قتل اثنان في هجوم شنه داعش قرب بلدة قرة تبة في ديالى.",
    "صد الحشد هجوما شنه التنظيم على قرة تبة في ديالى.",
    "صد الحشد هجوما شنها التنظيم على قرة تبة في ديالى.",
    "قتل اثنان في هجوم على بلدة قرة تبة في ديالى.",   # (no verb: as before)
])
def test_the_verb_shannahu_is_no_anchor(place_stage, text):
    ref = refs_by_surface(place_stage, text)["قرة تبة"]
    assert ref.place is not None and ref.place.admin1 == "Diyala", ref


def _p(name, admin1, lat, lon, fc="populated_place", cc="IQ"):
    return Place(id=name, name=name, feature_class=fc, country="Iraq", country_code=cc,
                 latitude=lat, longitude=lon, admin1=admin1)


DIY = _p("Diyala", "Diyala", 33.75, 44.61, fc="admin1")
SAL = _p("Salah al-Din", "Salah al-Din", 34.62, 43.68, fc="admin1")


@pytest.mark.parametrize("place, units, want", [
    (_p("Kawsh Kalah", "Al-Sulaymaniyah", 36.22, 45.13), (DIY,), "Diyala"),       # 270 km, another unit
    (_p("Kawsh Kalah", "Al-Sulaymaniyah", 36.22, 45.13), (DIY, SAL), "Salah al-Din"),  # the nearest
    (_p("Qarah Tabah", "Diyala", 34.33, 45.01), (DIY,), None),                     # inside
    (_p("Khanaqin", "Diyala Governorate", 34.35, 45.38), (DIY,), None),            # spelled apart, near
    (_p("Kirkuk", "Kirkuk", 35.47, 44.39), (DIY, SAL), None),                      # near Salah al-Din
    (_p("Mosul", "Ninawa", 36.34, 43.13), (), None),                               # no unit named
    (_p("Raqqa", "Ar Raqqah", 35.95, 39.01, cc="SY"), (DIY,), None),               # another country
    (_p("Sulaymaniyah", "Al-Sulaymaniyah", 35.56, 45.44, fc="admin1"), (DIY,), None),  # a unit itself
])
def test_outside_named(place, units, want):
    got = outside_named(place, units)
    assert (got.name if got is not None else None) == want
