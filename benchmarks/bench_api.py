"""Benchmark: GET /v1/events over a large SQLite store (default 100,000 events), and the
dashboard's own requests: first paint (everything the page asks for on load) and a filter change.

    .venv/bin/python benchmarks/bench_api.py [--events 100000] [--db /tmp/hadath-bench.sqlite] [--browser]

Fills the store once (synthetic events spread over 8 countries, 6 types, 3 years), starts
`hadath serve`'s app with uvicorn on a loopback port, and times filtered pages over real HTTP
(median and 95th percentile of repeated requests, after a warm-up). The dashboard figures fetch
the page's requests in parallel (as a browser does, 6 connections) and report the wall time;
``--browser`` also times Debian's Chromium from navigation to the dashboard's "ready" mark. One
report in five is clustered with another (merged view: one event). Prints the figures; it asserts
nothing (speed is not a test).
"""
from __future__ import annotations

import argparse
import random
import socket
import statistics
import sys
import threading
import time
from datetime import date, timedelta
from pathlib import Path

from hadath.types import Article, Event, Span

COUNTRIES = [("Syria", ["Aleppo", "Idlib", "Ar-Raqqa", "Deir ez-Zor"], 35.0, 38.0),
             ("Iraq", ["Baghdad", "Ninewa", "Anbar"], 33.3, 44.4), ("Yemen", ["Aden", "Taizz", "Marib"], 14.0, 45.0),
             ("Sudan", ["Khartoum", "Al Jazirah", "North Darfur"], 15.5, 32.5),
             ("Libya", ["Tripoli", "Benghazi"], 32.0, 14.0), ("Lebanon", ["South Lebanon"], 33.3, 35.4),
             ("Palestine", ["West Bank", "Gaza Strip"], 31.7, 35.0), ("Egypt", ["North Sinai"], 30.5, 33.5)]
TYPES = [("Battles", "Armed clash"), ("Explosions/Remote violence", "Air/drone strike"),
         ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
         ("Violence against civilians", "Attack"), ("Protests", "Peaceful protest"),
         ("Strategic developments", "Arrests")]
ACTORS = ["Military Forces of Syria (2000-2024)", "Islamic State (Syria)", "SDF: Syrian Democratic Forces",
          "Houthi Movement", "RSF: Rapid Support Forces", "Military Forces of Israel (2022-)", "Protesters (Yemen)"]
TEXT = "قصفت طائرات مسيرة مواقع في ريف المدينة وأسفر القصف عن مقتل ثلاثة أشخاص وإصابة آخرين. "


