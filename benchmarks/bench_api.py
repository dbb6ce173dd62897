"""Benchmark: GET /v1/events over a large SQLite store (default 100,000 events), and the
dashboard's own requests: a first visit (the page with its view's answers in it, its files and the
map's clusters), the opening view's API requests (a view asked later), every view of the
dashboard (each filter of its form, the raw-reports switch, sort and page, timeline bins), the
map's clusters at several zooms, and the first view after a change to the store.

    nice -n 10 .venv/bin/python benchmarks/bench_api.py [--events 100000] [--db /tmp/hadath-bench.sqlite]
        [--browser] [--empty-cache | --fresh-browser] [--loads N] [--only api|dashboard|change|browser ...]

Fills the store once (synthetic events spread over 8 countries, 6 types, 3 years), starts
`hadath serve`'s app with uvicorn on a loopback port, and times filtered pages over real HTTP
(median and 95th percentile of repeated requests, after a warm-up). The dashboard figures fetch
the page's requests in parallel (as a browser does, 6 connections) and report the wall time;
``--browser`` also times Debian's Chromium with the page's own performance marks (first view
painted, basemap drawn, a filter applied: from the Apply event) and FCP. One report in five is clustered with another
(merged view: one event). Prints the figures and the load average (the machine may be shared);
it asserts nothing (speed is not a test).
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


# the page (with its first view's answers: hadath.api.firstview) and its static files; the app's
# scripts are one file (/static/bundle/app.js)
STATIC = ["/", "/static/app.css", "/static/vendor/leaflet/leaflet.js", "/static/vendor/leaflet/leaflet.css",
          "/static/view.js", "/static/first.js", "/static/map.js", "/static/bundle/app.js"]
BASEMAP = ["/v1/config", "/static/vendor/basemap/countries-low.geojson", "/static/vendor/basemap/admin1-low.geojson",
           "/static/vendor/basemap/places.json"]
# the dashboard's views (web/static/app.js: every filter of the form, the raw-reports switch, sort,
# page, timeline bins) and what each adds to the API's filters
VIEWS = {
    "opening view (no filter)": ({}, {}),
    "country + type": ({"country": "Syria", "event_type": "Battles"}, {}),
    "date range + actor": ({"from": "2023-01-01", "to": "2023-12-31", "actor": "Houthi"}, {}),
    "actor in Arabic": ({"actor": "الحوثيون"}, {}),
    "fatalities >= 3, admin1": ({"fatalities_min": 3, "admin1": "Idlib"}, {}),
    "fatalities range": ({"fatalities_min": 1, "fatalities_max": 2}, {}),
    "sub-event type": ({"sub_event_type": "Air/drone strike"}, {}),
    "review status: any": ({"status": "any"}, {}),
    "source (outlet)": ({"source": "Outlet 7"}, {}),
    "text search": ({"q": "Place 42"}, {}),
    "text search, article text": ({"q": "تَقْرِير 4321"}, {}),  # diacritics: folded by the index
    "text search, map area": ({"q": "Place 7", "bbox": "36,34,39,37"}, {}),
    "text search, every article": ({"q": "مسيرة"}, {}),  # in every article's text (the bench's sentence)
    "text search, every event": ({"q": "place"}, {}),  # in every event's location
    "text search, 2/3 of events": ({"q": "syria"}, {}),
    "text search, 2 letters": ({"q": "ce"}, {}),  # under a trigram: a scan
    "raw reports switch": ({"merged": None}, {}),
    "sort by fatalities, page 3": ({}, {"sort": "fatalities", "order": "asc", "page": 3}),
    "timeline by month": ({}, {"bin": "month"}),
}


def dashboard_requests(filters: dict, view: dict | None = None, *, fit: bool = True) -> list[str]:
    """The API requests the dashboard makes for a view (see web/static/app.js: refresh): the
    table's page, the totals, the timeline, the facets and the map's clusters (fitted to the
    events on first paint; afterwards at the map's zoom, for its view)."""
    from urllib.parse import urlencode

    view = view or {}
    base = {k: v for k, v in dict({"merged": "true"}, **filters).items() if v is not None}
    q = urlencode(base)
    page = urlencode({"limit": 50, "page": view.get("page", 1), "sort": view.get("sort", "event_date"),
                      "order": view.get("order", "desc")})
    where = "width=1388&height=420" if fit else "zoom=5&within=10.0,5.0,60.0,40.0"
    return [f"/v1/events?{q}&{page}", f"/v1/stats?{q}", f"/v1/timeline?{q}&bin={view.get('bin', 'auto')}",
            f"/v1/facets?{q}&limit=40", f"/v1/clusters?{q}&{where}"]


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

    print(f"\ndashboard requests in parallel (6 connections), wall ms: 'cold' = the first time this view is asked, "
          f"then the median of {repeat} runs; per request: its median")
    print(f"{'view':30} {'cold':>6} {'wall':>6} {'max':>6} {'events':>7} {'stats':>6} {'timeline':>8} {'facets':>6} "
          f"{'clusters':>8}")
    with httpx.Client(base_url=base_url, timeout=60, limits=httpx.Limits(max_connections=6)) as client:
        # a first visit: the page (its view's answers in it), its static files and the map's clusters
        paths = STATIC + dashboard_requests({})[4:]
        cold = timed_batch(client, paths)[0]
        runs = [timed_batch(client, paths)[0] for _ in range(repeat)]
        print(f"{'first visit (page, files, map)':30} {cold:6.0f} {statistics.median(runs):6.0f} {max(runs):6.0f}")
        for n, (name, (filters, view)) in enumerate(VIEWS.items()):
            paths = dashboard_requests(filters, view, fit=n == 0)
            if n == 0:
                paths = paths + ["/v1/vocab"]
            cold = timed_batch(client, paths)[0]
            runs = [timed_batch(client, paths) for _ in range(repeat)]
            wall = [r[0] for r in runs]
            per = [statistics.median(r[1][p] for r in runs) for p in paths[:5]]
            print(f"{name:30} {cold:6.0f} {statistics.median(wall):6.0f} {max(wall):6.0f} " + " ".join(
                f"{x:{w}.0f}" for x, w in zip(per, (7, 6, 8, 6, 8))))
        # the map moved: clusters of the view at deeper zooms
        for zoom, within in ((6, "33.0,32.0,41.0,38.0"), (8, "35.0,34.5,38.0,36.5"), (11, "36.4,35.7,36.9,36.0")):
            path = f"/v1/clusters?merged=true&zoom={zoom}&within={within}"
            cold = timed_batch(client, [path])[0]
            runs = [timed_batch(client, [path])[0] for _ in range(repeat)]
            cells = len(client.get(path).json()["cells"])
            print(f"{'map at zoom ' + str(zoom) + f' ({cells} cells)':30} {cold:6.0f} {statistics.median(runs):6.0f} "
                  f"{max(runs):6.0f}")


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


def bench_browser(base_url: str, repeat: int, empty_cache: bool = False, fresh_browser: bool = False) -> None:
    """Chromium from navigation to the dashboard's first view (the page's own performance marks,
    from navigation start: 'hadath-table' when the table and counts are drawn, 'hadath-ready' when
    the table, totals, timeline, facets and map clusters are (the clusters as a picture until
    Leaflet runs), 'hadath-map' when Leaflet has drawn them (clicks work), 'hadath-basemap' when
    the outlines and labels are), then a filter applied. Run 1 on a fresh browser profile (nothing cached), the
    others in a new tab of it (fingerprinted files from the cache, as on a second visit), or with
    ``empty_cache`` every run on a fresh profile (a first visit each time), or with ``fresh_browser``
    every run in a browser process started for it (a first visit after starting the browser)."""
    import os

    path = "/usr/bin/chromium"
    if not os.path.exists(path):
        print("\n(browser: /usr/bin/chromium not found; skipped)")
        return
    import httpx
    from playwright.sync_api import sync_playwright

    with httpx.Client(base_url=base_url, timeout=60) as client:  # a server that has answered before
        timed_batch(client, dashboard_requests({}) + ["/v1/vocab"])

    args = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"]
    marks = ("['first-contentful-paint', 'hadath-table', 'hadath-ready', 'hadath-map', 'hadath-basemap']"
             ".map(n => (performance.getEntriesByName(n)[0] || {}).startTime)")
    rows = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=path, args=args)
        context = None
        for i in range(repeat):
            if fresh_browser and i:  # a browser process started for this load
                context.close()
                browser.close()
                browser, context = pw.chromium.launch(executable_path=path, args=args), None
            if context is None or empty_cache:
                if context is not None:
                    context.close()
                context = browser.new_context(viewport={"width": 1400, "height": 1000}, bypass_csp=True)
            page = context.new_page()
            t, epoch = time.perf_counter(), time.time() * 1000
            page.goto(base_url + "/")
            page.wait_for_selector("body[data-ready='1'] #rows tr[data-id]", state="attached", timeout=60_000)
            wall = (time.perf_counter() - t) * 1000
            page.wait_for_selector("#map[data-basemap='1']", state="attached", timeout=60_000)
            fcp, table, ready, live, base = page.evaluate(marks)
            start = page.evaluate("performance.timeOrigin") - epoch  # goto -> the navigation's start
            page.select_option("[data-testid=f-country]", COUNTRIES[i % len(COUNTRIES)][0])
            before = page.evaluate("performance.now()")
            t = time.perf_counter()
            page.click("[data-testid=f-apply]")
            page.wait_for_function("new URLSearchParams(location.search).get('country') && "
                                   "document.body.dataset.ready === '1'", timeout=60_000)
            fwall = (time.perf_counter() - t) * 1000
            view, apply = page.evaluate("['hadath-view', 'hadath-apply'].map(n => performance.getEntriesByName(n).pop().startTime)")
            rows.append((start, fcp or 0, table or 0, ready, live or ready, wall, base, view - apply, view - before, fwall))
            page.close()
        context.close()
        browser.close()
    cache = ("every run: a browser just started" if fresh_browser else "every run: empty cache (a new profile in "
             "a running browser)" if empty_cache else "run 1: a browser just started, then second visits (new tabs)")
    print(f"\nChromium, {repeat} loads ({cache}): page marks in ms from the navigation's start "
          f"(FCP, table = table and counts drawn, ready = first view drawn with the map's clusters (as a picture "
          f"until Leaflet runs), map = the map live (Leaflet's cells), basemap = "
          f"outlines and labels, filter = the Apply event -> view redrawn, "
          f"click = Playwright's click called -> view redrawn (its actionability checks included), f.wall = the same "
          f"in Playwright's clock); wall = Playwright's goto -> ready seen, start = goto -> navigation start")
    cols = (("start", 6), ("FCP", 6), ("table", 6), ("ready", 6), ("map", 6), ("wall", 6), ("basemap", 8), ("filter", 7),
            ("click", 6), ("f.wall", 7))
    print(f"{'run':>4} " + " ".join(f"{c:>{w}}" for c, w in cols))
    for i, r in enumerate(rows, 1):
        print(f"{i:4d} " + " ".join(f"{x:{w}.0f}" for x, (_, w) in zip(r, cols)))
    med = [statistics.median(c) for c in zip(*rows)]
    print("  med " + " ".join(f"{x:{w}.0f}" for x, (_, w) in zip(med, cols)))


