"""Event merging across reports: deterministic, order-independent, ACLED-style fatalities."""
from __future__ import annotations

import random
from datetime import date

import pytest

from hadath.dedupe.merge import MergeConfig, Report, assignments, merge_events
from hadath.dedupe.records import report_from_row, reports_from_rows
from hadath.types import Event, Place, PlaceRef, Span

IDLIB = Place("sy-idlib", "Idlib", "populated_place", "Syria", "SY", 35.9306, 36.6339, name_ar="ادلب")
SARAQIB = Place("sy-saraqib", "Saraqib", "populated_place", "Syria", "SY", 35.8622, 36.8006)
ALEPPO = Place("sy-aleppo", "Aleppo", "populated_place", "Syria", "SY", 36.2021, 37.1343)


def ev(article, *, etype="Explosions/Remote violence", sub="Air/drone strike", day=date(2024, 3, 5),
       place=IDLIB, actor1="Military Forces of Russia (2000-)", actor2="Civilians (Syria)",
       fat=None, low=None, high=None, estimate=False, geo=1):
    evidence = {"fatalities": (Span(0, 4),)} if fat is not None else {}
    return Event(article_id=article, event_type=etype, sub_event_type=sub, event_date=day,
                 actor1=actor1, actor2=actor2, country=place.country if place else None,
                 location=place.name if place else None,
                 latitude=place.latitude if place else None, longitude=place.longitude if place else None,
                 geo_precision=geo, place=PlaceRef(place.name, place) if place else None,
                 fatalities=fat or 0, fatalities_low=low, fatalities_high=high,
                 fatalities_estimate=estimate, evidence=evidence)


def rep(key, event, outlet=None, url=None):
    return Report(key=key, event=event, outlet=outlet or f"outlet-{event.article_id}",
                  url=url or f"https://{event.article_id}.example/x")


THREE_REPORTS = [
    rep("a#0", ev("a", fat=5), outlet="الجزيرة"),
    rep("b#0", ev("b", fat=7, day=date(2024, 3, 6), actor1="Unidentified Military Forces"), outlet="عنب بلدي"),
    rep("c#0", ev("c", fat=6, low=6, high=9, sub="Shelling/artillery/missile attack",
                  place=SARAQIB, geo=2), outlet="سانا"),
]


def test_three_reports_one_event():
    merged = merge_events(THREE_REPORTS, max_km=20.0)
    assert len(merged) == 1
    m = merged[0]
    assert m.source_count == 3
    assert m.article_ids == ("a", "b", "c")
    assert m.outlets == ("الجزيرة", "سانا", "عنب بلدي")
    assert (m.fatalities_low, m.fatalities_best, m.fatalities_high) == (5, 5, 9)
    assert m.figures == (5, 6, 7)
    assert m.event.fatalities == 5 and m.event.fatalities_high == 9
    assert m.event.location == "Idlib" and m.event.event_date == date(2024, 3, 5)
    assert m.event.actor1 == "Military Forces of Russia (2000-)"
    assert "merged" in m.event.flags


def test_shuffled_input_same_output():
    reports = THREE_REPORTS + [
        rep("d#0", ev("d", fat=2, place=ALEPPO)),
        rep("e#0", ev("e", fat=3, place=ALEPPO, day=date(2024, 3, 6))),
        rep("f#0", ev("f", etype="Protests", sub="Peaceful protest", place=ALEPPO)),
        rep("g#0", ev("g", day=date(2024, 3, 9))),
        rep("a#1", ev("a", place=ALEPPO, fat=1)),
    ]
    want = merge_events(reports, max_km=20.0)
    for seed in range(10):
        shuffled = reports[:]
        random.Random(seed).shuffle(shuffled)
        assert merge_events(shuffled, max_km=20.0) == want
    groups = sorted(sorted(m.members) for m in want)
    # a#1 and d, e are all in Aleppo on adjacent days, but a#0 and a#1 come from one article
    assert ["a#0", "b#0", "c#0"] in groups and ["f#0"] in groups and ["g#0"] in groups
    assert sum(len(g) for g in groups) == len(reports)


