"""An act the report never dates is no ACLED record; --keep-undated keeps it in JSONL, flagged."""
from __future__ import annotations

import json

from click.testing import CliRunner

from hadath.cli import main

TEXT = "الفاشر (رويترز) - قال سكان إن 6 مدنيين على الأقل قتلوا في قصف مدفعي استهدف سوقا في مدينة الفاشر.\n"


def test_undated_act_only_with_the_option(tmp_path):
    src = tmp_path / "a.txt"
    src.write_text(TEXT, encoding="utf-8")
    runner = CliRunner()
    plain = runner.invoke(main, ["extract", str(src), "--format", "jsonl"])
    assert plain.exit_code == 0 and plain.output.strip() == ""
    kept = runner.invoke(main, ["extract", str(src), "--format", "jsonl", "--keep-undated"])
    assert kept.exit_code == 0, kept.output
    (rec,) = [json.loads(x) for x in kept.output.splitlines() if x.strip()]
    assert rec["event_date"] is None and "date_unresolved" in rec["flags"]


def test_keep_undated_refuses_acled_outputs(tmp_path):
    src = tmp_path / "a.txt"
    src.write_text(TEXT, encoding="utf-8")
    res = CliRunner().invoke(main, ["extract", str(src), "--format", "acled-csv", "--keep-undated"])
    assert res.exit_code == 2 and "--keep-undated goes with --format jsonl" in res.output
