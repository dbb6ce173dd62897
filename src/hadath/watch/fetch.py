"""Polite HTTP for ``hadath watch``: one user agent, robots.txt, per-host limits, conditional GET,
and hard caps on time and size so a stalled or gigantic response cannot hold the watch.

* ``get(url, etag=..., last_modified=...)`` sends ``If-None-Match`` / ``If-Modified-Since`` and
  returns ``not_modified`` on 304.
* At most ``per_host`` requests to one host are in flight, and two requests to one host are at
  least ``min_host_delay`` (or the robots.txt ``Crawl-delay``) apart.
* robots.txt (RFC 9309) is read once a day per host: 2xx parsed, 4xx means no rules, 5xx or an
  unreachable host means nothing may be fetched until it is read again (after 10 minutes).
* A response must be complete within ``timeout`` seconds and at most ``max_bytes`` long (after
  gzip is undone); anything else is a :class:`FetchError`.
"""
from __future__ import annotations

import threading
import time
import urllib.error
import urllib.request
import zlib
from dataclasses import dataclass, field
from email.message import Message
from typing import Iterator
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

from hadath.errors import HadathError

ROBOTS_TTL = 24 * 3600.0
ROBOTS_RETRY = 600.0
ROBOTS_MAX = 500_000
CHUNK = 65536


class FetchError(HadathError):
    """A fetch failed: ``kind`` is timeout | too-big | http | network | robots | bad-url."""

    def __init__(self, url: str, kind: str, message: str, status: int | None = None):
        self.url, self.kind, self.status = url, kind, status
        super().__init__(f"{url}: {message}")


@dataclass
class Response:
    url: str
    status: int
    body: bytes = b""
    headers: Message | None = None
    not_modified: bool = False

    def header(self, name: str) -> str | None:
        return self.headers.get(name) if self.headers is not None else None


@dataclass
class _Host:
    slots: threading.BoundedSemaphore
    lock: threading.Lock = field(default_factory=threading.Lock)
    next_at: float = 0.0
    robots: RobotFileParser | None = None
    robots_rule: str = "unknown"        # parsed | allow | deny | unknown
    robots_until: float = 0.0
    robots_lock: threading.Lock = field(default_factory=threading.Lock)
    crawl_delay: float = 0.0


class _Redirects(urllib.request.HTTPRedirectHandler):
    """Follows at most 5 redirects, each to an http(s) URL that robots.txt lets us fetch."""
    max_redirections = 5

    def __init__(self, fetcher: "Fetcher"):
        self.fetcher = fetcher

    def redirect_request(self, req, fp, code, msg, headers, newurl):  # noqa: ANN001
        if urlsplit(newurl).scheme not in ("http", "https"):
            raise FetchError(req.full_url, "bad-url", f"redirected to a non-http URL ({newurl[:200]})")
        if not self.fetcher.allowed(newurl, refresh=False):
            raise FetchError(req.full_url, "robots", f"redirected to {newurl[:200]}, disallowed by robots.txt")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


