"""Issue #9, place47 (a place of another act, docs/notes/place47.md).

A place right after a word of solidarity and the people it supports (تضامنا مع المحتجين في ولاية
القصرين، مناصرة لأهالي X) is where those people are, not where the protest told was: the act's
record keeps its own place. When the protest noun itself stands in the solidarity phrase (تضامنا
مع المحتجين), it names the supported people's protest, which gets no record of its own at their
place. A word of solidarity inside a group's name (جبهة النصرة، جماعة نصرة الإسلام) opens nothing."""
from __future__ import annotations

import pytest

from tests.events.test_place45 import _places

OTHER_ACT = [
    # (text, the act's place, the supported people's places that get no record)
    ("خرج مئات المتظاهرين في تونس العاصمة تضامنا مع المحتجين في ولاية القصرين.", "Tunis", {"Kasserine"}),
    ("تظاهر العشرات في مدينة صفاقس مساء الاثنين مناصرة لأهالي ولاية القصرين.", "Sfax", {"Kasserine"}),
    ("تظاهر عشرات الطلبة أمام مقر الولاية في تونس العاصمة. وتأتي هذه التحركات تضامنا مع المحتجين في ولاية "
     "القصرين الذين يطالبون بالتشغيل.", "Tunis", {"Kasserine"}),
    ("تظاهر مئات الطلبة في مدينة صفاقس. ويأتي ذلك تضامنا مع المعتصمين في مدينة قفصة المطالبين بالتشغيل.",
     "Sfax", {"Gafsa"}),
    ("نظم العشرات وقفة احتجاجية في مدينة الرباط، وجاءت الوقفة تضامنا مع المتظاهرين في مدينة الحسيمة.",
     "Rabat", {"Al Hoceima"}),
]


@pytest.mark.parametrize("text,own,other", OTHER_ACT)
def test_place_of_another_act(full_pipeline, text, own, other):
    got = _places(full_pipeline, text)
    assert own in got and not (other & got), got


# The act's own place keeps its record: after a place the solidarity is with (the cause, غزة), or
# after the clause's punctuation; a solidarity word in a group's name opens no other act.
SAME_ACT = [
    ("تظاهر المئات تضامنا مع غزة في مدينة الرباط.", "Rabat"),
    ("تظاهر المئات تضامنا مع الأسرى، في مدينة الخليل.", "Hebron"),
    ("نفذت جماعة نصرة الإسلام والمسلمين مساء الجمعة هجوما على رتل عسكري قرب مدينة كاتي.", "Kati"),
    ("دارت اشتباكات عنيفة بين حركة حزم وجبهة النصرة في محيط بلدة الأتارب.", "Al Atarib"),
]


@pytest.mark.parametrize("text,own", SAME_ACT)
def test_own_act_keeps_place(full_pipeline, text, own):
    assert own in _places(full_pipeline, text)
