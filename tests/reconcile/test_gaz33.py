"""A place the gazetteer lacks, and a landmark, beside governorate records (docs/notes/gaz33.md).

"اشتباكات ... بمحافظتي مأرب والضالع" (two governorate records), "جنوبي مأرب" (near the town), then
"اشتباكات شهدتها مواقع في جبل البلق" (a name the gazetteer lacks, coded at the country): the
unknown place's act is the fine telling's, not the first governorate's; and a governorate
record lying on the compass side of a landmark is no finer place for the landmark to fold into."""
from __future__ import annotations

from datetime import date

import pytest

from hadath.reconcile.reference import fold_landmark
from hadath.reconcile.rules import fold_coarser
from hadath.types import Event, Place, PlaceRef, Span

D = date(2022, 1, 20)
CLASH = dict(sub="Armed clash", typ="Battles")


def ev(loc, a1_=None, gp=1, lat=15.0, lon=45.0, start=0, dead=0, flags=(), cue=None, sub="Armed clash",
       typ="Battles", a1="Military Forces of Yemen", a2="Houthi Movement"):
    place = PlaceRef(name=loc, place=Place(id=loc, name=loc, feature_class="admin1" if gp == 3 else "populated_place",
                                           country="Yemen", country_code="YE", latitude=lat, longitude=lon,
                                           admin1=a1_), cue=cue) if loc != "Yemen" else PlaceRef(name="x", place=None, cue=cue)
    return Event(article_id="a", event_type=typ, sub_event_type=sub, event_date=D, location=loc, admin1=a1_,
                 latitude=lat, longitude=lon, geo_precision=gp, actor1=a1, inter1=1, actor2=a2, inter2=2,
                 flags=tuple(flags), fatalities=dead, country="Yemen", place=place,
                 evidence={"trigger": (Span(start, start + 5),), "location": (Span(start + 6, start + 10),)})


MARIB_GOV = dict(loc="Marib", a1_="Marib", gp=3, lat=15.5, lon=45.5)
DALI_GOV = dict(loc="Ad Dali", a1_="Ad Dali", gp=3, lat=13.8, lon=44.7)
MARIB_TOWN = dict(loc="Ma'rib", a1_="Marib", gp=2, lat=15.46, lon=45.32)
UNKNOWN = dict(loc="Yemen", gp=3, lat=15.5, lon=47.5)


@pytest.mark.parametrize("events, want", [
    # two governorates, the town near which the act was, then the unknown mountain: the town's record
    ([ev(**MARIB_GOV, start=10), ev(**DALI_GOV, start=20), ev(**MARIB_TOWN, start=30),
      ev(**UNKNOWN, start=40, dead=9, flags=("place_unresolved",))], {"Ad Dali": 0, "Ma'rib": 9}),
    # the other governorate first
    ([ev(**DALI_GOV, start=10), ev(**MARIB_TOWN, start=30),
      ev(**UNKNOWN, start=40, dead=4, flags=("place_unresolved",))], {"Ad Dali": 0, "Ma'rib": 4}),
    # a town record told before the governorate one
    ([ev(**MARIB_TOWN, start=5), ev(**DALI_GOV, start=20),
      ev(**UNKNOWN, start=40, dead=3, flags=("place_unresolved",))], {"Ma'rib": 3, "Ad Dali": 0}),
])
def test_unknown_place_folds_into_the_fine_record(events, want):
    got = {e.location: e.fatalities for e in fold_coarser(events)}
    assert {k: got.get(k) for k in want} == want and "Yemen" not in got


def test_a_known_country_record_still_folds_into_the_first():
    # (no unknown name: a headline at the country restates the first record of its kind, as before)
    out = fold_coarser([ev(**DALI_GOV, start=10), ev(**MARIB_TOWN, start=30), ev(**UNKNOWN, start=40, dead=5)])
    assert {e.location: e.fatalities for e in out}["Ad Dali"] == 5


@pytest.mark.parametrize("fine, folded", [
    (dict(loc="Ad Dali", a1_="Ad Dali", gp=3, lat=13.8, lon=44.7), False),   # a governorate south of it
    (dict(loc="Lahij", a1_="Lahij", gp=3, lat=13.2, lon=44.9), False),
    (dict(loc="Al Juba", a1_="Marib", gp=1, lat=15.2, lon=45.3), True),      # a town south of it: the act's place
    (dict(loc="Al Juba", a1_="Marib", gp=2, lat=15.2, lon=45.3), True),
])
def test_landmark_folds_into_a_finer_place_only(fine, folded):
    landmark = ev(**MARIB_TOWN, start=30, dead=9, cue="جنوبي")
    out = fold_landmark([landmark, ev(**fine, start=60)])
    assert (len(out) == 1) == folded
