"""Browser fixtures: a real `hadath serve` app on a loopback port and Debian's Chromium via Playwright.

Chromium is found at /usr/bin/chromium (or on PATH); scripts/test-deps.sh installs it. Without it
the browser tests skip loudly (and fail when CI or HADATH_REQUIRE_BROWSER is set). Every request
the page makes to anything but the test server is refused and recorded: the dashboard must work
with no internet.
"""
from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest

ROOT = Path(__file__).resolve().parents[2]
OUTPUT = ROOT / "test-output"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def _chromium() -> str | None:
    for candidate in (os.environ.get("HADATH_CHROMIUM"), "/usr/bin/chromium", shutil.which("chromium"),
                      shutil.which("chromium-browser")):
        if candidate and os.path.exists(candidate):
            return candidate
    return None


def _unavailable(reason: str):
    msg = f"BROWSER TESTS NOT RUN — {reason}. Run scripts/test-deps.sh to install Chromium."
    if os.environ.get("CI") or os.environ.get("HADATH_REQUIRE_BROWSER"):
        pytest.fail(msg)
    pytest.skip(msg)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """The hadath app served by uvicorn in a thread on 127.0.0.1:<free port>."""

    def __init__(self, store, **app_options):
        import uvicorn

        from hadath.api import create_app

        self.store = store
        self.token = store.create_token("browser-test")
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(create_app(store, **app_options), host="127.0.0.1", port=self.port, log_level="warning")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()
        deadline = time.time() + 20
        while not self.server.started:
            if time.time() > deadline or not self.thread.is_alive():
                raise RuntimeError("test server did not start")
            time.sleep(0.05)

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(10)


@pytest.fixture(scope="session")
def output_dir() -> Path:
    OUTPUT.mkdir(exist_ok=True)
    return OUTPUT


@pytest.fixture(scope="session")
def browser():
    path = _chromium()
    if path is None:
        _unavailable("Chromium not found (/usr/bin/chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("the python package playwright is not installed")
    pw = sync_playwright().start()
    try:
        b = pw.chromium.launch(executable_path=path, args=CHROMIUM_ARGS, headless=True)
    except Exception as exc:
        pw.stop()
        _unavailable(f"Chromium at {path} did not start: {exc}")
    yield b
    b.close()
    pw.stop()


@pytest.fixture(scope="module")
def example_server(tmp_path_factory):
    """A store filled with the bundled example reports, served."""
    from hadath.store import open_store
    from hadath.store.demo import load_examples

    store = open_store(str(tmp_path_factory.mktemp("web") / "examples.sqlite"))
    result = load_examples(store)
    assert result.events > 0, "the bundled examples gave no events"
    server = Server(store)
    server.examples = result
    yield server
    server.stop()
    store.close()


@pytest.fixture
def make_server(tmp_path):
    """Serve another store (made by the test), with create_app's options (tiles=...)."""
    made = []

    def make(store, **app_options):
        made.append(Server(store, **app_options))
        return made[-1]

    yield make
    for s in made:
        s.stop()


def _page(browser, bypass_csp: bool):
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="en-US",
                                  bypass_csp=bypass_csp)
    pg = context.new_page()
    pg.outside_requests = []
    pg.errors = []

    def guard(route):
        host = urlsplit(route.request.url).hostname
        if host in ("127.0.0.1", "localhost") or route.request.url.startswith(("data:", "blob:")):
            route.continue_()
        else:
            pg.outside_requests.append(route.request.url)
            route.abort()

    pg.route("**/*", guard)
    pg.on("pageerror", lambda exc: pg.errors.append(str(exc)))
    pg.on("dialog", lambda d: (pg.errors.append(f"dialog: {d.message}"), d.dismiss()))
    pg.on("console", lambda m: pg.errors.append(m.text) if m.type == "error" else None)
    return context, pg


@pytest.fixture
def page(browser):
    """A page that may only talk to the loopback test server; outside requests are recorded.
    The server's Content-Security-Policy is bypassed so Playwright can evaluate its own
    expressions (and so the escaping is tested on its own, without CSP's help)."""
    context, pg = _page(browser, bypass_csp=True)
    yield pg
    context.close()


@pytest.fixture
def strict_page(browser):
    """Like ``page`` but with the server's Content-Security-Policy enforced."""
    context, pg = _page(browser, bypass_csp=False)
    yield pg
    context.close()
