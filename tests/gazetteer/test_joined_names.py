"""A name of two words written as one (امدرمان for ام درمان) is the same name: a full match,
not a spelling variant that needs the document's country focus (candidates.candidates)."""
from __future__ import annotations

import pytest

from hadath.gazetteer.candidates import candidates
from hadath.gazetteer.store import PlaceRecord
from hadath.gazetteer.testing import small_gazetteer

SD = "Sudan"
ROWS = [
    PlaceRecord("t:omd", "Omdurman", "populated_place", "SD", 15.64, 32.48, (), "ام درمان", SD,
                population=1_849_659, source="geonames"),
    PlaceRecord("t:other", "Ad Darman", "populated_place", "SD", 14.0, 33.0, (), "الدرمان", SD,
                population=0, source="wof"),
]


@pytest.fixture(scope="module")
def gz(tmp_path_factory):
    path = tmp_path_factory.mktemp("joined") / "base.sqlite"
    return small_gazetteer(path, ROWS, [("SD", SD, "السودان", 729, "Northern Africa", 15.0, 30.0)])


def test_joined_spelling_is_a_full_match(gz):
    got = {h.place.id: m for h, m in candidates(gz, "امدرمان", fuzzy=True)}
    assert got.get("t:omd") == 1.0


@pytest.mark.parametrize("key", ["الدرمان", "درمان"])
def test_other_names_stay_what_they_were(gz, key):
    got = {h.place.id: m for h, m in candidates(gz, key, fuzzy=True)}
    assert got.get("t:omd", 0.0) < 1.0
