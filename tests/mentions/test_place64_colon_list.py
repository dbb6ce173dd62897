"""A plural class noun announces its list after a colon (place64): "مستهدفاً بلدات: زبقين وقانا
والشعيتية", on the same line or the next. On main the colon ended the cue's reach: the first
name lost its cue and minor villages were dropped as bare names."""
from __future__ import annotations

import pytest

from tests.mentions.conftest import refs_by_surface

LISTS = [   # (text, the first name, its place)
    ("كثف الطيران غاراته مستهدفاً بلدات: زبقين وقانا والشعيتية.", "زبقين", "Zebqine"),
    ("كثف الطيران غاراته مستهدفاً بلدات:\nزبقين وقانا والشعيتية.", "زبقين", "Zebqine"),
    ("شملت الغارات قرى: الشعيتية والحنية.", "الشعيتية", "Ech Chaaitiye"),
    ("داهمت القوات أحياء: الشعار والصاخور في حلب.", "الشعار", None),
]


@pytest.mark.parametrize("text,name,place", LISTS)
def test_plural_cue_reaches_past_a_colon(place_stage, text, name, place):
    ref = refs_by_surface(place_stage, text).get(name)
    assert ref is not None and ref.cue is not None
    if place:
        assert ref.place is not None and ref.place.name == place


@pytest.mark.parametrize("text,word", [
    ("وقال مصدر في بلدة: إن القصف استمر.", "إن"),          # a clause after a singular noun's colon
    ("أعلنت السلطات: قرى كثيرة تضررت.", "كثيرة"),
])
def test_colon_without_a_plural_list(place_stage, text, word):
    assert word not in refs_by_surface(place_stage, text)
