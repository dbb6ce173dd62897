"""events.pursuit (types65): a protest whose crowd a state force besieged or chased is a protest
with intervention; the same verbs with the crowd as subject leave it a peaceful protest."""
from __future__ import annotations

import pytest

from tests.events.conftest import events

PURSUED = [  # a state force, subject of a verb of besieging or chasing, then the crowd
    "حاصرت قوات الأمن المعتصمين أمام مبنى المحافظة في مدينة البصرة.",
    "طاردت الشرطة المتظاهرين في شوارع مدينة الخرطوم.",
    "لاحقت قوات الأمن المحتجين في شوارع مدينة الناصرية يوم الجمعة.",
]


@pytest.mark.parametrize("text", PURSUED)
def test_a_crowd_a_force_besieged_or_chased_met_an_intervention(pipeline, text):
    assert [e.sub_event_type for e in events(pipeline, text)] == ["Protest with intervention"], text


OWN = [  # the crowd besieges a building: its own act, no intervention
    "حاصر المحتجون مبنى المحافظة في مدينة البصرة مطالبين بفرص عمل.",
    "تظاهر مئات من الطلاب أمام مبنى الجامعة في مدينة عمان للمطالبة بخفض الرسوم.",
]


@pytest.mark.parametrize("text", OWN)
def test_a_crowd_besieging_a_building_is_a_peaceful_protest(pipeline, text):
    assert [e.sub_event_type for e in events(pipeline, text)] == ["Peaceful protest"], text
