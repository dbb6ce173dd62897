"""A road named by its two ends (طريق X - Y, طريق X-Y): the event is coded where the act was
when the text names it (قرب مدينة سراقب), else at the road's first named end with geo-precision
2 (near a place), one event, never one an end (issue #10, round 22: pinned, they read right)."""
from __future__ import annotations

import pytest

from tests.events.conftest import events


@pytest.mark.parametrize("text, location, precision", [
    ("قتل ثلاثة مدنيين في قصف استهدف سيارتهم على طريق دمشق - السويداء اليوم الاثنين.",
     "Damascus", 2),
    ("قتل جندي في هجوم على حاجز على طريق مأرب - صنعاء.", "Ma'rib", 2),
    ("انفجرت عبوة ناسفة بدورية للجيش على طريق حلب-دمشق الدولي قرب مدينة سراقب، ما أدى إلى مقتل"
     " جنديين.", "Saraqib", 2),
    ("قتل خمسة أشخاص في هجوم مسلح على حافلة على طريق بغداد - كركوك قرب طوزخورماتو.",
     "Tuz Khurmatu", 2),
])
def test_an_act_on_a_road(pipeline, text, location, precision):
    got = [(e.location, e.geo_precision) for e in events(pipeline, text)]
    assert got == [(location, precision)], got
