"""The dashboard's HTML pages with fingerprinted asset URLs, and the static files served so
that a browser keeps them.

``page(path)`` returns an HTML page whose ``/static/...`` references carry ``?v=<hash of the
file>``; ``Static`` serves ``/static`` (ETag and Last-Modified, a 304 when unchanged) and marks
a fingerprinted request as cacheable for a year: its URL changes when the file does. So on a
second visit the browser asks for none of the scripts and styles, and the server has only the
page's API requests to answer. A file changed on disk gets a new hash on the next page load.
"""
from __future__ import annotations

import gzip
import hashlib
import os
import re
import threading
from pathlib import Path

from fastapi.staticfiles import StaticFiles
from starlette.responses import FileResponse, Response

REF = re.compile(r'(?P<attr>(?:src|href)=")/static/(?P<file>[^"?#]+)"')
# scripts served as one file: <!-- bundle NAME --> <script src=...> ... <!-- /bundle -->
BUNDLE = re.compile(r"<!-- bundle (?P<name>[\w-]+) -->(?P<body>.*?)<!-- /bundle -->", re.S)
# a page's own stylesheet written into it (one render-blocking request fewer on a first visit)
INLINE = re.compile(r'<link rel="stylesheet" href="/static/(?P<file>[^"?#]+)" data-inline>')
FOREVER = b"public, max-age=31536000, immutable"


