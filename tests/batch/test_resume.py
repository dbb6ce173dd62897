"""Resumability: kill -9 an ingest midway, start it again, and get exactly the counts of an
uninterrupted run (articles, events, merged clusters)."""
from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from hadath.bench.corpus import write_jsonl
from hadath.store import open_store

from .conftest import HERE, STAGES

N = 160


def cmd(corpus: Path, db: Path, workers: int) -> list[str]:
    return [sys.executable, "-m", "hadath", "ingest", str(corpus), "--db", str(db), "--stages", ",".join(STAGES),
            "--no-semantic", "--no-progress", "-j", str(workers), "--chunk-size", "4"]


def env(stall_after: int = 0) -> dict[str, str]:
    """``stall_after``: each extracting process hangs after that many articles (0: never), so
    the run is certainly still going when the test kills it, whatever the machine's load."""
    e = dict(os.environ)
    e["PYTHONPATH"] = os.pathsep.join([str(HERE), e.get("PYTHONPATH", "")])
    e["HADATH_FAKE_STALL_AFTER"] = str(stall_after)
    return e


def stored(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as conn:
            return conn.execute("select count(*) from articles").fetchone()[0]
    except sqlite3.Error:
        return 0


def summary(db: Path) -> tuple:
    s = open_store(str(db))
    try:
        c = s.counts()
        rows = s.events(with_text=False)
        groups = {}
        for r in rows:
            groups.setdefault(r["cluster_id"], set()).add((r["article_id"], r["fatalities"]))
        return c["articles"], c["events"], c["evidence"], sorted(sorted(g) for g in groups.values())
    finally:
        s.close()


@pytest.mark.parametrize("workers", [1, 2])
def test_kill_9_then_restart_equals_uninterrupted(tmp_path, workers):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    write_jsonl(corpus / "part1.jsonl", N // 2, seed=11, syndicate=0.1, retell=0.2)
    write_jsonl(corpus / "part2.jsonl", N // 2, seed=12, syndicate=0.1, retell=0.2)
    ref = tmp_path / "ref.sqlite"
    subprocess.run(cmd(corpus, ref, 1), env=env(), check=True, capture_output=True, timeout=300)

    db = tmp_path / "killed.sqlite"
    # each process extracts 24 articles (6 chunks of 4) and hangs: the 20 awaited are stored
    proc = subprocess.Popen(cmd(corpus, db, workers), env=env(24), stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, start_new_session=True)
    try:
        deadline = time.monotonic() + 120
        while stored(db) < 20 and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert proc.poll() is None, "ingest finished before it could be killed: " + proc.stderr.read().decode()
        os.killpg(proc.pid, signal.SIGKILL)  # the whole group: the driver and its workers
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
    assert proc.returncode == -signal.SIGKILL
    partial = stored(db)
    assert 0 < partial < summary(ref)[0]

    done = subprocess.run(cmd(corpus, db, workers), env=env(), capture_output=True, timeout=300, text=True)
    assert done.returncode == 0, done.stderr
    assert f"{partial} already stored" in done.stderr
    assert summary(db) == summary(ref)


def _group_alive(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return False
    return True


@pytest.mark.parametrize("engine", ["local", "dask"])
def test_kill_9_of_the_driver_leaves_no_worker(tmp_path, engine):
    corpus = tmp_path / "corpus.jsonl"
    write_jsonl(corpus, N, seed=13)
    db = tmp_path / "k.sqlite"
    argv = cmd(corpus, db, 2) + (["--engine", "dask"] if engine == "dask" else [])
    proc = subprocess.Popen(argv, env=env(12), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            start_new_session=True)
    try:
        deadline = time.monotonic() + 120
        while stored(db) < 8 and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert proc.poll() is None, "ingest finished before it could be killed: " + proc.stderr.read().decode()
        os.kill(proc.pid, signal.SIGKILL)          # the driver only: its workers must follow
        proc.wait(timeout=30)
        deadline = time.monotonic() + 30
        while _group_alive(proc.pid) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not _group_alive(proc.pid), "worker processes outlived the killed driver"
    finally:
        if _group_alive(proc.pid):
            os.killpg(proc.pid, signal.SIGKILL)