class Fetcher:
    def __init__(self, user_agent: str, *, timeout: float = 20.0, connect_timeout: float = 10.0,
                 max_bytes: int = 10_000_000, per_host: int = 2, min_host_delay: float = 0.0,
                 robots: bool = True):
        self.user_agent = user_agent
        self.timeout = timeout
        self.connect_timeout = min(connect_timeout, timeout)
        self.max_bytes = max_bytes
        self.per_host = per_host
        self.min_host_delay = min_host_delay
        self.check_robots = robots
        self._hosts: dict[str, _Host] = {}
        self._lock = threading.Lock()
        self._opener = urllib.request.build_opener(_Redirects(self))
        self.requests = 0

    @classmethod
    def from_settings(cls, s) -> "Fetcher":
        return cls(s.user_agent, timeout=s.timeout, connect_timeout=s.connect_timeout, max_bytes=s.max_bytes,
                   per_host=s.per_host, min_host_delay=s.min_host_delay)

    def _host(self, url: str) -> tuple[str, _Host]:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise FetchError(url, "bad-url", "not an http(s) URL")
        key = f"{parts.scheme}://{parts.netloc.lower()}"
        with self._lock:
            h = self._hosts.get(key)
            if h is None:
                h = self._hosts[key] = _Host(threading.BoundedSemaphore(self.per_host))
        return key, h

    # ---- robots.txt ---------------------------------------------------------------------
    def allowed(self, url: str, refresh: bool = True) -> bool:
        """May this user agent fetch ``url`` (robots.txt)? Reads robots.txt when due (with
        ``refresh=False`` only when never read: a redirect holds its host's request slot)."""
        if not self.check_robots:
            return True
        key, h = self._host(url)
        with h.robots_lock:
            if h.robots_rule == "unknown" or (refresh and time.monotonic() >= h.robots_until):
                self._read_robots(key, h)
            if h.robots_rule == "parsed" and h.robots is not None:
                return h.robots.can_fetch(self.user_agent, url)
            return h.robots_rule == "allow"

    def _read_robots(self, key: str, h: _Host) -> None:
        try:
            resp = self._get(key + "/robots.txt", h, {}, ROBOTS_MAX)
        except FetchError as exc:
            if exc.status is not None and 400 <= exc.status < 500:
                h.robots_rule, h.robots_until = "allow", time.monotonic() + ROBOTS_TTL
            else:  # 5xx or unreachable: complete disallow until read again (RFC 9309 2.3.1.4)
                h.robots_rule, h.robots_until = "deny", time.monotonic() + ROBOTS_RETRY
            return
        rp = RobotFileParser()
        rp.parse(resp.body.decode("utf-8", "replace").splitlines())
        h.robots, h.robots_rule, h.robots_until = rp, "parsed", time.monotonic() + ROBOTS_TTL
        h.crawl_delay = float(rp.crawl_delay(self.user_agent) or 0.0)

    # ---- GET ----------------------------------------------------------------------------
    def get(self, url: str, *, etag: str | None = None, last_modified: str | None = None,
            max_bytes: int | None = None) -> Response:
        """GET ``url`` politely. Raises FetchError (robots, timeout, too-big, http, network)."""
        if not self.allowed(url):
            raise FetchError(url, "robots", "disallowed by robots.txt")
        _, h = self._host(url)
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        return self._get(url, h, headers, max_bytes or self.max_bytes)

    def _wait_turn(self, h: _Host) -> None:
        delay = max(self.min_host_delay, h.crawl_delay)
        with h.lock:
            now = time.monotonic()
            start = max(now, h.next_at)
            h.next_at = start + delay
        if start > now:
            time.sleep(start - now)

    def _get(self, url: str, h: _Host, headers: dict[str, str], max_bytes: int) -> Response:
        req = urllib.request.Request(url, headers={
            "User-Agent": self.user_agent, "Accept-Encoding": "gzip",
            "Accept": "application/rss+xml, application/atom+xml, application/xml, text/xml, text/html;q=0.9, */*;q=0.5",
            **headers})
        with h.slots:
            self._wait_turn(h)
            self.requests += 1
            deadline = time.monotonic() + self.timeout
            try:
                resp = self._opener.open(req, timeout=self.connect_timeout)
            except urllib.error.HTTPError as exc:
                exc.close()
                if exc.code == 304:
                    return Response(url, 304, b"", exc.headers, not_modified=True)
                raise FetchError(url, "http", f"HTTP {exc.code} {exc.reason}", exc.code) from None
            except (TimeoutError, OSError, urllib.error.URLError) as exc:
                raise _network(url, exc) from None
            with resp:
                length = resp.headers.get("Content-Length")
                if length and length.isdigit() and int(length) > max_bytes:
                    raise FetchError(url, "too-big", f"response of {int(length):,} bytes is over the "
                                     f"{max_bytes:,}-byte limit")
                gz = "gzip" in (resp.headers.get("Content-Encoding") or "").lower()
                body = _read(url, resp, deadline, max_bytes, gz)
                return Response(resp.geturl() or url, resp.status, body, resp.headers)


def _network(url: str, exc: BaseException) -> FetchError:
    reason = getattr(exc, "reason", exc)
    if isinstance(reason, TimeoutError) or isinstance(exc, TimeoutError) or "timed out" in str(reason):
        return FetchError(url, "timeout", "timed out (no answer)")
    return FetchError(url, "network", f"cannot connect: {reason}")


def _chunks(url: str, resp, deadline: float) -> Iterator[bytes]:
    while True:
        if time.monotonic() > deadline:
            raise FetchError(url, "timeout", "timed out (response not complete in time)")
        try:
            block = resp.read1(CHUNK) if hasattr(resp, "read1") else resp.read(CHUNK)
        except (TimeoutError, OSError) as exc:
            raise _network(url, exc) from None
        except Exception as exc:  # http.client.IncompleteRead and friends
            raise FetchError(url, "network", f"broken response: {type(exc).__name__}") from None
        if not block:
            return
        yield block


def _read(url: str, resp, deadline: float, max_bytes: int, gz: bool) -> bytes:
    out = bytearray()
    inflate = zlib.decompressobj(16 + zlib.MAX_WBITS) if gz else None
    too_big = FetchError(url, "too-big", f"response over the {max_bytes:,}-byte limit")
    for block in _chunks(url, resp, deadline):
        if inflate is not None:
            try:
                block = inflate.decompress(block, max_bytes + 1 - len(out))
            except zlib.error as exc:
                raise FetchError(url, "network", f"broken gzip body ({exc})") from None
        out += block
        if len(out) > max_bytes:
            raise too_big
    return bytes(out)
