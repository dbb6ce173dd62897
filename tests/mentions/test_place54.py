"""place54 (issue #9): "near X" said with مقربة، محاذاة، جوار (على مقربة من X، بمحاذاة X، بجوار
X) is a near cue like قرب (place_cues.tsv, precision 2, role ``near``): the town gets hint 2, and
a village named before it (قرية X على مقربة من Y) is read by that town, as with قرب. A word
after them that no gazetteer name resolves is no place (``known_only``)."""
from __future__ import annotations

import pytest

from tests.mentions.conftest import refs_by_surface

NEAR = [
    # (text, surface, hint)
    ("قتل ثلاثة جنود في هجوم على حاجز للجيش على مقربة من مدينة حبان.", "حبان", 2),
    ("هاجم مسلحون نقاطا أمنية بمحاذاة حبان في محافظة شبوة.", "حبان", 2),
    ("انفجرت عبوة ناسفة بجوار مدينة الرمادي.", "الرمادي", 2),
    ("سقطت قذيفة على مقربة من بلدة مارع.", "مارع", 2),
    ("دارت اشتباكات بمحاذاة الحدود قرب القائم.", "القائم", 2),
    # controls: the town itself, قرب as before
    ("قتل ثلاثة جنود في هجوم على حاجز للجيش في مدينة حبان.", "حبان", 1),
    ("انفجرت عبوة ناسفة قرب مدينة الرمادي.", "الرمادي", 2),
]


@pytest.mark.parametrize("text,surface,hint", NEAR)
def test_near_words_give_hint_2(place_stage, text, surface, hint):
    got = refs_by_surface(place_stage, text)
    ref = next(r for s, r in got.items() if surface in s)
    assert ref.precision_hint == hint, got


# a village put near a town: a namesake far from the town is not meant (the record is coded to
# the town, as with قرب)
ANCHORED = [
    "قتل ثلاثة جنود في هجوم على قرية الرفاعية على مقربة من الموصل.",
    "قتل ثلاثة جنود في هجوم على قرية الرفاعية بمحاذاة الموصل.",
    "قتل ثلاثة جنود في هجوم على قرية الرفاعية بجوار الموصل.",
    "قتل ثلاثة جنود في هجوم على قرية الرفاعية قرب الموصل.",
]


@pytest.mark.parametrize("text", ANCHORED)
def test_a_village_near_a_town_is_not_a_far_namesake(place_stage, text):
    got = refs_by_surface(place_stage, text)
    village = got["الرفاعية"]
    assert village.place is None or village.place.admin1 == "Ninewa", got


# the body region of a wound (not_places.tsv): منطقة before a body part names no place, so the
# act keeps its town (Ar Ras, Az Zahr and Saq are villages a wound's "area" was read as)
WOUNDS = [
    # (text, the body part, the town that stays)
    ("أصيب شاب برصاصة في منطقة الرأس خلال مواجهات في بلدة كفر قدوم.", "الرأس", "كفر قدوم"),
    ("قتل مدني برصاص قناص في منطقة الرأس في مدينة درعا.", "الرأس", "درعا"),
    ("أصيب ثلاثة جنود بمنطقة الرأس في هجوم على نقطة للجيش في مدينة جلولاء.", "الرأس", "جلولاء"),
    ("أصيب طفل بشظية في منطقة الظهر في قصف على مدينة إدلب.", "الظهر", "إدلب"),
    ("أصيب متظاهر بطلق ناري في منطقة الساق في مدينة نابلس.", "الساق", "نابلس"),
    ("قتل شابان بإطلاق نار في منطقة البطن والرأس في مدينة مسكنة.", "البطن", "مسكنة"),
]


@pytest.mark.parametrize("text,part,town", WOUNDS)
def test_a_wounds_body_region_is_no_place(place_stage, text, part, town):
    got = refs_by_surface(place_stage, text)
    assert not any(part in s and r.place is not None for s, r in got.items()), got
    assert any(town in s and r.place is not None for s, r in got.items()), got


def test_an_area_named_like_no_body_part_stays_a_place(place_stage):
    got = refs_by_surface(place_stage, "انفجرت سيارة مفخخة في منطقة الكاظمية ببغداد.")
    assert any("الكاظمية" in s and r.place is not None for s, r in got.items()), got
