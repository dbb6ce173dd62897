"""The event lexicons load, survive normalization and generate the forms news text uses."""
from __future__ import annotations

import pytest

from hadath.events.lexicons import (cue_matcher, trigger_matcher, trigger_rows, victim_words,
                                    weapon_matcher)
from hadath.events.morphology import imperfect_forms, noun_forms, perfect_forms, row_forms
from hadath.events.taxonomy import CLASSES, GROUPS, WEAPONS
from hadath.resources import load_tsv
from hadath.text.normalize import normalize_key


@pytest.mark.parametrize("name,col", [
    ("lexicons/triggers.tsv", "lemma"), ("lexicons/weapons.tsv", "phrase"),
    ("lexicons/modality.tsv", "lemma"), ("lexicons/triggers_victims.tsv", "word"),
])
def test_entries_survive_normalization(name, col):
    for row in load_tsv(name):
        assert row[col] == normalize_key(row[col]), row[col]


def test_every_class_is_known():
    for row in trigger_rows().values():
        assert row["class"] in CLASSES and row["class"] in GROUPS, row["lemma"]
        assert row["strength"] in ("0", "1")
        assert row["nrole"] in ("agent", "patient", "none")   # none: no doer in the phrase (سقوط صواريخ)
    for row in load_tsv("lexicons/weapons.tsv"):
        assert row["weapon"] in WEAPONS


def test_matchers_are_built():
    assert len(trigger_matcher()) > 1000
    assert len(weapon_matcher()) > 50
    assert len(cue_matcher()) > 200
    assert victim_words()["مدنيين"] == "civilian"


@pytest.mark.parametrize("perfect,expected", [
    ("قتل", {"قتل", "قتلت", "قتلوا", "قتلا", "قتلتا", "قتلنا", "قتلو"}),
    ("اعتدى", {"اعتدي", "اعتدت", "اعتدوا", "اعتديا"}),
    ("استهدف", {"استهدفت", "استهدفوا"}),
])
def test_perfect_forms(perfect, expected):
    assert expected <= perfect_forms(perfect)


@pytest.mark.parametrize("imperfect,expected", [
    ("يقتل", {"يقتل", "تقتل", "نقتل", "يقتلون", "يقتلوا", "تقتلان"}),
    ("يعتدي", {"يعتدي", "تعتدي", "يعتدون", "يعتدوا"}),
])
def test_imperfect_forms(imperfect, expected):
    assert expected <= imperfect_forms(imperfect)


@pytest.mark.parametrize("noun,expected", [
    ("مظاهرة", {"مظاهره", "مظاهرات", "مظاهرتين", "مظاهرت"}),
    ("اشتباك", {"اشتباك", "اشتباكات"}),
])
def test_noun_forms(noun, expected):
    assert expected <= noun_forms(noun)


def test_row_forms_roles():
    forms = row_forms({"perfect": "أصاب", "imperfect": "يصيب", "passive": "أصيب|يصاب",
                       "nouns": "احتجاج", "extra": "اطلق صاروخا/صواريخ"})
    assert forms["اصيب"] == "passive" and forms["يصاب"] == "passive"
    assert forms["اصاب"] == "verb" and forms["احتجاجات"] == "noun"
    assert forms["احتجاجا"] == "adverb"
    assert forms["اطلق صواريخ"] == "phrase"
