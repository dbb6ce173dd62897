"""The merged view in the browser: one row per real-world event with its fatalities across the
merged reports (best, low-high, from the store's merged_events table), the raw-reports switch
showing each report's own figure; and a re-clustering shown on the next load, not a minute later."""
from __future__ import annotations

from datetime import date

import pytest

from tests.store.store_factories import make_article, make_event

pytestmark = pytest.mark.browser


@pytest.fixture
def merged_server(tmp_path, make_server):
    from hadath.store import merged as MS, open_store
    from hadath.store.convert import now

    store = open_store(str(tmp_path / "merged.sqlite"))
    items = []
    for i, fat in enumerate((2, 9, 4)):
        a = make_article(i, source=f"Outlet {i}")
        items.append((a, [make_event(a, event_date=date(2024, 5, 1 + i // 2), fatalities=fat)]))
    store.add_many(items, "1.0")
    day = date(2024, 5, 1)
    MS.write(store, {1: "m1", 2: "m1", 3: "m3"}, [
        {"cluster_id": "m1", "event_date": day, "sort_day": day.toordinal(), "event_type": "Battles",
         "fatalities_low": 2, "fatalities_best": 5, "fatalities_high": 9, "event_count": 2, "source_count": 2,
         "members": [1, 2], "outlets": ["Outlet 0", "Outlet 1"], "updated_at": now()},
        {"cluster_id": "m3", "event_date": date(2024, 5, 2), "sort_day": date(2024, 5, 2).toordinal(),
         "event_type": "Battles", "fatalities_low": 4, "fatalities_best": 4, "fatalities_high": 4,
         "event_count": 1, "source_count": 1, "members": [3], "outlets": ["Outlet 2"], "updated_at": now()}], ())
    server = make_server(store)
    server.store = store
    yield server
    store.close()


def fatalities_by_id(page) -> dict[int, str]:
    return dict(page.locator("#rows tr[data-id]").evaluate_all(
        "rs => rs.map(r => [Number(r.dataset.id), r.children[7].textContent])"))


def test_merged_rows_show_best_and_range(page, merged_server, output_dir):
    page.goto(merged_server.url + "/")
    page.wait_for_selector("body[data-ready='1'] #rows tr[data-id]", state="attached")
    assert fatalities_by_id(page) == {1: "5 (2–9)", 3: "4"}
    title = page.locator("#rows tr[data-id='1'] [data-testid=merged-fatalities]").get_attribute("title")
    assert "2 reports" in title and "2 outlets" in title
    assert "9" in page.locator("[data-testid=summary]").text_content()  # 5 + 4 fatalities in the merged view
    page.screenshot(path=str(output_dir / "merged-view.png"))
    # raw reports: each report's own figure
    page.check("[data-testid=f-raw]")
    page.click("[data-testid=f-apply]")
    page.wait_for_function("new URLSearchParams(location.search).get('raw') === '1'")
    page.wait_for_selector("body[data-ready='1'] #rows tr[data-id='2']", state="attached")
    assert fatalities_by_id(page) == {1: "2", 2: "9", 3: "4"}
    # a re-clustering (event 3 leaves its merged event for m1) shows on the next load
    merged_server.store.set_clusters({3: "m1"})
    page.uncheck("[data-testid=f-raw]")
    page.click("[data-testid=f-apply]")
    page.wait_for_function("!new URLSearchParams(location.search).get('raw')")
    page.wait_for_selector("body[data-ready='1'] #rows tr[data-id]", state="attached")
    assert list(fatalities_by_id(page)) == [1]
    # the event page names the merged event's figures
    page.click("#rows tr[data-id='1']")
    page.wait_for_selector("[data-testid=ev-merged]")
    assert "5 (2–9)" in page.locator("[data-testid=ev-merged]").text_content()
    assert page.errors == []
