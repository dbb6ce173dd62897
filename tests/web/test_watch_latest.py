"""The dashboard's "latest" view (hadath watch) in Debian's Chromium: alerts, rules, the time each
source was last read; it refreshes itself and renders feed text as text, never as markup."""
from __future__ import annotations

import pytest

from hadath.watch.runner import Watcher
from hadath.watch.testing import Route
from tests.watch.conftest import examples, site, sources_file, store  # noqa: F401 (fixtures)
from tests.watch.test_latest_view import HOSTILE, watched_store
from tests.watch.test_watch import item, publish


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
