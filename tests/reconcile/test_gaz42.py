"""The finer place of an act told twice (hadath.reconcile.finer_place, round gaz42, issue #9): when a
record at a known town or region absorbs another telling of the same act that names a village the
gazetteer lacks (بلدة كالانا beside سيكاسو), the merged record keeps the village's name, at the
known place's point; a quarter, a road, a known village or a village with a toll of its own
does not rename the town's record."""
from __future__ import annotations

from datetime import date

import pytest

from hadath.reconcile.finer_place import keep_finer_place
from hadath.reconcile.rules import fold_coarser
from hadath.types import Article, Event, Place, PlaceRef, Span

D = date(2025, 12, 26)

# A telling of the act at a known town or region, then the same act at a village the gazetteer
# lacks (invented names): the record is the village's, near the known place.
TOLD_TWICE = [
    ("قتل أربعة جنود في هجوم على ثكنة للجيش النيجري في تاهوا. وذكر مصدر عسكري أن مسلحين هاجموا "
     "قرية تيلوماري.", "تيلوماري", "Tahoua", 1),
    ("هاجم مسلحون موقعا للجيش المالي في سيكاسو يوم الجمعة. وأوضح مصدر أمني أن الهجوم استهدف قرية "
     "دوغوفري.", "دوغوفري", "Sikasso", 1),
    ("قتل ثلاثة جنود في هجوم على الجيش المالي في موبتي. وأفاد شهود بأن المسلحين هاجموا قرية "
     "تينكاري.", "تينكاري", "Mopti", 1),
    ("قتل مدنيان في هجوم مسلح على سوق في مدينة غاو. وأوضح شاهد أن المسلحين أطلقوا النار في قرية "
     "إنتاكاري.", "إنتاكاري", "Gao", 1),
    ("اندلعت اشتباكات بين الجيش المالي ومسلحين في منطقة موبتي أمس. وقال سكان إن المعارك دارت في "
     "بلدة سوكورا.", "سوكورا", "Mopti", 2),
]


@pytest.mark.parametrize("text, village, town, precision", TOLD_TWICE)
def test_the_merged_record_keeps_the_village(candidates, text, village, town, precision):
    evs = candidates(Article("t", text, published=date(2025, 12, 27))).events
    (ev,) = [e for e in evs if "country_only" not in e.flags]
    assert ev.location_ar == village and ev.location == f"{village} (near {town})", ev.location
    assert ev.geo_precision == precision and "place_approximate" in ev.flags


def test_a_quarter_of_the_city_does_not_rename_it(candidates):
    text = "هاجم مسلحون مركزا للشرطة في مدينة غاو. وقال سكان إن الهجوم وقع في حي زنكاريا."
    locs = {e.location for e in candidates(Article("t", text, published=date(2025, 12, 27))).events}
    assert "Gao" in locs and not any("(near" in (loc or "") for loc in locs), locs


def _ev(loc, *, known=True, gp=1, cue=None, dead=0, flags=(), lat=11.3, lon=-5.7, ar=None, start=0):
    place = Place(id=loc, name=loc, feature_class="populated_place", country="Mali", country_code="ML",
                  latitude=lat, longitude=lon, admin1="Sikasso") if known else None
    return Event(article_id="a", event_type="Battles", sub_event_type="Armed clash", event_date=D,
                 location=loc if known else "Mali", location_ar=ar or loc, admin1="Sikasso" if known else None,
                 latitude=lat if known else 17.6, longitude=lon if known else -4.0,
                 geo_precision=gp if known else 3, actor1="JNIM: Jama'at Nusrat al-Islam wal-Muslimin", inter1=2,
                 actor2="Military Forces of Mali", inter2=1, fatalities=dead, country="Mali",
                 flags=tuple(flags) + (() if known else ("place_unresolved",)),
                 place=PlaceRef(name=ar or loc, place=place, cue=cue),
                 evidence={"trigger": (Span(start, start + 4),), "location": (Span(start + 5, start + 9),)})


TOWN = dict(loc="Sikasso", ar="سيكاسو")


@pytest.mark.parametrize("gone, kept, renamed", [
    (_ev("x", known=False, cue="بلده", ar="كالانا"), _ev(**TOWN), True),             # بلدة X
    (_ev("x", known=False, cue="قريه", ar="دوغوفري"), _ev(**TOWN, dead=3), True),    # قرية X, no toll of its own
    (_ev("x", known=False, cue="قريه", ar="دوغوفري", dead=3), _ev(**TOWN, dead=3), True),  # the same toll
    (_ev("x", known=False, cue="مستوطنه", ar="نوفيم"), _ev(**TOWN), True),            # a settlement
    (_ev("x", known=False, cue="حي", ar="زنكاريا"), _ev(**TOWN), False),              # a quarter: the city's
    (_ev("x", known=False, cue="طريق", ar="يربط"), _ev(**TOWN), False),               # a road
    (_ev("x", known=False, cue="شمال", ar="بقيادة"), _ev(**TOWN), False),             # a direction
    (_ev("x", known=False, cue="قريه", ar="البويضاء", dead=2), _ev(**TOWN, dead=10), False),  # two tolls
    (_ev("x", known=False, cue="قريه", ar="العك"), _ev("Kalana", cue="قريه"), False),  # a known village
    (_ev("x", known=False, cue="قريه", ar="العك"), _ev(**TOWN, flags=("place_approximate",)), False),
    (_ev("Kalana", cue="بلده"), _ev(**TOWN), False),                                 # a known place
])
def test_keep_finer_place(gone, kept, renamed):
    out = keep_finer_place(kept, gone)
    if renamed:
        assert out.location_ar == gone.location_ar and out.location == f"{gone.location_ar} (near Sikasso)"
        assert (out.latitude, out.longitude, out.admin1) == (kept.latitude, kept.longitude, kept.admin1)
        assert out.evidence["location"][0] == kept.evidence["location"][0]   # the act's telling first
    else:
        assert out is kept


def test_a_village_placed_at_another_point_is_not_the_towns():
    from dataclasses import replace

    gone = _ev("x", known=False, cue="قريه", ar="العك")
    near_elsewhere = replace(gone, latitude=14.5, longitude=-4.2, admin1="Mopti", location="العك (near Mopti)",
                             geo_precision=2, flags=gone.flags + ("place_approximate",))
    assert keep_finer_place(_ev(**TOWN), near_elsewhere).location == "Sikasso"
    near_here = replace(near_elsewhere, latitude=11.3, longitude=-5.7, admin1="Sikasso")
    assert keep_finer_place(_ev(**TOWN), near_here).location_ar == "العك"


def test_fold_coarser_keeps_the_village():
    out = fold_coarser([_ev(**TOWN, dead=10, start=0), _ev("x", known=False, cue="بلده", ar="كالانا", start=50)])
    (ev,) = out
    assert ev.location_ar == "كالانا" and ev.fatalities == 10 and ev.geo_precision == 1
