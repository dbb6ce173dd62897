"""`hadath watch` end to end against a local site: new items are stored and alert within one
interval, failing sources are reported and skipped, restarts neither re-ingest nor re-alert."""
from __future__ import annotations

import json
from datetime import timedelta

from hadath.watch.config import load
from hadath.watch.runner import Watcher
from hadath.watch.state import WatchState, utcnow
from hadath.watch.testing import Route, news_sitemap, page, rss

TOLL_UPDATE = ("الخرطوم - أعلنت لجان المقاومة المحلية اليوم الخميس ارتفاع حصيلة الهجوم الذي شنته قوات الدعم السريع "
               "يوم الأربعاء على قرية ود النورة في ولاية الجزيرة وسط السودان إلى مقتل 150 مدنياً.\n"
               "وقالت اللجان في بيان إن فرق المتطوعين ما زالت تنتشل الجثث من المنازل المدمرة، وإن عشرات الجرحى "
               "نقلوا إلى مستشفيات المناقل.")


def item(site, report, path=None):
    return {"title": report["title"], "link": site.url + (path or "/a/" + report["id"]), "text": report["text"],
            "published": report["published"]}


def publish(site, items, version):
    site.routes["/feed.xml"] = Route(rss(items), etag=f'"v{version}"')
    for it in items:  # the article pages too (the feed text is short: the page is fetched)
        site.routes[it["link"].removeprefix(site.url)] = Route(page(it["title"], it["text"]),
                                                               content_type="text/html; charset=utf-8")


def config(sources_file, site, tmp_path, extra_sources="", interval=1):
    return load([sources_file(f"""
[watch]
interval = {interval}
timeout = 2
connect_timeout = 2
max_bytes = 200000
[[source]]
name = "local-feed"
url = "{site.url}/feed.xml"
country = "Sudan"
{extra_sources}
[[alert]]
name = "sudan-mass-casualty"
filter = "country=Sudan&fatalities>=10"
jsonl = "{tmp_path / 'alerts.jsonl'}"
[[alert]]
name = "libya-battles"
filter = "type=Battles&near=32.89,13.19,30"
jsonl = "{tmp_path / 'alerts.jsonl'}"
""")])


def alerts(tmp_path) -> list[dict]:
    p = tmp_path / "alerts.jsonl"
    return [json.loads(ln) for ln in p.read_text(encoding="utf-8").splitlines()] if p.exists() else []


def test_new_item_is_stored_and_alerts_within_one_interval(site, store, examples, sources_file, tmp_path):
    publish(site, [item(site, examples["ye-aden-protest"])], 1)
    cfg = config(sources_file, site, tmp_path, interval=60)
    said: list[str] = []
    w = Watcher(cfg, store, say=said.append)
    first = w.cycle(w.due(utcnow()))
    assert first.stored == 1 and first.alerts == 0 and alerts(tmp_path) == []
    # the outlet publishes a mass-casualty report
    publish(site, [item(site, examples["sd-jazira-rsf"]), item(site, examples["ye-aden-protest"])], 2)
    assert w.due(utcnow()) == []                                   # not before its interval ...
    due = w.due(utcnow() + timedelta(seconds=cfg.sources[0].interval))
    assert [s.name for s in due] == ["local-feed"]                 # ... and then at once
    second = w.cycle(due)
    w.close()
    assert second.items == 1 and second.stored == 1 and second.alerts == 1
    [alert] = alerts(tmp_path)
    assert alert["alert"] == "new" and alert["rule"] == "sudan-mass-casualty"
    assert alert["event"]["country"] == "Sudan" and alert["event"]["fatalities"] == 100
    assert alert["event"]["event_type"] == "Violence against civilians"
    assert alert["sources"][0]["url"].endswith("/a/sd-jazira-rsf") and alert["sources"][0]["watch_source"] == "local-feed"
    assert any(s["text"] == "قوات الدعم السريع" for s in alert["evidence"]["actor1"])   # with its evidence
    assert store.counts()["articles"] == 2
    # conditional GET: the second read sent the first read's validator
    assert [h["if_none_match"] for h in site.hits("/feed.xml")] == [None, '"v1"']
    assert any("alert sudan-mass-casualty: new" in m for m in said)


def test_run_loop_picks_up_a_new_item_on_the_next_interval(site, store, examples, sources_file, tmp_path):
    publish(site, [item(site, examples["ye-aden-protest"])], 1)
    cfg = config(sources_file, site, tmp_path, interval=0.3)

    def say(msg):
        if msg.startswith("read 1 source") and len(site.hits("/feed.xml")) == 1:   # after the first read
            publish(site, [item(site, examples["ly-tripoli-clashes"]), item(site, examples["ye-aden-protest"])], 2)

    reports = Watcher(cfg, store, say=say).run(max_cycles=2)
    assert [r.stored for r in reports] == [1, 1]
    assert [a["rule"] for a in alerts(tmp_path)] == ["libya-battles"]


