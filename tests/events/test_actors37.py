"""Mechanisms of the thirty-seventh round (issue #9): who did it and to whom on older and newer
real reports (docs/notes/actors37.md). The sentences are made up in the style of the wire copy
the round read, never copied from it."""
from __future__ import annotations

from datetime import date

import pytest

from tests.events.conftest import events


@pytest.mark.parametrize("text, published, doer, hit, parent", [
    # a named group told with a word of belonging before its parent (جماعة X، التابعة لتنظيم
    # القاعدة; المنضوية في، المنتمية إلى): the parent does not act, and the group's anaphor
    # (الجماعة) points back to the group, not to the parent (mentions.actors_own.allies_dropped)
    ("أعلنت جماعة نصرة الإسلام والمسلمين، التابعة لتنظيم القاعدة، مسؤوليتها عن تفجير عبوة ناسفة "
     "استهدفت دورية للجيش المالي قرب مدينة دوينتزا.", date(2021, 5, 3),
     "JNIM: Jama'at Nusrat al-Islam wal-Muslimin", "Military Forces of Mali",
     "AQIM: Al Qaeda in the Islamic Maghreb"),
    ("هاجمت حركة الشباب التابعة لتنظيم القاعدة قاعدة عسكرية للجيش الصومالي في منطقة شبيلي السفلى.",
     date(2019, 6, 2), "Al Shabaab", "Military Forces of Somalia",
     "AQIM: Al Qaeda in the Islamic Maghreb"),
    ("قالت مصادر محلية إن جماعة نصرة الإسلام والمسلمين المنتمية إلى تنظيم القاعدة شنت هجوما على "
     "معسكر للجيش المالي في بلدة بوني. وأعلنت الجماعة مسؤوليتها عن الهجوم.", date(2022, 3, 4),
     "JNIM: Jama'at Nusrat al-Islam wal-Muslimin", "Military Forces of Mali",
     "AQIM: Al Qaeda in the Islamic Maghreb"),
])
def test_round37_a_parent_of_belonging_is_no_side(pipeline, text, published, doer, hit, parent):
    got = events(pipeline, text, published=published)
    assert any(e.actor1 == doer and e.actor2 == hit for e in got), got
    assert all(parent not in (e.actor1, e.actor2) for e in got), got
