"""The dashboard's column snapshot (store/summary.py, store/views.py): the same answers as SQL,
and every change to the store (new events, reviews, a re-clustering, deletions, another
process's writes) seen by the next request, not after a cache's lifetime."""
from __future__ import annotations

from datetime import date

import pytest

from hadath.store import views
from hadath.store.summary import like_regex, select_rows

COUNTRIES = ["Syria", "Iraq", "Yemen"]
TYPES = [("Battles", "Armed clash"), ("Protests", "Peaceful protest"),
         ("Explosions/Remote violence", "Air/drone strike")]


@pytest.fixture
def filled(store, article_factory, event_factory):
    """12 events over 3 countries, 3 types and 6 days; fatalities 0..11; outlets A and B; latitudes
    30..41, the last one beyond the antimeridian."""
    items = []
    for i in range(12):
        a = article_factory(i, source="Outlet A" if i % 2 else "Outlet B")
        etype, sub = TYPES[i % 3]
        items.append((a, [event_factory(a, country=COUNTRIES[i % 3], admin1=f"Adm {i % 4}",
                                        event_type=etype, sub_event_type=sub, event_date=date(2024, 1, 1 + i % 6),
                                        actor1="Houthi Movement" if i % 4 == 0 else "Military Forces of Syria (2000-2024)",
                                        actor2=None if i % 2 else "Civilians (Syria)",
                                        location=f"Town {i % 5}", fatalities=i, latitude=30.0 + i,
                                        longitude=-179.5 if i == 11 else 35.0 + i % 4)]))
    store.add_many(items, "1.0")
    return store


def sql_ids(store, **filters) -> list[int]:
    return sorted(r["id"] for r in store.events(with_text=False, **filters))


FILTERS = [
    {}, {"country": "syria"}, {"event_type": "Battles", "country": "Yemen,Iraq"}, {"date_from": "2024-01-03"},
    {"date_to": "2024-01-02"}, {"year": 2024}, {"fatalities_min": 3, "fatalities_max": 8},
    {"actor": "houthi"}, {"actor1": "Military"}, {"actor2": "civilians"}, {"source": "outlet a"},
    {"admin1": "adm 1", "status": "machine"}, {"event_date": "2024-01-02|2024-01-04"}, {"q": "Town 3"},
    {"status": "any", "country": "Iraq"},
    {"bbox": "36,33,38,38"}, {"bbox": "36,33,38,38", "q": "Town"}, {"bbox": "170,35,-170,45"},  # across the antimeridian
    {"bbox": "0,0,1,1"},
]


def test_matches_are_those_of_sql(filled):
    for filters in FILTERS:
        snap, sel = select_rows(filled, **filters)
        assert sorted(int(snap.ids[i]) for i in sel.rows) == sql_ids(filled, **filters), filters
        assert views.count(filled, **filters) == len(sql_ids(filled, **filters)), filters


def test_pages_follow_the_sort(filled):
    for sort in ("event_date", "fatalities", "country", "event_type", "actor2", "location", "id"):
        for order in ("asc", "desc"):
            rows = views.listing(filled, sort=sort, order=order, limit=50)["events"]
            present = [r[sort] for r in rows if r[sort] is not None]
            assert present == sorted(present, reverse=order == "desc"), (sort, order)
            assert len(rows) == 12
            two = views.listing(filled, sort=sort, order=order, limit=5, page=2)["events"]
            assert [r["id"] for r in two] == [r["id"] for r in rows[5:10]], (sort, order)


def test_facets_and_stats_count_like_sql(filled):
    f = views.facets(filled)
    assert {x["value"]: x["n"] for x in f["country"]} == {"Syria": 4, "Iraq": 4, "Yemen": 4}
    assert {x["value"]: x["n"] for x in f["source"]} == {"Outlet A": 6, "Outlet B": 6}
    actors = {x["value"]: x["n"] for x in f["actor"]}
    assert actors["Houthi Movement"] == 3 and actors["Civilians (Syria)"] == 6
    by_type = {g["key"]: (g["events"], g["fatalities"]) for g in views.stats(filled, by="event_type")}
    assert by_type["Battles"] == (4, 0 + 3 + 6 + 9)
    months = views.stats(filled, by="month")
    assert months == [{"key": "2024-01", "events": 12, "fatalities": sum(range(12))}]
    tl = views.timeline(filled, bin="day")
    assert [b["events"] for b in tl["bins"]] == [2] * 6


def test_a_review_a_new_event_and_a_reclustering_show_at_once(filled, article_factory, event_factory):
    assert views.count(filled, merged=True) == 12
    filled.set_clusters({1: "c1", 2: "c1"})
    assert views.count(filled, merged=True) == 11          # no minute-long cache: seen at once
    filled.set_clusters({3: "c1"})
    assert views.count(filled, merged=True) == 10
    filled.set_clusters({1: None, 2: None, 3: None})
    assert views.count(filled, merged=True) == 12
    filled.review(4, "reject", reviewer="t")
    assert views.count(filled) == 11 and 4 not in sql_ids(filled)
    filled.review(5, "correct", reviewer="t", fields={"country": "Lebanon"})
    assert views.count(filled, country="Lebanon") == 1
    assert views.listing(filled, sort="country", order="asc")["events"][0]["country"] == "Iraq"
    a = article_factory(99, source="Outlet C")
    filled.add_many([(a, [event_factory(a, country="Egypt", event_date=date(2024, 2, 1), fatalities=50)])], "1.0")
    assert views.count(filled, country="egypt") == 1
    assert views.facets(filled)["source"][-1] == {"value": "Outlet C", "n": 1}
    assert [r["country"] for r in views.listing(filled, sort="country", order="asc")["events"][:2]] == ["Egypt", "Iraq"]


