"""Mechanisms of crowd60 (issue #9, docs/notes/crowd60.md): false protests, on sentences made up
in the style of the wire copy.

- a crowd word in the oblique case after a condemn cue of its clause, at any distance past the
  speaker, its place and its day, marked as whom an act hit (ضد، بحق؛ للمحتجين؛ the genitive of an
  act noun: قمع المتظاهرين، استهداف المحتجين؛ الاعتداء على المتظاهرين) tells no protest of the
  statement's day (events.trigger_vetoes.condemned_target)."""
from __future__ import annotations

import pytest

from tests.events.conftest import events
from tests.events.test_crowd59 import _crowds


CONDEMNED = [
    "استنكر حزب الأمة في الخرطوم يوم السبت استخدام القوة المفرطة ضد المحتجين.",
    "نددت نقابة المحامين في بيان اليوم بالاعتداء على المتظاهرين السلميين في الناصرية.",
    "أدان الاتحاد الأوروبي بشدة يوم الأحد قمع قوات الأمن للمحتجين في طهران.",
    "أدانت الحكومة في بيان مساء أمس الاعتداء على المحتجين في كربلاء.",
    "ندد حزب العمال في بيان الثلاثاء بحملة الاعتقالات بحق المتظاهرين في إسطنبول.",
    "استنكرت هيئة حقوق الإنسان في بغداد اليوم الاعتداءات على المحتجين في ساحة التحرير.",
    "أدانت الخارجية في بيان صدر في باريس مساء الأربعاء الاعتداء على المتظاهرين في الجزائر.",
]

STILL_PROTESTS = [
    "تظاهر المئات في البصرة أمس وأدانوا قمع الشرطة للمحتجين.",
    "خرج آلاف المتظاهرين في البصرة أمس تنديدا بقمع المحتجين في الناصرية.",
    "أطلقت قوات الأمن الغاز المسيل للدموع على المتظاهرين في البصرة أمس.",
    "اعتدت قوات الأمن بالضرب على المتظاهرين في ساحة التحرير ببغداد أمس.",
]


@pytest.mark.parametrize("text,told", [(t, 0) for t in CONDEMNED] + [(t, 1) for t in STILL_PROTESTS])
def test_a_crowd_a_condemned_act_hit_tells_no_protest(pipeline, text, told):
    """CONDEMNED: no protest; STILL_PROTESTS: a protest told beside a condemnation stays."""
    assert len(_crowds(pipeline, text)) == told


# A participle of condemning (منددين، منددة، مستنكرين) is a condemn cue as its verbal noun
# (تنديدا) is: the act noun it takes (منددة باستهداف المدنيين في زاخو) is what the crowd
# condemned, no act at the crowd (modality.tsv condemn, extra forms).
PARTICIPLE_MOTIVES = [
    "نظم العشرات وقفة احتجاجية في ساحة الاحتفالات بالموصل أمس منددين باستهداف المدنيين في قضاء زاخو.",
    "نظم العشرات وقفة احتجاجية في ساحة الاحتفالات بالموصل أمس منددة باستهداف المدنيين في قضاء زاخو.",
    "اعتصم العشرات أمام مبنى المحافظة في البصرة أمس مستنكرين استهداف المدنيين في سنجار.",
    "خرجت مسيرة حاشدة في تونس العاصمة أمس منددة بالاعتداء على الصحفيين في الضفة الغربية.",
]


@pytest.mark.parametrize("text", PARTICIPLE_MOTIVES)
def test_the_act_a_condemning_participle_takes_is_the_motive(pipeline, text):
    assert [e.sub_event_type for e in events(pipeline, text)] == ["Peaceful protest"]
