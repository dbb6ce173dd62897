"""Another crowd told by its people (round crowd67, issue #9, "covered by another"; crowd65 and
crowd66 "What is left" item 1). بينما نظم آخرون وقفة سلمية، فيما تظاهر آخرون: the plural of
otherness (event_frames.tsv ``other_people``) as the subject between the crowd's verb and its
act noun, or right after its verb, tells another crowd, as مظاهرة أخرى does
(frame_cuts.other_act): the frame is cut at the comma before it and its record carries
OTHER_ACT, kept apart by events.merge only when its sub-type differs (ACLED: one event a day,
place and sub-type - the controls). A toll's آخرون (وأصيب آخرون) is no crowd.

These cases read the records as built and reconciled, before the acceptance model."""
from __future__ import annotations

import pytest

from tests.events.conftest import events
from tests.events.test_fold60 import PEACEFUL, _acts

EXCESSIVE = "Excessive force against protesters"
INTERVENTION = "Protest with intervention"


@pytest.mark.parametrize("text, other, place", [
    # the subject of otherness between the verb and the act noun
    ("فرقت قوات الأمن مظاهرة في مدينة البصرة بالرصاص الحي، بينما نظم آخرون وقفة سلمية أمام مبنى المحافظة.",
     EXCESSIVE, "Basrah"),
    ("فرقت الشرطة بالقوة مسيرة في مدينة وهران، في حين نظم آخرون وقفة احتجاجية سلمية أمام مقر الولاية.",
     INTERVENTION, "Oran"),
    # the subject of otherness right after the crowd's verb
    ("أطلقت الشرطة الرصاص الحي على مظاهرة في مدينة الناصرية، فيما تظاهر آخرون بشكل سلمي أمام مقر الولاية.",
     EXCESSIVE, "Nasiriyah"),
    ("اعتقلت الشرطة عشرات المحتجين في مدينة الناصرية، بينما اعتصم آخرون سلميا أمام مبنى المحافظة.",
     INTERVENTION, "Nasiriyah"),
    # the peaceful crowd first, the others met with force
    ("نظم المئات وقفة سلمية أمام مبنى المحافظة في مدينة البصرة، بينما خرج آخرون في مظاهرة فرقتها قوات الأمن بالرصاص الحي.",
     EXCESSIVE, "Basrah"),
])
def test_another_crowd_told_by_its_people(pipeline, text, other, place):
    assert _acts(pipeline, text) == sorted([(PEACEFUL, place), (other, place)])


@pytest.mark.parametrize("text", [
    # controls: the others' crowd of the same sub-type at the same place and day is one event
    "نظم المئات وقفة سلمية في مدينة البصرة، بينما نظم آخرون وقفة سلمية أمام مقر الشرطة.",
    "تظاهر المئات في مدينة الناصرية، فيما تظاهر آخرون أمام مقر الولاية.",
    "خرجت مظاهرة سلمية في مدينة الناصرية، فيما خرج آخرون في مسيرة سلمية في المدينة.",
])
def test_the_others_crowd_of_one_kind_is_one_event(pipeline, text):
    assert len(events(pipeline, text)) == 1


@pytest.mark.parametrize("text, acts", [
    # controls: a toll's others are no crowd
    ("قتل شخص وأصيب آخرون في مدينة البصرة.", [("Attack", "Basrah")]),
    ("فرقت قوات الأمن مظاهرة في مدينة البصرة بالرصاص الحي، ما أدى إلى مقتل متظاهر وإصابة آخرين.",
     [(EXCESSIVE, "Basrah")]),
])
def test_a_tolls_others_are_no_crowd(pipeline, text, acts):
    assert _acts(pipeline, text) == acts


@pytest.mark.parametrize("text, other, place", [
    # انطلق before a crowd's noun opens the crowd's clause (event_frames.tsv ``setoff_verb``)
    ("تظاهر العشرات في مدينة الحسيمة صباح اليوم، وانطلقت مسيرة أخرى في المدينة مساء اليوم فرقتها القوات العمومية بالقوة.",
     INTERVENTION, "Al Hoceima"),
    ("خرجت مسيرة سلمية في مدينة صفاقس صباح اليوم، وانطلقت مظاهرة أخرى في المدينة مساء اليوم فرقتها الشرطة بالغاز المسيل للدموع.",
     INTERVENTION, "Sfax"),
    ("تظاهر المئات في مدينة الناصرية ظهر اليوم، وانطلقت مسيرة أخرى في المدينة ليلا فرقتها قوات الأمن بالقوة.",
     INTERVENTION, "Nasiriyah"),
])
def test_a_march_that_set_off_as_another(pipeline, text, other, place):
    assert _acts(pipeline, text) == sorted([(PEACEFUL, place), (other, place)])


