"""A weak name joined by و right after a closing bracket goes on the list before the bracket
(place71, issue #10; split56 item 1: places_slots.mark_slots): "بلدة الخيام (قضاء مرجعيون)
والشعيتية" lost الشعيتية, a weak name found only as a list slot, because the gap ")" was no
list gap. Without و after the bracket nothing changes."""
from __future__ import annotations

import pytest

from tests.mentions.conftest import refs_by_surface

LISTED = [   # (text, the weak name after the bracket, its country); every row lost it on main
    ("قصفت المدفعية بلدة الخيام (قضاء مرجعيون) والشعيتية.", "والشعيتية", "LB"),
    ("شنت الطائرات غارات على بلدات كفركلا (قضاء مرجعيون) والطيبة والعديسة.", "والطيبة", "LB"),
]


@pytest.mark.parametrize("text,surface,cc", LISTED)
def test_weak_name_after_bracket_listed(place_stage, text, surface, cc):
    got = refs_by_surface(place_stage, text)
    hit = next((r for s, r in got.items() if surface.endswith(s) or s.endswith(surface[1:])), None)
    assert hit is not None and hit.place is not None and hit.place.country_code == cc, \
        {k: v.place for k, v in got.items()}


def test_no_conjunction_no_slot(place_stage):
    got = refs_by_surface(place_stage, "قصفت المدفعية بلدة الخيام (قضاء مرجعيون) الشعيتية.")
    assert not any("الشعيتية" in s for s in got)
