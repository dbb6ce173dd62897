"""Mechanisms of crowd63 (issue #9, docs/notes/crowd63.md), on sentences made up in the style of
the wire copy.

- a crowd named before a word of sequence (خرج مئات المحتجين إثر تفجير انتحاري، نزل آلاف
  المتظاهرين عقب تفجير سيارة مفخخة) gathered after the blast: it is neither the blast's doer (a
  riot of the crowd's own) nor its target (force against protesters). When the blast is told as
  the crowd's antecedent (events.crowd_antecedent.blast_antecedent) the crowd before it leaves the
  blast's roles (without_crowd) and the clause's protester words make no protester target. A
  blast whose victims are the protesters (أصيب خمسة متظاهرين بعد انفجار) and bombs the crowd
  threw itself stay as they were."""
from __future__ import annotations

import pytest

from tests.events.conftest import events

CROWD_BEFORE_THE_BLAST = [
    ("خرج مئات المحتجين في كركوك أمس إثر تفجير انتحاري استهدف مسجدا.", "Suicide bomb"),
    ("نزل آلاف المتظاهرين إلى شوارع الحلة أمس عقب تفجير سيارة مفخخة قرب سوق شعبي.",
     "Remote explosive/landmine/IED"),
    ("خرج عشرات المحتجين الغاضبين في بعقوبة أمس بعد انفجار عبوة ناسفة قرب مدرسة.",
     "Remote explosive/landmine/IED"),
    ("عاد مئات المتظاهرين إلى ساحة التحرير في بغداد أمس إثر تفجير انتحاري استهدف حسينية.", "Suicide bomb"),
]

CROWD_AS_VICTIM_OR_DOER = [
    ("أصيب خمسة متظاهرين بجروح بعد انفجار عبوة ناسفة قرب ساحة الاعتصام في الرمادي أمس.",
     ["Excessive force against protesters"]),
    ("فرقت الشرطة المتظاهرين في الناصرية أمس بعد أن ألقى محتجون قنابل مولوتوف على مبنى المحافظة.",
     ["Violent demonstration"]),
]


@pytest.mark.parametrize("text,blast", CROWD_BEFORE_THE_BLAST)
def test_the_crowd_before_the_word_of_sequence_is_no_side_of_the_blast(pipeline, text, blast):
    evs = events(pipeline, text)
    assert sorted(e.sub_event_type for e in evs) == sorted(["Peaceful protest", blast])
    bomb = next(e for e in evs if e.sub_event_type == blast)
    assert bomb.actor1 != "Protesters (Iraq)" and bomb.actor2 != "Protesters (Iraq)"


@pytest.mark.parametrize("text,types", CROWD_AS_VICTIM_OR_DOER)
def test_the_crowd_hit_or_throwing_stays(pipeline, text, types):
    assert [e.sub_event_type for e in events(pipeline, text)] == types


# - a crackdown word (قمع، فض، تفريق) a word of remembrance governs (إحياء لذكرى حملة القمع في مارس
#   2011، للذكرى الثامنة لقمع الاحتجاجات، في ذكرى فض الاعتصام) is the old crackdown the crowd
#   remembers, not one met now: no means of the protest (events.means.remembered_crackdown). A
#   dispersal told after it in a clause of its own (وفرقتهم الشرطة، ، وفرقتهم قوات الأمن) stays.

REMEMBERED_CRACKDOWN = [
    "خرج مئات المتظاهرين في المنامة أمس إحياء لذكرى حملة القمع في مارس 2011.",
    "تظاهر آلاف السوريين في درعا أمس إحياء للذكرى الثامنة لقمع الاحتجاجات في مارس 2011.",
    "تجمع العشرات في الخرطوم أمس إحياء لذكرى فض الاعتصام في يونيو 2019.",
]

DISPERSED_NOW = [
    "خرج مئات المتظاهرين في المنامة أمس في ذكرى الثورة وفرقتهم الشرطة بالغاز المسيل للدموع.",
    "تظاهر العشرات في الخرطوم أمس إحياء لذكرى فض الاعتصام، وفرقتهم قوات الأمن بالقوة.",
    "تظاهر المئات في بغداد أمس وقامت قوات الأمن بتفريقهم بالقوة.",
]


@pytest.mark.parametrize("text", REMEMBERED_CRACKDOWN)
def test_a_remembered_crackdown_is_no_intervention(pipeline, text):
    evs = events(pipeline, text)
    assert [e.sub_event_type for e in evs] == ["Peaceful protest"] and evs[0].actor2 is None


@pytest.mark.parametrize("text", DISPERSED_NOW)
def test_a_dispersal_told_now_stays(pipeline, text):
    assert [e.sub_event_type for e in events(pipeline, text)] == ["Protest with intervention"]
