"""The dashboard's HTML pages with fingerprinted asset URLs, and the static files served so
that a browser keeps them.

``page(path)`` returns an HTML page whose ``/static/...`` references carry ``?v=<hash of the
file>``; ``Static`` serves ``/static`` (ETag and Last-Modified, a 304 when unchanged) and marks
a fingerprinted request as cacheable for a year: its URL changes when the file does. So on a
second visit the browser asks for none of the scripts and styles, and the server has only the
page's API requests to answer. A file changed on disk gets a new hash on the next page load.
"""
from __future__ import annotations

import hashlib
import re
import threading
from pathlib import Path

from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles

REF = re.compile(r'(?P<attr>(?:src|href)=")/static/(?P<file>[^"?#]+)"')
FOREVER = b"public, max-age=31536000, immutable"


class Pages:
    """HTML pages of a static folder, their asset URLs fingerprinted (kept while no file changes)."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.lock = threading.Lock()
        self.done: dict[str, tuple[tuple, str]] = {}

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
        text = REF.sub(self._fingerprint, source)
        with self.lock:
            self.done[name] = (stamp, text)
        return text

    def _fingerprint(self, m: re.Match) -> str:
        file = (self.root / m["file"]).resolve()
        if not file.is_relative_to(self.root.resolve()) or not file.is_file():
            return m.group(0)  # left as written: the browser's request shows what is missing
        digest = hashlib.sha256(file.read_bytes()).hexdigest()[:12]
        return f'{m["attr"]}/static/{m["file"]}?v={digest}"'

    def response(self, name: str) -> HTMLResponse:
        # the page itself is checked every time (its asset URLs change with the files)
        return HTMLResponse(self.html(name), headers={"Cache-Control": "no-cache"})


class Static(StaticFiles):
    """StaticFiles; a fingerprinted request (``?v=``) may be kept by the browser for a year."""

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or b"v=" not in scope.get("query_string", b""):
            return await super().__call__(scope, receive, send)

        async def cached(message):
            if message["type"] == "http.response.start" and message.get("status") in (200, 304):
                headers = [(k, v) for k, v in message.get("headers", []) if k.lower() != b"cache-control"]
                message = dict(message, headers=headers + [(b"cache-control", FOREVER)])
            await send(message)
        return await super().__call__(scope, receive, cached)
