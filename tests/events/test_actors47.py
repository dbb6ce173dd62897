"""Mechanisms of the forty-seventh round (issue #9 item 5; docs/notes/actors47.md): a word that
opens a place name of several words, even one the gazetteer does not resolve (مزارع شحشبو: the
farms of Shahshabu), is no civilian target of the act - shelling of towns with no victim named
leaves actor2 empty (ACLED; the dev coders' practice, actors39). The sentences are made up in
the style of wire copy, never copied from a report."""
from __future__ import annotations

from datetime import date

import pytest

from tests.events.conftest import events


@pytest.mark.parametrize("text", [
    "قصفت قوات النظام مدينة معرة النعمان وقرى كفرومة ومزارع شحشبو والفطيرة بريف إدلب الجنوبي.",
    "استهدفت قوات النظام بالمدفعية بلدات كفرنبل وحزارين ومزارع شحشبو بريف إدلب.",
    "قصف مدفعي لقوات النظام استهدف بلدة كفرومة وقرى الفطيرة ومزارع شحشبو في ريف إدلب.",
])
def test_round47_farms_in_a_place_name_are_no_victim(pipeline, text):
    got = events(pipeline, text, published=date(2019, 5, 1))
    assert got and all(e.actor2 is None for e in got), [(e.actor1, e.actor2) for e in got]


@pytest.mark.parametrize("text", [
    "قصفت قوات النظام منازل المدنيين في بلدة كفرومة بريف إدلب.",
    "قتل ثلاثة مدنيين بقصف لقوات النظام على بلدة كفرومة بريف إدلب.",
])
def test_round47_civilians_named_stay(pipeline, text):
    got = events(pipeline, text, published=date(2019, 5, 1))
    assert got and any(e.actor2 and e.actor2.startswith("Civilians") for e in got)


@pytest.mark.parametrize("text", [
    "أفاد مراسلنا أن قصفاً مدفعياً لقوات النظام استهدف بلدة كفرومة بريف إدلب.",
    "أفاد ” مراسلنا ” أن قصفاً مدفعياً لقوات النظام استهدف بلدة كفرومة بريف إدلب.",
    "وأفاد مراسل الجزيرة بأن قصفا مدفعيا لقوات النظام استهدف بلدة كفرومة بريف إدلب.",
    "قال المراسل إن قصفا مدفعيا لقوات النظام استهدف بلدة كفرومة بريف إدلب.",
])
def test_round47_the_reporter_telling_is_no_side(pipeline, text):
    got = events(pipeline, text, published=date(2019, 5, 1))
    assert got and all(e.actor1 == "Military Forces of Syria (2000-2024)" and e.actor2 is None
                       for e in got), [(e.actor1, e.actor2) for e in got]


def test_round47_a_reporter_killed_is_the_side_hit(pipeline):
    got = events(pipeline, "قتل مراسل قناة محلية بقصف لقوات النظام على بلدة كفرومة بريف إدلب.",
                 published=date(2019, 5, 1))
    assert got and any(e.actor2 == "Civilians (Syria)" for e in got)


ARISH = "قتل ثلاثة جنود في هجوم مسلح على حاجز للجيش في مدينة العريش شمال سيناء. "


@pytest.mark.parametrize("text, doer", [
    ("وقالت مصادر أمنية إن تنظيم داعش يقف وراء الهجوم.", "Islamic State (Egypt)"),
    ("وأكد الجيش أن حركة حسم تقف وراء الهجوم على الحاجز.", "Hasm Movement"),
    ("وذكر بيان للجيش أن تنظيم داعش وقف خلف الهجوم.", "Islamic State (Egypt)"),
    ("وتبنى تنظيم داعش الهجوم في بيان.", "Islamic State (Egypt)"),
])
def test_round47_the_side_behind_the_act_is_its_doer(pipeline, text, doer):
    got = events(pipeline, ARISH + text, published=date(2019, 5, 1))
    assert got and {e.actor1 for e in got} == {doer}, [(e.actor1, e.actor2) for e in got]


@pytest.mark.parametrize("text", [
    "ولا يعرف من يقف وراء الهجوم.",
    "ولم تعلن أي جهة مسؤوليتها عن الهجوم.",
])
def test_round47_nobody_named_behind_the_act(pipeline, text):
    got = events(pipeline, ARISH + text, published=date(2019, 5, 1))
    assert got and all(e.actor1.startswith("Unidentified") for e in got)
