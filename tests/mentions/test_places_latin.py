"""Towns the text calls towns that only Who's On First's Latin names know (issue #10:
hadath.mentions.places_latin with the bundled hadath.gazetteer.latin_places)."""
from __future__ import annotations

import pytest

from hadath.mentions.places import PlaceStage
from hadath.mentions.places_latin import main_countries, pick
from hadath.text.stage import TextStage
from hadath.types import Article, Doc, Place, PlaceRef

RUFAA_GEZIRA = "latin:SD:14.7597,33.3675"      # Rufa`a, Eastern El Gezira
TAMBUL = "latin:SD:14.9344,33.4305"


@pytest.fixture(scope="module")
def stage():
    return PlaceStage()   # the bundled index and Latin-only places


def _refs(stage, text):
    doc = TextStage()(Doc(Article("t", text)))
    return {m.value.name: m.value for m in stage(doc).mentions_of("place")}


def _ids(stage, text):
    return {k: (r.place.id if r.place else None) for k, r in _refs(stage, text).items()}


@pytest.mark.parametrize("text,name,expected", [
    # the report: two towns of Gezira after مدينة, the state and the country named
    ("مقتل 10 أشخاص في مدينة تمبول ومقتل 4 أشخاص في مدينة رفاعة في ولاية الجزيرة بالسودان",
     "تمبول", TAMBUL),
    ("مقتل 10 أشخاص في مدينة تمبول ومقتل 4 أشخاص في مدينة رفاعة في ولاية الجزيرة بالسودان",
     "رفاعه", RUFAA_GEZIRA),
    # the state named after the town: of Sudan's two villages called so, the Gezira one
    ("قتل 4 أشخاص في مدينة رفاعة بولاية الجزيرة في السودان", "رفاعه", RUFAA_GEZIRA),
    # no country, no container: no evidence
    ("قتل 4 أشخاص في مدينة رفاعة", "رفاعه", None),
    # a container no candidate lies in (no Rufa`a in Kassala)
    ("قتل 4 أشخاص في مدينة رفاعة في ولاية كسلا بالسودان", "رفاعه", None),
    # a report on Egypt: Sudan's village is no candidate
    ("قتل 4 أشخاص في مدينة رفاعة بمحافظة أسيوط في مصر", "رفاعه", None),
])
def test_a_town_known_only_in_latin(stage, text, name, expected):
    got = _ids(stage, text)
    if expected is None:   # no Latin-only village (the Arabic index may still know a namesake)
        assert not (got.get(name) or "").startswith("latin:"), got
    else:
        assert got.get(name, "missing") == expected, got


def test_the_latin_town_carries_its_hierarchy(stage):
    r = _refs(stage, "قتل 4 أشخاص في مدينة رفاعة بولاية الجزيرة في السودان")["رفاعه"]
    p = r.place
    assert (p.name, p.country, p.country_code, p.admin1, p.admin2, p.feature_class) == (
        "Rufa`a", "Sudan", "SD", "Al Jazirah", "Eastern El Gezira", "populated_place")
    assert p.source == "wof-latin"


def test_an_arabic_name_is_never_overridden(stage):
    # مدينة حمص is Homs, not any Latin-only namesake
    got = _refs(stage, "قصفت الطائرات مدينة حمص في سوريا")
    assert got["حمص"].place is not None and got["حمص"].place.source != "wof-latin"


def test_no_cue_no_lookup(stage):
    # the bare name (no مدينة/بلدة/قرية) is no evidence
    got = _ids(stage, "قتل 4 أشخاص في تمبول بالسودان")
    assert not (got.get("تمبول") or "").startswith("latin:"), got


def _unit(fc, name, cc="SD", lat=14.4, lon=33.5, admin1=None, admin2=None):
    return Place(f"t:{name}", name, fc, "Sudan", cc, lat, lon, admin1=admin1 or name, admin2=admin2)


@pytest.mark.parametrize("key,container,countries,others,expected", [
    ("رفاعه", _unit("admin1", "Al Jazirah"), (), (), RUFAA_GEZIRA),
    # the El Manageel district holds the other Rufa`a
    ("رفاعه", _unit("admin2", "El Manageel", admin1="Al Jazirah"), (), (),
     "latin:SD:14.2384,32.9719"),
    # with only the country: two namesakes, none near another place of the report
    ("رفاعه", None, ("SD",), (), None),
    # ... one of them near the report's other town
    ("رفاعه", None, ("SD",), (_unit("populated_place", "Tambul", lat=14.9344, lon=33.4305),),
     RUFAA_GEZIRA),
    ("تمبول", None, ("SD",), (), TAMBUL),
    ("تمبول", None, ("EG",), (), None),
    ("رف", None, ("SD",), (), None),              # too few consonants to be evidence
])
def test_pick(key, container, countries, others, expected):
    got = pick(key, container, countries, others)
    assert (got.id if got else None) == expected


def test_a_plural_class_noun_names_no_village(stage):
    # قرى X: "the villages of X", no village called X
    got = _ids(stage, "قصفت الطائرات قرى تمبول في ولاية الجزيرة بالسودان")
    assert not (got.get("تمبول") or "").startswith("latin:"), got


def _ref(cc, cue=None, source="wof"):
    return PlaceRef("x", Place(f"t:{cc}", cc, "populated_place", cc, cc, 0.0, 0.0, source=source),
                    cue=cue)


@pytest.mark.parametrize("refs,focus,expected", [
    # most of the places are in Burkina Faso: a word once read as Egypt's is no evidence
    ([_ref("BF"), _ref("BF"), _ref("EG")], {"BF": 1.0, "EG": 0.7}, ["BF"]),
    ([_ref("SD"), _ref("EG")], {"SD": 1.0, "EG": 1.0}, ["EG", "SD"]),             # a tie
    ([_ref("SD"), _ref("IL", "nisba"), _ref("IL", "nisba")], {"SD": 1, "IL": 1}, ["SD"]),  # adjectives
    ([_ref("SD"), _ref("SD", source="wof-latin"), _ref("EG")], {"SD": 1, "EG": 1}, ["EG", "SD"]),
    ([_ref("FR")], {"EG": 1.0}, []),                                              # not in focus
])
def test_main_countries(refs, focus, expected):
    assert main_countries(refs, focus) == expected


@pytest.mark.parametrize("text,name", [
    # an adjective after the class noun: "a big town" (Sudan's village "Gibr" shares its key)
    ("قصفت الطائرات مدينة كبيرة في ولاية الجزيرة بالسودان", "كبيره"),
    ("وصل النازحون إلى مدينة مجاورة في ولاية الجزيرة بالسودان", "مجاوره"),
])
def test_a_frequent_word_is_no_latin_village(stage, text, name):
    got = _ids(stage, text)
    assert not (got.get(name) or "").startswith("latin:"), got
