"""A protest verb followed, right away or after its subject, by a word of pretending or arguing
(triggers_context.tsv feign_after: بأنها، بالموت، بالمرض) is no protest (issue #9,
mentions.triggers._feigned): تظاهر ب is "to pretend", احتج بأن "to argue that". Made-up
sentences in the style of the news read."""
from __future__ import annotations

import pytest

from hadath.text.stage import TextStage
from hadath.mentions.triggers import TriggerStage
from hadath.types import Article, Doc


def _protests(text: str) -> list[str]:
    doc = TriggerStage()(TextStage()(Doc(Article("t", text))))
    return [m.surface for m in doc.mentions if m.kind == "trigger" and m.value.event_type == "Protests"]


@pytest.mark.parametrize("text", [
    "فجرت انتحارية نفسها في مركز للشرطة بعد أن تظاهرت بأنها تريد الاستفسار عن ابنها.",
    "تظاهر الجندي بالموت بعد أن أطلق مسلحون النار على الدورية.",
    "تظاهر المسلحون بأنهم من عناصر الأمن ثم خطفوا رجل الأعمال.",
    "احتج النائب بأن القرار مخالف للدستور.",
    "تظاهر الرجل بالمرض ليدخل المستشفى ثم فجر نفسه.",
])
def test_feigned_no_protest(text):
    assert _protests(text) == []


@pytest.mark.parametrize("text, word", [
    ("تظاهر المئات في مدينة الكوت بالقرب من مبنى المحافظة.", "تظاهر"),
    ("تظاهر الآلاف بالعاصمة للمطالبة بتحسين الخدمات.", "تظاهر"),
    ("احتج العشرات أمام مبنى المحافظة بعد أن اعتقلت الشرطة ناشطا.", "احتج"),
])
def test_protest_stays(text, word):
    assert word in _protests(text)
