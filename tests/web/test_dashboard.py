"""The dashboard in a real browser (Debian's Chromium via Playwright) over the bundled example
reports, as an analyst uses it: filter -> URL -> reload -> same view; sort and page; export the
view; the event page with highlighted evidence; a correction with a bad then a good value (and
a place chosen from the gazetteer); the Arabic UI; a phone; the offline map's labels at zoom;
pasting an article. Screenshots go to test-output/."""
from __future__ import annotations

import csv
import io
import json
from urllib.parse import parse_qs, urlsplit

import pyarrow.parquet as pq
import pytest

from tests.web.map_view import set_view

pytestmark = pytest.mark.browser


def open_dashboard(page, server, query: str = ""):
    page.goto(server.url + "/" + query)
    wait_ready(page)


def wait_ready(page):
    page.wait_for_selector("body[data-ready='1']", state="attached")
    page.wait_for_selector("#rows tr")


def row_ids(page) -> list[int]:
    return sorted(page.locator("#rows tr[data-id]").evaluate_all("rs => rs.map(r => Number(r.dataset.id))"))


def test_overview_map_timeline_table(page, example_server, output_dir):
    server = example_server
    open_dashboard(page, server)
    events = server.store.events()
    assert row_ids(page) == sorted(e["id"] for e in events)
    assert page.locator("[data-testid=shown]").get_attribute("data-total") == str(len(events))
    assert str(len(events)) in page.locator("[data-testid=summary]").text_content()
    placed = [e for e in events if e["latitude"] is not None]
    page.wait_for_function(f"Number(document.getElementById('map').dataset.points) === {len(placed)}")
    # the events clustered by the server: every placed event in one cell or marker
    cells = page.locator(".ev-marker, .ev-cluster")
    assert 1 <= cells.count() <= len(placed)
    in_rings = sum(int(x) for x in page.locator(".ev-cluster span").all_text_contents())
    assert in_rings + page.locator(".ev-marker").count() == len(placed)
    # the basemap comes after the data: country outlines and admin-1 divisions
    page.wait_for_selector("#map[data-basemap='1']", state="attached")
    assert page.locator(".leaflet-basemap-pane path").count() > 100
    # timeline: bars plus the fatalities line; at most ~8 date ticks, no duplicate count labels
    assert page.locator("#timeline rect.bar").count() >= 1
    assert page.locator("#timeline polyline.fatalities-line").count() == 1
    ticks = page.locator("#timeline text.tick").all_text_contents()
    assert 1 <= len(ticks) <= 8
    counts = [x for x in page.locator("#timeline text.axis:not(.fat):not(.tick)").all_text_contents() if x.isdigit()]
    assert len(counts) == len(set(counts))
    # facets with counts: types, actors, places; a type's link filters the view
    assert page.locator("[data-testid=facet-types] li").count() >= 1
    assert page.locator("[data-testid=facet-actors] li .n").first.text_content().strip().isdigit()
    assert page.locator("[data-testid=facet-places] li .n").first.text_content().strip().isdigit()
    page.wait_for_timeout(600)
    page.screenshot(path=str(output_dir / "dashboard-en.png"), full_page=True)
    top = page.locator("[data-testid=facet-types] li a").first
    etype, n = top.get_attribute("data-value"), int(page.locator("[data-testid=facet-types] li .n").first.text_content())
    top.click()
    page.wait_for_function(f"new URLSearchParams(location.search).get('event_type') === {etype!r}")
    wait_ready(page)
    assert len(row_ids(page)) == n == len(server.store.events(event_type=etype))
    assert page.outside_requests == [], "the dashboard asked the internet for something"
    assert page.errors == []


def test_filter_url_reload_same_view(page, example_server):
    server = example_server
    open_dashboard(page, server)
    countries = [c["value"] for c in server.store.facets()["country"]] if isinstance(
        server.store.facets()["country"][0], dict) else server.store.facets()["country"]
    country = max(countries, key=lambda c: len(server.store.events(country=c)))
    expected = sorted(e["id"] for e in server.store.events(country=country))
    page.select_option("[data-testid=f-country]", country)
    page.fill("[data-testid=f-fmin]", "0")
    page.click("[data-testid=f-apply]")
    page.wait_for_function(f"new URLSearchParams(location.search).get('country') === {country!r}")
    wait_ready(page)
    assert row_ids(page) == expected
    query = parse_qs(urlsplit(page.url).query)
    assert query["country"] == [country] and query["fatalities_min"] == ["0"]
    # sort by fatalities (click the header), ascending on a second click
    page.click("th[data-sort=fatalities]")
    page.wait_for_function("new URLSearchParams(location.search).get('sort') === 'fatalities'")
    wait_ready(page)
    page.click("th[data-sort=fatalities]")
    page.wait_for_function("new URLSearchParams(location.search).get('order') === 'asc'")
    wait_ready(page)
    fat = [int(x.strip("~")) for x in page.locator("#rows tr[data-id] td:nth-child(8)").all_text_contents()]
    assert fat == sorted(fat)
    # reload: the same view
    url = page.url
    page.reload()
    wait_ready(page)
    assert page.url == url
    assert page.input_value("[data-testid=f-country]") == country
    assert row_ids(page) == expected
    assert page.locator("th[data-sort=fatalities]").get_attribute("data-order") == "asc"
    assert [int(x.strip("~")) for x in page.locator("#rows tr[data-id] td:nth-child(8)").all_text_contents()] == fat
    # actor in Arabic finds the English-named actor
    page.click("[data-testid=f-reset]")
    page.wait_for_function("!new URLSearchParams(location.search).get('country')")
    page.fill("[data-testid=f-actor]", "إسرائيل")
    page.click("[data-testid=f-apply]")
    page.wait_for_function("new URLSearchParams(location.search).get('actor') === 'إسرائيل'")
    wait_ready(page)
    israel = sorted(e["id"] for e in server.store.events(actor="Israel"))
    assert israel and row_ids(page) == israel
    assert page.errors == []


