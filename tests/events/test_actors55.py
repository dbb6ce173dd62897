"""Mechanisms of the fifty-fifth round (issue #9; docs/notes/actors55.md). The sentences are
made up in the style of wire copy, never copied from a report."""
from __future__ import annotations

from datetime import date

import pytest

from hadath.events.records import continue_event
from hadath.types import Event
from tests.events.conftest import events

D24 = date(2024, 3, 2)
SYR, IRQ = "Military Forces of Syria (2000-2024)", "Police Forces of Iraq"


@pytest.mark.parametrize("text, hit", [
    # a remote act first told with civilians hit (a market, a street), its toll told in a later
    # sentence among a state's forces: the forces are the side hit (records._armed_side_for_civilians)
    ("انفجرت عبوة ناسفة في سوق ببلدة في درعا أمس. وأسفر الانفجار عن مقتل خمسة أشخاص بينهم عناصر من الجيش السوري.", SYR),
    ("سقطت قذائف هاون على سوق في حي بدمشق أمس. وأدى القصف إلى مقتل أربعة بينهم جنديان من الجيش السوري.", SYR),
    ("انفجرت عبوة ناسفة في سوق في درعا أمس. وأسفر الانفجار عن مقتل خمسة مدنيين بينهم عنصر من الجيش السوري.", SYR),
    ("انفجرت سيارة مفخخة في سوق شعبي في مدينة كركوك أمس. وأسفر الانفجار عن مقتل ستة أشخاص بينهم اثنان من عناصر الشرطة العراقية.",
     IRQ),
    # guards: civilians alone stay the side hit
    ("انفجرت عبوة ناسفة في سوق في درعا أمس. وأسفر الانفجار عن مقتل خمسة مدنيين.", "Civilians (Syria)"),
    ("سقطت قذائف هاون على سوق في حي بدمشق أمس. وأدى القصف إلى مقتل أربعة أطفال.", "Civilians (Syria)"),
])
def test_round55_forces_among_the_dead_told_later(pipeline, text, hit):
    got = events(pipeline, text, published=D24)
    assert got and got[0].actor2 == hit, got


def rec(etype, actor2, inter2, actor1="Unidentified Armed Group (Syria)", inter1=3):
    return Event(article_id="a", event_type=etype, sub_event_type="x", event_date=D24, location="Dara",
                 actor1=actor1, inter1=inter1, actor2=actor2, inter2=inter2, country="Syria")


REM, BAT, VAC = "Explosions/Remote violence", "Battles", "Violence against civilians"
CIV = "Civilians (Syria)"


@pytest.mark.parametrize("ev, more, want", [
    (rec(REM, CIV, 7), rec(REM, SYR, 1), SYR),
    (rec(REM, CIV, 7), rec(REM, "Police Forces of Syria (2000-2024)", 1), "Police Forces of Syria (2000-2024)"),
    (rec(BAT, CIV, 7), rec(BAT, SYR, 1), SYR),  # (a battle: as before)
    # guards: an armed group (not a state's forces) among the dead of a remote act, another
    # type, a named side hit first, civilians told later
    (rec(REM, CIV, 7), rec(REM, "Hayat Tahrir al-Sham", 2), CIV),
    (rec(REM, CIV, 7), rec(VAC, SYR, 1), CIV),
    (rec(REM, SYR, 1), rec(REM, "Police Forces of Syria (2000-2024)", 1), SYR),
    (rec(REM, CIV, 7), rec(REM, CIV, 7), CIV),
])
def test_round55_forces_over_civilians_unit(ev, more, want):
    assert continue_event(ev, more).actor2 == want


