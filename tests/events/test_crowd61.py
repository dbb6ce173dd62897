"""Mechanisms of crowd61 (issue #9, docs/notes/crowd61.md): false protests and riots typed as
protests, on sentences made up in the style of the wire copy.

- a verbal noun after a word of fearing (modality.tsv kind ``fear``: وسط مخاوف من حرق، خشية
  اندلاع، خوفا من قصف) is no act told - unless a word of sequence stands between (عبروا عن
  مخاوفهم بعد القصف: the fear's cause, an act done)."""
from __future__ import annotations

import pytest

from tests.events.conftest import events


FEARED = [
    "تجمع آلاف المتظاهرين في البصرة أمس وسط مخاوف من حرق مقار الأحزاب أو اقتحام منزل المحافظ.",
    "تجمع آلاف المتظاهرين أمام منزل المحافظ في البصرة أمس وسط مخاوف حقيقية من حرق مقار الأحزاب.",
    "تظاهر المئات في ساحة الشهداء ببيروت أمس، فيما يخشى مراقبون من اقتحام المحتجين مبنى البرلمان.",
]

FEAR_AFTER_THE_ACT = [
    "عبر السكان عن مخاوفهم بعد القصف الذي استهدف بلدة كفرنبل أمس وأسفر عن مقتل ثلاثة مدنيين.",
    "تصاعدت المخاوف في بلدة كفرنبل بعد غارة جوية أسفرت عن مقتل ثلاثة مدنيين أمس.",
    "يخشى السكان من تكرار الغارات بعد غارة جوية على بلدة كفرنبل أمس أسفرت عن مقتل ثلاثة مدنيين.",
    "قتل خمسة مدنيين في غارة على سوق بلدة معرة النعمان أمس وسط مخاوف من تصعيد جديد.",
]


@pytest.mark.parametrize("text", FEARED)
def test_an_act_feared_is_none_told(pipeline, text):
    assert [e.sub_event_type for e in events(pipeline, text)] == ["Peaceful protest"]


@pytest.mark.parametrize("text", FEAR_AFTER_THE_ACT)
def test_an_act_before_the_fear_stays(pipeline, text):
    assert len(events(pipeline, text)) == 1
