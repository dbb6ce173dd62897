"""Mechanisms of round 27 on whole reports (issue #9): tolls of the act on all sides
(docs/notes/types27.md). The sentences are made up in the style of the wire copy, never copied
from it."""
from __future__ import annotations

from datetime import date

import pytest

from tests.events.conftest import events

PUB = date(2024, 5, 14)


@pytest.mark.parametrize("text, deaths", [
    # the doers' own dead told after the toll of the side hit add to it (events.doers; CODING.md:
    # all deaths of the event, all sides)
    ("قتل ثلاثة جنود في هجوم شنه مسلحون على حاجز للجيش في مدينة العريش أمس. وقالت المصادر إن أحد"
     " المهاجمين قتل في اشتباك أعقب الهجوم.", [4]),
    ("هاجم مسلحون دورية للشرطة في مدينة الموصل أمس وقتلوا ثلاثة شرطيين. وأعلنت الشرطة مقتل منفذ"
     " الهجوم.", [4]),
    ("أحبطت قوات الأمن هجوما مسلحا استهدف حاجزا في مدينة الرقة أمس؛ ما أسفر عن مقتل أربعة من عناصر"
     " الحاجز، فيما قتل أحد المسلحين.", [5]),
    ("هاجم مسلحون حاجزا للشرطة في مدينة بعقوبة أمس وقتلوا شرطيا. وقالت الشرطة إن اثنين من المهاجمين"
     " قتلا.", [3]),
    # (armed men killed by a strike are the side hit: the larger toll, as before)
    ("شنت طائرات حربية غارة على مدينة إدلب أمس أسفرت عن مقتل خمسة أشخاص. وقال المرصد إن أحد المسلحين"
     " قتل في الغارة.", [5]),
    # (a doer word describing the act, not counted: no doers' toll)
    ("ارتفعت حصيلة قتلى التفجير الانتحاري الذي استهدف سوقا في حي الشعب ببغداد أمس إلى 34 قتيلا. وقال"
     " مسؤول إن الحصيلة النهائية للتفجير الانتحاري ارتفعت إلى 34 قتيلا.", [34]),
    # (the doers' dead told of the act's own telling at a site, folded by reconcile into the
    # record of its region: still added - reconcile.rules.absorb)
    ("قالت مصادر أمنية أمس إن أربعة من قوات الأمن قتلوا في هجوم بالرصاص في محافظة شمال سيناء. وأضافت"
     " المصادر أن مسلحين شنوا الهجوم الذي استهدف سيارتين لقوات الأمن قرب نقطة تفتيش بمدينة العريش."
     " ومضت تقول إن أحد المهاجمين قتل في اشتباك أعقب الهجوم.", [5]),
    # (a toll told as the act's total counts the doers already: ارتفع عدد القتلى إلى)
    ("ارتفع عدد قتلى الهجوم الذي استهدف فندقا وسط مقديشو أمس إلى 15 قتيلا. ونقلت وكالة عن الأجهزة"
     " الأمنية مقتل خمسة من المهاجمين.", [15]),
    # (armed men killed, indefinite, are no anaphor of the doers)
    ("قتل ثلاثة جنود في هجوم شنه مسلحون على حاجز للجيش في مدينة العريش أمس. وقالت المصادر إن ثلاثة"
     " مسلحين قتلوا في الهجوم.", [3]),
])
def test_doers_dead(pipeline, text, deaths):
    assert [e.fatalities for e in events(pipeline, text, PUB)] == deaths


@pytest.mark.parametrize("text, deaths, actor1", [
    # a campaign still going on, or more than one attack, told after the act with no day of its
    # own: a sum of acts, lending the act neither its toll nor its actor (events.tallies)
    ("قتل أربعة من قوات الأمن في هجوم شنه مسلحون على حاجز في مدينة العريش أمس. وقتل الجيش المئات"
     " من مقاتلي الجماعة في حملة لا تزال مستمرة بمشاركة الشرطة.", [4], ["Unidentified Armed Group (Egypt)"]),
    ("قتل أربعة من قوات الأمن في هجوم شنه مسلحون على حاجز في مدينة العريش أمس. وكانت مصادر ذكرت أن"
     " ستة من قوات الأمن قتلوا في أكثر من هجوم بشمال سيناء.", [4], ["Unidentified Armed Group (Egypt)"]),
    # (with a day of its own it is told as an act)
    ("قتل ستة من قوات الأمن في أكثر من هجوم بشمال سيناء أمس.", [6], ["Unidentified Armed Group (Egypt)"]),
])
def test_sum_of_acts(pipeline, text, deaths, actor1):
    evs = events(pipeline, text, PUB)
    assert [e.fatalities for e in evs] == deaths
    assert [e.actor1 for e in evs] == actor1


@pytest.mark.parametrize("text, subs", [
    # an act told at the time of the one told before (تزامن/بالتزامن مع): the definite noun tells
    # that act again, what follows مع is another act of its own type (frames._split_concurrent),
    # with that act's place and day (records.beside)
    ("قصفت جماعة الحوثي أحياء سكنية في مدينة تعز أمس بقذائف الهاون. وقالت المصادر إن القصف تزامن مع"
     " اشتباكات بين قوات الجيش اليمني ومسلحي جماعة الحوثي في الجبهة الشرقية للمدينة.",
     ["Armed clash", "Shelling/artillery/missile attack"]),
    # (with no word of simultaneity, the clause goes on telling the shelling)
    ("قصفت جماعة الحوثي أحياء سكنية في مدينة تعز أمس بقذائف الهاون. وقالت المصادر إن القصف استهدف"
     " منازل المواطنين في الجبهة الشرقية للمدينة.", ["Shelling/artillery/missile attack"]),
])
def test_act_told_beside(pipeline, text, subs):
    assert sorted(e.sub_event_type for e in events(pipeline, text, PUB)) == subs
