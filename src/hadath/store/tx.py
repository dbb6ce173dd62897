"""Write transactions that are safe across processes.

SQLite: ``BEGIN IMMEDIATE`` takes the database's single write lock before the first read, so a
read-modify-write (get-or-create, a review's merge of corrections, a migration) cannot interleave
with another process's; waiting writers queue on ``busy_timeout``. PostgreSQL: rows are locked
with ``SELECT ... FOR UPDATE`` by the callers and migrations take an advisory lock.
"""
from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator

from sqlalchemy.engine import Connection, Engine


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
