"""The Syrian Archive end-to-end event check (hadath.evaluation.incidents)."""
from __future__ import annotations

import pytest

from hadath.evaluation.incidents import evaluate, expected

ROWS = [
    ({"weapons_used.0": "Chemical Weapons", "Use_of_illegal_weapons": "TRUE"},
     [("Explosions/Remote violence", "Chemical weapon")], True),
    ({"weapons_used.0": "Chlorine Gas"}, [("Explosions/Remote violence", "Air/drone strike")], True),
    ({"weapons_used.0": "Chlorine Gas"}, [("Strategic developments", "Arrests")], False),
    ({"Arbitrary_arrest_and_unlawful_detention": "TRUE"}, [("Strategic developments", "Arrests")], True),
    ({"Enforced_disappearance": "TRUE"}, [("Violence against civilians", "Attack")], False),
    ({"Unlawful_attacks": "TRUE"}, [("Battles", "Armed clash")], True),
    ({"Unlawful_attacks": "TRUE"}, [("Protests", "Peaceful protest")], False),
]


@pytest.mark.parametrize("row,events,fits", ROWS)
def test_expected_family(row, events, fits):
    exp = expected(row)
    assert any(f(t, s) for t, s in events for f in exp["fits"]) is fits


def test_no_coding_implies_nothing():
    assert expected({"weapons_used.0": "", "Unlawful_attacks": "FALSE"})["fits"] == []


def test_chemical_flag():
    assert expected({"weapons_used.1": "Sarin"})["chemical"]
    assert not expected({"weapons_used.0": "Barrel Bomb"})["chemical"]


def test_real_incidents(shared_data):
    path = shared_data / "syrianarchive_chemweap" / "sa_api_incidents.json"
    if not path.exists():
        pytest.skip(f"{path} not found")
    out = evaluate(path)
    assert out["incidents"] == 95
    assert out["any_event"] >= 45 and out["type_fits"] >= 60
    assert out["date_within_1_day"] >= 90
