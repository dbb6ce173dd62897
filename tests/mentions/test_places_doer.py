"""A nationality adjective of a weapon, strike or force names the doer's country, not where the
act is (issue #10, eleventh round): it casts no vote for the document's focus, so the place of
an American drone strike in Yemen stays in Yemen. Sentences of our own wording."""
from __future__ import annotations

import pytest

from hadath.mentions.places_facility import doer_nisba
from hadath.text.stage import TextStage
from hadath.types import Article, Doc
from tests.mentions.conftest import refs_by_surface


def _cc(place_stage, text, word):
    ref = refs_by_surface(place_stage, text).get(word)
    return None if ref is None or ref.place is None else ref.place.country_code


@pytest.mark.parametrize("text, word, cc", [
    ("قتل 12 شخصا في محافظة مأرب في غارة جوية شنتها طائرة أميركية بدون طيار فجر أمس.",
     "محافظة مأرب", "YE"),
    ("استهدفت غارة أمريكية سيارة في مديرية الصومعة بمحافظة البيضاء اليوم.", "مديرية الصومعة",
     "YE"),
    ("قتل خمسة جنود في هجوم شنته قوات فرنسية في منطقة ميناكا شمال مالي.", "ميناكا", "ML"),
])
def test_a_doers_nationality_does_not_move_the_place_abroad(place_stage, text, word, cc):
    assert _cc(place_stage, text, word) == cc


def _doer_flags(text):
    doc = TextStage()(Doc(Article("t", text)))
    toks = doc.tokens
    from hadath.mentions.places import PlaceStage   # (the nisba mentions, as the stage finds them)
    found = [f for f, r in PlaceStage().resolve(doc) if r.cue == "nisba"]
    starts = {f.start for f in found}
    return {doc.text[f.span.start:f.span.end]: doer_nisba(toks, f.start, starts) for f in found}


@pytest.mark.parametrize("text, word, doer", [
    ("قتل أربعة أشخاص في قصف مدفعي تركي على قرية في ريف منبج.", "تركي", True),
    ("قتل ثلاثة أشخاص في غارة لطائرة مسيرة إسرائيلية على بلدة بنت جبيل.", "إسرائيلية", True),
    ("قتل جنديان بنيران قوات الجيش العراقي في البصرة.", "العراقي", True),
    ("قتل مدنيان في غارات التحالف السعودي الإماراتي على صعدة.", "الإماراتي", True),
    # people and places: the country is where they are; so is a force that works at home
    ("قتل شاب بنيران قوات الأمن العراقية في البصرة.", "العراقية", False),
    ("قتل ستة مدنيين سوريين في قصف على بلدة عرسال.", "سوريين", False),
    ("قتل سبعة أشخاص في مدينة مأرب اليمنية في قصف صاروخي.", "اليمنية", False),
    ("استهدف قصف إسرائيلي للأراضي السورية موقعا قرب دمشق.", "السورية", False),
])
def test_which_nationality_adjectives_are_a_doers(text, word, doer):
    got = _doer_flags(text)
    assert got.get(word) is doer, got
