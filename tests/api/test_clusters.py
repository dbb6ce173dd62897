"""GET /v1/clusters: the map's events clustered on the server for a zoom and a view (every
placed event in exactly one cell, a cell splitting when zoomed in unless its events share one
point), the map fitted to the events when no zoom is given, the filters of every other route,
and bad parameters refused."""
from __future__ import annotations

from datetime import date

import pytest

from hadath.api import mapcells
from tests.store.store_factories import make_article, make_event

ALEPPO, IDLIB_A, IDLIB_B, BAGHDAD = (36.2, 37.15), (35.93, 36.63), (35.95, 36.65), (33.3, 44.4)
# (place, type, day, fatalities)
ROWS = [(ALEPPO, "Battles", 1, 1), (ALEPPO, "Battles", 3, 2), (ALEPPO, "Protests", 2, 0),
        (IDLIB_A, "Explosions/Remote violence", 4, 5), (IDLIB_B, "Battles", 5, 3), (BAGHDAD, "Protests", 6, 0),
        (None, "Battles", 7, 4), (ALEPPO, "Battles", 8, 9)]
SUB = {"Battles": "Armed clash", "Protests": "Peaceful protest", "Explosions/Remote violence": "Air/drone strike"}


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    from fastapi.testclient import TestClient

    from hadath.api import create_app
    from hadath.store import open_store

    store = open_store(str(tmp_path_factory.mktemp("clusters") / "map.sqlite"))
    items = []
    for i, (place, etype, day, fat) in enumerate(ROWS):
        a = make_article(i)
        lat, lon = place or (None, None)
        country = "Iraq" if place == BAGHDAD else "Syria"
        items.append((a, [make_event(a, event_type=etype, sub_event_type=SUB[etype], event_date=date(2024, 1, day),
                                     latitude=lat, longitude=lon, country=country, location=f"Place {i}",
                                     fatalities=fat)]))
    store.add_many(items, "1.0")
    store.review(8, "reject", reviewer="t")   # the last Aleppo event: not shown by default
    with TestClient(create_app(store)) as c:
        c.store = store
        yield c
    store.close()


def get(client, **params) -> dict:
    r = client.get("/v1/clusters", params=params)
    assert r.status_code == 200, r.text
    return r.json()


def test_every_placed_event_is_in_one_cell(client):
    out = get(client, zoom=4)
    assert out["total"] == 6 and out["unplaced"] == 1 and out["zoom"] == 4
    assert sum(c["n"] for c in out["cells"]) == 6
    syria = max(out["cells"], key=lambda c: c["n"])   # Aleppo and Idlib share a cell at zoom 4
    assert syria["n"] == 5 and syria["fatalities"] == 1 + 2 + 0 + 5 + 3 and not syria["same_place"]
    assert syria["types"] == [["Battles", 3], ["Explosions/Remote violence", 1], ["Protests", 1]]
    assert "events" not in syria                      # a big cell that zooming splits: no list
    baghdad = next(c for c in out["cells"] if c["n"] == 1)
    assert (baghdad["lat"], baghdad["lon"]) == BAGHDAD
    assert baghdad["events"][0]["location"] == "Place 5" and baghdad["events"][0]["event_type"] == "Protests"


def test_zooming_in_splits_a_cell_unless_its_events_share_a_point(client):
    out = get(client, zoom=14)
    by_n = sorted(c["n"] for c in out["cells"])
    assert by_n == [1, 1, 1, 3]                        # Idlib's two events apart, Aleppo's three together
    aleppo = next(c for c in out["cells"] if c["n"] == 3)
    assert aleppo["same_place"] and (aleppo["lat"], aleppo["lon"]) == ALEPPO
    assert [e["event_date"] for e in aleppo["events"]] == ["2024-01-03", "2024-01-02", "2024-01-01"]  # newest first