def fill(store, n_events: int, per_article: int = 5, seed: int = 7) -> None:
    rng = random.Random(seed)
    start = date(2022, 1, 1)
    batch = []
    for i in range(n_events // per_article):
        country, admins, lat, lon = rng.choice(COUNTRIES)
        text = f"{TEXT}(تقرير {i})"
        art = Article(id=f"bench-{i}", text=text, url=f"https://example.org/{i}", source=f"Outlet {i % 40}",
                      published=start + timedelta(days=rng.randrange(1095)), title=f"تقرير {i}")
        events = []
        for j in range(per_article):
            etype, sub = rng.choice(TYPES)
            events.append(Event(
                article_id=art.id, event_type=etype, sub_event_type=sub,
                event_date=art.published - timedelta(days=rng.randrange(3)), time_precision=1,
                actor1=rng.choice(ACTORS), actor2=rng.choice(ACTORS), country=country, admin1=rng.choice(admins),
                location=f"Place {rng.randrange(500)}", latitude=lat + rng.uniform(-1.5, 1.5),
                longitude=lon + rng.uniform(-1.5, 1.5), geo_precision=1, fatalities=rng.randrange(5),
                evidence={"trigger": (Span(0, 4),), "location": (Span(20, 30),)}, confidence={"event_type": 0.8}))
        batch.append((art, events))
        if len(batch) == 1000:
            store.add_many(batch, "bench")
            batch = []
    if batch:
        store.add_many(batch, "bench")
    merge(store)


def merge(store) -> None:
    """Cluster ids and merged events as ingest's merge writes them: every event in a merged
    event, one report in five sharing it with the next one (fatalities low/best/high over them)."""
    from datetime import datetime, timezone

    from sqlalchemy import select

    from hadath.store import merged as MS
    from hadath.store.query import E
    with store.engine.connect() as conn:
        rows = conn.execute(select(E.id, E.fatalities, E.sort_day, E.event_type, E.country).order_by(E.id)).all()
    assign = {pk: f"c{pk - pk % 10}" if pk % 10 in (0, 1) else f"s{pk}" for pk, *_ in rows}
    members: dict[str, list] = {}
    for r in rows:
        members.setdefault(assign[r[0]], []).append(r)
    now = datetime.now(timezone.utc)
    merged = [{"cluster_id": cid, "event_date": date.fromordinal(rs[0][2]) if rs[0][2] else None,
               "sort_day": rs[0][2], "event_type": rs[0][3], "country": rs[0][4],
               "fatalities_low": min(r[1] for r in rs), "fatalities_best": max(r[1] for r in rs),
               "fatalities_high": sum(r[1] for r in rs), "event_count": len(rs), "source_count": len(rs),
               "members": [r[0] for r in rs], "outlets": [], "updated_at": now} for cid, rs in members.items()]
    MS.write(store, assign, merged, (), everything=True)


STATIC = ["/", "/static/app.css", "/static/vendor/leaflet/leaflet.js", "/static/vendor/leaflet/leaflet.css",
          "/static/vendor/markercluster/leaflet.markercluster.js", "/static/i18n.js", "/static/common.js",
          "/static/map.js", "/static/timeline.js", "/static/event.js", "/static/app.js",
          "/static/vendor/basemap/countries.geojson", "/static/vendor/basemap/admin1.geojson",
          "/static/vendor/basemap/places.json"]


def dashboard_requests(filters: dict) -> list[str]:
    """The API requests the dashboard makes for a view (see web/static/app.js: refresh)."""
    from urllib.parse import urlencode

    base = dict(filters, merged="true")
    q = urlencode(base)
    return [f"/v1/events?{q}&limit=50&page=1&sort=event_date&order=desc", f"/v1/stats?{q}",
            f"/v1/timeline?{q}&bin=auto", f"/v1/facets?{q}&limit=40", f"/v1/points?{q}&limit=2000"]


def timed_batch(client, paths: list[str], workers: int = 6) -> tuple[float, dict[str, float]]:
    from concurrent.futures import ThreadPoolExecutor

    each: dict[str, float] = {}

    def get(path: str) -> None:
        t = time.perf_counter()
        client.get(path).raise_for_status()
        each[path] = (time.perf_counter() - t) * 1000

    t = time.perf_counter()
    with ThreadPoolExecutor(workers) as pool:
        list(pool.map(get, paths))
    return (time.perf_counter() - t) * 1000, each


def bench_dashboard(base_url: str, repeat: int) -> None:
    import httpx

    views = {"first paint (no filter)": {}, "filter: country + type": {"country": "Syria", "event_type": "Battles"},
             "filter: date range + actor": {"from": "2023-01-01", "to": "2023-12-31", "actor": "Houthi"},
             "filter: actor in Arabic": {"actor": "الحوثيون"},
             "filter: fatalities >= 3, admin1": {"fatalities_min": 3, "admin1": "Idlib"}}
    print(f"\ndashboard requests in parallel (6 connections), wall ms: 'cold' = the first time this view is asked "
          f"(aggregates not cached), then the median of {repeat} runs")
    print(f"{'view':34} {'cold':>7} {'wall':>7} {'events':>7} {'stats':>7} {'timeline':>8} {'facets':>7} {'points':>7}")
    with httpx.Client(base_url=base_url, timeout=60, limits=httpx.Limits(max_connections=6)) as client:
        first = None
        for name, filters in views.items():
            paths = dashboard_requests(filters)
            if first is None:
                paths = paths + ["/v1/vocab", "/v1/config"] + STATIC
                first = True
            cold = timed_batch(client, paths)[0]
            runs = [timed_batch(client, paths) for _ in range(repeat)]
            wall = statistics.median(r[0] for r in runs)
            per = [statistics.median(r[1][p] for r in runs) for p in paths[:5]]
            print(f"{name:34} {cold:7.0f} {wall:7.0f} " + " ".join(f"{x:7.0f}" if i != 2 else f"{x:8.0f}"
                                                                  for i, x in enumerate(per)))


def bench_change(store, base_url: str) -> None:
    """The first view after the store changed (a review, a re-clustering, an ingested article):
    the requests' wall time, and whether the change shows at once."""
    import httpx

    from hadath.types import Article

    paths = dashboard_requests({})
    with httpx.Client(base_url=base_url, timeout=60, limits=httpx.Limits(max_connections=6)) as client:
        def merged_total() -> int:
            return client.get("/v1/stats?merged=true").json()["total"]
        timed_batch(client, paths)
        first = client.get("/v1/events?merged=true&limit=1").json()["events"][0]
        before = merged_total()
        print("\nafter a store change: the dashboard's requests in parallel, wall ms (first view after it)")
        store.review(first["id"], "reject", reviewer="bench")
        wall = timed_batch(client, paths)[0]
        print(f"{'a review (reject an event)':34} {wall:7.0f}   merged events {before:,} -> {merged_total():,}")
        before = merged_total()
        a, b = store.events(limit=2, merged=True, with_text=False)
        store.set_clusters({a["id"]: b["cluster_id"]})
        wall = timed_batch(client, paths)[0]
        print(f"{'a re-clustering (2 events join)':34} {wall:7.0f}   merged events {before:,} -> {merged_total():,}")
        before = merged_total()
        stamp = time.time_ns()  # a new article on every run (ingest skips one it holds)
        art = Article(id=f"bench-change-{stamp}", text=f"{TEXT}(تغيير {stamp})", url=f"https://example.org/change/{stamp}",
                      source="Outlet 1", published=date(2024, 6, 1), title="تغيير")
        ev = Event(article_id=art.id, event_type="Battles", sub_event_type="Armed clash", event_date=date(2024, 6, 1),
                   country="Syria", admin1="Idlib", location="Place 1", latitude=35.9, longitude=36.6, fatalities=2)
        store.add_many([(art, [ev])], "bench")
        wall = timed_batch(client, paths)[0]
        print(f"{'an article ingested (1 event)':34} {wall:7.0f}   merged events {before:,} -> {merged_total():,}")


def bench_browser(base_url: str, repeat: int) -> None:
    import os

    path = "/usr/bin/chromium"
    if not os.path.exists(path):
        print("\n(browser: /usr/bin/chromium not found; skipped)")
        return
    from playwright.sync_api import sync_playwright

    args = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"]
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=path, args=args)
        page = browser.new_page(viewport={"width": 1400, "height": 1000}, bypass_csp=True)
        times, filt = [], []
        for i in range(repeat):
            t = time.perf_counter()
            page.goto(base_url + "/")
            page.wait_for_selector("body[data-ready='1'] #rows tr[data-id]", state="attached", timeout=60_000)
            times.append((time.perf_counter() - t) * 1000)
            page.select_option("[data-testid=f-country]", COUNTRIES[i % len(COUNTRIES)][0])
            t = time.perf_counter()
            page.click("[data-testid=f-apply]")
            page.wait_for_function("new URLSearchParams(location.search).get('country') && "
                                   "document.body.dataset.ready === '1'", timeout=60_000)
            filt.append((time.perf_counter() - t) * 1000)
        browser.close()
    print(f"\nChromium: navigation -> dashboard ready (table, map, timeline, facets): median {statistics.median(times):.0f} ms"
          f" (runs: {', '.join(f'{x:.0f}' for x in times)})")
    print(f"Chromium: Apply a country filter -> view redrawn: median {statistics.median(filt):.0f} ms"
          f" (runs: {', '.join(f'{x:.0f}' for x in filt)})")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--db", default="/tmp/hadath-bench.sqlite")
    ap.add_argument("--repeat", type=int, default=50)
    ap.add_argument("--browser", action="store_true", help="also time the dashboard in Chromium")
    args = ap.parse_args()

    import httpx
    import uvicorn

    from hadath.api import create_app
    from hadath.store import merged as MS, open_store

    store = open_store(args.db)
    have = store.counts()["events"]
    if have < args.events:
        t = time.perf_counter()
        fill(store, args.events - have)
        print(f"filled {store.counts()['events']:,} events in {time.perf_counter() - t:.1f} s ({args.db})")
    if MS.counts(store)[0] == 0:
        t = time.perf_counter()
        merge(store)
        print(f"merged events written in {time.perf_counter() - t:.1f} s")
    n = store.counts()["events"]
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(store), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    queries = {
        "first page, no filter": {},
        "country": {"country": "Syria"},
        "country + type + date range": {"country": "Yemen", "event_type": "Battles", "from": "2023-01-01",
                                        "to": "2023-06-30"},
        "admin1 + date range": {"admin1": "Idlib", "from": "2024-03-01", "to": "2024-12-31"},
        "bounding box": {"bbox": "36,34,39,37"},
        "actor": {"actor": "Houthi", "country": "Yemen"},
        "text search": {"q": "Place 42", "country": "Iraq"},
    }
    print(f"GET /v1/events over {n:,} events (SQLite, limit=50, real HTTP on loopback, {args.repeat} runs each)")
    print(f"{'query':32} {'median ms':>10} {'p95 ms':>8} {'page 2 ms':>10} {'rows':>5}")
    with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=30) as client:
        for name, params in queries.items():
            params = dict(params, limit=50)
            client.get("/v1/events", params=params)  # warm-up
            times = []
            for _ in range(args.repeat):
                t = time.perf_counter()
                r = client.get("/v1/events", params=params)
                times.append((time.perf_counter() - t) * 1000)
                r.raise_for_status()
            body = r.json()
            t2 = float("nan")
            if body.get("next_cursor"):
                t = time.perf_counter()
                client.get("/v1/events", params=dict(params, cursor=body["next_cursor"])).raise_for_status()
                t2 = (time.perf_counter() - t) * 1000
            p95 = statistics.quantiles(times, n=20)[-1]
            print(f"{name:32} {statistics.median(times):10.1f} {p95:8.1f} {t2:10.1f} {len(body['events']):5d}")
    bench_dashboard(f"http://127.0.0.1:{port}", max(3, args.repeat // 5))
    bench_change(store, f"http://127.0.0.1:{port}")
    if args.browser:
        bench_browser(f"http://127.0.0.1:{port}", 5)
    server.should_exit = True
    thread.join(5)
    store.close()


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    main()