def test_export_of_the_current_view(page, example_server):
    server = example_server
    open_dashboard(page, server, "?event_type=Explosions%2FRemote+violence")
    expected = server.store.events(event_type="Explosions/Remote violence")
    assert len(row_ids(page)) == len(expected)
    with page.expect_download() as dl:
        page.click("[data-testid=export-csv]")
    assert dl.value.suggested_filename == "events.csv"
    rows = list(csv.DictReader(io.StringIO(open(dl.value.path(), encoding="utf-8").read())))
    assert len(rows) == len(expected) and {r["event_type"] for r in rows} == {"Explosions/Remote violence"}
    with page.expect_download() as dl:
        page.click("[data-testid=export-geojson]")
    assert dl.value.suggested_filename == "events.geojson"
    features = json.loads(open(dl.value.path(), encoding="utf-8").read())["features"]
    assert len(features) == len(expected) and {f["properties"]["event_type"] for f in features} == {
        "Explosions/Remote violence"}
    assert sum(f["geometry"] is not None for f in features) == sum(e["latitude"] is not None for e in expected)
    with page.expect_download() as dl:
        page.click("[data-testid=export-parquet]")
    assert dl.value.suggested_filename == "events.parquet"
    table = pq.read_table(dl.value.path())
    assert table.num_rows == len(expected) and set(table.column("event_type").to_pylist()) == {
        "Explosions/Remote violence"}
    href = page.get_attribute("[data-testid=export-parquet]", "href")
    assert "format=parquet" in href and "event_type=" in href and "merged=true" in href


def test_correct_bad_then_good_value(page, example_server, output_dir):
    server = example_server
    event = next(e for e in server.store.events() if e["evidence"] and e["status"] == "machine")
    open_dashboard(page, server)
    page.click(f"#rows tr[data-id='{event['id']}']")
    page.wait_for_selector("#ev-text mark.evidence")
    marks = page.locator("#ev-text mark.evidence").all_text_contents()
    for spans in event["evidence"].values():
        for s in spans:
            assert any(s["text"] in m or m in s["text"] for m in marks), (s, marks)
    assert page.locator("#ev-text").text_content() == server.store.event(event["id"])["article"]["text"]
    page.screenshot(path=str(output_dir / "event.png"), full_page=True)

    # without a token nothing is sent
    page.click("[data-testid=r-accept]")
    assert "token" in page.locator("[data-testid=r-msg]").text_content().lower()
    page.fill("[data-testid=token]", server.token)

    # a bad value: a low figure above the best one -> the server's message, nothing stored
    page.fill("[data-testid=e-fatalities_low]", str(event["fatalities"] + 50))
    page.click("[data-testid=r-correct]")
    page.wait_for_selector("[data-testid=r-msg].error:has-text('fatalities_low')")
    assert server.store.event(event["id"])["reviews"] == []

    # the good values, several fields in one save, and a place chosen from the gazetteer
    page.fill("[data-testid=e-fatalities_low]", "")
    new = event["fatalities"] + 4
    page.fill("[data-testid=e-fatalities]", str(new))
    page.fill("[data-testid=e-fatalities_high]", str(new + 2))
    page.select_option("[data-testid=e-time_precision]", "2")
    page.fill("[data-testid=e-place-q]", "الطبقة")
    page.click("[data-testid=e-place-search]")
    page.locator("[data-testid=e-place-list] button").first.click()
    page.fill("[data-testid=r-note]", "the hospital gave a higher toll")
    page.click("[data-testid=r-correct]")
    page.wait_for_selector("[data-testid=r-msg].ok")
    stored = server.store.event(event["id"])
    assert stored["fatalities"] == new and stored["fatalities_high"] == new + 2 and stored["time_precision"] == 2
    assert stored["location_ar"] == "الطبقة" and stored["country"] == "Syria" and stored["geo_precision"] in (1, 2, 3)
    assert stored["status"] == "corrected" and stored["reviews"][-1]["reviewer"] == "browser-test"
    page.reload()
    page.wait_for_selector("#ev-history li")
    assert page.locator("#ev-fields tr[data-field=fatalities] td").text_content().startswith(str(new))
    history = page.locator("#ev-history li").all_text_contents()
    assert any("fatalities" in h and "hospital" in h for h in history)
    page.screenshot(path=str(output_dir / "event-corrected.png"), full_page=True)
    assert page.errors == [m for m in page.errors if "422" in m]  # only the refused save


