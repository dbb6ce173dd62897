"""Mechanisms of types54 (issue #9, docs/notes/types54.md), on sentences made up in the style of
the wire copy:

- a single stone thrown (ألقى/رمى/قذف حجرا، أصيب بحجر ألقاه ...) is a riot word as stones are
  (triggers.tsv row القي الحجاره): the singular object and the noun told before its object-pronoun
  verb (بحجر ألقاه محتجون، بحجارة ألقاها المتظاهرون) found a Violent demonstration, not a Peaceful
  protest or a Protest with intervention, nor an Armed clash by youths."""
from __future__ import annotations

from datetime import date

import pytest

from tests.events.conftest import events

PUB = date(2024, 12, 2)


def subtypes(pipeline, text):
    return [e.sub_event_type for e in events(pipeline, text, PUB)]


STONE_THROWN = [
    "أصيب شرطي بحجر ألقاه محتجون في وسط مدينة الخليل اليوم.",
    "أصيب جندي إسرائيلي بحجر ألقاه شبان فلسطينيون قرب مدينة نابلس اليوم.",
    "ألقى محتج حجرا على سيارة للشرطة في مدينة طرابلس اليوم.",
    "رمى متظاهرون حجرا على موكب الوزير في مدينة صفاقس اليوم.",
    "أصيب عنصر من الأمن بحجارة ألقاها المتظاهرون في مدينة البصرة اليوم.",
    "أصيب مستوطن بالحجارة التي ألقاها شبان على سيارته قرب مدينة رام الله اليوم.",
]


@pytest.mark.parametrize("text", STONE_THROWN)
def test_a_stone_thrown_by_a_crowd_riots(pipeline, text):
    assert subtypes(pipeline, text) == ["Violent demonstration"]


NOT_THROWN = [
    "وضع وزير الإسكان حجر الأساس لمشروع سكني في مدينة صفاقس اليوم.",
    "فرضت السلطات الحجر الصحي على بلدة في ريف حلب اليوم.",
    "رمى الوزير الكرة في ملعب البرلمان في بغداد اليوم.",
]


@pytest.mark.parametrize("text", NOT_THROWN)
def test_a_stone_not_thrown_founds_nothing(pipeline, text):
    assert subtypes(pipeline, text) == []
