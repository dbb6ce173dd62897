"""A coarse record that sums finer ones (reconcile.summary, issue #9): the total goes to no one
place, and the finer doerless bombings take the summary's air means. The sentences are made up in
the style of an observatory's wire copy."""
from __future__ import annotations

import datetime

import pytest

from hadath.types import Article


def _records(pipeline, text):
    doc = pipeline(Article("t", text, published=datetime.date(2019, 5, 20)))
    return sorted((e.sub_event_type, e.location, e.fatalities) for e in doc.events)


AIR = "Air/drone strike"


@pytest.mark.parametrize("text, want", [
    # a province's total, then each town's share: each town keeps its own, by air
    ("قتل 18 مدنيا في قصف شنته طائرات النظام الحربية على محافظة إدلب. وأفاد المرصد بمقتل سبعة مدنيين "
     "في قصف طاول مدينة إدلب، وسبعة آخرين في غارات على مدينة بنش، وأربعة آخرين في بلدة النيرب.",
     [(AIR, "An Nayrab", 4), (AIR, "Binnish", 7), (AIR, "Idlib", 7)]),
    # one town told after the province: no summary - the one act at the town, with the
    # province's count (sub-types not asserted: no summary lends its means)
    ("قتل خمسة مدنيين في قصف شنته طائرات النظام الحربية على محافظة إدلب. وقال المرصد إن القصف "
     "طاول مدينة بنش.", [(None, "Binnish", 5)]),
])
def test_a_summary_goes_to_no_one_place(candidates, text, want):
    got = _records(candidates, text)
    assert [(s if w[0] else None, loc, f) for (s, loc, f), w in zip(got, want)] == want and len(got) == len(want), got
