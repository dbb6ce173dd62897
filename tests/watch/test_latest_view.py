"""The read-only route behind the "latest" view: newest events, alerts, rules and the time each
source was last read (the page itself is tested in a browser in tests/web/test_watch_latest.py)."""
from __future__ import annotations

from hadath.watch.config import load
from hadath.watch.runner import Watcher
from hadath.watch.testing import Route
from tests.watch.test_watch import item, publish

HOSTILE = '<img src=x onerror="document.body.dataset.pwned=1">'


def watched_store(site, store, examples, sources_file, tmp_path, reports=("sd-jazira-rsf",)):
    publish(site, [item(site, examples[r]) for r in reports], len(reports))
    cfg = load([sources_file(f"""
[[source]]
name = "local-feed"
url = "{site.url}/feed.xml"
country = "Sudan"
[[source]]
name = "{HOSTILE.replace('"', "'")}"
url = "{site.url}/broken.xml"
[[alert]]
name = "sudan-mass-casualty"
filter = "country=Sudan&fatalities>=10"
jsonl = "{tmp_path / 'alerts.jsonl'}"
""")])
    Watcher(cfg, store, say=lambda m: None).run(once=True)
    return cfg


def test_watch_route(site, store, examples, sources_file, tmp_path):
    from fastapi.testclient import TestClient

    from hadath.api import create_app

    site.routes["/broken.xml"] = Route(b"nope", status=500)
    watched_store(site, store, examples, sources_file, tmp_path)
    client = TestClient(create_app(store))
    data = client.get("/v1/watch", params={"limit": 5}).json()
    assert [r["name"] for r in data["rules"]] == ["sudan-mass-casualty"]
    assert data["rules"][0]["filter"] == "country=Sudan&fatalities>=10"
    src = {s["name"]: s for s in data["sources"]}
    assert src["local-feed"]["last_checked_at"] and src["local-feed"]["country"] == "Sudan"
    assert "etag" not in src["local-feed"]
    assert "HTTP 500" in next(s for n, s in src.items() if n != "local-feed")["last_error"]
    assert data["alerts"][0]["rule"] == "sudan-mass-casualty" and data["alerts"][0]["fatalities"] == 100
    assert data["events"][0]["country"] == "Sudan" and "text" not in data["events"][0]
    assert client.get("/v1/watch", params={"limit": 0}).status_code in (400, 422)
    html = client.get("/latest")
    assert html.status_code == 200 and "latest.js" in html.text
