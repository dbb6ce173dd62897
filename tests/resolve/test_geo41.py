"""geo41: a place of its own name that a governorate holds is a part of that region (p2), not
"only a region" (p3): CODING.md's precision 3 is for a governorate or region named alone."""
from __future__ import annotations

import pytest

from hadath.gazetteer.store import Gazetteer
from hadath.gazetteer.testing import make_gazetteer
from hadath.resolve.geocode import GeocodeStage
from hadath.types import Article, Doc, Event, PlaceRef

from .test_geocode import run


@pytest.fixture(scope="module")
def gz(tmp_path_factory):
    base, user = make_gazetteer(tmp_path_factory.mktemp("gz"))
    return Gazetteer([base, user])


@pytest.mark.parametrize("text,surface,admin1", [
    ("قتل مدنيان في قصف على مخيم زعيترات بمحافظة الرقة", "زعيترات", "Ar-Raqqa"),
    ("سقطت قذيفة على مخيم زعيترات في محافظة حلب", "زعيترات", "Aleppo"),
    ("قصفت القوات مخيمي زعيترات والكرامة بمحافظة دير الزور", "زعيترات", "Deir ez-Zor"),
    ("قصف مدفعي عنيف على مخيمي زعيترات وأبو شوك بمحافظة حلب", "زعيترات", "Aleppo"),
])
def test_a_named_place_held_by_a_governorate_is_part_of_it(gz, text, surface, admin1):
    ev = run(gz, text, surface)
    assert (ev.admin1, ev.geo_precision, ev.location_ar) == (admin1, 2, surface)


@pytest.mark.parametrize("text,surface,prec", [
    ("غارات على محافظة دير الزور", "محافظة دير الزور", 3),       # a governorate alone: p3
    ("قصف على حي الفردوس في الرقة", "الفردوس", 1),                # a quarter of a town: p1
    ("سقطت قذيفة على قرية زعيترات في ريف حلب", "زعيترات", 2),      # a village: p2
])
def test_other_holders_keep_their_precision(gz, text, surface, prec):
    assert run(gz, text, surface).geo_precision == prec


@pytest.mark.parametrize("holder,prec", [("admin1:SY.04", 2), ("SY", 3)])
def test_held_by_a_region_or_by_a_country(gz, holder, prec):
    stage = GeocodeStage(gazetteer=gz)
    container = gz.country_place(holder) if len(holder) == 2 else gz.place(holder)
    assert container is not None
    ev = Event("t", "Battles", "Armed clash", place=PlaceRef("زعيترات", None, container=container))
    out = stage(Doc(Article("t", "x"), events=(ev,))).events[0]
    assert out.geo_precision == prec