def test_arabic_ui(page, example_server, output_dir):
    open_dashboard(page, example_server)
    page.click("[data-testid=lang]")
    page.wait_for_function("document.documentElement.dir === 'rtl'")
    wait_ready(page)
    assert "lang=ar" in page.url
    assert page.locator("[data-i18n=map]").text_content() == "الخريطة"
    legend = page.locator("[data-testid=legend]").text_content()
    assert "معارك" in legend and "Battles" not in legend
    table = page.locator("#rows").text_content()
    assert "Explosions/Remote violence" not in table and "انفجارات" in table
    assert "Military Forces of Israel" not in table  # actors in Arabic
    assert page.locator("th[data-sort=fatalities]").text_content() == "القتلى"
    page.reload()
    wait_ready(page)
    assert page.get_attribute("html", "dir") == "rtl"
    page.wait_for_timeout(600)
    page.screenshot(path=str(output_dir / "dashboard-ar.png"), full_page=True)
    row = page.locator("#rows tr[data-id]").first
    row.click()
    page.wait_for_selector("#ev-text mark.evidence")
    assert page.locator("#ev-fields tr[data-field=event_type] th").text_content() == "نوع الحدث"
    assert page.errors == []


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_phone(browser, example_server, output_dir, lang):
    context = browser.new_context(viewport={"width": 390, "height": 844}, device_scale_factor=2, is_mobile=True,
                                  has_touch=True)
    page = context.new_page()
    try:
        page.goto(example_server.url + ("/?lang=ar" if lang == "ar" else "/"))
        wait_ready(page)
        assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")  # nothing overflows
        cell = page.locator("#rows tr[data-id] td").first
        assert cell.bounding_box()["width"] > 300  # rows are cards, not a 10-column table
        page.wait_for_timeout(500)
        page.screenshot(path=str(output_dir / f"dashboard-{lang}-phone.png"))
    finally:
        context.close()


def test_map_labels_at_zoom(page, example_server, output_dir):
    open_dashboard(page, example_server)
    page.wait_for_function("window.HMap && window.HMap.map")
    set_view(page, [36.1, 37.0], 4)
    page.wait_for_function("Number(document.getElementById('map').dataset.labels) >= 1")
    page.wait_for_selector("#map[data-outlines=low]", state="attached")  # simplified outlines when zoomed out
    assert page.locator(".admin1-label").count() == 0  # governorates only from zoom 6
    assert page.locator(".place-label.tier-2, .place-label.tier-3").count() == 0  # small towns later
    set_view(page, [36.0, 36.8], 9)  # Idlib / Aleppo governorates
    page.wait_for_selector(".place-label.tier-2", state="attached")
    page.wait_for_selector("#map[data-outlines=full]", state="attached")  # full detail when zoomed in
    labels = page.locator(".place-label").all_text_contents()
    assert any("Aleppo" in x for x in labels) and any("Idlib" in x for x in labels)
    assert page.locator(".admin1-label").count() >= 1
    page.wait_for_timeout(400)
    page.locator(".map-panel").screenshot(path=str(output_dir / "map-governorate.png"))
    page.click("[data-testid=lang]")
    page.wait_for_function("document.querySelector('.place-label') && /[\\u0600-\\u06FF]/.test("
                           "[...document.querySelectorAll('.place-label')].map(n => n.textContent).join(''))")
    assert page.outside_requests == []


def test_paste_an_article_then_save(page, example_server):
    server = example_server
    open_dashboard(page, server)
    before = server.store.counts()["articles"]
    text = "قتل ثلاثة مدنيين وأصيب خمسة آخرون في قصف مدفعي على بلدة سرمدا في ريف إدلب يوم الاثنين."
    page.fill("[data-testid=paste-text]", text)
    page.fill("[data-testid=paste-published]", "2024-03-14")
    page.click("[data-testid=paste-extract]")
    page.wait_for_function("document.querySelector('[data-testid=paste-events] li')", timeout=60_000)
    assert server.store.counts()["articles"] == before  # extraction alone stores nothing
    page.click("[data-testid=paste-save]")
    assert "token" in page.locator("[data-testid=paste-msg]").text_content().lower()
    page.fill("[data-testid=token]", server.token)
    page.click("[data-testid=paste-save]")
    page.wait_for_selector("[data-testid=paste-msg].ok")
    assert server.store.counts()["articles"] == before + 1


def test_api_docs_page_offline(strict_page, example_server, output_dir):
    page = strict_page
    page.goto(example_server.url + "/v1/docs")
    page.wait_for_selector(".swagger-ui .opblock", timeout=20_000)
    assert page.locator(".opblock-summary-path").filter(has_text="/v1/events").count() >= 1
    assert page.outside_requests == []
