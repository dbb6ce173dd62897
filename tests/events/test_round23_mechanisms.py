"""Mechanisms of the twenty-third round (issue #9), one report per row."""
from __future__ import annotations

from datetime import date

import pytest

from tests.events.conftest import events


@pytest.fixture(scope="module")
def full_pipeline():
    import hadath

    return hadath.load()


@pytest.mark.parametrize("text, sub, actor1, actor2", [
    # an actor past a consequence verb (ما أسفر عن، مما أدى إلى) is the consequence's, never the
    # act's subject or object (roles._past_consequence)
    ("قال مصدر أمني إن عبوة ناسفة انفجرت مستهدفة دورية للشرطة ما أسفر عن إصابة شخصين في قضاء بلد.",
     "Remote explosive/landmine/IED", "Unidentified Armed Group (Iraq)", "Police Forces of Iraq"),
    # a VSO subject comes before the object: an actor after the side hit is no subject
    # (roles.assign, the active reading)
    ("عبوة ناسفة استهدفت دورية للجيش ما أسفر عن إصابة ثلاثة أشخاص في قضاء بلد.",
     "Remote explosive/landmine/IED", "Unidentified Armed Group (Iraq)", "Military Forces of Iraq"),
    ("قال مصدر أمني إن عبوة ناسفة استهدفت دورية للشرطة مما أدى إلى إصابة شخصين في قضاء بلد.",
     "Remote explosive/landmine/IED", "Unidentified Armed Group (Iraq)", "Police Forces of Iraq"),
    # a passive verb's subject right before it is the one hurt, never the doer
    # (roles._subject_of): after أن, or heading the sentence
    ("أفاد مصدر محلي بأن شرطيا أصيب بجروح بانفجار عبوة ناسفة على دورية أمنية في قضاء بلد.",
     "Remote explosive/landmine/IED", "Unidentified Armed Group (Iraq)", "Police Forces of Iraq"),
    ("عناصر الشرطة أصيبوا بجروح بانفجار عبوة ناسفة في قضاء بلد.",
     "Remote explosive/landmine/IED", "Unidentified Armed Group (Iraq)", "Police Forces of Iraq"),
])
def test_round23_sides(full_pipeline, text, sub, actor1, actor2):
    got = events(full_pipeline, text, date(2014, 3, 10))
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in got] == [(sub, actor1, actor2)], got


@pytest.mark.parametrize("text, where", [
    # where a source or an official speaks from (مصدر محلي في X) is no place of the act when
    # the act names its own (place_elsewhere.reporter, function_words source)
    ("أفاد مصدر محلي في ديالى بأن شرطيا أصيب بجروح بانفجار عبوة ناسفة على دورية أمنية في قضاء خانقين.",
     "Khanaqin"),
    ("قالت مصادر أمنية في محافظة الأنبار إن مسلحين هاجموا نقطة تفتيش للجيش في بلدة هيت.", "Hit"),
    # with no other place, the source's place stays
    ("قالت مصادر أمنية في محافظة الأنبار إن مسلحين هاجموا نقطة تفتيش للجيش.", "Al-Anbar"),
])
def test_round23_a_sources_place_is_not_the_acts(full_pipeline, text, where):
    got = events(full_pipeline, text, date(2014, 3, 10))
    assert [e.location for e in got] == [where], got
