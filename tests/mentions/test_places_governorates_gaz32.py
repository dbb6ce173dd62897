"""Issue #10, thirty-second round (docs/notes/gaz32.md): a bare name shared by a governorate
and its seat, in a document that locates something in the governorate (في محافظة X، على
محافظة X، بمحافظة X). The sentences are the contributors' own."""
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
