"""A place named after an adjective of adjacency (إقليم X المجاور للعاصمة Y، ولاية X المتاخمة
لولاية Y) only says where the area before it lies: it is not where the act happened (issue #10,
round gaz31: events.place_choice._locates)."""
from __future__ import annotations

import pytest

from tests.events.conftest import events


@pytest.mark.parametrize("text, location", [
    ("صد الجيش هجوما شنه مسلحون على بلدة جنالي بإقليم شبيلي السفلى المجاور للعاصمة مقديشو، وقتل 14 منهم.",
     "Jannaale"),
    ("قصفت طائرات مسيرة بلدة الكسوة في محافظة ريف دمشق المجاورة للعاصمة دمشق، ما أدى إلى مقتل مدنيين.",
     "Al Kiswah"),
])
def test_the_adjoining_city_is_no_place_of_the_act(pipeline, text, location):
    got = [e.location for e in events(pipeline, text)]
    assert got and location in got and "Mogadishu" not in got and "Damascus" not in got, got


def test_a_city_named_alone_keeps_its_event(pipeline):
    got = [e.location for e in events(pipeline, "هاجم مسلحون مقرا للشرطة في العاصمة مقديشو وقتلوا جنديين.")]
    assert got == ["Mogadishu"], got
