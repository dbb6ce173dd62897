"""The map's clusters in the browser: the server's cells drawn as rings (a count, the types as
colours) and single events as markers; clicking a ring that zooming splits zooms in, and the
cells are asked again for the new view; a ring whose events share one point opens a list of
them instead."""
from __future__ import annotations

from datetime import date

import pytest

from tests.store.store_factories import make_article, make_event
from tests.web.map_view import set_view

pytestmark = pytest.mark.browser

ALEPPO, IDLIB_A, IDLIB_B, BAGHDAD = (36.2, 37.15), (35.93, 36.63), (35.95, 36.65), (33.3, 44.4)
PLACES = [ALEPPO, ALEPPO, ALEPPO, IDLIB_A, IDLIB_B, BAGHDAD]


@pytest.fixture
def map_server(tmp_path, make_server):
    from hadath.store import open_store

    store = open_store(str(tmp_path / "map.sqlite"))
    items = []
    for i, (lat, lon) in enumerate(PLACES):
        a = make_article(i)
        etype, sub = ("Protests", "Peaceful protest") if i == 2 else ("Battles", "Armed clash")
        items.append((a, [make_event(a, latitude=lat, longitude=lon, event_type=etype, sub_event_type=sub,
                                     event_date=date(2024, 1, 1 + i), location=f"Place {i}", fatalities=i)]))
    store.add_many(items, "1.0")
    yield make_server(store)
    store.close()


def zoom(page) -> int:
    return int(page.get_attribute("#map", "data-zoom"))


def test_rings_zoom_in_and_a_ring_at_one_point_lists_its_events(page, map_server):
    page.goto(map_server.url + "/")
    page.wait_for_selector("body[data-ready='1'] #rows tr[data-id]", state="attached")
    assert page.get_attribute("#map", "data-points") == "6"
    fitted = zoom(page)
    assert page.evaluate("window.HMap.map.getZoom()") == fitted  # the map is where the server fitted it
    counts = sorted(int(x) for x in page.locator(".ev-cluster span").all_text_contents())
    assert sum(counts) + page.locator(".ev-marker").count() == 6 and counts  # Syria's events in a ring

    # a ring that zooming splits: a click zooms in by two, and the cells are asked again
    page.locator(".ev-cluster").first.click()
    page.wait_for_function(f"Number(document.getElementById('map').dataset.zoom) === {fitted + 2}")
    assert page.evaluate("window.HMap.map.getZoom()") == fitted + 2

    # deep enough to part Idlib's two events; Aleppo's three share one point: a list, not a zoom
    set_view(page, [35.94, 36.64], 13)
    page.wait_for_function("Number(document.getElementById('map').dataset.zoom) === 13")
    page.wait_for_function("document.querySelectorAll('.ev-marker').length === 2")
    assert page.locator(".ev-cluster").count() == 0
    set_view(page, [36.2, 37.15], 13)
    page.wait_for_function("document.querySelectorAll('.ev-marker').length === 0")
    assert page.locator(".ev-cluster span").all_text_contents() == ["3"]
    page.locator(".ev-cluster").first.click()
    page.wait_for_selector(".leaflet-popup-content .popup ol.latest li")
    popup = page.locator(".leaflet-popup-content")
    assert popup.locator("ol.latest li").count() == 3
    assert "Battles: 2" in popup.text_content() and "Protests: 1" in popup.text_content()
    assert zoom(page) == 13
    href = popup.locator("ol.latest a").first.get_attribute("href")
    assert href.startswith("#/event/")
    assert page.errors == []


def test_a_points_popup_shows_all_its_events_in_the_table(page, map_server):
    page.goto(map_server.url + "/")
    page.wait_for_selector("body[data-ready='1'] #rows tr[data-id]", state="attached")
    assert page.get_attribute("[data-testid=shown]", "data-total") == "6"
    assert page.locator("[data-testid=f-area]").is_hidden()
    page.wait_for_function("window.HMap && window.HMap.map")
    set_view(page, [36.2, 37.15], 13)
    page.wait_for_function("document.querySelectorAll('.ev-cluster').length === 1 && "
                           "document.querySelectorAll('.ev-marker').length === 0")
    page.locator(".ev-cluster").first.click()
    link = page.locator(".leaflet-popup-content [data-testid=show-all]")
    assert link.text_content() == "Show all 3 in the table"
    link.click()
    page.wait_for_function("new URLSearchParams(location.search).get('bbox') && document.body.dataset.ready === '1'")
    page.wait_for_function("document.querySelector('[data-testid=shown]').dataset.total === '3'")
    assert page.locator("#rows tr[data-id]").count() == 3
    page.wait_for_selector(".leaflet-popup", state="detached")  # closed (after Leaflet's fade-out)
    bbox = page.evaluate("new URLSearchParams(location.search).get('bbox')")
    w, s, e, n = (float(x) for x in bbox.split(","))
    assert w <= 37.15 <= e and s <= 36.2 <= n
    assert page.locator("[data-testid=f-area]").is_visible() and page.input_value("[data-testid=f-bbox]") == bbox

    page.reload()  # the view is in the URL
    page.wait_for_selector("body[data-ready='1'] #rows tr[data-id]", state="attached")
    assert page.get_attribute("[data-testid=shown]", "data-total") == "3"
    assert page.input_value("[data-testid=f-bbox]") == bbox
    export = page.get_attribute("[data-testid=export-csv]", "href")
    assert "bbox=" in export

    page.click("[data-testid=f-bbox-clear]")
    page.wait_for_function("!new URLSearchParams(location.search).get('bbox') && document.body.dataset.ready === '1'")
    page.wait_for_function("document.querySelector('[data-testid=shown]').dataset.total === '6'")
    assert page.locator("[data-testid=f-area]").is_hidden()
    assert page.errors == []


