"""The dashboard's page carries its first view's answers (hadath.api.firstview): the same JSON
the API gives for the requests web/static/view.js would make, for the URL's view; nothing for a
view the API would refuse; stored text never able to close the data block."""
from __future__ import annotations

import json
import re
from datetime import date
from urllib.parse import urlencode

import pytest

from tests.store.store_factories import make_article, make_event

NASTY = "</script><script>window.__xss = 1</script><!--"


@pytest.fixture(scope="module")
def fclient(tmp_path_factory):
    from fastapi.testclient import TestClient

    from hadath.api import create_app
    from hadath.store import open_store

    s = open_store(str(tmp_path_factory.mktemp("first") / "first.sqlite"))
    items = []
    for i in range(7):
        a = make_article(i, source="Alpha" if i % 2 else "Beta & <b>Co</b>")
        items.append((a, [make_event(a, country=["Syria", "Iraq"][i % 2], admin1=["Idlib", "Baghdad"][i % 2],
                                     event_type="Battles", sub_event_type="Armed clash",
                                     actor1="Military Forces of Israel (2022-)" if i == 3 else NASTY,
                                     event_date=date(2023, 1 + i, 5), fatalities=i)]))
    s.add_many(items, "1.0")
    s.set_clusters({1: "c1", 2: "c1"})
    with TestClient(create_app(s)) as c:
        yield c
    s.close()


def embedded(html: str):
    m = re.search(r'<script type="application/json" id="hadath-first">(.*?)</script>', html, re.S)
    return json.loads(m[1]) if m else None


def api_paths(view: dict) -> dict[str, str]:
    """view.js's requests() for a view (the dashboard's own parameters)."""
    filters = {k: v for k, v in view.items() if k not in ("sort", "order", "page", "bin", "lang", "raw")}
    if not view.get("raw"):
        filters["merged"] = "true"
    q = urlencode(filters)
    page = urlencode({"limit": 50, "page": view.get("page", "1"), "sort": view.get("sort", "event_date"),
                      "order": view.get("order", "desc")})
    return {"events": f"/v1/events?{q}&{page}", "stats": f"/v1/stats?{q}",
            "timeline": f"/v1/timeline?{q}&bin={view.get('bin', 'auto')}", "facets": f"/v1/facets?{q}&limit=40",
            "vocab": "/v1/vocab"}


@pytest.mark.parametrize("view", [
    {},
    {"country": "syria", "lang": "ar"},
    {"actor": "إسرائيل"},
    {"raw": "1", "sort": "fatalities", "order": "asc", "page": "2", "bin": "month"},
    {"from": "2023-02-01", "to": "2023-06-30", "fatalities_min": "2", "status": "any", "source": "alpha"},
    {"q": "script", "admin1": "Idlib", "sub_event_type": "armed clash", "event_type": "Battles"},
    {"bbox": "30,30,40,40", "fatalities_max": "4"},
])
def test_the_page_holds_the_apis_answers_for_its_view(fclient, view):
    r = fclient.get("/?" + urlencode(view))
    assert r.status_code == 200
    first = embedded(r.text)
    assert first is not None and first["view"] == view
    for name, path in api_paths(view).items():
        answer = fclient.get(path)
        assert answer.status_code == 200, (path, answer.text)
        assert first["answers"][name] == answer.json(), name


@pytest.mark.parametrize("query", [
    "from=2023-13-01", "from=yesterday", "sort=nonsense", "order=up", "page=0", "page=x", "bin=year",
    "status=bogus", "fatalities_min=-1", "fatalities_min=5&fatalities_max=1", "bbox=1,2,3", "country=" + "x" * 201,
])
def test_a_view_the_api_refuses_is_left_to_the_api(fclient, query):
    r = fclient.get("/?" + query)
    assert r.status_code == 200 and embedded(r.text) is None
    assert "<!-- first-view -->" not in r.text


def test_stored_text_cannot_leave_the_data_block(fclient):
    r = fclient.get("/", headers={"Accept-Encoding": "gzip"})
    block = re.search(r'id="hadath-first">(.*?)</script>', r.text, re.S)[1]
    assert "<" not in block and ">" not in block and "&" not in block
    assert NASTY in json.dumps(embedded(r.text), ensure_ascii=False)      # the text itself, intact
    assert r.headers["content-encoding"] == "gzip" and r.headers["cache-control"] == "no-cache"


def test_the_first_value_of_a_parameter_is_the_view(fclient):
    first = embedded(fclient.get("/?country=Iraq&country=Syria&page=&lang=ar").text)
    assert first["view"] == {"country": "Iraq", "lang": "ar"}
    assert {e["country"] for e in first["answers"]["events"]["events"]} == {"Iraq"}
