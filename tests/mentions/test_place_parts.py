"""hadath.mentions.place_parts and hadath.events.town_parts: which unknown names are parts of a
town (a separate named place coded at the town), table-driven."""
from __future__ import annotations

import pytest

from hadath.events.town_parts import named_part
from hadath.mentions.place_parts import part_of_town
from hadath.text.normalize import normalize_key
from hadath.types import Place, PlaceRef

CITY = Place("t:1", "Baghdad", "populated_place", "Iraq", "IQ", 33.34, 44.40)
REGION = Place("t:2", "Al Jazirah", "admin1", "Sudan", "SD", 14.4, 33.5)


@pytest.mark.parametrize("name, cue, box, part, named", [
    ("السريان", "حي", CITY, True, True),           # حي السريان في حلب
    ("السعدون", "شارع", CITY, True, True),         # شارع السعدون في وسط بغداد
    ("ام المعالف", "منطقة", CITY, True, True),     # منطقة ام المعالف جنوب غرب بغداد
    ("الشوك", "طريق", CITY, True, True),           # طريق الشوك
    ("سكني", "حي", CITY, True, False),             # حي سكني: an adjective, no name
    ("زراعية", "منطقة", CITY, True, False),        # منطقة زراعية
    ("سكنية", "أحياء", CITY, False, False),        # a plural class noun names no one place
    ("ود النورة", "قرية", REGION, False, False),   # a village in a region: not a town's part
    ("الحرية", "حي", None, False, False),          # no town holds it
    ("الحرية", None, CITY, False, False),          # no part word before it
])
def test_part_of_a_town(name, cue, box, part, named):
    ref = PlaceRef(normalize_key(name), None, cue=normalize_key(cue) if cue else None, container=box)
    assert part_of_town(ref) is part
    assert named_part(ref) is named


@pytest.mark.parametrize("text, street, town", [
    # a street named with its town after a comma and a compass word, or after the town's class noun
    ("قتل أربعة أشخاص في شارع السعدون، في وسط بغداد.", "شارع السعدون", "Baghdad"),
    ("اعتصم المئات في ساحة التحرير في مدينة بغداد.", "ساحة التحرير", ...),
])
def test_a_street_named_with_its_town(text, street, town):
    import datetime

    from hadath.pipeline import build_pipeline
    from hadath.types import Article

    doc = build_pipeline(["text", "quantities", "dates", "actors", "places"])(
        Article(id="t", text=text, published=datetime.date(2020, 5, 10)))
    got = {m.surface: m.value for m in doc.mentions if m.kind == "place"}
    assert street in got and got[street].place is None
    if town is not ...:  # (after a class noun the street is a place; its town is not yet set)
        assert (got[street].container.name if got[street].container else None) == town
