"""Issue #9, place45 (the act's own place on unseen news, docs/notes/place45.md).

A list of places goes on past a two-word name the gazetteer lacks when its first word is a name
head (place_words.tsv ``name_head``; مزارع is the one the mentions stage leaves unread): بلدات كفرومة ومزارع شحشبو والفطيرة.
Before, the list stopped at the name's second word, and the places after it got no record."""
from __future__ import annotations

from datetime import date

import pytest

import hadath
from hadath.types import Article


@pytest.fixture(scope="module")
def nlp():
    return hadath.load()


def _places(nlp, text):
    doc = nlp(Article("t", text, published=date(2019, 11, 10)))
    return {e.place.place.name for e in doc.events if e.place is not None and e.place.place is not None}


PAST_TWO_WORDS = [
    # (text, places after the unknown two-word name that each get a record)
    ("قصفت قوات النظام بلدات كفرومة ومعرة حرمة ومزارع شحشبو والفطيرة وجبالا بريف إدلب الجنوبي.",
     {"Fatirah", "Jibala"}),
    ("قصفت قوات النظام قرى كفرومة و مزارع شحشبو و حزارين بريف إدلب الجنوبي.", {"Hazzarin"}),
    ("قصف الطيران قرى كفرومة ومزارع الصوامع وجبالا جنوب إدلب.", {"Jibala"}),
    ("سقطت قذائف على قرى كفرنبل ومزارع ملولي وحزارين.", {"Hazzarin"}),
]


@pytest.mark.parametrize("text,after", PAST_TWO_WORDS)
def test_list_goes_on_past_two_word_unknown(nlp, text, after):
    got = _places(nlp, text)
    assert after <= got, got


# a name head before an act word, or a second word joined by و, is not passed as one name
STOPS = [
    # the second word has a و of its own: two one-word members, each passed as before
    ("قصفت قوات النظام بلدات كفرومة ومزارع وجبالا بريف إدلب.", {"Kafr Ruma"}),
]


@pytest.mark.parametrize("text,expected", STOPS)
def test_first_place_kept(nlp, text, expected):
    assert expected <= _places(nlp, text)


# One act told at several places with "another" or an ordinal standing for the object (استهدفوا
# موقعا في X، وآخر في Y، وثالثا في Z): each place is an act of its own, as in a و-list; a
# quote mark around a listed place's name does not put it farther from the one before.
ORDINAL_LISTS = [
    ("استهدف الطيران الحربي موقعا في تفتناز وآخر في بنش.", {"Taftanaz", "Binnish"}),
    ("استهدف حزب الله تموضعا في مستعمرة المطلة وآخر في مستعمرة شلومي.", {"Metula", "Shlomi"}),
    ('استهدف حزب الله تموضعا في مستعمرة المطلة، وآخر في "مستعمرة شلومي".', {"Metula", "Shlomi"}),
    ('قال حزب الله إن عناصره استهدفوا تموضعا لجنود في مستعمرة المطلة، وآخر في "مستعمرة '
     'شوميرا"، وثالثا في "مستعمرة أفيفيم".', {"Metula", "Avivim"}),
    ("قصفت المدفعية التركية نقطة في قرية تل تمر، وثانية في بلدة عين عيسى.", {"Tall Tamr", "Ayn Isa"}),
]


@pytest.mark.parametrize("text,expected", ORDINAL_LISTS)
def test_another_place_of_the_act(nlp, text, expected):
    got = _places(nlp, text)
    assert expected <= got, got


# A dual container noun (بريفي X وY: "the countrysides of X and Y") holds both names: the second,
# listed with no cue of its own, is a countryside too (precision 2), not the city. The singular
# ريف X وY is read as before (Y the city).
COUNTRYSIDES = [
    ("كثفت قوات الحكومة قصفها الصاروخي على قرى وبلدات عدة بريفي حماة وإدلب.", [("Hamah", 2), ("Idlib", 2)]),
    ("قصفت قوات النظام مناطق في ريفي حلب وإدلب.", [("Aleppo", 2), ("Idlib", 2)]),
    ("قصفت قوات النظام مناطق في ريفي درعا والقنيطرة.", [("Dara", 2), ("Al Qunaytirah", 2)]),
    ("قصفت قوات النظام مناطق في ريف حلب وإدلب.", [("Aleppo", 2), ("Idlib", 1)]),
]


@pytest.mark.parametrize("text,expected", COUNTRYSIDES)
def test_dual_countryside(nlp, text, expected):
    doc = nlp(Article("t", text, published=date(2020, 1, 10)))
    assert [(e.location, e.geo_precision) for e in doc.events] == expected


# A direction adjective after a listed place (ريف حلب الغربي وإدلب) no longer ends the list: it is
# skipped as it already was after a qualifier (بريف إدلب الجنوبي وبلدة X).
DIRECTION_LISTS = [
    ("قصفت الطائرات مواقع في ريف حلب الغربي وإدلب.", {"Aleppo", "Idlib"}),
    ("قصف الطيران الروسي بلدات في ريف حماة الشمالي وريف إدلب الجنوبي.", {"Hamah", "Idlib"}),
    ("قصف الطيران الروسي بلدات في ريف حماة الشمالي وإدلب الجنوبي.", {"Hamah", "Idlib"}),
    ("دارت اشتباكات بين قوات النظام وفصائل المعارضة في ريف اللاذقية الشمالي وريف حماة الغربي.",
     {"Latakia", "Hamah"}),
]


@pytest.mark.parametrize("text,expected", DIRECTION_LISTS)
def test_direction_adjective_in_a_list(nlp, text, expected):
    got = _places(nlp, text)
    assert expected <= got, got
