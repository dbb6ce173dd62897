"""An act at a place the gazetteer lacks that the text puts by a known place (round gaz40,
tests/mentions/test_places_gaz40.py): the record keeps the place's name as written (location_ar)
and is coded at the known place, not moved to the known place's own name (وادي الشاي شرقي صلاح
الدين, not صلاح الدين)."""
from __future__ import annotations

from datetime import date

import pytest

from tests.events.conftest import events

PUB = date(2025, 8, 16)


@pytest.mark.parametrize("text, name, admin1", [
    ("دكت طائرات F16 يوم 12 أغسطس وكرا مهما للإرهابيين في وادي الشاي شرقي محافظة صلاح الدين.",
     "وادي الشاي", "Salah al-Din"),
    ("هاجم مسلحون نقطة للجيش أمس في كوندو التي تبعد 60 كم عن موبتي.", "كوندو", "Mopti"),
    ("قصفت الطائرات الحربية أمس مواقع للمسلحين في تل الزعتر جنوب غرب الحسكة.",
     "تل الزعتر", "Al-Hasakeh"),
    ("قتل ثلاثة جنود في هجوم على حاجز للجيش في دونغولا التي تبعد (20 كم) شمال موبتي.",
     "دونغولا", "Mopti"),
])
def test_the_record_keeps_the_name_told_by_the_known_place(pipeline, text, name, admin1):
    evs = events(pipeline, text, PUB)
    assert [(e.location_ar, e.admin1) for e in evs] == [(name, admin1)], \
        [(e.location_ar, e.location, e.admin1) for e in evs]
