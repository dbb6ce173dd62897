"""The HTTP API: events, filters, pages, detail, ingest, review, export, extract."""
from __future__ import annotations

import csv
import io
import json

import pyarrow.parquet as pq
import pytest

from hadath.types import ACLED_COLUMNS


def test_openapi_spec_is_served(client):
    spec = client.get("/v1/openapi.json").json()
    paths = spec["paths"]
    for path in ("/v1/extract", "/v1/events", "/v1/events/{event_id}", "/v1/articles",
                 "/v1/events/{event_id}/review", "/v1/export"):
        assert path in paths
    assert "HTTPBearer" in spec["components"]["securitySchemes"]


@pytest.mark.parametrize("params, expected", [
    ({}, 5),
    ({"country": "Syria"}, 3),
    ({"country": ["Syria", "Iraq"]}, 4),
    ({"from": "2022-12-26", "to": "2022-12-26"}, 5),
    ({"from": "2023-01-01"}, 0),
    ({"event_type": "Battles"}, 5),
    ({"actor": "islamic"}, 5),
    ({"bbox": "38,35,40,37"}, 5),
    ({"bbox": "0,0,1,1"}, 0),
    ({"q": "الرقة"}, 5),
    ({"q": "الرَّقَّة"}, 5),            # diacritics folded (full-text index, store/search.py)
    ({"q": "مقاتلين من قوات"}, 5),    # a phrase of the article text
    ({"q": "مقاتلين قوات"}, 0),       # not as written
    ({"admin1": "Ar-Raqqa"}, 5),
    ({"status": "rejected"}, 0),
])
def test_event_filters(client, params, expected):
    r = client.get("/v1/events", params=params)
    assert r.status_code == 200, r.text
    assert len(r.json()["events"]) == expected


def test_cursor_pagination(client):
    seen, cursor = [], None
    while True:
        r = client.get("/v1/events", params={"limit": 2, **({"cursor": cursor} if cursor else {})}).json()
        seen += [e["id"] for e in r["events"]]
        cursor = r["next_cursor"]
        if not cursor:
            break
    assert sorted(seen) == [1, 2, 3, 4, 5] and len(seen) == 5


@pytest.mark.parametrize("params, status, error", [
    ({"from": "yesterday"}, 422, "invalid_request"),
    ({"bbox": "1,2"}, 400, "bad_filter"),
    ({"cursor": "!!"}, 400, "bad_filter"),
    ({"limit": 0}, 422, "invalid_request"),
    ({"limit": 10_000}, 422, "invalid_request"),
    ({"status": "deleted"}, 422, "invalid_request"),
    ({"country": "a\x00b"}, 400, "bad_filter"),
])
def test_bad_parameters_are_clear_4xx(client, params, status, error):
    r = client.get("/v1/events", params=params)
    assert r.status_code == status
    body = r.json()
    assert body["error"] == error and body["message"]


def test_event_detail(client, store):
    e = client.get("/v1/events/1").json()
    assert e["id"] == 1 and e["evidence"]["location"][0]["text"] == "الرقة"
    assert e["article"]["text"].startswith("قتل") and e["sources"][0]["source"] == "Example News"
    assert e["reviews"] == []
    r = client.get("/v1/events/999")
    assert r.status_code == 404 and r.json()["error"] == "not_found"
    assert client.get("/v1/events/abc").status_code == 422


def test_ingest_article(client, auth, pipeline):
    body = {"text": "وقع اشتباك في حلب ثم اشتباك آخر", "published": "2024-01-02", "url": "https://x.org/1",
            "source": "X"}
    r = client.post("/v1/articles", json=body, headers=auth)
    assert r.status_code == 201, r.text
    out = r.json()
    assert out["created"] and out["events_written"] == 2 and len(out["event_ids"]) == 2
    again = client.post("/v1/articles", json=body, headers=auth).json()
    assert not again["created"] and again["article_pk"] == out["article_pk"]
    detail = client.get(f"/v1/events/{out['event_ids'][0]}").json()
    assert detail["evidence"]["trigger"][0]["text"] == "اشتباك"


