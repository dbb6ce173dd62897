"""The places stage reads its word classes from the normalized place lexicon (issue #11): a
locative preposition written إلى/حتى/على in the data meets the token's normalized form."""
from __future__ import annotations

import pytest

from hadath.gazetteer.store import Gazetteer, PlaceRecord, Writer
from hadath.gazetteer.testing import RECORDS
from hadath.mentions.places import PlaceStage
from hadath.text.stage import TextStage
from hadath.types import Article, Doc

MOREK = PlaceRecord("gn:166953", "Murak", "populated_place", "SY", 35.3809, 36.6831, ("Morek",),
                    "مورك", "Syria", admin1="Hama", population=12_000, source="geonames")


@pytest.fixture(scope="module")
def stage(tmp_path_factory) -> PlaceStage:
    p = tmp_path_factory.mktemp("lex") / "g.sqlite"
    with Writer(p) as w:
        w.add_country("SY", "Syria", "سوريا", 760, "Middle East", 35.0, 38.5)
        w.add(RECORDS + [MOREK])
    return PlaceStage(gazetteer=Gazetteer([p]))


def found(stage: PlaceStage, text: str) -> list[str | None]:
    doc = TextStage()(Doc(Article("t", text)))
    return [m.value.place.id if m.value.place else None for m in stage(doc).mentions_of("place")]


@pytest.mark.parametrize("prep", ["نحو", "إلى", "الى", "حتى", "باتجاه"])
def test_a_small_town_after_any_locative_preposition(stage, prep):
    # the bug: PREPS held إلى/حتى, the tokens are normalized to الي/حتي: only نحو worked
    assert found(stage, f"توجهت تعزيزات عسكرية {prep} مورك") == ["gn:166953"]


def test_a_bare_small_town_without_preposition_is_not_taken(stage):
    assert found(stage, "وقال مورك إن الوضع هادئ") == []


def test_an_unknown_name_after_a_cue_stops_at_a_preposition(stage):
    # على is a stop word (and a function word): "بلدة على" names no place
    assert found(stage, "هجوم للقوات الحكومية على بلدة على الطريق") == []
