"""A road block told as what an act caused (ما نتج عنه تعطل حركة المرور وقطع الطريق) is no crowd's
road block: no protest record beside the act (hadath.events.trigger_vetoes.caused_cut; docs/notes/dup54.md)."""
from __future__ import annotations

from datetime import date

import pytest

from hadath.types import Article

FIGHT = "أصيب 7 أشخاص الخميس إثر نشوب مشاجرة بين عائلتين بالطوب والحجارة في قرية القاوية التابعة لمركز البلينا بمحافظة سوهاج"


@pytest.fixture(scope="module")
def extract():
    import hadath
    return hadath.load()


@pytest.mark.parametrize("text, protest", [
    (FIGHT + "، ما نتج عنه تعطل حركة المرور وقطع الطريق.", False),
    (FIGHT + "، ما أدى إلى تعطل حركة المرور وقطع الطريق.", False),
    (FIGHT + "، ما تسبب في قطع الطريق لساعات.", False),
    ("انفجرت عبوة ناسفة الخميس قرب مدينة البلينا بمحافظة سوهاج مما أدى إلى قطع الطريق الزراعي.", False),
    # the crowd cuts the road itself: a protest
    ("قطع محتجون الطريق الدولي في مدينة البلينا بمحافظة سوهاج الخميس احتجاجا على انقطاع المياه.", True),
])
def test_a_caused_road_cut_is_no_protest(extract, text, protest):
    events = extract(Article("t", text, published=date(2013, 10, 17))).events
    assert any(e.event_type == "Protests" for e in events) == protest
