"""The events stage's word tables (data/lexicons/event_roles.tsv, event_places.tsv, event_tolls.tsv,
event_scope.tsv, event_dates.tsv, event_frames.tsv, event_morphology.tsv): each word is found in
the spelling the text has after normalization, and the loaders refuse a table that does not fit
the code."""
from __future__ import annotations

from typing import NamedTuple

import pytest

from hadath.errors import DataError
from hadath.events.dating import date_words, recall_pairs
from hadath.events.fatalities import toll_words
from hadath.events.frame_words import frame_words
from hadath.events.lexicons import word_classes, word_flags
from hadath.events.modality import boundary_norms, scope_words
from hadath.events.morphology import letters, morphology
from hadath.events.place_choice import place_cues
from hadath.events.roles import agent_pairs, role_words
from hadath.text.normalize import normalize_key

TABLES = {"roles": role_words, "place_cues": place_cues, "fatalities": toll_words,
          "modality_scope": scope_words, "event_dates": date_words, "event_frames": frame_words}


# one line a case: table, class, a word as news text writes it (hamza, alif maqsura, ta marbuta)
@pytest.mark.parametrize("table, cls, word", [
    ("roles", "agent", "بنيران"), ("roles", "agent", "بغارة"), ("roles", "agent", "بطائرة"),
    ("roles", "patient", "على"), ("roles", "patient", "ضد"), ("roles", "member", "قوة"),
    ("roles", "member", "دورية"), ("roles", "member_head", "مجموعة"), ("roles", "between", "وبين"),
    ("roles", "mourn", "نعى"), ("roles", "mourn", "ينعى"), ("roles", "target", "آليات"),
    ("roles", "target", "منشأة"), ("roles", "subject_left", "أن"), ("roles", "self_pronoun", "إنه"),
    ("roles", "time", "أمس"), ("roles", "time", "الليلة"), ("roles", "lam_gap", "«"),
    ("roles", "lam", "لـ"), ("roles", "partitive", "من"), ("roles", "conj", "و"),
    ("roles", "owned_by", "التابعة"),
    ("place_cues", "locative", "إلى"), ("place_cues", "locative", "على"),
    ("place_cues", "locative", "مدينة"), ("place_cues", "chain_gap", "وقرى"),
    ("place_cues", "chain_gap", "وريفها"), ("place_cues", "intro", "ولاية"),
    ("place_cues", "intro", "ضواحي"), ("place_cues", "direction", "شرقي"),
    ("place_cues", "region", "إقليم"), ("place_cues", "city_part", "حارة"),
    ("place_cues", "locative_clitic", "ب"), ("place_cues", "joiner", "ف"),
    ("place_cues", "list_joiner", "،"), ("place_cues", "city", "مدينة"),
    ("fatalities", "death_noun", "قتلى"), ("fatalities", "death_noun", "جثة"),
    ("fatalities", "death_noun", "ضحية"), ("fatalities", "injury_noun", "جرحى"),
    ("fatalities", "death_left", "وفاة"), ("fatalities", "death_left", "قضى"),
    ("fatalities", "injury_left", "إصابة"), ("fatalities", "injury_left", "أصيبوا"),
    ("fatalities", "death_right", "لقوا"), ("fatalities", "injury_right", "بإصابات"),
    ("fatalities", "subset", "بينهم"), ("fatalities", "filler", "الأقل"),
    ("fatalities", "toll_head", "حصيلة"), ("fatalities", "toll_to", "إلى"),
    ("fatalities", "toll_injury", "الجرحى"), ("fatalities", "singular_victim", "امرأة"),
    ("fatalities", "singular_victim", "مسؤول"), ("fatalities", "singular_victim", "قائد"),
    ("modality_scope", "clause_word", "بينما"), ("modality_scope", "clause_word", "أما"),
    ("modality_scope", "negation_aux", "يتم"), ("modality_scope", "future", "س"),
    ("event_dates", "attributive", "ذكرى"), ("event_dates", "attributive", "ثورة"),
    ("event_dates", "attributive", "مؤتمر"), ("event_dates", "same_time", "الساعة"),
    ("event_dates", "same_word", "ذاتها"), ("event_dates", "since", "ومنذ"),
    ("event_dates", "year_word", "سنة"), ("event_dates", "day_word", "يوم"),
    ("event_frames", "past_aux", "وكانت"), ("event_frames", "perfect_particle", "وقد"),
    ("event_frames", "plural_ending", "ات"), ("event_frames", "cause_clitic", "ب"),
])
def test_word_is_found_in_normalized_spelling(table, cls, word):
    assert normalize_key(word) in getattr(TABLES[table](), cls)


