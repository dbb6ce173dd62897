"""Mechanisms of the fifty-fourth round (issue #9; docs/notes/actors54.md). The sentences are
made up in the style of wire copy, never copied from a report."""
from __future__ import annotations

from datetime import date

import pytest

from hadath.reconcile.territory import withdrawn_side
from hadath.types import Event
from tests.events.conftest import events

D24 = date(2024, 3, 2)
TAKE, REGAIN, LEFT = ("Non-state actor overtakes territory", "Government regains territory",
                      "Non-violent transfer of territory")


@pytest.mark.parametrize("text, taker, loser", [
    # the side told in a sentence of its own as withdrawing the day ground was taken is the side
    # that lost it (reconcile.territory.withdrawn_side)
    ("سيطرت حركة الشباب على بلدة عمارة في وسط الصومال يوم الخميس. وانسحبت القوات الحكومية من البلدة دون قتال.",
     "Al Shabaab", "Military Forces of Somalia"),
    ("سيطر تنظيم داعش على قرية الحمرا شرقي حمص يوم الأحد. وانسحبت قوات النظام من القرية باتجاه تدمر.",
     "Islamic State (Syria)", "Military Forces of Syria (2000-2024)"),
    ("سيطرت جماعة الحوثي على مديرية حريب في محافظة مأرب يوم الأحد. وانسحبت قوات الجيش اليمني من المديرية.",
     "Houthi Movement", "Military Forces of Yemen"),
    # guards: the taker withdrawing later is no side that lost it; a withdrawal told in the
    # sentence of the taking was read there already
    ("سيطرت حركة الشباب على بلدة عمارة في وسط الصومال يوم الخميس. ثم انسحبت الحركة من البلدة بعد ساعات.",
     "Al Shabaab", None),
    ("سيطرت حركة الشباب على بلدة عمارة في وسط الصومال يوم الخميس، بعد انسحاب القوات الحكومية منها.",
     "Al Shabaab", "Military Forces of Somalia"),
])
def test_round54_withdrawing_side_lost_the_ground(pipeline, text, taker, loser):
    got = [e for e in events(pipeline, text, published=D24) if e.actor1 == taker]
    assert got and got[0].actor2 == loser, got


def ev(sub, actor1, inter1, actor2=None, inter2=None, day=D24, country="Somalia", location="Amara"):
    return Event(article_id="a", event_type="Battles", sub_event_type=sub, event_date=day, location=location,
                 actor1=actor1, inter1=inter1, actor2=actor2, inter2=inter2, country=country)


SH, SOM, UAG, CIV = "Al Shabaab", "Military Forces of Somalia", "Unidentified Armed Group (Somalia)", "Civilians (Somalia)"


@pytest.mark.parametrize("evs, want", [
    ([ev(TAKE, SH, 2), ev(LEFT, SOM, 1)], SOM),
    ([ev(TAKE, SH, 2, UAG, 3), ev(LEFT, SOM, 1, location="Somalia")], SOM),  # an unidentified side hit yields
    ([ev(TAKE, SH, 2, CIV, 7), ev(LEFT, SOM, 1, location="Dhusamareb")], SOM),  # placed where it went
    ([ev(REGAIN, SOM, 1), ev(LEFT, SH, 2)], SH),
    ([ev(TAKE, SH, 2), ev(LEFT, SOM, 1, UAG, 3)], SOM),  # left after an attack by "the terrorists"
    ([ev(TAKE, SH, 2), ev(LEFT, SOM, 1, "Military Forces of Ethiopia", 8)], None),  # left to another side
    # guards: a named side hit stays; another day, another country; the taker's own withdrawal;
    # two takings that day; two sides withdrawing
    ([ev(TAKE, SH, 2, "Military Forces of Ethiopia", 8), ev(LEFT, SOM, 1)], "Military Forces of Ethiopia"),
    ([ev(TAKE, SH, 2), ev(LEFT, SOM, 1, day=date(2024, 3, 1))], None),
    ([ev(TAKE, SH, 2), ev(LEFT, SOM, 1, country="Kenya")], None),
    ([ev(TAKE, SH, 2), ev(LEFT, SH, 2)], None),
    ([ev(TAKE, SH, 2), ev(TAKE, SH, 2, location="Bulo Burte"), ev(LEFT, SOM, 1)], None),
    ([ev(TAKE, SH, 2), ev(LEFT, SOM, 1), ev(LEFT, "Military Forces of Ethiopia", 8)], None),
    ([ev(TAKE, SH, 2), ev(LEFT, CIV, 7)], None),  # people fleeing are no side that held it
])
def test_round54_withdrawn_side_unit(evs, want):
    assert withdrawn_side(evs)[0].actor2 == want


@pytest.mark.parametrize("text, doer", [
    # the side a speaker or statement speaks for, right after an accusation's verb, is the
    # accuser, not the accused (events.merge._subject_at): the side after it is the doer
    ("قتل ثلاثة مدنيين أمس في غارة جوية على بلدة السواني جنوب طرابلس. واتهم المتحدث باسم قوات حكومة الوفاق قوات حفتر بالوقوف وراء الغارة.",
     "LNA: Libyan National Army"),
    ("قتل أربعة مدنيين في قصف مدفعي على حي سكني في مدينة تعز. واتهم الناطق الرسمي باسم الجيش اليمني جماعة الحوثي بتنفيذ القصف.",
     "Houthi Movement"),
    ("قتل مدنيان في قصف مدفعي على قرية في ريف إدلب. واتهم بيان الجيش السوري الحر قوات النظام بتنفيذ القصف.",
     "Military Forces of Syria (2000-2024)"),
    # guards: the accuser named right after the verb, and a speaker for no armed side
    ("قتل ثلاثة مدنيين في غارة جوية على بلدة السواني جنوب طرابلس. واتهمت قوات حكومة الوفاق قوات حفتر بالوقوف وراء الغارة.",
     "LNA: Libyan National Army"),
    ("قتل خمسة مدنيين في غارة جوية على سوق في مدينة إدلب. واتهم بيان الدفاع المدني الطيران الروسي بتنفيذ الغارة.",
     "Military Forces of Russia (2000-)"),
])
def test_round54_speaker_of_an_accusation_is_no_accused(pipeline, text, doer):
    got = events(pipeline, text, published=date(2019, 8, 24))
    assert got and got[0].actor1 == doer, got
