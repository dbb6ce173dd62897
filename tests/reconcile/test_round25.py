"""Mechanisms of round 25 on extra records (issue #9): one act told twice in a full report, once
by a landmark or at the city and once at its own place (docs/notes/types25.md). The sentences
are made up in the style of that wire copy, never copied from it."""
from __future__ import annotations

import datetime

import pytest

from hadath.types import Article


def _records(pipeline, text):
    doc = pipeline(Article("t", text, published=datetime.date(2022, 1, 17)))
    return sorted((e.sub_event_type, e.location_ar, e.fatalities) for e in doc.events)


@pytest.mark.parametrize("text, want", [
    # the lead's "north of Baghdad" is the act the body places at Baqubah (reconcile.reference)
    ("فجر انتحاري نفسه وسط تجمع للشرطة شمالي بغداد ما أسفر عن مقتل ستة أشخاص. ووقع التفجير الانتحاري"
     " في مدينة بعقوبة حيث قتل ستة أشخاص بينهم أربعة من الشرطة.",
     [("Suicide bomb", "بعقوبة", 6)]),
    # the landmark sentence's tally (seven) is no toll of the act: the finer telling's count stands
    ("قتل سبعة أشخاص بينهم خمسة شرطيين في هجوم انتحاري شمال بغداد. وفجر انتحاري نفسه في مركز للشرطة"
     " في المقدادية وقتل خمسة شرطيين.",
     [("Suicide bomb", "المقدادية", 5)]),
    # another kind of act west of a city is no telling of a strike on the next city: both stay
    ("اندلعت اشتباكات عنيفة غرب مدينة حلب بين فصائل المعارضة وقوات النظام. وقصفت طائرات النظام مدينة"
     " إدلب وقتلت شخصا.",
     [("Air/drone strike", "إدلب", 1), ("Armed clash", "حلب", 0)]),
    # the city told again beside its one quarter the gazetteer lacks: one record (reconcile.city)
    ("قتل مدنيان بغارات جوية استهدفت حي البساتين الغربي في مدينة إدلب. وتعرضت مدينة إدلب اليوم لقصف"
     " جوي من طيران النظام.",
     [("Air/drone strike", "البساتين", 2)]),
    # the quarter's dead told vaguely as an attack beside the city's count: the city's shelling
    ("قتل 12 مدنيا في قصف مدفعي شنته قوات الدعم السريع على مدينة الفاشر. واستهدفت قوات الدعم السريع"
     " حي الكرانيك حيث انتشلت جثث القتلى.",
     [("Shelling/artillery/missile attack", "الكرانيك", 12)]),
    # two counts that differ are two acts
    ("قتل 12 مدنيا في قصف مدفعي شنته قوات الدعم السريع على مدينة الفاشر. وقتل ثلاثة آخرون في قصف"
     " مدفعي على حي الكرانيك في المدينة.",
     [("Shelling/artillery/missile attack", "الفاشر", 12), ("Shelling/artillery/missile attack", "الكرانيك", 3)]),
    # a camp by the city is a site of its own, even with the same count
    ("قتل أربعة مدنيين بقصف مدفعي شنته قوات الدعم السريع على مخيم أبو شوك في الفاشر. وقتل أربعة"
     " مدنيين في قصف مدفعي للدعم السريع على مدينة الفاشر.",
     [("Shelling/artillery/missile attack", "أبو شوك", 4), ("Shelling/artillery/missile attack", "الفاشر", 4)]),
    # a clash in the city beside the shelling of one quarter: two acts
    ("قتل ثلاثة مدنيين بقصف مدفعي شنته قوات الدعم السريع على حي الوحدة في مدينة الفاشر. واندلعت"
     " اشتباكات بين الجيش وقوات الدعم السريع في مدينة الفاشر.",
     [("Armed clash", "الفاشر", 0), ("Shelling/artillery/missile attack", "الوحدة", 3)]),
    # "south Lebanon" is the country's side: it holds a town of the Nabatieh governorate
    # (reconcile.reference.part_holds), for the same kind of act only
    ("استشهد شخص في غارة إسرائيلية على جنوب لبنان اليوم. وكانت طائرة مسيرة إسرائيلية قد شنت غارة"
     " على بلدة كفركلا أدت إلى استشهاد شخص وإصابة آخر.",
     [("Air/drone strike", "كفركلا", 1)]),
    ("تبادل الجيش الإسرائيلي وحزب الله إطلاق النار في جنوب لبنان اليوم. وشنت طائرة مسيرة إسرائيلية"
     " غارة على بلدة كفركلا أدت إلى إصابة شخص.",
     [("Air/drone strike", "كفركلا", 0), ("Armed clash", "جنوب لبنان", 0)]),
])
def test_one_act_told_twice(candidates, text, want):
    assert _records(candidates, text) == want
