"""Fault check: restart PostgreSQL in the middle of an ingest; the counts must equal an
uninterrupted run's, with no process left behind.

    .venv/bin/python benchmarks/fault_pg_restart.py [--articles 300] [--restarts 2]

The same check as the test tests/batch/test_pg_restart.py, with ``hadath ingest`` as a separate
process and restarts timed by the stored count. Starts a throw-away server (tests/postgres.py), ingests a generated corpus with the
stand-in event stage slowed down (tests/batch/fake_stages.py), restarts the server (pg_ctl
restart -m fast: every connection is cut) while it runs, and compares articles/events/merged
events with a reference run into SQLite. Prints the figures; exit 1 when they differ.
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.postgres import PgServer, _pg_bindir  # noqa: E402

STAGES = "text,fake_stages:FakeEventStage"


def ingest_cmd(corpus: Path, db: str) -> list[str]:
    return [sys.executable, "-m", "hadath", "ingest", str(corpus), "--db", db, "--stages", STAGES,
            "--no-semantic", "--no-progress", "-j", "1", "--chunk-size", "4"]


def counts(db: str) -> tuple[int, int, int]:
    from hadath.store import open_store

    s = open_store(db)
    try:
        c = s.counts()
        from hadath.store.merged import counts as merged

        return c["articles"], c["events"], merged(s)[0]
    finally:
        s.close()


def stored(url: str) -> int:
    import psycopg2

    try:
        with psycopg2.connect(url, connect_timeout=2) as conn, conn.cursor() as cur:
            cur.execute("select count(*) from articles")
            return cur.fetchone()[0]
    except psycopg2.Error:
        return 0


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=300)
    ap.add_argument("--restarts", type=int, default=2)
    args = ap.parse_args()
    from hadath.bench.corpus import write_jsonl

    bindir = _pg_bindir()
    if bindir is None:
        print("no PostgreSQL binaries", file=sys.stderr)
        return 2
    server = PgServer(bindir, durable=True).init()
    url = server.url + "/postgres"
    work = Path(tempfile.mkdtemp(prefix="hadath-fault-work-"))
    try:
        corpus = write_jsonl(work / "corpus.jsonl", args.articles, seed=7, retell=0.2)
        run_env = dict(os.environ, PYTHONPATH=f"{ROOT / 'tests' / 'batch'}{os.pathsep}{os.environ.get('PYTHONPATH', '')}")
        ref = str(work / "ref.sqlite")
        subprocess.run(ingest_cmd(corpus, ref), env=run_env, check=True, capture_output=True)
        proc = subprocess.Popen(ingest_cmd(corpus, url), env=dict(run_env, HADATH_FAKE_DELAY="0.02"),
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
        for i in range(args.restarts):
            want_stored = (i + 1) * args.articles // (args.restarts + 2)
            while proc.poll() is None and stored(url) < want_stored:
                time.sleep(0.2)
            if proc.poll() is not None:
                break
            t = time.perf_counter()
            server.restart()
            print(f"restarted PostgreSQL mid-ingest at {want_stored} stored articles "
                  f"({time.perf_counter() - t:.1f} s down)")
        err = proc.communicate(timeout=600)[1].decode()
        try:
            os.killpg(proc.pid, 0)
            orphans = True
        except ProcessLookupError:
            orphans = False
        got, want = counts(url), counts(ref)
        print(f"ingest exit {proc.returncode}; PostgreSQL (articles, events, merged) {got}; "
              f"uninterrupted SQLite {want}; processes left: {'yes' if orphans else 'none'}")
        if proc.returncode != 0:
            print(err[-2000:], file=sys.stderr)
        return 0 if (got == want and proc.returncode == 0 and not orphans) else 1
    finally:
        server.destroy()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
