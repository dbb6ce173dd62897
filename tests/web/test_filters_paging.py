"""Every filter of the dashboard's form, in a real browser, over 120 events: set it, apply, and
the table holds what the store's own SQL query returns (merged view), the URL carries it and a
reload gives the same rows; the pager (next/previous, "page x of y", the page in the URL); the
timeline's bins (day, week, month) from its menu."""
from __future__ import annotations

from datetime import date, timedelta
from urllib.parse import parse_qs, urlsplit

import pytest

from tests.store.store_factories import make_article, make_event

pytestmark = pytest.mark.browser

TYPES = [("Battles", "Armed clash"), ("Explosions/Remote violence", "Air/drone strike"),
         ("Explosions/Remote violence", "Shelling/artillery/missile attack"), ("Protests", "Peaceful protest")]
ADMIN1 = ["Aleppo", "Idlib", "Hama"]
N = 120


@pytest.fixture(scope="module")
def busy_server(tmp_path_factory):
    from hadath.store import open_store
    from tests.web.conftest import Server

    store = open_store(str(tmp_path_factory.mktemp("busy") / "busy.sqlite"))
    items = []
    for i in range(N):
        a = make_article(i, source="Alpha" if i % 3 else "Beta")
        etype, sub = TYPES[i % 4]
        items.append((a, [make_event(a, event_type=etype, sub_event_type=sub, admin1=ADMIN1[i % 3],
                                     event_date=date(2024, 1, 1) + timedelta(days=i * 3), fatalities=i % 7,
                                     location=f"Town {i % 10}")]))
    store.add_many(items, "1.0")
    store.set_clusters({2: "c2", 3: "c2"})             # two reports of one event: merged by default
    store.review(5, "reject", reviewer="t")            # hidden unless the status says so
    server = Server(store)
    yield server
    server.stop()
    store.close()


def wait_view(page):
    page.wait_for_selector("body[data-ready='1']", state="attached")
    page.wait_for_selector("#rows tr")


def shown_ids(page) -> list[int]:
    return sorted(page.locator("#rows tr[data-id]").evaluate_all("rs => rs.map(r => Number(r.dataset.id))"))


# (form field, value, the store's filter)
FILTERS = [
    ("f-from", "2024-09-01", {"date_from": "2024-09-01"}),
    ("f-to", "2024-02-15", {"date_to": "2024-02-15"}),
    ("f-admin1", "Idlib", {"admin1": "Idlib"}),
    ("f-type", "Protests", {"event_type": "Protests"}),
    ("f-subtype", "Shelling/artillery/missile attack", {"sub_event_type": "Shelling/artillery/missile attack"}),
    ("f-fmin", "5", {"fatalities_min": 5}),
    ("f-fmax", "1", {"fatalities_max": 1}),
    ("f-status", "rejected", {"status": "rejected"}),
    ("f-source", "Beta", {"source": "Beta"}),
    ("f-q", "Town 3", {"q": "Town 3"}),
]
PARAM = {"f-from": "from", "f-to": "to", "f-admin1": "admin1", "f-type": "event_type", "f-subtype": "sub_event_type",
         "f-fmin": "fatalities_min", "f-fmax": "fatalities_max", "f-status": "status", "f-source": "source", "f-q": "q"}


def test_every_filter_of_the_form(page, busy_server):
    store = busy_server.store
    page.goto(busy_server.url + "/")
    wait_view(page)
    for testid, value, filters in FILTERS:
        expected = sorted(e["id"] for e in store.events(merged=True, limit=500, with_text=False, **filters))
        assert 0 < len(expected) <= 50, (testid, len(expected))  # one page, and not empty
        page.click("[data-testid=f-reset]")
        page.wait_for_function("location.search === ''")
        wait_view(page)
        node = page.locator(f"[data-testid={testid}]")
        if node.evaluate("n => n.tagName") == "SELECT":
            page.select_option(f"[data-testid={testid}]", value)
        else:
            node.fill(value)
        page.click("[data-testid=f-apply]")
        param = PARAM[testid]
        page.wait_for_function(f"new URLSearchParams(location.search).get({param!r}) === {value!r}")
        wait_view(page)
        assert shown_ids(page) == expected, testid
        assert page.get_attribute("[data-testid=shown]", "data-total") == str(len(expected)), testid
    # the last view survives a reload
    page.reload()
    wait_view(page)
    assert page.input_value("[data-testid=f-q]") == "Town 3" and shown_ids(page) == expected
    assert page.errors == []


def test_pager_and_timeline_bins(page, busy_server):
    store = busy_server.store
    total = len(store.events(merged=True, limit=500, with_text=False))
    pages = -(-total // 50)
    page.goto(busy_server.url + "/")
    wait_view(page)
    first = shown_ids(page)
    assert len(first) == 50 and page.locator("[data-testid=prev]").is_disabled()
    assert page.text_content("[data-testid=pageinfo]") == f"Page 1 of {pages}"
    page.click("[data-testid=next]")
    page.wait_for_function("new URLSearchParams(location.search).get('page') === '2'")
    wait_view(page)
    second = shown_ids(page)
    assert len(second) == 50 and not set(first) & set(second)
    assert page.text_content("[data-testid=pageinfo]") == f"Page 2 of {pages}"
    page.reload()
    wait_view(page)
    assert shown_ids(page) == second
    page.click("[data-testid=next]")
    page.wait_for_function("new URLSearchParams(location.search).get('page') === '3'")
    wait_view(page)
    assert len(shown_ids(page)) == total - 100 and page.locator("[data-testid=next]").is_disabled()
    page.click("[data-testid=prev]")
    page.wait_for_function("new URLSearchParams(location.search).get('page') === '2'")
    # the timeline's bins: auto (a year of events: weeks), then month, then day, in the URL
    assert page.get_attribute("[data-testid=timeline-svg]", "data-bin") == "week"
    for bin in ("month", "day"):
        page.select_option("[data-testid=bin]", bin)
        page.wait_for_function(f"new URLSearchParams(location.search).get('bin') === {bin!r}")
        page.wait_for_selector(f"[data-testid=timeline-svg][data-bin={bin}]")
    ticks = page.locator("#timeline text.tick").all_text_contents()
    assert ticks and all(len(t) == 10 for t in ticks)  # days: YYYY-MM-DD
    query = parse_qs(urlsplit(page.url).query)
    assert query["bin"] == ["day"] and query["page"] == ["2"]
    assert page.errors == []
