"""أوقف / إيقاف / توقيف / احتجز are arrests only when they act on people (object column of
triggers.tsv): a human noun, an actor, a counted group or a human pronoun, never a thing."""
from __future__ import annotations

from datetime import date

import pytest

import hadath
from hadath.pipeline import CANDIDATE_STAGES  # the events as built, before the acceptance model
from hadath.events.lexicons import trigger_rows
from hadath.types import Article

ARRESTS = [
    "أوقفت الشرطة ثلاثة محتجين في وسط العاصمة الخرطوم يوم الأحد.",
    "أعلنت السلطات توقيف 12 شخصا للاشتباه في تورطهم بأعمال تخريب في مدينة وهران.",
    "أوقفت قوات الأمن الجزائرية صحفيا في ولاية بجاية بعد نشره مقالا عن الاحتجاجات.",
    "قالت الشرطة السودانية إنها أوقفت عددا من المتظاهرين في أم درمان الخميس.",
    "أُوقف ناشطان في مدينة صفاقس على خلفية مشاركتهما في احتجاجات ليلية.",
    "تمكنت الأجهزة الأمنية من توقيف مطلوبين اثنين في مدينة طرابلس شمال لبنان.",
    "احتجزت قوات الأمن العراقية عشرات المحتجين قرب ساحة التحرير في بغداد.",
    "وأفادت مصادر محلية بإيقاف خمسة شبان في مدينة القصرين التونسية فجر اليوم.",
]

NOT_ARRESTS = [
    "أوقف الجيش إطلاق النار في المنطقة بعد وساطة قبلية.",
    "قررت وزارة التربية إيقاف العمل في المدارس بسبب موجة الحر في الخرطوم.",
    "دعا المجلس إلى وقف الحرب في السودان وحماية المدنيين.",
    "أوقفت الشركة الإنتاج في مصنعها بمدينة عطبرة بسبب انقطاع الكهرباء.",
    "أعلنت الحكومة توقيف الدراسة في الجامعات حتى إشعار آخر.",
    "احتجزت السلطات الإيرانية ناقلة نفط في مياه الخليج.",
    "أوقفت شركة الطيران رحلاتها إلى مطار بيروت لأسباب أمنية.",
]


@pytest.fixture(scope="module")
def pipeline():
    return hadath.load(stages=CANDIDATE_STAGES)


# arresting protesters at their protest is coded as the protest (ACLED: Protest with intervention)
ARREST_TYPES = {"Arrests", "Protest with intervention"}


def _run(pipeline, text: str) -> tuple[set[str], set[str]]:
    """(sub-event types, lemmas of the arrest triggers found)."""
    doc = pipeline(Article("arrest", text, published=date(2023, 5, 10)))
    arrest = {lemma for lemma, row in trigger_rows().items() if row["class"] == "arrest"}
    lemmas = {m.value.lemma for m in doc.mentions if m.kind == "trigger"} & arrest
    return {e.sub_event_type for e in doc.events}, lemmas


@pytest.mark.parametrize("text", ARRESTS)
def test_arrest_of_people(pipeline, text):
    types, lemmas = _run(pipeline, text)
    assert lemmas and types & ARREST_TYPES


@pytest.mark.parametrize("text", NOT_ARRESTS)
def test_stopping_things_is_not_an_arrest(pipeline, text):
    types, lemmas = _run(pipeline, text)
    assert not lemmas and "Arrests" not in types
