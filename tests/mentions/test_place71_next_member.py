"""A unit named after the next member of a list holds that member, not the name before the و
(place71, issue #10: places_slots._next_member): "منطقة عبس في حجة ومواقع في محافظة صعدة" made
Saada the container of حجة, so Hajjah (a governorate's seat) was read as outside its container
and lost (the Hajjah strike fell into Saada's record). "X، في محافظة Y" and "X بمحافظة Y" hold
as before."""
from __future__ import annotations

import pytest

from tests.mentions.conftest import refs_by_surface

ROWS = [   # (text, name, its admin1 read)
    ("طالت الغارات مطار تعز ومنطقة عبس في حجة ومواقع في محافظة صعدة.", "حجة", "Hajjah"),
    ("طالت الغارات منطقة عبس في حجة وقرى في محافظة صعدة.", "حجة", "Hajjah"),
]


@pytest.mark.parametrize("text,name,admin1", ROWS)
def test_next_member_not_held(place_stage, text, name, admin1):
    got = refs_by_surface(place_stage, text)
    assert got[name].place is not None and got[name].place.admin1 == admin1, \
        {k: (v.place, v.container) for k, v in got.items()}


HELD = [   # controls: the unit holds the name before it (container kept)
    ("قصفت الطائرات قرية الرشاد، في محافظة ديالى.", "الرشاد", "Diyala"),
    ("قصفت الطائرات قرية الرشاد بمحافظة ديالى.", "الرشاد", "Diyala"),
]


@pytest.mark.parametrize("text,name,box", HELD)
def test_unit_still_holds(place_stage, text, name, box):
    got = refs_by_surface(place_stage, text)
    r = got[name]
    assert (r.container is not None and r.container.name == box) or (
        r.place is not None and r.place.admin1 == box), (r.place, r.container)
