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


def _voices(text: str, lemma: str) -> list[str]:
    doc = TriggerStage()(TextStage()(Doc(Article("t", text))))
    return [m.value.voice for m in doc.mentions if m.kind == "trigger" and m.value.lemma == lemma]


# A verb that takes its object through a preposition (triggers_context.tsv prep_verb: سيطر على)
# never takes a pronoun object: سيطرتها is the verbal noun سيطرة with her suffix, not "she
# controlled it" (mentions.triggers, prep_verbs).
@pytest.mark.parametrize("text", [
    "أعلنت قوات الدعم السريع اليوم سيطرتها على مقر الفرقة السادسة في مدينة الفاشر.",
    "تمكنت القوات من فرض سيطرتها على البلدة بعد معارك عنيفة.",
    "أكد الجيش سيطرته على المدينة بالكامل.",
    "وأعلن المسلحون سيطرتهم على القرية مساء أمس.",
])
def test_control_noun_with_suffix(text):
    assert _voices(text, "سيطر") == ["nominal"]


@pytest.mark.parametrize("text", [
    "سيطرت قوات الدعم السريع اليوم على مقر الفرقة السادسة في مدينة الفاشر.",
    "سيطروا على القرية مساء أمس.",
])
def test_control_verb_stays(text):
    assert _voices(text, "سيطر") == ["active"]
