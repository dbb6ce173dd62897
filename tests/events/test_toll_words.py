"""fatalities.classify over real tokens, one line a case: which word tells a count is a death
toll, an injury count, an update of an earlier toll, or a subset (data/lexicons/event_tolls.tsv)."""
from __future__ import annotations

import pytest

from hadath.events.fatalities import UPDATE, classify
from hadath.events.place_choice import _clitic_lead, place_cues
from hadath.text.normalize import normalize, normalize_key
from hadath.text.sentences import split_sentences
from hadath.text.tokenize import tokenize


def _classify(text: str, number: str):
    n = normalize(text)
    toks = tokenize(n, split_sentences(n))
    i = next(i for i, t in enumerate(toks) if t.norm == number)
    return classify(toks, i, i + 1, 0, len(toks))


@pytest.mark.parametrize("text, number, kind, update", [
    ("مقتل 5 مدنيين", "5", "death", False),
    ("مقتل ما لا يقل عن 5 مدنيين", "5", "death", False),
    ("سقط 4 قتلى في القصف", "4", "death", False),
    ("عثر على 3 جثث", "3", "death", False),
    ("28 شخصا قتلوا في الهجوم", "28", "death", False),
    ("لقي 3 أشخاص مصرعهم", "3", "death", False),
    ("إصابة 10 أشخاص", "10", "injury", False),
    ("أصيب 7 مدنيين", "7", "injury", False),
    ("10 جرحى", "10", "injury", False),
    ("نقل 4 أشخاص بجروح", "4", "injury", False),
    ("ارتفعت حصيلة القتلى إلى 9", "9", "death", True),
    ("ارتفع عدد الجرحى إلى 12", "12", "injury", True),
    ("مقتل 4 بينهم 2 أطفال", "2", None, False),
    ("وصل 5 مدنيين إلى المدينة", "5", None, False),
])
def test_classify(text, number, kind, update):
    got, key = _classify(text, number)
    assert got == kind
    assert (key == UPDATE) == update


@pytest.mark.parametrize("lead, locative", [
    ("ب", True), ("وب", True), ("بال", True), ("وفي", True), ("و", False), ("ال", False),
    ("ف", False), ("", False),
])
def test_locative_proclitics_before_a_place(lead, locative):
    assert _clitic_lead(normalize_key(lead), place_cues().locative_clitic) is locative
