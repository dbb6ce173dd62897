"""place57: a district known only by its Latin name found after its cue (the Latin-only
file's districts, latin_places._seat_counties) and the head of such a name read alone in the
same report (places_latin.latin_heads: بمحلية "سرف عمرة" ... بمحلية سرف عمرة, where the
recognizer took سرف alone)."""
from __future__ import annotations

import pytest

from tests.mentions.conftest import refs_by_surface


# (text, the name, the place it is read as) - the shipped file
FOUND = [
    ("اندلعت اشتباكات في محلية تلس بولاية جنوب دارفور.", "تلس", "Tullus"),
    ("نزح الآلاف من محلية التضامن بولاية النيل الأزرق.", "التضامن", "Al Tadamon"),
    ("احتج العاطلون في مدينة جرزونة بولاية بنزرت.", "جرزونة", "Jerzouna"),
    ("وقعت صدامات بمحلية \"سرف عمرة\" بولاية شمال دارفور.", "سرف عمرة", "Saraf Omra"),
]


@pytest.mark.parametrize("text,name,place", FOUND)
def test_a_district_known_only_in_latin_is_found_after_its_cue(place_stage, text, name, place):
    got = refs_by_surface(place_stage, text)
    assert name in got and got[name].place is not None and got[name].place.name == place, got


# (text, the head read alone, the place; None: stays unresolved)
HEADS = [
    ("وقعت صدامات بمحلية \"سرف عمرة\". وقالت مصادر إن الحملة بمحلية سرف عمرة بولاية شمال دارفور.",
     "سرف", "Saraf Omra"),
    ("قتل مواطن في محلية \"سرف عمرة\" بشمال دارفور، وأصيب آخرون في محلية سرف عمرة أمس.",
     "سرف", "Saraf Omra"),
    # control: the name's last word is no head
    ("وقعت صدامات بمحلية \"سرف عمرة\" بولاية شمال دارفور. وأضرم المواطنون النار في عمرة.",
     "عمرة", None),
]


@pytest.mark.parametrize("text,head,place", HEADS)
def test_the_head_of_a_latin_only_name_is_that_place(place_stage, text, head, place):
    got = refs_by_surface(place_stage, text)
    ref = got.get(head)
    assert (ref.place.name if ref is not None and ref.place is not None else None) == place, got


# معتمدية (Tunisia's delegation, named after its seat town) is a unit cue as ناحية and محلية:
# a name after it that no Arabic name resolves is looked up among the Latin-only places (role
# seat). (text, the name, the place it is read as)
MUTAMADIYA = [
    ("احتج العاطلون في معتمدية جرزونة بولاية بنزرت.", "جرزونة", "Jerzouna"),
    ("احتج العاطلون في معتمدية تيبار بولاية باجة.", "تيبار", "Tibar"),
    ("أغلق شبان الطريق بمعتمدية تيبار احتجاجا على البطالة في ولاية باجة.", "تيبار", "Tibar"),
    # controls: a delegation whose seat has an Arabic name stays the town
    ("احتج العاطلون في معتمدية حيدرة بولاية القصرين.", "حيدرة", "Haidra"),
    ("اندلعت مواجهات في معتمدية سبيطلة بولاية القصرين.", "سبيطلة", "Sbeitla"),
]


@pytest.mark.parametrize("text,name,place", MUTAMADIYA)
def test_a_delegation_names_its_seat(place_stage, text, name, place):
    got = refs_by_surface(place_stage, text)
    assert name in got and got[name].place is not None and got[name].place.name == place, got
