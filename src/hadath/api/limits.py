"""ASGI middlewares: request body size limit (413 JSON) and security headers (CSP)."""
from __future__ import annotations

import json


class BodyLimit:
    """Refuse request bodies over ``max_body`` bytes, by Content-Length or while streaming."""

    def __init__(self, app, max_body: int = 2_000_000):
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        for name, value in scope.get("headers", ()):
            if name == b"content-length":
                try:
                    too_big = int(value) > self.max_body
                except ValueError:
                    return await self._refuse(send, 400, "bad_request", "invalid Content-Length")
                if too_big:
                    return await self._refuse(send, 413, "too_large",
                                              f"request body over the {self.max_body:,}-byte limit")
        # read the body up front (bounded), then replay it to the app
        chunks, size = [], 0
        if scope.get("method") in ("POST", "PUT", "PATCH"):
            while True:
                message = await receive()
                if message["type"] == "http.disconnect":
                    return
                body = message.get("body", b"")
                size += len(body)
                if size > self.max_body:
                    return await self._refuse(send, 413, "too_large",
                                              f"request body over the {self.max_body:,}-byte limit")
                chunks.append(body)
                if not message.get("more_body"):
                    break
            data = b"".join(chunks)
            sent = False

            async def replay():
                nonlocal sent
                if not sent:
                    sent = True
                    return {"type": "http.request", "body": data, "more_body": False}
                return await receive()

            return await self.app(scope, replay, send)
        return await self.app(scope, receive, send)

    @staticmethod
    async def _refuse(send, status: int, code: str, message: str) -> None:
        body = json.dumps({"error": code, "message": message, "detail": None}).encode()
        await send({"type": "http.response.start", "status": status,
                    "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
        await send({"type": "http.response.body", "body": body})


class SecurityHeaders:
    """A strict Content-Security-Policy (scripts only from this server) and friends."""

    def __init__(self, app, img_src: str = ""):
        self.app = app
        img = f"'self' data: {img_src}".strip()
        csp = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
               f"img-src {img}; connect-src 'self'; object-src 'none'; base-uri 'none'; "
               "frame-ancestors 'none'; form-action 'self'")
        self.headers = [(b"content-security-policy", csp.encode()),
                        (b"x-content-type-options", b"nosniff"),
                        (b"referrer-policy", b"no-referrer"),
                        (b"x-frame-options", b"DENY")]

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                message = dict(message, headers=list(message.get("headers", [])) + self.headers)
            await send(message)

        return await self.app(scope, receive, send_with_headers)
