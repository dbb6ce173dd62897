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