def test_restart_does_not_reingest_or_realert_and_a_higher_toll_alerts_again(
        site, any_store, examples, sources_file, tmp_path):
    store = any_store
    publish(site, [item(site, examples["sd-jazira-rsf"])], 1)
    cfg = config(sources_file, site, tmp_path)
    Watcher(cfg, store).run(once=True)
    assert len(alerts(tmp_path)) == 1
    site.routes["/feed.xml"].etag = None      # a server without validators: the whole feed again
    again = Watcher(cfg, store).run(once=True)[0]
    assert again.items == 0 and again.stored == 0 and len(alerts(tmp_path)) == 1
    # a later report of the same attack raises the toll
    update = {"title": "ارتفاع حصيلة هجوم ود النورة", "link": site.url + "/a/toll-update", "text": TOLL_UPDATE,
              "published": "2024-06-06"}
    publish(site, [update, item(site, examples["sd-jazira-rsf"])], 3)
    Watcher(cfg, store).run(once=True)
    first, raised = alerts(tmp_path)
    assert raised["alert"] == "toll_raised" and raised["previous_fatalities"] == 100
    assert raised["event"]["fatalities"] == 150 and raised["alert_key"] == first["alert_key"]
    assert len(raised["sources"]) == 2
    # a restart after that: still nothing new
    Watcher(cfg, store).run(once=True)
    assert len(alerts(tmp_path)) == 2
    [row] = WatchState(store).alerts()
    assert row["fires"] == 2 and row["fatalities"] == 150


def test_history_does_not_alert_when_a_watch_starts_on_a_full_store(site, store, examples, sources_file, tmp_path):
    from hadath.store.demo import load_examples

    load_examples(store)                      # Sudan's 100 dead are already in the store
    publish(site, [item(site, examples["ye-aden-protest"])], 1)
    Watcher(config(sources_file, site, tmp_path), store).run(once=True)
    assert alerts(tmp_path) == []


def test_failing_sources_are_reported_and_skipped(site, any_store, examples, sources_file, tmp_path):
    store = any_store
    publish(site, [item(site, examples["sd-jazira-rsf"])], 1)
    site.routes["/stalled.xml"] = Route(stall=True)
    site.routes["/error.xml"] = Route(b"internal error", status=500)
    site.routes["/garbage.xml"] = Route(b"\x00\x01<rss><channel><item>\xff\xfe broken", content_type="application/xml")
    site.routes["/gigantic.xml"] = Route(rss([item(site, examples["ye-aden-protest"])] * 400))
    site.routes["/sitemap-garbage.xml"] = Route(b"<urlset><url><loc>http://x</loc></url")
    extra = "".join(f'[[source]]\nname = "{n}"\nurl = "{site.url}/{n}.xml"\n'
                    for n in ("stalled", "error", "garbage", "gigantic", "sitemap-garbage"))
    cfg = config(sources_file, site, tmp_path, extra_sources=extra, interval=10)
    said: list[str] = []
    w = Watcher(cfg, store, say=said.append)
    report = w.cycle(cfg.sources)
    assert report.sources_read == 6 and report.failed == 5
    assert report.stored == 1 and report.alerts == 1            # the good source went through
    by_name = {s["name"]: s for s in WatchState(store).sources()}
    assert "timed out" in by_name["stalled"]["last_error"]
    assert "HTTP 500" in by_name["error"]["last_error"]
    assert "malformed feed" in by_name["garbage"]["last_error"]
    assert "byte limit" in by_name["gigantic"]["last_error"]
    assert "malformed sitemap" in by_name["sitemap-garbage"]["last_error"]
    assert by_name["local-feed"]["last_status"] == "ok" and by_name["local-feed"]["last_error"] is None
    for name in ("stalled", "error", "garbage", "gigantic"):
        assert by_name[name]["failures"] == 1 and by_name[name]["last_status"] == "error"
        assert any(m.startswith(f"error: source {name}:") for m in said)
    # back-off: a failed source waits twice its interval; the good one comes back after one
    assert [s.name for s in w.due(utcnow() + timedelta(seconds=12))] == ["local-feed"]
    assert len(w.due(utcnow() + timedelta(seconds=21))) == 6
    site.routes["/error.xml"] = Route(rss([item(site, examples["ye-aden-protest"])]))   # recovered
    again = w.cycle([s for s in cfg.sources if s.name == "error"])
    w.close()
    assert again.failed == 0
    assert {s["name"]: s["failures"] for s in WatchState(store).sources()}["error"] == 0


def test_feed_with_summaries_gets_the_article_page(site, store, examples, sources_file, tmp_path):
    r = examples["ly-tripoli-clashes"]
    summary = {"title": r["title"], "link": site.url + "/a/tripoli", "text": r["text"][:80], "published": r["published"]}
    site.routes["/feed.xml"] = Route(rss([summary]))
    site.routes["/a/tripoli"] = Route(page(r["title"], r["text"]), content_type="text/html; charset=utf-8")
    Watcher(config(sources_file, site, tmp_path), store).run(once=True)
    [rec] = [e for e in store.events() if e["event_type"] == "Battles"]
    assert rec["fatalities"] == 55
    assert "article_title" in rec and store.counts()["articles"] == 1
    assert site.hits("/a/tripoli")


