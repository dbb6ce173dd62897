"""A town the text names as held by another place of the clause (بلدة X التابعة لمدينة Y، بلدة X
في قضاء Y) is where the act happened, not its container, however near the container stands to
the act's word (issue #10, round 27: events.place_choice._held_town)."""
from __future__ import annotations

import pytest

from tests.events.conftest import events


@pytest.mark.parametrize("text, location", [
    ("وتعرضت بلدة بداما التابعة لمدينة جسر الشغور لقصف جوي ما أدى إلى مقتل مدني.", "Bdama"),
    ("قالت الوكالة إن الغارة الإسرائيلية على بلدة شيحين في قضاء صور استهدفت منزلا وقتلت شخصين.",
     "Chihine"),
])
def test_the_held_town_is_the_place(pipeline, text, location):
    got = [e.location for e in events(pipeline, text)]
    assert got and got[0] == location, got


def test_a_town_alone_keeps_its_event(pipeline):
    got = [e.location for e in events(pipeline, "قصفت الطائرات مدينة جسر الشغور ما أدى إلى مقتل مدني.")]
    assert got == ["Jisr ash Shughur"], got
