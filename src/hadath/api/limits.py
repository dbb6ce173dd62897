"""ASGI middlewares: request body size limit (413 JSON), security headers (CSP) with a JSON 500
for anything unhandled, and the rate limiter for expensive endpoints."""
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
        """Adds the headers to every response; as the outermost middleware it also turns an
        unhandled exception into a JSON 500 (Starlette's own 500 is plain text, without them)."""
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        started = False

        async def send_with_headers(message):
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                have = {k.lower() for k, _ in message.get("headers", [])}
                message = dict(message, headers=list(message.get("headers", []))
                               + [h for h in self.headers if h[0] not in have])
            await send(message)

        try:
            return await self.app(scope, receive, send_with_headers)
        except Exception:
            if started:
                raise
            import logging

            logging.getLogger("hadath.api").exception("unhandled error on %s", scope.get("path"))
            body = json.dumps({"error": "internal_error", "message": "internal server error",
                               "detail": None}).encode()
            await send_with_headers({"type": "http.response.start", "status": 500, "headers": [
                (b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
            await send({"type": "http.response.body", "body": body})


class RateLimiter:
    """Per-client token buckets (``rate`` requests a minute, bursts up to ``burst``) and a cap on
    requests running at once, for the expensive endpoints (extract, export). A client is its API
    token's name when it sends a valid one, else its IP address. ``rate=0`` turns the bucket off,
    ``concurrency=0`` the cap. Thread-safe (sync endpoints run in a thread pool)."""

    def __init__(self, rate: float = 60.0, burst: int = 10, concurrency: int = 2, max_clients: int = 10_000):
        import threading

        self.rate, self.burst, self.concurrency = float(rate), max(1, int(burst)), int(concurrency)
        self._buckets: dict[str, tuple[float, float]] = {}   # client -> (tokens, last time)
        self._lock = threading.Lock()
        self._running = 0
        self._max_clients = max_clients

    def take(self, client: str) -> float:
        """0 when the request may go on, else the seconds to wait before retrying."""
        import time

        if self.rate <= 0:
            return 0.0
        t = time.monotonic()
        with self._lock:
            tokens, last = self._buckets.get(client, (float(self.burst), t))
            tokens = min(float(self.burst), tokens + (t - last) * self.rate / 60.0)
            if tokens < 1.0:
                self._buckets[client] = (tokens, t)
                return (1.0 - tokens) * 60.0 / self.rate
            if len(self._buckets) >= self._max_clients and client not in self._buckets:
                self._buckets.clear()  # bounded memory: forget idle clients
            self._buckets[client] = (tokens - 1.0, t)
            return 0.0

    def enter(self) -> bool:
        """Claim a running slot; False when ``concurrency`` requests are already running."""
        with self._lock:
            if self.concurrency > 0 and self._running >= self.concurrency:
                return False
            self._running += 1
            return True

    def leave(self) -> None:
        with self._lock:
            self._running = max(0, self._running - 1)


def throttle(request, creds=None):
    """FastAPI dependency body: the rate limit and concurrency cap of ``app.state.limiter`` for
    this client (429 / 503 JSON errors with Retry-After). A generator: the slot is freed after."""
    import math

    from hadath.api.errors import ApiError

    limiter: RateLimiter | None = getattr(request.app.state, "limiter", None)
    if limiter is None:
        yield
        return
    name = request.app.state.tokens.check(creds.credentials) if creds is not None else None
    client = f"token:{name}" if name else f"ip:{request.client.host if request.client else '-'}"
    wait = limiter.take(client)
    if wait:
        raise ApiError(429, "rate_limited", f"too many requests; retry in {math.ceil(wait)} s",
                       headers={"Retry-After": str(math.ceil(wait))})
    if not limiter.enter():
        raise ApiError(503, "busy", "the server is busy with other extractions or exports; retry shortly",
                       headers={"Retry-After": "1"})
    try:
        yield
    finally:
        limiter.leave()