@pytest.mark.parametrize("other,merges", [
    (ev("x", fat=5), True),
    (ev("x", day=date(2024, 3, 7)), False),                                   # two days later
    (ev("x", place=ALEPPO), False),                                           # ~60 km away
    (ev("x", etype="Protests", sub="Peaceful protest"), False),               # incompatible type
    (ev("x", etype="Violence against civilians", sub="Attack"), True),       # compatible type
    (ev("x", actor1="Hayat Tahrir al-Sham", actor2="Military Forces of Syria (2024-)"), False),  # actors clash
    (ev("x", actor1=None, actor2=None), True),                                 # nothing to contradict
    (ev("x", place=None), False),                                              # cannot place it
    (ev("a"), False),                                                          # same article
])
def test_pairs(other, merges):
    merged = merge_events([rep("a#0", ev("a", fat=5)), rep("x#0", other)])
    assert (len(merged) == 1) is merges


def test_borderline_pair_decided_by_similarity():
    a = rep("a#0", ev("a"))
    b = rep("b#0", ev("b", actor1="Military Forces of Syria (2000-)", actor2=None))
    assert len(merge_events([a, b])) == 2
    assert len(merge_events([a, b], similarity=lambda x, y: 0.95)) == 1
    assert len(merge_events([a, b], similarity=lambda x, y: 0.2)) == 2


def test_complete_linkage_does_not_chain():
    # x~y (12 km) and y~z (12 km) but x and z are ~24 km apart: only one pair joins
    y = Place("y", "Y", "populated_place", "Syria", "SY", 35.0, 37.0)
    x = Place("x", "X", "populated_place", "Syria", "SY", 35.0, 36.868)
    z = Place("z", "Z", "populated_place", "Syria", "SY", 35.0, 37.132)
    reports = [rep("x#0", ev("x", place=x)), rep("y#0", ev("y", place=y)), rep("z#0", ev("z", place=z))]
    merged = merge_events(reports, max_km=15.0, grey_km=15.0)
    assert sorted(len(m.members) for m in merged) == [1, 2]


def test_fatalities_vague_figures_do_not_set_best():
    reports = [rep("a#0", ev("a", fat=12, low=10, high=99, estimate=True)),   # "عشرات القتلى"
               rep("b#0", ev("b", fat=8)), rep("c#0", ev("c"))]               # c gives no figure
    (m,) = merge_events(reports)
    assert (m.fatalities_low, m.fatalities_best, m.fatalities_high) == (8, 8, 99)
    assert [s.fatalities for s in m.sources] == [12, 8, None]


def test_rows_from_store_round_trip():
    rows = [{"pk": 11, "article_id": "a", "event_type": "Battles", "sub_event_type": "Armed clash",
             "event_date": "2024-03-05", "location": "Idlib", "country": "Syria", "latitude": 35.93,
             "longitude": 36.63, "fatalities": 4, "evidence": {"fatalities": [{"start": 0, "end": 3}]},
             "source": "SANA", "source_url": "https://sana.sy/?p=1"},
            {"pk": 12, "article_id": "b", "event_type": "Battles", "sub_event_type": "Armed clash",
             "event_date": "2024-03-05", "location": "Idlib", "country": "Syria", "latitude": 35.94,
             "longitude": 36.64, "fatalities": 6, "evidence": {"fatalities": [[0, 3]]}, "source": "Enab"}]
    merged = merge_events(reports_from_rows(rows))
    assert assignments(merged) == {"11": merged[0].cluster_id, "12": merged[0].cluster_id}
    assert merged[0].fatalities_best == 4 and merged[0].fatalities_high == 6
    assert report_from_row({"article_id": "z", "event_type": "Protests"}, 3).key == "z#3"


def test_semantic_judge_separates_paraphrase_from_unrelated(monkeypatch):
    from hadath.dedupe.semantic import SemanticJudge

    monkeypatch.setenv("HADATH_ENCODER_CACHE", "0")  # no cache written to the home directory by a test
    judge = SemanticJudge()
    a = "قتل خمسة مدنيين في غارة جوية روسية على سوق في مدينة سراقب"
    b = "غارة لطائرات روسية تقتل 5 مدنيين في سوق سراقب بريف إدلب"
    c = "تظاهر المئات في السويداء احتجاجا على ارتفاع الأسعار"
    assert judge(a, b) > judge(a, c) + 0.2
    assert judge(a, "") == 0.0
