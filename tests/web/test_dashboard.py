"""The dashboard in a real browser (Chromium via Playwright) over the bundled example reports:
map, timeline, table, filters, the event page with highlighted evidence, and a correction that
persists. Screenshots go to test-output/ (map.png, timeline.png, dashboard.png, event.png)."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser


def open_dashboard(page, server):
    page.goto(server.url + "/")
    page.wait_for_selector("body[data-ready='1']", state="attached")
    page.wait_for_selector("#rows tr[data-id]")


def test_map_timeline_and_table(page, example_server, output_dir):
    server = example_server
    open_dashboard(page, server)
    api_events = server.store.events()
    with_coords = [e for e in api_events if e["latitude"] is not None]
    assert with_coords, "no example event has coordinates"
    # table: one row per stored event (all fit on the first page)
    assert page.locator("#rows tr[data-id]").count() == len(api_events)
    # map: every placed event is a marker or inside a cluster
    page.wait_for_function("Number(document.getElementById('map').dataset.points) > 0")
    assert int(page.get_attribute("#map", "data-points")) == len(with_coords)
    page.wait_for_selector(".ev-marker, .ev-cluster")
    assert page.locator(".leaflet-overlay-pane path").count() > 10  # the offline country outlines
    # timeline: one bar per (day, type)
    bars = page.locator("#timeline rect.bar")
    assert bars.count() == len(server.store.timeline())
    page.wait_for_timeout(1000)  # let the cluster/zoom animation settle
    page.locator(".map-panel").screenshot(path=str(output_dir / "map.png"))
    page.locator(".timeline-panel").screenshot(path=str(output_dir / "timeline.png"))
    page.screenshot(path=str(output_dir / "dashboard.png"), full_page=True)
    assert page.outside_requests == [], "the dashboard asked the internet for something"
    assert page.errors == []


def test_filters(page, example_server):
    open_dashboard(page, example_server)
    countries = example_server.store.facets()["country"]
    country = max(countries, key=lambda c: len(example_server.store.events(country=c)))
    expected = example_server.store.events(country=country)
    page.select_option("[data-testid=f-country]", country)
    page.click("[data-testid=f-apply]")
    page.wait_for_function(f"document.querySelectorAll('#rows tr[data-id]').length === {len(expected)}")
    shown = sorted(int(x) for x in page.locator("#rows tr[data-id]").evaluate_all("rs => rs.map(r => r.dataset.id)"))
    assert shown == sorted(e["id"] for e in expected)
    # free-text search over an Arabic place name
    ev = next(e for e in expected if e.get("location_ar"))
    page.fill("[data-testid=f-q]", ev["location_ar"])
    page.click("[data-testid=f-apply]")
    page.wait_for_function("document.querySelectorAll('#rows tr[data-id]').length >= 1")
    ids = page.locator("#rows tr[data-id]").evaluate_all("rs => rs.map(r => Number(r.dataset.id))")
    assert ev["id"] in ids and len(ids) < len(example_server.store.events())
    assert page.errors == []


def test_event_page_evidence_and_correction(page, example_server, output_dir):
    server = example_server
    event = next(e for e in server.store.events() if e["evidence"])
    open_dashboard(page, server)
    page.click(f"#rows tr[data-id='{event['id']}']")
    page.wait_for_selector("#ev-text mark.evidence")
    # every evidence span is highlighted with exactly its text
    marks = page.locator("#ev-text mark.evidence").all_text_contents()
    for spans in event["evidence"].values():
        for s in spans:
            assert any(s["text"] in m or m in s["text"] for m in marks), (s, marks)
    text = page.locator("#ev-text").text_content()
    assert text == server.store.event(event["id"])["article"]["text"]
    page.screenshot(path=str(output_dir / "event.png"), full_page=True)

    # without a token the review is refused and nothing changes
    page.click("[data-testid=r-accept]")
    assert "token" in page.locator("[data-testid=r-msg]").text_content().lower()

    new = event["fatalities"] + 4
    page.fill("[data-testid=token]", server.token)
    page.fill("[data-testid=r-reviewer]", "amal")
    page.select_option("[data-testid=r-field]", "fatalities")
    page.fill("[data-testid=r-value]", str(new))
    page.fill("[data-testid=r-note]", "the hospital gave a higher toll")
    page.click("[data-testid=r-correct]")
    page.wait_for_selector("[data-testid=r-msg].ok")
    assert page.locator("#ev-fields tr[data-field=fatalities] td").text_content().startswith(str(new))

    # persisted: reload the page, and in the store
    page.reload()
    page.wait_for_selector("#ev-history li")
    assert page.locator("#ev-fields tr[data-field=fatalities] td").text_content().startswith(str(new))
    history = page.locator("#ev-history li").all_text_contents()
    assert any("amal" in h and "fatalities" in h and "hospital" in h for h in history)
    stored = server.store.event(event["id"])
    assert stored["fatalities"] == new and stored["status"] == "corrected"
    assert stored["reviews"][-1]["reviewer"].endswith("(as amal)")  # the token names the reviewer (#13)
    page.screenshot(path=str(output_dir / "event-corrected.png"), full_page=True)
    assert page.errors == []


def test_arabic_right_to_left(page, example_server, output_dir):
    open_dashboard(page, example_server)
    page.click("[data-testid=lang]")
    page.wait_for_function("document.documentElement.dir === 'rtl'")
    assert page.get_attribute("html", "lang") == "ar"
    assert page.locator("[data-i18n=map]").text_content() == "الخريطة"
    page.wait_for_selector("#rows tr[data-id]")
    page.screenshot(path=str(output_dir / "dashboard-ar.png"), full_page=True)
    page.click("[data-testid=lang]")
    page.wait_for_function("document.documentElement.dir === 'ltr'")