@pytest.mark.parametrize("text, acts", [
    # controls: one march set off; a campaign, rockets or calls that set off are no crowd
    ("انطلقت مسيرة حاشدة في مدينة صفاقس للمطالبة بالتشغيل.", [(PEACEFUL, "Sfax")]),
    ("خرجت مسيرة سلمية في مدينة صفاقس صباح اليوم، وانطلقت مسيرة أخرى سلمية في المدينة مساء اليوم.", [(PEACEFUL, "Sfax")]),
    ("انطلقت الدعوات إلى التظاهر في مدينة الناصرية.", []),
    ("انطلقت الحملة الانتخابية في مدينة الناصرية، وانطلقت الدعوات إلى المشاركة.", []),
])
def test_setting_off_is_a_crowd_only_before_its_noun(pipeline, text, acts):
    assert _acts(pipeline, text) == acts


@pytest.mark.parametrize("text, other, place", [
    # the crowd's counted subject between the verb and the act noun told as another
    # (event_scope.tsv crowd_count, maybe with the protesters' noun: frame_cuts._past_crowd)
    ("فرقت قوات الأمن مظاهرة في مدينة البصرة بالرصاص الحي، ونظم المئات وقفة سلمية أخرى أمام مبنى المحافظة.",
     EXCESSIVE, "Basrah"),
    ("أطلقت الشرطة الرصاص الحي على مظاهرة في مدينة الناصرية، ونظم العشرات مسيرة أخرى في المدينة.",
     EXCESSIVE, "Nasiriyah"),
    ("فرقت الشرطة بالقوة مسيرة في مدينة وهران، ونظم مئات المحتجين وقفة احتجاجية أخرى في المدينة.",
     INTERVENTION, "Oran"),
])
def test_another_crowd_past_its_counted_subject(pipeline, text, other, place):
    assert _acts(pipeline, text) == sorted([(PEACEFUL, place), (other, place)])


@pytest.mark.parametrize("text", [
    # controls: of one sub-type at one place and day, one event
    "نظم المئات وقفة سلمية في مدينة البصرة، ونظم العشرات وقفة سلمية أخرى في المدينة.",
    "تظاهر المئات في مدينة الناصرية صباح اليوم، وخرج آلاف المتظاهرين في مسيرة أخرى في المدينة مساء اليوم.",
])
def test_the_counted_crowds_of_one_kind_are_one_event(pipeline, text):
    assert len(events(pipeline, text)) == 1


@pytest.mark.parametrize("text, other, place", [
    # a comma and a phrase of another place before the crowd's verb open another crowd's clause
    # (frame_cuts.elsewhere_comma; crowd66 "What is left" item 2)
    ("فرقت الشرطة مسيرة في مدينة وهران بالقوة، وفي موقع آخر من المدينة نظم العشرات وقفة سلمية.",
     INTERVENTION, "Oran"),
    ("فرقت قوات الأمن مظاهرة في مدينة البصرة بالرصاص الحي، وفي مكان آخر من المدينة تظاهر المئات بشكل سلمي.",
     EXCESSIVE, "Basrah"),
    ("أطلقت الشرطة الرصاص الحي على مظاهرة في مدينة الناصرية، وفي مكان آخر خرجت مسيرة سلمية.",
     EXCESSIVE, "Nasiriyah"),
])
def test_another_crowd_at_another_place_in_one_sentence(pipeline, text, other, place):
    assert _acts(pipeline, text) == sorted([(PEACEFUL, place), (other, place)])


@pytest.mark.parametrize("text, acts", [
    # controls: one sub-type folds; the same place is no other place
    ("تظاهر المئات في مدينة الناصرية، وفي مكان آخر من المدينة تظاهر العشرات.", [(PEACEFUL, "Nasiriyah")]),
    ("فرقت الشرطة مسيرة في مدينة وهران بالقوة، وفي المكان نفسه نظم العشرات وقفة سلمية.", [(INTERVENTION, "Oran")]),
])
def test_the_same_place_or_kind_in_one_sentence(pipeline, text, acts):
    assert _acts(pipeline, text) == acts
