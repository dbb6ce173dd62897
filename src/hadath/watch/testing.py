"""A local web site on 127.0.0.1 (http.server in a thread) for tests, benchmarks and the README
demo: feeds, sitemaps, pages and robots.txt, misbehaving routes (stalled, slow drip, 500,
garbage, gigantic) and a request log. Loopback only; nothing here runs on import."""
from __future__ import annotations

import json
import threading
from dataclasses import dataclass, field
from email.utils import format_datetime
from datetime import datetime, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from xml.sax.saxutils import escape

EXAMPLES = Path(__file__).resolve().parents[3] / "examples" / "reports.jsonl"


@dataclass
class Route:
    body: bytes = b""
    status: int = 200
    content_type: str = "application/xml; charset=utf-8"
    etag: str | None = None
    stall: bool = False          # accept, then never answer (until the site closes)
    drip: bool = False           # send a byte at a time, slowly
    length: int | None = None    # a Content-Length to announce (gigantic feeds)
    gzip: bool = False           # body is gzip-compressed: say Content-Encoding: gzip
    location: str | None = None  # a redirect (status 301/302) to this path or URL


@dataclass
class Site:
    routes: dict[str, Route] = field(default_factory=dict)
    log: list[dict] = field(default_factory=list)
    release: threading.Event = field(default_factory=threading.Event)
    posted: list[bytes] = field(default_factory=list)
    in_flight: int = 0
    max_in_flight: int = 0
    slow: float = 0.0            # seconds every answer waits (to see concurrency)

    def start(self) -> "Site":
        site = self
        self.lock = threading.Lock()

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):  # quiet
                pass

            def do_POST(self):  # noqa: N802
                n = int(self.headers.get("Content-Length") or 0)
                site.posted.append(self.rfile.read(n))
                status = site.routes.get(self.path, Route(status=204)).status
                return self._send(status, b"", "text/plain")

            def do_GET(self):  # noqa: N802
                # in flight: from the request's arrival until its answer starts, so that a
                # client that sends its next request as soon as an answer arrives is never
                # counted twice (the old count ended after the write and raced the next request)
                with site.lock:
                    site.in_flight += 1
                    site.max_in_flight = max(site.max_in_flight, site.in_flight)
                try:
                    if site.slow:
                        site.release.wait(site.slow)
                finally:
                    with site.lock:
                        site.in_flight -= 1
                return self._get()

            def _get(self):
                site.log.append({"path": self.path, "ua": self.headers.get("User-Agent"),
                                 "if_none_match": self.headers.get("If-None-Match"),
                                 "if_modified_since": self.headers.get("If-Modified-Since")})
                route = site.routes.get(self.path)
                if route is None:
                    return self._send(404, b"not found", "text/plain")
                if route.location:
                    self.send_response(route.status if 300 <= route.status < 400 else 302)
                    self.send_header("Location", route.location)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return None
                if route.stall:
                    site.release.wait(30)
                    return None
                if route.etag and self.headers.get("If-None-Match") == route.etag:
                    self.send_response(304)
                    self.send_header("ETag", route.etag)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return None
                if route.drip:
                    self.send_response(200)
                    self.send_header("Content-Type", route.content_type)
                    self.send_header("Content-Length", str(len(route.body)))
                    self.end_headers()
                    for b in route.body:
                        if site.release.wait(0.2):
                            return None
                        self.wfile.write(bytes([b]))
                        self.wfile.flush()
                    return None
                return self._send(route.status, route.body, route.content_type, route.etag, route.length,
                                  route.gzip)

            def _send(self, status, body, ctype, etag=None, length=None, gz=False):
                self.send_response(status)
                if gz:
                    self.send_header("Content-Encoding", "gzip")
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(length if length is not None else len(body)))
                if etag:
                    self.send_header("ETag", etag)
                self.end_headers()
                try:
                    self.wfile.write(body)
                except OSError:
                    pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()
        return self

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def stop(self) -> None:
        self.release.set()
        self.server.shutdown()
        self.server.server_close()

    def hits(self, path: str) -> list[dict]:
        return [r for r in self.log if r["path"] == path]


def reports() -> dict[str, dict]:
    """The bundled example reports by id (Arabic, each gives at least one event)."""
    out = {}
    for line in EXAMPLES.read_text(encoding="utf-8").splitlines():
        if line.strip():
            r = json.loads(line)
            out[r["id"]] = r
    return out


def rss(items: list[dict], title: str = "وكالة الاختبار") -> bytes:
    """An RSS 2.0 feed; each item: title, link, text (description), published (YYYY-MM-DD)."""
    parts = [f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{escape(title)}</title>'
             "<link>http://example.org/</link><description>test</description>"]
    for it in items:
        day = datetime.fromisoformat(it["published"]).replace(hour=9, tzinfo=timezone.utc)
        parts.append(f"<item><title>{escape(it['title'])}</title><link>{escape(it['link'])}</link>"
                     f"<guid>{escape(it['link'])}</guid><pubDate>{format_datetime(day)}</pubDate>"
                     f"<description>{escape(it['text'])}</description></item>")
    parts.append("</channel></rss>")
    return "".join(parts).encode("utf-8")


def page(title: str, text: str) -> bytes:
    paras = "".join(f"<p>{escape(p)}</p>" for p in text.split("\n") if p.strip())
    return (f'<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{escape(title)}</title>'
            f'</head><body><header><nav>الرئيسية</nav></header><article><h1>{escape(title)}</h1>{paras}'
            f"</article><footer>جميع الحقوق محفوظة</footer></body></html>").encode("utf-8")


def news_sitemap(urls: list[tuple[str, str, str]]) -> bytes:
    """A Google news sitemap: (loc, publication date, title)."""
    body = "".join(
        f"<url><loc>{escape(loc)}</loc><news:news><news:publication><news:name>موقع الاختبار</news:name>"
        f"<news:language>ar</news:language></news:publication><news:publication_date>{day}</news:publication_date>"
        f"<news:title>{escape(title)}</news:title></news:news></url>" for loc, day, title in urls)
    return ('<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
            'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">' + body + "</urlset>").encode("utf-8")
