"""Mechanisms of round 25 on sub-types (issue #9): means told in full real reports
(docs/notes/types25.md). The sentences are made up in the style of that wire copy, never copied
from it."""
from __future__ import annotations

from datetime import date

import pytest

from tests.events.conftest import events

PUB = date(2025, 10, 11)


@pytest.mark.parametrize("text, subs", [
    # بمسيرة after a strike verb is the strike's means, the drone (triggers_context.tsv
    # strike_verb, instrument_prep): no march, no protesters
    ("قال مصدر طبي إن قوات الدعم السريع قصفت بمسيرة مركزا لإيواء النازحين بمدينة الفاشر ما أدى"
     " لمقتل 12 شخصا.", ["Air/drone strike"]),
    ("قصفت قوات الدعم السريع بمسيرة سوقا في مدينة الأبيض وقتلت خمسة أشخاص.", ["Air/drone strike"]),
    # a march shelled (no preposition of means) and a march gone out are still marches
    ("قصفت قوات الأمن مسيرة للمحتجين في مدينة الفاشر وقتلت خمسة أشخاص.", ["Excessive force against protesters"]),
    ("خرج المحتجون بمسيرة حاشدة في مدينة الفاشر.", ["Peaceful protest"]),
])
def test_means(pipeline, text, subs):
    assert sorted(e.sub_event_type for e in events(pipeline, text, PUB)) == subs


@pytest.mark.parametrize("text, deaths", [
    # the number after its noun, the death verb after the number: that many, not "several"
    ("قال مصدر محلي إن مدنيين اثنين قتلا وأصيب سبعة آخرون بغارات جوية على بلدة كفرنبل.", 2),
    ("أفاد ناشطون بأن جنودا ثلاثة قتلوا في كمين على طريق بلدة الصنمين.", 3),
    # a death noun in the singular right after the death word: one, not "several"
    ("أدى القصف المدفعي إلى ارتقاء ضحية وإصابة آخرين في بلدة كفرنبل.", 1),
])
def test_tolls(pipeline, text, deaths):
    assert [e.fatalities for e in events(pipeline, text, PUB)] == [deaths]


@pytest.mark.parametrize("text, deaths", [
    # a toll told across the whole country before the places of the act is the country's tally
    # (event_tolls.tsv across): no place's toll
    ("سقط أكثر من عشرين قتيلا في أنحاء سوريا أمس، حيث كثفت الطائرات الروسية غاراتها على حماة وحمص.", [0, 0]),
    ("قتل 30 شخصا في عموم البلاد أمس، حيث شنت الطائرات غارات على إدلب وحلب.", [0, 0]),
    # a toll told for the places themselves is split between them (CODING.md)
    ("قتل 30 شخصا في غارات روسية على إدلب وحلب.", [15, 15]),
])
def test_country_tally(pipeline, text, deaths):
    assert [e.fatalities for e in events(pipeline, text, PUB)] == deaths


@pytest.mark.parametrize("text, places", [
    # a weekday after a place and a comma is the day, not a village named so (mentions.places:
    # weak names, dates_weekdays.tsv); the toll stays whole at the place
    ("أفاد مراسل بأن خمسة مدنيين قتلوا في قصف شنته مدفعية الحوثيين على مدينة تعز، الأحد.", [("تعز", 5)]),
    # with a cue the name is the village's
    ("قتل مسلحون ثلاثة أشخاص في قرية السبت بمحافظة إب.", [("السبت", 3)]),
])
def test_weekday_no_place(pipeline, text, places):
    assert [(e.location_ar, e.fatalities) for e in events(pipeline, text, PUB)] == places