class Pages:
    """HTML pages of a static folder, their asset URLs fingerprinted (kept while no file changes)."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.lock = threading.Lock()
        self.done: dict[str, tuple[tuple, str]] = {}
        self.bundles: dict[str, list[str]] = {}
        self.built: dict[str, tuple[tuple, bytes]] = {}

    def _stamp(self, names: list[str]) -> tuple:
        out = []
        for name in names:
            try:
                st = (self.root / name).stat()
                out.append((name, st.st_mtime_ns, st.st_size))
            except OSError:
                out.append((name, None, None))
        return tuple(out)

    def html(self, name: str) -> str:
        source = (self.root / name).read_text(encoding="utf-8")
        stamp = self._stamp([name] + sorted({m["file"] for m in REF.finditer(source)}))
        with self.lock:
            got = self.done.get(name)
            if got is not None and got[0] == stamp:
                return got[1]
        text = REF.sub(self._fingerprint, INLINE.sub(self._inlined, BUNDLE.sub(self._bundled, source)))
        with self.lock:
            self.done[name] = (stamp, text)
        return text

    def _inlined(self, m: re.Match) -> str:
        file = (self.root / m["file"]).resolve()
        if not file.is_relative_to(self.root.resolve()) or not file.is_file():
            return m.group(0)
        css = file.read_text(encoding="utf-8")
        return m.group(0) if "</" in css else f"<style>\n{css}</style>"

    def _bundled(self, m: re.Match) -> str:
        """A page's run of scripts as one request (fewer requests on a first visit): the bundle's
        URL carries the hash of its content; the files stay as they are on disk."""
        files = [f["file"] for f in REF.finditer(m["body"])]
        with self.lock:
            self.bundles[m["name"]] = files
        digest = hashlib.sha256(self.bundle(m["name"])).hexdigest()[:12]
        return f'<script src="/static/bundle/{m["name"]}.js?v={digest}"></script>'

    def bundle(self, name: str) -> bytes:
        """The scripts of bundle ``name`` one after the other; KeyError for a bundle no page names."""
        with self.lock:
            files = self.bundles.get(name)
        if files is None:  # asked before its page (a server restarted): read the pages
            for page in sorted(self.root.glob("*.html")):
                self.html(page.name)
            with self.lock:
                files = self.bundles[name]
        stamp = self._stamp(files)
        with self.lock:
            got = self.built.get(name)
            if got is not None and got[0] == stamp:
                return got[1]
        parts = [f"/* {f} */\n".encode() + (self.root / f).read_bytes().rstrip() + b"\n;\n" for f in files]
        body = b"".join(parts)
        with self.lock:
            self.built[name] = (stamp, body)
        return body

    def assets(self, name: str) -> list[Path]:
        """The files a page refers to under /static."""
        source = (self.root / name).read_text(encoding="utf-8")
        return [self.root / f for f in sorted({m["file"] for m in REF.finditer(source)})]

    def _fingerprint(self, m: re.Match) -> str:
        file = (self.root / m["file"]).resolve()
        if not file.is_relative_to(self.root.resolve()) or not file.is_file():
            return m.group(0)  # left as written: the browser's request shows what is missing
        digest = hashlib.sha256(file.read_bytes()).hexdigest()[:12]
        return f'{m["attr"]}/static/{m["file"]}?v={digest}"'

    def response(self, name: str, scope=None, insert: str = "") -> Response:
        """The page (checked by the browser every time: its asset URLs change with the files),
        with ``insert`` in place of its ``<!-- first-view -->`` mark; gzipped when it is large and
        the request (``scope``) accepts it."""
        text = self.html(name).replace("<!-- first-view -->", insert, 1)
        return compressed(text.encode(), "text/html; charset=utf-8", scope, {"Cache-Control": "no-cache"})

    def warm(self, name: str) -> None:
        """Build page ``name`` and its bundles, gzipped (a server starting)."""
        self.html(name)
        with self.lock:
            names = list(self.bundles)
        for bundle in names:
            self.bundle_response(bundle, {"headers": [(b"accept-encoding", b"gzip")]}, True)

    def bundle_response(self, name: str, scope, fingerprinted: bool) -> Response:
        body = self.bundle(name)
        etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
        cache = FOREVER.decode() if fingerprinted else "no-cache"
        inm = dict(scope.get("headers", [])).get(b"if-none-match", b"").decode("latin-1")
        if etag in inm:
            return Response(status_code=304, headers={"ETag": etag, "Cache-Control": cache})
        return compressed(body, "text/javascript; charset=utf-8", scope, {"ETag": etag, "Cache-Control": cache},
                          key=("bundle", name, etag))


_COMPRESSED: dict[tuple, bytes] = {}
_COMPRESSED_LOCK = threading.Lock()


def compressed(body: bytes, media_type: str, scope, headers: dict, key: tuple | None = None) -> Response:
    """``body`` gzipped for a request that accepts it (``key``: keep the compressed copy)."""
    if scope is None or len(body) < MIN_GZIP or not accepts_gzip(scope):
        return Response(body, media_type=media_type, headers=headers)
    with _COMPRESSED_LOCK:
        out = _COMPRESSED.get(key) if key else None
    if out is None:
        out = gzip.compress(body, compresslevel=6, mtime=0)
        if key:
            with _COMPRESSED_LOCK:
                if len(_COMPRESSED) > 16:
                    _COMPRESSED.clear()
                _COMPRESSED[key] = out
    return Response(out, media_type=media_type,
                    headers=dict(headers, **{"Content-Encoding": "gzip", "Vary": "Accept-Encoding"}))


COMPRESSIBLE = {".js", ".css", ".json", ".geojson", ".html", ".svg", ".md", ".txt"}
MIN_GZIP = 1024


class Gzipped:
    """Text files gzipped once per version of the file (path, mtime, size), kept in memory: the
    2 MB of map JSON goes out as ~0.5 MB, Leaflet as 43 KB, and no request pays to compress."""

    def __init__(self, max_files: int = 256) -> None:
        self.lock = threading.Lock()
        self.kept: dict[str, tuple[tuple, bytes]] = {}
        self.max_files = max_files

    def get(self, path: str, st: os.stat_result) -> bytes:
        key = (st.st_mtime_ns, st.st_size)
        with self.lock:
            got = self.kept.get(path)
        if got is not None and got[0] == key:
            return got[1]
        with open(path, "rb") as f:
            body = gzip.compress(f.read(), compresslevel=6, mtime=0)
        with self.lock:
            if len(self.kept) >= self.max_files:
                self.kept.pop(next(iter(self.kept)))
            self.kept[path] = (key, body)
        return body

    def warm(self, files: list[Path]) -> None:
        """Compress these files now (a server starting: the dashboard's scripts and styles)."""
        for file in files:
            try:
                st = file.stat()
            except OSError:
                continue
            if file.suffix in COMPRESSIBLE and st.st_size >= MIN_GZIP:
                self.get(str(file), st)


def accepts_gzip(scope) -> bool:
    """The request accepts gzip and asks for no byte range (ranges are served from the file)."""
    headers = dict(scope.get("headers", []))
    if b"range" in headers:
        return False
    return any(part.split(b";")[0].strip() in (b"gzip", b"*") and not part.replace(b" ", b"").endswith(b"q=0")
               for part in headers.get(b"accept-encoding", b"").split(b","))


class Static(StaticFiles):
    """StaticFiles; a fingerprinted request (``?v=``) may be kept by the browser for a year; text
    files go out gzipped to a browser that accepts it (compressed once, see Gzipped)."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.gzipped = Gzipped()

    def file_response(self, full_path, stat_result, scope, status_code: int = 200) -> Response:
        response = super().file_response(full_path, stat_result, scope, status_code)
        if (status_code != 200 or not isinstance(response, FileResponse) or not accepts_gzip(scope)
                or Path(full_path).suffix not in COMPRESSIBLE or stat_result.st_size < MIN_GZIP):
            return response
        body = self.gzipped.get(str(full_path), stat_result)
        headers = {k: v for k, v in response.headers.items() if k not in ("content-length", "content-type")}
        # a weak validator: the same file, another encoding (If-None-Match still gives a 304)
        headers.update({"content-encoding": "gzip", "vary": "Accept-Encoding", "etag": "W/" + headers["etag"]})
        return Response(body, status_code=200, headers=headers, media_type=response.media_type)

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or b"v=" not in scope.get("query_string", b""):
            return await super().__call__(scope, receive, send)

        async def cached(message):
            if message["type"] == "http.response.start" and message.get("status") in (200, 304):
                headers = [(k, v) for k, v in message.get("headers", []) if k.lower() != b"cache-control"]
                message = dict(message, headers=headers + [(b"cache-control", FOREVER)])
            await send(message)
        return await super().__call__(scope, receive, cached)
