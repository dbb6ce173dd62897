"""actors62: a toll told again by a definite act noun after the acts of two towns is the toll of
the act last told (hadath.reconcile.province_summary._antecedent): the noun points back to it,
and that act, told with neither toll nor side hit, takes both."""
from __future__ import annotations

from datetime import date

import pytest

from tests.events.conftest import events

PUB = date(2018, 7, 28)

# (text, the town of the act told again, its toll)
RETOLD = [
    ("قتل طفلان بقصف مدفعي لقوات الأسد استهدف بلدة كفرتعال غربي حلب.\n"
     "وأشار المراسل إلى أن قصفاً مدفعياً مماثلاً من قوات سوريا الديمقراطية استهدف قرية صابويران بريف حلب الشرقي.\n"
     "وأفاد بأن القصف المدفعي شرقي حلب أسفر عن مقتل مدنيين اثنين وإصابة آخرين.", "Sabwayran as Sunbulah", 2),
    ("قتل مدنيان بقصف صاروخي لقوات النظام استهدف بلدة كفرتعال غربي حلب.\n"
     "وأضاف المصدر أن قصفاً صاروخياً مماثلاً من قوات سوريا الديمقراطية استهدف قرية صابويران شرقي حلب.\n"
     "وأوضح أن القصف الصاروخي شرقي حلب أسفر عن مقتل ثلاثة مدنيين.", "Sabwayran as Sunbulah", 3),
    ("أصيب مدني بقصف مدفعي لقوات الأسد على بلدة كفرتعال غربي حلب.\n"
     "وفي السياق، قال المراسل إن قصفاً مدفعياً من قوات سوريا الديمقراطية استهدف قرية صابويران بريف حلب الشرقي.\n"
     "وأفاد بأن القصف المدفعي على ريف حلب الشرقي أدى إلى مقتل طفلين.", "Sabwayran as Sunbulah", 2),
    ("قتل طفل بقصف مدفعي لقوات النظام استهدف مدينة كفرنبل جنوبي إدلب.\n"
     "وأشار المراسل إلى أن قصفاً مدفعياً مماثلاً من قوات النظام استهدف بلدة معرة حرمة بريف إدلب الجنوبي.\n"
     "وأفاد بأن القصف المدفعي جنوبي إدلب أسفر عن مقتل امرأتين.", "Ma`arrat Hurmah", 2),
]


@pytest.mark.parametrize("text,town,toll", RETOLD)
def test_toll_told_again_goes_to_the_act_last_told(pipeline, text, town, toll):
    evs = {e.location: e for e in events(pipeline, text, PUB)}
    assert town in evs, sorted(evs)
    assert evs[town].fatalities == toll
    assert evs[town].actor2 == "Civilians (Syria)"


def test_act_with_its_own_toll_keeps_it(pipeline):
    """Control: the act last told has its own toll - the retelling is no toll of it alone."""
    text = ("قتل طفلان بقصف مدفعي لقوات الأسد استهدف بلدة كفرتعال غربي حلب.\n"
            "وقتل مدني بقصف مدفعي من قوات سوريا الديمقراطية استهدف قرية صابويران بريف حلب الشرقي.\n"
            "وأفاد بأن القصف المدفعي شرقي حلب أسفر عن مقتل ثلاثة مدنيين.")
    evs = {e.location: e for e in events(pipeline, text, PUB)}
    assert evs["Sabwayran as Sunbulah"].fatalities == 1
