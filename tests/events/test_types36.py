"""Mechanisms of round 36 (issue #9, docs/notes/types36.md), on reports made up in the style of
the wire copy: a headline that names a town and a body that places the same act at one of the
town's quarters, camps or streets is one act, told twice (reconcile.headline._in_quarter); the
quarter's record is kept, with the headline's evidence - before any other town of the province
the headline's name could also stand for."""
from __future__ import annotations

from datetime import date

import pytest

from tests.events.conftest import events

PUB = date(2024, 11, 20)


def coded(pipeline, text):
    return sorted((e.location, e.sub_event_type) for e in events(pipeline, text, PUB))


@pytest.mark.parametrize("text, want", [
    # the headline's town, the body's quarter of it: one record
    ("مقتل مدنيين بقصف صاروخي لقوات الحكومة السورية على إدلب\n"
     "قتل أربعة مدنيين اليوم جراء قصف صاروخي استهدف حي الجامعة في مدينة إدلب.",
     [("Idlib", "Shelling/artillery/missile attack")]),
    ("مقتل أطفال بقصف مدفعي لقوات النظام على مدينة درعا\n"
     "قتل ثلاثة أطفال اليوم جراء قصف مدفعي استهدف حي طريق السد في مدينة درعا.",
     [("Dara", "Shelling/artillery/missile attack")]),
    ("سقوط قتلى بغارة إسرائيلية على غزة\n"
     "استشهد خمسة مواطنين اليوم في غارة جوية إسرائيلية استهدفت منزلا في حي الشجاعية بمدينة غزة.",
     [("Gaza", "Air/drone strike")]),
    ("غارة جوية على حلب\n"
     "قتل ثلاثة مدنيين اليوم في غارة جوية استهدفت حي الشعار في مدينة حلب.",
     [("Aleppo", "Air/drone strike")]),
    # ... and the province's other towns, hit the same day, stay acts of their own
    ("مقتل مدنيين بقصف صاروخي على إدلب\n"
     "قتل أربعة مدنيين اليوم جراء قصف صاروخي استهدف حي الجامعة في مدينة إدلب.\n"
     "وقصفت قوات الحكومة بلدة سرمين بريف إدلب.",
     [("Idlib", "Shelling/artillery/missile attack"), ("Sarmin", "Shelling/artillery/missile attack")]),
])
def test_headline_town_body_quarter(pipeline, text, want):
    assert coded(pipeline, text) == want


@pytest.mark.parametrize("text, dead", [
    # a headline's present-tense "kills and wounds N": the dead and wounded counted together, one
    # death sure (CODING.md), not N dead
    ("مسلح يقتل ويصيب 10 جنود في هجوم على حاجز في مدينة جنين.", 1),
    ("انتحاري يقتل ويجرح 12 شخصا في تفجير سوق بمدينة كركوك.", 1),
    ("غارة تقتل وتصيب 15 مدنيا في مدينة إدلب.", 1),
    ("قذيفة تقتل وتجرح 7 مدنيين في مدينة حلب.", 1),
    # the dead alone keep their count
    ("انتحاري يقتل 12 شخصا في تفجير سوق بمدينة كركوك.", 12),
])
def test_kills_and_wounds_present(pipeline, text, dead):
    assert [d for _, d in ((e.sub_event_type, e.fatalities) for e in events(pipeline, text, PUB))] == [dead]


@pytest.mark.parametrize("text, want", [
    # a lead at a town or district, its one act of that kind told in the body at a village nearby
    ("انفجار عبوة ناسفة على دورية للجيش في منطقة الدورة جنوبي بغداد\n"
     "انفجرت عبوة ناسفة اليوم على دورية للجيش في قرية عرب جبور التابعة لمنطقة الدورة، ما أسفر عن مقتل جنديين.",
     [("'Arab Jubur", "Remote explosive/landmine/IED", 2)]),
    ("غارة جوية على مدينة سراقب\n"
     "قتل ثلاثة مدنيين اليوم في غارة جوية استهدفت بلدة النيرب قرب سراقب.",
     [("An Nayrab", "Air/drone strike", 3)]),
    # the lead's first count, the body's full one (at a part of the lead's town)
    ("مقتل جنود بهجوم مسلح في مدينة الفلوجة\n"
     "هاجم مسلحون اليوم نقطة تفتيش للجيش في منطقة زوبع جنوب شرق الفلوجة وقتلوا ثلاثة جنود.",
     [("Al Fallujah", "Armed clash", 3)]),
    # two acts of that kind in the body: the lead's is not known, all stay
    ("انفجار عبوة ناسفة على دورية للجيش في منطقة الدورة جنوبي بغداد\n"
     "انفجرت عبوة ناسفة اليوم على دورية للجيش في قرية عرب جبور، ما أسفر عن مقتل جنديين. "
     "وانفجرت عبوة ثانية على دورية في منطقة اليوسفية وقتل جندي.",
     [("'Arab Jubur", "Remote explosive/landmine/IED", 2), ("Al Yusufiyah", "Remote explosive/landmine/IED", 1),
      ("Dora", "Remote explosive/landmine/IED", 0)]),
    # a lead at one town, the body's other town named as a town: two places, two acts
    ("قصف مدفعي على مدينة حرستا\n"
     "قتل ثلاثة أشخاص اليوم بقصف مدفعي لقوات النظام على مدينة حرستا. كما طال القصف مدينة دوما.",
     [("Duma", "Shelling/artillery/missile attack", 0), ("Harasta", "Shelling/artillery/missile attack", 3)]),
    # another kind of act at the village: two acts
    ("غارة جوية على مدينة سراقب\n"
     "قتل ثلاثة مدنيين اليوم في غارة جوية على سراقب. وقصفت قوات النظام بلدة النيرب بالمدفعية.",
     [("An Nayrab", "Shelling/artillery/missile attack", 0), ("Saraqib", "Air/drone strike", 3)]),
])
def test_lead_told_again_nearby(pipeline, text, want):
    assert sorted((e.location, e.sub_event_type, e.fatalities) for e in events(pipeline, text, PUB)) == want
