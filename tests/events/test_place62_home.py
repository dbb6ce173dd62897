"""A person's home, told after them with من (place62, issue #9): استشهد الشاب فلان من مخيم X
خلال مواجهات في Y - the act's record is at Y, not at the victim's camp or village. The home
stays the place when the clause names no other; a place after بالقرب من, or after a word of
flight (نزوح السكان من X), is no home."""
from __future__ import annotations

import pytest

from tests.events.test_place45 import _places

HOME = [   # (text, the act's place, the home that is no record's place); every row fails on main
    ("استشهد الشاب محمد أحمد (20 عاما) من مخيم الدهيشة خلال مواجهات مع قوات الاحتلال في بلدة الخضر جنوب بيت لحم.",
     "Al Khadir", "Dheisheh Camp"),
    ("استشهد الشاب محمد أحمد من مخيم جنين برصاص قوات الاحتلال في نابلس.", "Nablus", "Janin"),
    ("قتل شاب من بلدة بيت أمر برصاص الاحتلال عند مدخل الخليل.", "Hebron", "Bayt Ummar"),
    ("استشهد الفتى أحمد من قرية كفر قدوم متأثرا بجروحه التي أصيب بها خلال مواجهات في رام الله.",
     "Ramallah", "Kafr Qaddum"),
]


@pytest.mark.parametrize("text,own,home", HOME)
def test_home_is_no_place_of_the_act(full_pipeline, text, own, home):
    got = _places(full_pipeline, text)
    assert own in got and home not in got, got


SAME = [   # the place after من stays the act's
    ("استشهد شاب من مخيم جنين برصاص قوات الاحتلال.", "Janin"),   # no other place named
    ("أطلق مسلح النار على عائلة إسرائيلية كانت تسير بالقرب من مخيم الفوار جنوب الخليل.", "Al-Fawwar Camp"),
]


@pytest.mark.parametrize("text,own", SAME)
def test_place_after_from_kept(full_pipeline, text, own):
    assert own in _places(full_pipeline, text)
