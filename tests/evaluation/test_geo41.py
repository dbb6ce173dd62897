"""geo41: admin1 agreement across spellings of one first-level unit (hadath.evaluation.admin1)."""
from __future__ import annotations

import pytest

from hadath.evaluation.admin1 import same_admin1
from hadath.evaluation.score import field_agrees


@pytest.mark.parametrize("pred,gold", [
    ("Idleb", "Idlib"), ("Sadah", "Sa'dah"), ("Kerbala", "Karbala"), ("Taizz", "Taiz"),
    ("Al-Basrah", "Basrah"), ("Al-Sulaymaniyah", "Sulaymaniyah"), ("Salah al-Din", "Salah ad-Din"),
    ("Al Jazirah", "Al Gezira"), ("Banadir", "Banaadir"), ("Dara", "Dar'a"), ("Ad Dali", "Ad Dali'"),
    ("Babylon", "Babil"), ("South", "South Lebanon"), ("Thi-Qar", "Dhi Qar"), ("Doha", "Ad Dawhah"),
    ("HaZafon", "Northern"), ("Idleb", "IDLEB"),
])
def test_spellings_of_one_unit_agree(pred, gold):
    country = {"Idleb": "Syria", "Sadah": "Yemen", "Taizz": "Yemen", "Ad Dali": "Yemen", "Dara": "Syria",
               "Banadir": "Somalia", "Al Jazirah": "Sudan", "South": "Lebanon", "Doha": "Qatar",
               "HaZafon": "Israel"}.get(pred, "Iraq")
    assert same_admin1(pred, gold, country)
    assert field_agrees("admin1", {"admin1": pred}, {"admin1": gold, "country": country}, 50)


@pytest.mark.parametrize("pred,gold", [
    ("West Bank", "Hebron"), ("Bamako", "Kayes"), ("Cairo", "Giza"), ("South", "Nabatieh"),
    ("Al-Sulaymaniyah", "Diyala"), ("Beirut", "Mount Lebanon"), ("Dara", "As-Sweida"),
    ("South", "HaZafon"), ("Tabuk", "Al Jahra"), ("Ad Dali", "Diyala"), ("Sadah", "Sanaa"),
])
def test_other_units_do_not(pred, gold):
    assert not same_admin1(pred, gold)
    assert not same_admin1(pred, gold, "Iraq")
    assert not field_agrees("admin1", {"admin1": pred}, {"admin1": gold}, 50)


@pytest.mark.parametrize("pred,gold,country,agree", [
    ("Sadah", "Sa'dah", "Yemen", True), ("Sadah", "Sa'dah", None, False),   # As-Sweida shares the key
    ("Ad Dali", "Ad Dali'", "Yemen", True), ("Idleb", "Idlib", "Iraq", False),
    ("Babylon", "Babil", "Iraq", True), ("Taizz", "Taiz", "Yemen", True),
])
def test_the_gold_country_narrows_the_units(pred, gold, country, agree):
    assert same_admin1(pred, gold, country) is agree
    assert field_agrees("admin1", {"admin1": pred}, {"admin1": gold, "country": country}, 50) is agree


def test_empty_values():
    assert field_agrees("admin1", {"admin1": None}, {"admin1": ""}, 50)
    assert not field_agrees("admin1", {"admin1": "Idleb"}, {"admin1": None}, 50)
