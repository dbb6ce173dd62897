"""Mechanisms of crowd64 (issue #9, docs/notes/crowd64.md), on sentences made up in the style of
the wire copy.

- a blast told in the protest's own clause after a word of sequence or motive (تجمع عشرات
  المتظاهرين ... بعد انفجار عبوة ناسفة، خرج مئات المحتجين إثر تفجير انتحاري أسفر عن مقتل عشرة،
  تظاهر العشرات على خلفية انفجار سيارة مفخخة قتل فيه خمسة) is the act the crowd gathered after:
  the protest frame and the blast's frame are cut at the word of sequence
  (events.crowd_antecedent.cut_antecedents), so the blast's weapons and toll are its own and the
  protest stays peaceful. An attack with a remote weapon (عقب هجوم بسيارة مفخخة) is such a blast
  too (blast_antecedent). The crowd hit by the blast (أصيب خمسة متظاهرين بعد انفجار، انفجار
  استهدف تظاهرة) and the crowd's own bombs (بعد أن ألقى محتجون قنابل) stay as they were."""
from __future__ import annotations

import pytest

from tests.events.conftest import events

BLAST_IN_THE_PROTEST_CLAUSE = [  # (text, the blast's sub-type, its toll)
    ("تجمع عشرات المتظاهرين أمام مبنى المحافظة في الموصل أمس بعد انفجار عبوة ناسفة قرب سوق شعبي.",
     "Remote explosive/landmine/IED", 0),
    ("خرج آلاف المحتجين الغاضبين في البصرة أمس عقب هجوم بسيارة مفخخة استهدف حسينية.",
     "Remote explosive/landmine/IED", 0),
    ("خرج مئات المحتجين في كركوك أمس إثر تفجير انتحاري أسفر عن مقتل عشرة أشخاص.", "Suicide bomb", 10),
    ("تظاهر العشرات في الحلة أمس على خلفية انفجار سيارة مفخخة قتل فيه خمسة مدنيين.",
     "Remote explosive/landmine/IED", 5),
    ("اعتصم عشرات الأهالي أمام مقر المحافظة في تكريت أمس بعد انفجار عبوة ناسفة أدى إلى مقتل ثلاثة أطفال.",
     "Remote explosive/landmine/IED", 3),
]

CROWD_HIT_OR_THROWING = [
    ("أصيب خمسة متظاهرين بجروح بعد انفجار عبوة ناسفة وسط المتظاهرين في الموصل أمس.",
     ["Excessive force against protesters"]),
    ("قتل ثلاثة متظاهرين في انفجار عبوة ناسفة استهدف تظاهرة في الموصل أمس.",
     ["Excessive force against protesters"]),
    ("فرقت الشرطة المتظاهرين في الناصرية أمس بعد أن ألقى محتجون قنابل مولوتوف على مبنى المحافظة.",
     ["Violent demonstration"]),
    ("خرج مئات المحتجين في الرمادي أمس بعد مقتل شاب برصاص الشرطة.", ["Peaceful protest"]),
]


@pytest.mark.parametrize("text,blast,dead", BLAST_IN_THE_PROTEST_CLAUSE)
def test_a_blast_in_the_protest_clause_is_an_act_of_its_own(pipeline, text, blast, dead):
    evs = events(pipeline, text)
    assert sorted(e.sub_event_type for e in evs) == sorted(["Peaceful protest", blast])
    protest = next(e for e in evs if e.sub_event_type == "Peaceful protest")
    bomb = next(e for e in evs if e.sub_event_type == blast)
    assert protest.fatalities == 0 and protest.actor2 is None
    assert bomb.fatalities == dead and bomb.actor1 != "Protesters (Iraq)" and bomb.actor2 != "Protesters (Iraq)"


@pytest.mark.parametrize("text,types", CROWD_HIT_OR_THROWING)
def test_the_crowd_hit_or_throwing_stays_one_act(pipeline, text, types):
    assert [e.sub_event_type for e in events(pipeline, text)] == types


# - في أعقاب (like عقب) is a word of sequence or motive (event_tolls.tsv motive): a blast told after
#   it in the protest's clause is the act the crowd gathered after, a death after it no toll of
#   the protest.

AFTER_A_IQAB = [
    ("تظاهر المئات في الفلوجة أمس في أعقاب انفجار سيارة مفخخة أسفر عن مقتل ستة أشخاص.",
     "Remote explosive/landmine/IED", 6),
    ("احتشد مئات المحتجين في ساحة المدينة في كركوك أمس في أعقاب تفجير انتحاري أسفر عن مقتل تسعة أشخاص.",
     "Suicide bomb", 9),
]


@pytest.mark.parametrize("text,blast,dead", AFTER_A_IQAB)
def test_a_blast_after_fi_aqab_is_an_act_of_its_own(pipeline, text, blast, dead):
    test_a_blast_in_the_protest_clause_is_an_act_of_its_own(pipeline, text, blast, dead)


# - a background cue ending in a definite noun (أهالي الضحايا، عائلات الشهداء: modality.tsv's
#   families of victims) heads no genitive: the indefinite protest noun right after it (نظم أهالي
#   الضحايا وقفة احتجاجية) is the families' act, not the act that made the victims
#   (events.modality._no_genitive). أهالي ضحايا التفجير still reads the blast as background.

FAMILIES_PROTEST = [
    "نظم أهالي الضحايا وقفة احتجاجية في بعقوبة أمس.",
    "نظمت عائلات الضحايا وقفة احتجاجية أمام مبنى المحافظة في الناصرية أمس.",
    "نظم ذوي الشهداء اعتصاما أمام مجلس المحافظة في الديوانية أمس.",
    "نظمت أسر الضحايا مظاهرة في الموصل أمس للمطالبة بمحاسبة المسؤولين.",
]


@pytest.mark.parametrize("text", FAMILIES_PROTEST)
def test_the_victims_families_protest(pipeline, text):
    assert [e.sub_event_type for e in events(pipeline, text)] == ["Peaceful protest"]


def test_the_victims_of_a_blast_stay_background(pipeline):
    assert not events(pipeline, "التقى المحافظ أهالي ضحايا التفجير في بعقوبة أمس.")
