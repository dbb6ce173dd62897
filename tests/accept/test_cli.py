"""--min-confidence, --model, --calibration and --keep-rejected on ``hadath eval`` and ``extract``."""
from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from hadath.accept.model import load_model
from hadath.cli import main

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "examples" / "gold.jsonl"
REPORTS = ROOT / "examples" / "reports.jsonl"


def run(*args: str):
    res = CliRunner().invoke(main, list(args))
    return res


def test_eval_calibration_table():
    res = run("eval", str(GOLD), "--calibration")
    assert res.exit_code == 0, res.output
    assert "reliability (lenient matching)" in res.output and "expected calibration error" in res.output


def test_eval_json_with_calibration_and_cuts():
    full = json.loads(run("eval", str(GOLD), "--calibration", "--json", "--min-confidence", "0").output)
    bins = full["calibration"]["bins"]
    assert sum(b["n"] for b in bins) == full["predicted_events"] > 0
    none = json.loads(run("eval", str(GOLD), "--json", "--min-confidence", "1").output)
    assert none["predicted_events"] == sum(b["n"] for b in bins if b["low"] >= 1.0)
    default = json.loads(run("eval", str(GOLD), "--json", "--calibration").output)
    t = load_model().min_confidence
    assert sum(b["n"] for b in bins if b["low"] >= t) <= default["predicted_events"] <= full["predicted_events"]
    # the table covers every candidate, also those below the cut
    assert sum(b["n"] for b in default["calibration"]["bins"]) == full["predicted_events"]


def test_eval_scores_saved_predictions_with_a_cut(tmp_path):
    out = tmp_path / "ev.jsonl"
    res = run("extract", str(REPORTS), "--format", "jsonl", "-o", str(out), "--min-confidence", "0")
    assert res.exit_code == 0, res.output
    recs = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert recs and all(0 <= r["confidence"]["event"] <= 1 for r in recs)
    t = sorted(r["confidence"]["event"] for r in recs)[len(recs) // 2]
    got = json.loads(run("eval", str(GOLD), "--predictions", str(out), "--json", "--min-confidence", str(t)).output)
    assert got["predicted_events"] == sum(r["confidence"]["event"] >= t for r in recs)


def test_extract_keep_rejected_flags_instead_of_dropping(tmp_path):
    out = tmp_path / "ev.jsonl"
    res = run("extract", str(REPORTS), "--format", "jsonl", "-o", str(out), "--min-confidence", "0.99",
              "--keep-rejected")
    assert res.exit_code == 0, res.output
    recs = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert recs and all(("below_min_confidence" in r["flags"]) == (r["confidence"]["event"] < 0.99) for r in recs)
    dropped = run("extract", str(REPORTS), "--format", "jsonl", "--min-confidence", "0.99")
    assert dropped.output.count("\n") == sum(r["confidence"]["event"] >= 0.99 for r in recs)


def test_extract_option_errors(tmp_path):
    res = run("extract", str(REPORTS), "--keep-rejected")
    assert res.exit_code == 2 and "--keep-rejected" in res.output
    res = run("extract", str(REPORTS), "--min-confidence", "2")
    assert res.exit_code == 2 and "--min-confidence" in res.output
    bad = tmp_path / "m.json"
    bad.write_text("{}", encoding="utf-8")
    res = run("extract", str(REPORTS), "--model", str(bad))
    assert res.exit_code == 1 and "not a hadath acceptance model" in res.output
