"""Round gaz32 (docs/notes/gaz32.md): a headline's bare governorate (or its seat) over several
towns of that governorate is a summary, not one of the towns' acts: the headline's total goes to
no town (merge._fold_undated folds it only when the report names one town of the province), and
no town record of the seat stands beside the finer records. The sentences are the
contributors' own."""
from __future__ import annotations

from datetime import date

import pytest

from tests.events.conftest import events

PUB = date(2023, 3, 7)


@pytest.mark.parametrize("text, total, parts", [
    ("مقتل 12 مدنيا في غارات على إدلب\nقتل 12 مدنيا اليوم الاثنين في غارات على مناطق عدة في محافظة "
     "إدلب. وقتل خمسة مدنيين في غارات على مدينة خان شيخون، وقتل خمسة آخرون في غارات على بلدة "
     "كفرتخاريم. كما قتل رجلان الاثنين في غارة على بلدة كفرعويد.", 12,
     {"Khan Shaykhun": 5, "Kafr Takharim": 5, "Kafr `Uwayd": 2}),
    ("مقتل 9 مدنيين بقصف على درعا\nقتل أربعة مدنيين الثلاثاء بقصف مدفعي على بلدة طفس في محافظة "
     "درعا، وقتل خمسة آخرون بقصف على بلدة الحراك.", 9, {"Tafas": 4, "Al Hirak": 5}),
])
def test_a_headline_over_several_towns_is_no_town(pipeline, text, total, parts):
    got = events(pipeline, text, published=PUB)
    tolls = {e.location: e.fatalities for e in got}
    for town, n in parts.items():
        assert tolls.get(town) == n, got
    assert not any(e.fatalities == total and e.geo_precision == 1 and e.location not in parts
                   for e in got), got


# ... one town of the province named: the headline is that town's act (5d54017 stands).
@pytest.mark.parametrize("text, town, n", [
    ("مقتل 3 جنود بهجوم لداعش في كركوك\nقتل ثلاثة جنود ليل السبت بهجوم شنه داعش على نقطة عسكرية "
     "في قضاء الدبس ضمن محافظة كركوك.", "Dibis", 3),
])
def test_a_headline_over_one_town_is_its_act(pipeline, text, town, n):
    got = events(pipeline, text, published=PUB)
    assert [(e.location, e.fatalities) for e in got] == [(town, n)], got
