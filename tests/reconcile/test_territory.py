"""A foreign state's forces taking ground are ACLED's "Non-state actor overtakes territory";
the country's own forces "Government regains territory" (hadath.reconcile.territory)."""
from __future__ import annotations

from dataclasses import replace

import pytest

from hadath.reconcile.territory import OVERTAKES, REGAINS, foreign_takeover, state_countries
from tests.reconcile.test_rules import ev


@pytest.mark.parametrize("actor1, country, want", [
    ("Military Forces of Turkey", "Syria", OVERTAKES),      # Turkey's army in Syria: foreign
    ("Military Forces of Turkey", "Turkey", REGAINS),       # ... at home: its own government
    ("Military Forces of Iraq", "Iraq", REGAINS),
    ("HTS: Hayat Tahrir al-Sham", "Syria", REGAINS),        # (not a state force: left as decided)
    (None, "Syria", REGAINS),
])
def test_foreign_takeover(actor1, country, want):
    e = replace(ev(sub=REGAINS, typ="Battles"), actor1=actor1, country=country)
    assert foreign_takeover([e])[0].sub_event_type == want


def test_state_countries_are_named_state_forces():
    got = state_countries()
    assert got["Military Forces of Turkey"] == "Turkey"
    assert all("{country}" not in name for name in got)
