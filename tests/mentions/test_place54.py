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