CENTRES = ("(sel) => [...document.querySelectorAll(sel)].map((n) => { const r = n.getBoundingClientRect(); "
           "return [r.x + r.width / 2, r.y + r.height / 2, n.textContent]; }).sort((a, b) => a[0] - b[0] || a[1] - b[1])")


def test_the_first_view_shows_its_clusters_before_leaflet_runs(page, strict_page, map_server):
    """The first view's clusters are drawn from the fitted answer as a picture (preview.js) while
    Leaflet loads: the same rings and markers at the same pixels as Leaflet then draws them, and
    with Leaflet unreachable the picture stays and the page says the map could not be loaded."""
    page.route("**/vendor/leaflet/leaflet.js*", lambda route: route.abort())
    page.goto(map_server.url + "/")
    page.wait_for_selector("body[data-ready='1'] #rows tr[data-id]", state="attached")
    page.wait_for_selector("[data-testid=summary].error")
    assert "could not be loaded" in page.text_content("[data-testid=summary]")
    picture = page.evaluate(CENTRES, ".map-preview > div")
    assert page.locator(".ev-cluster, .ev-marker").count() == 0
    assert page.locator("#legend .key").count() == 6  # drawn with the page, not by the map

    strict_page.goto(map_server.url + "/")  # the Content-Security-Policy enforced
    strict_page.wait_for_selector("body[data-ready='1'] #rows tr[data-id]", state="attached")
    drawn = strict_page.evaluate(CENTRES, ".ev-cluster, .ev-marker")
    assert strict_page.locator(".map-preview").count() == 0  # replaced by Leaflet's cells
    assert [c[2] for c in picture] == [c[2] for c in drawn] and len(drawn) >= 2
    assert all(abs(a[0] - b[0]) <= 1 and abs(a[1] - b[1]) <= 1 for a, b in zip(picture, drawn)), (picture, drawn)
    marks = strict_page.evaluate("['hadath-table', 'hadath-ready', 'hadath-map'].map((n) => performance.getEntriesByName(n).length)")
    assert marks == [1, 1, 1]
    assert not strict_page.errors


def test_online_tiles_stay_an_option(page, tmp_path, make_server):
    """`hadath serve --tiles URL`: the map asks the tile server for its tiles (here the test server
    itself, on loopback) and credits it; without --tiles it asks for none (the offline map)."""
    from hadath.store import open_store

    store = open_store(str(tmp_path / "tiles.sqlite"))
    a = make_article(1)
    store.add_many([(a, [make_event(a)])], "1.0")
    try:
        plain = make_server(store)
        tiled = make_server(store, tiles=plain.url + "/tiles/{z}/{x}/{y}.png", tiles_attribution="Test tiles")
        asked = []
        page.on("request", lambda r: asked.append(r.url))
        page.goto(plain.url + "/")
        page.wait_for_selector("#map[data-basemap='1']", state="attached")
        assert not [u for u in asked if "/tiles/" in u] and page.locator(".leaflet-tile-pane img").count() == 0
        page.goto(tiled.url + "/")
        page.wait_for_selector("#map[data-basemap='1']", state="attached")
        page.wait_for_selector(".leaflet-tile-pane img", state="attached")
        tiles = [u for u in asked if "/tiles/" in u]
        assert tiles and all(u.startswith(plain.url + "/tiles/") and u.endswith(".png") for u in tiles)
        assert "Test tiles" in page.text_content(".leaflet-control-attribution")
        assert page.outside_requests == []
    finally:
        store.close()


def test_map_labels_never_overlap(page, example_server):
    """Town and division names are placed so that none is drawn over another (big towns first)."""
    page.goto(example_server.url + "/")
    page.wait_for_selector("body[data-ready='1']", state="attached")
    page.wait_for_selector("#map[data-basemap='1']", state="attached")
    for center, zoom, lang in (([34.5, 37.5], 7, "en"), ([36.0, 36.8], 9, "en"), ([33.5, 36.0], 8, "ar")):
        if lang == "ar" and page.get_attribute("html", "dir") != "rtl":
            page.click("[data-testid=lang]")
            page.wait_for_selector("html[dir=rtl]", state="attached")
        set_view(page, center, zoom)
        page.wait_for_function("document.querySelectorAll('.place-label').length >= 5")
        boxes = page.evaluate("[...document.querySelectorAll('.place-label, .admin1-label')].map(n => { "
                              "const r = n.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom, n.textContent]; })")
        assert len(boxes) >= 5 and any(b[4] for b in boxes)
        overlaps = [(a[4], b[4]) for i, a in enumerate(boxes) for b in boxes[i + 1:]
                    if a[0] + 1 < b[2] and b[0] + 1 < a[2] and a[1] + 1 < b[3] and b[1] + 1 < a[3]]
        assert overlaps == [], (center, zoom, lang, overlaps[:5])
