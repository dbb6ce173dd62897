"""Mechanisms of types58 (issue #9, docs/notes/types58.md), on sentences made up in the style of
the wire copy:

- a control word (classes capture / recapture: سيطر، بسط سيطرته، استعاد) that is the complement
  of a word of failing or being unable (modality.tsv kind ``unable``: فشل، عجز، أخفق، عدم قدرة،
  لم يتمكن، لم يستطع، دون أن يتمكن) - right after it, or right after a linking preposition
  (function_words.tsv ``unable_link``: في، عن، من، على، أن) with no punctuation between - tells
  a capture aimed at and not achieved: no territory changed hands (mentions.triggers._unable).
  A failure told before a new clause (بعد فشل المفاوضات، سيطر), or a control word not its
  complement, keeps the capture; a fight told beside it is still a battle. The same holds for an
  arrest (class arrest: لم تتمكن الشرطة من اعتقال، فشلت في القبض على): none was made.
- an elative before منذ counts as a comparison (events.modality._after_elative) across a noun
  phrase of up to two words after the elative too (أعنف قصف جوي منذ أشهر، أكبر تبادل للأسرى
  منذ): the act is told once, not as a practice. A preposition or number between (أكثر من 500
  قتيل منذ) keeps the tally generic."""
from __future__ import annotations

import pytest

from tests.events.conftest import events
from tests.events.test_types52 import PUB, subtypes

TERRITORY = ("Non-state actor overtakes territory", "Government regains territory")


UNABLE = [
    "فشلت قوات النظام السوري في السيطرة على بلدة كفرنبودة بريف حماة الشمالي اليوم.",
    "عجزت قوات الحكومة عن استعادة مدينة الحزم من الحوثيين اليوم.",
    "استمر القتال في تعز اليوم مع عدم قدرة أي طرف على بسط سيطرته على المدينة بشكل كامل.",
    "لم يتمكن مسلحو حركة الشباب من السيطرة على بلدة بلدوين اليوم.",
    "أخفق تنظيم داعش في السيطرة على قرية البغوز اليوم.",
    "هاجم مسلحو داعش قرية البغوز اليوم دون أن يتمكنوا من السيطرة عليها.",
]

CAPTURED = [
    "سيطرت قوات النظام السوري على بلدة كفرنبودة بريف حماة الشمالي اليوم.",
    "بعد فشل المفاوضات، سيطر الحوثيون على مدينة الحزم اليوم.",
    "استعادت قوات الحكومة مدينة الحزم من الحوثيين اليوم.",
]


@pytest.mark.parametrize("text", UNABLE)
def test_a_capture_not_achieved_changes_no_territory(pipeline, text):
    assert not set(subtypes(pipeline, text)) & set(TERRITORY), text


@pytest.mark.parametrize("text", CAPTURED)
def test_a_capture_achieved_is_kept(pipeline, text):
    assert set(subtypes(pipeline, text)) & set(TERRITORY), text


def test_the_fight_beside_a_failed_capture_stays_a_battle(pipeline):
    text = "اندلعت اشتباكات عنيفة بين الجيش ومسلحي داعش في قرية البغوز اليوم، وفشل التنظيم في السيطرة على القرية."
    subs = subtypes(pipeline, text)
    assert "Armed clash" in subs and not set(subs) & set(TERRITORY)


NOT_ARRESTED = [
    "لم تتمكن الشرطة العراقية من اعتقال منفذي الهجوم في البصرة اليوم.",
    "فشلت قوات الأمن في اعتقال المطلوبين في مدينة الرمادي اليوم.",
    "عجزت الشرطة عن القبض على المتهمين في مدينة طرابلس اليوم.",
]


@pytest.mark.parametrize("text", NOT_ARRESTED)
def test_an_arrest_not_achieved_is_no_arrest(pipeline, text):
    assert "Arrests" not in subtypes(pipeline, text), text


def test_an_arrest_made_after_a_failure_is_kept(pipeline):
    text = "اعتقلت الشرطة العراقية اليوم ثلاثة مطلوبين في البصرة بعد فشل محاولات سابقة."
    assert "Arrests" in subtypes(pipeline, text)


COMPARED = [
    "شنت الطائرات الإسرائيلية اليوم أعنف قصف جوي منذ أشهر على مدينة رفح.",
    "تعرضت مدينة حلب اليوم لأعنف قصف مدفعي منذ سنوات أسفر عن مقتل خمسة مدنيين.",
    "شهدت مدينة رفح اليوم أعنف غارات جوية منذ بداية الحرب.",
]


@pytest.mark.parametrize("text", COMPARED)
def test_an_elative_with_a_two_word_noun_phrase_compares(pipeline, text):
    assert events(pipeline, text, PUB), text


@pytest.mark.parametrize("text", [
    "قتل أكثر من 500 مدني منذ بداية الحرب في مدينة الفاشر.",
    "سقط أكبر عدد من القتلى منذ بداية الحرب في مدينة الفاشر.",
])
def test_a_tally_since_stays_generic(pipeline, text):
    assert not events(pipeline, text, PUB), text