@pytest.mark.parametrize("zoom", [4, 14])
def test_a_cells_bbox_selects_its_events(client, zoom):
    """The popup's "show all of them in the table": a cell's bbox as the events' filter."""
    for cell in get(client, zoom=zoom)["cells"]:
        w, s, e, n = cell["bbox"]
        assert w <= cell["lon"] <= e and s <= cell["lat"] <= n
        page = client.get("/v1/events", params={"bbox": ",".join(map(str, cell["bbox"])), "limit": 500}).json()
        assert page["total"] == cell["n"], cell
        if cell.get("events"):
            assert {ev["id"] for ev in cell["events"]} <= {ev["id"] for ev in page["events"]}
    aleppo = next(c for c in get(client, zoom=14)["cells"] if c["same_place"] and c["n"] > 1)
    assert aleppo["bbox"][0] <= ALEPPO[1] <= aleppo["bbox"][2] and aleppo["bbox"][2] - aleppo["bbox"][0] < 1e-4


def test_within_keeps_the_cells_of_the_view(client):
    out = get(client, zoom=10, within="36,35,38,37")  # north-west Syria
    assert sum(c["n"] for c in out["cells"]) == 5 and out["total"] == 6
    assert get(client, zoom=10, within="44,33,45,34")["cells"][0]["n"] == 1  # Baghdad


def test_no_zoom_fits_the_map_to_the_events(client):
    everything = get(client, width=800, height=500)
    syria = get(client, width=800, height=500, country="Syria")
    assert mapcells.MIN_ZOOM <= everything["zoom"] < syria["zoom"] <= mapcells.FIT_MAX_ZOOM
    lat, lon = syria["center"]
    assert 35.9 <= lat <= 36.3 and 36.6 <= lon <= 37.2
    assert sum(c["n"] for c in syria["cells"]) == 5
    one = get(client, q="Place 5")                    # one event: the deepest fitted zoom, centred on it
    assert one["zoom"] == mapcells.FIT_MAX_ZOOM and one["center"] == [33.3, 44.4]
    none = get(client, country="Yemen")
    assert none["cells"] == [] and none["total"] == 0 and none["zoom"] == mapcells.MIN_ZOOM + 2


def test_filters_merged_view_and_limit(client):
    assert get(client, zoom=4, event_type="protests")["total"] == 2
    assert get(client, zoom=4, status="any")["total"] == 7
    client.store.set_clusters({1: "same", 2: "same"})  # two reports of one Aleppo event
    try:
        assert get(client, zoom=4, merged="true")["total"] == 5
        assert get(client, zoom=4)["total"] == 6
    finally:
        client.store.set_clusters({1: None, 2: None})
    top = get(client, zoom=14, limit=1)
    assert [c["n"] for c in top["cells"]] == [3] and top["truncated"] is True


@pytest.mark.parametrize("params", [{"within": "1,2,3"}, {"within": "40,0,30,10"}, {"within": "a,b,c,d"},
                                    {"within": "0,-100,10,10"}])
def test_a_bad_view_is_refused_naming_it(client, params):
    r = client.get("/v1/clusters", params=params)
    assert r.status_code == 400 and "within" in r.json()["message"]


@pytest.mark.parametrize("params", [{"zoom": 30}, {"zoom": -1}, {"width": 0}, {"limit": 0}])
def test_out_of_range_numbers_are_refused(client, params):
    assert client.get("/v1/clusters", params=params).status_code in (400, 422)


def test_unknown_parameters_are_refused(client):
    r = client.get("/v1/clusters", params={"zoomlevel": 3})
    assert r.status_code == 400 and "zoomlevel" in r.json()["message"]


def test_projection_round_trip():
    import numpy as np

    x, y = mapcells.project(np.array([36.2]), np.array([37.15]), 7)
    lat, lon = mapcells.unproject(float(x[0]), float(y[0]), 7)
    assert abs(lat - 36.2) < 1e-9 and abs(lon - 37.15) < 1e-9
