"""Many processes on one store: no acknowledged correction is lost, nothing crashes or doubles.

Each test starts its writers together (a barrier) in separate processes, each with its own
Store, against SQLite (one file) and PostgreSQL. What the tests assert does not depend on the
interleaving: every review a writer saw acknowledged must be in the history and, for each
field, the stored correction and column value must be the last acknowledged one.
"""
from __future__ import annotations

import multiprocessing as mp
import traceback

import pytest

from hadath.store import open_store
from tests.store.store_factories import make_article, make_event

FIELDS = ("notes", "tags", "admin2", "admin3")   # one field per reviewer process
ROUNDS = 6

ctx = mp.get_context("fork")


def _run(target, args_list) -> list:
    """Run target(*args, barrier, queue) in one process each; the list of what they returned."""
    barrier, queue = ctx.Barrier(len(args_list)), ctx.Queue()
    procs = [ctx.Process(target=_wrap, args=(target, args, barrier, queue)) for args in args_list]
    for p in procs:
        p.start()
    out = [queue.get(timeout=120) for _ in procs]
    for p in procs:
        p.join(timeout=60)
    errors = [o for o in out if isinstance(o, str)]
    assert not errors, errors[0]
    return out


def _wrap(target, args, barrier, queue) -> None:
    try:
        queue.put(target(*args, barrier))
    except BaseException:
        queue.put(traceback.format_exc())


def _reviewer(url: str, pk: int, field: str, barrier) -> list:
    store = open_store(url)
    acked = []
    try:
        barrier.wait()
        for i in range(ROUNDS):
            value = f"{field}-{i}"
            store.review(pk, "correct", reviewer=f"r-{field}", fields={field: value})
            acked.append((field, value))
    finally:
        store.close()
    return acked


def _adder(url: str, n: int, barrier) -> int:
    store = open_store(url)
    try:
        barrier.wait()
        created = 0
        for i in range(n):
            a = make_article(i)
            created += store.add(a, [make_event(a)], "1.0").created
        return created
    finally:
        store.close()


def _reextractor(url: str, article, barrier) -> int:
    store = open_store(url)
    try:
        barrier.wait()
        for i in range(ROUNDS):
            ev = make_event(article, fatalities=10 + i, notes=None, tags=None, admin2=None, admin3=None)
            store.add(article, [ev], f"2.{i}", replace=True)
        return ROUNDS
    finally:
        store.close()


def _seed(url: str):
    store = open_store(url)
    a = make_article(0)
    pk = store.add(a, [make_event(a)], "1.0").article_pk
    (ev,) = store.events(article_pk=pk, status="any")
    store.close()
    return a, ev["id"]


def _check(url: str, pk: int, acked: list) -> None:
    store = open_store(url)
    try:
        ev = store.event(pk)
    finally:
        store.close()
    history = [(f, change[1]) for r in ev["reviews"] for f, change in r["changes"].items()]
    assert sorted(history) == sorted(acked), "an acknowledged correction is missing from the history"
    for field in FIELDS:
        last = [v for f, v in acked if f == field][-1]
        assert ev["corrections"][field] == last and ev[field] == last, (field, ev["corrections"])
    assert ev["status"] == "corrected"


def test_concurrent_reviewers_lose_nothing(db_url):
    _, pk = _seed(db_url)
    acked = [x for out in _run(_reviewer, [(db_url, pk, f) for f in FIELDS]) for x in out]
    assert len(acked) == len(FIELDS) * ROUNDS
    _check(db_url, pk, acked)


def test_reviews_survive_concurrent_reextraction(db_url):
    article, pk = _seed(db_url)
    outs = _run(_reviewer_or_reextractor, [(db_url, pk, f, article) for f in FIELDS[:3]] + [(db_url, pk, None, article)])
    acked = [x for out in outs if isinstance(out, list) for x in out]
    store = open_store(db_url)
    try:
        ev = store.event(pk)                 # the same id after six re-extractions
        assert ev["pipeline_version"] == f"2.{ROUNDS - 1}" and ev["fatalities"] == 10 + ROUNDS - 1
    finally:
        store.close()
    for field in FIELDS[:3]:
        last = [v for f, v in acked if f == field][-1]
        assert ev["corrections"][field] == last and ev[field] == last


def _reviewer_or_reextractor(url, pk, field, article, barrier):
    return _reextractor(url, article, barrier) if field is None else _reviewer(url, pk, field, barrier)


@pytest.mark.parametrize("writers", [3])
def test_concurrent_ingests_of_the_same_articles(db_url, writers):
    created = _run(_adder, [(db_url, 12)] * writers)
    assert sum(created) == 12          # each article created by exactly one writer
    store = open_store(db_url)
    try:
        counts = store.counts()
    finally:
        store.close()
    assert (counts["articles"], counts["events"], counts["sources"]) == (12, 12, 1)


def _opener(path: str, barrier) -> int:
    barrier.wait()
    store = open_store(path)
    try:
        return store.counts()["articles"]
    finally:
        store.close()


def test_processes_create_one_new_sqlite_file_at_once(tmp_path):
    path = str(tmp_path / "new.sqlite")
    assert _run(_opener, [(path,)] * 4) == [0] * 4
