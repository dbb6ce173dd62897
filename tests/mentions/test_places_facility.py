"""A country named in a facility's name says whose it is, not where it is (issue #10, seventh
round): the mention stays, resolved to no place."""
from __future__ import annotations

import pytest

from hadath.mentions.places import PlaceStage
from hadath.mentions.places_facility import owner_head
from hadath.text.stage import TextStage
from hadath.types import Article, Doc


@pytest.fixture(scope="module")
def stage():
    return PlaceStage()   # the bundled index


def _refs(stage, text):
    doc = TextStage()(Doc(Article("t", text)))
    return {doc.text[f.span.start:f.span.end]: (r.place.name if r.place else None)
            for f, r in stage.resolve(doc)}


def _of(refs, word):
    """The place of the mention whose span is ``word`` or inside it (a nisba's span leaves out
    the article)."""
    got = [v for k, v in refs.items() if k in word]
    assert got, refs
    return got[0]


@pytest.mark.parametrize("text, word", [
    ("أصيب موظف في السفارة النرويجية بجروح في انفجار هز وسط العاصمة اللبنانية بيروت.", "النرويجية"),
    ("دعت سفارة البحرين لدى الأردن رعاياها إلى الحذر بعد الأمطار الغزيرة في عمان.", "البحرين"),
    ("نقل الجرحى إلى مستشفى الصداقة الياباني في مدينة أم درمان.", "الياباني"),
    ("أغلقت السلطات مطعم النخيل الهندي في الرياض.", "الهندي"),
    ("افتتح الوزير مستشفى #الجمعية_الخيرية_الكندية في ولاية صحار.", "الكندية"),
])
def test_the_country_of_a_facility_is_its_owner_not_its_place(stage, text, word):
    refs = _refs(stage, text)
    assert _of(refs, word) is None, refs


def test_a_facility_of_the_reports_own_country_lies_there(stage):
    # a Lebanese university in a report on Beirut is in Lebanon
    refs = _refs(stage, "قال أستاذ في الجامعة اللبنانية إن انفجار مرفأ بيروت دمر أحياء في بيروت.")
    assert _of(refs, "اللبنانية") == "Lebanon", refs


@pytest.mark.parametrize("text, word, country", [
    # a hashtag the country starts is a phrase of its own
    ("أمطار غزيرة اليوم #مستشفى_حفر_الباطن #السعودية", "السعودية", "Saudi Arabia"),
    # a preposition ends the facility's phrase
    ("وصل الجرحى إلى المستشفى في العاصمة السورية دمشق.", "السورية", "Syria"),
    # only a mission's noun makes a country's name abroad (جامعة قطر is the country's own)
    ("التقى الوفد طلابا من جامعة قطر أمس.", "قطر", "Qatar"),
])
def test_other_country_mentions_keep_their_country(stage, text, word, country):
    refs = _refs(stage, text)
    assert _of(refs, word) == country, refs


def test_owner_head_reads_the_phrase_back_to_its_noun():
    doc = TextStage()(Doc(Article("t", "زار مستشفى الجامعة الطبية الأميركية ثم سفارة قطر")))
    toks = doc.tokens
    i = next(k for k, t in enumerate(toks) if t.text == "الأميركية")
    assert owner_head(toks, i, adjective=True) == "facility"
    j = next(k for k, t in enumerate(toks) if t.text == "قطر")
    assert owner_head(toks, j, adjective=False) == "mission"
    assert owner_head(toks, i, adjective=False) is None   # a name needs a mission right before it
