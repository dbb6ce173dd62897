"""The dashboard's page names its scripts and styles at fingerprinted URLs (?v=<hash of the
file>), which the browser may keep for a year; plain /static URLs revalidate (ETag, 304); a
changed file gets a new URL on the next page load."""
from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest

from hadath.api.assets import Pages

STATIC = Path(__file__).resolve().parents[2] / "src" / "hadath" / "web" / "static"


def test_the_page_names_its_assets_by_their_content(client):
    r = client.get("/")
    assert r.status_code == 200 and r.headers["cache-control"] == "no-cache"
    refs = dict(re.findall(r'"/static/([^"?]+)\?v=([0-9a-f]{12})"', r.text))
    assert {"bundle/app.js", "view.js", "first.js", "vendor/leaflet/leaflet.css", "vendor/leaflet/leaflet.js"} <= set(refs)
    assert (STATIC / "app.css").read_text(encoding="utf-8") in r.text     # the page's styles: in the page
    assert '"/static/view.js"' not in r.text                      # every reference fingerprinted
    bundle = client.get(f"/static/bundle/app.js?v={refs.pop('bundle/app.js')}").content
    assert hashlib.sha256(bundle).hexdigest()[:12] in r.text      # the bundle named by its content
    for name, digest in refs.items():
        assert hashlib.sha256((STATIC / name).read_bytes()).hexdigest()[:12] == digest, name
    assert "default-src 'self'" in r.headers["content-security-policy"]


def test_fingerprinted_assets_are_kept_plain_ones_revalidated(client):
    digest = re.search(r'/static/view\.js\?v=([0-9a-f]{12})', client.get("/").text)[1]
    kept = client.get(f"/static/view.js?v={digest}")
    assert kept.status_code == 200 and "immutable" in kept.headers["cache-control"]
    assert kept.content == (STATIC / "view.js").read_bytes()
    plain = client.get("/static/app.js")
    assert plain.status_code == 200 and "immutable" not in plain.headers.get("cache-control", "")
    again = client.get("/static/app.js", headers={"If-None-Match": plain.headers["etag"]})
    assert again.status_code == 304
    assert client.get("/static/nothing.js?v=123").status_code == 404


def test_a_changed_file_gets_a_new_url(tmp_path):
    (tmp_path / "a.js").write_text("one")
    (tmp_path / "page.html").write_text('<script src="/static/a.js"></script><link href="/static/gone.css">'
                                        '<a href="/static/../secret">x</a>')
    pages = Pages(tmp_path)
    first = pages.html("page.html")
    assert f'src="/static/a.js?v={hashlib.sha256(b"one").hexdigest()[:12]}"' in first
    assert 'href="/static/gone.css"' in first and 'href="/static/../secret"' in first  # left as written
    assert pages.html("page.html") == first
    (tmp_path / "a.js").write_text("two, longer")
    assert f'src="/static/a.js?v={hashlib.sha256(b"two, longer").hexdigest()[:12]}"' in pages.html("page.html")


def test_text_assets_go_out_gzipped_once_compressed(client):
    digest = re.search(r'/static/vendor/leaflet/leaflet\.js\?v=([0-9a-f]{12})', client.get("/").text)[1]
    url = f"/static/vendor/leaflet/leaflet.js?v={digest}"
    raw = (STATIC / "vendor/leaflet/leaflet.js").read_bytes()
    zipped = client.get(url, headers={"Accept-Encoding": "gzip, deflate"})
    assert zipped.headers["content-encoding"] == "gzip" and zipped.headers["vary"] == "Accept-Encoding"
    assert int(zipped.headers["content-length"]) < len(raw) / 2          # sent compressed
    assert zipped.content == raw                                          # httpx decodes it: the same file
    assert zipped.headers["etag"].startswith('W/"') and "immutable" in zipped.headers["cache-control"]
    assert zipped.headers["content-type"].startswith("text/javascript")
    again = client.get(url, headers={"Accept-Encoding": "gzip", "If-None-Match": zipped.headers["etag"]})
    assert again.status_code == 304
    plain = client.get(url, headers={"Accept-Encoding": "identity"})
    assert "content-encoding" not in plain.headers and plain.content == raw
    part = client.get(url, headers={"Accept-Encoding": "gzip", "Range": "bytes=0-9"})
    assert part.status_code == 206 and part.content == raw[:10]           # a range: from the file, as it is
    small = client.get("/static/docs.js", headers={"Accept-Encoding": "gzip"})
    assert "content-encoding" not in small.headers                       # too small to be worth it


