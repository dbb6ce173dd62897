"""A newer pipeline version re-extracts stored articles without losing human corrections."""
from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from hadath.cli import main
from hadath.store import open_store

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "reports.jsonl"


def test_reextract_keeps_corrections(tmp_path):
    db = str(tmp_path / "h.sqlite")
    first = [json.loads(l) for l in EXAMPLES.read_text(encoding="utf-8").splitlines()][:2]
    src = tmp_path / "two.jsonl"
    src.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in first), encoding="utf-8")
    res = CliRunner().invoke(main, ["extract", str(src), "--db", db, "--format", "jsonl"])
    assert res.exit_code == 0, res.output
    store = open_store(db)
    try:
        before = store.counts()
        ev = store.events()[0]
        store.review(ev["id"], action="correct", reviewer="analyst", fields={"fatalities": 99}, note="checked")
    finally:
        store.close()
    res = CliRunner().invoke(main, ["reextract", "--db", db, "--pipeline-version", "test-next"])
    assert res.exit_code == 0, res.output
    assert "re-extracted 2 articles" in res.output
    store = open_store(db)
    try:
        assert store.counts()["articles"] == before["articles"]
        corrected = [e for e in store.events() if e.get("status") == "corrected"]
        assert len(corrected) == 1 and corrected[0]["fatalities"] == 99
    finally:
        store.close()
    # nothing stale any more
    res = CliRunner().invoke(main, ["reextract", "--db", db, "--pipeline-version", "test-next"])
    assert "re-extracted 0 articles" in res.output


def test_reextract_all_under_the_same_version_keeps_ids(tmp_path):
    db = str(tmp_path / "h.sqlite")
    res = CliRunner().invoke(main, ["extract", str(EXAMPLES), "--db", db, "--format", "jsonl"])
    assert res.exit_code == 0, res.output
    store = open_store(db)
    try:
        before = sorted((e["id"], e["event_type"], e["location"]) for e in store.events(status="any"))
    finally:
        store.close()
    res = CliRunner().invoke(main, ["reextract", "--db", db])
    assert "re-extracted 0 articles" in res.output and "--all" in res.output
    res = CliRunner().invoke(main, ["reextract", "--db", db, "--all"])
    assert res.exit_code == 0 and "re-extracted 0" not in res.output, res.output
    store = open_store(db)
    try:
        after = sorted((e["id"], e["event_type"], e["location"]) for e in store.events(status="any"))
    finally:
        store.close()
    assert after == before and before
