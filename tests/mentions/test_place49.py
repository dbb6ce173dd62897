"""Issue #9, place49 (docs/notes/place49.md): a village named in a town's countryside (ريف X,
ريفي X وY: place_cues.tsv ``unit``) is read in the town's governorate.

- Of the namesakes within in_container's 60 km of the town, the one in the town's own
  governorate wins a tie (gazetteer.resolve.same_unit, UNIT_BONUS): الصالحية في ريف حماة is
  the Hama governorate village, not one of the two in Homs's that lie as near to Hama city.
- A namesake in the town's governorate farther than 60 km is inside the countryside too
  (resolve._unit_wide): قرية جروان في ريف دير الزور is Deir ez-Zor's Jarwan, not Hasakeh's.

A town the text puts the name by (قرب X) and the other containers keep in_container's radius."""
from __future__ import annotations

import pytest

from tests.mentions.conftest import refs_by_surface

CASES = [
    # (text, village, admin1 of its reading)
    # namesakes all near the town: the one in its governorate
    ("قصفت قوات النظام بلدة الصالحية في ريف حماة الشمالي ما أدى إلى مقتل مدنيين.", "الصالحية", "Hama"),
    ("سقطت قذائف على قرية الهاشمية بريف حماة.", "الهاشمية", "Hama"),
    ("استهدف الطيران الحربي قرية فريكة في ريف إدلب الغربي.", "فريكة", "Idleb"),
    ("قتل مدني في قصف مدفعي على قرية ربيعة بريف إدلب.", "ربيعة", "Idleb"),
    ("قصفت قوات النظام قرية جديا في ريف درعا الغربي.", "جديا", "Dara"),
    ("دارت اشتباكات في قرية يحمول بريف حلب الشمالي.", "يحمول", "Aleppo"),
    ("قصف الطيران بلدات الهاشمية وفيروزة في ريف حماة.", "الهاشمية", "Hama"),
    # the governorate's namesake lies farther than 60 km from the town
    ("قصفت قوات النظام قرية رسم العبد في ريف حماة الشرقي.", "رسم العبد", "Hama"),
    ("استهدفت غارة جوية قرية بارودية بريف حماة.", "بارودية", "Hama"),
    ("قتل شخصان بانفجار في قرية جروان في ريف دير الزور الشرقي.", "جروان", "Deir ez-Zor"),
    ("سيطرت الفصائل على قرية قرطل بريف حلب.", "قرطل", "Aleppo"),
    # controls, as on main
    ("قصفت قوات النظام قرية الصالحية في ريف حمص الشمالي.", "الصالحية", "Homs"),
    ("قصفت قوات النظام بلدة دوما في ريف دمشق.", "دوما", "Rural Damascus"),
    ("انفجرت عبوة في قرية الصالحية بمحافظة نينوى.", "الصالحية", "Ninewa"),
    ("قصفت قوات النظام قرية الهاشمية قرب حماة.", "الهاشمية", "Homs"),
]


@pytest.mark.parametrize("text,village,admin1", CASES)
def test_countryside_is_the_towns_governorate(place_stage, text, village, admin1):
    got = refs_by_surface(place_stage, text)
    ref = got[village]
    assert ref.place is not None and ref.place.admin1 == admin1, got


# The two places an area or a road lies between (المنطقة الواقعة بين X وY، الطريق الرابط بين X
# ومدينة Y) get precision hint 2: the act was near both, in neither (mentions.places_between).
# A bare "between" (who fought whom) and a list of towns keep hint 1.
BETWEEN = [
    # (text, {surface: hint})
    ("تعرضت المنطقة الواقعة بين كفركلا والعديسة لقصف مدفعي إسرائيلي.", {"كفركلا": 2, "العديسة": 2}),
    ("شنت طائرات حربية غارات على المنطقة الواصلة بين بلدتي مسرابا ومديرا.", {"مسرابا": 2, "مديرا": 2}),
    ("هاجم مسلحون دورية للجيش على الطريق الرابط بين باماكو ومدينة كاتي.", {"باماكو": 2, "كاتي": 2}),
    ("سقطت قذائف على المنطقة الفاصلة بين بلدتي كفرنبل وحاس.", {"كفرنبل": 2, "حاس": 2}),
    ("قتل شخص في قصف على الطريق الدولي بين درنة وطبرق.", {"درنة": 2, "طبرق": 2}),
    # controls
    ("اندلعت اشتباكات بين درعا والسويداء.", {"درعا": 1, "السويداء": 1}),
    ("قصفت قوات النظام بلدتي كفرنبل وحاس.", {"كفرنبل": 1, "حاس": 1}),
    ("دارت معارك عنيفة بين عناصر التنظيم والجيش في كفرنبل وحاس.", {"كفرنبل": 1, "حاس": 1}),
]


@pytest.mark.parametrize("text,hints", BETWEEN)
def test_area_between_two_places(place_stage, text, hints):
    got = refs_by_surface(place_stage, text)
    assert {s: got[s].precision_hint for s in hints} == hints, got
