"""The triggers stage: trigger words with voice and modality, weapon cues, discontinuous phrases."""
from __future__ import annotations

import pytest

from hadath.mentions.triggers import TriggerStage
from hadath.text.stage import TextStage
from hadath.types import Article, Doc


def run(text: str) -> Doc:
    return TriggerStage()(TextStage()(Doc(Article("t", text))))


def triggers(text: str):
    return [(m.surface, m.value) for m in run(text).mentions if m.kind == "trigger"]


def test_stage_contract():
    assert TriggerStage.name == "triggers"
    assert TriggerStage.requires == ("tokens",)
    assert TriggerStage.assigns == ("mentions:trigger", "mentions:weapon", "scan")


@pytest.mark.parametrize("text,surface,lemma,modality", [
    ("قتل ثلاثة جنود في الهجوم", "قتل", "قتل", None),
    ("وقتلوا خمسة مدنيين", "قتلوا", "قتل", None),
    ("يقتلون المدنيين في القرى", "يقتلون", "قتل", None),
    ("أسفر القصف عن مقتل طفلين", "مقتل", "قتل", None),
    ("اشتبكت القوات مع المسلحين", "اشتبكت", "اشتبك", None),
    ("تظاهر مئات الطلاب أمام الوزارة", "تظاهر", "تظاهر", None),
    ("اعتصم العمال أمام المصنع", "اعتصم", "اعتصم", None),
    ("اغتيل ضابط في درعا", "اغتيل", "اغتال", None),
    ("هدد التنظيم بشن هجمات على المدينة", "شن", "هاجم", "threat"),
    ("نفى الجيش أن يكون قد قصف المدينة", "قصف", "قصف", "denial"),
    ("تعتزم الحكومة اعتقال المطلوبين", "اعتقال", "اعتقل", "plan"),
    ("أحبطت الشرطة هجوما على السفارة", "هجوما", "هاجم", "foiled"),
    ("هل يقصف الجيش المدينة؟", "يقصف", "قصف", "question"),
    ("إذا اندلعت اشتباكات جديدة", "اشتباكات", "اشتبك", "hypothetical"),
    ("سيقصف الجيش مواقع المسلحين", "يقصف", "قصف", "future"),
    # هلاك: the pro-government press's word for enemies killed; a group dissolving itself
    ("أسفرت المعارك عن هلاك العشرات من المسلحين", "هلاك", "هلك", None),
    ("أعلنت الحركة في بيان لها عن حل نفسها", "حل نفسها", "انشق", None),
    # a demonstrative before a verbal noun: an act told before (no second event)
    ("ويأتي هذا الإعدام بعد أيام من الهجوم", "إعدام", "اعدم", "anaphoric"),
])
def test_trigger_and_modality(text, surface, lemma, modality):
    found = {s: v for s, v in triggers(text)}
    assert surface in found, found
    assert found[surface].lemma == lemma
    assert found[surface].modality == modality


def test_negation():
    (s, ref), = [t for t in triggers("لم يقتل أحد في الانفجار") if t[0] == "يقتل"]
    assert ref.negated and ref.modality == "negation"


def test_voice():
    refs = dict(triggers("أصيب جندي بجروح بعد اقتحام القرية"))
    assert refs["أصيب"].voice == "passive"
    assert refs["اقتحام"].voice == "nominal"
    refs = dict(triggers("قُتل جندي"))
    assert refs["قُتل"].voice == "passive"


def test_weapon_beats_march():
    doc = run("استهدفت طائرة مسيرة سيارة في القامشلي")
    kinds = [(m.kind, m.value.lemma) for m in doc.mentions]
    assert ("weapon", "drone") in kinds
    assert ("trigger", "وقفه احتجاجيه") not in kinds


def test_discontinuous_phrase():
    refs = dict(triggers("ألقى مسلحون مجهولون قنبلة يدوية على منزل"))
    assert refs["ألقى"].lemma == "قنبله"
    refs = dict(triggers("أنشأت القوات التركية قاعدة عسكرية قرب الأتارب"))
    assert refs["أنشأت"].lemma == "انشا قاعده"


def test_spans_index_original_text():
    text = "وقُتِلَ ثلاثةٌ في الهجوم"
    doc = run(text)
    for m in doc.mentions:
        assert m.span.of(text) == m.surface
