"""Places known only from the big bundled gazetteer (Who's On First villages): they need
evidence in the text, never decide the document's country, and yield to the document's focus."""
from __future__ import annotations

import pytest

from hadath.gazetteer.candidates import is_minor
from hadath.gazetteer.resolve import KeyHits
from hadath.gazetteer.store import Gazetteer, Hit, PlaceRecord, Writer
from hadath.gazetteer.testing import RECORDS
from hadath.mentions.places import PlaceStage
from hadath.text.stage import TextStage
from hadath.types import Article, Doc, Place

SY = "Syria"
MINOR = [
    # a village near Raqqa and one in Yemen, both called المشيرفة
    PlaceRecord("wof:1", "Al Mushayrifah", "populated_place", "SY", 35.99, 39.10, (), "المشيرفة", SY,
                admin1="Ar-Raqqa", admin2="Ar-Raqqa", source="wof"),
    PlaceRecord("wof:2", "Al Mushayrifah", "populated_place", "YE", 15.2, 43.4, (), "المشيرفة", "Yemen",
                admin1="Al Hudaydah", admin2="Bajil", source="wof"),
    # a Yemeni hamlet named like an ordinary noun phrase
    PlaceRecord("wof:3", "Bayt al Khubz", "populated_place", "YE", 15.1, 43.5, (), "بيت الخبز", "Yemen",
                admin1="Al Hudaydah", source="wof"),
    PlaceRecord("wof:4", "Jazirat al Batt", "populated_place", "YE", 15.3, 43.3, (), "الدريهمي", "Yemen",
                admin1="Al Hudaydah", source="wof"),
]


@pytest.fixture(scope="module")
def stage(tmp_path_factory) -> PlaceStage:
    p = tmp_path_factory.mktemp("minor") / "g.sqlite"
    with Writer(p) as w:
        w.add_country("SY", "Syria", "سوريا", 760, "Middle East", 35.0, 38.5)
        w.add_country("YE", "Yemen", "اليمن", 887, "Middle East", 15.6, 47.6)
        w.add(RECORDS + MINOR + [PlaceRecord("country:YE", "Yemen", "country", "YE", 15.6, 47.6, (),
                                             "اليمن", "Yemen", population=28_000_000,
                                             source="hadath-countries")])
    return PlaceStage(gazetteer=Gazetteer([p]))


def places(stage: PlaceStage, text: str) -> dict[str, str | None]:
    doc = TextStage()(Doc(Article("t", text)))
    return {m.value.name: (m.value.place.id if m.value.place else None)
            for m in stage(doc).mentions_of("place")}


@pytest.mark.parametrize("text,name,expected", [
    # a cue, or a preposition in a document on the village's country: the village
    ("قصفت الطائرات قرية المشيرفة شرق الرقة", "المشيرفه", "wof:1"),
    ("سقطت قذائف في المشيرفة بريف الرقة", "المشيرفه", "wof:1"),
    # the same name in a report on Yemen: the Yemeni village
    ("سقطت قذائف في المشيرفة بمحافظة الحديدة غرب اليمن", "المشيرفه", "wof:2"),
    # bare, no preposition, nothing else: not a place
    ("وقال إن المشيرفة كانت هادئة", "المشيرفه", "-"),
    # a village abroad, far from the document's country, without cue: not a place
    ("شوهد بيت الخبز قرب الرقة في سوريا", "بيت الخبز", "-"),
])
def test_minor_places_need_evidence(stage, text, name, expected):
    got = places(stage, text)
    if expected == "-":
        assert name not in got, got
    else:
        assert got.get(name) == expected, got


def test_minor_places_do_not_vote_for_the_country():
    p = Place("wof:2", "X", "populated_place", "Yemen", "YE", 15.2, 43.4, source="wof")
    assert is_minor(p)
    assert KeyHits([(Hit(p, "x", False, "ar"), 1.0)]).vote is None
    district = Place("ocha:YE:YE1417", "Sabah", "admin2", "Yemen", "YE", 14.2, 45.3, source="ocha-cod")
    assert not is_minor(district)   # a district does not need the document's focus ...
    assert KeyHits([(Hit(district, "x", False, "ar"), 1.0)]).vote is None   # ... nor makes it
    town = Place("gn:1", "Hays", "populated_place", "Yemen", "YE", 13.9, 43.5, source="geonames+wof")
    assert KeyHits([(Hit(town, "x", False, "ar"), 1.0)]).vote == ("YE", None, 1)
