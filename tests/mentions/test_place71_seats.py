"""A district's seat read before its small namesake in a report on its country (place71, issue
#10: gazetteer.seat_lift, tested with tables in tests/gazetteer/test_place71_seat_lift.py)."""
from __future__ import annotations

import pytest

from tests.mentions.conftest import refs_by_surface


READS = [   # (text, surface, the place read); the first row read the Taizz hamlet on main
    ("اندلعت مواجهات بين الحوثيين والجيش اليمني في رداع.", "رداع", "Al Bayda"),
    ("شنت طائرات التحالف غارات على رداع في محافظة البيضاء.", "رداع", "Al Bayda"),
]


@pytest.mark.parametrize("text,surface,admin1", READS)
def test_seat_read(place_stage, text, surface, admin1):
    got = refs_by_surface(place_stage, text)
    assert got[surface].place is not None and got[surface].place.admin1 == admin1


def test_seat_name_abroad_no_mention(place_stage):
    got = refs_by_surface(place_stage, "قال الجيش الإسرائيلي إن مسلحين فلسطينيين هاجموا قوة في مودية قرب جنين.")
    assert "مودية" not in got