@pytest.mark.parametrize("text, doer, hit", [
    # an act told again in a later sentence with the same armed side hit, its doer named where
    # the first telling had none (passive, من قبل، تعرض لهجوم شنه): that doer is the act's
    # (records._doer_of_same_hit)
    ("قتل ثلاثة جنود سوريين في هجوم في ريف درعا أمس. وتعرضت نقطة للجيش لهجوم من قبل عناصر تنظيم داعش.",
     "Islamic State (Syria)", SYR),
    ("قتل شرطيان عراقيان في هجوم مسلح في كركوك أمس. واستهدفت دورية للشرطة العراقية من قبل مسلحي تنظيم الدولة.",
     "Islamic State (Iraq)", IRQ),
    ("قتل جنديان صوماليان في هجوم في مقديشو أمس. وتعرضت قوات الجيش الصومالي لهجوم شنته حركة الشباب.",
     "Al Shabaab", "Military Forces of Somalia"),
    # guards: civilians hit, a group that "usually" attacks; a group that attacked before
    ("قتل خمسة مدنيين في تفجير انتحاري استهدف مطعما في مقديشو أمس. ولم تعلن أي جهة مسؤوليتها، إلا أن حركة الشباب عادة ما تشن هجمات تستهدف المطاعم.",
     "Unidentified Armed Group (Somalia)", "Civilians (Somalia)"),
    ("قتل ثلاثة جنود سوريين في هجوم شنه مسلحون مجهولون في ريف درعا أمس. وقالت مصادر إن تنظيم داعش سبق أن هاجم مواقع الجيش في المنطقة.",
     "Unidentified Armed Group (Syria)", SYR),
    ("قتل مسلحون مجهولون جنديين سوريين في ريف درعا أمس. وتتعرض قوات الجيش لهجمات متكررة من قبل تنظيم داعش في المنطقة.",
     "Unidentified Armed Group (Syria)", SYR),  # (a doer told unknown stays unknown)
])
def test_round55_doer_named_on_retelling(pipeline, text, doer, hit):
    got = events(pipeline, text, published=D24)
    assert got and (got[0].actor1, got[0].actor2) == (doer, hit), got


@pytest.mark.parametrize("ev, more, want", [
    (rec(BAT, SYR, 1), rec(BAT, SYR, 1, "Islamic State (Syria)", 2), "Islamic State (Syria)"),
    # guards: civilians the side hit, another side hit, a named doer already
    (rec(REM, CIV, 7), rec(REM, CIV, 7, "Islamic State (Syria)", 2), "Unidentified Armed Group (Syria)"),
    (rec(BAT, SYR, 1), rec(BAT, "Hayat Tahrir al-Sham", 2, "Islamic State (Syria)", 2), "Unidentified Armed Group (Syria)"),
    (rec(BAT, SYR, 1, "Hayat Tahrir al-Sham", 2), rec(BAT, SYR, 1, "Islamic State (Syria)", 2), "Hayat Tahrir al-Sham"),
])
def test_round55_doer_of_same_hit_unit(ev, more, want):
    assert continue_event(ev, more).actor1 == want


@pytest.mark.parametrize("text, doer, hit", [
    # a pluperfect sentence after a toll whose subject is exposed to the act (وكانت دورية ... قد
    # تعرضت لهجوم شنه X): the subject is the side hit, the side after the act's noun the doer
    # (merge.pluperfect_doer, _exposed); never one side on both sides
    ("قتل شرطيان في هجوم في كركوك أمس. وكانت دورية للشرطة العراقية قد تعرضت لهجوم شنه مسلحو تنظيم الدولة.",
     "Islamic State (Iraq)", IRQ),
    ("قتل شرطيان في هجوم في كركوك أمس. وكانت دورية للشرطة العراقية قد تعرضت لهجوم من قبل مسلحي تنظيم الدولة.",
     "Islamic State (Iraq)", IRQ),
    ("قتل جنديان في هجوم في ريف درعا أمس. وكانت دورية للجيش السوري قد تعرضت لهجوم شنه مسلحو تنظيم داعش.",
     "Islamic State (Syria)", SYR),
    ("قتل جنديان في هجوم في ريف درعا أمس. وكانت دورية للجيش السوري قد تعرضت لكمين.",
     "Unidentified Armed Group (Syria)", SYR),
    # guard: the pluperfect doer as before
    ("قتل 4 مواطنين في مدينة الفاشر أمس. وكانت قوات الدعم السريع قد قصفت أحياء المدينة.",
     "RSF: Rapid Support Forces", "Civilians (Sudan)"),
])
def test_round55_exposed_subject_is_hit(pipeline, text, doer, hit):
    got = events(pipeline, text, published=D24)
    assert got and (got[0].actor1, got[0].actor2) == (doer, hit), got
