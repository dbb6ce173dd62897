"""Inflection from data/lexicons/event_morphology.tsv: one line a case, the forms a lemma must give
(and, for one word a paradigm, every form it gives)."""
from __future__ import annotations

import pytest

from hadath.events.morphology import (imperfect_forms, inflect, noun_forms, participle_forms,
                                      perfect_forms, row_forms)
from hadath.text.normalize import normalize_key


def _n(words: str) -> set[str]:
    return {normalize_key(w) for w in words.split()}


@pytest.mark.parametrize("fn, lemma, some", [
    (perfect_forms, "قتل", "قتلت قتلوا قتلا قتلن قتلنا قتلتم"),
    (perfect_forms, "اعتدى", "اعتدت اعتدوا اعتدينا اعتديا"),
    (perfect_forms, "رمى", "رمت رموا رميت"),
    (perfect_forms, "دعا", "دعت دعوا دعونا"),
    (perfect_forms, "أنشأ", "انشات انشاوا"),
    (imperfect_forms, "يقتل", "تقتل نقتل اقتل يقتلون يقتلان تقتلين يقتلوا"),
    (imperfect_forms, "يرمي", "ترمي يرمون يرموا ترميان ترمين"),
    (noun_forms, "مظاهرة", "مظاهرات مظاهرتين مظاهرتان مظاهرت"),
    (noun_forms, "قصف", "قصفا قصفات قصفين قصفان"),
    (participle_forms, "متظاهر", "متظاهرون متظاهرين متظاهرة متظاهرات"),
    (participle_forms, "مسلحة", "مسلحات مسلحتين"),
])
def test_paradigm_gives_the_forms_of_news_text(fn, lemma, some):
    assert _n(some) <= fn(lemma)


@pytest.mark.parametrize("paradigm, word, every", [
    ("perfect_defective", "رمي", "رمي رمت رموا رمو رميا رميتا رميت رمينا رميتم رمين رمتا"),
    ("imperfect", "يقتل", "يقتل يقتلون يقتلان يقتلين يقتلوا يقتلو يقتلن"),
    ("noun_ta_marbuta", "مظاهره", "مظاهره مظاهرات مظاهرتين مظاهرتان مظاهرت مظاهرتي مظاهرتا"),
    ("participle", "متظاهر", "متظاهر متظاهرا متظاهرون متظاهرين متظاهره متظاهرات متظاهرو متظاهري متظاهران"),
    ("adverb", "احتجاج", "احتجاجا"),
])
def test_paradigm_gives_exactly_its_forms(paradigm, word, every):
    assert inflect(paradigm, word) == set(every.split())


def test_imperfect_passive_leaves_out_the_first_person():
    forms = row_forms({"passive": "يستهدف"})
    assert forms[normalize_key("يستهدفون")] == "passive"
    assert normalize_key("استهدف") not in forms  # اصاب = he hit, not "I am hit"


def test_perfect_passive_and_verbal_noun_kinds():
    forms = row_forms({"perfect": "قتل", "nouns": "مقتل|حملة"})
    assert forms["قتلوا"] == "verb" and forms["مقتل"] == "noun" and forms["مقتلا"] == "adverb"
    assert forms["حملات"] == "noun"
    assert not any(k == "adverb" and f.startswith("حمل") for f, k in forms.items())  # no حملةا
