"""A medial hamza is written on either seat before و (سيؤون / سيئون، شؤون / شئون): a text word
no gazetteer name matches is read with the other seat when that spelling is a name (place63;
main left "مدينة سيؤون" unresolved and "في سيؤون" no place at all, while سيئون was Seiyun).
Re-applied by place64 with the record's location_ar the text's own spelling (an unplaced
record wrote the looked-up key, سييون: tests/resolve/test_place64_written.py)."""
from __future__ import annotations

import pytest

from hadath.mentions.place_seats import seat_variant
from tests.mentions.conftest import refs_by_surface


SEATS = [   # سيؤون is Seiyun at this head; unresolved or unread on main
    ("قتل ثلاثة مدنيين في قصف جوي على مدينة سيؤون بحضرموت.", "سيؤون"),
    ("قتل ثلاثة مدنيين في قصف جوي في سيؤون بحضرموت.", "سيؤون"),
    ("قتل جندي في هجوم بسيؤون شرقي اليمن.", "سيؤون"),
    ("تظاهر المئات في مدينة سيؤون بوادي حضرموت احتجاجا على انقطاع الكهرباء.", "سيؤون"),
]


@pytest.mark.parametrize("text,word", SEATS)
def test_other_seat_reads_the_name(place_stage, text, word):
    ref = refs_by_surface(place_stage, text).get(word)
    assert ref is not None and ref.place is not None and ref.place.name == "Seiyun"


def test_seated_spelling_still_read(place_stage):
    ref = refs_by_surface(place_stage, "اشتباكات في مدينة سيئون بمحافظة حضرموت.").get("سيئون")
    assert ref is not None and ref.place is not None and ref.place.name == "Seiyun"


KNOWN = frozenset({"سييون", "شوون", "داوود"})


@pytest.mark.parametrize("word,read", [
    ("سيوون", "سييون"),     # سيؤون -> سيئون
    ("شيون", "شوون"),       # شئون -> شؤون
    ("سييون", "سييون"),     # a name as it is
    ("داوود", "داوود"),     # a name with a real وو is kept
    ("اليوم", "اليوم"),     # no variant is a name: the word as it is
    ("وون", "وون"),         # an initial و is no medial hamza's seat
])
def test_seat_variant(word, read):
    assert seat_variant(word, KNOWN) == read
