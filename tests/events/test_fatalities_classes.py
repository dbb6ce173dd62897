"""Deaths the text denies (دون وقوع قتلى) count none; an unknown count of dead is no denial; an
act recalled by a demonstrative (هذا الإعدام) gets no guessed toll.
(The other toll classes met on real news are cases of tests/events/test_fatalities_number.py.)"""
from __future__ import annotations

import pytest

from tests.events.conftest import events


@pytest.mark.parametrize("text", [
    "انفجرت سيارة مفخخة أمس في سوق مدينة كركوك دون وقوع قتلى.",
    "هاجم انتحاري مطعما في مدينة مقديشو أمس ولم ترد معلومات فورية عن وقوع قتلى.",
])
def test_denied_deaths_count_none(pipeline, text):
    got = events(pipeline, text)
    assert got and all(e.fatalities == 0 for e in got), got


def test_an_unknown_count_of_dead_is_not_denied(pipeline):
    got = events(pipeline, "قصفت طائرات حربية مدينة إدلب أمس ولم تعرف حصيلة القتلى.")
    assert got and got[0].fatalities == 10 and got[0].fatalities_estimate, got


def test_a_recalled_act_guesses_no_toll(pipeline):
    """هذا الإعدام points back to the act told before: its two dead are not raised to "several"."""
    got = events(pipeline, "أعدم تنظيم داعش في مدينة الرقة أمس شابين بالسيف. ويأتي هذا الإعدام بعد "
                           "أيام من سيطرة التنظيم على المدينة.")
    assert got and max(e.fatalities for e in got) == 2, got


@pytest.mark.parametrize("text, deaths", [
    # a protester killed in a protest's or riot's clause is its death
    ("أحرق متظاهرون مبنى المحافظة في مدينة البصرة أمس، وأفادت مصادر بأن متظاهرا لقي مصرعه داخل المبنى.", 1),
    ("تظاهر المئات في مدينة البصرة أمس وأطلقت الشرطة الرصاص على المتظاهرين ما أدى إلى مقتل متظاهر.", 1),
    # a death named as the protest's motive is another act
    ("تظاهر المئات أمس في مدينة صفاقس احتجاجا على مقتل متظاهر برصاص الشرطة.", 0),
    ("تظاهر المئات في حي سيدي حسين بمدينة تونس أمس على إثر حادثة وفاة أحد الشبان بعيد توقيفه.", 0),
])
def test_deaths_in_protests(pipeline, text, deaths):
    got = events(pipeline, text)
    assert got and max(e.fatalities for e in got) == deaths, got
