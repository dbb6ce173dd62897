"""Issue #10, thirty-second round (docs/notes/gaz32.md): a bare name shared by a governorate
and its seat, in a document that locates something in the governorate (في محافظة X، على
محافظة X، بمحافظة X); a district or village the text puts in a named unit or town is not read
outside it. The sentences are the contributors' own."""
from __future__ import annotations

import pytest

from tests.mentions.conftest import refs_by_surface


# A bare name shared by a governorate and its seat reads as the governorate (admin1) when the
# document locates something in the governorate named with its unit noun; not when the document
# also calls it a town, for a capital, when the governorate is only an owner's title, when the
# name is put in its governorate, nor with no governorate named (populated_place).
A1, TOWN = "admin1", "populated_place"


@pytest.mark.parametrize("text, surface, want", [
    ("4 قتلى من الجيش جراء هجوم لداعش في كركوك. وشن عناصر التنظيم هجوما على نقطة عسكرية في "
     "محافظة كركوك.", "كركوك", A1),
    ("مقتل 16 مدنيا في غارات على إدلب. استهدفت الغارات اليوم مناطق عدة في محافظة إدلب.", "إدلب", A1),
    ("قتلى بقصف في درعا. وسقطت القذائف على قرى بمحافظة درعا.", "درعا", A1),
    ("سقوط قذائف على مناطق حدودية في صعدة. وسقطت القذائف على مناطق مكتظة في محافظة صعدة.", "صعدة", A1),
    ("غارات على إدلب. استهدفت الغارات مناطق في محافظة إدلب ومدينة إدلب.", "إدلب", TOWN),
    ("اشتباكات في الخرطوم. وانتشرت القوات في ولاية الخرطوم.", "الخرطوم", TOWN),
    ("تظاهرات في البصرة. وقال قائد شرطة محافظة البصرة إن الوضع هادئ.", "البصرة", TOWN),
    ("هجوم لداعش في كركوك أسفر عن مقتل جنديين.", "كركوك", TOWN),
    ("استهدف مسلحون سوقا شعبيا في حمص بمحافظة حمص بقذائف الهاون.", "حمص", TOWN),
    ("قتل ستة مدنيين بقصف على سوق في دير الزور في محافظة دير الزور.", "دير الزور", TOWN),
])
def test_a_bare_seat_and_its_governorate(place_stage, text, surface, want):
    r = refs_by_surface(place_stage, text)[surface]
    assert r.place is not None and r.place.feature_class == want, r


# A district (محلية، مديرية، قضاء) the text puts in a first-level unit is not read in another
# country (the mention stays, unresolved, coded to the unit).
@pytest.mark.parametrize("text, surface, unit", [
    ("قتل 4 اشخاص في هجوم على منطقة ام لاعونة بمحلية دارالسلام بولاية شمال دارفور.", "دارالسلام",
     "North Darfur"),
    ("قتل نازح قرب منطقة قلاب بمحلية طويلة بولاية شمال دارفور.", "طويلة", "North Darfur"),
])
def test_a_district_in_a_unit_is_not_abroad(place_stage, text, surface, unit):
    r = refs_by_surface(place_stage, text)[surface]
    assert r.place is None and r.container is not None and r.container.name == unit, r


# A village named "في Y" (Y a bare known town or unit) lies in Y: no namesake elsewhere.
@pytest.mark.parametrize("text, surface, box, cc", [
    ("قتل 11 شخصا في هجوم على قرية الرشاد في ديالى.", "الرشاد", "Diyala", "IQ"),
    ("قصفت المدفعية بلدة الصور في دير الزور.", "الصور", "Deir ez-Zor", "SY"),
    ("قتل مدنيان في قصف على قرية البارة في إدلب.", "البارة", "Idlib", "SY"),
])
def test_a_village_in_a_named_place(place_stage, text, surface, box, cc):
    r = refs_by_surface(place_stage, text)[surface]
    assert r.container is not None and r.container.name == box, r
    assert r.place is None or r.place.country_code == cc and r.place.admin1 == r.container.admin1, r
