"""Mechanisms of crowd59 (issue #9, docs/notes/crowd59.md): false protests, on sentences made up
in the style of the wire copy.

- a protest noun that is the genitive of a noun of a right, a freedom or a law (حق التظاهر، الحق
  في الاحتجاج، قانون تنظيم التظاهر، حرية التعبير والتظاهر) names the right or the law: no protest
  is told by it (events.trigger_vetoes.as_right)."""
from __future__ import annotations

import pytest

from tests.events.test_types52 import PROTESTS
from tests.events.conftest import events


def _crowds(pipeline, text):
    return [e for e in events(pipeline, text) if e.sub_event_type in PROTESTS]


RIGHTS = [
    "شدد البيان الصادر في الرباط أمس على أن حرية التظاهر مضمونة.",
    "أقر البرلمان المصري أمس في القاهرة قانون التظاهر الجديد.",
    "ناقش مجلس النواب في بغداد يوم الأحد مشروع قانون حرية التعبير والتظاهر السلمي.",
    "قال الناطق باسم الحكومة في الخرطوم أمس إن حق الاحتجاج مكفول للجميع.",
    "صادق البرلمان في القاهرة أمس على تعديلات قانون تنظيم التظاهر.",
    "أشاد المرصد في الرباط أمس بضمان الحق في الاحتجاج.",
    "أكدت الحكومة اللبنانية في بيروت أمس التزامها بحرية التظاهر.",
]

STILL_PROTESTS = [
    "خرج مئات المحامين في مسيرة بالقاهرة أمس دفاعا عن حق التظاهر.",
    "تظاهر المئات في بغداد أمس للمطالبة بحقوقهم المشروعة.",
    "اعتصم العشرات أمام مبنى البرلمان في الكويت أمس رفضا لقانون الانتخابات.",
    "أطلقت قوات الأمن الغاز المسيل للدموع على المتظاهرين في البصرة أمس، واعتدت بالضرب بحق المحتجين.",
]


@pytest.mark.parametrize("text", RIGHTS)
def test_a_protest_noun_after_a_right_or_a_law_tells_no_protest(pipeline, text):
    assert not _crowds(pipeline, text)


@pytest.mark.parametrize("text", STILL_PROTESTS)
def test_a_protest_told_beside_a_right_stays(pipeline, text):
    assert len(_crowds(pipeline, text)) == 1