def load_average() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "?"


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
    ap.add_argument("--empty-cache", action="store_true", help="browser: every load on a fresh profile")
    ap.add_argument("--fresh-browser", action="store_true", help="browser: every load in a newly started browser")
    ap.add_argument("--loads", type=int, default=5, help="browser: page loads")
    ap.add_argument("--only", choices=["api", "dashboard", "change", "browser"], action="append",
                    help="run only these sections (repeatable)")
    args = ap.parse_args()
    only = set(args.only or ["api", "dashboard", "change"] + (["browser"] if args.browser else []))

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
    from hadath.store import views
    t = time.perf_counter()
    views.warm(store)  # as `hadath serve` does in the background while it starts
    print(f"{n:,} events; snapshot read in {time.perf_counter() - t:.1f} s; load average {load_average()} (2 cores)")
    base = f"http://127.0.0.1:{port}"
    if "api" in only:
        bench_events(base, queries, args.repeat)
    if "dashboard" in only:
        bench_dashboard(base, max(3, args.repeat // 5))
    if "change" in only:
        bench_change(store, base)
    if "browser" in only:
        bench_browser(base, args.loads, args.empty_cache, args.fresh_browser)
    print(f"\nload average at the end: {load_average()}")
    server.should_exit = True
    thread.join(5)
    store.close()


def bench_events(base_url: str, queries: dict, repeat: int) -> None:
    import httpx

    print(f"\nGET /v1/events (limit=50, real HTTP on loopback, {repeat} runs each)")
    print(f"{'query':32} {'median ms':>10} {'p95 ms':>8} {'page 2 ms':>10} {'rows':>5}")
    with httpx.Client(base_url=base_url, timeout=30) as client:
        for name, params in queries.items():
            params = dict(params, limit=50)
            client.get("/v1/events", params=params)  # warm-up
            times = []
            for _ in range(repeat):
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


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    main()
