"""place55 (issue #9, dup54's item 1): a place "belonging to" a unit named with a class noun that
is no recognition cue of its own (مركز, Egypt's district: also "centre") lies in that unit
(places_slots.unit_noun; من أعمال and إداريا are "located" words too, place_words.tsv), and a town named right after another place with في or ب (البلينا في
سوهاج، مديرية الجوبة بمأرب) is read as the first-level unit it is the seat of and bears the name
of, when the place before it lies in that unit away from the town (places_seats.governorates_holding)."""
from __future__ import annotations

import pytest

from tests.mentions.conftest import refs_by_surface

# (text, the village, the town its container is read at)
BELONGS = [
    ("اندلعت مشاجرة في قرية القاوية التابعة لمركز البلينا في سوهاج.", "القاوية", "Al Balyana"),
    ("اندلعت مشاجرة في قرية القاوية التابعة لمركز البلينا.", "القاوية", "Al Balyana"),
    ("قتل شخصان في قرية الكدوة التابعة لمركز ملوي في المنيا.", "الكدوة", "Mallawi"),
    ("قتل شخصان في قرية الكدوة التابع لمركز ملوي بمحافظة المنيا.", "الكدوة", "Mallawi"),
    ("قتل شخصان في قرية الكدوة الواقعة بمركز طما شمال سوهاج.", "الكدوة", "Tima"),
    # "of the works of" (من أعمال) and "administratively" (إداريا) say it too
    ("قتل شخصان في قرية الكدوة من أعمال مركز ملوي.", "الكدوة", "Mallawi"),
    ("قتل شخصان في قرية الزرقاوية من أعمال قضاء الشرقاط في صلاح الدين.", "الزرقاوية", "Ash Sharqat"),
    ("قتل شخصان في قرية الزرقاوية التابعة إداريا لناحية العلم.", "الزرقاوية", "Al-'Alam"),
]


@pytest.mark.parametrize("text,village,town", BELONGS)
def test_a_village_belonging_to_a_markaz_lies_in_it(place_stage, text, village, town):
    got = refs_by_surface(place_stage, text)
    ref = got[village]
    assert ref.place is None and ref.container is not None and ref.container.name == town, got


# (text, the second name, its reading's feature class)
HOLDING = [
    ("اندلعت مشاجرة في قرية القاوية التابعة لمركز البلينا في سوهاج.", "سوهاج", "admin1"),
    ("قتل شخصان في البلينا في سوهاج.", "سوهاج", "admin1"),
    ("قتل شخصان في قرية الكدوة التابعة لمركز ملوي في المنيا.", "المنيا", "admin1"),
    ("دارت معارك عنيفة في مديرية الجوبة بمأرب.", "مأرب", "admin1"),
    ("قتل شخصان في بلدة الدانا في إدلب.", "إدلب", "admin1"),
    ("سقطت قذائف على مدينة معرة النعمان بإدلب.", "إدلب", "admin1"),
    # controls: a town with its class noun, a quarter of the town, the town alone
    ("قتل شخصان في البلينا في مدينة سوهاج.", "سوهاج", "populated_place"),
    ("قتل شخصان في حي الشيخ مقصود في حلب.", "حلب", "populated_place"),
    ("قتل شخصان في سوهاج.", "سوهاج", "populated_place"),
    ("قتل شخصان في ملوي وفي المنيا.", "المنيا", "populated_place"),
]


@pytest.mark.parametrize("text,surface,klass", HOLDING)
def test_x_in_y_names_y_governorate(place_stage, text, surface, klass):
    got = refs_by_surface(place_stage, text)
    ref = next(r for s, r in got.items() if s.endswith(surface))
    assert ref.place is not None and ref.place.feature_class == klass, got


# a list's member, a village, held by a countryside or governorate the text names (بريف حلب
# الغربي، في محافظة حلب), read in another governorate far from it: a namesake elsewhere, so the
# name stays unresolved, held by the area (places_seats.other_unit); near the unit's edge, or
# in the area named, the reading stays
# (text, the name, its reading's admin1 or None when unresolved, the container's name)
AREA_HOLDS = [
    ("قصفت قوات النظام بلدات كفرعمة والقصر بريف حلب الغربي.", "القصر", None, "Aleppo"),
    ("قصفت قوات النظام قرى نصيب وتل حميس بريف درعا الشرقي.", "تل حميس", None, "Dara"),
    ("قصفت الطائرات بلدات معرة النعمان والقحطانية في ريف إدلب الجنوبي.", "القحطانية", None, "Idlib"),
    ("قصفت الطائرات قريتي الهبيط والقحطانية في ريف إدلب.", "القحطانية", None, "Idlib"),
    # controls: the countryside holding the reading, a reading across the unit's edge
    ("قصفت قوات النظام قرى المالكية والقحطانية بريف الحسكة.", "القحطانية", "Al-Hasakeh", "Al Hasakah"),
    ("قصفت الطائرات بلدات كفرزيتا وخان شيخون بريف حماة الشمالي.", "خان شيخون", "Idleb", "Hamah"),
]


@pytest.mark.parametrize("text,surface,admin1,box", AREA_HOLDS)
def test_a_listed_village_is_not_read_in_another_governorate(place_stage, text, surface, admin1, box):
    got = refs_by_surface(place_stage, text)
    ref = got[surface]
    assert (ref.place.admin1 if ref.place else None) == admin1 and ref.container is not None \
        and ref.container.name == box, got
