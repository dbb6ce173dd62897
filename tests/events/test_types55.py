"""Mechanisms of types55 (issue #9, docs/notes/types55.md), on sentences made up in the style of
the wire copy:

- a report whose last words are a victim's noun (ما أدى لمقتل شاب، أسفر عن إصابة طفل) ends the victim
  aside reach (joined.past_aside) at the end of the text: the events stage made an IndexError there
  and the whole report was lost."""
from __future__ import annotations

from datetime import date

import pytest

from tests.events.conftest import events

PUB = date(2024, 3, 1)

ENDS_WITH_VICTIM = [
    "استهدفت طائرة إسرائيلية بصاروخ مجموعة من المواطنين تجمعوا بالقرب من مدرسة في رفح، ما أدى لمقتل شاب",
    "قصفت طائرة حربية منزلا في بلدة بيت لاهيا، ما أدى لمقتل شاب",
    "استهدفت طائرة مسيرة سيارة في مدينة خان يونس، ما أسفر عن مقتل رجل",
    "أطلق مسلحون النار على سيارة في مدينة الموصل، ما أدى إلى مقتل شاب",
    "انفجرت عبوة ناسفة في سوق بمدينة بعقوبة، ما أدى لإصابة طفل",
]


@pytest.mark.parametrize("text", ENDS_WITH_VICTIM)
def test_a_report_ending_with_a_victim_noun_is_read(pipeline, text):
    assert events(pipeline, text, PUB)


def types(pipeline, text):
    return [e.event_type for e in events(pipeline, text, PUB)]


GATHERING_STRUCK = [
    "استهدفت طائرة إسرائيلية بصاروخ مجموعة من المواطنين تجمعوا بالقرب من مدرسة في رفح اليوم.",
    "قصفت المدفعية حشدا من الأهالي تجمعوا قرب المسجد في مدينة دوما اليوم.",
    "استهدف الطيران الحربي عشرات المدنيين احتشدوا أمام مخبز في مدينة حلب اليوم.",
    "قصفت قوات النظام بقذائف الهاون مجموعة من السكان تجمعوا في ساحة بلدة كفرنبل اليوم.",
]


@pytest.mark.parametrize("text", GATHERING_STRUCK)
def test_a_gathering_a_strike_hit_is_no_protest(pipeline, text):
    assert "Protests" not in types(pipeline, text)


GATHERING_PROTESTS = [
    "تجمع المحتجون أمام مقر المحافظة في مدينة البصرة اليوم احتجاجا على قصف المدينة.",
    "احتشد المئات في ساحة التحرير ببغداد اليوم للتنديد باستهداف المتظاهرين.",
]


@pytest.mark.parametrize("text", GATHERING_PROTESTS)
def test_a_gathering_against_a_strike_stays_a_protest(pipeline, text):
    assert "Protests" in types(pipeline, text)
