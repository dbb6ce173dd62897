"""The plural محافظات heads a list of governorates (place71, issue #10; place_cues.tsv row, as
مديريات): "استهدفت العاصمة صنعاء ومحافظات الحديدة وتعز وحجة وصعدة" lost الحديدة (a weak
name, iron) and read the others as their seat towns at precision 1 where the text names
governorates (fix54 f54-41: Saada p3)."""
from __future__ import annotations

import pytest

from tests.mentions.conftest import refs_by_surface

ROWS = [   # (text, names read as governorates); الحديدة was no mention on main
    ("شن العدوان غارات استهدفت محافظات الحديدة وتعز وحجة.", ["الحديدة", "تعز", "حجة"]),
    ("شن العدوان غارات استهدفت العاصمة صنعاء ومحافظات الحديدة وتعز وصعدة.", ["الحديدة", "تعز", "صعدة"]),
]


@pytest.mark.parametrize("text,names", ROWS)
def test_governorates_listed(place_stage, text, names):
    got = refs_by_surface(place_stage, text)
    for n in names:
        hit = next((r for s, r in got.items() if s.endswith(n)), None)
        assert hit is not None and hit.place is not None and hit.place.feature_class == "admin1", \
            {k: v.place for k, v in got.items()}


def test_known_only(place_stage):   # control: a common word after it names no place
    got = refs_by_surface(place_stage, "زار الوزير محافظات عدة في جولة تفقدية.")
    assert not any(s.endswith("عدة") for s in got)
