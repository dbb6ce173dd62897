"""The polite fetcher against a local site: conditional GET, robots.txt, user agent, per-host
limits, and the caps that keep a stalled, failing or gigantic response from holding the watch."""
from __future__ import annotations

import gzip
import threading

import pytest

from hadath.watch.fetch import Fetcher, FetchError
from hadath.watch.testing import Route

UA = "hadath-watch-test/1.0 (+mailto:test@example.org)"


def fetcher(**kw) -> Fetcher:
    opts = {"timeout": 2.0, "connect_timeout": 1.0, "max_bytes": 100_000, "per_host": 2}
    opts.update(kw)
    return Fetcher(UA, **opts)


def test_user_agent_and_conditional_get(site):
    site.routes["/feed.xml"] = Route(b"<rss/>", etag='"v1"')
    f = fetcher()
    first = f.get(site.url + "/feed.xml")
    assert first.status == 200 and first.body == b"<rss/>" and first.header("ETag") == '"v1"'
    second = f.get(site.url + "/feed.xml", etag='"v1"', last_modified="Tue, 01 Dec 2026 10:00:00 GMT")
    assert second.not_modified and second.body == b""
    hits = site.hits("/feed.xml")
    assert [h["if_none_match"] for h in hits] == [None, '"v1"']
    assert hits[1]["if_modified_since"] == "Tue, 01 Dec 2026 10:00:00 GMT"
    assert {h["ua"] for h in site.log} == {UA}


def test_robots_txt_is_respected_and_read_once(site):
    site.routes["/robots.txt"] = Route(b"User-agent: *\nDisallow: /private/\n", content_type="text/plain")
    site.routes["/private/feed.xml"] = Route(b"<rss/>")
    site.routes["/public/feed.xml"] = Route(b"<rss/>")
    f = fetcher()
    with pytest.raises(FetchError) as err:
        f.get(site.url + "/private/feed.xml")
    assert err.value.kind == "robots"
    assert f.get(site.url + "/public/feed.xml").status == 200
    assert not site.hits("/private/feed.xml")
    assert len(site.hits("/robots.txt")) == 1


def test_redirects_are_followed_where_robots_txt_allows(site):
    site.routes["/robots.txt"] = Route(b"User-agent: *\nDisallow: /private/\n", content_type="text/plain")
    site.routes["/moved.xml"] = Route(location="/public/feed.xml", status=301)
    site.routes["/sneaky.xml"] = Route(location="/private/feed.xml")
    site.routes["/elsewhere.xml"] = Route(location="ftp://127.0.0.1/feed.xml")
    site.routes["/public/feed.xml"] = Route(b"<rss/>")
    site.routes["/private/feed.xml"] = Route(b"<rss/>")
    f = fetcher()
    resp = f.get(site.url + "/moved.xml")
    assert resp.body == b"<rss/>" and resp.url.endswith("/public/feed.xml")
    for path, kind in (("/sneaky.xml", "robots"), ("/elsewhere.xml", "bad-url")):
        with pytest.raises(FetchError) as err:
            f.get(site.url + path)
        assert err.value.kind == kind
    assert not site.hits("/private/feed.xml")


def test_robots_for_our_agent_only(site):
    site.routes["/robots.txt"] = Route(b"User-agent: hadath-watch-test\nDisallow: /\n\nUser-agent: *\nAllow: /\n",
                                       content_type="text/plain")
    site.routes["/feed.xml"] = Route(b"<rss/>")
    with pytest.raises(FetchError):
        fetcher().get(site.url + "/feed.xml")
    assert Fetcher("another-bot/1.0", timeout=2).get(site.url + "/feed.xml").status == 200


def test_robots_server_error_means_nothing_is_fetched(site):
    site.routes["/robots.txt"] = Route(b"oops", status=503)
    site.routes["/feed.xml"] = Route(b"<rss/>")
    with pytest.raises(FetchError) as err:
        fetcher().get(site.url + "/feed.xml")
    assert err.value.kind == "robots" and not site.hits("/feed.xml")


def test_stalled_server_times_out(site):
    site.routes["/stalled.xml"] = Route(stall=True)
    with pytest.raises(FetchError) as err:
        fetcher(timeout=0.5, connect_timeout=0.5).get(site.url + "/stalled.xml")
    assert err.value.kind == "timeout"


def test_slow_drip_hits_the_overall_deadline(site):
    site.routes["/drip.xml"] = Route(b"x" * 200, drip=True)
    with pytest.raises(FetchError) as err:
        fetcher(timeout=0.6, connect_timeout=0.5).get(site.url + "/drip.xml")
    assert err.value.kind == "timeout"


def test_server_error_is_reported_with_its_status(site):
    site.routes["/feed.xml"] = Route(b"boom", status=500)
    with pytest.raises(FetchError) as err:
        fetcher().get(site.url + "/feed.xml")
    assert err.value.kind == "http" and err.value.status == 500 and "HTTP 500" in str(err.value)


def test_gigantic_responses_are_refused(site):
    site.routes["/announced.xml"] = Route(b"<rss/>", length=10**10)   # says 10 GB up front
    site.routes["/big.xml"] = Route(b"<rss>" + b"a" * 200_000 + b"</rss>")
    site.routes["/bomb.xml"] = Route(gzip.compress(b"a" * 5_000_000), gzip=True)  # 5 KB on the wire
    f = fetcher()
    for path in ("/announced.xml", "/big.xml", "/bomb.xml"):
        with pytest.raises(FetchError) as err:
            f.get(site.url + path)
        assert err.value.kind == "too-big", path


def test_gzip_bodies_are_inflated(site):
    site.routes["/gz.xml"] = Route(gzip.compress("<rss>خبر</rss>".encode()), gzip=True)
    assert fetcher().get(site.url + "/gz.xml").body.decode() == "<rss>خبر</rss>"


def test_per_host_concurrency_limit(site):
    site.slow = 0.15
    for i in range(6):
        site.routes[f"/f{i}.xml"] = Route(b"<rss/>")
    f = fetcher(per_host=2, timeout=60, connect_timeout=60)   # generous: a loaded machine must not time out
    f.allowed(site.url + "/f0.xml")  # robots.txt read first
    failures: list[BaseException] = []

    def get(path: str) -> None:
        try:
            f.get(site.url + path)
        except BaseException as exc:  # noqa: BLE001 - reported below
            failures.append(exc)

    threads = [threading.Thread(target=get, args=(f"/f{i}.xml",)) for i in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert failures == []
    assert len([h for h in site.log if h["path"].startswith("/f")]) == 6
    assert site.max_in_flight <= 2
