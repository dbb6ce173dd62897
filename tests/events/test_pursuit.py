"""events.pursuit (types65): a protest whose crowd a state force besieged or chased is a protest
with intervention; the same verbs with the crowd as subject leave it a peaceful protest (and
protesters who burn a building stay a violent demonstration). And (crowd_fights.people_doers) people a
patient marker with a pronoun follows (اعتداء مئات من أهالي القرية عليهم), no doer named, are the
doer: a mob."""
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


def test_protesters_burning_a_building_stay_a_violent_demonstration(pipeline):
    text = "أحرق المحتجون مبنى المحافظة في مدينة الناصرية احتجاجا على انقطاع الكهرباء."
    assert [e.sub_event_type for e in events(pipeline, text)] == ["Violent demonstration"], text


PEOPLE_DOERS = [  # people before a patient marker with a pronoun did the act to the ones it points back to
    "لقي أربعة أشخاص مصرعهم إثر اعتداء مئات من أهالي القرية عليهم في قرية أبو مسلم بمحافظة الجيزة.",
    "قتل رجلان إثر اعتداء عشرات من الأهالي عليهما بالضرب في مدينة المنيا.",
]


@pytest.mark.parametrize("text", PEOPLE_DOERS)
def test_people_who_fell_on_the_dead_are_a_mob(pipeline, text):
    assert [(e.sub_event_type, e.actor1) for e in events(pipeline, text)] == [("Mob violence", "Rioters (Egypt)")], text


ARMED_DOERS = [
    "قتل مواطن إثر اعتداء مسلحين مجهولين عليه في مدينة درعا.",
    "هاجم مسلحون الأهالي وأطلقوا النار عليهم في مدينة درعا.",
]


@pytest.mark.parametrize("text", ARMED_DOERS)
def test_gunmen_who_fell_on_people_stay_an_attack(pipeline, text):
    assert [e.sub_event_type for e in events(pipeline, text)] == ["Attack"], text
