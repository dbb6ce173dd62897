"""accept62's place doubt: a record placed at a country/governorate while the report names a
finer place of the same country (hadath.accept.doubts)."""
from __future__ import annotations

from datetime import date

import pytest

from hadath.accept.doubts import COARSE, NAMES, place_rank
from hadath.accept.features import event_features, feature_names
from hadath.types import Article

PUB = date(2024, 3, 14)

# (text, expected place_coarse_finer_doc of the report's one record)
CASES = [
    # placed at the governorate, a town of it named in the same sentence
    ("قصفت طائرات حربية روسية محافظة إدلب يوم الثلاثاء، ما أسفر عن مقتل خمسة مدنيين في مدينة سراقب.", 1.0),
    # placed at the governorate, the town named in another sentence
    ("قصفت طائرات حربية روسية محافظة إدلب يوم الثلاثاء. وكانت مدينة سراقب قد شهدت تظاهرة الأسبوع الماضي.", 1.0),
    # the governorate alone: nothing finer is named
    ("قصفت طائرات حربية روسية محافظة إدلب يوم الثلاثاء، ما أسفر عن مقتل خمسة مدنيين.", 0.0),
    # placed at the town: not coarse
    ("قصفت طائرات حربية روسية مدينة سراقب يوم الثلاثاء، ما أسفر عن مقتل خمسة مدنيين في محافظة إدلب.", 0.0),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_place_coarse_finer_doc(candidates, text, expected):
    doc = candidates(Article("d", text, published=PUB))
    (row,) = event_features(doc)
    assert row["place_coarse_finer_doc"] == expected


@pytest.mark.parametrize("feature_class,rank", [
    ("country", 0), ("admin1", 1), ("admin2", 2), ("admin3", 3), ("populated_place", 4),
    ("neighbourhood", 5), ("camp", 5), (None, 5)])
def test_place_rank(feature_class, rank):
    assert place_rank(feature_class) == rank
    assert (rank <= COARSE) == (feature_class in ("country", "admin1", "admin2"))


def test_the_names_are_features():
    assert set(NAMES) <= set(feature_names())
