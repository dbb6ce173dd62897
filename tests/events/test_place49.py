"""Issue #9, place49 (docs/notes/place49.md): the area between two places (المنطقة الواقعة بين
X وY، المنطقة الواصلة بين بلدتي X وY) is one place, as a road between them is: one event, at
the first named end, with geo-precision 2 (near it, not in it: CODING.md). A list of towns
and a bare "between" (who fought whom) stay one event per town at precision 1."""
from __future__ import annotations

import pytest

from tests.events.conftest import events


@pytest.mark.parametrize("text, want", [
    ("تعرضت المنطقة الواقعة بين كفركلا والعديسة لقصف مدفعي إسرائيلي.", [("Kfar Kila", 2)]),
    ("شنت طائرات حربية غارات على المنطقة الواصلة بين بلدتي مسرابا ومديرا.", [("Misraba", 2)]),
    ("سقطت قذائف على المنطقة الفاصلة بين بلدتي كفرنبل وحاس.", [("Kafranbel", 2)]),
    ("قتل ستة أشخاص في هجوم مسلح على الطريق بين درنة وطبرق أمس.", [("Darnah", 2)]),
    ("قتل جنديان في هجوم على الطريق الرابط بين مأرب وصنعاء.", [("Ma'rib", 2)]),
    # controls: two towns, two events, each the town itself
    ("قصفت قوات النظام بلدتي كفرنبل وحاس.", [("Hassef", 1), ("Kafranbel", 1)]),
    ("قتل ستة أشخاص في هجوم في درنة وطبرق أمس.", [("Darnah", 1), ("Tobruk", 1)]),
])
def test_area_between_two_towns_is_one_place_near_them(pipeline, text, want):
    evs = events(pipeline, text)
    got = sorted((e.place.place.name, max(e.place.precision_hint, 1)) for e in evs)
    assert got == want, evs
