"""Another crowd told at another place (round crowd66, issue #9, "covered by another"): a
sentence opening on a noun of place said to be another (وفي مكان آخر، في موقع آخر من المدينة)
tells another crowd, as مظاهرة أخرى does (events.sequel.told_other: OTHER_ACT). On main the
second crowd was read as the first one continued: one record. Of one sub-type at one place and
day the two are still one event (ACLED: events.merge folds them).

These cases read the records as built and reconciled, before the acceptance model."""
from __future__ import annotations

import pytest

from tests.events.conftest import events
from tests.events.test_fold60 import INTERVENED, PEACEFUL, _acts

EXCESSIVE = "Excessive force against protesters"


@pytest.mark.parametrize("text, first, place", [
    ("فرقت قوات الأمن بالرصاص الحي مظاهرة لمئات المحتجين في مدينة الناصرية يوم الاثنين. وفي مكان آخر من المدينة تظاهر العشرات بشكل سلمي للمطالبة بتحسين الخدمات.",
     EXCESSIVE, "Nasiriyah"),
    ("فرقت قوات الأمن بالغاز المسيل للدموع احتجاجا للطلاب أمام الجامعة في الخرطوم يوم الأحد. وفي مكان آخر احتج مئات السكان سلميا على انقطاع المياه.",
     INTERVENED, "Khartoum"),
    ("فرقت الشرطة بالقوة مسيرة للمعلمين في مدينة وهران يوم الأحد. وفي موقع آخر من المدينة نظم العشرات وقفة سلمية للمطالبة بالأجور.",
     INTERVENED, "Oran"),
])
def test_a_crowd_at_another_place_is_another_act(pipeline, text, first, place):
    assert _acts(pipeline, text) == sorted([(first, place), (PEACEFUL, place)])


@pytest.mark.parametrize("text", [
    # controls: of one sub-type at one place and day, one event; a place that is not another
    "تظاهر المئات في مدينة الناصرية يوم الاثنين للمطالبة بتحسين الخدمات. وفي مكان آخر من المدينة تظاهر العشرات للمطالبة بفرص العمل.",
    "تظاهر المئات في مدينة الناصرية يوم الاثنين للمطالبة بتحسين الخدمات. وفي مكان المظاهرة رفع المحتجون لافتات.",
    "فرقت الشرطة بالقوة مسيرة للمعلمين في مدينة وهران يوم الأحد. وفي المكان نفسه تظاهر العشرات.",
])
def test_one_crowd_or_one_kind_stays_one_event(pipeline, text):
    assert len(events(pipeline, text)) == 1
