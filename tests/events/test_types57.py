"""Mechanisms of types57 (issue #9, docs/notes/types57.md), on sentences made up in the style of
the wire copy:

- a protest noun, maybe after a staging noun (إقامة، تنظيم), right after a noun of request or
  notice (function_words ``permit``: طلب، طلبا، إخطار) tells a protest asked for, not held: no
  protest (events.trigger_vetoes.prevented). A crowd that demands (طلب المتظاهرون) or a protest
  told beside still protests."""
from __future__ import annotations

import pytest

from tests.events.test_types52 import PROTESTS, subtypes


REQUESTED = [
    "تقدمت الحركة المدنية بطلب إقامة مظاهرة احتجاجية أمام السفارة الأمريكية بالقاهرة.",
    "قدم حزب الدستور طلبا لتنظيم وقفة احتجاجية أمام نقابة الصحفيين في القاهرة.",
    "تقدم حزب العيش والحرية بإخطار لتنظيم مسيرة سلمية في وسط القاهرة.",
    "قدمت اللجنة طلبا لإقامة اعتصام أمام مجلس النواب في عمان.",
]

STILL_PROTESTS = [
    "تظاهر مئات المعلمين أمام وزارة التربية في عمان للمطالبة بزيادة الرواتب.",
    "رفع المحتجون في بيروت لافتات تطالب برحيل الحكومة.",
    "نظم مئات الأطباء وقفة احتجاجية أمام وزارة الصحة في الرباط اليوم.",
]


@pytest.mark.parametrize("text", REQUESTED)
def test_a_protest_requested_tells_no_protest(pipeline, text):
    assert not [s for s in subtypes(pipeline, text) if s in PROTESTS]


@pytest.mark.parametrize("text", STILL_PROTESTS)
def test_a_protest_held_still_protests(pipeline, text):
    assert [s for s in subtypes(pipeline, text) if s in PROTESTS]
