"""The API in ACLED's conventions: every filter parameter, total counts and pages, sorting,
case-insensitive names, unknown parameters refused, facets with counts, grouped stats, the
binned timeline, merged events, export headers and the offline docs page."""
from __future__ import annotations

from datetime import date, timedelta

import pytest

from tests.store.store_factories import make_article, make_event

# (country, iso, admin1, location, actor1, inter1, actor2, inter2, type, sub)
ROWS = [
    ("Syria", 760, "Aleppo", "Aleppo", "Military Forces of Syria (2000-2024)", 1, "Civilians (Syria)", 7,
     "Explosions/Remote violence", "Air/drone strike"),
    ("Syria", 760, "Idlib", "Sarmada", "Islamic State (Syria)", 2, "SDF: Syrian Democratic Forces", 2,
     "Battles", "Armed clash"),
    ("Iraq", 368, "Baghdad", "Tarmiyah", "Protesters (Iraq)", 6, None, None, "Protests", "Peaceful protest"),
    ("Palestine", 275, "Gaza Strip", "Gaza", "Military Forces of Israel (2022-)", 1, "Civilians (Palestine)", 7,
     "Explosions/Remote violence", "Shelling/artillery/missile attack"),
]


@pytest.fixture(scope="module")
def rich(tmp_path_factory):
    """16 events: 4 kinds x 4 dates (2022-12-01 .. 2023-02-15); fatalities 0..15; two reports
    of event 1 share a cluster (merged: one event); outlets 'Alpha News' and 'Beta'."""
    from hadath.store import open_store

    s = open_store(str(tmp_path_factory.mktemp("acled") / "rich.sqlite"))
    items = []
    days = [date(2022, 12, 1), date(2022, 12, 20), date(2023, 1, 10), date(2023, 2, 15)]
    for i in range(16):
        country, iso, admin1, loc, a1, i1, a2, i2, etype, sub = ROWS[i % 4]
        a = make_article(i, source="Alpha News" if i % 2 == 0 else "Beta")
        items.append((a, [make_event(a, country=country, iso=iso, region="Middle East", admin1=admin1,
                                     location=loc, actor1=a1, inter1=i1, actor2=a2, inter2=i2,
                                     interaction=(min(i1, i2 or i1) * 10 + (max(i1, i2) if i2 else 0)),
                                     event_type=etype, sub_event_type=sub, event_date=days[i // 4],
                                     fatalities=i)]))
    s.add_many(items, "1.0")
    s.set_clusters({1: "c1", 5: "c1"})  # the same air strike reported twice
    yield s
    s.close()


@pytest.fixture(scope="module")
def rclient(rich):
    from fastapi.testclient import TestClient

    from hadath.api import create_app

    with TestClient(create_app(rich)) as c:
        yield c


def ids(r):
    assert r.status_code == 200, r.text
    return sorted(e["id"] for e in r.json()["events"])


@pytest.mark.parametrize("params, expected", [
    ({"country": "syria"}, 8),                      # case-insensitive
    ({"country": "SYRIA,iraq"}, 12),
    ({"country": "SYR"}, 8),                        # ISO 3166-1 alpha-3, any case
    ({"country": ["syr", "IRQ"]}, 12),
    ({"country": "ps"}, 4),                         # alpha-2
    ({"country": "USA"}, 0),                        # a real code the store has none of
    ({"iso": 760}, 8),
    ({"iso": [760, 368]}, 12),
    ({"region": "middle east"}, 16),
    ({"admin1": "gaza strip"}, 4),
    ({"event_type": "battles"}, 4),
    ({"event_type": "explosions/remote violence"}, 8),
    ({"sub_event_type": "air/drone strike"}, 4),
    ({"year": 2023}, 8),
    ({"year": [2022, 2023]}, 16),
    ({"event_date": "2022-12-20"}, 4),
    ({"event_date": "2022-12-01|2022-12-31"}, 8),
    ({"event_date": "2022-12-01|2022-12-31", "event_date_where": "BETWEEN"}, 8),
    ({"event_date": "2023-01-10", "event_date_where": ">="}, 8),
    ({"event_date": "2023-01-10", "event_date_where": ">"}, 4),
    ({"event_date": "2022-12-20", "event_date_where": "<"}, 4),
    ({"from": "2022-12-02", "to": "2023-01-10"}, 8),
    ({"inter1": 1}, 8),
    ({"inter2": 7}, 8),
    ({"interaction": 17}, 8),
    ({"interaction": [17, 22]}, 12),
    ({"fatalities_min": 10}, 6),
    ({"fatalities_max": 3}, 4),
    ({"fatalities_min": 4, "fatalities_max": 7}, 4),
    ({"actor": "israel"}, 4),
    ({"actor": "إسرائيل"}, 4),                       # Arabic name from the actor list
    ({"actor": "الجيش الإسرائيلي"}, 4),
    ({"actor": "داعش"}, 4),
    ({"actor1": "protesters"}, 4),
    ({"actor2": "civilians"}, 8),
    ({"source": "alpha news"}, 8),
    ({"source": ["Beta", "Alpha News"]}, 16),
    ({"merged": "true"}, 15),                       # two reports, one event
    ({"merged": "true", "country": "Syria"}, 7),
    ({"status": "any"}, 16),
])
def test_acled_filters(rclient, params, expected):
    r = rclient.get("/v1/events", params={**params, "limit": 100})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["total"] == expected and body["count"] == expected


def test_unknown_parameters_are_refused_by_name(rclient):
    for path in ("/v1/events", "/v1/export", "/v1/stats", "/v1/facets", "/v1/timeline", "/v1/points"):
        r = rclient.get(path, params={"iso2": 760, "contry": "Syria"})
        assert r.status_code == 400, (path, r.text)
        body = r.json()
        assert body["error"] == "unknown_parameter" and body["detail"]["unknown"] == ["contry", "iso2"]
        assert "contry" in body["message"] and "iso2" in body["message"]
    assert rclient.get("/v1/health", params={"x": 1}).status_code == 400


@pytest.mark.parametrize("params, fragment", [
    ({"event_date": "2023-13-01"}, "event_date"),
    ({"event_date": "2023-01-10|2022-01-01"}, "after"),
    ({"event_date": "2023-01-10", "event_date_where": "LIKE"}, "event_date_where"),
    ({"event_date": "2023-01-10", "event_date_where": "BETWEEN"}, "BETWEEN"),
    ({"event_date_where": ">"}, "needs event_date"),
    ({"inter1": 9}, "inter1"),
    ({"iso": 1000}, "iso"),
    ({"year": 0}, "year"),
    ({"fatalities_min": 5, "fatalities_max": 2}, "fatalities_min"),
    ({"merged": "perhaps"}, "merged"),
])
def test_bad_acled_values_are_400_with_the_name(rclient, params, fragment):
    r = rclient.get("/v1/events", params=params)
    assert r.status_code in (400, 422), r.text
    assert fragment in r.json()["message"]


def test_pages_sorting_and_total(rclient):
    r = rclient.get("/v1/events", params={"limit": 5, "page": 2, "sort": "fatalities", "order": "asc"}).json()
    assert r["total"] == 16 and r["pages"] == 4 and r["page"] == 2
    assert [e["fatalities"] for e in r["events"]] == [5, 6, 7, 8, 9]
    last = rclient.get("/v1/events", params={"limit": 5, "page": 4, "sort": "fatalities", "order": "asc"}).json()
    assert [e["fatalities"] for e in last["events"]] == [15]
    by_date = rclient.get("/v1/events", params={"sort": "event_date", "order": "asc", "limit": 4}).json()
    assert {e["event_date"] for e in by_date["events"]} == {"2022-12-01"}
    by_country = rclient.get("/v1/events", params={"sort": "country", "limit": 16}).json()
    names = [e["country"] for e in by_country["events"]]
    assert names == sorted(names, reverse=True)
    beyond = rclient.get("/v1/events", params={"page": 99}).json()
    assert beyond["events"] == [] and beyond["total"] == 16
    assert rclient.get("/v1/events", params={"sort": "colour"}).status_code == 422
    assert rclient.get("/v1/events", params={"cursor": "MTox", "page": 2}).status_code == 400


def test_merged_rows_count_their_reports(rclient):
    r = rclient.get("/v1/events", params={"merged": 1, "limit": 100}).json()
    by_id = {e["id"]: e for e in r["events"]}
    assert 5 not in by_id and by_id[1]["reports"] == 2 and by_id[2]["reports"] == 1


def test_facets_with_counts(rclient):
    f = rclient.get("/v1/facets", params={"country": "Syria"}).json()
    assert f["country"] == [{"value": "Syria", "n": 8}]
    assert {x["value"]: x["n"] for x in f["admin1"]} == {"Aleppo": 4, "Idlib": 4}
    assert f["event_type"][0]["n"] == 4
    actors = {x["value"]: x["n"] for x in f["actor"]}
    assert actors["Military Forces of Syria (2000-2024)"] == 4 and actors["Civilians (Syria)"] == 4
    assert {x["value"] for x in f["source"]} == {"Alpha News", "Beta"}
    assert f["location"][0]["n"] == 4 and f["status"] == [{"value": "machine", "n": 8}]


@pytest.mark.parametrize("by, first", [
    ("month", {"key": "2022-12", "events": 8, "fatalities": sum(range(8))}),
    ("year", {"key": "2022", "events": 8, "fatalities": sum(range(8))}),
    ("week", {"key": "2022-11-28", "events": 4, "fatalities": 6}),
    ("country", {"key": "Syria", "events": 8, "fatalities": 0 + 1 + 4 + 5 + 8 + 9 + 12 + 13}),
    ("event_type", {"key": "Explosions/Remote violence", "events": 8, "fatalities": 0 + 3 + 4 + 7 + 8 + 11 + 12 + 15}),
])
def test_stats_grouped(rclient, by, first):
    r = rclient.get("/v1/stats", params={"by": by})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["total"] == 16 and body["groups"][0] == first
    assert sum(g["events"] for g in body["groups"]) == 16 or by == "actor"


def test_stats_by_actor_admin1_and_totals(rclient):
    actors = rclient.get("/v1/stats", params={"by": "actor", "country": "palestine"}).json()["groups"]
    assert {g["key"] for g in actors} == {"Military Forces of Israel (2022-)", "Civilians (Palestine)"}
    admin1 = rclient.get("/v1/stats", params={"by": "admin1", "limit": 1}).json()["groups"]
    assert len(admin1) == 1 and admin1[0]["events"] == 4
    totals = rclient.get("/v1/stats").json()
    assert totals["total"] == 16 and totals["merged_events"] == 15 and totals["fatalities"] == sum(range(16))
    assert totals["articles"] == 16
    assert rclient.get("/v1/stats", params={"by": "colour"}).status_code == 422


def test_timeline_bins_and_fatalities(rclient):
    day = rclient.get("/v1/timeline", params={"bin": "day"}).json()
    assert day["bin"] == "day" and len(day["bins"]) == 77  # every day from the first event to the last
    assert [b["key"] for b in day["bins"] if b["events"]] == ["2022-12-01", "2022-12-20", "2023-01-10", "2023-02-15"]
    month = rclient.get("/v1/timeline", params={"bin": "month"}).json()
    assert month["bins"] == [{"key": "2022-12", "events": 8, "fatalities": sum(range(8))},
                             {"key": "2023-01", "events": 4, "fatalities": sum(range(8, 12))},
                             {"key": "2023-02", "events": 4, "fatalities": sum(range(12, 16))}]
    assert sum(s["n"] for s in month["series"]) == 16
    assert rclient.get("/v1/timeline").json()["bin"] == "day"  # 76 days: auto = day
    week = rclient.get("/v1/timeline", params={"bin": "week"}).json()
    assert week["bins"][0]["key"] == "2022-11-28" and week["bins"][1] == {"key": "2022-12-05", "events": 0,
                                                                          "fatalities": 0}  # Mondays, gaps kept


def test_export_view_with_count_header_and_excel_bom(rclient):
    r = rclient.get("/v1/export", params={"format": "acled-csv", "country": "iraq", "excel": "true"})
    assert r.status_code == 200 and r.headers["x-total-count"] == "4"
    assert r.content.startswith(b"\xef\xbb\xbf")
    plain = rclient.get("/v1/export", params={"format": "csv", "merged": 1})
    assert plain.headers["x-total-count"] == "15" and not plain.content.startswith(b"\xef\xbb\xbf")
    empty = rclient.get("/v1/export", params={"country": "XYZ"})
    assert empty.headers["x-total-count"] == "0"
    by_code = rclient.get("/v1/export", params={"country": "syr", "format": "csv"})
    assert by_code.headers["x-total-count"] == "8" and "Syria" in by_code.text


def test_docs_page_is_offline(rclient):
    page = rclient.get("/v1/docs")
    assert page.status_code == 200 and "/static/vendor/swagger-ui/swagger-ui-bundle.js" in page.text
    assert "http" not in page.text.split("<body>")[1].replace("http-equiv", "")  # no CDN
    assert rclient.get("/static/vendor/swagger-ui/swagger-ui-bundle.js").status_code == 200
    assert rclient.get("/static/docs.js").status_code == 200
    spec = rclient.get("/v1/openapi.json").json()
    names = {p["name"] for p in spec["paths"]["/v1/events"]["get"]["parameters"]}
    assert {"event_date", "iso", "region", "year", "inter1", "interaction", "fatalities_min", "page",
            "limit", "sort", "merged"} <= names


def test_places_for_location_choice(rclient):
    r = rclient.get("/v1/places", params={"q": "الطبقة", "limit": 3})
    assert r.status_code == 200
    first = r.json()[0]
    assert first["location"] and first["country"] == "Syria" and first["geo_precision"] in (1, 2, 3)
    assert rclient.get("/v1/places").status_code == 422


def test_merged_view_carries_merged_figures(tmp_path):
    """The merged view's rows and its export carry the merged event's fatalities (best, low,
    high over every report) from the store's merged events, not the first report's figure."""
    import json

    from fastapi.testclient import TestClient

    from hadath.api import create_app
    from hadath.store import merged as MS, open_store
    from hadath.store.convert import now

    s = open_store(str(tmp_path / "m.sqlite"))
    items = [(a := make_article(i), [make_event(a, fatalities=f, event_date=date(2024, 1, 1) + timedelta(days=i))])
             for i, f in enumerate((2, 9, 4))]
    s.add_many(items, "1.0")
    MS.write(s, {1: "m1", 2: "m1"}, [{
        "cluster_id": "m1", "event_date": date(2024, 1, 1), "sort_day": date(2024, 1, 1).toordinal(),
        "event_type": "Battles", "fatalities_low": 2, "fatalities_best": 5, "fatalities_high": 9, "event_count": 2,
        "source_count": 2, "members": [1, 2], "outlets": ["A", "B"], "updated_at": now()}], ())
    with TestClient(create_app(s)) as c:
        page = c.get("/v1/events", params={"merged": "true"}).json()
        assert page["total"] == 2
        one = next(e for e in page["events"] if e["id"] == 1)
        assert one["merged"] == {"fatalities_low": 2, "fatalities_best": 5, "fatalities_high": 9,
                                 "event_count": 2, "source_count": 2}
        assert c.get("/v1/stats", params={"merged": "true"}).json()["fatalities"] == 5 + 4
        assert c.get("/v1/events/2").json()["merged"]["fatalities_high"] == 9
        assert c.get("/v1/events/3").json()["merged"] is None
        lines = [json.loads(x) for x in c.get("/v1/export", params={"format": "jsonl", "merged": "true"}).text.splitlines()]
        assert [(x["fatalities"], x["fatalities_low"], x["fatalities_high"]) for x in lines] == [(4, None, None), (5, 2, 9)]
        assert "reports=2; sources=2" in lines[1]["tags"]
        raw = [json.loads(x) for x in c.get("/v1/export", params={"format": "jsonl"}).text.splitlines()]
        assert sorted(x["fatalities"] for x in raw) == [2, 4, 9]
    s.close()