def test_deleted_events_are_read_again(filled):
    from sqlalchemy import delete

    from hadath.store.models import EventRow

    assert views.count(filled) == 12
    with filled._write() as conn:
        conn.execute(delete(EventRow).where(EventRow.id.in_([1, 2])))
    assert views.count(filled) == 10
    assert sorted(r["id"] for r in views.listing(filled, limit=50)["events"]) == sql_ids(filled)


def test_another_connection_writing_is_seen(filled, db_url):
    """Another Store on the same database (as another process would be)."""
    from hadath.store import open_store

    assert views.count(filled, merged=True) == 12
    other = open_store(db_url)
    try:
        other.set_clusters({7: "c7", 8: "c7"})
        other.review(9, "reject", reviewer="elsewhere")
    finally:
        other.close()
    assert views.count(filled, merged=True) == 10


def test_merged_rows_carry_the_merged_figures(filled):
    from hadath.store import merged as MS

    now = filled.event(1)["event_date"]
    row = {"cluster_id": "m1", "event_date": date.fromisoformat(now), "sort_day": date.fromisoformat(now).toordinal(),
           "event_type": "Battles", "fatalities_low": 1, "fatalities_best": 2, "fatalities_high": 9,
           "event_count": 2, "source_count": 2, "members": [1, 2], "outlets": ["Outlet A", "Outlet B"]}
    from hadath.store.convert import now as stamp
    MS.write(filled, {1: "m1", 2: "m1"}, [dict(row, updated_at=stamp())], ())
    page = views.listing(filled, merged=True, limit=50)
    first = next(r for r in page["events"] if r["id"] == 1)
    assert first["merged"] == {"fatalities_low": 1, "fatalities_best": 2, "fatalities_high": 9,
                               "event_count": 2, "source_count": 2}
    assert first["reports"] == 2 and page["total"] == 11
    assert all(r["id"] != 2 for r in page["events"])
    # the merged view counts the merged event's best figure, the raw view every report's
    assert views.fatalities(filled, merged=True) == sum(range(12)) - 0 - 1 + 2
    assert views.fatalities(filled) == sum(range(12))
    assert "merged" not in views.listing(filled, limit=1)["events"][0]


def test_points_are_the_newest_with_coordinates(filled):
    pts = views.points(filled, limit=3)
    assert len(pts) == 3 and pts[0]["event_date"] >= pts[-1]["event_date"]
    assert {"id", "lat", "lon", "event_type", "event_date", "location", "location_ar", "fatalities"} <= set(pts[0])


def test_like_patterns_as_regular_expressions():
    assert like_regex("%houthi%").fullmatch("The Houthi Movement")
    assert not like_regex("%a\\_b%").fullmatch("axb")
    assert like_regex("%a\\_b%").fullmatch("a_b")
    assert like_regex("Military Forces of %").fullmatch("Military Forces of Syria (2000-2024)")


def test_closing_the_store_closes_the_version_connection(filled):
    from hadath.store.summary import _STATES

    views.count(filled)
    watch = _STATES[filled].watch
    filled.close()
    assert watch.conn is None


def _stamps(store) -> dict:
    from sqlalchemy import select

    from hadath.store.query import E
    with store.engine.connect() as conn:
        return dict(conn.execute(select(E.id, E.updated_at)).all())


def test_a_reclustering_stamps_the_events_it_moves_and_only_those(filled):
    """The snapshot sees a re-clustering through updated_at (it no longer reads every cluster id),
    so both writers of cluster ids stamp the events they change, and no other."""
    from hadath.store import merged as MS

    assert views.count(filled, merged=True) == 12
    t0 = _stamps(filled)
    filled.set_clusters({1: "c1", 2: "c1", 3: None})   # 3 has no cluster already: untouched
    t1 = _stamps(filled)
    assert {k for k in t0 if t1[k] != t0[k]} == {1, 2} and t1[1] > t0[1]
    assert views.count(filled, merged=True) == 11
    filled.set_clusters({1: "c1", 2: "c1"})             # nothing moves: nothing stamped
    assert _stamps(filled) == t1
    MS.write(filled, {1: "c1", 2: "c1", 4: "c1", 5: "c5"}, [], ())  # the ingest merge's path
    t2 = _stamps(filled)
    assert {k for k in t1 if t2[k] != t1[k]} == {4, 5}
    assert views.count(filled, merged=True) == 10
    snap, _ = select_rows(filled)
    assert [snap.cluster.labels[snap.cluster.codes[list(snap.ids).index(k)]] for k in (1, 4, 5)] == ["c1", "c1", "c5"]
