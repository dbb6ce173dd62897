"""The README's watch demo, end to end: serve this folder as a local outlet, run
`hadath watch --once` on it, print the alert line, and screenshot the dashboard's latest view.

    .venv/bin/python examples/watch/demo.py [--write] [--screenshot docs/watch-latest.png]

``--write`` regenerates feed.xml and a/*.html from examples/reports.jsonl (three reports).
Runs in a temporary folder; needs Debian's Chromium (/usr/bin/chromium) for the screenshot.
"""
from __future__ import annotations

import argparse
import functools
import http.server
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
PORT = 8765
REPORTS = ("sd-jazira-rsf", "ly-tripoli-clashes", "ye-aden-protest")


def write() -> None:
    from hadath.watch.testing import page, reports, rss

    ex = reports()
    items = [{"title": ex[r]["title"], "link": f"http://127.0.0.1:{PORT}/a/{r}.html", "published": ex[r]["published"],
              "text": ex[r]["text"].split("\n")[0][:160]} for r in REPORTS]   # summaries: pages are fetched
    (HERE / "feed.xml").write_bytes(rss(items, title="منفذ العرض"))
    (HERE / "a").mkdir(exist_ok=True)
    for r in REPORTS:
        (HERE / "a" / f"{r}.html").write_bytes(page(ex[r]["title"], ex[r]["text"]))


def serve_folder() -> http.server.ThreadingHTTPServer:
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args) -> None:
            pass

    handler = functools.partial(Quiet, directory=str(HERE))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", PORT), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return httpd


def screenshot(db: Path, out: Path) -> None:
    import uvicorn
    from playwright.sync_api import sync_playwright

    from hadath.api import create_app
    from hadath.store import open_store

    store = open_store(str(db))
    server = uvicorn.Server(uvicorn.Config(create_app(store), host="127.0.0.1", port=8766, log_level="warning"))
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path="/usr/bin/chromium", args=["--headless", "--no-sandbox"])
        pg = browser.new_page(viewport={"width": 1400, "height": 900})
        pg.goto("http://127.0.0.1:8766/latest")
        pg.wait_for_selector("[data-testid=alerts-table] tr[data-rule]")
        pg.screenshot(path=str(out), full_page=True)
        browser.close()
    server.should_exit = True
    store.close()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--write", action="store_true")
    ap.add_argument("--screenshot", type=Path)
    args = ap.parse_args()
    if args.write:
        write()
    httpd = serve_folder()
    hadath = str(Path(sys.executable).parent / "hadath")
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copy(HERE / "sources.toml", tmp)
        cmd = [hadath, "watch", "sources.toml", "--db", "watch.sqlite", "--once"]
        print("$ " + " ".join(cmd[1:]).replace(hadath, "hadath"))
        proc = subprocess.run(cmd, cwd=tmp, capture_output=True, text=True)
        print(proc.stderr, end="")
        print("$ cat alerts.jsonl")
        print((Path(tmp) / "alerts.jsonl").read_text(encoding="utf-8"), end="")
        if args.screenshot:
            screenshot(Path(tmp) / "watch.sqlite", args.screenshot.resolve())
    httpd.shutdown()


if __name__ == "__main__":
    main()
