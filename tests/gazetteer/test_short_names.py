"""Big towns named by the noun of their name (short_names.longer_towns)."""
from __future__ import annotations

import pytest

from hadath.gazetteer.candidates import SHORT_MATCH, candidates
from hadath.gazetteer.short_names import SHORT_MIN_POP, longer_towns
from hadath.gazetteer.store import PlaceRecord
from hadath.gazetteer.testing import small_gazetteer

EG = "Egypt"
ROWS = [
    PlaceRecord("t:kubra", "Al Mahallah al Kubra", "populated_place", "EG", 30.97, 31.17, (),
                "المحلة الكبرى", EG, admin1="Gharbia", population=592573, source="geonames"),
    PlaceRecord("t:hamlet", "Al Mahallah", "populated_place", "EG", 31.4, 31.21, (), "المحلة", EG,
                admin1="Kafr el-Sheikh", population=0, source="wof"),
    # too small to be named by its noun alone; two words more; a district, not a town
    PlaceRecord("t:small", "Al Mahallah as Sughra", "populated_place", "EG", 30.5, 31.0, (),
                "المحلة الصغرى", EG, population=SHORT_MIN_POP - 1, source="geonames"),
    PlaceRecord("t:long", "Al Mahallah al Kubra al Jadidah", "populated_place", "EG", 30.9, 31.1,
                (), "المحلة الكبرى الجديدة", EG, population=300_000, source="geonames"),
    PlaceRecord("t:district", "El-Mahallah El-Kobra", "admin2", "EG", 31.07, 31.13, (),
                "المحلة الكبرى", EG, population=589540, source="wof"),
    # not an adjective of the name: another noun (إضافة)
    PlaceRecord("t:other", "Mahallat Marhum", "populated_place", "EG", 30.8, 31.0, (),
                "المحلة مرحوم", EG, population=200_000, source="geonames"),
]


@pytest.fixture(scope="module")
def gz(tmp_path_factory):
    path = tmp_path_factory.mktemp("short") / "base.sqlite"
    return small_gazetteer(path, ROWS, [("EG", EG, "مصر", 818, "Northern Africa", 27.0, 30.0)])


def test_the_big_town_one_definite_word_longer(gz):
    assert [h.place.id for h in longer_towns(gz, "المحله")] == ["t:kubra"]


@pytest.mark.parametrize("key", ["المحله الكبري", "محله", "ال"])
def test_only_a_one_word_definite_key(gz, key):
    assert longer_towns(gz, key) == []


def test_a_gazetteer_with_no_index_has_none():
    class Bare:
        pass
    assert longer_towns(Bare(), "المحله") == []   # type: ignore[arg-type]


def test_candidates_add_it_as_a_variant_of_a_named_place(gz):
    named = {h.place.id: m for h, m in candidates(gz, "المحله", fuzzy=True)}
    assert named["t:hamlet"] == 1.0 and named["t:kubra"] == SHORT_MATCH
    bare = {h.place.id for h, _m in candidates(gz, "المحله", fuzzy=False)}
    assert bare == {"t:hamlet"}   # a bare name: exact readings only
