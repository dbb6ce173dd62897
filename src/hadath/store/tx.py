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


_TRANSIENT_STATES = ("08", "57P01", "57P02", "57P03", "40001", "40P01")
_TRANSIENT_WORDS = ("server closed the connection", "connection refused", "could not connect",
                    "shutting down", "starting up", "terminating connection", "connection already closed")


def transient(exc: DBAPIError) -> bool:
    """A failure after which the same transaction may succeed: the connection was lost or could
    not be made (server restarting), a serialization failure or a deadlock."""
    if exc.connection_invalidated:
        return True
    state = getattr(exc.orig, "pgcode", None) or getattr(exc.orig, "sqlstate", None) or ""
    if state.startswith(_TRANSIENT_STATES):
        return True
    msg = str(exc.orig).lower()
    return exc.__class__.__name__ == "OperationalError" and any(w in msg for w in _TRANSIENT_WORDS)


def retrying(tx: Callable[[], T], attempts: int = 8, first_wait: float = 0.25) -> T:
    """Run the transaction ``tx``; after a transient failure (:func:`transient`: a PostgreSQL
    server restarted; the transaction was rolled back, nothing half-written), wait and run it again,
    up to ``attempts`` times with doubling waits (about a minute in all). Other errors raise."""
    wait = first_wait
    for attempt in range(attempts):
        try:
            return tx()
        except DBAPIError as exc:
            if not transient(exc) or attempt == attempts - 1:
                raise
            time.sleep(wait)
            wait = min(wait * 2, 15.0)
    raise AssertionError("unreachable")  # pragma: no cover
