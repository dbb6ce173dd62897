"""place54 (issue #9, place53's item 1): a governorate's namesake seat named as where scattered
areas lie stands for the governorate, precision 3 (reconcile.area_spread, after the folds: only
the precision changes). data/lexicons/place_spread.tsv holds the words."""
from __future__ import annotations

from datetime import date

import pytest

from hadath.types import Article

D = date(2021, 11, 7)

# (text, the record's location, its precision)
CASES = [
    # an area noun with a spread adjective, a preposition, maybe a region's class noun: p3
    ("قصفت القوات السعودية مناطق حدودية في صعدة، ما أدى إلى مقتل مدني.", "Sa'dah", 3),
    ("سقطت قذائف على مناطق جبلية في صعدة، ما أدى إلى مقتل مدني.", "Sa'dah", 3),
    ("قصفت قوات النظام مناطق متفرقة من إدلب، ما أسفر عن مقتل مدنيين.", "Idlib", 3),
    ("قتل جنديان في عمليات تمشيط متفرقة بكل من عين الدفلى والمدية.", "Ain Defla", 3),
    ("قتل جنديان في عمليات تمشيط متفرقة بكل من عين الدفلى والمدية.", "Medea", 3),
    # a quantifier before the area noun, "throughout"
    ("قتل مدنيان في قصف طال مختلف مناطق صعدة.", "Sa'dah", 3),
    ("قتل مدنيان في قصف طال عدة مناطق في صعدة.", "Sa'dah", 3),
    ("قتل ثلاثة مدنيين في غارات على عموم صعدة.", "Sa'dah", 3),
    # kept at the town: a town's cue word, a metropolis, a name the phrase does not govern,
    # a bare town, an area noun with nothing that spreads it
    ("قصفت القوات مناطق متفرقة من مدينة صعدة، ما أدى إلى مقتل مدني.", "Sa'dah", 1),
    ("قتل مدنيان في قصف طال مناطق متفرقة من بغداد.", "Baghdad", 1),
    ("قتل مدنيان في هجمات في مناطق متفرقة كان أعنفها في صعدة.", "Sa'dah", 1),
    ("قتل مدني في قصف على صعدة.", "Sa'dah", 1),
    ("قتل مدني في قصف على مناطق في صعدة.", "Sa'dah", 1),
    ("قتل مدنيان في اشتباكات متفرقة في صعدة.", "Sa'dah", 1),
]


@pytest.mark.parametrize("text,location,precision", CASES)
def test_areas_spread_over_a_governorate_are_the_governorate(candidates, text, location, precision):
    doc = candidates(Article("t", text, published=D))
    got = {(e.location, e.geo_precision) for e in doc.events}
    assert (location, precision) in got, got


def test_only_the_precision_changes():
    from hadath.reconcile.area_spread import seat_of_unit
    from hadath.types import Event, Place, PlaceRef
    town = Place("gn:1", "Sa'dah", "populated_place", "Yemen", "YE", 16.94, 43.76, "صعدة", admin1="Sadah",
                 population=51870)
    unit = Place("admin1:YE.15", "Sadah", "admin1", "Yemen", "YE", 16.9, 43.7, "صعدة", admin1="Sadah")
    other = Place("admin1:YE.1", "Abyan", "admin1", "Yemen", "YE", 13.6, 45.9, "أبين", admin1="Abyan")
    ev = lambda ref, p=1: Event("t", "Battles", "Armed clash", place=ref, geo_precision=p)   # noqa: E731
    assert seat_of_unit(ev(PlaceRef("صعده", town, candidates=((town, 4.0), (unit, 2.0)))))
    assert not seat_of_unit(ev(PlaceRef("صعده", town, candidates=((town, 4.0), (other, 2.0)))))
    assert not seat_of_unit(ev(PlaceRef("صعده", town, candidates=((town, 4.0), (unit, 2.0))), 2))
    assert not seat_of_unit(ev(PlaceRef("صعده", town, cue="مدينه", candidates=((town, 4.0), (unit, 2.0)))))