def test_gzipped_copy_follows_the_file(tmp_path):
    import gzip
    import os

    from hadath.api.assets import Gzipped

    f = tmp_path / "a.js"
    f.write_text("x" * 5000)
    kept = Gzipped()
    assert gzip.decompress(kept.get(str(f), f.stat())) == b"x" * 5000
    f.write_text("y" * 6000)
    os.utime(f, ns=(f.stat().st_atime_ns, f.stat().st_mtime_ns + 10**9))
    assert gzip.decompress(kept.get(str(f), f.stat())) == b"y" * 6000


def test_the_map_scripts_are_preloaded_not_blocking(client):
    html = client.get("/").text
    head, body = html.split("<body>", 1)
    # the first view's requests go before the styles; Leaflet and map.js are fetched at once but run
    # after the table and counts are drawn (app.js runs them)
    assert head.index("/static/view.js?v=") < head.index("<style>")
    # Leaflet's styles: fetched at once, applied with Leaflet (not blocking the first paint)
    assert re.search(r'<link rel="preload" as="style" href="/static/vendor/leaflet/leaflet\.css\?v=[0-9a-f]{12}"', head)
    assert 'rel="stylesheet"' not in html
    for name in ("vendor/leaflet/leaflet.js", "map.js"):
        assert re.search(rf'<link rel="preload" as="script" href="/static/{re.escape(name)}\?v=[0-9a-f]{{12}}"', head)
        assert f'<script src="/static/{name}' not in html
    assert body.index('id="map"') < body.index("/static/first.js?v=") < body.index('id="rows"')
    assert body.index('id="rows"') < body.index("/static/bundle/app.js?v=")  # the app's scripts: one file, last


APP_SCRIPTS = ["i18n.js", "common.js", "timeline.js", "preview.js", "event.js", "app.js"]


def test_the_apps_scripts_go_out_as_one_file(client):
    html = client.get("/").text
    url = re.search(r'"(/static/bundle/app\.js\?v=[0-9a-f]{12})"', html)[1]
    assert not any(f'"/static/{name}' in html for name in APP_SCRIPTS)   # one request, not six
    r = client.get(url, headers={"Accept-Encoding": "gzip"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/javascript")
    assert "immutable" in r.headers["cache-control"] and r.headers["content-encoding"] == "gzip"
    body = r.text
    at = [body.index((STATIC / name).read_text(encoding="utf-8").strip()) for name in APP_SCRIPTS]
    assert at == sorted(at)                                               # every file, in the page's order
    assert client.get(url, headers={"If-None-Match": r.headers["etag"]}).status_code == 304
    plain = client.get("/static/bundle/app.js")
    assert plain.text == body and plain.headers["cache-control"] == "no-cache"
    assert client.get("/static/bundle/nothing.js").status_code == 404


def test_a_changed_script_changes_the_bundles_url(tmp_path):
    (tmp_path / "a.js").write_text("one")
    (tmp_path / "b.js").write_text("two")
    (tmp_path / "page.html").write_text('<!-- bundle x --><script src="/static/a.js"></script>\n'
                                        '<script src="/static/b.js"></script><!-- /bundle -->')
    pages = Pages(tmp_path)
    first = pages.html("page.html")
    assert re.fullmatch(r'<script src="/static/bundle/x\.js\?v=[0-9a-f]{12}"></script>', first)
    assert pages.bundle("x").index(b"one") < pages.bundle("x").index(b"two")
    (tmp_path / "b.js").write_text("three")
    assert pages.html("page.html") != first and b"three" in pages.bundle("x")
    assert Pages(tmp_path).bundle("x") == pages.bundle("x")               # asked before its page (a restart)


@pytest.mark.parametrize("path, assets", [
    ("/v1/docs", {"vendor/swagger-ui/swagger-ui.css", "vendor/swagger-ui/swagger-ui-bundle.js", "docs.js"}),
    ("/latest", {"app.css", "latest.css", "latest.js"}),
])
def test_the_docs_and_latest_pages_name_their_assets_by_content(client, path, assets):
    r = client.get(path)
    assert r.status_code == 200 and r.headers["cache-control"] == "no-cache"
    assert r.headers["content-type"].startswith("text/html")
    refs = dict(re.findall(r'"/static/([^"?]+)\?v=([0-9a-f]{12})"', r.text))
    assert set(refs) == assets
    for name, digest in refs.items():
        assert hashlib.sha256((STATIC / name).read_bytes()).hexdigest()[:12] == digest, name
        kept = client.get(f"/static/{name}?v={digest}")
        assert kept.status_code == 200 and "immutable" in kept.headers["cache-control"]
