"""place55 (issue #9, dup54's item 1): a village "belonging to" a district in a governorate named
like its seat (قرية X التابعة لمركز Y في Z) is coded at the district's town, not at the
governorate's seat: Z names the governorate (mentions.places_seats.governorates_holding), and
مركز names the unit the village lies in (mentions.places_slots.unit_noun)."""
from __future__ import annotations

from datetime import date

import pytest

from hadath.types import Article

D = date(2020, 5, 1)

# (text, the record's location)
CASES = [
    ("قتل شخصان برصاص مسلحين في قرية القاوية التابعة لمركز البلينا في سوهاج أمس.", "Al Balyana"),
    ("قتل شخصان برصاص مسلحين في قرية الكدوة التابعة لمركز ملوي في المنيا أمس.", "Mallawi"),
    ("قتل شخصان برصاص مسلحين في قرية الكدوة التابعة لمركز طما في سوهاج أمس.", "Tima"),
    ("قتل شخصان برصاص مسلحين في قرية الكدوة بمركز ملوي في المنيا أمس.", "Mallawi"),
    ("قتل شخصان برصاص مسلحين في قرية الكدوة من قرى مركز ملوي في المنيا أمس.", "Mallawi"),
    # controls: the governorate with its class noun, the district alone
    ("قتل شخصان برصاص مسلحين في قرية القاوية التابعة لمركز البلينا بمحافظة سوهاج أمس.", "Al Balyana"),
    ("قتل شخصان برصاص مسلحين في قرية الكدوة التابعة لمركز ملوي أمس.", "Mallawi"),
]


@pytest.mark.parametrize("text,location", CASES)
def test_a_village_of_a_district_is_coded_at_the_district(candidates, text, location):
    doc = candidates(Article("t", text, published=D))
    got = [e.location for e in doc.events]
    assert got and all(loc == location for loc in got), got
