"""Mechanisms of the twenty-first round (issue #9), one report per row."""
from __future__ import annotations

from datetime import date

import pytest

from tests.events.conftest import events


@pytest.mark.parametrize("text, published, actor1", [
    # التنظيم with no group named is the Islamic State only from ISIS's founding on: in a 2007
    # Iraqi report it is no Islamic State (lexicons/actors_anaphors.tsv, since)
    ("قتل ثلاثة جنود في هجوم للتنظيم على حاجز قرب مدينة الموصل أمس.", date(2007, 3, 10),
     "Unidentified Armed Group (Iraq)"),
    ("قتل ثلاثة جنود في هجوم للتنظيم على حاجز قرب مدينة الموصل أمس.", date(2016, 3, 10),
     "Islamic State (Iraq)"),
])
def test_round21_the_organization_by_date(pipeline, text, published, actor1):
    got = events(pipeline, text, published=published)
    assert any(e.actor1 == actor1 for e in got), got


@pytest.mark.parametrize("text, sub, actor1, actor2", [
    # ملغومة is مفخخة: a car bomb is the weapon, the side after استهدف the one hit - also where
    # the police only tell it
    ("أعلنت الشرطة أن عشرة على الأقل قتلوا في هجوم انتحاري بسيارة ملغومة استهدف دورية للجيش العراقي في شرق بغداد.",
     "Suicide bomb", "Unidentified Armed Group (Iraq)", "Military Forces of Iraq"),
    ("انفجرت سيارة ملغومة قرب سوق شعبي في مدينة الموصل ما أدى إلى مقتل ثلاثة مدنيين.",
     "Remote explosive/landmine/IED", "Unidentified Armed Group (Iraq)", "Civilians (Iraq)"),
])
def test_round21_roles(pipeline, text, sub, actor1, actor2):
    got = events(pipeline, text, published=date(2008, 5, 1))
    assert any((e.sub_event_type, e.actor1, e.actor2) == (sub, actor1, actor2) for e in got), got
