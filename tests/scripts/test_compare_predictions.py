"""scripts/compare-predictions.py: per-report differences of two prediction files against a gold
file, in counts only."""
from __future__ import annotations

import json
from pathlib import Path

from tests.scripts import load_script


def _module():
    return load_script("compare-predictions.py")


def _write(path: Path, rows: list[dict]) -> str:
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    return str(path)


def test_only_the_report_scored_differently_is_listed(tmp_path, capsys):
    ev = {"event_date": "2020-01-02", "event_type": "Battles", "sub_event_type": "Armed clash",
          "location": "Aleppo", "latitude": 36.2, "longitude": 37.16, "country": "Syria"}
    gold = _write(tmp_path / "g.jsonl", [{"id": "r1", "text": "نص", "events": [ev]},
                                          {"id": "r2", "text": "نص", "events": [ev]}])
    pred = dict(ev, article_id="r1")
    a = _write(tmp_path / "a.jsonl", [pred, dict(pred, article_id="r2")])
    b = _write(tmp_path / "b.jsonl", [pred, dict(pred, article_id="r2", event_date="2019-05-05")])
    assert _module().main([gold, a, b]) == 0
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 2 and out[0].startswith("r2") and "lenient 1->0" in out[0]
    assert "lenient -1" in out[1] and "records +0" in out[1] and "records differ 1 of 2" in out[1]
    assert "نص" not in "\n".join(out)


def test_identical_files_differ_nowhere(tmp_path, capsys):
    gold = _write(tmp_path / "g.jsonl", [{"id": "r1", "text": "نص", "events": []}])
    a = _write(tmp_path / "a.jsonl", [{"article_id": "r1", "event_type": "Battles", "confidence": {"event": 0.9}}])
    b = _write(tmp_path / "b.jsonl", [{"article_id": "r1", "event_type": "Battles", "confidence": {"event": 0.7}}])
    assert _module().main([gold, a, b, "--split", "all"]) == 0
    assert capsys.readouterr().out.strip().endswith("records differ 0 of 1")
