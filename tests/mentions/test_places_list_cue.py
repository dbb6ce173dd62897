"""A plural or dual class noun names the class of every name of its list (مديريات ساقين وحيدان
والظاهر: three districts), and a big town is found by the noun of its name alone (مدينة المحلة =
El-Mahalla El-Kubra) when the document's other places are near it (issue #10, ninth round)."""
from __future__ import annotations

import pytest

from hadath.gazetteer.lexicon import place_lexicon
from hadath.mentions.places import PlaceStage
from hadath.text.normalize import normalize_key
from hadath.text.stage import TextStage
from hadath.types import Article, Doc


@pytest.fixture(scope="module")
def stage():
    return PlaceStage()   # the bundled index


def _places(stage, text):
    doc = TextStage()(Doc(Article("t", text)))
    return {doc.text[f.span.start:f.span.end]: r.place for f, r in stage.resolve(doc)}


SAADA = ("شن طيران التحالف غارات على محافظة صعدة، واستهدف بعدة غارات مناطق متفرقة في "
         "مديريات ساقين وحيدان والظاهر.")


def test_a_plural_district_noun_names_every_district_of_its_list(stage):
    got = _places(stage, SAADA)
    # الظاهر: Sa'dah's district, not the sub-district of Al Mahwit that its prior prefers
    # (the cue reaches the last name of the list)
    for name in ("ساقين", "حيدان", "الظاهر"):
        assert got[name].feature_class == "admin2" and got[name].admin1 == "Sadah", got


def test_the_list_cue_is_data():
    lex = place_lexicon()
    assert normalize_key("مديريات") in lex.listing and normalize_key("بلدتي") in lex.listing
    assert normalize_key("مدينة") not in lex.listing   # a singular noun names one place


def test_without_the_plural_noun_the_names_stay_bare(stage):
    got = _places(stage, SAADA.replace("مديريات ", ""))
    assert [got[n].feature_class for n in ("ساقين", "حيدان", "الظاهر")] == [
        "populated_place"] * 3, got


EGYPT = ("خرجت تظاهرات في ميادين رئيسية بمحافظة الغربية، وتحديدًا في مدينة المحلة وكفر الزيات.")


def test_a_big_town_named_by_its_noun_alone(stage):
    got = _places(stage, EGYPT)
    assert got["المحلة"].name == "Al Mahallah al Kubra", got   # not the hamlet of Kafr el-Sheikh


def test_the_long_name_needs_the_documents_places_near_it(stage):
    # alone, with no other place: the reading is a spelling variant far from everything
    got = _places(stage, "خرجت تظاهرات في مدينة المحلة أمس")
    assert got.get("المحلة") is None or got["المحلة"].name != "Al Mahallah al Kubra", got
