"""`hadath serve`: --create-token stores a hashed token; the server really starts and answers."""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import time

import httpx
from click.testing import CliRunner

from hadath.cli import main
from hadath.store import open_store


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_create_token(tmp_path):
    db = str(tmp_path / "t.sqlite")
    res = CliRunner().invoke(main, ["serve", "--db", db, "--create", "--create-token", "alice"])
    assert res.exit_code == 0, res.output
    token = res.output.strip().splitlines()[0]
    assert token.startswith("hdt_")
    s = open_store(db)
    assert s.check_token(token) == "alice"
    s.close()


def test_serve_answers_and_refuses_writes_without_token(tmp_path):
    db = str(tmp_path / "s.sqlite")
    port = free_port()
    token = "a-token-from-the-environment-123"
    env = dict(os.environ, HADATH_API_TOKENS=f"ci={token}")
    proc = subprocess.Popen([sys.executable, "-m", "hadath", "serve", "--db", db, "--create", "--port", str(port)],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        base = f"http://127.0.0.1:{port}"
        for _ in range(100):
            try:
                if httpx.get(base + "/v1/health", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.1)
        else:
            raise AssertionError(proc.stderr.read1().decode() if proc.poll() is not None else "no answer")
        assert "<html" in httpx.get(base + "/").text
        body = {"action": "accept"}
        assert httpx.post(base + "/v1/events/1/review", json=body).status_code == 401
        r = httpx.post(base + "/v1/events/1/review", json=body, headers={"Authorization": f"Bearer {token}"})
        assert r.status_code == 404  # authorized; the store is empty
    finally:
        proc.terminate()
        proc.wait(10)
