"""actors71: who did it to whom.

``events.positions.member_doer``: a lone member noun right after an active verb, its side after
من and an object in the accusative after that side (قتل قناص من قوات النظام طفلا): the member's
side is the doer, not the side of one hit. ``events.positions.source_clause``: a side a source
says was aimed at (، وقالت المصادر إن ...) is no side hit when the verb's own object is named
before. (A claimant described by its leader, بقيادة X, before
its claim verb: rows of test_actors70's CLAIMS.)"""
from __future__ import annotations

from datetime import date

import pytest

from tests.events.conftest import events

PUB = date(2016, 3, 10)

# (text, actor1, actor2): the sniper's side did it; the controls keep the one killed
MEMBER_DOER = [
    ("قتل قناص من قوات النظام طفلا في حي الوعر بمدينة حمص أمس.",
     "Military Forces of Syria (2000-2024)", "Civilians (Syria)"),
    ("قتل قناص من تنظيم الدولة الإسلامية مقاتلا من قوات سوريا الديمقراطية في الرقة أمس.",
     "Islamic State (Syria)", "SDF: Syrian Democratic Forces"),
    ("أصاب قناص من قوات النظام مدنيا في حي جوبر بدمشق أمس.",
     "Military Forces of Syria (2000-2024)", "Civilians (Syria)"),
    # controls: the member killed (no object after his side), the doer after برصاص
    ("قتل قناص من قوات النظام في حي جوبر بدمشق أمس.", "Unidentified Armed Group (Syria)",
     "Military Forces of Syria (2000-2024)"),
    ("قتل طفل برصاص قناص من قوات النظام في حي الوعر بمدينة حمص أمس.",
     "Military Forces of Syria (2000-2024)", "Civilians (Syria)"),
    # events.positions.source_clause: the verb's own object named before a source's words beats
    # the side they say was aimed at
    ("أسقطت الدفاعات الجوية السورية طائرة مسيرة تركية في ريف حلب الشمالي، وقالت المصادر إن الطائرة كانت"
     " تستهدف مواقع لقوات سوريا الديمقراطية.", "Military Forces of Syria (2000-2024)", "Military Forces of Turkey"),
    ("أسقطت قوات سوريا الديمقراطية طائرة مسيرة تركية في ريف حلب الشمالي، وقالت المصادر إن الطائرة كانت"
     " تستهدف مواقع للجيش السوري.", "SDF: Syrian Democratic Forces", "Military Forces of Turkey"),
    # control: no object of the verb's own (a verb-first subject only): the side the source names stays
    ("قصفت طائرات التحالف الدولي بلدة الشدادي في ريف الحسكة، وقال ناشطون إن القصف استهدف مقرا لتنظيم داعش.",
     "Global Coalition Against Daesh", "Islamic State (Syria)"),
]


@pytest.mark.parametrize("text, actor1, actor2", MEMBER_DOER)
def test_who_did_it_to_whom(pipeline, text, actor1, actor2):
    got = events(pipeline, text, published=PUB)
    assert got and (got[0].actor1, got[0].actor2) == (actor1, actor2), got

