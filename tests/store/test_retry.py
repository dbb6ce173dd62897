"""A lost connection (server restarted) is retried; other database errors are not."""
from __future__ import annotations

import pytest
from sqlalchemy.exc import DBAPIError

from hadath.store.tx import retrying


def _lost(invalidated: bool) -> DBAPIError:
    return DBAPIError("INSERT ...", {}, Exception("server closed the connection"), connection_invalidated=invalidated)


def test_a_lost_connection_is_retried():
    calls = []

    def tx():
        calls.append(1)
        if len(calls) < 3:
            raise _lost(True)
        return "stored"

    assert retrying(tx, first_wait=0.001) == "stored" and len(calls) == 3


def test_other_errors_and_the_last_attempt_raise():
    def bad():
        raise _lost(False)

    with pytest.raises(DBAPIError):
        retrying(bad, first_wait=0.001)
    n = []

    def always_lost():
        n.append(1)
        raise _lost(True)

    with pytest.raises(DBAPIError):
        retrying(always_lost, attempts=3, first_wait=0.001)
    assert len(n) == 3


def test_transient_failures():
    from sqlalchemy.exc import OperationalError, ProgrammingError

    from hadath.store.tx import transient

    assert transient(OperationalError("x", {}, Exception("FATAL: the database system is shutting down")))
    assert transient(OperationalError("x", {}, Exception("connection refused")))
    assert not transient(OperationalError("x", {}, Exception("no such table: events")))
    assert not transient(ProgrammingError("x", {}, Exception("syntax error")))
