"""Another crowd told beside the first, neither given a date of its own (round crowd65, issue
#9, "covered by another"). fold60 kept an act told as another (مسيرة أخرى: OTHER_ACT) of
another sub-type apart in events.merge._merge; but when the first crowd has no date of its own
(date_from_publication) events.merge._fold_undated took it first into the dated record told as
another: a peaceful sit-in folded into the Excessive force record when the force met only the
other crowd. An act told as another is never the undated telling of the act beside it; of one
sub-type at one place and day the two are still one event (ACLED: _merge folds them).

These cases read the records as built and reconciled, before the acceptance model."""
from __future__ import annotations

import pytest

from tests.events.conftest import events
from tests.events.test_fold60 import PEACEFUL, _acts

EXCESSIVE = "Excessive force against protesters"


@pytest.mark.parametrize("text, other, place", [
    # the peaceful crowd first, the other one met with force (on main: the force's record alone)
    ("نظم المئات وقفة احتجاجية سلمية أمام مبنى المحافظة في مدينة البصرة، وخرجت مظاهرة أخرى في المدينة فرقتها قوات الأمن بالرصاص الحي.",
     EXCESSIVE, "Basrah"),
    ("نظم العشرات وقفة سلمية أمام مقر الولاية في مدينة الناصرية، وخرجت مظاهرة أخرى في المدينة أطلقت الشرطة عليها الرصاص الحي.",
     EXCESSIVE, "Nasiriyah"),
    # the crowd met with force first, the other (peaceful) one told with في حين / بينما
    ("فرقت قوات الأمن مظاهرة في مدينة البصرة بالرصاص الحي، في حين نظم المئات وقفة سلمية أخرى أمام مبنى المحافظة.",
     EXCESSIVE, "Basrah"),
    ("أطلقت الشرطة الرصاص الحي على مظاهرة في مدينة الناصرية، بينما نظم المئات وقفة سلمية أخرى أمام مبنى المحافظة.",
     EXCESSIVE, "Nasiriyah"),
])
def test_another_crowd_not_folded_into_the_undated_one(pipeline, text, other, place):
    assert _acts(pipeline, text) == sorted([(PEACEFUL, place), (other, place)])


@pytest.mark.parametrize("text", [
    # controls: another crowd of the same sub-type at the same place and day is one event
    "خرجت مظاهرة سلمية في مدينة الناصرية، وخرجت مظاهرة أخرى سلمية في المدينة.",
    "نظم المئات وقفة سلمية أمام مبنى المحافظة في مدينة البصرة، ونظم آخرون وقفة سلمية أخرى أمام مقر الشرطة في المدينة.",
    "فرقت قوات الأمن مظاهرة في مدينة البصرة بالرصاص الحي، وفرقت مظاهرة أخرى في المدينة بالرصاص الحي.",
])
def test_another_crowd_of_one_kind_is_one_event(pipeline, text):
    assert len(events(pipeline, text)) == 1
