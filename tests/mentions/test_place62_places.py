"""Well-known places no bundled source names in Arabic (place62: places_extra.tsv hadath:71-73):
حي التضامن (Ettadhamen, by Tunis), الكلاكلة (Khartoum's southern suburbs), عبسان (Abasan al
Kabira, by Khan Yunis; the index knew only عبسان الكبيرة and عبسان الصغيرة)."""
from __future__ import annotations

import pytest

from tests.mentions.test_place61_camps import _places


READ = [   # none is read on main
    ("اندلعت مواجهات بين الشرطة وشبان في حي التضامن غرب العاصمة تونس.", "حي التضامن", ("Ettadhamen", "TN")),
    ("شهد حي التضامن بولاية أريانة احتجاجات ليلية.", "حي التضامن", ("Ettadhamen", "TN")),
    ("خرجت مظاهرة في الكلاكلة جنوب الخرطوم.", "الكلاكلة", ("Al Kalakla", "SD")),
    ("أطلقت قوات الأمن الغاز المسيل للدموع على محتجين في منطقة الكلاكلة بالخرطوم.", "الكلاكلة", ("Al Kalakla", "SD")),
    ("استشهد شاب برصاص الاحتلال شرق عبسان في خان يونس.", "عبسان", ("Abasan al Kabira", "PS")),
    ("توغلت جرافات الاحتلال شرق بلدة عبسان جنوب قطاع غزة.", "عبسان", ("Abasan al Kabira", "PS")),
]


@pytest.mark.parametrize("text,surface,want", READ)
def test_place_read(place_stage, text, surface, want):
    got = _places(place_stage, text).get(surface)
    assert got is not None and got[:2] == want, got


NOT_READ = [   # the common word and the Damascus quarter are no Tunisian town
    ("أعلنت وزارة التضامن الاجتماعي عن مساعدات للأسر.", "التضامن"),
    ("خرجت مسيرة التضامن مع غزة في تونس العاصمة.", "التضامن"),
]


@pytest.mark.parametrize("text,word", NOT_READ)
def test_common_word_no_place(place_stage, text, word):
    assert all(v is None or v[1] != "TN" or k != word for k, v in _places(place_stage, text).items())


def test_damascus_quarter_not_tunisian(place_stage):
    got = _places(place_stage, "قتل شخصان بقصف على حي التضامن جنوب دمشق.")
    assert all(v is None or v[1] == "SY" for v in got.values()), got
