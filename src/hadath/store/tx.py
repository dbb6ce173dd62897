"""Write transactions that are safe across processes.

SQLite: ``BEGIN IMMEDIATE`` takes the database's single write lock before the first read, so a
read-modify-write (get-or-create, a review's merge of corrections, a migration) cannot interleave
with another process's; waiting writers queue on ``busy_timeout``. PostgreSQL: rows are locked
with ``SELECT ... FOR UPDATE`` by the callers and migrations take an advisory lock.
"""
from __future__ import annotations

import time
from contextlib import contextmanager
from typing import Callable, Iterator, TypeVar

from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DBAPIError

T = TypeVar("T")


@contextmanager
def immediate(engine: Engine) -> Iterator[Connection]:
    """A transaction holding SQLite's write lock from its first statement (commit on success)."""
    with engine.connect() as conn:
        conn.exec_driver_sql("BEGIN IMMEDIATE")
        try:
            yield conn
        except BaseException:
            conn.rollback()
            raise
        conn.commit()


def retrying(tx: Callable[[], T], attempts: int = 8, first_wait: float = 0.25) -> T:
    """Run the transaction ``tx``; when the connection was lost (a PostgreSQL server restarted or
    failed over: the transaction was rolled back, nothing half-written), wait and run it again,
    up to ``attempts`` times with doubling waits (about a minute in all). Other errors raise."""
    wait = first_wait
    for attempt in range(attempts):
        try:
            return tx()
        except DBAPIError as exc:
            if not exc.connection_invalidated or attempt == attempts - 1:
                raise
            time.sleep(wait)
            wait = min(wait * 2, 15.0)
    raise AssertionError("unreachable")  # pragma: no cover
