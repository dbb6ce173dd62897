"""Issue #10, twentieth round: a unit's seat town lies in that unit, and a town whose GeoNames
code maps to no unit of the admin1 table takes Who's On First's (by name). Read from the
shipped index."""
from __future__ import annotations

import pytest

from hadath.gazetteer import open_gazetteer


@pytest.fixture(scope="module")
def gz():
    return open_gazetteer(None)


@pytest.mark.parametrize("pid, admin1", [
    ("gn:250624", "Karak"),          # Al Karak, the seat of Karak (GeoNames: Ma'an's code)
    ("gn:6930641", "Tamanrasset"),   # In Salah (a wilaya of 2019 the table does not list)
    ("gn:2476403", "Adrar"),         # Timimoun
    ("gn:7799991", "Cairo"),         # New Cairo: where both name a unit, GeoNames' stays
])
def test_admin1_of_towns(gz, pid, admin1):
    p = gz.place(pid)
    assert p is not None and p.admin1 == admin1, p
