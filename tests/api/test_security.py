"""Write endpoints need a token; tokens are kept hashed; bodies are bounded; filters are inert."""
from __future__ import annotations

import pytest

from hadath.api.auth import TokenChecker, hash_token, parse_entries
from hadath.errors import HadathError

WRITE_BODIES = {
    ("POST", "/v1/articles"): {"text": "اشتباك في حلب"},
    ("POST", "/v1/events/{event_id}/review"): {"action": "accept"},
}
OPEN_POSTS = {"/v1/extract"}  # computes, stores nothing


def write_routes(app):
    out = set()
    for route in app.routes:
        for method in getattr(route, "methods", ()) or ():
            if method in {"POST", "PUT", "PATCH", "DELETE"} and route.path not in OPEN_POSTS:
                out.add((method, route.path))
    return out


def test_every_write_endpoint_is_known(app):
    assert write_routes(app) == set(WRITE_BODIES)


@pytest.mark.parametrize("headers", [
    {},
    {"Authorization": "Bearer wrong-token-0123456789"},
    {"Authorization": "Basic dXNlcjpwYXNz"},
    {"Authorization": "Bearer "},
    {"Authorization": "hdt_"},
])
def test_writes_without_a_valid_token_are_401(client, store, headers):
    before = store.counts()
    for (method, path), body in WRITE_BODIES.items():
        r = client.request(method, path.replace("{event_id}", "1"), json=body, headers=headers)
        assert r.status_code == 401, (path, r.text)
        assert r.json()["error"] == "unauthorized" and r.headers["www-authenticate"] == "Bearer"
    assert store.counts() == before


def test_writes_with_a_token_work(client, auth):
    for (method, path), body in WRITE_BODIES.items():
        r = client.request(method, path.replace("{event_id}", "1"), json=body, headers=auth)
        assert r.status_code in (200, 201), r.text


def test_env_and_file_tokens(store, tmp_path, monkeypatch):
    f = tmp_path / "tokens"
    secret = "file-token-0123456789abcdef"
    f.write_text(f"# analysts\nomar={secret}\nsha256:{hash_token('hashed-token-0123456789')}\n")
    monkeypatch.setenv("HADATH_API_TOKENS", "env-token-0123456789abcdef, amal=env-token-2-0123456789")
    checker = TokenChecker.configured(store, str(f))
    assert checker.check(secret) == "omar"
    assert checker.check("hashed-token-0123456789")
    assert checker.check("env-token-0123456789abcdef")
    assert checker.check("env-token-2-0123456789") == "amal"
    assert checker.check("nope-nope-nope-nope") is None and checker.check(None) is None
    assert secret not in repr(checker.hashes)  # only hashes in memory


@pytest.mark.parametrize("entry, message", [
    ("short", "at least 16"),
    ("sha256:abc", "not a sha256"),
])
def test_bad_token_entries(entry, message):
    with pytest.raises(HadathError, match=message):
        parse_entries([entry], "test")


def test_body_size_limit(client, auth):
    big = {"text": "ا" * 200_000}
    for path in ("/v1/articles", "/v1/extract"):
        r = client.post(path, json=big, headers=auth)
        assert r.status_code == 413 and r.json()["error"] == "too_large"


def test_malformed_json_is_a_clear_4xx(client, auth):
    r = client.post("/v1/articles", content=b"{not json", headers={**auth, "Content-Type": "application/json"})
    assert r.status_code == 422 and r.json()["error"] == "invalid_request"
    r = client.post("/v1/extract", json={"text": ""})
    assert r.status_code == 422 and "text" in r.json()["message"]


@pytest.mark.parametrize("value", [
    "'; DROP TABLE events; --", "Syria' OR '1'='1", "%", "_", "\\", "1) OR 1=1 --", "\" OR \"\"=\"",
    "سوريا'; DELETE FROM articles; --",
])
def test_sql_ish_filter_values_are_harmless(client, store, value):
    for key in ("country", "admin1", "event_type", "actor", "q", "cluster_id", "article_id", "source"):
        r = client.get("/v1/events", params={key: value})
        assert r.status_code == 200 and r.json()["events"] == [], (key, value)
    assert store.counts()["events"] == 5 and store.counts()["articles"] == 5


def test_security_headers(client):
    h = client.get("/").headers
    assert "object-src 'none'" in h["content-security-policy"]
    assert h["x-content-type-options"] == "nosniff" and h["x-frame-options"] == "DENY"


@pytest.mark.parametrize("template, origin", [
    ("https://tile.openstreetmap.org/{z}/{x}/{y}.png", "https://tile.openstreetmap.org"),
    ("https://{s}.tile.example.org/{z}/{x}/{y}.png", "https://*.tile.example.org"),
    ("http://127.0.0.1:8080/tiles/{z}/{x}/{y}.png", "http://127.0.0.1:8080"),
])
def test_tile_server_is_allowed_by_csp(store, template, origin):
    from fastapi.testclient import TestClient

    from hadath.api import create_app

    c = TestClient(create_app(store, tiles=template))
    assert c.get("/v1/config").json()["tiles"] == template
    assert f"img-src 'self' data: {origin};" in c.get("/").headers["content-security-policy"]
