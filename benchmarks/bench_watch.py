"""Benchmark: `hadath watch` idle resource use, and a burst of new items against `hadath ingest`.

    .venv/bin/python benchmarks/bench_watch.py [--idle-seconds 60] [--sources 10] [--interval 10]
                                               [--burst 1000] [--skip-idle] [--skip-burst]

Idle: starts `hadath watch` as its own process on N local feeds (http.server on 127.0.0.1, with
ETags, so every read after the first is a 304), lets the first round ingest the bundled example
reports (the pipeline is then loaded, as it is in a real watch), then samples the process's CPU
time and memory over ``--idle-seconds``. Burst: a local feed publishes ``--burst`` generated
articles (2-3 KB each) at once; one watch round reads, de-duplicates, extracts, stores, merges
and checks alerts, timed against `hadath ingest` (same pipeline, 1 process, no sentence encoder)
of the same articles as JSONL. Prints figures; asserts nothing.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def idle(args, tmp: Path) -> None:
    import psutil

    from hadath.watch.testing import Route, Site, page, reports, rss

    site = Site().start()
    ex = list(reports().values())
    for i in range(args.sources):
        items = [{"title": r["title"], "link": f"{site.url}/s{i}/{r['id']}", "text": r["text"],
                  "published": r["published"]} for r in (ex if i == 0 else ex[:1])]
        site.routes[f"/s{i}/feed.xml"] = Route(rss(items), etag=f'"s{i}"')
        for it in items:
            site.routes[it["link"].removeprefix(site.url)] = Route(page(it["title"], it["text"]), content_type="text/html")
    sources = "".join(f'[[source]]\nname = "feed-{i}"\nurl = "{site.url}/s{i}/feed.xml"\n' for i in range(args.sources))
    rules = f'[[alert]]\nname = "all"\njsonl = "{tmp / "alerts.jsonl"}"\n'
    cfg = tmp / "sources.toml"
    cfg.write_text(f"[watch]\ninterval = {args.interval}\n" + sources + rules, encoding="utf-8")
    log = open(tmp / "watch.log", "w+", encoding="utf-8")
    hadath = str(Path(sys.executable).parent / "hadath")
    proc = subprocess.Popen([hadath, "watch", str(cfg), "--db", str(tmp / "idle.sqlite")], stderr=log, stdout=log)
    try:
        t0 = time.time()
        while "read " + str(args.sources) + " source(s)" not in (tmp / "watch.log").read_text(encoding="utf-8"):
            if proc.poll() is not None or time.time() - t0 > 300:
                raise SystemExit("watch did not finish its first round:\n" + (tmp / "watch.log").read_text())
            time.sleep(0.2)
        first = time.time() - t0
        time.sleep(2)
        p = psutil.Process(proc.pid)
        c0, w0, req0 = sum(p.cpu_times()[:2]), time.time(), len(site.log)
        time.sleep(args.idle_seconds)
        c1, w1 = sum(p.cpu_times()[:2]), time.time()
        rss = p.memory_info().rss / 2**20
        hwm = _peak_mb(proc.pid)
        reads = len(site.log) - req0
        not_modified = sum(1 for r in site.log[req0:] if r["if_none_match"])
    finally:
        proc.terminate()
        proc.wait(30)
        site.stop()
    cpu = (c1 - c0) / (w1 - w0) * 100
    print(f"idle watch: {args.sources} feeds every {args.interval:g} s, first round (start-up, pipeline load, "
          f"{len(ex)} articles) {first:.1f} s")
    print(f"  over {w1 - w0:.0f} s idle: CPU {cpu:.2f}% of one core, RSS {rss:.0f} MB (peak {hwm:.0f} MB), "
          f"{reads} requests ({not_modified} conditional)")


def _peak_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


def burst(args, tmp: Path) -> None:
    from hadath.batch.engine import IngestOptions, Ingestor
    from hadath.batch.worker import PipelineSpec, pipeline_for
    from hadath.bench.corpus import generate
    from hadath.store import open_store
    from hadath.watch.config import load
    from hadath.watch.runner import Watcher, WatchOptions
    from hadath.watch.testing import Route, Site, rss

    arts = list(generate(args.burst, seed=11))
    jsonl = tmp / "burst.jsonl"
    with jsonl.open("w", encoding="utf-8") as fh:
        for a in arts:
            fh.write(json.dumps({"id": a.id, "text": a.text, "url": a.url, "source": a.source, "title": a.title,
                                 "published": a.published.isoformat()}, ensure_ascii=False) + "\n")
    site = Site().start()
    feed = rss([{"title": a.title, "link": a.url, "text": a.text, "published": a.published.isoformat()} for a in arts])
    site.routes["/burst.xml"] = Route(feed, etag='"b1"')
    pipeline_for(PipelineSpec())  # warm: both runs below use this process's pipeline
    print(f"burst: {len(arts)} generated articles, feed {len(feed) / 2**20:.1f} MB")

    with open_store(str(tmp / "ingest.sqlite")) as store:
        t = time.perf_counter()
        rep = Ingestor(IngestOptions(workers=1, semantic=False, progress=False), report=lambda m: None).run(
            [str(jsonl)], store)
        ingest_s = time.perf_counter() - t
    print(f"  hadath ingest -j 1 --no-semantic: {ingest_s:.1f} s, {len(arts) / ingest_s:.0f} art/s "
          f"({rep.stored} stored, {rep.events} events, {rep.clusters} merged events)")

    sources = tmp / "burst.toml"
    sources.write_text(f'[watch]\nmax_bytes = {64 * 2**20}\ntimeout = 120\n[[source]]\nname = "burst"\n'
                       f'url = "{site.url}/burst.xml"\n[[alert]]\nname = "ten-dead"\nfilter = "fatalities>=10"\n'
                       f'jsonl = "{tmp / "burst-alerts.jsonl"}"\n', encoding="utf-8")
    cfg = load([str(sources)])
    with open_store(str(tmp / "watch.sqlite")) as store:
        w = Watcher(cfg, store, WatchOptions(workers=1), say=lambda m: None)
        t = time.perf_counter()
        rep = w.cycle(cfg.sources)
        watch_s = time.perf_counter() - t
        w.close()
    site.stop()
    print(f"  hadath watch (one round, 1 process): {watch_s:.1f} s, {len(arts) / watch_s:.0f} art/s "
          f"({rep.stored} stored, {rep.events} events, {rep.duplicates} duplicates, {rep.alerts} alerts) "
          f"= {ingest_s / watch_s:.2f}x ingest speed")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--idle-seconds", type=float, default=60.0)
    ap.add_argument("--sources", type=int, default=10)
    ap.add_argument("--interval", type=float, default=10.0)
    ap.add_argument("--burst", type=int, default=1000)
    ap.add_argument("--skip-idle", action="store_true")
    ap.add_argument("--skip-burst", action="store_true")
    args = ap.parse_args()
    os.environ.setdefault("HADATH_USER_GAZETTEER", str(ROOT / "test-output" / "no-user-gazetteer.sqlite"))
    with tempfile.TemporaryDirectory() as d:
        if not args.skip_idle:
            idle(args, Path(d))
        if not args.skip_burst:
            burst(args, Path(d))


if __name__ == "__main__":
    main()
