"""--db at something that is not a database: a clear error naming it, never a traceback."""
from __future__ import annotations

import pytest
from click.testing import CliRunner

from hadath.cli import main
from hadath.store import StoreError, open_store


@pytest.mark.parametrize("kind", ["text", "dir", "zero-db-header"])
def test_db_at_a_non_database(tmp_path, kind):
    target = tmp_path / "thing"
    if kind == "text":
        target.write_text("not a database\n")
    elif kind == "dir":
        target.mkdir()
    else:
        target.write_bytes(b"\x00" * 4096)
    with pytest.raises(StoreError, match="thing"):
        open_store(str(target))
    r = CliRunner().invoke(main, ["ingest", str(tmp_path / "missing.txt"), "--db", str(target), "--no-semantic"])
    assert r.exit_code == 1 and "thing" in r.output and "Traceback" not in r.output


def test_unreachable_postgresql_is_a_store_error():
    with pytest.raises(StoreError, match="cannot open database"):
        open_store("postgresql://nobody@127.0.0.1:1/none")