@pytest.mark.parametrize("table", sorted(TABLES))
def test_every_class_has_words_and_every_word_is_normalized(table):
    words = TABLES[table]()
    for cls, found in words._asdict().items():
        assert found, f"{table}: class {cls} is empty"
        assert all(w and normalize_key(w) == w for w in found), (table, cls)


@pytest.mark.parametrize("phrase", ["من قبل", "على يد", "على أيدي", "على أيد", "من طرف", "من جانب"])
def test_agent_pairs_in_normalized_spelling(phrase):
    assert tuple(normalize_key(phrase).split()) in agent_pairs()


@pytest.mark.parametrize("phrase", ["يذكر أن", "يشار إلى", "الجدير بالذكر", "تجدر الإشارة", "ويشار إلى"])
def test_recall_openers_in_normalized_spelling(phrase):
    assert tuple(normalize_key(phrase).split()) in recall_pairs()


@pytest.mark.parametrize("word", ["فيما", "ولكن", "بعدما", ".", ";", "?"])
def test_clause_boundaries(word):
    assert normalize_key(word) in boundary_norms()


@pytest.mark.parametrize("cls, expected", [
    ("imperfect_prefix", ("ي", "ت", "ن", "ا")), ("passive_imperfect_prefix", ("ي", "ت")),
    ("first_person", ("ا",)), ("defective_final", ("ي",)), ("alif_final", ("ا",)),
    ("ta_marbuta", ("ه",)), ("article", ("ال",)),
])
def test_morphology_letters(cls, expected):
    assert letters(cls) == expected


def test_morphology_templates_name_the_word():
    for cls, forms in morphology().items():
        if cls in ("perfect", "imperfect", "noun", "participle", "adverb") or cls.endswith(
                ("_alif", "_defective", "_ta_marbuta")):
            assert all("{p}" in f or "{s}" in f for f in forms), cls


class _Extra(NamedTuple):
    agent: frozenset[str]
    nothing_like_this: frozenset[str]


def test_word_classes_refuses_a_table_that_differs_from_the_code():
    with pytest.raises(DataError, match=r"roles\.tsv.*nothing_like_this"):
        word_classes("lexicons/event_roles.tsv", _Extra)


class _FewCues(NamedTuple):
    locative: frozenset[str]


def test_word_flags_refuses_columns_that_differ_from_the_code():
    with pytest.raises(DataError, match=r"event_places\.tsv: columns"):
        word_flags("lexicons/event_places.tsv", _FewCues)


class _TwoCues(NamedTuple):
    locative: frozenset[str]
    intro: frozenset[str]


@pytest.mark.parametrize("row, message", [
    ({"word": "في", "locative": "x", "intro": ""}, r"data row 1 \(في\) needs 1 or nothing in \['locative'\]"),
    ({"word": "في", "locative": "", "intro": ""}, r"data row 1 \(في\) needs 1 or nothing"),
    ({"word": "", "locative": "1", "intro": ""}, r"data row 1 has no word"),
])
def test_word_flags_names_the_bad_row(monkeypatch, row, message):
    import hadath.events.lexicons as lexicons

    monkeypatch.setattr(lexicons, "load_tsv", lambda name: (row,))
    with pytest.raises(DataError, match=message):
        word_flags("lexicons/event_places.tsv", _TwoCues)
