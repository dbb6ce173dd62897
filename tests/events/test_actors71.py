"""actors71: who did it to whom.

``events.positions.member_doer``: a lone member noun right after an active verb, its side after
من and an object in the accusative after that side (قتل قناص من قوات النظام طفلا): the member's
side is the doer, not the side of one hit. ``events.merge._claimant_at``: a claimant described by
its leader (بقيادة X) before its claim verb still claims."""
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
]


@pytest.mark.parametrize("text, actor1, actor2", MEMBER_DOER)
def test_the_members_side_did_it(pipeline, text, actor1, actor2):
    got = events(pipeline, text, published=PUB)
    assert got and (got[0].actor1, got[0].actor2) == (actor1, actor2), got


# (published, text, actor1): a claimant described by its leader (بقيادة، بزعامة) before a
# pluperfect claim verb (events.merge._claimant_at)
LED_CLAIMANT = [
    (date(2013, 5, 23), "قتل 20 جنديا في هجوم انتحاري بسيارة مفخخة على ثكنة عسكرية في أغاديز. وكانت جماعة تطلق"
     " على نفسها «الموقعون بالدماء» بقيادة مختار بلمختار قد تبنت العملية.", "Al Mulathamun Battalion"),
    (date(2016, 5, 23), "قتل 20 جنديا في هجوم انتحاري بسيارة مفخخة على ثكنة عسكرية في مدينة سرت. وكان تنظيم داعش"
     " بزعامة أبو بكر البغدادي قد تبنى الهجوم.", "Islamic State (Libya)"),
    # control: no leader's phrase, as before
    (date(2016, 5, 23), "قتل 20 جنديا في هجوم انتحاري بسيارة مفخخة على ثكنة عسكرية في مدينة سرت. وكان تنظيم داعش"
     " قد تبنى الهجوم.", "Islamic State (Libya)"),
]


@pytest.mark.parametrize("published, text, actor1", LED_CLAIMANT)
def test_a_claimant_past_its_leader(full_pipeline, published, text, actor1):
    got = events(full_pipeline, text, published=published)
    assert got and got[0].actor1 == actor1, got
