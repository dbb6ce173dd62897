"""Issue #9, types61: the verb of following تلا (وتلا ذلك، تلا الهجوم) is no town (Tala in Egypt,
Talla in Syria): a place_words function row, so the connective after a comma writes no second
record at a namesake town; the town after a cue (مركز تلا، مدينة تلا) is still read."""
from __future__ import annotations

import pytest

from tests.mentions.conftest import refs_by_surface


def _named(refs: dict, surface: str) -> bool:
    return any((surface in s or s in surface) and r.place is not None for s, r in refs.items())


@pytest.mark.parametrize("text", [
    "انفجرت عبوة ناسفة بدورية للجيش في مدينة العريش، وتلا ذلك اشتباك بين الجنود ومسلحين.",
    "سقطت قذائف هاون على حي سكني في مدينة درعا، وتلا ذلك قصف مدفعي على الأحياء الشرقية.",
    "هاجم مسلحون حاجزا للجيش في القصرين، وتلا الهجوم اشتباكات استمرت ساعات.",
    "اعتقلت الشرطة ناشطا في حلب، تلا ذلك احتجاج أمام مقرها.",
])
def test_the_verb_of_following_is_no_town(place_stage, text):
    assert not _named(refs_by_surface(place_stage, text), "تلا")


@pytest.mark.parametrize("text", [
    "تظاهر مئات من أهالي مركز تلا بمحافظة المنوفية احتجاجا على انقطاع المياه.",
    "قتل شخصان في اشتباكات بالأسلحة النارية في مدينة تلا بمحافظة المنوفية.",
])
def test_the_town_after_a_cue_is_kept(place_stage, text):
    assert _named(refs_by_surface(place_stage, text), "تلا")