def test_news_sitemap(site, store, examples, sources_file, tmp_path):
    reps = [examples["sd-jazira-rsf"], examples["iq-tarmiyah-ied"]]
    site.routes["/news-sitemap.xml"] = Route(news_sitemap(
        [(site.url + "/n/" + r["id"], r["published"], r["title"]) for r in reps]), etag='"s1"')
    for r in reps:
        site.routes["/n/" + r["id"]] = Route(page(r["title"], r["text"]), content_type="text/html; charset=utf-8")
    site.routes["/feed.xml"] = Route(rss([]))
    extra = f'[[source]]\nname = "sitemap"\nurl = "{site.url}/news-sitemap.xml"\ncountry = "Iraq"\n'
    cfg = config(sources_file, site, tmp_path, extra_sources=extra)
    first = Watcher(cfg, store).run(once=True)[0]
    assert first.stored == 2 and first.failed == 0
    assert {e["country"] for e in store.events()} >= {"Sudan", "Iraq"}
    second = Watcher(cfg, store).run(once=True)[0]
    assert second.items == 0 and second.not_modified == 1


def test_drop_folder(store, examples, sources_file, tmp_path):
    import os
    import time

    drop = tmp_path / "drop"
    drop.mkdir()
    (drop / "one.jsonl").write_text(json.dumps(examples["sd-jazira-rsf"], ensure_ascii=False) + "\n", encoding="utf-8")
    (drop / "two.jsonl.part").write_text("half-written", encoding="utf-8")
    old = time.time() - 60
    for f in drop.iterdir():
        os.utime(f, (old, old))
    cfg = load([sources_file(f'[[source]]\nname = "drop"\nfolder = "{drop}"\n'
                             f'[[alert]]\nname = "all"\njsonl = "{tmp_path / "alerts.jsonl"}"\n')])
    first = Watcher(cfg, store).run(once=True)[0]
    assert first.items == 1 and first.stored == 1 and len(alerts(tmp_path)) == 1
    (drop / "three.txt").write_bytes(b"\x00\x01\x02 binary")      # a bad file: reported, the rest goes on
    os.utime(drop / "three.txt", (old, old))
    second = Watcher(cfg, store).run(once=True)[0]
    assert second.items == 1 and second.stored == 0 and second.errors


def test_cli_once(site, examples, sources_file, tmp_path):
    from click.testing import CliRunner

    from hadath.cli import main

    publish(site, [item(site, examples["sd-jazira-rsf"])], 1)
    cfg = sources_file(f'[[source]]\nname = "f"\nurl = "{site.url}/feed.xml"\n'
                       f'[[alert]]\nname = "sudan"\nfilter = "country=Sudan"\njsonl = "{tmp_path / "alerts.jsonl"}"\n')
    db = str(tmp_path / "cli.sqlite")
    res = CliRunner().invoke(main, ["watch", cfg, "--db", db, "--once", "--timeout", "2"])
    assert res.exit_code == 0, res.output
    assert "alert sudan: new Violence against civilians" in res.output
    assert len(alerts(tmp_path)) == 1
    bad = CliRunner().invoke(main, ["watch", sources_file("[[source]]\nurl = 'gopher://x'\n"), "--db", db, "--once"])
    assert bad.exit_code == 2 and "url must be an http" in bad.output
    failing = CliRunner().invoke(main, ["watch", site.url + "/missing.xml", "--db", db, "--once"])
    assert failing.exit_code == 1 and "HTTP 404" in failing.output


def test_a_store_failure_on_one_source_spares_the_others(site, store, examples, sources_file, tmp_path):
    publish(site, [item(site, examples["sd-jazira-rsf"])], 1)
    site.routes["/bad.xml"] = Route(rss([item(site, examples["ly-tripoli-clashes"], "/bad/tripoli")]))
    site.routes["/bad/tripoli"] = Route(b"", status=404)
    cfg = config(sources_file, site, tmp_path, extra_sources=f'[[source]]\nname = "bad"\nurl = "{site.url}/bad.xml"\n')
    w = Watcher(cfg, store, say=lambda m: None)
    ingest = w._ingest

    def flaky(articles, report, new_pks):
        if any("/bad/" in (a.url or "") for a in articles):
            raise RuntimeError("disk full")
        return ingest(articles, report, new_pks)

    w._ingest = flaky
    report = w.cycle(cfg.sources)
    assert report.sources_read == 2 and report.failed == 1 and report.stored == 1 and report.alerts == 1
    bad = {s["name"]: s for s in WatchState(store).sources()}["bad"]
    assert bad["last_error"] == "RuntimeError: disk full" and bad["items_total"] == 0
    w._ingest = ingest                        # the disk has room again: the item was not lost
    again = w.cycle([s for s in cfg.sources if s.name == "bad"])
    w.close()
    assert again.stored == 1 and again.failed == 0
