"""Mechanisms of the forty-sixth round (issue #9 item 5; docs/notes/actors46.md): when two
tellings of one act meet (same day, place and type: events.merge), the doer named in one is the
doer of the other told without one - a headline's doerless act, then the body's named side. The
sentences are made up in the style of wire copy, never copied from a report."""
from __future__ import annotations

from datetime import date

import pytest

from hadath.events.records import continue_event
from hadath.types import Event, Span
from tests.events.conftest import events

SDF = "SDF: Syrian Democratic Forces"


@pytest.mark.parametrize("text, doer", [
    ("اختطاف مدنيين في بلدة الصبحة بريف دير الزور\n"
     "داهمت مجموعات مسلحة من ميليشيا قسد بلدة الصبحة بريف دير الزور وخطفت عددا من المدنيين.", SDF),
    ("خطف شبان في بلدة الشحيل شرقي دير الزور\n"
     "داهمت دوريات من قوات سوريا الديمقراطية بلدة الشحيل شرقي دير الزور وخطفت خمسة شبان.", SDF),
    ("مقتل مدنيين بهجوم في قرية الكسرة بريف دير الزور\n"
     "هاجم مسلحون من تنظيم داعش قرية الكسرة بريف دير الزور وقتلوا ثلاثة مدنيين.", "Islamic State (Syria)"),
    ("خطف مدنيين في قرية الكسرة بريف دير الزور\n"
     "وقالت مصادر محلية إن عناصر من قسد خطفوا ثلاثة مدنيين في قرية الكسرة بريف دير الزور.", SDF),
])
def test_round46_the_body_names_the_headlines_doer(pipeline, text, doer):
    got = events(pipeline, text, published=date(2021, 11, 29))
    assert got and {e.actor1 for e in got} == {doer}, got


@pytest.mark.parametrize("text", [
    # the text calls the doer unknown: a group named for other acts lends it none
    "اختطف مسلحون مجهولون مدنيين في بلدة الصبحة بريف دير الزور. "
    "وخطفت ميليشيا قسد الشهر الماضي مدنيين في بلدة الصبحة بريف دير الزور.",
])
def test_round46_an_unknown_doer_stays(pipeline, text):
    got = events(pipeline, text, published=date(2021, 11, 29))
    assert got and all(e.actor1 != SDF for e in got if e.event_date == date(2021, 11, 29)
                       and "date_from_publication" not in e.flags), got


def _ev(actor1, inter1, actor2=None, inter2=None):
    return Event(article_id="a", event_type="Battles", sub_event_type="Armed clash", event_date=date(2024, 3, 1),
                 location="Mosul", latitude=36.3, longitude=43.1, geo_precision=1, actor1=actor1, inter1=inter1,
                 actor2=actor2, inter2=inter2, country="Iraq", evidence={"trigger": (Span(0, 5),)})


@pytest.mark.parametrize("first, more, doer", [
    # another telling names the doer
    (_ev("Unidentified Armed Group (Iraq)", 3, "Military Forces of Iraq", 1),
     _ev("Islamic State (Iraq)", 2, "Military Forces of Iraq", 1), "Islamic State (Iraq)"),
    (_ev(None, None, "Military Forces of Iraq", 1), _ev("Islamic State (Iraq)", 2), "Islamic State (Iraq)"),
    # a named doer is kept over an unidentified one told after it
    (_ev("Islamic State (Iraq)", 2), _ev("Unidentified Armed Group (Iraq)", 3), "Islamic State (Iraq)"),
])
def test_round46_same_act_doer(first, more, doer):
    assert continue_event(first, more, same_act=True).actor1 == doer


@pytest.mark.parametrize("text", [
    # an alias that opens with the word of belonging (actors.tsv: تابعة للتحالف، التابعة للتحالف)
    # right after the aircraft is the aircraft's owner, the doer - not the side hit
    "شنت طائرة مسيرة تابعة للتحالف الدولي غارة جوية استهدفت سيارة قرب مدينة سرمدا في محافظة إدلب.",
    "استهدفت طائرة مسيرة تابعة للتحالف الدولي دراجة نارية قرب مدينة سرمدا في محافظة إدلب.",
    "قصفت طائرات حربية تابعة للتحالف الدولي مواقع قرب مدينة البوكمال في محافظة دير الزور.",
])
def test_round46_an_owner_alias_after_the_aircraft_is_the_doer(pipeline, text):
    got = events(pipeline, text, published=date(2025, 1, 15))
    assert got and got[0].actor1 == "Global Coalition Against Daesh" \
        and got[0].actor2 != "Global Coalition Against Daesh", got
