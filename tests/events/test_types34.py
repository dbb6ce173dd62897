"""Mechanisms of round 34 on whole reports (issue #9, docs/notes/types34.md): a prisoner exchange
told without the article or with لـ (تبادل أسرى، تبادل للمعتقلين) is an agreement, as the one with
the article already was; tyres burnt past a place told between the subject and the object
(أحرق المتظاهرون في مدينة جونيه الإطارات) are a road block, not a riot. The sentences are made up
in the style of the wire copy."""
from __future__ import annotations

from datetime import date

import pytest

from tests.events.conftest import events

PUB = date(2024, 11, 20)


def coded(pipeline, text):
    return [(e.event_type, e.sub_event_type) for e in events(pipeline, text, PUB)]


AGREEMENT = [("Strategic developments", "Agreement")]
PROTEST = [("Protests", "Peaceful protest")]
RIOT = [("Riots", "Violent demonstration")]


@pytest.mark.parametrize("text", [
    "جرت اليوم عملية تبادل أسرى بين قوات النظام وهيئة تحرير الشام في معبر العيس بريف حلب الجنوبي.",
    "تمت اليوم في مدينة تعز عملية تبادل أسرى بين الحوثيين والقوات الحكومية.",
    "نفذت قوات سوريا الديمقراطية وفصائل المعارضة اليوم عملية تبادل للمعتقلين في مدينة منبج.",
    "جرت اليوم عملية تبادل للأسرى في محافظة السويداء.",
    "أنجزت قوات الحكومة والحرس الوطني اليوم عملية تبادل أسرى في محافظة السويداء.",
])
def test_prisoner_exchange_is_agreement(pipeline, text):
    assert coded(pipeline, text) == AGREEMENT


@pytest.mark.parametrize("text", [
    # a call for an exchange is no event
    "دعا المبعوث الأممي اليوم إلى إجراء عملية تبادل للأسرى بين الحكومة والحوثيين في اليمن.",
])
def test_prisoner_exchange_called_for(pipeline, text):
    assert coded(pipeline, text) == []


@pytest.mark.parametrize("text, want", [
    # tyres past a place told between subject and object: a road block
    ("أحرق المتظاهرون في مدينة جونيه الإطارات اليوم.", PROTEST),
    ("أشعل المتظاهرون في جونيه الإطارات على الأوتوستراد اليوم.", PROTEST),
    ("أحرق المحتجون في مدينة الناصرية إطارات السيارات اليوم.", PROTEST),
    ("أحرق محتجون غاضبون الإطارات في شوارع مدينة الناصرية اليوم.", PROTEST),
    # a building burnt is a riot, even with tyres later in another clause
    ("أحرق المتظاهرون مبنى البلدية في مدينة الناصرية اليوم.", RIOT),
    ("أحرق المحتجون مقر الحزب في مدينة البصرة اليوم بعد أن أشعلوا الإطارات.", RIOT),
])
def test_tyres_past_a_place(pipeline, text, want):
    assert coded(pipeline, text) == want


@pytest.mark.parametrize("text, want", [
    # عمان is the city (or the sultanate), not the dual of عم (two uncles): no toll, no lethal force
    ("تظاهر المئات في مدينة عمان اليوم تنديدا بقتل الفلسطينيين في غزة.",
     [("Protests", "Peaceful protest", 0)]),
    ("تظاهر المئات في العاصمة عمان اليوم تنديدا بقتل الفلسطينيين.",
     [("Protests", "Peaceful protest", 0)]),
    ("نفذ عشرات المواطنين وقفة احتجاجية في العاصمة عمان اليوم تنديدا بمقتل شاب.",
     [("Protests", "Peaceful protest", 0)]),
])
def test_amman_is_no_dual(pipeline, text, want):
    assert [(e.event_type, e.sub_event_type, e.fatalities)
            for e in events(pipeline, text, PUB)] == want


def test_amman_counts_nothing():
    from hadath.text.numbers import dual_nouns
    assert "عمان" not in dual_nouns()
