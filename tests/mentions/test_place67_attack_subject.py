"""A country named as the subject right after an attack verb (place67, issue #10:
places_facility.attack_subject, ``attack_verb`` in place_words.tsv) is the doer, as a doer's
nationality adjective is (غارة إسرائيلية): it votes for the document's country at a doer's half
weight, so a minor camp or village of the struck land is not lost to the doer's country in a
short text. On main the camp or village read as the doer's country (Israel p3, Russia)."""
from __future__ import annotations

import pytest

from hadath.mentions.actors import ActorStage
from hadath.mentions.places_facility import attack_subject
from hadath.text.stage import TextStage
from hadath.types import Article, Doc


def _doc(text: str) -> Doc:
    return ActorStage()(TextStage()(Doc(Article("t", text))))


def _refs(stage, text: str) -> dict:
    doc = _doc(text)
    return {doc.text[f.span.start:f.span.end]: r for f, r in stage.resolve(doc)}


ROWS = [   # (text, the place named, its reading's country)
    ("قصفت إسرائيل مدرسة في مخيم جباليا صباح اليوم.", "جباليا", "PS"),
    ("أطلقت إسرائيل صواريخ على بلدة عيتا الشعب.", "عيتا الشعب", "LB"),
    ("وشنت روسيا غارات على قرية كفرنبل في ريف إدلب.", "كفرنبل", "SY"),
    ("قتل ثلاثة في غارة شنتها إسرائيل على مخيم جباليا.", "جباليا", "PS"),
]


@pytest.mark.parametrize("text,surface,cc", ROWS)
def test_attack_subject_country_is_no_place_vote(place_stage, text, surface, cc):
    refs = [r for s, r in _refs(place_stage, text).items() if surface in s]
    assert refs and all(r.place is not None and r.place.country_code == cc for r in refs)


SUBJECTS = [   # (text, the country's first word, subject of an attack verb?)
    ("قصفت إسرائيل مدرسة في غزة.", "إسرائيل", True),
    ("وتقصف روسيا مواقع المعارضة.", "روسيا", True),
    ("غارة شنتها إسرائيل على المخيم.", "إسرائيل", True),
    ("سقط صاروخ في إسرائيل.", "إسرائيل", False),          # a country named as the place
    ("انفجرت عبوة داخل سوريا.", "سوريا", False),
    ("وصل الوفد إلى روسيا أمس.", "روسيا", False),
    ("قصفت الطائرات مواقع في سوريا.", "سوريا", False),
]


@pytest.mark.parametrize("text,word,subject", SUBJECTS)
def test_attack_subject_table(text, word, subject):
    doc = _doc(text)
    start = next(t.index for t in doc.tokens if t.text == word)
    assert attack_subject(doc.tokens, start) is subject


def test_country_named_as_place_still_votes(place_stage):
    """One mention of the country as a place (في إسرائيل) keeps its name votes."""
    refs = _refs(place_stage, "سقط صاروخ في إسرائيل بعد أن قصفت إسرائيل مخيم جباليا.")
    assert refs["إسرائيل"].place is not None and refs["إسرائيل"].place.country_code == "IL"
