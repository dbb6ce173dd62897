"""The dashboard's page names its scripts and styles at fingerprinted URLs (?v=<hash of the
file>), which the browser may keep for a year; plain /static URLs revalidate (ETag, 304); a
changed file gets a new URL on the next page load."""
from __future__ import annotations

import hashlib
import re
from pathlib import Path

from hadath.api.assets import Pages

STATIC = Path(__file__).resolve().parents[2] / "src" / "hadath" / "web" / "static"


def test_the_page_names_its_assets_by_their_content(client):
    r = client.get("/")
    assert r.status_code == 200 and r.headers["cache-control"] == "no-cache"
    refs = dict(re.findall(r'"/static/([^"?]+)\?v=([0-9a-f]{12})"', r.text))
    assert {"app.js", "view.js", "app.css", "vendor/leaflet/leaflet.js"} <= set(refs)
    assert '"/static/app.js"' not in r.text                       # every reference fingerprinted
    for name, digest in refs.items():
        assert hashlib.sha256((STATIC / name).read_bytes()).hexdigest()[:12] == digest, name
    assert "default-src 'self'" in r.headers["content-security-policy"]


def test_fingerprinted_assets_are_kept_plain_ones_revalidated(client):
    digest = re.search(r'/static/app\.js\?v=([0-9a-f]{12})', client.get("/").text)[1]
    kept = client.get(f"/static/app.js?v={digest}")
    assert kept.status_code == 200 and "immutable" in kept.headers["cache-control"]
    assert kept.content == (STATIC / "app.js").read_bytes()
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
