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


SECURITY_HEADERS = ("content-security-policy", "x-content-type-options", "referrer-policy", "x-frame-options")


def _has_security_headers(r) -> bool:
    return all(h in r.headers for h in SECURITY_HEADERS)


def test_every_error_status_is_json_with_security_headers(store, pipeline, auth):
    from fastapi.testclient import TestClient

    from hadath.api import create_app

    def broken(_article):
        raise MemoryError  # not an Exception subclass the routes handle: reaches the outer layer

    app = create_app(store, pipeline=pipeline, max_body=1_000)
    cursor = __import__("base64").urlsafe_b64encode(f"1:{2**63}".encode()).decode()
    with TestClient(app, raise_server_exceptions=False) as c:
        cases = {
            400: c.get("/v1/events", params={"cursor": cursor}),   # was a plain-text 500
            401: c.post("/v1/articles", json={"text": "x"}),
            404: c.get("/v1/events/999999"),
            405: c.delete("/v1/events/1"),
            413: c.post("/v1/extract", content=b"{" + b" " * 2_000 + b"}",
                        headers={"content-type": "application/json"}),
            422: c.post("/v1/events/1/review", json={"action": "nope"}, headers=auth),
        }
    app = create_app(store, pipeline=broken)
    app.state.tokens.check = lambda _t: (_ for _ in ()).throw(RuntimeError("boom"))  # an unhandled bug
    with TestClient(app, raise_server_exceptions=False) as c:
        cases[500] = c.post("/v1/articles", json={"text": "اشتباك"}, headers=auth)
    for status, r in cases.items():
        assert r.status_code == status, (status, r.text)
        assert r.headers["content-type"].startswith("application/json") and r.json()["error"], (status, r.text)
        assert _has_security_headers(r), (status, dict(r.headers))


def test_reviewer_is_the_token_not_the_body(client, auth):
    r = client.post("/v1/events/1/review", headers=auth, json={"action": "accept", "reviewer": "someone-else"})
    assert r.status_code == 200, r.text
    r = client.post("/v1/events/1/review", headers=auth, json={"action": "accept"})
    assert [x["reviewer"] for x in r.json()["reviews"]] == ["tester (as someone-else)", "tester"]


def test_extract_and_export_are_rate_limited_per_client(store, pipeline, auth):
    from fastapi.testclient import TestClient

    from hadath.api import create_app
    from hadath.api.limits import RateLimiter

    app = create_app(store, pipeline=pipeline, limiter=RateLimiter(rate=1, burst=2, concurrency=0))
    with TestClient(app) as c:
        codes = [c.post("/v1/extract", json={"text": "اشتباك"}).status_code for _ in range(3)]
        assert codes == [200, 200, 429]
        r = c.get("/v1/export", params={"format": "jsonl"})
        assert r.status_code == 429 and int(r.headers["retry-after"]) >= 1 and r.json()["error"] == "rate_limited"
        assert _has_security_headers(r)
        # a token is its own client, with its own bucket
        assert c.get("/v1/export", params={"format": "jsonl"}, headers=auth).status_code == 200


def test_concurrency_cap_refuses_with_503():
    from hadath.api.limits import RateLimiter

    lim = RateLimiter(rate=0, concurrency=2)
    assert lim.take("ip:1") == 0.0 and lim.enter() and lim.enter()
    assert not lim.enter()          # a third at once is refused
    lim.leave()
    assert lim.enter()


def test_concurrency_cap_over_http(store, pipeline):
    import threading

    from fastapi.testclient import TestClient

    from hadath.api import create_app
    from hadath.api.limits import RateLimiter

    inside, release = threading.Event(), threading.Event()

    def slow(article):
        inside.set()
        release.wait(10)
        return pipeline(article)

    app = create_app(store, pipeline=slow, limiter=RateLimiter(rate=0, concurrency=1))
    with TestClient(app) as c:
        first: list = []
        t = threading.Thread(target=lambda: first.append(c.post("/v1/extract", json={"text": "اشتباك"})))
        t.start()
        assert inside.wait(10)
        busy = c.post("/v1/extract", json={"text": "اشتباك"})
        release.set()
        t.join(10)
    assert busy.status_code == 503 and busy.json()["error"] == "busy" and busy.headers["retry-after"] == "1"
    assert first[0].status_code == 200


def test_token_commands_list_and_revoke(tmp_path):
    from click.testing import CliRunner

    from hadath.cli import main
    from hadath.store import open_store

    db = str(tmp_path / "t.sqlite")
    runner = CliRunner()
    token = runner.invoke(main, ["serve", "--db", db, "--create", "--create-token", "amal"]).output.splitlines()[0]
    listed = runner.invoke(main, ["serve", "--db", db, "--list-tokens"])
    assert listed.exit_code == 0 and "\tamal\t" in listed.output and "live" in listed.output
    assert token not in listed.output                   # the secret is never shown again
    assert runner.invoke(main, ["serve", "--db", db, "--revoke-token", "amal"]).exit_code == 0
    s = open_store(db)
    try:
        assert s.check_token(token) is None and s.tokens()[0]["revoked"]
    finally:
        s.close()
    again = runner.invoke(main, ["serve", "--db", db, "--revoke-token", "amal"])
    assert again.exit_code == 1 and "no live token" in again.output
    missing = runner.invoke(main, ["serve", "--db", str(tmp_path / "none.sqlite"), "--list-tokens"])
    assert missing.exit_code == 1 and "no store" in missing.output
