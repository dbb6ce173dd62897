"""The first view comes with the page (hadath.api.firstview): the browser draws it without asking
the API for the table, totals, timeline, facets or Arabic names (only the map's clusters, which
need the map's size); a URL's filters, sort and page come with it too; a view the API refuses is
asked of the API, whose error the page shows. The table's first screen of rows is drawn with the
view and the rest right after: when the page is ready, every row of the page is there. Leaflet's
styles are applied with Leaflet."""
from __future__ import annotations

from datetime import date, timedelta
from urllib.parse import urlsplit

import pytest

from tests.store.store_factories import make_article, make_event
from tests.web.test_dashboard import row_ids, wait_ready

VIEW_APIS = ("/v1/events", "/v1/stats", "/v1/timeline", "/v1/facets", "/v1/vocab")


@pytest.fixture(scope="module")
def sixty(tmp_path_factory):
    """60 events (two countries), so that a page holds 50 rows and a second page 10."""
    from hadath.store import open_store

    store = open_store(str(tmp_path_factory.mktemp("first") / "sixty.sqlite"))
    items = []
    for i in range(60):
        a = make_article(i)
        items.append((a, [make_event(a, country="Syria" if i % 3 else "Iraq", fatalities=i % 7,
                                     event_date=date(2023, 1, 1) + timedelta(days=i))]))
    store.add_many(items, "1.0")
    yield store
    store.close()


def api_requests(page) -> list[str]:
    asked: list[str] = []
    page.on("request", lambda r: asked.append(urlsplit(r.url).path) if "/v1/" in r.url else None)
    return asked


@pytest.mark.parametrize("query, first_ids", [
    ("", lambda s: [e["id"] for e in s.events(limit=50)]),
    ("?country=iraq&sort=fatalities&order=asc&lang=ar",
     lambda s: [e["id"] for e in s.events(country="Iraq")]),
    ("?page=2", lambda s: [e["id"] for e in s.events(limit=60)][50:]),
])
def test_the_first_view_comes_with_the_page(page, make_server, sixty, query, first_ids):
    server = make_server(sixty)
    asked = api_requests(page)
    page.goto(server.url + "/" + query)
    wait_ready(page)
    assert not [p for p in asked if p.startswith(VIEW_APIS)]      # drawn from the page's own data
    assert "/v1/clusters" in asked
    assert row_ids(page) == sorted(first_ids(sixty))               # every row of the page, the first screen and the rest
    total = len(sixty.events(limit=100, country="Iraq")) if "iraq" in query else 60
    assert page.locator("[data-testid=shown]").get_attribute("data-total") == str(total)
    assert page.locator("#map .leaflet-container, #map.leaflet-container").count() == 1
    assert page.evaluate("getComputedStyle(document.querySelector('.leaflet-pane')).position") == "absolute"
    assert page.errors == [] and page.outside_requests == []
    # the next view is asked of the API
    page.click("th[data-sort=event_type]")
    page.wait_for_function("new URLSearchParams(location.search).get('sort') === 'event_type'")
    wait_ready(page)
    assert "/v1/events" in asked


def test_a_view_the_api_refuses_shows_its_error(page, make_server, sixty):
    server = make_server(sixty)
    asked = api_requests(page)
    page.goto(server.url + "/?from=2024-13-01")
    page.wait_for_selector("body[data-ready='1']", state="attached")
    assert "/v1/events" in asked                                    # left to the API
    assert "from" in page.locator("[data-testid=summary]").text_content()
    assert page.locator("[data-testid=summary]").get_attribute("class") == "summary msg error"