def test_review_flow(client, auth):
    r = client.post("/v1/events/2/review", headers=auth,
                    json={"action": "correct", "fields": {"fatalities": 9, "notes": "Raqqa"}, "note": "n"})
    assert r.status_code == 200, r.text
    e = r.json()
    assert e["status"] == "corrected" and e["fatalities"] == 9
    assert e["reviews"][0]["reviewer"] == "tester" and e["reviews"][0]["changes"]["fatalities"] == [6, 9]
    r = client.post("/v1/events/2/review", headers=auth, json={"action": "reject", "reviewer": "tester"})
    assert r.json()["status"] == "rejected" and len(r.json()["reviews"]) == 2
    assert 2 not in [e["id"] for e in client.get("/v1/events").json()["events"]]


@pytest.mark.parametrize("body, status", [
    ({"action": "correct", "fields": {"fatalities": "lots"}}, 422),
    ({"action": "correct", "fields": {"nope": 1}}, 422),
    ({"action": "correct"}, 422),
    ({"action": "delete"}, 422),
    ({"action": "accept", "extra": 1}, 422),
    ({"action": "accept", "reviewer": ""}, 422),
    ({"action": "accept", "fields": {"fatalities": 1}}, 422),
])
def test_bad_reviews(client, auth, body, status):
    r = client.post("/v1/events/1/review", headers=auth, json=body)
    assert r.status_code == status and r.json()["message"]
    assert client.get("/v1/events/1").json()["reviews"] == []


def test_review_unknown_event(client, auth):
    assert client.post("/v1/events/999/review", headers=auth, json={"action": "accept"}).status_code == 404


@pytest.mark.parametrize("fmt", ["acled-csv", "geojson", "jsonl", "parquet"])
def test_export(client, fmt):
    r = client.get("/v1/export", params={"format": fmt, "country": "Syria"})
    assert r.status_code == 200
    if fmt == "acled-csv":
        rows = list(csv.reader(io.StringIO(r.text)))
        assert tuple(rows[0][: len(ACLED_COLUMNS)]) == ACLED_COLUMNS and len(rows) == 4
    elif fmt == "geojson":
        assert len(json.loads(r.text)["features"]) == 3
    elif fmt == "jsonl":
        assert len(r.text.splitlines()) == 3
    else:
        assert pq.read_table(io.BytesIO(r.content)).num_rows == 3


def test_extract_stores_nothing(client, store, pipeline):
    before = store.counts()
    r = client.post("/v1/extract", json={"text": "اشتباك", "published": "2024-05-01"})
    assert r.status_code == 200
    (ev,) = r.json()["events"]
    assert ev["event_type"] == "Battles" and ev["event_date"] == "2024-05-01"
    assert store.counts() == before


def test_extract_without_pipeline_is_503(store, monkeypatch):
    from fastapi.testclient import TestClient

    import hadath
    from hadath.api import create_app

    def broken(*args, **kwargs):
        raise RuntimeError("no stages")

    monkeypatch.setattr(hadath, "load", broken)
    r = TestClient(create_app(store)).post("/v1/extract", json={"text": "x"})
    assert r.status_code == 503 and r.json()["error"] == "pipeline_unavailable"


def test_dashboard_endpoints(client):
    assert client.get("/v1/timeline").json() == {
        "bin": "day", "bins": [{"key": "2022-12-26", "events": 5, "fatalities": 30}],
        "series": [{"key": "2022-12-26", "event_type": "Battles", "n": 5}]}
    assert len(client.get("/v1/points").json()) == 5
    assert client.get("/v1/facets").json()["country"] == [{"value": "Syria", "n": 3}, {"value": "Iraq", "n": 1},
                                                          {"value": "Yemen", "n": 1}]
    assert client.get("/v1/stats").json()["events"] == 5
    assert client.get("/v1/config").json()["tiles"] is None
    page = client.get("/")
    assert page.status_code == 200 and "text/html" in page.headers["content-type"]
    assert "script-src 'self'" in page.headers["content-security-policy"]
    assert client.get("/static/vendor/leaflet/leaflet.js").status_code == 200
    assert client.get("/static/vendor/basemap/countries.geojson").json()["features"]


@pytest.mark.parametrize("url", ["javascript:alert(1)", "http://[::1", "http://x.org:99999/a", "x\x00y", "//", "?"])
def test_odd_urls_are_stored(client, auth, url):
    r = client.post("/v1/articles", json={"text": f"اشتباك {url}", "url": url}, headers=auth)
    assert r.status_code == 201, r.text
