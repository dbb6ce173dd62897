"""Second records (round dup59, issue #9 precision): a city that is a division of its own.

A governorate that is one city (محافظة عدن، أمانة العاصمة: gazetteer data city_units.tsv) has the
city's own districts for its second-level units. An act told at the city and then district by
district (احتجاجات في شوارع مدينة عدن ... في مديريات المنصورة والشيخ عثمان) is the districts'
acts told together: the city's record folds into them (reconcile.city ``_district_of``), each
district keeping its own toll and taking the city's telling (its doer, its kind). A governorate
with a countryside (صعدة) keeps its city and districts apart, and a district's act of another kind
than the city's is an act of its own."""
from __future__ import annotations

from datetime import date

import pytest

from hadath.types import Article

PUB = date(2024, 3, 10)


def _records(full_pipeline, text):
    return sorted((e.location, e.sub_event_type, e.fatalities or 0)
                  for e in full_pipeline(Article("t", text, published=PUB)).events)


@pytest.mark.parametrize("text, records", [
    # a protest in the city's streets, then the districts where the crowd blocked roads
    ("خرجت مظاهرات غاضبة في مدينة عدن احتجاجا على انقطاع الكهرباء. وقطع المتظاهرون الطرقات في "
     "مديريات المنصورة والشيخ عثمان وكريتر.",
     [("Al Mansurah", "Peaceful protest", 0), ("Ash Shaykh Uthman", "Peaceful protest", 0),
      ("Crater", "Peaceful protest", 0)]),
    ("شهدت مدينة عدن احتجاجات واسعة مساء الأحد. وأغلق محتجون الشوارع بالإطارات المشتعلة في مديريتي "
     "خور مكسر والمعلا.",
     [("Al Maalla'", "Peaceful protest", 0), ("Khawr Maksar", "Peaceful protest", 0)]),
    # strikes on the capital, then its districts told by attack words alone (the city's kind and doer)
    ("قصفت طائرات التحالف مواقع في العاصمة صنعاء. واستهدفت الغارات مديرية بني الحارث ومديرية الثورة.",
     [("Ath Thawrah", "Air/drone strike", 0), ("Bani Al Harith", "Air/drone strike", 0)]),
    # each district keeps its own toll
    ("قصفت طائرات مسيرة مواقع في مدينة عدن. وقتل شخصان في غارة على مديرية البريقة، فيما قتل ثلاثة في "
     "غارة على مديرية التواهي.",
     [("Al Burayqah", "Air/drone strike", 2), ("At Tawahi", "Air/drone strike", 3)]),
])
def test_city_told_again_by_its_districts(full_pipeline, text, records):
    assert _records(full_pipeline, text) == records


@pytest.mark.parametrize("text, records", [
    # a governorate with a countryside: its city and its rural districts are places of their own
    ("اندلعت احتجاجات في مدينة صعدة. وخرج محتجون في مديريتي سحار ورازح.",
     [("Razih", "Peaceful protest", 0), ("Sa'dah", "Peaceful protest", 0), ("Sahar", "Peaceful protest", 0)]),
    # a clash in the city, protests in its districts: two kinds, two acts
    ("اندلعت اشتباكات بين قوات الحزام الأمني ومسلحين قبليين في مدينة عدن. وتظاهر محتجون في مديريتي "
     "المنصورة والشيخ عثمان.",
     [("Aden", "Armed clash", 0), ("Al Mansurah", "Peaceful protest", 0), ("Ash Shaykh Uthman", "Peaceful protest", 0)]),
])
def test_city_and_districts_kept(full_pipeline, text, records):
    assert _records(full_pipeline, text) == records
