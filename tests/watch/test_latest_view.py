"""The dashboard's "latest" view and its read-only route: newest events, alerts, rules and the
time each source was last read; the page refreshes itself and renders feed text as text."""
from __future__ import annotations

import pytest

from hadath.watch.config import load
from hadath.watch.runner import Watcher
from hadath.watch.testing import Route
from tests.watch.test_watch import item, publish
from tests.web.conftest import browser, output_dir, page  # noqa: F401 (fixtures)

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


@pytest.mark.browser
def test_latest_view_refreshes_itself(site, store, examples, sources_file, tmp_path, page, output_dir):  # noqa: F811
    from tests.web.conftest import Server

    site.routes["/broken.xml"] = Route(b"nope", status=500)
    cfg = watched_store(site, store, examples, sources_file, tmp_path, reports=("ye-aden-protest",))
    server = Server(store)
    try:
        page.goto(server.url + "/latest?refresh=5")
        page.wait_for_selector("[data-testid=rules-table] tr[data-rule=sudan-mass-casualty]")
        assert "country=Sudan&fatalities>=10" in page.inner_text("[data-testid=rules-table]")
        feed_row = page.locator("[data-testid=sources-table] tr[data-source=local-feed]")
        assert "ago" in feed_row.locator("[data-testid=last-read]").inner_text()
        assert "Sudan" in feed_row.inner_text()
        assert "HTTP 500" in page.inner_text("[data-testid=sources-table]")
        assert "no alert fired yet" in page.inner_text("[data-testid=alerts-table]")
        # the outlet publishes; the watch reads it; the open page shows it without a reload
        publish(site, [item(site, examples["sd-jazira-rsf"]), item(site, examples["ye-aden-protest"])], 2)
        Watcher(cfg, store, say=lambda m: None).run(once=True)
        page.wait_for_selector("[data-testid=alerts-table] tr[data-rule=sudan-mass-casualty]", timeout=15000)
        assert "Al Jazirah" in page.inner_text("[data-testid=alerts-table]")
        assert "Violence against civilians" in page.inner_text("[data-testid=latest-events]")
        # the hostile source name is text, never markup
        assert HOSTILE.replace('"', "'") in page.inner_text("[data-testid=sources-table]")
        assert page.evaluate("document.body.dataset.pwned") is None
        assert page.locator("[data-testid=sources-table] img").count() == 0
        page.screenshot(path=str(output_dir / "watch-latest.png"), full_page=True)
        assert not page.outside_requests and not page.errors
    finally:
        server.stop()
